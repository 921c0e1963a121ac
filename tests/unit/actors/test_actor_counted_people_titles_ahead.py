"""People named only by sex or age are actors with a number on them ("zwei junge Männer
wurden festgenommen", "police detained three Bolivian men"), a class without one
("Männer und Frauen"); a title opening a story refers ahead to its protagonist only by
an office the protagonist holds. Sentences written for these tests (issue #4)."""

from __future__ import annotations

import pytest
from linking import found, linker

link = linker(published="2025-06-12")


@pytest.mark.parametrize(("text", "lang", "surface", "country"), [
    ("WARSCHAU (dpa) - Die litauische Polizei nahm am Montag zwei junge Männer aus Vilnius "
     "fest.", "de", "Männer", "LTU"),
    ("LIMA, Peru (AP) — Police detained three Bolivian men near Lake Titicaca on Monday.",
     "en", "Bolivian men", "BOL"),
    ("RIGA (dpa) - Drei Frauen wurden nach dem Brandanschlag auf das Rathaus in Riga "
     "festgenommen.", "de", "Frauen", "LVA"),
])
def test_counted_people_are_civilians(stages, text, lang, surface, country):
    doc = link(stages, text, lang)
    mentions = [m for m in doc.actor_mentions if m.is_actor and m.text.endswith(surface)]
    assert [(m.country, m.sector) for m in mentions] == [(country, "CVL")]


@pytest.mark.parametrize(("text", "lang", "surface"), [
    ("WARSCHAU (dpa) - Männer und Frauen verdienen in Polen noch immer unterschiedlich "
     "viel.", "de", "Männer"),
    ("WARSAW (Reuters) - The survey found that women in Poland still earn less than "
     "men.", "en", "women"),
])
def test_uncounted_people_are_no_actors(stages, text, lang, surface):
    doc = link(stages, text, lang)
    assert not any(m.is_actor for m in doc.actor_mentions if m.text.endswith(surface))


@pytest.mark.parametrize(("text", "lang", "surface", "person"), [
    ("Litauen bestellt Botschafter Lettlands ein\n\nVILNIUS (dpa) - Litauen hat den "
     "Botschafter des Nachbarlandes einbestellt. Ministerpräsident Andris Kalniņš wies die "
     "Vorwürfe zurück. Kalniņš sagte, Lettland habe nichts zu verbergen.", "de",
     "Botschafter", "Kalniņš"),
])
def test_title_ahead_needs_the_protagonists_office(stages, text, lang, surface, person):
    doc = link(stages, text, lang)
    holder = {m.entity for m in found(doc, person)}
    assert holder and not any(m.entity in holder for m in found(doc, surface))
