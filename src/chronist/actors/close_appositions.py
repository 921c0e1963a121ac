"""A name in close apposition to a state organ noun names that organ: "die Seebehörde
MMEA", "dem niederländischen Geheimdienst AIVD", "the junta CNSP". The noun says what the
organisation the KB lacks is, and whose (its country adjective, or the country the organ
noun was resolved to): one mention, the name with the organ's country and sector."""

from __future__ import annotations

from chronist.actors.draft import STATE_SECTORS, Draft


def merge_close_appositions(text: str, drafts: list[Draft]) -> None:
    """Fold each state organ noun into the new organisation's name right after it (in
    place); call once the organ nouns have their countries."""
    ordered = sorted(drafts, key=lambda d: (d.start, -d.end))
    for organ, name in zip(ordered, ordered[1:], strict=False):
        if _close_apposition(text, organ, name):
            name.start = organ.start
            name.country = organ.country
            name.sector = organ.sector
            drafts.remove(organ)


def _close_apposition(text: str, organ: Draft, name: Draft) -> bool:
    return (
        organ.kind == "organ"
        and organ.sector in STATE_SECTORS
        and name.kind == "name"
        and name.entity is not None
        and name.entity[0] == "new_org"
        and name.country in (None, organ.country)
        and text[organ.end : name.start] == " "
    )
