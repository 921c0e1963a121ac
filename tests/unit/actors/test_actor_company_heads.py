"""Operators and providers head company names the tagger may miss ("der Netzbetreiber
Elvanto", "the internet provider Telvaro"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from linking import linker

link = linker("2026-03-01")


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("de", "Der Netzbetreiber Elvanto investiert in neue Leitungen.", "Elvanto"),
    ("de", "Der Mobilfunkanbieter Telvaro erhöht die Preise.", "Telvaro"),
    ("en", "The internet provider Telvaro raised its prices.", "Telvaro"),
])
def test_operator_or_provider_heads_a_company(stages, lang, text, name):
    doc = link(stages, text, lang)
    hits = [m for m in doc.actor_mentions if m.text.endswith(name)]
    assert hits and hits[0].sector == "BUS", [(m.text, m.sector) for m in doc.actor_mentions]
