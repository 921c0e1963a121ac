"""The input kind is told from content: HTML, JSON Lines or plain text."""

from __future__ import annotations

import json

import pytest

from chronist.ingest import read_articles
from chronist.ingest.detect import detect_kind

PAGE = (
    "<!DOCTYPE html><html><head><title>Talks resume</title></head><body><article>"
    + "".join(
        f"<p>On day {day} of the talks in Vienna, the foreign ministers of the two countries "
        f"discussed point {day} of the draft and agreed to meet again the next morning.</p>"
        for day in range(1, 41)
    )
    + "</article></body></html>"
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (PAGE, "html"),
        ("The ministers met in Vienna.\n\nThey agreed to talk again.", "text"),
        ('{"text": "The ministers met in Vienna."}\n{"text": "They agreed."}\n', "jsonl"),
        ("{not json at all}\nThe ministers met.", "text"),
    ],
)
def test_kind_from_content(text: str, kind: str) -> None:
    assert detect_kind(text) == kind


def test_a_jsonl_record_carrying_a_long_page_is_jsonl() -> None:
    # The first line holds a whole HTML page, far longer than the sniffed head.
    lines = [json.dumps({"html": PAGE, "url": f"https://example.org/{i}"}) for i in range(2)]
    assert len(lines[0]) > 4096
    data = ("\n".join(lines) + "\n").encode()
    assert detect_kind(data.decode()) == "jsonl"
    articles = list(read_articles(data, name="dump.jsonl"))
    assert len(articles) == 2
    assert all("Vienna" in " ".join(b.text for b in a.blocks) for a in articles)
