"""Load and validate the actor knowledge base files (all errors of a file at once)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from chronist.actors.schema import (
    ID_PATTERN,
    ContextFile,
    CountriesFile,
    MorphologyFile,
    OrganisationsFile,
    OrgansFile,
    PeopleFile,
    PlacesFile,
    RolesFile,
)
from chronist.datafiles import load_data_file as load_model
from chronist.errors import DataFileError


def data_dir() -> Path:
    return Path(str(resources.files("chronist") / "data" / "actors"))


@dataclass(frozen=True)
class Vocabularies:
    """Keys other files may refer to: role ids, country codes, organisation ids."""

    roles: RolesFile
    countries: CountriesFile
    organisations: OrganisationsFile
    organs: OrgansFile
    places: PlacesFile | None = None

    @property
    def role_ids(self) -> frozenset[str]:
        return frozenset(role.id for role in self.roles.entries)

    @property
    def country_ids(self) -> frozenset[str]:
        return frozenset(country.id for country in self.countries.entries)

    @property
    def org_ids(self) -> frozenset[str]:
        return frozenset(org.id for org in self.organisations.entries)


def _duplicates(ids: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    dups: list[str] = []
    for item in ids:
        if item in seen:
            dups.append(item)
        seen.add(item)
    return dups


def _check_unique(path: Path, ids: Iterable[str]) -> list[str]:
    return [f"  duplicate id {dup!r}" for dup in _duplicates(ids)]


@cache
def load_vocabularies(directory: Path | None = None) -> Vocabularies:
    base = directory or data_dir()
    vocab = Vocabularies(
        roles=load_model(base / "roles.yaml", RolesFile),
        countries=load_model(base / "countries.yaml", CountriesFile),
        organisations=load_model(base / "organisations.yaml", OrganisationsFile),
        organs=load_model(base / "organs.yaml", OrgansFile),
        places=load_model(base / "places.yaml", PlacesFile)
        if (base / "places.yaml").is_file()
        else None,
    )
    problems: list[str] = []
    for name, ids in (
        ("roles.yaml", [r.id for r in vocab.roles.entries]),
        ("countries.yaml", [c.id for c in vocab.countries.entries]),
        ("organisations.yaml", [o.id for o in vocab.organisations.entries]),
        ("organs.yaml", [o.id for o in vocab.organs.entries]),
        ("places.yaml", [p.id for p in vocab.places.entries] if vocab.places else []),
    ):
        problems += [f"{name}:{line}" for line in _check_unique(base / name, ids)]
    problems += _reference_errors(vocab)
    if problems:
        raise DataFileError("invalid actor knowledge base:\n" + "\n".join(problems))
    return vocab


def _reference_errors(vocab: Vocabularies) -> list[str]:
    """Cross-file references: countries and organisations named in other files exist."""
    countries, orgs = vocab.country_ids, vocab.org_ids
    problems = []
    for org in vocab.organisations.entries:
        if org.country and org.country not in countries:
            problems.append(f"organisations.yaml: {org.id}: unknown country {org.country!r}")
    for country in vocab.countries.entries:
        if country.controlled_by and country.controlled_by not in countries:
            problems.append(f"countries.yaml: {country.id}: unknown controlled_by")
    for place in vocab.places.entries if vocab.places else []:
        if place.country not in countries:
            problems.append(f"places.yaml: {place.id}: unknown country {place.country!r}")
    nouned = (("roles.yaml", vocab.roles.entries), ("organs.yaml", vocab.organs.entries))
    for kind, entries in nouned:
        for entry in entries:
            for nouns in entry.fixed.values():
                for noun in nouns:
                    if noun.country and noun.country not in countries:
                        problems.append(f"{kind}: {entry.id}: {noun.noun}: unknown country")
                    if noun.org and noun.org not in orgs:
                        problems.append(f"{kind}: {entry.id}: {noun.noun}: unknown org")
    return problems


def _people_errors(path: Path, people: PeopleFile, vocab: Vocabularies) -> list[str]:
    roles, countries = vocab.role_ids, vocab.country_ids
    problems = _check_unique(path, [p.id for p in people.entries])
    for i, person in enumerate(people.entries):
        for j, pos in enumerate(person.positions):
            where = f"  entries.{i}.positions.{j} ({person.name})"
            if pos.role not in roles:
                problems.append(f"{where}: unknown role {pos.role!r} (see roles.yaml)")
            if pos.country and pos.country not in countries:
                problems.append(f"{where}: unknown country {pos.country!r}")
            # Parties and offices are open-ended: an org id need not be in organisations.yaml
            # (people files may name parties the KB lacks), but it must be a valid id.
            if pos.org and not ID_PATTERN.match(pos.org):
                problems.append(f"{where}: org must be a QID or chronist:<slug>, got {pos.org!r}")
    return problems


def load_people_files(paths: Sequence[Path], vocab: Vocabularies) -> list[PeopleFile]:
    """Validate people files (schema + references); all problems in one DataFileError."""
    loaded: list[PeopleFile] = []
    problems: list[str] = []
    for path in paths:
        try:
            people = load_model(path, PeopleFile)
        except DataFileError as error:
            problems.append(str(error))
            continue
        errors = _people_errors(path, people, vocab)
        if errors:
            problems.append(f"{path}:\n" + "\n".join(errors))
        loaded.append(people)
    ids = [p.id for people in loaded for p in people.entries]
    problems += [f"people files: duplicate id {dup!r} across files" for dup in _duplicates(ids)]
    if problems:
        raise DataFileError("\n".join(problems))
    return loaded


def people_paths(directory: Path | None = None) -> list[Path]:
    base = (directory or data_dir()) / "people"
    return sorted(base.glob("*.yaml")) if base.is_dir() else []


@cache
def load_context(directory: Path | None = None) -> ContextFile:
    return load_model((directory or data_dir()) / "context.yaml", ContextFile)


@cache
def load_morphology(directory: Path | None = None) -> MorphologyFile:
    return load_model((directory or data_dir()) / "morphology.yaml", MorphologyFile)
