"""ContextWords.word_set: the context word lists as sets, built once and shared by the
linker's steps (the steps used to copy each list into a frozenset of their own)."""

from __future__ import annotations

import pytest

from chronist.actors.schema import ContextWords


@pytest.fixture()
def words() -> ContextWords:
    return ContextWords(
        locative=["in", "nach"],
        former=["Former", "ehemalige"],
        honorifics=["Dr.", "Frau"],
        genitive_links=["des", "of the"],
        name_particles=["von"],
        pronouns_m=["er"],
        pronouns_f=["sie"],
    )


def test_word_set_is_the_list_as_a_set_built_once(words):
    found = words.word_set("locative")
    assert found == frozenset({"in", "nach"})
    assert words.word_set("locative") is found


def test_word_set_forms(words):
    assert words.word_set("former", fold=True) == frozenset({"former", "ehemalige"})
    assert words.word_set("honorifics", rstrip=".") == frozenset({"Dr", "Frau"})
    assert words.word_set("genitive_links", split=True) == frozenset({"des", "of", "the"})
    assert words.word_set("former") == frozenset({"Former", "ehemalige"})


def test_word_set_of_no_word_list(words):
    with pytest.raises(TypeError):
        words.word_set("home_domains")
    with pytest.raises(AttributeError):
        words.word_set("no_such_list")
