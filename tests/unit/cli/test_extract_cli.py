from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from chronist.schema import output_errors


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "chronist", *args], input=stdin, capture_output=True, timeout=300
    )


def test_extract_cli_example_is_schema_valid(example_html: Path) -> None:
    result = run_cli("extract", str(example_html))
    assert result.returncode == 0, result.stderr.decode()
    record = json.loads(result.stdout)
    assert output_errors(record) == []
    assert record["document"]["language"] == "de"
    assert record["document"]["published"] == "2026-03-12"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        (b"<html><body><nav>Home</nav></body></html>", "no article text"),
        ("Ceci est un article en français sur la politique européenne et la Commission."
         .encode(), "French"),
    ],
)
def test_extract_cli_bad_input_one_line_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "input"
    path.write_bytes(content)
    result = run_cli("extract", str(path))
    stderr = result.stderr.decode()
    assert result.returncode != 0
    assert message in stderr
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1


def test_extract_cli_too_large(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Die Regierung hat heute getagt. " * 1_700_000)  # ~54 MB
    result = run_cli("extract", str(path))
    assert result.returncode != 0
    assert "MB" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()


def test_extract_cli_latin1_page(tmp_path: Path) -> None:
    text = "<html><head><meta charset='iso-8859-1'><title>Gespräche</title></head><body><article>"
    text += "<p>Die Außenminister beider Länder führten am Montag Gespräche über die Lage.</p>"
    text += "<p>Österreich und Ungarn vereinbarten dabei, die Grenzkontrollen zu überprüfen.</p>"
    text += "<p>Weitere Treffen sollen im Frühjahr in Budapest und Wien stattfinden.</p>"
    text += "</article></body></html>"
    path = tmp_path / "page.html"
    path.write_bytes(text.encode("latin-1"))
    result = run_cli("extract", str(path), "--date", "2026-01-05")
    assert result.returncode == 0, result.stderr.decode()
    record = json.loads(result.stdout)
    assert "Außenminister" in record["document"]["text"]


def test_extract_cli_jsonl_in_jsonl_out_keeps_going(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "Die Regierung in Wien hat am Montag neue Gespräche angekündigt.",
                    "published": "2026-02-02", "url": "https://example.org/a"}),
        "{not json",
        json.dumps({"text": "The government in London announced new talks on Monday.",
                    "published": "2026-02-03", "title": "Talks"}),
    ]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = run_cli("extract", str(path))
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["document"]["language"] for r in out] == ["de", "en"]
    assert out[0]["document"]["published_source"] == "given"
    assert out[1]["document"]["title"] == "Talks"
    assert result.returncode == 1
    assert ":2:" in result.stderr.decode()


def test_extract_cli_bad_date_is_usage_error(example_html: Path) -> None:
    result = run_cli("extract", str(example_html), "--date", "12.03.2026")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr.decode()
