"""Four target rules (targets23, issue #5), full pipeline, sentences of our own.

(1) A guest received in a place with no host named visits the state of that place
(cues `guest_passives`, `host_prepositions`): "Steinmeier wurde in Jakarta empfangen" is
DEU>IDN, was None>DEU. (2) A thing an act hits that a participle of owning or running
ascribes to an agent is that agent's (cues `owner_participles`): "closed offices run by
Serbia" targets Serbia, not the police's own country. (3) Judging an act whose doer a
noun-agent phrase names ("condemned the arrest of a journalist by Russian authorities",
"verurteilte die Tötung eines Helfers durch israelische Soldaten") targets that doer, not
the act's patient. (4) A plural object pronoun the actor layer leaves unresolved ("them",
"ihnen"; cues `plural_continuing_objects`) takes up two or more parties named together as
the subject of another clause before it or of the sentence before, unless a plural noun of
another clause stands between."""

from __future__ import annotations

import pytest
from event_builders import country_pairs


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Bundespräsident Steinmeier wurde in Jakarta mit militärischen Ehren empfangen.", "de",
         ("DEU", "IDN")),
        ("Der türkische Außenminister wurde am Dienstag in Berlin empfangen.", "de",
         ("TUR", "DEU")),
        ("The Spanish prime minister was received in Rabat on Thursday.", "en", ("ESP", "MAR")),
    ],
)  # fmt: skip
def test_received_guest_visits_the_place(events_of, text: str, language: str, pair) -> None:
    assert pair in country_pairs(events_of(text, language), "CONSULT")


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Steinmeier wurde in Jakarta von Präsident Prabowo empfangen.", "de", ("IDN", "DEU")),
        ("Chinese President Xi Jinping received German Chancellor Olaf Scholz in Beijing.", "en",
         ("CHN", "DEU")),
    ],
)  # fmt: skip
def test_named_host_still_receives(events_of, text: str, language: str, pair) -> None:
    assert pair in country_pairs(events_of(text, language), "CONSULT")


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        ("Kosovo police on Monday closed four offices run by Serbia in the north.", "COERCE",
         ("XKX", "SRB")),
        ("Lithuanian border guards seized three lorries owned by Belarus on Saturday.", "COERCE",
         ("LTU", "BLR")),
        ("Russian police raided an office funded by the United States in Moscow on Friday.",
         "COERCE", ("RUS", "RUS")),
    ],
)  # fmt: skip
def test_owner_of_the_thing_hit(events_of, text: str, kind: str, pair) -> None:
    assert pair in country_pairs(events_of(text, "en"), kind)


@pytest.mark.parametrize(
    ("text", "language", "pair"),
    [
        ("Germany condemned the arrest of a German journalist by Russian authorities.", "en",
         ("DEU", "RUS")),
        ("Britain condemned the killing of a British aid worker by Israeli forces.", "en",
         ("GBR", "ISR")),
        ("Die Bundesregierung protestierte gegen die Festnahme eines deutschen Journalisten "
         "durch russische Behörden.", "de", ("DEU", "RUS")),
        ("Die Niederlande verurteilten die Tötung eines niederländischen Helfers durch "
         "israelische Soldaten.", "de", ("NLD", "ISR")),
        ("Die Bundesregierung kritisierte Russland wegen der Festnahme eines Journalisten.", "de",
         ("DEU", "RUS")),
    ],
)  # fmt: skip
def test_judged_act_targets_its_named_doer(events_of, text: str, language: str, pair) -> None:
    assert pair in country_pairs(events_of(text, language), "ACCUSE")


@pytest.mark.parametrize(
    ("text", "language", "kind", "members"),
    [
        ("Kenya and Uganda welcomed the decision after China promised them new loans.", "en",
         "AGREE", {"KEN", "UGA"}),
        ("Serbia and Montenegro protested after the European Union imposed sanctions on them.",
         "en", "SANCTION", {"SRB", "MNE"}),
        ("Die Ukraine und Moldau protestierten, nachdem Russland ihnen mit Konsequenzen gedroht "
         "hatte.", "de", "THREATEN", {"UKR", "MDA"}),
        ("Kenia und Uganda begrüßten die Entscheidung. China hatte ihnen neue Kredite zugesagt.",
         "de", "AGREE", {"KEN", "UGA"}),
    ],
)  # fmt: skip
def test_plural_pronoun_takes_up_coordinated_parties(
    events_of, text: str, language: str, kind: str, members: set[str]
) -> None:
    targets = [e.target for e in events_of(text, language) if e.type == kind and e.target]
    assert any({m.country for m in t.members} == members for t in targets)


def test_plural_noun_between_leaves_the_pronoun(events_of) -> None:
    text = "France and Germany condemned the attack on refugees after police beat them."
    for event in events_of(text, "en"):
        if event.type == "ASSAULT" and event.target is not None:
            assert not event.target.members
