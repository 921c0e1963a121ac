"""Legal proceedings launched or opened against a party and a case referred to a court are a
legal accusation, as is an arrest warrant issued; armed forces taking control of a place
seize it (control of a chamber or a firm is no seizure); people returned or repatriated
forcibly are deported (a plain repatriation of prisoners stays a release); a strike staged
is a strike, and so is workers walking out over pay (a delegation walking out of talks stays
a refusal); a measure challenged before the WTO is a legal complaint; a grievance raised
with someone is disapproval; a bare "would appeal" is a court appeal, no request;
participation, talks or contacts frozen are ties broken off; a protest note handed or
delivered to an envoy is a protest; a request granted is accepted (asylum granted stays
aid). Hitting back at someone over remarks is a retort. Sentences of our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Estonia launched legal action against Russia over the airspace violations.", "ACCUSE"),
        ("The European Commission opened infringement proceedings against Slovakia.", "ACCUSE"),
        ("The Commission referred Greece to the EU Court of Justice over the landfill.", "ACCUSE"),
        ("A Moscow court issued an arrest warrant for the Latvian foreign minister.", "ACCUSE"),
        ("Rebel fighters took control of the Syrian town of Hama.", "COERCE"),
        ("Malaysia forcibly returned 30 Myanmar refugees to Myanmar.", "COERCE"),
        ("Iran forcibly repatriated hundreds of Afghans to Afghanistan.", "COERCE"),
        ("Nigerian doctors staged a strike over unpaid salaries.", "PROTEST"),
        ("Dock workers in Antwerp walked out over pensions on Monday.", "PROTEST"),
        ("The Iranian delegation walked out of the talks in Vienna.", "REJECT"),
        ("Belarus froze its participation in the partnership programme.", "SANCTION"),
        ("Serbia froze contacts with the Kosovo government.", "SANCTION"),
        ("Manila handed the Chinese ambassador a protest note.", "ACCUSE"),
        ("Seoul delivered a protest note to the Japanese embassy.", "ACCUSE"),
        ("Italy granted Albania's request for an extradition.", "AGREE"),
        ("Austria granted asylum to the Belarusian journalist.", "AID"),
        ("Beijing hit back at Seoul over the remarks.", "ACCUSE"),
        ("Train drivers in Britain walked out over pensions.", "PROTEST"),
        ("Canada said it would challenge the steel duties at the WTO.", "ACCUSE"),
        ("India raised the matter with Nepal during the talks.", "ACCUSE"),
        ("The Polish government said it would appeal.", "REJECT"),
        ("Chile appealed to its neighbours for firefighting planes.", "REQUEST"),
    ],
)
def test_construction_is_coded_as(events_of, text: str, kind: str) -> None:
    assert kind in {e.type for e in events_of(text, "en")}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Republicans took control of the Senate in the election.", "COERCE"),
        ("The investor took control of the company last year.", "COERCE"),
        ("Jordan repatriated two Syrian prisoners to Syria.", "COERCE"),
        ("The judge referred the question to a higher court.", "ACCUSE"),
        ("Chile appealed to its neighbours for firefighting planes.", "REJECT"),
        ("Kenya appealed for calm after the election.", "REJECT"),
    ],
)
def test_other_senses_are_not_coded_as(events_of, text: str, kind: str) -> None:
    assert kind not in {e.type for e in events_of(text, "en")}
