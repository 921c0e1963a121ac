"""A relative clause embedded in the middle field of a German main clause: the main clause
goes on after it up to its closing verb (participle, infinitive or separable particle), and
the verb keeps the frame words before the relative clause. A clause after the relative
with a finite verb of its own stays a clause of its own. Sentences of our own."""

from __future__ import annotations

from event_builders import by_trigger


def test_the_middle_field_goes_on_after_an_embedded_relative(events_of) -> None:
    text = (
        "Die Türkei hatte den Grenzübergang, über den der meiste Handel läuft, "
        "nach den Gefechten im Mai geschlossen."
    )
    event = by_trigger(events_of(text, "de"))["geschlossen"]
    assert event.type == "COERCE"
    assert event.source is not None and event.source.country == "TUR"


def test_a_separable_particle_closes_the_bracket_after_a_relative(events_of) -> None:
    text = "Die Polizei nahm den Fahrer, der den Lastwagen gesteuert hatte, noch am Abend fest."
    event = by_trigger(events_of(text, "de"))["nahm"]
    assert event.type == "COERCE"
    assert event.target is not None and "Fahrer" in (event.target.name or "")


def test_a_clause_with_its_own_finite_verb_is_not_joined(events_of) -> None:
    # "wurden" opens a clause of its own: no closing of "hatte" here, so the frame words of
    # the first clause do not reach "verletzt".
    text = (
        "Die Türkei hatte den Grenzübergang, über den der meiste Handel läuft, bewacht, "
        "mehrere Händler wurden verletzt."
    )
    assert "geschlossen" not in by_trigger(events_of(text, "de"))
