"""Antecedents: which person a reference back (a pronoun, "der Sprecher", "die
Ex-Ministerin") takes up, by gender, sentence and salience."""

from __future__ import annotations

from chronist.actors.draft import Draft, parse_root
from chronist.actors.kb import KnowledgeBase
from chronist.actors.schema import ContextWords
from chronist.actors.story import Story, people
from chronist.actors.syntax import SUBJECT_DEPS

# A pronoun with several candidates goes to one mentioned this many times as often.
SALIENCE = 3


class Antecedents:
    def __init__(self, kb: KnowledgeBase, words: ContextWords, story: Story) -> None:
        self.kb = kb
        self.story = story
        self.female_first_names = words.word_set("female_first_names")
        self.plural_endings = tuple(words.person_plural_endings)
        self.unnamed_articles = {
            article: gender
            for gender, articles in words.unnamed_person_articles.items()
            for article in articles
        }

    def known_genders(self, drafts: list[Draft]) -> dict:
        """Genders the text gives: a feminine noun linked to the person, or their
        title ("Integrationsministerin Susanne Raab"); else a new person's given name
        borne by women ("Maria Ndlovu")."""
        genders = {}
        for draft in drafts:
            title = draft.extra.get("title")
            gender = draft.extra.get("gender") or (
                title.extra.get("gender") if title is not None else None
            )
            if draft.entity and gender:
                genders.setdefault(draft.entity, gender)
        for draft in drafts:
            if (
                draft.entity
                and draft.entity[0] == "new_person"
                and draft.kind == "name"
                and draft.entity not in genders
            ):
                given = self.story.text[draft.start : draft.end].split()[:-1]  # not the surname
                if any(word in self.female_first_names for word in given):
                    genders[draft.entity] = "f"
        return genders

    def person_before(self, drafts: list[Draft], draft: Draft) -> Draft | None:
        # German role nouns are masculine unless feminine in form; an age noun has the
        # gender of its article, if any.
        gender = draft.extra.get("gender") or (
            None if draft.extra.get("age") or self.kb.lang != "de" else "m"
        )
        sentence = self.story.sentence_start(draft.start)
        previous = self.story.sentence_start(sentence - 1) if sentence else sentence
        for start in (sentence, previous):
            end = draft.start if start == sentence else sentence
            person = self.antecedent(drafts, start, end, gender)
            if person is not None or people(drafts, start, end):
                return person
        return self.protagonist(drafts, draft.start, gender)

    def protagonist(self, drafts: list[Draft], end: int, gender: str | None) -> Draft | None:
        """The last person of a fitting gender met before `end`, when that person is
        the only candidate or the article's protagonist."""
        earlier = [d for d in people(drafts, 0, end) if self.gender(d) in allowed(gender)]
        if not earlier:
            return None
        matching = {d.entity: d for d in earlier}
        last = max(earlier, key=lambda d: d.start)
        if len(matching) == 1:
            return last
        salient = self._salient(drafts, end, matching)
        return last if salient is not None and salient.entity == last.entity else None

    def antecedent(self, drafts: list[Draft], start: int, end: int, gender: str):
        named = people(drafts, start, end)
        matching = {d.entity: d for d in named if self.gender(d) in allowed(gender)}
        if len(matching) == 1:
            return next(iter(matching.values()))
        if len(matching) > 1:
            return self._salient(drafts, end, matching) or self._only_subject(
                drafts, named, matching, end
            )
        return None

    def _only_subject(
        self, drafts: list[Draft], people: list[Draft], matching: dict, end: int
    ) -> Draft | None:
        """Of several candidates, the one that alone was a subject there and is named
        more often than each other so far: the topic going on ("…, die er braucht, um
        gegen Putin anzutreten. Nach eigenen Angaben hat er …"). Two people met once
        each ("Biden met Macron. He said …") stay open."""
        if self.story.analysis is None:
            return None
        subjects: dict = {}
        for draft in people:
            if draft.entity not in matching:
                continue
            token = parse_root(self.story.analysis, draft.start, draft.end)
            if token is None:
                continue
            while token.dep_ in ("appos", "flat", "flat:name") and token.head is not token:
                token = token.head  # "Der Oppositionelle Boris Lehmann will …"
            if token.dep_ in SUBJECT_DEPS:
                subjects.setdefault(draft.entity, draft)
        if len(subjects) != 1:
            return None
        subject = next(iter(subjects.values()))
        counts = {
            key: sum(1 for d in drafts if d.entity == key and d.start < end) for key in matching
        }
        mine = counts.pop(subject.entity)
        return subject if all(mine > other for other in counts.values()) else None

    @staticmethod
    def _salient(drafts: list[Draft], end: int, matching: dict) -> Draft | None:
        """Among several candidates, the article's protagonist: the one mentioned at
        least SALIENCE times as often as any other so far."""
        counts = {
            key: sum(1 for d in drafts if d.entity == key and d.start < end) for key in matching
        }
        ranked = sorted(counts.values(), reverse=True)
        if ranked[0] >= SALIENCE * ranked[1]:
            best = max(counts, key=counts.__getitem__)
            return matching[best]
        return None

    def unnamed_person_last(self, drafts: list[Draft], start: int, end: int, gender: str) -> bool:
        """ "Ein Milchbauer aus der Nähe rechnet vor … , sagte der 54-Jährige": a person
        brought in unnamed (an indefinite article before a person noun no mention
        covers) between `start` and `end`, after whom no one is named, is the one a
        reference of a fitting gender at `end` takes up; no named person is."""
        analysis = self.story.analysis
        if analysis is None or not self.unnamed_articles:
            return False
        span = analysis.char_span(start, end, alignment_mode="contract")
        last = None
        for token in span if span is not None else ():
            if self._unnamed_person(token, drafts, gender):
                last = token.idx
        return last is not None and not people(drafts, last, end)

    def _unnamed_person(self, token, drafts: list[Draft], gender: str) -> bool:
        if token.pos_ != "NOUN" or token.morph.get("Number") == ["Plur"]:
            return False
        article = next(
            (c.text for c in token.children if c.i < token.i and c.text in self.unnamed_articles),
            None,
        )
        if article is None:
            return False
        own = self.unnamed_articles[article]
        if own != "any" and own not in allowed(gender):
            return False
        if any(
            d.start <= token.idx < d.end and (d.kind == "role" or d.entity is not None)
            for d in drafts
        ):
            # "ein Sprecher des Ministeriums": a role a pronoun may take up; "Connolly, a
            # former mayor": an apposition describing someone named
            return False
        return self._person_noun(token.text)

    def _person_noun(self, word: str) -> bool:
        """A role noun or a noun of a group of people ("Bauer", "Soldat"), or a compound
        headed by one ("Milchbauer")."""
        for cut in range(len(word) - 3 if self.kb.lang == "de" else 1):
            if cut and word[cut - 1] != "-" and not word[cut - 1].islower():
                continue
            part = word[cut : cut + 1].upper() + word[cut + 1 :] if cut else word
            # group nouns are listed in the plural ("Bauern", "Landwirte", "farmers")
            for form in (part, *(part + ending for ending in self.plural_endings)):
                if any(self._person_target(t) for t in self.kb.gazetteer.lookup(form)):
                    return True
        return False

    def _person_target(self, target) -> bool:
        return target.kind == "role" or (
            target.kind == "organ" and self.kb.organs[target.key].type == "GROUP"
        )

    def gender(self, draft: Draft) -> str | None:
        if draft.entity and draft.entity[0] == "person":
            return self.kb.people[draft.entity[1]].gender
        return self.story.genders.get(draft.entity)


def allowed(gender: str | None) -> tuple:
    """ "she"/"sie" need a person known to be a woman; "he"/"er" accept unknown gender;
    a noun of no gender accepts anyone."""
    if gender is None:
        return ("f", "m", None)
    return (gender,) if gender == "f" else (gender, None)
