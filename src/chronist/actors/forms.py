"""Surface forms generated from the knowledge base's base forms.

German inflects adjectives, nouns and (in the genitive) names; the data files give base
forms and these functions produce the rest, so a reviewer checks one form per word.
"""

from __future__ import annotations

ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")
# Nominalised participles and adjectives inflect like adjectives ("der Abgeordnete",
# "ein Abgeordneter", "des Vorsitzenden"); "Richter" or "Minister" do not.
ADJECTIVAL_ENDINGS = ("ender", "neter", "amter", "andter", "ierter", "höriger", "ndeter")
# Names ending in a sibilant take no genitive -s in writing ("Paris'", "Macron"s but "Lutz'").
SIBILANT_ENDINGS = ("s", "ß", "x", "z", "ce")


def german_adjective_forms(stem: str) -> list[str]:
    """türkisch -> türkisch, türkische, türkischen, türkischer, türkisches, türkischem."""
    return [stem + ending for ending in ADJ_ENDINGS]


def german_city_adjectives(name: str) -> list[str]:
    """Augsburg -> Augsburger, Kiew -> Kiewer: the uninflected German adjective of a
    one-word place name ending in a consonant (or -au: "Moskauer"). Irregular ones
    ("Münchner") are listed in the data files."""
    if " " in name or "-" in name or not name[-1:].isalpha():
        return []
    if name[-1] in "aeiouäöüy" and not name.endswith("au"):
        return []
    return [name + "er"]


def german_name_variants(name: str, *, lower: bool = False) -> list[str]:
    """Multi-word names with a leading adjective inflect it: "Russische Föderation" ->
    "Russischen Föderation", "Vereinigte Staaten" -> "Vereinigten Staaten"."""
    words = name.split(" ")
    if len(words) < 2 or not any(w.endswith("e") and w[:1].isupper() for w in words[:-1]):
        return []
    inflected = [w + "n" if w.endswith("e") and w[:1].isupper() else w for w in words[:-1]]
    variants = [" ".join([*inflected, words[-1]])]
    # Writers often treat a state's adjective as an ordinary one: "der russischen
    # Föderation" (`lower`, for country names: "eine deutsche Bank" is no company).
    for form in (words[:-1], inflected) if lower else ():
        lower = [w[:1].lower() + w[1:] if w.endswith(("e", "en")) else w for w in form]
        variants.append(" ".join([*lower, words[-1]]))
    return variants


def genitive_forms(name: str, lang: str) -> list[str]:
    """The written genitive of a proper name: German "Putins", "Russlands"; "Paris'"."""
    if lang != "de":
        return []
    if name.endswith(SIBILANT_ENDINGS):
        return [name + "'"]
    return [name + "s"]


def german_noun_forms(noun: str) -> list[str]:
    """A German noun and its inflected and feminine forms.

    Over-generation is harmless: the extra strings are not words of other meanings
    ("Präsidents" never occurs), while missing "Präsidenten"/"Ministerin" would lose
    mentions. Multi-word nouns inflect their last word.
    """
    head, _, last = noun.rpartition(" ")
    prefix = head + " " if head else ""
    forms = {last, last + "s", last + "es", last + "n", last + "en"}
    if last.endswith("e"):
        forms |= {last[:-1] + "in", last[:-1] + "innen"}
    elif last.endswith("er") or last[-1].islower():
        forms |= {last + "in", last + "innen"}
    if last.endswith(ADJECTIVAL_ENDINGS):  # Abgeordneter -> Abgeordnete(n)
        forms |= {last[:-1], last[:-1] + "n"}
    return sorted(prefix + form for form in forms)


def german_demonym_forms(demonym: str) -> list[str]:
    """Türke -> Türke, Türken, Türkin, Türkinnen; Israeli -> Israelis."""
    forms = {demonym}
    if demonym.endswith("e"):
        forms |= {demonym + "n", demonym[:-1] + "in", demonym[:-1] + "innen"}
    elif demonym.endswith("er"):
        forms |= {demonym + "n", demonym + "in", demonym + "innen", demonym + "s"}
    elif demonym.endswith("i"):
        forms |= {demonym + "s"}
    else:
        forms |= {demonym + "en", demonym + "in", demonym + "innen"}
    return sorted(forms)


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
    return "Bundes" + noun[:1].lower() + noun[1:]
