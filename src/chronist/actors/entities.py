"""Output entities and `ActorMention` records from the linker's drafts."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from chronist.actors.draft import Draft, EntityKey
from chronist.actors.kb import KnowledgeBase
from chronist.actors.mention import ActorMention
from chronist.actors.schema import Country
from chronist.document import Entity, Span

# Every kind of mention supports its entity ("israelische Kampfflugzeuge" -> Israel);
# the actor mention keeps the kind for the event coder.
ENTITY_MENTION_KINDS = frozenset(
    {"name", "metonym", "adjective", "role", "pronoun", "description", "organ", "place"}
)


# Letters Unicode does not decompose into a base letter and a mark ("Sørensen").
FOLD_LETTERS = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "ı": "i",
        "þ": "th",
        "ð": "d",
    }
)


def capital_entity(country: Country) -> tuple[str, str]:
    """The entity id and English name of a country's capital as a place."""
    capital = country.capital
    name = capital.en[0] if capital and capital.en else country.name
    return (capital.qid if capital and capital.qid else f"chronist:{slug(name)}"), name


def slug(name: str) -> str:
    ascii_name = (
        unicodedata.normalize("NFKD", name.translate(FOLD_LETTERS))
        .encode("ascii", "ignore")
        .decode()
    )
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "unnamed"


class EntityBuilder:
    def __init__(self, kb: KnowledgeBase, day: date | None) -> None:
        self.kb = kb
        self.day = day
        self.entities: dict[EntityKey, Entity] = {}

    def build(self, text: str, drafts: list[Draft]) -> tuple[list[Entity], list[ActorMention]]:
        mentions = [self._mention(text, draft) for draft in drafts]
        entities = sorted(
            (e for e in self.entities.values() if e.mentions), key=lambda e: e.mentions[0].start
        )
        return entities, mentions

    def _mention(self, text: str, draft: Draft) -> ActorMention:
        entity = self._entity(draft) if draft.entity else None
        head = draft.head or (draft.start, draft.end)
        if entity is not None and draft.kind in ENTITY_MENTION_KINDS:
            span = Span(head[0], head[1], text[head[0] : head[1]])
            if span not in entity.mentions:
                entity.mentions.append(span)
        country = draft.country or (entity.country if entity else None)
        if country and country in self.kb.countries:
            country = self.kb.actor_country(country)
        sector = draft.sector if draft.sector else (entity.sector if entity else None)
        return ActorMention(
            start=draft.start,
            end=draft.end,
            text=text[draft.start : draft.end],
            entity=entity.id if entity else None,
            name=entity.name if entity else text[head[0] : head[1]],
            type=entity.type if entity else (draft.entity_type or "GROUP"),
            country=country,
            sector=sector,
            kind=draft.kind,
            head_start=draft.head[0] if draft.head else None,
            head_end=draft.head[1] if draft.head else None,
            role=draft.role,
        )

    def _entity(self, draft: Draft) -> Entity | None:
        key = draft.entity
        if key not in self.entities:
            made = getattr(self, f"_make_{key[0]}")(key[1], draft)
            if made is None:
                return None
            self.entities[key] = made
        return self.entities[key]

    # ------------------------------------------------------------ factories

    def _make_country(self, key: str, draft: Draft) -> Entity:
        country = self.kb.countries[key]
        return Entity(
            self.kb.country_entity_id(key),
            country.name,
            "COUNTRY",
            country=self.kb.actor_country(key),
            sector=country.sector,
            attributes={"kb": "chronist"},
        )

    def _make_capital(self, key: str, draft: Draft) -> Entity:
        country = self.kb.countries[key]
        entity_id, name = capital_entity(country)
        return Entity(entity_id, name, "PLACE", country=self.kb.actor_country(key))

    def _make_place(self, key: str, draft: Draft) -> Entity:
        place = self.kb.places[key]
        names = place.en.names or place.de.names
        return Entity(
            place.qid or f"chronist:{place.id}",
            names[0] if names else place.id,
            "PLACE",
            country=self.kb.actor_country(place.country),
        )

    def _make_person(self, key: str, draft: Draft) -> Entity:
        person = self.kb.people[key]
        position = self.kb.position_on(person, self.day)
        attributes: dict = {"kb": "chronist"}
        if position is not None:
            attributes["office"] = position.role
        return Entity(
            person.id,
            person.name,
            "PERSON",
            country=position.country if position else None,
            sector=position.sector if position else None,
            attributes=attributes,
        )

    def _make_org(self, key: str, draft: Draft) -> Entity:
        org = self.kb.orgs[key]
        return Entity(
            org.id,
            org.name,
            org.type,
            country=org.country,
            sector=org.sector,
            attributes={"kb": "chronist"},
        )

    def _make_organ(self, key: str, draft: Draft) -> Entity:
        country_id, _, organ_id = key.partition(":")
        organ = self.kb.organs[organ_id]
        country = self.kb.countries[country_id]
        label = organ.nouns.en[0] if organ.nouns.en else organ.id.replace("_", " ")
        adjective = country.en.adj[0] if country.en.adj else country.name
        return Entity(
            f"chronist:{country_id.lower()}-{organ_id.replace('_', '-')}",
            f"{adjective} {label}",
            organ.type,
            country=self.kb.actor_country(country_id),
            sector=organ.sector,
        )

    def _make_new_person(self, key: str, draft: Draft) -> Entity:
        return Entity(
            f"chronist:{slug(key)}",
            key,
            "PERSON",
            country=_plover(self, draft),
            sector=draft.sector,
        )

    def _make_new_org(self, key: str, draft: Draft) -> Entity:
        return Entity(
            f"chronist:{slug(key)}", key, "ORG", country=_plover(self, draft), sector=draft.sector
        )


def _plover(builder: EntityBuilder, draft: Draft) -> str | None:
    if draft.country and draft.country in builder.kb.countries:
        return builder.kb.actor_country(draft.country)
    return draft.country
