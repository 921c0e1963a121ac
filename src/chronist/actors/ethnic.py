"""Ethnic groups named by a word of descent ("ethnic Russians", "Serb protesters",
"ethnische Russen"): private people of the state they live in, the one the story is
about, not of their kin state."""

from __future__ import annotations

import re

from chronist.actors.draft import Draft
from chronist.actors.schema import ContextWords
from chronist.actors.story import Story


class EthnicGroups:
    def __init__(self, words: ContextWords, story: Story) -> None:
        self.story = story
        self.sector = words.demonym_sector
        self.markers = words.word_set("ethnic_markers")
        self.forms = words.word_set("ethnic_forms")

    def residents(self, text: str, drafts: list[Draft]) -> None:
        """A civilian mention opening with a word of descent ("ethnische Russen", "Serb
        civilians") takes the country the story is about when that is another state
        than its kin state; in a story about no one state it keeps its own."""
        home = self.story.dominant or self.story.scene
        for draft in drafts:
            if (
                draft.sector != self.sector
                or not draft.country
                or home in (None, draft.country)
                or not self._of_descent(text, draft)
            ):
                continue
            draft.country = home
            draft.kind, draft.organ = "organ", draft.organ or "civilians"
            draft.entity = ("organ", f"{home}:{draft.organ}")

    def _of_descent(self, text: str, draft: Draft) -> bool:
        """The word right before the mention ("ethnische Russen") or the first word of a
        longer one ("Serb protesters") says descent; "Serb" alone stays the people."""
        words = re.findall(r"[\w-]+", text[draft.start : draft.end])
        before = re.search(r"([\w-]+) $", text[max(0, draft.start - 40) : draft.start])
        if before is not None and before.group(1) in self.markers:
            return True
        if len(words) < 2:
            return False
        return words[0] in self.markers or words[0] in self.forms
