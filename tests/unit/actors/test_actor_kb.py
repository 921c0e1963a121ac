"""The shipped knowledge base loads, is consistent, and bad files fail with every error."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronist.actors.kb import load_kb
from chronist.actors.loading import load_model, load_vocabularies
from chronist.actors.schema import CountriesFile, OrganisationsFile
from chronist.errors import DataFileError


@pytest.fixture(scope="session")
def vocab():
    return load_vocabularies()


def test_kb_loads_every_file(vocab):
    assert len(vocab.countries.entries) >= 249
    assert vocab.organisations.entries and vocab.organs.entries and vocab.roles.entries


def test_kb_igos_have_no_country(vocab):
    for org in vocab.organisations.entries:
        if org.sector == "IGO":
            assert org.country is None, org.id


# Sectors only a state or a national body has: an organisation of one of them belongs to
# a country (multinational companies, NGOs and armed groups may have none).
NATIONAL_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PTY", "OPP"}


# Courts above states are judiciary (JUD) of no country.
INTERNATIONAL_COURTS = {
    "Q7801", "Q47488", "chronist:pca", "chronist:itlos", "chronist:icty", "chronist:stl",
    "chronist:eu-court-of-justice", "chronist:echr", "chronist:eu-general-court",
    "chronist:iacthr",
}


def test_kb_national_organisations_have_a_country(vocab):
    # groups of states ("Western allies", "Gulf states": type GROUP, GOV) are no one
    # country's
    missing = [org.id for org in vocab.organisations.entries
               if org.sector in NATIONAL_SECTORS and org.country is None
               and not (org.type == "GROUP" and org.sector == "GOV")
               and org.id not in INTERNATIONAL_COURTS]
    assert not missing
    courts = {org.id: (org.country, org.sector) for org in vocab.organisations.entries
              if org.id in INTERNATIONAL_COURTS}
    assert courts == dict.fromkeys(INTERNATIONAL_COURTS, (None, "JUD"))
    groups = [org.id for org in vocab.organisations.entries
              if org.type == "GROUP" and org.sector == "GOV"]
    assert "chronist:western-allies" in groups


def test_kb_organisation_named_for_a_country_has_it(vocab):
    """"Chinese Communist Party", "Swiss People's Party": a country's English name or
    adjective in an organisation's name says whose it is (IGOs and international courts
    excepted: "Special Tribunal for Lebanon")."""
    words = {}
    for country in vocab.countries.entries:
        for form in country.en.names + country.en.adj:
            words.setdefault(form, set()).add(country.id)
    wrong = []
    for org in vocab.organisations.entries:
        if org.sector == "IGO" or org.id in INTERNATIONAL_COURTS:
            continue
        named = set().union(*(words.get(w, set()) for w in org.name.split()))
        if len(named) == 1 and org.country not in named:
            wrong.append((org.id, org.country, named))
    assert not wrong


def test_kb_partially_recognised_entities_fold_into_state(vocab):
    pre = {c.id: c for c in vocab.countries.entries if c.sector == "PRE"}
    assert {"AZE-NK", "GEO-AB", "GEO-SO", "UKR-DPR", "UKR-LPR", "MDA-TN"} <= set(pre)
    assert all(c.controlled_by for c in pre.values())


@pytest.mark.parametrize("lang", ["de", "en"])
def test_kb_every_sovereign_state_has_a_name(vocab, lang):
    for country in vocab.countries.entries:
        if country.controlled_by is None and country.id != "ATA":
            assert getattr(country, lang).names, (country.id, lang)


# City-states (the capital is the country's own name) and capitals that are common words
# or other places' names in English news (Kingston, Nassau, Georgetown, Victoria, ...).
NO_CAPITAL = {"LUX", "MCO", "SMR", "VAT", "SGP", "HKG", "ESH", "ATA", "JAM", "BHS", "GUY",
              "SYC", "GRD", "ATG", "STP", "NRU"}


def test_kb_sovereign_states_have_a_capital(vocab):
    """A capital is a place after "in" and the government as a subject ("Die Junta in
    Ouagadougou", "Dakar warnte"): every state but the listed exceptions has one."""
    missing = {c.id for c in vocab.countries.entries
               if c.controlled_by is None and c.capital is None}
    assert missing == NO_CAPITAL


def test_kb_armed_groups_have_the_state_they_fight(vocab):
    """PLOVER codes an insurgency to the state it fights ("PKK" TUR, "M23" COD); only
    transnational networks have no country."""
    stateless = {o.id for o in vocab.organisations.entries
                 if o.sector == "REB" and o.country is None}
    assert stateless == {"Q2429253", "Q34490"}  # Islamic State, al-Qaeda



@pytest.mark.parametrize(
    ("lang", "surface", "kind", "key"),
    [
        ("de", "Kiew", "country", "UKR"),
        ("de", "Kyjiw", "country", "UKR"),
        ("en", "Kyiv", "country", "UKR"),
        ("de", "türkischen", "country", "TUR"),
        ("de", "Türkin", "country", "TUR"),
        ("de", "GUS", "org", "chronist:cis"),
        ("de", "OVKS", "org", "chronist:csto"),
        ("de", "Außenministeriums", "organ", "foreign_ministry"),
        ("en", "Foreign Ministry", "organ", "foreign_ministry"),
        ("de", "Amtskollegin", "role", "counterpart"),
        # breadth: agencies, courts, media, think tanks and armed groups by their own name
        ("de", "Weltklimarat", "org", "chronist:ipcc"),
        ("de", "Statistischen Bundesamts", "org", "chronist:destatis"),
        ("de", "Europäischen Staatsanwaltschaft", "org", "chronist:eppo"),
        ("en", "Organisation for the Prohibition of Chemical Weapons", "org", "chronist:opcw"),
        ("de", "Sinaloa-Kartell", "org", "chronist:sinaloa-cartel"),
        ("en", "Voice of America", "org", "chronist:voa"),
        ("de", "Ifo-Institut", "org", "chronist:ifo"),
        ("de", "Bundesheer", "organ", "military"),
        ("en", "GCHQ", "organ", "intelligence"),
        # capitals of states that had none; armed groups; juntas; English demonym nouns
        ("de", "Ouagadougou", "country", "BFA"),
        ("en", "Naypyitaw", "country", "MMR"),
        ("de", "Neuen Volksarmee", "org", "chronist:npa-philippines"),
        ("en", "Shining Path", "org", "chronist:shining-path"),
        ("de", "Militärjunta", "organ", "government"),
        ("en", "military junta", "organ", "government"),
        ("en", "Serbians", "country", "SRB"),
        ("en", "Pakistanis", "country", "PAK"),
        # German news keeps English spellings of foreign places, not of its own
        ("de", "Peshawar", "place", "peshawar"),
        ("de", "Kharkiv", "place", "kharkiv"),
    ],
)
def test_kb_gazetteer_forms(lang, surface, kind, key):
    targets = load_kb(lang).gazetteer.lookup(surface)
    assert any(t.kind == kind and t.key == key for t in targets), targets


def test_kb_invalid_file_reports_all_errors(tmp_path: Path):
    bad = tmp_path / "countries.yaml"
    bad.write_text(
        "kind: countries\nschema_version: 1\nentries:\n"
        "- {id: rus, name: Russia}\n- {id: FRA, name: France, colour: blue}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as error:
        load_model(bad, CountriesFile)
    assert "entries.0.id" in str(error.value) and "entries.1.colour" in str(error.value)


def test_kb_invalid_sector_is_an_error(tmp_path: Path):
    bad = tmp_path / "organisations.yaml"
    bad.write_text(
        "kind: organisations\nschema_version: 1\nentries:\n"
        "- {id: 'chronist:x', name: X, sector: XXX}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match="unknown sector"):
        load_model(bad, OrganisationsFile)


@pytest.mark.parametrize(
    ("lang", "name", "sector"),
    [
        ("de", "Hessischer Verwaltungsgerichtshof", "JUD"),
        ("de", "Institut für Weltraumrecht", "THK"),
        ("en", "Utrecht University", "EDU"),
        ("en", "National Police Agency", "COP"),
    ],
)
def test_kb_new_organisation_sector_from_its_name(lang, name, sector):
    from chronist.actors.loading import load_context
    from chronist.actors.names import NameFinder

    finder = NameFinder(load_kb(lang), load_context().languages[lang])
    assert finder.org_sector(name) == sector


def test_kb_own_places_keep_their_german_spelling():
    """"Munich" in German text is no Munich: only foreign places' English names count."""
    assert not any(t.kind == "place" for t in load_kb("de").gazetteer.lookup("Munich"))
