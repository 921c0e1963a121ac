"""Curbs on trade are trade sanctions, walking out of a chamber or session is a protest,
and an event noun after 'after'/'following' with a doer of its own is a happening of its
own. Sentences of our own."""

from __future__ import annotations

import pytest
from event_builders import actor_countries, by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Canada tightened restrictions on Iranian imports on Monday.", "restrictions", "IRN"),
        ("Washington extended export curbs on Chinese chipmakers on Friday.", "curbs", "CHN"),
        ("India announced curbs on rice exports to Nepal.", "curbs", "NPL"),
        ("Vietnam introduced quotas on Thai sugar imports.", "quotas", "THA"),
        ("The United States tightened export controls on Chinese chipmakers.", "controls", "CHN"),
        ("Turkey imposed restrictions on Greek imports on Monday.", "imposed", "GRC"),
    ],
)
def test_curbs_on_trade_are_sanctions(events_of, text, trigger, target) -> None:
    event = by_trigger(events_of(text, "en"))[trigger]
    assert event.type == "SANCTION"
    assert target in actor_countries(event.target)


@pytest.mark.parametrize(
    "text",
    [
        "The central bank tightened capital controls on Monday.",
        "Egypt extended restrictions on public gatherings in Cairo.",
        "Canada lifted restrictions on Iranian imports on Monday.",
        "Rebels took control of the export terminal in Tripoli.",
    ],
)
def test_other_curbs_are_no_trade_sanction(events_of, text) -> None:
    assert not [e for e in events_of(text, "en") if e.type == "SANCTION"]


def test_restrictions_on_movement_stay_coercion(events_of) -> None:
    events = by_trigger(events_of("The junta imposed restrictions on movement in Bamako.", "en"))
    assert events["imposed"].type == "COERCE"


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Opposition lawmakers walked out of parliament in Nairobi on Tuesday.", "PROTEST"),
        ("Opposition deputies walked out of the session in Kampala over the budget.", "PROTEST"),
        ("The Serbian delegation walked out of the talks in Brussels.", "REJECT"),
    ],
)
def test_walking_out_of_a_chamber_or_talks(events_of, text, wanted) -> None:
    assert by_trigger(events_of(text, "en"))["walked"].type == wanted


def test_walking_out_of_a_studio_is_no_event(events_of) -> None:
    assert not events_of("The actor walked out of the studio in Los Angeles.", "en")


@pytest.mark.parametrize(
    ("text", "trigger", "wanted"),
    [
        ("Ukraine condemned the strike after Russia's seizure of the tanker.", "seizure", "COERCE"),
        ("Following Iran's seizure of a British tanker, London summoned the Iranian "
         "ambassador.", "seizure", "COERCE"),
        ("Poland closed the crossing after Belarus's expulsion of a Polish diplomat.",
         "expulsion", "SANCTION"),
    ],
)
def test_an_earlier_act_with_its_own_doer_is_an_event(events_of, text, trigger, wanted) -> None:
    assert by_trigger(events_of(text, "en"))[trigger].type == wanted


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The two sides agreed on a truce after two days of talks in Doha.", "talks"),
        ("Ukraine demanded the release of the sailors after the seizure.", "seizure"),
        ("Kenya condemned Russia's seizure of the tanker.", "seizure"),
        # The possessive is whom the act is done to: no doer of its own.
        ("The poet died in a camp near Perm after his arrest for dissent in 1975.", "arrest"),
    ],
)
def test_circumstances_and_complements_stay_folded(events_of, text, trigger) -> None:
    assert trigger not in by_trigger(events_of(text, "en"))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The United States added the group to its terrorist list.", "added"),
        ("Canada added the militia to its terror list on Monday.", "added"),
        ("The EU added five Russian banks to its sanctions list.", "added"),
        ("Britain put two Iranian generals on its sanctions list.", "put"),
    ],
)
def test_listing_as_terrorist_or_sanctioned_is_a_sanction(events_of, text, trigger) -> None:
    assert by_trigger(events_of(text, "en"))[trigger].type == "SANCTION"


@pytest.mark.parametrize(
    "text",
    [
        "The chef added the onions to the pan.",
        "The ministry added two new countries to its travel list.",
        "Kenya added two new ministers to the cabinet.",
    ],
)
def test_other_additions_are_no_sanction(events_of, text) -> None:
    assert not [e for e in events_of(text, "en") if e.type == "SANCTION"]
