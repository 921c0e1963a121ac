"""German duties a speaker lays on an actor: "sagte, China müsse seine Zölle senken" is the
speaker's demand of the subject whatever the infinitive (roles_de._duty_modals, lexicon
entry 'müssen'), like English "said Iran must allow …". No demand without a speaker, for
the speaker's own side ("wir"), for the impersonal "man", for a passive ("müsse gestärkt
werden") or for a past "musste" (a done act). Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("Die japanische Regierung erklärte, Südkorea müsse seine Exportkontrollen lockern.",
         "lockern", "JPN", "KOR"),
        ("Peru müsse seine Fischereiflotte aus den umstrittenen Gewässern holen, sagte "
         "der chilenische Außenminister.", "holen", "CHL", "PER"),
    ],
)  # fmt: skip
def test_a_said_duty_is_the_speakers_demand(
    events_of, text: str, trigger: str, source: str, target: str
) -> None:
    event = by_trigger(events_of(text, "de"))[trigger]
    assert event.type == "REQUEST"
    assert actor_countries(event.source) == {source}
    assert actor_countries(event.target) == {target}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # Nobody says it: a necessity the text states.
        ("Die Regierung in Lima muss ihre Fischereiflotte modernisieren.", "modernisieren"),
        # The speaker's own side and the impersonal "man" are no addressee.
        ("Wir müssen unsere Häfen modernisieren, sagte der Minister.", "modernisieren"),
        ("Man müsse die Entwicklung genau beobachten, sagte die Sprecherin.", "beobachten"),
        # A passive tells what is to be done to a thing.
        ("Die Häfen müssten modernisiert werden, sagte der Minister.", "modernisiert"),
        ("Der Hafen müsse dringend modernisiert werden, sagte der Minister.", "müsse"),
        # A thing is no addressee of a demand.
        ("Zudem müsse ein enger Zusammenhang mit der Tat bestehen, so das Gericht.", "bestehen"),
        # "mit etwas rechnen müssen" expects it.
        ("Der Fischer sei festgenommen worden und müsse mit einer hohen Geldstrafe rechnen.",
         "rechnen"),
        # A past indicative tells what was done.
        ("Die Polizei musste am Samstag den Verkehr in der Innenstadt regeln.", "regeln"),
    ],
)  # fmt: skip
def test_no_demand_without_an_addressed_actor(events_of, text: str, trigger: str) -> None:
    assert trigger not in by_trigger(events_of(text, "de"))
