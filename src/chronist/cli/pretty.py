"""`--format pretty`: a readable terminal view of one Document (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from chronist.document import Document

_EXCERPT = 400


def _actor(record: dict | None) -> str:
    if not record:
        return "—"
    where = "/".join(x for x in (record.get("country"), record.get("sector")) if x)
    return f"{record.get('name') or '?'}" + (f" [{where}]" if where else "")


def print_pretty(doc: Document, console: Console | None = None) -> None:
    console = console or Console()
    out = doc.to_output()
    meta = out["document"]
    console.rule(f"[bold]{meta['title'] or '(untitled)'}")
    console.print(
        f"language {meta['language']} · published {meta['published'] or 'unknown'} "
        f"({meta['published_source']}) · {meta['url'] or 'no url'}"
    )
    excerpt = doc.text[:_EXCERPT] + ("…" if len(doc.text) > _EXCERPT else "")
    console.print(excerpt, style="dim")
    if out["events"]:
        table = Table("type", "mode", "source", "target", "date", "factuality", "trigger",
                      title="Events")
        for e in out["events"]:
            table.add_row(e["type"], e["mode"] or "", _actor(e["source"]), _actor(e["target"]),
                          e["date"] or "", e["factuality"], e["trigger"].get("text", ""))
        console.print(table)
    if out["entities"]:
        table = Table("name", "type", "country", "sector", "mentions", title="Actors")
        for ent in out["entities"]:
            table.add_row(ent["name"], ent["type"], ent["country"] or "", ent["sector"] or "",
                          str(len(ent["mentions"])))
        console.print(table)
    if out["times"]:
        table = Table("text", "type", "value", title="Times")
        for t in out["times"]:
            table.add_row(t["text"], t["type"], t["value"] or "")
        console.print(table)
    if out["quotes"]:
        table = Table("speaker", "kind", "quote", title="Quotes")
        for q in out["quotes"]:
            table.add_row((q["speaker"] or {}).get("name") or "?", q["kind"], q["text"])
        console.print(table)
    if out["quantities"]:
        table = Table("text", "value", "unit", title="Figures")
        for q in out["quantities"]:
            table.add_row(q["text"], str(q["value"]), q.get("unit") or "")
        console.print(table)
