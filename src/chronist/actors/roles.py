"""Role nouns resolved: "der russische Präsident" to the office holder on the document's
date, "die Ministerpräsidentin" to the person named with that title, "seinem polnischen
Amtskollegen" to the other office holder, a role of several offices ("officers") to the
one its sentence speaks of; bare organs go to `chronist.actors.organs`."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from chronist.actors.draft import STATE_SECTORS, Draft, parse_root
from chronist.actors.kb import KnowledgeBase
from chronist.actors.organs import Organs
from chronist.actors.schema import ContextWords
from chronist.actors.setting import Setting
from chronist.actors.story import NEAR, PERSON_KEYS, Story, people
from chronist.actors.syntax import alternation, lower_word_before

# Dependency labels of a verb's objects (English spaCy, German TIGER): "told reporters"
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "obj", "da", "oa"})

# Sectors whose bare plural or unresolvable role nouns in a story about one country are
# that country's ("ein Armeesprecher", "Oppositionspolitiker", "rebel commanders");
# government roles ("world leaders", "advisers") are as often foreign or generic.
STORY_SECTORS = frozenset({"MIL", "COP", "SPY", "OPP", "REB"})
# Bare plural role nouns of these sectors ("ministers", "journalists"; of GOV only
# cabinet roles, not "leaders" or "officials") belong to the one country a story names,
# when it names only one.
PLURAL_STORY_SECTORS = frozenset({"GOV", "JRN"})
# Sentences further back than the one before where a possessed guest's host and
# visitor may have been named.
GUEST_REACH = 2


class Roles:
    def __init__(
        self, kb: KnowledgeBase, words: ContextWords, story: Story, setting: Setting, organs: Organs
    ) -> None:
        self.kb = kb
        self.story = story
        self.setting = setting
        self.organs = organs
        self.possessives = words.word_set("possessives")
        self.commentator_sectors = words.word_set("commentator_sectors")
        self.audience_sectors = words.word_set("audience_sectors")
        self.audience_verbs = words.word_set("audience_verbs")
        self.audience_prepositions = words.word_set("audience_prepositions")
        self.relational_roles = tuple(w.casefold() for w in words.relational_roles)
        self._definite_before = definite_before(words)
        media = alternation(sorted(words.media_nouns, key=len, reverse=True))
        links = alternation(words.media_links)
        # "the newspaper's editor" / "the editor of the paper", "der Chefredakteur der Zeitung"
        self._media_before = re.compile(rf"\b(?:{media})['’]s\s+$", re.I)
        self._media_after = re.compile(rf"\s+(?:{links})\s+(?:\w+\s+)?(?:{media})\b")

    def resolve(self, drafts: list[Draft]) -> None:
        """Each role and organ noun in text order: what came before decides."""
        last_organ: dict[str, Draft] = {}
        last_role: dict[str, Draft] = {}
        last_office: Draft | None = None
        for draft in drafts:
            if draft.kind == "organ" and draft.organ:
                self.organs.resolve(draft, last_organ)
            if draft.kind == "role" and draft.role:
                self._role(draft, last_role, last_office, self.story.day)
            elif (
                draft.role
                and draft.entity
                and draft.entity[0] in PERSON_KEYS
                and ("title" in draft.extra)
            ):
                # "Ministerpräsidentin Malu Dreyer … die Ministerpräsidentin": a later
                # bare title noun is the person named with it.
                last_role[draft.role] = draft
            if draft.role and draft.entity and self.kb.roles[draft.role].resolvable:
                last_office = draft

    def ambiguous(self, drafts: list[Draft]) -> None:
        """A role noun of several offices ("officers": the army's or the police's)
        takes the one whose sector an organ or role named last in its sentence or the
        one before has ("Police said officers were pelted", "The city's police chief
        said officers would begin"); else its first reading stays."""
        for index, draft in enumerate(drafts):
            if draft.kind != "role" or not draft.role or draft.country or draft.org:
                continue
            head = draft.head or (draft.start, draft.end)
            readings = {
                t.key: self.kb.roles[t.key].sector
                for t in self.kb.gazetteer.lookup(self.story.text[head[0] : head[1]])
                if t.kind == "role" and t.form == "noun"
            }
            if len(set(readings.values())) < 2:
                continue
            begin = self.story.sentence_start(draft.start)
            if begin > 0:
                begin = self.story.sentence_start(begin - 1)
            for other in reversed(drafts[:index]):
                if other.start < begin:
                    break
                if other.kind in ("organ", "role") and other.sector in readings.values():
                    role = next(k for k, v in readings.items() if v == other.sector)
                    draft.role, draft.sector = role, other.sector
                    break

    def media_people(self, text: str, drafts: list[Draft]) -> None:
        """ "the newspaper's editor", "the editor of the paper", "der Chefredakteur der
        Zeitung": a journalist role noun of a news medium named by a common noun is a
        person of that medium (MED)."""
        for draft in drafts:
            if draft.kind != "role" or draft.sector != "JRN" or draft.org or draft.country:
                continue
            if self._media_before.search(text[max(0, draft.start - 40) : draft.start]) or (
                self._media_after.match(text, draft.end)
            ):
                draft.sector = "MED"

    def compound_sectors(self, text: str, drafts: list[Draft]) -> None:
        """ "Oppositionspolitiker", "Regierungspolitiker": a role noun of no sector in a
        compound whose first part is a state organ or side takes that part's sector; so
        does a serving role whatever its usual sector ("Firmensprecher" BUS, not GOV)."""
        for draft in drafts:
            if draft.kind != "role" or draft.org or draft.country:
                continue
            head = draft.head or (draft.start, draft.end)
            word = text[head[0] : head[1]]
            if self._modifier_sector(text, head[0], draft):
                continue
            if draft.sector and not self._serving_compound(word):
                continue
            for cut in range(4, len(word) - 3):
                prefix = word[:cut]
                sectors = {
                    self.kb.organs[t.key].sector
                    for candidate in (prefix, prefix.removesuffix("s"))
                    for t in self.kb.gazetteer.lookup(candidate)
                    if t.kind == "organ" and t.form == "noun"
                }
                sectors.discard(None)
                if len(sectors) == 1:
                    draft.sector = sectors.pop()
                    break

    def _modifier_sector(self, text: str, head_start: int, draft: Draft) -> bool:
        """ "a company spokesman", "a union adviser", "the party leader": English writes
        the compound apart; a lower-case organ noun right before a role noun of no sector,
        or a serving one, gives the role that organ's sector (as "Firmensprecher" does)."""
        if draft.start != head_start or (
            draft.sector and relational_stem(text, self.relational_roles, draft) is None
        ):
            return False
        before = lower_word_before(text, head_start)
        if before is None:
            return False
        sectors = {
            self.kb.organs[t.key].sector
            for t in self.kb.gazetteer.lookup(before[1])
            if t.kind == "organ" and t.form == "noun"
        }
        if len(sectors) != 1 or None in sectors:
            return False
        draft.sector = sectors.pop()
        return True

    def _serving_compound(self, word: str) -> bool:
        """A compound ending in a relational role ("Firmensprecher", "Parteiberater")."""
        folded = word.casefold()
        return any(folded.endswith(r) and len(folded) > len(r) for r in self.relational_roles)

    def _audience(self, draft: Draft) -> bool:
        """ "told reporters", "speaking to reporters", "sagte vor Journalisten": the press
        a statement is made to, of no one country (context.yaml audience_*)."""
        if draft.sector not in self.audience_sectors:
            return False
        root = parse_root(self.story.analysis, draft.start, draft.end)
        if root is None:
            return False
        head = root.head
        if head.pos_ == "ADP" and head.lower_ in self.audience_prepositions:
            head = head.head
        elif root.dep_ not in OBJECT_DEPS:
            return False
        return head.pos_ in ("VERB", "AUX") and head.lemma_ in self.audience_verbs

    @staticmethod
    def _gender_fits(draft: Draft, holder) -> bool:
        wanted = draft.extra.get("gender")
        return wanted is None or holder.gender in (None, wanted)

    def _role(
        self, draft: Draft, last: dict[str, Draft], office: Draft | None, day: date | None
    ) -> None:
        if self._possessed(draft):
            return
        if draft.country is None and draft.org is None and draft.role != "counterpart":
            draft.country = self.setting.possessor_country(draft)  # "Russland und sein Präsident"
        if draft.role == "counterpart" and office is not None and draft.country:
            draft.role = office.role
        role = self.kb.roles[draft.role]
        where = draft.country or draft.org
        named = last.get(draft.role) or self._named_minister(draft, last)
        if where is None and self._names_earlier_holder(draft, named):
            # "Innenminister Roger Lewentz … der Minister", "der damalige Landrat …,
            # Jürgen Pföhler … der Ex-Landrat": the person named with this title.
            draft.country, draft.entity, draft.entity_type = (named.country, named.entity, "PERSON")
            return  # the named person stays the antecedent of the next title noun
        if where is not None:
            # "der sächsische Ministerpräsident" holds a Land's office, not the state's
            if where and role.resolvable and not draft.former and not draft.extra.get("regional"):
                place = self.kb.actor_country(where) if where in self.kb.countries else where
                holder = self.kb.holder(role.id, place, day)
                if holder is not None and self._gender_fits(draft, holder):
                    draft.entity = ("person", holder.id)
                    draft.entity_type = "PERSON"
        elif not self._audience(draft):
            self._unqualified(draft, role, named, last, day)
        if draft.entity or draft.country:
            last[draft.role] = draft
        elif draft.org is None and draft.sector in self.commentator_sectors:
            draft.sector = None  # "Analysts said", "experts warn": commentators
        elif draft.org is None and draft.extra.get("plural") and draft.sector == "GOV":
            # "traditionell gehen Präsidenten … vor", "dictators from Russia to Syria":
            # a class of office holders of no country, no actor (journalists of no
            # country stay: they are attacked, arrested, expelled)
            draft.sector = None

    def _named_minister(self, draft: Draft, last: dict[str, Draft]) -> Draft | None:
        """ "Bundeswirtschaftsministerin Katherina Reiche … der Ministerin": a bare
        "minister" takes up the minister of a portfolio named last (the definite article
        and, in German, the gender are checked by the caller)."""
        if draft.role != "minister":
            return None
        ministers = [
            other
            for role, other in last.items()
            if role != draft.role and self.kb.roles[role].cabinet and other.start < draft.start
        ]
        return max(ministers, key=lambda o: o.start) if ministers else None

    def _possessed(self, draft: Draft) -> bool:
        """ "sein Amtskollege", "seinen Gast" with no country or organisation: the other
        of two office holders named before, else (a guest) no actor. True when done."""
        role = self.kb.roles[draft.role]
        if not (draft.role == "counterpart" or role.possessed_only) or (
            draft.country is not None or draft.org is not None
        ):
            return False
        other = self._counterpart(draft)
        if other is not None:
            draft.entity, draft.country, draft.entity_type = (
                other.entity,
                self.story.draft_country(other),
                "PERSON",
            )
            return True
        if role.possessed_only:
            draft.sector = None  # "die Gäste des Festivals": no actor
            return True
        return False

    def _unqualified(
        self,
        draft: Draft,
        role,
        named: Draft | None,
        last: dict[str, Draft],
        day: date | None,
    ) -> None:
        """A role noun of no country or organisation: the holder named with it before,
        else an office of the story's place or country."""
        if role.resolvable and draft.role in last and not draft.former:
            previous = last[draft.role]
            draft.country, draft.entity = previous.country, previous.entity
        elif (
            named is not None
            and not draft.former
            and not draft.extra.get("plural")
            and named.country
            and draft.start - named.end < NEAR
            and after_definite(self._definite_before, self.story.text, draft)
        ):
            # "Moldova summoned Russia's ambassador … The ambassador was handed a note":
            # the same title with a definite article takes up the one named just before
            draft.country, draft.entity = named.country, named.entity
            draft.entity_type = named.entity_type
        elif role.local and (self.story.scene or self.story.dominant):
            # "the governor", "der Bürgermeister": an office of the place the story is
            # set in (dateline, else the one country of its places), else of its country.
            draft.country = (
                self.setting.frame_country(draft)
                or self._organ_before(draft)
                or self.story.scene
                or self.story.dominant
            )
        elif (
            not role.resolvable
            and self.story.dominant
            and (not draft.former or draft.extra.get("plural"))
            and draft.sector in STORY_SECTORS
        ):
            # "ein Armeesprecher", "drei Oppositionspolitiker" in a story about one
            # country: its army's, its opposition's.
            draft.country = (
                self.setting.frame_country(draft)
                or self._organ_before(draft)
                or self.story.dominant
            )
        elif (
            not role.resolvable
            and role.cabinet
            and (self.story.dominant or self.story.scene)
            and not draft.former
            and not draft.extra.get("plural")
            and after_definite(self._definite_before, self.story.text, draft)
        ):
            # "der Bergbauminister", "the mining minister": the one holder of a portfolio
            # with no role of its own and no country is of the cabinet of the story's
            # country, else of where it is reported from (a foreign one is named with
            # its country); "Minister beider Länder" has no article. A definite noun
            # takes up a country already introduced, by the dateline or a mention.
            country = (
                self.setting.frame_country(draft) or self.story.dominant or self.story.scene
            )
            if country == self.story.dateline or any(
                other.end <= draft.start and self.story.draft_country(other) == country
                for other in self.story.drafts
            ):
                draft.country = country
        elif (
            not role.resolvable
            and draft.extra.get("plural")  # never set on past ones ("former ministers")
            and draft.sector in PLURAL_STORY_SECTORS
            and (draft.sector != "GOV" or role.cabinet)
            and relational_stem(self.story.text, self.relational_roles, draft) is None
            and (country := self.setting.frame_country(draft) or self._only_named_country())
        ):
            # bare "ministers", "journalists", "die Minister" (offices many people hold
            # in one state) in a story whose text names one country only (by name or
            # place, not an adjective: "Israeli soldiers fired at journalists"): its
            # people; advisers ("drei Berater") serve someone and stay generic
            draft.country = country
        elif role.resolvable and self.story.dominant and not draft.former:
            country = (
                self.setting.frame_country(draft)
                or self.setting.sentence_country(draft)
                or self.story.dominant
            )
            holder = self.kb.holder(role.id, country, day)
            draft.country = country
            if holder is not None and self._gender_fits(draft, holder):
                draft.entity, draft.entity_type = ("person", holder.id), "PERSON"
        elif draft.former and not draft.extra.get("plural") and draft.sector in STATE_SECTORS:
            # "a former environment minister", "der frühere Innenminister": no holder, but
            # the office of the story's country when the text gives one (the place that
            # opens the sentence, the main country, the only country it names)
            draft.country = (
                self.setting.frame_country(draft) or self.story.dominant or self._only_country()
            )

    def _organ_before(self, draft: Draft) -> str | None:
        """ "Die litauische Polizei nahm zwei Männer fest, sagte ein Polizeisprecher",
        "Israeli troops raided the camp, an army spokesman said": a bare role noun of a
        force speaks for (or serves in) the organ of its sector named last before it in
        its sentence or the one before, not for the story's main country."""
        if draft.sector not in STORY_SECTORS:
            return None  # "the mayor" after "the Polish government": the place's office
        begin = self.story.sentence_start(draft.start)
        if begin > 0 and "\n" not in self.story.text[max(0, begin - 2) : begin]:
            begin = self.story.sentence_start(begin - 1)
        for other in reversed(self.story.drafts):
            if other.end > draft.start or other is draft:
                continue
            if other.start < begin:
                return None
            if other.kind == "organ" and other.sector == draft.sector and other.country:
                return other.country
        return None

    def _only_country(self) -> str | None:
        """The one country all the story's actors and places belong to, if there is one."""
        return self._one_country(lambda other: not other.is_organisation())

    def _only_named_country(self) -> str | None:
        """The one country the story names by name or by its places, if there is one."""
        return self._one_country(self._names_country)

    def _one_country(self, counts: Callable[[Draft], bool]) -> str | None:
        countries = {
            country
            for other in self.story.drafts
            if counts(other) and (country := self.story.draft_country(other))
        }
        return countries.pop() if len(countries) == 1 else None

    def _names_country(self, draft: Draft) -> bool:
        """A country, place or capital named by its name (not an adjective)."""
        return (
            draft.entity is not None
            and draft.entity[0] in ("country", "place", "capital")
            and any(
                t.form in ("name", "capital", "seat")
                for t in self.kb.gazetteer.lookup(self.story.text[draft.start : draft.end])
            )
        )

    def _holders(self, start: int, end: int) -> dict:
        """The state office holders named between `start` and `end`, first named first."""
        holders: dict = {}
        for other in people(self.story.drafts, start, end):
            if self.story.draft_sector(other) in STATE_SECTORS:
                holders.setdefault(other.entity, other)
        return holders

    def _counterpart(self, draft: Draft) -> Draft | None:
        """ "Paschinjan und Alijew trafen sich. Sein Amtskollege …": a possessed
        counterpart of one of exactly two office holders named in its sentence or the
        one before is the other one (the possessor, if unclear, the first named)."""
        before = re.findall(r"\w+", self.story.text[max(0, draft.start - 12) : draft.start])
        if not before or before[-1] not in self.possessives:
            return None
        sentence_start = self.story.sentence_start(draft.start)
        previous = self.story.sentence_start(sentence_start - 1) if sentence_start else 0
        holders = self._holders(previous, draft.start)
        # "Merz ist in Warschau eingetroffen. Bei einem Treffen mit Tusk … . Tusk forderte
        # seinen Gast auf": a guest's host and visitor may be named further back.
        reach = GUEST_REACH if self.kb.roles[draft.role].possessed_only else 0
        while len(holders) < 2 and reach and previous:
            previous, reach = self.story.sentence_start(previous - 1), reach - 1
            holders = self._holders(previous, draft.start)
        if len(holders) != 2:
            return None
        first, second = holders.values()
        possessor = self.setting.possessor_person(draft, before[-1])
        if possessor is None:
            # "Merz begrüßte seinen Gast": the holder named before it in its own sentence
            own = [
                o
                for o in people(self.story.drafts, sentence_start, draft.start)
                if o.entity in holders
            ]
            possessor = own[-1] if own else None
        return first if possessor is not None and possessor.entity == second.entity else second

    def _names_earlier_holder(self, draft: Draft, named: Draft | None) -> bool:
        """A definite bare title noun refers to the person named with that title earlier;
        a past one ("der Ex-Landrat") only to someone named with it as past."""
        if named is None or not (named.entity and named.entity[0] in PERSON_KEYS):
            return False
        title = named.extra.get("title")
        if draft.former and not (title is not None and title.former):
            return False
        if (
            self.kb.lang == "de"
            and title is not None
            and draft.extra.get("gender") != title.extra.get("gender")
        ):
            return False  # "Generaldirektors X … die Generaldirektorin": not X
        return after_definite(self._definite_before, self.story.text, draft)

    def relational_groups(self, drafts: list[Draft]) -> None:
        """ "Trump diskutiert mit Beratern", "Putin met his aides": people serving
        another with no country of their own serve the subject of their clause."""
        for draft in drafts:
            if draft.kind != "role" or draft.entity or draft.country:
                continue
            if relational_stem(self.story.text, self.relational_roles, draft) is None:
                continue
            country = self.setting.clause_subject_country(draft)
            if country:
                draft.country = country


def definite_before(words: ContextWords) -> re.Pattern:
    """A definite article (context.yaml title_determiners) and at most two words before
    a title noun: it refers back to something named before."""
    determiners = alternation(words.title_determiners)
    return re.compile(
        rf"(?<!\w)(?:{determiners})\s+(?:[\w-]+\s+){{0,2}}(?:[\w.]+-)?$", re.IGNORECASE
    )


def after_definite(pattern: re.Pattern, text: str, draft: Draft) -> bool:
    """Does a definite article (`definite_before`'s pattern) stand just before the draft?"""
    return bool(pattern.search(text[max(0, draft.start - 40) : draft.start]))


def relational_stem(text: str, stems: tuple[str, ...], draft: Draft) -> str | None:
    """The relational role stem ("sprecher", "aide") the draft's head noun opens with."""
    head = draft.head or (draft.start, draft.end)
    word = text[head[0] : head[1]].casefold()
    return next((r for r in stems if word.startswith(r)), None)
