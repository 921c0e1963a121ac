"""The people knowledge base (src/chronist/data/actors/people/*.yaml) is consistent.

Every file validates against the schema the linker loads (chronist.actors.schema), roles
are keys of roles.yaml, ids are unique across files, codes are ISO 3166-1 alpha-3, and a
single-holder office (one country's head of state, foreign minister …) never has two
holders at the same time.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from chronist.actors.loading import (
    data_dir,
    load_model,
    load_people_files,
    load_vocabularies,
    people_paths,
)
from chronist.actors.schema import SECTORS, PeopleFile, RolesFile

# ISO 3166-1 alpha-3 codes, plus XKX (Kosovo, the user-assigned code used by the EU and IMF).
ISO3 = frozenset(
    """ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA
    BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV
    CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI
    ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD
    GRL GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY
    JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF
    MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM
    NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT
    PRY PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD
    STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN
    TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE XKX""".split()
)
DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
QID = re.compile(r"^(Q[1-9]\d*|chronist:[a-z0-9]+(-[a-z0-9]+)*)$")
# Offices a country (or organisation) fills with one person at a time.
SINGLE_HOLDER = frozenset(
    """head_of_state head_of_government foreign_minister defence_minister interior_minister
    finance_minister government_spokesperson vice_president secretary_general
    commission_president council_president high_representative director_general
    monarch supreme_leader eu_foreign_policy_chief""".split()
)


def _files() -> list[Path]:
    return people_paths()


@cache
def _load(path: Path) -> dict[str, Any]:
    # libyaml when present: the files hold thousands of entries
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=loader)  # noqa: S506 - a safe loader


@pytest.fixture(scope="session")
def people() -> list[tuple[str, dict[str, Any]]]:
    """All entries of all people files, with the file they come from."""
    return [(p.name, e) for p in _files() for e in _load(p)["entries"]]


def _entry_problems(entry: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    if not QID.match(str(entry.get("id"))):
        problems.append(f"bad id {entry.get('id')!r}")
    if entry.get("gender") not in ("m", "f", None):
        problems.append(f"bad gender {entry.get('gender')!r}")
    aliases = entry.get("aliases") or {}
    if set(aliases) - {"de", "en"}:
        problems.append(f"alias languages {sorted(aliases)}")
    for lang, names in aliases.items():
        if len(names) != len(set(names)):
            problems.append(f"duplicate {lang} aliases")
    if not entry.get("positions"):
        problems.append("no positions")
    for pos in entry.get("positions") or []:
        problems.extend(_position_problems(pos))
    return problems


def _position_problems(pos: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    country, org = pos.get("country"), pos.get("org")
    if country is None and not org:
        problems.append(f"{pos['role']}: neither country nor org")
    if country is not None and country not in ISO3:
        problems.append(f"{pos['role']}: unknown country {country!r}")
    if pos.get("sector") not in SECTORS:
        problems.append(f"{pos['role']}: unknown sector {pos.get('sector')!r}")
    start, end = pos.get("start"), pos.get("end")
    for value in (start, end):
        if value is not None and not DATE.match(value):
            problems.append(f"{pos['role']}: bad date {value!r}")
    if start and end and _cmp(start, end) > 0:
        problems.append(f"{pos['role']}: starts {start} after it ends {end}")
    return problems


def _cmp(a: str, b: str) -> int:
    """Compare two dates at the precision both have ("2022-10" vs "2022-10-25" -> equal)."""
    n = min(len(a), len(b))
    return (a[:n] > b[:n]) - (a[:n] < b[:n])


@pytest.fixture(scope="session")
def role_ids() -> frozenset[str]:
    # roles.yaml alone: the cross-file checks of load_vocabularies belong to the actors tests
    return frozenset(r.id for r in load_model(data_dir() / "roles.yaml", RolesFile).entries)


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_people_data_file_validates_against_schema(path: Path, role_ids: frozenset[str]) -> None:
    people = load_model(path, PeopleFile)  # raises DataFileError listing every problem
    assert people.entries, "a people file with no entries"
    unknown = sorted({p.role for e in people.entries for p in e.positions} - role_ids)
    assert not unknown, f"roles missing from roles.yaml: {unknown}"


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.name)
def test_people_data_entries_are_well_formed(path: Path) -> None:
    problems = [
        f"{e.get('id')} {e.get('name')}: {msg}"
        for e in _load(path)["entries"]
        for msg in _entry_problems(e)
    ]
    assert not problems, "\n".join(problems)


def test_people_data_loads_with_the_linkers_loader() -> None:
    """The linker loads every people file at once against roles, countries and orgs."""
    files = load_people_files(people_paths(), load_vocabularies())
    assert sum(len(f.entries) for f in files) >= 1000


def test_people_data_ids_and_names_are_unique(people: list[tuple[str, dict[str, Any]]]) -> None:
    seen: dict[str, str] = {}
    dupes = []
    for fname, entry in people:
        for key in (entry["id"], "name:" + entry["name"]):
            if key in seen:
                dupes.append(f"{key} in {seen[key]} and {fname}")
            seen[key] = fname
    assert not dupes, "\n".join(dupes)


def test_people_data_single_holder_offices_do_not_overlap(
    people: list[tuple[str, dict[str, Any]]],
) -> None:
    terms: dict[tuple[str, str], list[tuple[str, str | None, str]]] = defaultdict(list)
    for _, entry in people:
        for pos in entry["positions"]:
            if pos["role"] in SINGLE_HOLDER and pos.get("start"):
                office = (pos["role"], pos.get("country") or pos.get("org"))
                terms[office].append((pos["start"], pos.get("end"), entry["name"]))
    clashes = []
    for office, held in terms.items():
        held.sort(key=lambda t: t[0])
        for (_, end, name), (start, _, nxt) in zip(held, held[1:], strict=False):
            if end is None or _cmp(end, start) > 0:
                clashes.append(f"{office}: {name} (to {end}) and {nxt} (from {start})")
    assert not clashes, "\n".join(clashes)


def test_people_data_one_word_aliases_name_one_person(
    people: list[tuple[str, dict[str, Any]]],
) -> None:
    """A bare surname shared by two people ("Sharif", "Castro") must not be listed: the
    linker would have to guess; it links such surnames only after a full name."""
    owners: dict[str, set[str]] = defaultdict(set)
    for _, entry in people:
        for names in entry["aliases"].values():
            for alias in names:
                if " " not in alias:
                    owners[alias].add(entry["id"])
    shared = {alias: sorted(ids) for alias, ids in owners.items() if len(ids) > 1}
    assert not shared, shared


People = list[tuple[str, dict[str, Any]]]


def _holders(people: People, role: str, where: str, day: str) -> list[str]:
    """Who held `role` in a country (or organisation) on `day` (start <= day < end)."""
    return [
        entry["name"]
        for _, entry in people
        for pos in entry["positions"]
        if pos["role"] == role
        and where in (pos.get("country"), pos.get("org"))
        and pos.get("start")
        and _cmp(pos["start"], day) <= 0
        and (pos.get("end") is None or _cmp(day, pos["end"]) < 0)
    ]


@pytest.mark.parametrize(
    ("role", "where", "day", "expected"),
    [
        ("head_of_state", "FRA", "2016-06-01", "François Hollande"),
        ("head_of_state", "FRA", "2020-01-01", "Emmanuel Macron"),
        ("head_of_government", "DEU", "2023-03-01", "Olaf Scholz"),
        ("head_of_government", "GBR", "2022-10-01", "Liz Truss"),
        ("foreign_minister", "DEU", "2019-05-01", "Heiko Maas"),
        ("defence_minister", "UKR", "2022-06-01", "Oleksii Reznikov"),
        ("defence_minister", "ISR", "2024-01-15", "Yoav Gallant"),
        ("head_of_state", "USA", "2022-01-01", "Joe Biden"),
        ("head_of_state", "SYR", "2025-06-01", "Ahmed al-Sharaa"),
        ("monarch", "GBR", "2023-01-01", "Charles III"),
        ("secretary_general", "Q7184", "2020-01-01", "Jens Stoltenberg"),
        ("eu_foreign_policy_chief", "Q458", "2022-03-01", "Josep Borrell"),
    ],
)
def test_people_data_names_the_office_holder_on_a_date(
    people: list[tuple[str, dict[str, Any]]], role: str, where: str, day: str, expected: str
) -> None:
    assert _holders(people, role, where, day) == [expected]


@pytest.mark.parametrize(
    ("name", "alias", "lang"),
    [
        ("Angela Merkel", "Merkel", "de"),
        ("Frank-Walter Steinmeier", "Steinmeier", "en"),
        ("Markus Söder", "Soeder", "en"),
        ("Volodymyr Zelensky", "Selenskyj", "de"),
        ("Recep Tayyip Erdoğan", "Erdogan", "de"),
        ("Benjamin Netanyahu", "Netanjahu", "de"),
        ("Alexander Lukashenko", "Lukaschenko", "de"),
        ("Nikol Pashinyan", "Paschinjan", "de"),
        ("Ilham Aliyev", "Alijew", "de"),
        ("Xi Jinping", "Xi", "en"),
    ],
)
def test_people_data_lists_expected_aliases(
    people: list[tuple[str, dict[str, Any]]], name: str, alias: str, lang: str
) -> None:
    entry = next(e for _, e in people if e["name"] == name)
    assert alias in entry["aliases"][lang]


@pytest.mark.parametrize(
    ("name", "word"),
    [
        ("Theresa May", "May"),  # the month
        ("Anne Spiegel", "Spiegel"),  # the magazine
        ("Hubertus Heil", "Heil"),
        ("Thorsten Frei", "Frei"),
        ("Sebastian Kurz", "Kurz"),
    ],
)
def test_people_data_omits_surnames_that_are_common_words(
    people: list[tuple[str, dict[str, Any]]], name: str, word: str
) -> None:
    entry = next(e for _, e in people if e["name"] == name)
    assert all(word not in names for names in entry["aliases"].values())
