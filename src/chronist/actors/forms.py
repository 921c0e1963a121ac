"""Surface forms generated from the knowledge base's base forms.

German inflects adjectives, nouns and (in the genitive) names; the data files give base
forms and these functions produce the rest, so a reviewer checks one form per word.
"""

from __future__ import annotations

from chronist.actors.loading import load_morphology
from chronist.actors.schema import Inflection, Morphology


def german() -> Morphology:
    """German inflection (data/actors/morphology.yaml)."""
    return load_morphology().languages["de"]


def german_adjective_forms(stem: str) -> list[str]:
    """türkisch -> türkisch, türkische, türkischen, türkischer, türkisches, türkischem."""
    return [stem + ending for ending in german().adjective_endings]


def german_city_adjectives(name: str) -> list[str]:
    """Augsburg -> Augsburger, Kiew -> Kiewer: the uninflected German adjective of a
    one-word place name ending in a consonant (or -au: "Moskauer"). Irregular ones
    ("Münchner") are listed in the data files."""
    rules = german()
    if rules.city_adjective is None or " " in name or "-" in name or not name[-1:].isalpha():
        return []
    if name.endswith(tuple(rules.city_adjective_vowels)) and not name.endswith(
        tuple(rules.city_adjective_vowel_exceptions)
    ):
        return []
    return [name + rules.city_adjective]


def _first_rule(rules: list[Inflection], word: str) -> list[str]:
    return next((rule.apply(word) for rule in rules if rule.matches(word)), [])


def german_name_variants(name: str, *, lower: bool = False, strong: bool = False) -> list[str]:
    """Multi-word names with a leading adjective inflect it: "Russische Föderation" ->
    "Russischen Föderation", "Vereinigte Staaten" -> "Vereinigten Staaten"; with `strong`
    (names of bodies, not people) also a masculine adjective written without an article:
    "Internationaler Gerichtshof" -> "Internationale Gerichtshof", "Internationalen
    Gerichtshof"."""
    rules = german()
    base, inflection = rules.name_adjective_ending, rules.name_adjective_inflected
    words = name.split(" ")
    ending = rules.name_adjective_strong_ending
    if strong and ending and base and len(words) >= 2 and words[0][:1].isupper():
        if words[0].endswith(ending) and len(words[0]) > len(ending) + 3:
            stem = words[0][: -len(ending)]
            weak = " ".join([stem + base, *words[1:]])
            return [weak, *german_name_variants(weak, lower=lower)]
    if (
        base is None
        or inflection is None
        or len(words) < 2
        or not any(w.endswith(base) and w[:1].isupper() for w in words[:-1])
    ):
        return []
    inflected = [
        w[: len(w) - len(base)] + inflection if w.endswith(base) and w[:1].isupper() else w
        for w in words[:-1]
    ]
    variants = [" ".join([*inflected, words[-1]])]
    # Writers often treat a state's adjective as an ordinary one: "der russischen
    # Föderation" (`lower`, for country names: "eine deutsche Bank" is no company).
    for form in (words[:-1], inflected) if lower else ():
        lower = [w[:1].lower() + w[1:] if w.endswith((base, inflection)) else w for w in form]
        variants.append(" ".join([*lower, words[-1]]))
    return variants


def genitive_forms(name: str, lang: str) -> list[str]:
    """The written genitive of a proper name: German "Putins", "Russlands"; "Paris'"."""
    if lang != "de":
        return []
    rules = german()
    if rules.sibilant_genitive and name.endswith(tuple(rules.sibilant_endings)):
        return [name + rules.sibilant_genitive]
    return [name + rules.genitive] if rules.genitive else []


def german_noun_forms(noun: str) -> list[str]:
    """A German noun and its inflected and feminine forms.

    Over-generation is harmless: the extra strings are not words of other meanings
    ("Präsidents" never occurs), while missing "Präsidenten"/"Ministerin" would lose
    mentions. Multi-word nouns inflect their last word.
    """
    rules = german()
    head, _, last = noun.rpartition(" ")
    prefix = head + " " if head else ""
    forms = {last + suffix for suffix in rules.noun_suffixes}
    forms |= set(_first_rule(rules.noun_rules, last))
    forms |= set(_first_rule(rules.adjectival_nouns, last))
    return sorted(prefix + form for form in forms)


def german_demonym_forms(demonym: str) -> list[str]:
    """Türke -> Türke, Türken, Türkin, Türkinnen; Israeli -> Israelis."""
    return sorted({demonym, *_first_rule(german().demonym_rules, demonym)})


def german_adjective_demonyms(stem: str) -> list[str]:
    """liberianisch -> Liberianer; costa-ricanisch -> Costa-Ricaner (each part capitalised)."""
    return [
        "-".join(part[:1].upper() + part[1:] for part in form.split("-"))
        for form in _first_rule(german().adjective_demonyms, stem)
    ]


def english_noun_forms(noun: str) -> list[str]:
    """An English noun and its plural (regular and -y -> -ies)."""
    if noun.endswith(("s", "sh", "ch", "x")):
        return [noun, noun + "es"] if not noun.endswith("s") else [noun]
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return [noun, noun[:-1] + "ies"]
    if noun.endswith("man"):
        return [noun, noun[:-3] + "men"]
    return [noun, noun + "s"]


def english_demonym_forms(demonym: str) -> list[str]:
    """Russian -> Russian, Russians; Swiss -> Swiss."""
    if demonym.endswith(("s", "sh", "ch", "ese")) or " " in demonym:
        return [demonym]
    return english_noun_forms(demonym)


def noun_forms(noun: str, lang: str) -> list[str]:
    return german_noun_forms(noun) if lang == "de" else english_noun_forms(noun)


def federal(noun: str) -> str:
    """Außenminister -> Bundesaußenminister (the German federal compound)."""
    return (german().federal_prefix or "") + noun[:1].lower() + noun[1:]
