"""Schemas of the actor knowledge base files in `chronist/data/actors/`.

Every file is YAML with a header (`kind`, `schema_version`, for per-language files also
`lang`) and an `entries:` list; each entry has a stable `id`. Models forbid unknown keys
so that a typo in a reviewed data file is an error, not a silently ignored fact.

People files (`data/actors/people/*.yaml`, one file per region or topic) look like::

    kind: people
    schema_version: 1
    entries:
      - id: Q7747                      # Wikidata QID, or "chronist:<slug>" when unknown
        name: Vladimir Putin           # canonical English name
        aliases:                       # extra surface forms; the name itself, the surname
          de: [Wladimir Putin]         # and German genitive -s forms are generated
          en: [Vladimir Vladimirovich Putin]
        gender: m                      # m | f | null  (used for pronouns, -in role nouns)
        positions:
          - role: head_of_state        # a key of data/actors/roles.yaml
            country: RUS               # ISO 3166-1 alpha-3, or null for an IGO office
            org: null                  # organisation id for IGO/party offices (e.g. NATO)
            sector: GOV                # PLOVER sector of the person in this position
            start: "2012-05-07"
            end: null                  # null = still in office
        note: optional free text

`validate_people_file(path)` (or `python -m chronist.actors.schema FILE…`) checks a file
against this schema and against the role, country and organisation vocabularies.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    field_validator,
    model_validator,
)

# PLOVER v0.8 sector codes (frequent and less frequent) plus IGO/NGO/MED/BUS roles of
# organisations; THK is chronist's own code for think tanks and research institutes.
SECTORS = frozenset(
    "COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP "
    "PRE REL SOC IGO NGO MNC THK HLH".split()
)
Lang = Literal["de", "en"]
ID_PATTERN = re.compile(r"^(Q[1-9][0-9]*|chronist:[a-z0-9][a-z0-9-]*)$")
COUNTRY_PATTERN = re.compile(r"^[A-Z]{3}$")
PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def _first_day(value: str) -> date:
    """The first day of a partial ISO date ("2012" -> 2012-01-01)."""
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_sector(value: str | None) -> str | None:
    if value is not None and value not in SECTORS:
        raise ValueError(f"unknown sector {value!r}; known: {', '.join(sorted(SECTORS))}")
    return value


def _check_country(value: str | None) -> str | None:
    if value is not None and not COUNTRY_PATTERN.match(value):
        raise ValueError(f"country must be an ISO 3166-1 alpha-3 code, got {value!r}")
    return value


def _check_id(value: str) -> str:
    if not ID_PATTERN.match(value):
        raise ValueError(f"id must be a Wikidata QID or chronist:<slug>, got {value!r}")
    return value


def _check_optional_id(value: str | None) -> str | None:
    return value if value is None else _check_id(value)


class Aliases(Strict):
    de: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)

    def for_lang(self, lang: str) -> list[str]:
        return list(getattr(self, lang, []))


# --------------------------------------------------------------------------- people


class Position(Strict):
    role: str
    country: str | None = None
    org: str | None = None
    sector: str = "GOV"
    start: str | None = None
    end: str | None = None
    """ISO dates at the precision known: "2012-05-07", "2012-05" or "2012"."""

    _sector = field_validator("sector")(_check_sector)
    _country = field_validator("country")(_check_country)

    @field_validator("start", "end", mode="before")
    @classmethod
    def _iso(cls, value: object) -> object:
        # YAML reads an unquoted 2012-05-07 as a date; keep one representation.
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, int):
            return str(value)
        if isinstance(value, str) and not PARTIAL_DATE.match(value):
            raise ValueError(f"date must be YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
        return value

    @model_validator(mode="after")
    def _dates_in_order(self) -> Position:
        if self.start and self.end and self.end_date < self.start_date:
            raise ValueError(f"position ends ({self.end}) before it starts ({self.start})")
        return self

    @property
    def start_date(self) -> date:
        return _first_day(self.start) if self.start else date.min

    @property
    def end_date(self) -> date:
        return _first_day(self.end) if self.end else date.max

    def holds_on(self, day: date) -> bool:
        return self.start_date <= day < self.end_date or (self.start_date == day)


class Person(Strict):
    id: str
    name: str = Field(min_length=2)
    aliases: Aliases = Field(default_factory=Aliases)
    gender: Literal["m", "f"] | None = None
    nationality: str | None = None
    """The person's country (ISO alpha-3) where no position of theirs names it (heads of
    international organisations): "kündigte die Slowenin an" takes up Marta Kos."""
    positions: list[Position] = Field(default_factory=list)
    note: str | None = None

    _id = field_validator("id")(_check_id)


class PeopleFile(Strict):
    kind: Literal["people"]
    schema_version: Literal[1]
    note: str | None = None
    entries: list[Person]


# ------------------------------------------------------------------------ roles


class RoleNoun(Strict):
    """A role noun with a fixed country ("Kremlchef" -> RUS) or organisation."""

    noun: str
    country: str | None = None
    org: str | None = None
    homes: list[str] = Field(default_factory=list)
    """Domestic countries in which the noun names this organ of the document's own
    country: "Bundesrat" is the chamber of the Länder in a German or Austrian story
    (legislature, homes [DEU, AUT]) and the federal government in a Swiss one
    (government, homes [CHE]). Empty: always `country`."""
    shared: bool = False
    """The noun is `country`'s by its naming custom only, which other states share ("the
    Department of Agriculture" is also the Philippines'): a country word or a place of
    another country on it ("in Manila") names that state's organ."""

    _country = field_validator("country")(_check_country)


class Role(Strict):
    """A role key (used by people positions) and the nouns that name it.

    German nouns are given in the masculine base form; the feminine (-in, -innen) and
    the inflected forms (-s, -en, -n) are generated. `nouns` need a country from context
    ("der russische Präsident"); `fixed` nouns carry one ("Kremlchef").
    """

    id: str = Field(pattern=r"^[a-z][a-z_]*$")
    sector: str | None = "GOV"
    """None: the sector comes from the organisation in the context ("director")."""
    nouns: Aliases = Field(default_factory=Aliases)
    fixed: dict[Lang, list[RoleNoun]] = Field(default_factory=dict)
    resolvable: bool = True
    """False for roles with many holders at once (minister, spokesperson, diplomat):
    such a description is an actor but never resolved to one person."""
    possessed_only: bool = False
    """A relational noun that names an actor only with a possessive, as the other of two
    office holders ("Merz empfing seinen Gast", "welcomed his guest"); bare or plural
    ("die Gäste des Festivals") it names none."""
    local: bool = False
    """An office of a town or region (mayor, governor): with no country of its own it is
    an office of the story's scene ("INDIANAPOLIS (AP) — … The governor said")."""
    abroad: bool = False
    """An office held abroad (ambassador, attaché): the country of its holder says
    nothing of where the story is ("bestellte den Geschäftsträger Ecuadors ein")."""
    cabinet: bool = False
    """A minister (of a portfolio or none): bare plurals ("ministers", "die Minister") are
    the one country a story names; other government roles ("leaders", "officials") are as
    often foreign or generic. A bare "minister" takes up the portfolio minister named last."""
    seated: bool = False
    """Rulers are those of the capital or seat they rule from: "die Machthaber in Teheran",
    "the rulers in Minsk" are Iran's and Belarus's (a mayor or ambassador "in Berlin" is
    not: other roles take no country from a locative phrase)."""

    _sector = field_validator("sector")(_check_sector)


class RolesFile(Strict):
    kind: Literal["roles"]
    schema_version: Literal[1]
    entries: list[Role]


# -------------------------------------------------------------------- countries


class LangForms(Strict):
    """Per-language surface forms of a country."""

    names: list[str] = Field(default_factory=list)
    adj: list[str] = Field(default_factory=list)
    """German: adjective stems ("türkisch"); endings are generated. English: as written."""
    demonyms: list[str] = Field(default_factory=list)
    """Nouns for its people ("Türke", "Türken", "Türkin"; "Turk", "Turks")."""
    seats: list[str] = Field(default_factory=list)
    """Seats of power that always stand for the government ("Kreml", "Weißes Haus")."""


class Capital(Strict):
    qid: str | None = None
    de: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)


class Country(Strict):
    """A country or territory. Sub-national entities (partially recognised states,
    dependencies) use `<controlling alpha-3>-<code>` ids and `controlled_by`."""

    id: str = Field(pattern=r"^[A-Z]{3}(-[A-Z0-9]{1,4})?$")
    qid: str | None = None
    name: str
    de: LangForms = Field(default_factory=LangForms)
    en: LangForms = Field(default_factory=LangForms)
    capital: Capital | None = None
    """The capital: a place after a locative preposition, else the government."""
    controlled_by: str | None = None
    """Partially recognised entity or territory folded into a state per PLOVER."""
    sector: str | None = None
    """Sector of the entity's own authorities (PRE for partially recognised entities)."""

    _sector = field_validator("sector")(_check_sector)
    _country = field_validator("controlled_by")(_check_country)

    _qid = field_validator("qid")(_check_optional_id)


class CountriesFile(Strict):
    kind: Literal["countries"]
    schema_version: Literal[1]
    entries: list[Country]


# ---------------------------------------------------------------- organisations


class Organisation(Strict):
    id: str
    name: str
    type: Literal["ORG", "GROUP"] = "ORG"
    country: str | None = None
    sector: str
    aliases: Aliases = Field(default_factory=Aliases)
    case_sensitive: bool = True
    """Acronyms and short names that are also common words are matched as written."""
    common_noun: list[str] = Field(default_factory=list)
    """For a name that is also a common noun ("Bild" = picture): the words one of which
    must stand right before it ("die Bild", "laut Bild"); quoted ("„Bild“") it is
    always the name. Empty: the name is always the name."""
    acting_aliases: Aliases = Field(default_factory=Aliases)
    """Aliases that are also common nouns and name the organisation only as the subject
    of an acting verb ("Die Bahn stellte den Fernverkehr ein"); elsewhere ("mit der Bahn
    fahren") they are things. Listed among `aliases` too."""
    note: str | None = None

    _id = field_validator("id")(_check_id)
    _sector = field_validator("sector")(_check_sector)
    _country = field_validator("country")(_check_country)


class OrganisationsFile(Strict):
    kind: Literal["organisations"]
    schema_version: Literal[1]
    note: str | None = None
    entries: list[Organisation]


# ------------------------------------------------------------------- organs


class Organ(Strict):
    """A state organ noun ("Außenministerium", "army") and its sector; the country
    comes from an adjective, genitive or compound in the text."""

    id: str = Field(pattern=r"^[a-z][a-z_]*$")
    sector: str | None
    """None: the noun names actors of any sector ("Kämpfer"); the qualifier decides."""
    nouns: Aliases = Field(default_factory=Aliases)
    fixed: dict[Lang, list[RoleNoun]] = Field(default_factory=dict)
    """Nouns that carry their country ("Bundestag" -> DEU, "Duma" -> RUS)."""
    type: Literal["ORG", "GROUP"] = "ORG"
    unless_context: dict[Lang, list[RoleNoun]] = Field(default_factory=dict)
    """Nouns whose country is the one their context gives and, failing that, this one:
    "the federal government" is Nigeria's in a story about Nigeria, else the USA's."""
    not_after: Aliases = Field(default_factory=Aliases)
    """Words that, right before the noun, make it a thing rather than an actor
    ("in sozialen Medien", "on social media")."""
    not_before: Aliases = Field(default_factory=Aliases)
    """Words that, right after the noun, make it an act or thing rather than an actor
    ("opposition to the plan", "Widerstand gegen")."""
    name_before_capital: Aliases = Field(default_factory=Aliases)
    """Words that, right after the noun and followed by a capitalised word, make the noun
    the head of a name ("Bund für Vogelschutz"); before anything else the noun stays
    the organ ("beim Bund für ein Hilfsprogramm werben")."""
    only_beside: Aliases = Field(default_factory=Aliases)
    """Words the noun is an actor only when joined to by a list connector (context
    `list_connectors`: "Land und Bund", "Bund und Länder": the governments of the
    Länder); elsewhere ("aufs Land ziehen") it is no organ."""
    not_compound_head: bool = False
    """German: the noun as the last part of a hyphen compound is the head of a name, not
    the organ ("Arbeiter-Samariter-Bund" is an aid society, not the federation)."""
    bare_no_actor: Aliases = Field(default_factory=Aliases)
    """Nouns (as written) that are an actor only with a country word or possessor: bare
    they are abstract ("unter Führung von Airbus", "nicht genug Kräfte"), while "die
    iranische Führung" and "russische Kräfte" are actors."""
    abroad: bool = False
    """Organs that serve abroad ("embassy", "Diplomaten"): "the embassy in Beijing" is
    where it serves, not whose it is."""
    located: bool = False
    """Organs that are of the place they are in or from ("die Behörden in Chartum",
    "roasters in the United States"): a place of one country after the noun gives its
    country; not those serving or staying abroad (diplomats, troops, migrants)."""
    accused: bool = False
    """People under criminal proceedings ("die Festgenommenen", "den Beschuldigten"): with
    no word of their own they are members of the non-state group named before them,
    with its country and sector; with none named, no actor."""
    aboard: bool = False
    """Crews of a ship ("die Besatzung", "the crew"): they take the country of the ship
    (an organ with `vessel`) named last in their sentence or the two before, where they
    have no country word of their own; with no ship named, no actor ("die russische
    Besatzung der Krim" is an occupation)."""
    vessel: bool = False
    """Ships whose crew a later crew noun (`aboard`) names ("ein russischer Trawler")."""
    member_of: list[str] = Field(default_factory=list)
    """Sectors of the organisations whose members the noun names ("Kämpfer" of rebels,
    "die Mitgliedstaaten" of an IGO): with no country or sector of its own the noun takes
    the country and sector of the organisation of one of these sectors named last in its
    sentence or the two before it; with none named, no actor."""
    people_organ: str | None = None
    """The organ the noun names after the adjective of a people with no state of its own
    (context.yaml stateless_peoples): "kurdische Kämpfer", "Kurdish fighters" are rebels
    (of where they fight), not members of a group named before."""
    generic_indefinite: bool = False
    """Firms named with no country word and no definite article, demonstrative or
    possessor, after an indefinite article or a preposition ("für viele Betriebe", "ob
    ein Unternehmen", "executives of companies that pollute"), are a class, no actor;
    a definite noun ("die Unternehmen", "the companies") or a bare subject or object
    ("Operators said") refers to firms of the story."""
    subject_only: bool = False
    """Stricter than `acting_only`: an actor only as the subject of its clause (or a
    conjunct of it): "Die Autoindustrie warnte" acts; "die Lage der Industrie", "Zölle
    treffen die Stahlindustrie" name the sector of the economy."""
    acting_only: bool = False
    """Groups of private people ("Landwirte", "students", "smugglers") are actors only as
    the subject of their clause (or a conjunct of it): "Landwirte blockierten die
    Autobahn" acts, "a serious blow for farmers" and "the work of criminals" do not."""
    counted_only: bool = False
    """Nouns for people in general ("Männer", "women"): an actor only with a number on
    them ("zwei junge Männer wurden festgenommen", "police arrested two Nicaraguan men"),
    particular people a story reports on; without one ("Männer und Frauen", "men over
    60") they are a class, no actor."""
    held_office: bool = False
    """Nouns for the staff of one person's office ("his office said"): an actor only after
    a personal possessive whose person holds a state office, the state's; otherwise
    none ("her office in Leeds", "taking office")."""
    person_title: bool = False
    """Nouns that, right before a person's name, are that person's title ("der iranische
    Schriftsteller Mahmud Dowlatabadi" is one person of Iran), not a mention of their own."""
    dateline: bool = False
    """A bare noun of this organ with no country word is the government's of the
    dateline's place ("MOSCOW - … the Defence Ministry said"), before the country of a
    nearby adjective ("Ukrainian drones … the Defence Ministry said")."""
    kind: Literal["organ", "adjective", "head"] = "organ"
    """`adjective`: the noun is no actor itself ("israelische Kampfflugzeuge", "syrischer
    Beschuss"); the country adjective is, with this sector. `head`: the noun heads an
    organisation's name in a description ("Direktor des Instituts für …") and gives
    the described person's sector; never a mention by itself."""

    _sector = field_validator("sector")(_check_sector)


class OrgansFile(Strict):
    kind: Literal["organs"]
    schema_version: Literal[1]
    entries: list[Organ]


# ------------------------------------------------------------------- places


class PlaceForms(Strict):
    """Per-language surface forms of a city or region."""

    names: list[str] = Field(default_factory=list)
    adj: list[str] = Field(default_factory=list)
    """As written and uninflected: German city adjectives ("Augsburger", "Münchner";
    German cities get one generated by morphology.yaml unless listed here), English adjectives
    ("Bavarian")."""
    adj_stems: list[str] = Field(default_factory=list)
    """German adjective stems inflected like country adjectives ("hessisch", "bayerisch")."""


class Place(Strict):
    """A city or region: a place in a country. A place is never an actor by itself (a
    city is no government metonym the way a capital is), but it gives its country to
    what is located there ("die Polizei in Charkiw", "die Augsburger Firma", "der
    hessische Verwaltungsgerichtshof")."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    qid: str | None = None
    country: str
    type: Literal["city", "region"] = "city"
    governed: bool = False
    """A federated state with its own government (a German Land): as the subject of an
    acting verb it stands for that government ("Bayern klagt"), like a capital does."""
    de: PlaceForms = Field(default_factory=PlaceForms)
    en: PlaceForms = Field(default_factory=PlaceForms)

    _country = field_validator("country")(_check_country)

    _qid = field_validator("qid")(_check_optional_id)


class PlacesFile(Strict):
    kind: Literal["places"]
    schema_version: Literal[1]
    own_spellings_only: dict[str, list[str]] = Field(default_factory=dict)
    """Per language, the countries whose places the press of that language writes in its
    own spelling only; other places' English names count too ("Anschlag in Peshawar")."""
    entries: list[Place]


FILE_MODELS: dict[str, type[BaseModel]] = {
    "people": PeopleFile,
    "roles": RolesFile,
    "countries": CountriesFile,
    "organisations": OrganisationsFile,
    "organs": OrgansFile,
    "places": PlacesFile,
}


def validate_people_file(path: str) -> PeopleFile:
    """Validate one people file against the schema and the shipped vocabularies."""
    from pathlib import Path

    from chronist.actors.loading import load_people_files, load_vocabularies

    vocab = load_vocabularies()
    return load_people_files([Path(path)], vocab)[0]


if __name__ == "__main__":  # pragma: no cover - a developer's check
    import sys

    for arg in sys.argv[1:]:
        people = validate_people_file(arg)
        print(f"{arg}: {len(people.entries)} people OK")


# ------------------------------------------------------------------ context words


class ContextWords(Strict):
    """Closed-class words the linker reads around a mention, per language. The steps
    look words up in `word_set(name)`, each list's set built once."""

    _word_sets: dict[tuple[str, bool, bool, str], frozenset[str]] = PrivateAttr(
        default_factory=dict
    )

    locative: list[str]
    """Prepositions after which a capital or country is a place ("in Moskau")."""
    articles: list[str] = Field(default_factory=list)
    """Articles that may stand between a locative preposition and a name ("in der Ukraine")."""
    former: list[str]
    """Words that make a role description past ("ehemalige", "former"): not resolved."""
    predicates: list[str] = Field(default_factory=list)
    """Words before a role noun that make it a predicate ("als Berater", "became
    president"): no mention."""
    predicates_after: list[str] = Field(default_factory=list)
    """German copulas that close a clause after a role noun ("…, die inzwischen
    Ministerin war,"): the noun says what someone is, no mention."""
    indefinite: list[str] = Field(default_factory=list)
    """Indefinite articles: a one-word organisation name that is also a common noun is
    that noun after one ("eine dreiköpfige Kommission" is no EU Commission)."""
    honorifics: list[str]
    """Titles before a person's name ("Frau", "Mr")."""
    genitive_links: list[str]
    """Words between a noun and a following country genitive ("des", "of the")."""
    locative_links: list[str] = []
    """Words between a state organ and the place that gives its country ("die Polizei in
    Minsk", "the authorities in Tehran"); not for roles ("der Botschafter in Berlin" is a
    foreign envoy)."""
    origin_links: list[str] = []
    """Prepositions of origin between a role or organ noun and the country or place it
    comes from ("ein Journalist aus Belarus", "soldiers from Ghana"): that is its country
    when the phrase modifies the noun, not the verb ("Truppen aus Mali abziehen")."""
    origin_range_words: list[str] = []
    """Words after the place of origin that make it one end of a range ("dictators from
    Russia to Syria"): no origin."""
    departure_words: list[str] = []
    """Lemmas of leaving ("Abzug", "evakuieren", "withdrawal"): a noun they govern comes
    out of the place after `origin_links`, it is not from there ("der Abzug der Soldaten
    aus Mali")."""
    name_particles: list[str]
    """Lower-case parts inside personal names ("von", "de", "bin")."""
    patronymics: list[str] = Field(default_factory=list)
    """Particles of an Arabic patronymic ("bin", "ibn", "bint"): "Abdulaziz bin Salman" is
    one name, whole, never the given name plus someone else's "bin Salman"; later the
    person is called by the given name ("Abdulaziz")."""
    family_name_first: list[str] = Field(default_factory=list)
    """Countries whose people are named family name first (Korea, China): "Lee
    Jae-myung" is later "Lee", "Kim Jong Un" "Kim", not the last word."""
    family_names: list[str] = Field(default_factory=list)
    """Common family names of those countries: a new person's name that opens with one
    and goes on with a hyphenated or two-part given name ("Kim Yo Jong", "Choi
    Sun-hee") is named family name first too."""
    pronouns_m: list[str]
    pronouns_f: list[str]
    object_pronouns_m: list[str] = Field(default_factory=list)
    object_pronouns_f: list[str] = Field(default_factory=list)
    group_pronouns: list[str] = Field(default_factory=list)
    """Third-person plural subject pronouns ("they", "sie" with a plural verb): they refer
    to a group, party, country or organisation when exactly one plural antecedent is in
    reach; never output for a person."""
    thing_pronouns: list[str] = Field(default_factory=list)
    """Singular non-personal subject pronouns opening a sentence ("It demanded …"): they
    continue the previous sentence's subject when that is an organisation, organ or
    country; never a person, a place or a plural."""
    personal_possessives: list[str] = Field(default_factory=list)
    """Possessives that only a person owns ("his", "her"; not German "sein", which is
    also neuter): the noun after one is of the person named last before it."""
    possessives_m: list[str] = Field(default_factory=list)
    possessives_f: list[str] = Field(default_factory=list)
    """Possessive determiners of one gender ("his", "seine"; "her"): resolved like a
    subject pronoun, they carry a person across a sentence that names no one ("His
    remarks came … . He said …"); links of a chain, not output as mentions."""
    """Object pronouns ("ihn", "ihm", "him", "her"): never the subject of their own
    clause ("Putin lobte ihn" is someone else)."""
    plural_verbs: list[str] = Field(default_factory=list)
    """German "sie" next to a plural verb ("sie sind", "-en") means "they": not linked."""
    speech_verbs: list[str] = Field(default_factory=list)
    """Lemmas of verbs of saying and opining: a personal pronoun as their subject names a
    person even when none stands in its own or the previous sentence ("…", sagte er)."""
    first_names: list[str] = Field(default_factory=list)
    female_first_names: list[str] = Field(default_factory=list)
    """Given names borne by women: a new person named with one is "she"/"sie" ("Maria
    Ndlovu … when she appeared"); "she" takes up only a person known to be a woman."""
    """Common given names: a capitalised word pair starting with one is a person."""
    not_names: list[str] = Field(default_factory=list)
    """Capitalised words that start sentences or headings but are no names."""
    crowd_quantities: list[str] = Field(default_factory=list)
    """Regular expressions of the size of a crowd ("Tausende", "Zehntausende", "thousands
    of", "\\d[\\d.,]*"), right before a crowd noun."""
    crowd_nouns: list[str] = Field(default_factory=list)
    """Nouns of people in general ("Menschen", "people"): with a crowd quantity and a
    crowd verb they name civilians ("Tausende Menschen gingen auf die Straße")."""
    crowd_bare: list[str] = Field(default_factory=list)
    """Crowd quantities that name people by themselves as a verb's subject ("Tausende
    protestierten", "thousands rallied")."""
    ethnic_markers: list[str] = Field(default_factory=list)
    """Words before a demonym that make it an ethnic group ("ethnic Albanians",
    "ethnische Albaner"): PLOVER codes it to the state it lives in, named by a locative
    phrase after it ("in Serbia"), not to the demonym's country; a civilian group with no
    such phrase lives in the state the story is about (`ethnic`)."""
    mission_nouns: list[str] = Field(default_factory=list)
    """Nouns of a state's mission abroad ("Botschaft", "embassy", "consulate"): a bare home
    organ beside one is the host state's; negotiators and delegations are not missions."""
    crowd_destinations: list[str] = Field(default_factory=list)
    """Prepositions of direction ("nach", "Richtung", "to"): a country after one is where
    a crowd goes, not whose people it is ("flohen in Richtung der Grenze zu Burundi")."""
    crowd_verbs: list[str] = Field(default_factory=list)
    """Lemmas of verbs by which crowds protest or flee or are arrested ("demonstrieren",
    "flee", "festnehmen", "detain")."""
    crowd_phrases: list[str] = Field(default_factory=list)
    """Phrases by which crowds protest or are arrested ("auf die Straße", "took to the
    streets", "into custody")."""
    region_titles: list[str] = Field(default_factory=list)
    """Abbreviated titles of a state's officials ("Gov.", "Sen."): a region spelt like a
    country before one is the region ("Georgia Gov. Brian Kemp" USA)."""
    honorifics_f: list[str] = Field(default_factory=list)
    """Feminine honorifics ("Frau", "Lady", "Mrs"): before the surname of a man named in
    full they name a relative ("Lady Starmer")."""
    honorifics_m: list[str] = Field(default_factory=list)
    """Masculine honorifics ("Herr", "Sir", "Mr")."""
    media_nouns: list[str] = Field(default_factory=list)
    """Common nouns of a news medium ("newspaper", "Zeitung", "Sender"): a journalist role
    noun of one ("the newspaper's editor", "der Chefredakteur der Zeitung") is a person of
    that medium (MED), not a journalist of no outlet."""
    media_links: list[str] = Field(default_factory=list)
    """Words between a journalist role noun and its medium ("of the", "der")."""
    relational_roles: list[str] = Field(default_factory=list)
    """Stems of role nouns that name someone serving another person ("Sprecher",
    "spokes", "adviser"): such a noun refers back only to a person once named with it."""
    post_links: list[str] = Field(default_factory=list)
    """Words placing a post between a title and its place ("Botschafter Kenias in
    Berlin, X", "ambassador to Washington, X")."""
    article_prepositions: list[str] = Field(default_factory=list)
    """Prepositions fused with an article ("im", "zum"): a noun after one is a common
    noun ("im Sommer"), not a surname of the same form."""
    located_links: list[str] = Field(default_factory=list)
    """Prepositions of place after an organ noun ("die Behörden in Chartum", "roasters in
    the United States"): the one place after them gives the noun its country."""
    hostile_prepositions: list[str] = Field(default_factory=list)
    """Prepositions setting civilians against the clause's subject ("Terror gegen die
    Zivilbevölkerung", "violence against civilians"): they are not its people."""
    foreign_words: list[str] = Field(default_factory=list)
    """Adjectives saying a group of private people or firms is from abroad
    ("ausländische Investoren", "foreign companies"): not the story country's, and of no
    country the text names; no actor."""
    captive_nouns: list[str] = Field(default_factory=list)
    """Nouns for people held by a side ("hostages", "Geiseln"): never the captor's own;
    the other side named around them, if one."""
    compass_short: list[str] = Field(default_factory=list)
    """Compass words that stand for a country named with them ("the North" after "North
    Korea", "the South" after "South Sudan"): that country when the text names exactly
    one country so named."""
    event_heads: list[str] = Field(default_factory=list)
    """Nouns right after a name that make it the name of an event, not of an actor ("the
    Freedom Shield exercise", "die Zapad-Übung"); matched in any letter case."""
    time_zones: list[str] = Field(default_factory=list)
    """Time-zone abbreviations ("GMT", "MEZ"): never an organisation's acronym."""
    designations: list[str] = Field(default_factory=list)
    """Regular expressions for type designations of aircraft, weapons and vehicles
    ("VH-92A", "Su-25", "S-400"): a whole name matching one is never an organisation."""
    place_words: list[str] = Field(default_factory=list)
    """First words of multi-word place names ("New York", "Bad Ems"): no person."""
    place_heads: list[str] = Field(default_factory=list)
    """Last words of names of places and buildings ("Bercy Arena"): no person."""
    feature_heads: list[str] = Field(default_factory=list)
    """Geographic features named after a country ("the Taiwan Strait", "the Korea
    Strait"): the country's name before one is part of a place name, no actor."""
    credit_cues: list[str] = Field(default_factory=list)
    """Paragraph openings of credit lines ("Reporting by"): no actor mentions there."""
    possessives: list[str] = Field(default_factory=list)
    """Possessive determiners ("seine Soldaten", "its army"): a bare organ or role after
    one belongs to the nearest actor before it in the sentence."""
    media_heads: list[str] = Field(default_factory=list)
    """Last words of newspaper names after a place ("Tehran Times", "Kyiv Independent")."""
    home_domains: dict[str, str] = Field(default_factory=dict)
    """Top-level domain -> country whose "Bundes-" organs an article means (at -> AUT)."""
    home_default: str | None = None
    title_postpositives: list[str] = Field(default_factory=list)
    """English role words that follow the noun of a longer title ("undersecretary
    general", "director general"): after a common noun they are no role of their own."""
    legal_forms: list[str] = Field(default_factory=list)
    """Legal-form words that end a company's name ("AG", "GmbH", "Inc.", "plc",
    "Holding"): a name ending in one is a business organisation even where NER misses it."""
    company_cues: list[str] = Field(default_factory=list)
    """Phrases right before a name that make it a traded company ("shares in",
    "a stake in", "Aktien von"), whatever NER tagged it."""
    demonym_sector: str | None = None
    """The sector of a people noun ("die Briten", "30 Briten", "three Americans", "an
    Israeli said"): a country's nationals are its civilians, not its state."""
    _demonym_sector = field_validator("demonym_sector")(_check_sector)
    place_sectors: list[str] = Field(default_factory=list)
    vessel_words: list[str] = Field(default_factory=list)
    """Ship prefixes and nouns ("USS", "Fregatte", "aircraft carrier"): a name right after
    one is a ship's ("USS Gerald R. Ford"), no actor."""
    crewed_craft: list[str] = Field(default_factory=list)
    """English crewed warcraft among organs.yaml military nouns ("destroyer",
    "warplanes"): right after a named force ("U.S. Navy") they add no mention."""
    sport_words: list[str] = Field(default_factory=list)
    """Words that tell of sport only ("Bundesliga", "Torwart", "striker"): in their
    sentence a capital or a Land acting is a club, no government."""
    sport_score: str | None = None
    """A regular expression of a match score ("3:1"), with the same effect."""
    stateless_peoples: list[str] = Field(default_factory=list)
    """Adjectives (German: stems, inflected like country adjectives) of peoples with no
    state of their own ("kurdisch", "Kurdish", "Uyghur"): they give a group noun no
    country (see organs.yaml `people_organ`)."""
    """Sectors of bare groups that belong where they act (civilians, rebels: "In Tiflis
    gingen Demonstranten auf die Straße", "Im Osten des Kongo griffen Rebellen an"): with
    no country word of their own they take the one country of their sentence's places.
    The demonym sector always does."""
    stative_verbs: list[str] = Field(default_factory=list)
    """Lemmas of verbs whose subject does not act ("liegen", "grenzen"): a governed region
    as their subject stays a place."""
    second_person: list[str] = Field(default_factory=list)
    """Second-person possessives ("your troops", "deine Regierung"): a bare noun after one
    is the reader's, of no country we can tell."""
    generic_nouns: list[str] = Field(default_factory=list)
    """English organ nouns that name the institution in general when they stand without
    a determiner ("the glue of government"): no actor then."""
    spatial: list[str] = Field(default_factory=list)
    """Prepositions of position ("vor dem Weißen Haus", "outside the Kremlin"): with the
    locative words they make a seat of power the building, a place, not its government."""
    seat_links: list[str] = Field(default_factory=list)
    """Words between a role noun and a seat of power it serves ("a spokesman for
    Downing Street"): the seat's country qualifies the role."""
    source_prepositions: list[str] = Field(default_factory=list)
    """Prepositions of origin ("Druck aus dem Kanzleramt", "a statement from the Kremlin"):
    what comes from a seat of power comes from its government, not from the building."""
    seat_suffixes: list[str] = Field(default_factory=list)
    """Endings that make a place an organisation's seat ("a Belgrade-based rights group",
    "a London-headquartered bank"): the organisation is of the place's country."""
    seat_apposition_articles: list[str] = Field(default_factory=list)
    """Articles after the comma between an organisation's new name and a seated noun that
    describes it ("the Humanitarian Law Center, a Belgrade-based rights group")."""
    voice_nouns: list[str] = Field(default_factory=list)
    """Nouns of reaction or speech: a capital after one and a preposition of origin is
    its government speaking ("condemnation from Belgrade", "Kritik aus Moskau"); German
    compounds ending in one count ("Regierungskritik aus Moskau")."""
    addressee_prepositions: list[str] = Field(default_factory=list)
    """Prepositions that may name a state as the one a gift, message or attitude goes to
    ("donated two boats to Ghana", "policy toward Minsk"), when their head is one of
    `addressee_heads`; otherwise they place ("flew to Minsk")."""
    addressee_heads: list[str] = Field(default_factory=list)
    """Lemmas of verbs of giving and telling, adjectives and nouns of attitude whose
    complement after an addressee preposition is a party, not a destination ("conveyed
    its concerns to China", "grateful to Japan", "policy toward Minsk")."""
    building_nouns: list[str] = Field(default_factory=list)
    """Parts and works of a building ("der Rasen des Weißen Hauses", "the White House
    lawn"): a seat of power they belong to is the building, a place."""
    place_modifiers: list[str] = Field(default_factory=list)
    """Words between a locative preposition and a place name that keep it a place ("im
    Nachbarland Polen", "in der Hauptstadt Kiew", "in east London", "in the city of …")."""
    masculine_nominative: list[str] = Field(default_factory=list)
    """German determiners that mark a masculine singular subject ("der", "dieser"):
    a later "er" in the sentence may be that thing ("Der Weg …, aber er ist möglich")."""
    region_nouns: list[str] = Field(default_factory=list)
    """Nouns for a region (also among `place_modifiers`): a name right after one is the
    territory, a place, with or without a preposition ("die armenisch besiedelte Region
    Bergkarabach", "the breakaway region of Transnistria"); so is a capital named in
    apposition to the noun "capital" ("die ukrainische Hauptstadt Kiew", "the Haitian
    capital, Port-au-Prince"): the city, not its government."""
    compass_words: list[str] = Field(default_factory=list)
    """Lower-case compass words before a capital that make it a part of the city, a
    place ("north London", "east Jerusalem")."""
    continent_names: list[str] = Field(default_factory=list)
    """Continents and world regions whose name holds a country's ("South America",
    "Südamerika"): the country's name inside them names no country at all."""
    area_nouns: list[str] = Field(default_factory=list)
    """Nouns of a part or edge of a territory ("Grenze", "Osten", "border", "east"), and
    German compass adverbs ("westlich"): followed by an area link, the name after them is
    a place ("an der Grenze zu Deutschland", "im Osten der Demokratischen Republik
    Kongo", "westlich von Berlin", "the border with Russia")."""
    area_links: list[str] = Field(default_factory=list)
    """Words joining an area noun to the territory it belongs to ("zu", "der", "of",
    "with")."""
    plural_determiners: list[str] = Field(default_factory=list)
    """Determiners of the plural ("beide", "alle", "both"): a role noun after one names
    several people, never one office holder."""
    dual_determiners: list[str] = Field(default_factory=list)
    """Determiners of a pair ("beide", "die beiden", "both", "the two"): an organ noun
    after one, in a passage naming two or more countries, is the organs of both ("Beide
    Regierungen", "the two governments"), no one country's."""
    several_states: list[str] = Field(default_factory=list)
    """Phrases for several states ("beider Länder", "der drei Länder", "in both
    countries") within two lower-case words after an organ noun: the organs of all of
    them ("voters in both countries"), no one country's."""
    list_connectors: list[str] = Field(default_factory=list)
    """Conjunctions that continue a list of places ("in Afghanistan, Mali oder …")."""
    national_body_heads: dict[str, str] = Field(default_factory=dict)
    """Head nouns of a national body's name and its sector: a capitalised name that opens
    with a country ("Kenya National Commission on Human Rights") or ends with "of" and a
    country ("Electoral Commission of Kenya") is that country's own body, not the KB
    organisation its head noun alone may name (the EU's "Commission"). A new
    organisation's name with such a head takes its sector ("Federal Office for
    Information Security" GOV, "Xerces Society" NGO)."""
    channel_names: list[str] = Field(default_factory=list)
    """Platforms a message is posted on ("Facebook", "X", "Telegram"): after one of the
    `channel_prepositions` ("schrieb auf Facebook", "wrote on X") the channel, no actor."""
    channel_prepositions: list[str] = Field(default_factory=list)
    place_relatives: list[str] = Field(default_factory=list)
    """Relative adverbs of place ("wo", "where"): a relative clause after a place is set
    there ("in der Provinz Aceh, wo es zu Gefechten zwischen Rebellen und der Armee kam":
    Indonesia's army), as a place opening the sentence sets its bare nouns."""
    organisation_name_heads: list[str] = Field(default_factory=list)
    """German: head words of organisation names, English ("Congress", "Union") and German
    ("Verband", "Rat", also as the end of a compound: "Gewerkschaftsbund"). A name of two
    or more capitalised words headed by one (its last word, or the word before an "of":
    "Zimbabwe Congress of Trade Unions") is one organisation whatever NER tagged it
    ("Nigeria Labour Congress" as a person); a country name opening it (in German or
    English: "Kenya National Union of Teachers") gives its country."""
    case_citation_markers: list[str] = Field(default_factory=list)
    """Words joining the parties of a court case's name ("Grants Pass v. Johnson"): the
    names are a case cited, no actors."""
    organ_name_links: list[str] = Field(default_factory=list)
    """Prepositions that join a state organ noun to the capitalised field it is named
    for: "das Eidgenössische Departement für Wirtschaft, Bildung und Forschung",
    "Staatssekretariat für Wirtschaft" are one organ's name, one mention."""
    name_connectors: list[str] = Field(default_factory=list)
    """Lower-case words inside a capitalised organisation name ("on", "of", "for")."""
    backing_prepositions: list[str] = Field(default_factory=list)
    """Prepositions of a group named after the person it backs ("Lawyers for Biden",
    German also for an English name quoted: „Ärzte für Trump“, „Lawyers for Trump“)."""
    head_articles: list[str] = Field(default_factory=list)
    """Articles before an organisation head noun that introduces its name ("die
    Gewerkschaft Verdi", "the think tank Bruegel"); matched in any letter case."""
    portfolio_heads: list[str] = Field(default_factory=list)
    """Ministry nouns whose complement names their portfolio ("die Ministerien der Justiz
    und Familie", "the Ministry of Justice"): an organ noun in that complement is the
    portfolio, no actor of its own. Read with `genitive_links` and `portfolio_links`."""
    portfolio_links: list[str] = Field(default_factory=list)
    anonymous_sources: list[str] = Field(default_factory=list)
    """Bare plural nouns for unnamed officials of no stated state ("officials",
    "diplomats", "Diplomaten"): with no determiner, attribute or country word, as the
    subject of a verb of saying ("No one was harmed, officials said", "Diplomats
    caution that …") or after `among_prepositions` ("gilt unter Diplomaten als …")
    they attribute a statement and fill no event role."""
    among_prepositions: list[str] = Field(default_factory=list)
    """Prepositions of a group whose view is reported ("unter Diplomaten", "among
    diplomats")."""
    thing_heads: list[str] = Field(default_factory=list)
    """Lemmas of nouns for goods, trade, money, data and territory: a name modifying one
    ("EU dairy imports", "Danone shares", "a Reuters survey", "Japan's exclusive economic
    zone") names no actor there. Event nouns ("U.S. sanctions") are not listed: their
    modifier is the event's actor."""
    title_determiners: list[str] = Field(default_factory=list)
    """Definite articles and contractions before a title noun and up to two attributes
    ("der Minister", "beim neuen Präsidenten", "the minister"): the title refers back to
    someone named with it; matched in any letter case."""
    role_complement_links: list[str] = Field(default_factory=list)
    """Words that open a title's complement before a comma and the name it introduces
    ("Der Landrat des Kreises Ahrweiler, Jürgen Pföhler", "the head of the agency,
    …")."""
    partitive_prepositions: list[str] = Field(default_factory=list)
    """Prepositions of a quantity ("hundreds of farmers", "Hunderte von Landwirten"): the
    group after them stands where the quantity does."""
    quantity_nouns: list[str] = Field(default_factory=list)
    """Nouns of a number of people ("Hunderte", "thousands") before a partitive
    preposition."""
    organisation_links: list[str] = Field(default_factory=list)
    """Words between a role or group noun and the organisation it serves or belongs to
    ("Soldaten der ruandischen Armee", "ein Sprecher der Polizei", "soldiers from the
    Rwandan army", "a spokesman for the ministry"): the noun with no country of its own
    takes the organisation's; a spokesperson or member noun its sector too."""
    veteran_words: list[str] = Field(default_factory=list)
    """Attributes that put soldiers or police officers out of service ("ehemalige
    Soldaten", "altgediente Soldaten", "retired officers"): veterans act as civilians,
    not as their former force, and are no actor of it."""
    country_nouns: list[str] = Field(default_factory=list)
    """Nouns that refer back to a country named before ("das Land", "the country") after
    a definite article or possessive: the country named last in their sentence or the
    one before ("Moldova's constitution declares the country neutral"), with a possessive
    the country of the sentence's person ("Paschinjan wirft Russland vor, sein Land im
    Stich gelassen zu haben" ARM). Not in a genitive ("der Luftraum des Landes", "the
    north of the country") or after a locative or motion word (`place_verbs`)."""
    ethnic_forms: list[str] = Field(default_factory=list)
    """Demonym forms that name an ethnic group rather than a state's citizens ("Serb
    protesters" beside the state's "Serbian"): as `ethnic_markers` (`ethnic`)."""
    country_kind_words: list[str] = Field(default_factory=list)
    """Words for the kind or region of a country that may stand between the article and
    a country noun ("the island nation", "the mountain kingdom's", "the Pacific nation"):
    the phrase refers back as the bare noun does and is one mention."""
    local_government_nouns: list[str] = Field(default_factory=list)
    """Nouns for a sub-national unit ("die Stadt", "der Freistaat", "the city", "the
    state"): after a definite article, as the subject of a verb that acts ("the city
    announced", "Der Freistaat werde … helfen"), its government, GOV of the story's
    country (a country noun that refers back to a country named just before stays that
    country)."""
    federal_unit_nouns: dict[str, list[str]] = Field(default_factory=dict)
    """Local-government nouns that name a unit of some federations only, with those
    countries (German "das Land" is a Land of Germany or Austria): in a story set
    elsewhere the noun is the country itself ("dass das Land nicht mehr im Schatten
    Moskaus stehe" in a story on Kazakhstan)."""
    neighbour_nouns: list[str] = Field(default_factory=list)
    """Nouns for a neighbouring country ("dem Nachbarland", "its neighbour"): the
    country named last before that is neither the clause subject's nor the possessor's
    ("Dem Nachbarland warf Alijew vor" ARM after "Armenien müsse …"), else the one other
    country the story names most before it; an adjective may stand before the noun
    ("its larger neighbour", "dem östlichen Nachbarland")."""
    genitive_words: list[str] = Field(default_factory=list)
    """The article or preposition of a genitive ("des Landes", "of the country"): a country
    noun after it is part of a phrase, no actor."""
    place_verbs: list[str] = Field(default_factory=list)
    """Verbs of moving in or out after which a country noun is a place ("to leave the
    country", "das Land verlassen" is not covered: German puts the verb last)."""
    example_markers: list[str] = Field(default_factory=list)
    """Words before a name given as an example ("Billigflieger wie Ryanair", "rivals
    such as Ryanair"): the example is no antecedent of a later back-reference ("der
    Konzern" is the topic company, not Ryanair)."""
    venue_prepositions: list[str] = Field(default_factory=list)
    """Prepositions (with their article) that make a bare organ the place where something
    happens, not an actor ("Im Landtag sorgt der Einsatz für Streit", "am
    Bundesgerichtshof vorgeführt", "vor dem Arbeitsgericht gescheitert"); an organ with a
    country word of its own stays one ("im schwedischen Justizministerium")."""
    court_venue_prepositions: list[str] = Field(default_factory=list)
    """Prepositions that make a bare court the place of a hearing ("vor dem Arbeitsgericht
    gescheitert"), but leave other organs actors: a protest or a speech "vor dem
    Ministerium", "vor dem Parlament" is addressed to that body."""
    audience_sectors: list[str] = Field(default_factory=list)
    audience_verbs: list[str] = Field(default_factory=list)
    audience_prepositions: list[str] = Field(default_factory=list)
    """A role noun of an `audience_sectors` sector (journalists) that a statement is made
    to: the object of an audience verb ("told reporters") or of an audience preposition
    on one ("speaking to reporters", "sagte vor Journalisten") is the press, of no one
    country (verb lemmas)."""
    commentator_sectors: list[str] = Field(default_factory=list)
    """Sectors of people who comment on events rather than act in them (THK analysts,
    experts): a bare role noun of such a sector with no country, organisation or name
    ("Analysts said", "experts warn") is no actor; it stays open for a later link to a
    person named with it. (Journalists are not: they are shot at, arrested, expelled.)"""
    unspecific_officials: list[str] = Field(default_factory=list)
    """Bare nouns for officials of no stated state ("officials", "Beamte"): with two or
    more countries named in their sentence (or the one before) they get no country."""
    definite: list[str] = Field(default_factory=list)
    """Definite articles and contractions of the singular ("der", "zur", "the"): they
    make a generic noun refer back to something named before ("die Organisation")."""
    complements: list[str] = Field(default_factory=list)
    """Words that open a noun's own complement ("die Organisation des Gipfels", "the
    group of experts"): the noun is then described anew, no back-reference."""
    age_nouns: list[str] = Field(default_factory=list)
    """Regular expressions of nouns naming a person by their age ("der 62-Jährige", "the
    62-year-old"): a description that refers back to a person named before."""
    unnamed_person_articles: dict[Literal["f", "m", "any"], list[str]] = Field(
        default_factory=dict
    )
    """Indefinite articles that, before a person noun, bring in someone left unnamed ("Ein
    Milchbauer aus der Region rechnet vor", "a farmer said"), with the gender they give
    (`any`: none): a later "er" or "der 54-Jährige" is that person, not one named before."""
    person_plural_endings: list[str] = Field(default_factory=list)
    """Endings that make a singular person noun the plural a group noun is listed under
    ("Bauer" -> "Bauern", "farmer" -> "farmers"): an unnamed "ein Milchbauer" is a person
    when the knowledge base lists the group."""
    gendered_articles: dict[Literal["f", "m"], list[str]] = Field(default_factory=dict)
    gendered_article_ending: str | None = None
    """Definite articles that give a nominalised adjective in the nominative singular
    (its ending `gendered_article_ending`) its gender: "die 52-Jährige" f, "der
    52-Jährige" m; "der 52-Jährigen" (dative, genitive) says nothing."""
    feminine_plural_ending: str | None = None
    """The ending of a feminine plural person noun ("Ministerinnen", "Minister*innen"):
    always several people, no office holder to resolve."""
    demonym_feminine_ending: str | None = None
    """The ending of a feminine singular demonym noun ("die Estin"): with a definite
    article it refers back to a woman named before, as a masculine singular one ("der
    Franzose") does to a man. Unset: demonym nouns never refer back to a person."""
    demonym_plural_endings: list[str] = Field(default_factory=list)
    """Endings of demonym nouns that may be plural ("die Russen", "die Estinnen") unless
    they end in `demonym_feminine_ending`: they may name several people, no one person."""
    apposition_articles: list[str] = Field(default_factory=list)
    """Articles that open a role noun in apposition after a comma ("Petar Petković, the
    head of …", "…, der Leiter von …"): a two- or three-word name NER took for an
    organisation is then a person."""
    title_apposition_articles: list[str] = Field(default_factory=list)
    """Articles after the comma between a name and the title in apposition to it
    ("Anna Berg, die Leiterin der Behörde", "Tom Hale, a spokesman for …")."""
    title_apposition_joins: list[str] = Field(default_factory=list)
    """Conjunctions that join a second title inside an apposition ("…, Gründer und
    Vorsitzender der Partei", "…, founder and chairman"), optionally before one of
    `apposition_articles`."""
    org_references: dict[str, list[str]] = Field(default_factory=dict)
    """Generic nouns that, definite and singular, refer back to the organisation named
    last whose sector is listed ("die Organisation" -> the ICMPD named before, "the
    group" -> Hamas). A noun with no sectors refers to none."""

    deal_parties: dict[str, list[str]] = Field(default_factory=dict)
    """Nouns that, definite, name a party to a deal told before by the acts that make
    one that party ("der Käufer" -> the subject of "übernehmen", "kaufen"; "the buyer"
    -> of "buy", "take over"): verb lemmas, an English particle after a space."""

    @field_validator("federal_unit_nouns")
    @classmethod
    def _federal_countries(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for countries in value.values():
            for country in countries:
                _check_country(country)
        return value

    @field_validator("org_references")
    @classmethod
    def _reference_sectors(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for sectors in value.values():
            for sector in sectors:
                _check_sector(sector)
        return value

    def word_set(
        self, name: str, *, fold: bool = False, split: bool = False, rstrip: str = ""
    ) -> frozenset[str]:
        """The word list `name` as a set for lookups, built once per language and shared
        by the linker's steps: `fold` casefolds each entry, `split` takes the single
        words of multi-word entries ("of the" -> "of", "the"), `rstrip` strips these
        characters from each entry's end ("Dr." -> "Dr")."""
        key = (name, fold, split, rstrip)
        cached = self._word_sets.get(key)
        if cached is None:
            entries = getattr(self, name)
            if not isinstance(entries, list):
                raise TypeError(f"ContextWords.{name} is no word list")
            words = [w for entry in entries for w in entry.split()] if split else entries
            if fold:
                words = [w.casefold() for w in words]
            if rstrip:
                words = [w.rstrip(rstrip) for w in words]
            cached = self._word_sets[key] = frozenset(words)
        return cached


class ContextFile(Strict):
    kind: Literal["context"]
    schema_version: Literal[1]
    languages: dict[Lang, ContextWords]


# ------------------------------------------------------------------ morphology


class Inflection(Strict):
    """The forms of a word with this ending: each form is appended to the word ("Türke"
    + "n"), or, when it starts with "-", replaces the ending ("Türke", ending "e", "-in"
    -> "Türkin"); "" is the word itself. An empty ending matches any word that ends in a
    lower-case letter (not an acronym)."""

    ending: str
    forms: list[str]

    def matches(self, word: str) -> bool:
        return word.endswith(self.ending) if self.ending else word[-1:].islower()

    def apply(self, word: str) -> list[str]:
        stem = word[: len(word) - len(self.ending)]
        return [stem + form[1:] if form.startswith("-") else word + form for form in self.forms]


class Morphology(Strict):
    """The inflection a language's surface forms are generated with (German: adjectives,
    nouns, demonyms, genitives of names, city adjectives). The code applies these rules;
    the endings themselves are language knowledge and live here."""

    adjective_endings: list[str] = Field(default_factory=list)
    """Endings of an adjective stem ("türkisch" -> "türkische", "türkischen" …)."""
    capitalised_adjective_endings: list[str] = Field(default_factory=list)
    """Endings of an inflected capitalised adjective opening a name ("die Deutsche
    Umwelthilfe", "des Deutschen Gewerkschaftsbundes")."""
    noun_suffixes: list[str] = Field(default_factory=list)
    """Endings every role or organ noun may take ("Präsident" -> "Präsidenten")."""
    noun_rules: list[Inflection] = Field(default_factory=list)
    """Extra forms of a noun by its ending, the first matching rule only (feminine
    forms: "Minister" -> "Ministerin", "Beauftragte" -> "Beauftragtin")."""
    adjectival_nouns: list[Inflection] = Field(default_factory=list)
    """Nominalised adjectives and participles inflect like adjectives ("ein Abgeordneter",
    "der Abgeordnete", "des Abgeordneten"); "Richter" or "Minister" do not."""
    demonym_rules: list[Inflection] = Field(default_factory=list)
    """Forms of a demonym by its ending, the first matching rule only ("Türke" ->
    "Türken", "Türkin"; "Israeli" -> "Israelis")."""
    adjective_demonyms: list[Inflection] = Field(default_factory=list)
    """Demonyms of a country that lists none, made from its adjective stem by ending, the
    first matching rule only ("liberianisch" -> "Liberianer", "kongolesisch" ->
    "Kongolese"); a wrong guess is harmless only if it is no other word, so the country
    lists its demonym where the rule would make a common noun ("malisch" -> "Malier")."""
    feminine_endings: list[str] = Field(default_factory=list)
    """Endings that make a person noun feminine ("Präsidentin", "Ministerinnen")."""
    genitive: str | None = None
    """The written genitive ending of a proper name ("Putins"), if the language has one."""
    sibilant_endings: list[str] = Field(default_factory=list)
    """Names with these endings take `sibilant_genitive` instead ("Paris'", "Lutz'")."""
    sibilant_genitive: str | None = None
    city_adjective: str | None = None
    """The ending that makes a one-word place name an adjective ("Augsburger"); irregular
    ones ("Münchner") are listed with the place."""
    city_adjective_vowels: list[str] = Field(default_factory=list)
    """Names ending in a vowel form no city adjective this way…"""
    city_adjective_vowel_exceptions: list[str] = Field(default_factory=list)
    """…except those with these endings ("Moskau" -> "Moskauer")."""
    compass_prefixes: list[str] = Field(default_factory=list)
    """Prefixes that make a one-word country name its region ("Ostkongo", "Nordsyrien"):
    the country, as a place after a locative word."""
    federal_prefix: str | None = None
    """The prefix of a federal-state compound ("Bundesaußenminister")."""
    abstract_compound_heads: list[str] = Field(default_factory=list)
    """Organ nouns that as a compound's head name a kind of thing, not the organ, unless
    the first part is itself a known word ("Selbstjustiz", "Gesinnungsjustiz" are kinds
    of justice; "Militärjustiz" stays the military courts)."""
    name_adjective_ending: str | None = None
    """The ending of a capitalised adjective in a name's base form ("Russische Föderation")
    and `name_adjective_inflected` what it becomes inflected ("Russischen Föderation")."""
    name_adjective_inflected: str | None = None
    name_adjective_strong_ending: str | None = None
    """The ending of a masculine name's adjective with no article ("Internationaler
    Gerichtshof"); after an article it ends in `name_adjective_ending` or
    `name_adjective_inflected` ("der Internationale Gerichtshof", "den Internationalen
    Gerichtshof")."""
    spelling_variants: dict[str, str] = Field(default_factory=dict)
    """Letters another standard spelling of the language writes differently: every form
    is also known in that spelling (Swiss German writes ss for ß: "Aussenministerium",
    "das Weisse Haus")."""


class MorphologyFile(Strict):
    kind: Literal["morphology"]
    schema_version: Literal[1]
    languages: dict[Lang, Morphology]
