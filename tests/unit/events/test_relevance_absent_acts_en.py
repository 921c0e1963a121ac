"""Sentences of our own (precision22en): English acts said not to be there, and praise that
backs no actor. An act after "without" is one not done, a gerund after "against" one
opposed (relevance `privative_prepositions`, `opposing_prepositions`); an event noun
completing a denied noun of schedule ("gave no timetable for the withdrawal",
`schedule_nouns`) is what nobody scheduled; praising a quality of people (`virtue_nouns`)
or siding with a court's majority (`bloc_nouns`) supports no actor. A noun of commitment
with a to-infinitive names a disposition unless a verb makes it (`commitment_nouns`); a
battle over a bill is a contest of politics (`contest_topics`); a bill that would ban
something is the bill's content (`pending_law_nouns`); criticism expressed in a present
relative clause on a kind ("individuals who express criticism") is a kind's stance; a
request to anyone who can help is an appeal for information (`appeal_nouns`). The acts
stay."""

from __future__ import annotations

import pytest
from event_builders import types_of


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The government pushed the reform through without consulting the unions.", "CONSULT"),
        ("The minister left Brussels without meeting her Irish counterpart.", "CONSULT"),
        ("Britain is advising its citizens against travelling to the border area.", "CONSULT"),
        ("Several ministers argued against imposing new sanctions on Moscow.", "SANCTION"),
        ("The minister gave no timetable for the withdrawal of the troops.", "RETREAT"),
        ("Officials did not give a timeline for the withdrawal.", "RETREAT"),
        ("The ministry has not announced a date for the next round of talks.", "CONSULT"),
        ("The spokesman gave no details of the planned sanctions.", "SANCTION"),
        ("The mayor paid tribute to the community spirit of the town.", "SUPPORT"),
        ("The minister hailed the resilience of the farmers.", "SUPPORT"),
        ("Justice Kavanaugh sided with the majority in the ruling.", "SUPPORT"),
        ("The arrests show the commitment of the police to fight organised crime.", "AGREE"),
        ("The vote followed a pitched battle in recent weeks over a bill on schools.", "ASSAULT"),
        ("The former minister lost a long legal battle with his publisher.", "ASSAULT"),
        ("Lawmakers debated a bill that would ban the sale of the books.", "SANCTION"),
        ("The governor signed a measure that will prohibit young people from voting.", "SANCTION"),
        ("The law could be used against individuals who express criticism of the army.", "ACCUSE"),
        ("The commissioner said: “I would urge anyone who saw the attack to contact the police.”",
         "REQUEST"),
    ],
)
def test_absent_acts_are_no_events(events_of, text: str, kind: str) -> None:
    assert kind not in types_of(events_of(text, "en"))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The foreign minister met his Chinese counterpart in Beijing on Monday.", "CONSULT"),
        ("Gunmen attacked the convoy without warning, killing four soldiers.", "ASSAULT"),
        ("Troops withdrew from the village without firing a shot.", "RETREAT"),
        ("Thousands protested against the attack on the mosque in the capital.", "PROTEST"),
        ("Russia completed the withdrawal of its forces from the region.", "RETREAT"),
        ("The minister gave a date for the next round of talks with the rebels.", "CONSULT"),
        ("The president praised Ukraine's army for its defence of Kharkiv.", "SUPPORT"),
        ("The minister paid tribute to the Polish government for its help.", "SUPPORT"),
        ("France sided with Germany in the dispute over subsidies.", "SUPPORT"),
        ("Japan made a commitment to send 10 billion dollars to Ukraine.", "AGREE"),
        ("The envoy said Washington's commitment to the defence of Seoul remained firm.", "AGREE"),
        ("Mexico committed to deploying 10,000 troops to the northern border.", "AGREE"),
        ("Fighting over the disputed town killed dozens of soldiers.", "ASSAULT"),
        ("Senators rejected a proposal that would expel the diplomats.", "REJECT"),
        ("The opposition expressed criticism of the government's plan.", "ACCUSE"),
    ],
)
def test_the_acts_stay(events_of, text: str, kind: str) -> None:
    assert kind in types_of(events_of(text, "en"))
