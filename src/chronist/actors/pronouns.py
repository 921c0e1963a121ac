"""Pronouns: "er"/"he", "sie"/"she", "ihn"/"him", possessives and plural "sie"/"they",
each resolved to the one person or group it can take up."""

from __future__ import annotations

from chronist.actors.antecedents import Antecedents, allowed
from chronist.actors.draft import Draft
from chronist.actors.kb import KnowledgeBase
from chronist.actors.schema import ContextWords
from chronist.actors.story import PERSON_KEYS, Story, people
from chronist.actors.syntax import SUBJECT_DEPS, clause_subject_span

# Dependency labels of coordination: UD (English) and TIGER (German: "cd" the
# conjunction under the first conjunct, "cj" the next conjunct under it).
COORDINATION = frozenset({"conj", "cc", "cd", "cj"})


class Pronouns:
    def __init__(
        self, kb: KnowledgeBase, words: ContextWords, story: Story, antecedents: Antecedents
    ) -> None:
        self.kb = kb
        self.story = story
        self.antecedents = antecedents
        self.pronouns_m = words.word_set("pronouns_m")
        self.pronouns_f = words.word_set("pronouns_f")
        self.objects_m = words.word_set("object_pronouns_m")
        self.objects_f = words.word_set("object_pronouns_f")
        self.plural_verbs = words.word_set("plural_verbs")
        self.speech_verbs = words.word_set("speech_verbs")
        self.group_pronouns = words.word_set("group_pronouns")
        self.thing_pronouns = words.word_set("thing_pronouns")
        self.stative_verbs = words.word_set("stative_verbs")
        self.possessives_m = words.word_set("possessives_m")
        self.possessives_f = words.word_set("possessives_f")
        self.masculine_nominative = words.word_set("masculine_nominative")

    def find(self, text: str, analysis, drafts: list[Draft]) -> list[Draft]:
        """ "he"/"er" when exactly one matching person precedes it in the sentence (or,
        if none does, in the previous sentence)."""
        if analysis is None or not (self.pronouns_m or self.pronouns_f):
            return []
        found: list[Draft] = []
        # Possessives resolved to a person: links of the chain, not output ("His
        # remarks came a day after … . He said …").
        chain: list[Draft] = []
        self.story.genders = self.antecedents.known_genders(drafts)
        sents = list(analysis.sents)
        for index, sent in enumerate(sents):
            previous_start = sents[index - 1].start_char if index else sent.start_char
            for token in sent:
                group = self._group_pronoun(
                    token, drafts, sent.start_char, previous_start
                ) or self._thing_pronoun(token, drafts, sents[index - 1] if index else None)
                if group is not None:
                    found.append(group)
                    continue
                possessive = self._possessive_gender(token)
                gender = possessive or self._pronoun_gender(token)
                if gender is None or (gender == "f" and self._plural_pronoun(token)):
                    continue
                # Pronouns already resolved count as mentions: "er … er … Putin" keeps
                # the chain's person in view and makes a later "er" ambiguous.
                seen = drafts + found + chain
                person = self._person(token, seen, sents, index, possessive, gender)
                if person is not None:
                    (chain if possessive else found).append(_taking_up(token, person, "PERSON"))
        return found

    def _person(
        self, token, seen: list[Draft], sents: list, index: int, possessive, gender: str
    ) -> Draft | None:
        """The person a pronoun of this gender takes up: the reporting verb's subject,
        the one candidate in its sentence, else in the one before (or the speaker, or,
        after a sentence naming no one, the one before that), else an unnamed role."""
        sent = sents[index]
        previous_start = sents[index - 1].start_char if index else sent.start_char
        if self.antecedents.unnamed_person_last(seen, previous_start, token.idx, gender):
            return None  # "Ein Milchbauer rechnet vor, dass ihn …": the unnamed farmer
        if token.text in self.objects_m or token.text in self.objects_f:
            # Binding: the object is not its clause's subject, by any name
            # ("Trump … said he would meet him": "him" is not Trump).
            blocked = clause_subject_span(token)
            subjects = {d.entity for d in seen if blocked[0] <= d.start < blocked[1]}
            seen = [d for d in seen if d.entity not in subjects]
        person = self._reporter(token, seen, gender) if possessive is None else None
        person = person or self.antecedents.antecedent(seen, sent.start_char, token.idx, gender)
        if (
            person is None
            and not people(seen, sent.start_char, token.idx)
            and (not self._thing_subject(token, seen))
        ):
            person = self.antecedents.antecedent(seen, previous_start, sent.start_char, gender)
            if person is None and possessive is None and token.dep_ in SUBJECT_DEPS:
                # "Der Landrat verurteilte den Angriff. …, sagte er": the role noun just
                # met, not the protagonist further back ("der frühere Vizekanzler" is
                # someone named before, taken up below)
                person = self._unnamed_role(
                    seen, previous_start, sent.start_char, token.idx, gender, current=True
                )
            if (
                person is None
                and possessive is None
                and not people(seen, previous_start, sent.start_char)
            ):
                person = self._speaker(token, seen, previous_start, gender)
            if person is None and index > 1 and not people(seen, previous_start, sent.start_char):
                # "Merz verteidigte X. Die Zahl sei gesunken. Zugleich sagte er
                # zu, …": a sentence naming no one keeps the chain's person.
                person = self.antecedents.antecedent(
                    seen, sents[index - 2].start_char, previous_start, gender
                )
        if person is None and possessive is None and token.dep_ in SUBJECT_DEPS:
            person = self._unnamed_role(seen, previous_start, sent.start_char, token.idx, gender)
        return person

    def _unnamed_role(
        self,
        drafts: list[Draft],
        previous: int,
        start: int,
        end: int,
        gender: str,
        *,
        current: bool = False,
    ) -> Draft | None:
        """ "Ein Sprecher des Ministeriums sagte, … Er fügte hinzu": a subject pronoun
        with no person named in its sentence or the one before takes up the one
        singular role noun without a name there, its country and sector (with
        `current`, only a role noun of a present office)."""
        if people(drafts, previous, end):
            return None
        roles = [
            d
            for d in drafts
            if d.kind == "role"
            and d.entity is None
            and previous <= d.start < end
            and not d.extra.get("plural")
            and (d.country or d.sector)
            and not (current and d.former)
        ]
        if len(roles) != 1:
            return None
        role = roles[0]
        own = role.extra.get("gender") or ("m" if self.kb.lang == "de" else None)
        if own is not None and own not in allowed(gender):
            return None
        return role

    def _reporter(self, token, drafts: list[Draft], gender: str) -> Draft | None:
        """ "Trump, who met Kim, has said he would …": the subject pronoun of a clause
        reported by a verb of saying is that verb's subject when a person names it."""
        clause = token.head
        if token.dep_ not in SUBJECT_DEPS or clause.dep_ not in ("ccomp", "oc"):
            return None
        verb = clause.head
        if verb.lemma_ not in self.speech_verbs:
            return None
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and child.i < token.i:
                person = next(
                    (
                        d
                        for d in drafts
                        if d.start <= child.idx < d.end and d.entity and d.entity[0] in PERSON_KEYS
                    ),
                    None,
                )
                if person is not None and self.antecedents.gender(person) in allowed(gender):
                    return person
        return None

    def _speaker(self, token, drafts: list[Draft], end: int, gender: str) -> Draft | None:
        """ "…", sagte er: the subject pronoun of a verb of saying with no person in its
        own or the previous sentence is the last person met before, when that person is
        also the article's protagonist (or the only candidate)."""
        if token.head.lemma_ not in self.speech_verbs or token.dep_ not in (
            "sb",
            "nsubj",
            "nsubjpass",
        ):
            return None
        return self.antecedents.protagonist(drafts, end, gender)

    def _possessive_gender(self, token) -> str | None:
        if token.text in self.possessives_m:
            return "m"
        if token.text in self.possessives_f and token.tag_ in ("PRP$", "PPOSAT"):
            return "f"
        return None

    def _group_pronoun(
        self, token, drafts: list[Draft], start: int, previous_start: int
    ) -> Draft | None:
        """ "Die Rebellen zogen ab. Sie hätten …", "The protesters … they": a plural
        subject pronoun is the one group, party, country or organisation named before it
        in its sentence (or, if none is, in the previous one); two candidates, none."""
        if token.text not in self.group_pronouns or not self._plural_subject(token):
            return None
        for begin, end in ((start, token.idx), (previous_start, start)):
            candidates: dict = {}
            for draft in drafts:
                if begin <= draft.start < end and self._plural_referent(draft):
                    candidates.setdefault(draft.entity or (draft.country, draft.sector), draft)
            if len(candidates) == 1:
                referent = next(iter(candidates.values()))
                return _taking_up(token, referent, referent.entity_type or "GROUP")
            if candidates or begin == previous_start:
                return None
        return None

    def _thing_pronoun(self, token, drafts: list[Draft], previous) -> Draft | None:
        """ "Haiti's foreign ministry said … . It demanded …": a singular thing pronoun
        opening its sentence as the subject of an acting verb continues the subject of
        the sentence before when that is one organisation, organ or country (not
        "It is unclear", "It has been …": a stative verb or a passive)."""
        if (
            previous is None
            or token.text not in self.thing_pronouns
            or token.i != token.sent.start
            or token.dep_ != "nsubj"
            or token.head.pos_ != "VERB"
            or token.head.lemma_ in self.stative_verbs
        ):
            return None
        subject = next((t for t in previous.root.children if t.dep_ == "nsubj"), None)
        if subject is None or "Plur" in subject.morph.get("Number"):
            return None
        referent = next(
            (d for d in drafts if d.start <= subject.idx < d.end and self._thing(d)), None
        )
        if referent is None:
            return None
        return _taking_up(token, referent, referent.entity_type or "GROUP")

    @staticmethod
    def _thing(draft: Draft) -> bool:
        """A mention "it" can take up: an actor that is no person, place or pronoun."""
        return (
            draft.kind not in ("place", "pronoun")
            and draft.entity_type != "PERSON"
            and not (draft.entity and draft.entity[0] in PERSON_KEYS)
            and (draft.entity is not None or draft.country is not None)
            and (draft.sector is not None or draft.entity_type == "COUNTRY")
        )

    def _plural_subject(self, token) -> bool:
        """ "they" is always plural; German "sie" only next to a plural verb, and not
        as the polite "Sie" inside a sentence."""
        if token.dep_ not in ("sb", "nsubj", "nsubjpass", "nsubj:pass"):
            return False
        if self.kb.lang != "de":
            return True
        if token.text == "Sie" and token.i > token.sent.start:
            return False
        return self._plural_pronoun(token)

    def _plural_referent(self, draft: Draft) -> bool:
        """A mention a plural pronoun can take up: a group noun in the plural ("die
        Rebellen", "protesters") or, in English, an organisation's name ("Hamas said
        they …"); never a person or a place."""
        if (
            draft.kind in ("place", "pronoun")
            or (draft.entity and draft.entity[0] in PERSON_KEYS)
            or (draft.entity_type == "PERSON")
        ):
            return False
        if self.kb.lang == "en" and draft.kind == "name" and draft.is_organisation():
            return True
        span = self.story.analysis.char_span(draft.start, draft.end, alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        return (
            root is not None
            and root.pos_ in ("NOUN", "PROPN")
            and ("Plur" in root.morph.get("Number"))
            and not _coordinated(root)
        )

    def _pronoun_gender(self, token) -> str | None:
        text = token.text
        if text in self.pronouns_m or text in self.objects_m:
            return "m"
        if text in self.pronouns_f or self._opening_she(token):
            return "f"
        if text in self.objects_f and token.tag_ != "PRP$":
            return "f"  # "told her", not "her government"
        return None

    def _thing_subject(self, token, drafts: list[Draft]) -> bool:
        """German "er" after a masculine subject noun in its own sentence that is no
        actor ("Der Weg ist schwer, aber er ist möglich") refers to that thing, not to a
        person of an earlier sentence."""
        if (
            self.kb.lang != "de"
            or token.text.lower() not in self.pronouns_m
            or (token.head.lemma_ in self.speech_verbs)
        ):
            return False  # "…, sagte er": a speaker is a person
        for other in token.sent:
            if other.i >= token.i:
                return False
            if (
                other.pos_ != "NOUN"
                or other.dep_ not in SUBJECT_DEPS
                or not any(
                    child.dep_ in ("det", "nk") and child.text in self.masculine_nominative
                    for child in other.children
                )
            ):
                continue
            if not any(d.start <= other.idx < d.end for d in drafts):
                return True
        return False

    def _opening_she(self, token) -> bool:
        """German "Sie" opening a sentence as the subject of a singular verb is "she"
        ("Sie sprach von …"); the polite "Sie" and "they" take a plural verb."""
        if self.kb.lang != "de" or token.text.lower() not in self.pronouns_f:
            return False
        first = token.sent.start
        while first < token.i and token.doc[first].is_punct:
            first += 1
        return token.i == first and token.dep_ in SUBJECT_DEPS and not self._plural_pronoun(token)

    def _plural_pronoun(self, token) -> bool:
        """German "sie" is also "they": not when a verb next to it is plural."""
        if self.kb.lang != "de":
            return False
        doc = token.doc
        for neighbour in doc[max(0, token.i - 2) : token.i + 3]:
            finite = neighbour.pos_ in ("VERB", "AUX") and neighbour.tag_.endswith("FIN")
            if finite and (neighbour.text in self.plural_verbs or neighbour.text.endswith("en")):
                return True
        return False


def _coordinated(token) -> bool:
    """ "die Rebellen und die Armee": a conjunct, whose plural is the coordination's."""
    return token.dep_ in COORDINATION or any(child.dep_ in COORDINATION for child in token.children)


def _taking_up(token, referent: Draft, entity_type: str) -> Draft:
    """The pronoun `token` as a mention of what `referent` names."""
    return Draft(
        token.idx,
        token.idx + len(token.text),
        "pronoun",
        entity=referent.entity,
        country=referent.country,
        sector=referent.sector,
        entity_type=entity_type,
    )
