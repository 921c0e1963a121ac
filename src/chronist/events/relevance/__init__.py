"""Is a trigger a reported happening at all, whatever its factuality?

Factuality (`factuality.py`) says how a happening is reported: asserted, negated, possible,
planned. Some uses of an event word report no happening in any of these ways, and are
no events: a question, a general or deontic statement, a condition, a supposition or a fear,
another sense of the word, a thing or a natural force as the doer, an act of a kind PLOVER
does not code between these actors (party funding, ordinary crime, rescue services), a
contest in a sports report, a bare definite noun that refers back to an event told before.

The word lists are per-language data (`data/events/relevance_<lang>.yaml`, loaded by
`data.py`); the patterns are syntax, one module per mechanism:

- `happening.py`: `reports_happening`, the one question the coder asks of every trigger,
  in the order of the checks;
- `questions.py`: direct, indirect and headline questions, a journalist's question;
- `generic.py`: general and deontic statements (infinitives of ability, right or duty,
  habitual present, rules, modals in relative clauses, "any act", "whoever", a bare event
  noun naming a kind of act: "eine Plattform für Drohungen");
- `hypothetical.py`: conditions, suppositions, speculation, fears, hopes, prophecies,
  hedges and risks: acts that are imagined, not reported;
- `absent.py`: acts said not to be there (after "without", a gerund after "against", in a
  schedule nobody gave: "gave no timetable for the withdrawal");
- `senses.py`: other senses of an event word that need no political argument (a danger,
  a dismissal, talk about a topic, showing, knowing, a figure of speech, a word in a name);
- `things.py`: things and natural forces as the arguments of an act;
- `actors.py`: acts whose parties make them no political event (the public, one's own
  people, nationals advised about their safety, rescue services, party funding, ordinary
  crime);
- `sport.py`: contest words in sports reports;
- `anaphora.py`: bare definite event nouns that refer back;
- `syntax.py`: dependency labels and small parse helpers shared by several of them.
"""

from chronist.events.relevance.actors import (
    consular_advice,
    crime_report,
    crime_report_act,
    internal_meeting,
    ordinary_crime,
    party_funding,
    press_inquiry,
    public_service,
)
from chronist.events.relevance.anaphora import anaphoric
from chronist.events.relevance.data import Relevance, load_relevance
from chronist.events.relevance.generic import kind_of_act
from chronist.events.relevance.happening import reports_happening
from chronist.events.relevance.hypothetical import _hedge
from chronist.events.relevance.senses import verbal_attack
from chronist.events.relevance.sport import sports_contest
from chronist.events.relevance.things import thing_doer

# The names the coder and the tests import (`_hedge`: tests of the hedge check alone).
__all__ = [
    "Relevance",
    "_hedge",
    "anaphoric",
    "consular_advice",
    "crime_report",
    "crime_report_act",
    "internal_meeting",
    "kind_of_act",
    "load_relevance",
    "ordinary_crime",
    "party_funding",
    "press_inquiry",
    "public_service",
    "reports_happening",
    "sports_contest",
    "thing_doer",
    "verbal_attack",
]
