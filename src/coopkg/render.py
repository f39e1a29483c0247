"""Query results as text: an aligned table for people, CSV/TSV/JSON for programs."""

from __future__ import annotations

import csv
import io
import json

from rdflib.term import Node

from coopkg.store.base import QueryResult, plain_value

RESULT_FORMATS = ("table", "records", "csv", "tsv", "json")


def cell(term: Node | None) -> str:
    return "" if term is None else str(term)


def render(result: QueryResult, fmt: str) -> str:
    if result.boolean is not None:
        return json.dumps({"boolean": result.boolean}) if fmt == "json" else \
            ("true" if result.boolean else "false")
    if result.graph is not None:
        return result.graph.serialize(format="json-ld" if fmt == "json" else "turtle")
    if fmt == "json":
        rows = [{v: plain_value(t) for v, t in zip(result.variables, row, strict=True)
                 if t is not None} for row in result.rows]
        return json.dumps(rows, indent=2, ensure_ascii=False)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow([cell(t).replace("\t", " ").replace("\n", " ") if fmt == "tsv"
                             else cell(t) for t in row])
        return buf.getvalue().rstrip("\n")
    if fmt == "records":
        return records(result.variables, [[cell(t) for t in row] for row in result.rows])
    return table(result.variables, [[cell(t) for t in row] for row in result.rows])


def records(headers: list[str], rows: list[list[str]]) -> str:
    """One block per row, one line per column: for rows too wide for a table."""
    width = max((len(h) for h in headers), default=0)
    blocks = ["\n".join(f"{h.rjust(width)}  {c}" for h, c in zip(headers, row, strict=True) if c)
              for row in rows]
    return "\n\n".join([*blocks, f"({len(rows)} row{'s' if len(rows) != 1 else ''})"])


def table(headers: list[str], rows: list[list[str]], max_width: int = 60) -> str:
    clipped = [[c if len(c) <= max_width else c[: max_width - 1] + "…" for c in row]
               for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in clipped)]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
              for r in clipped]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def catalogue(queries: list, fmt: str) -> str:
    """The stored queries for `query --list`: a table for people, JSON (with each parameter's
    type, description and whether it is required) or CSV/TSV for programs."""
    if fmt == "json":
        return json.dumps([{"name": q.name, "summary": q.summary, "description": q.description,
                            "params": [{"name": p.name, "type": p.type, "required": p.required,
                                        "description": p.description} for p in q.params]}
                           for q in queries], indent=2, ensure_ascii=False)
    headers = ["name", "summary", "params (* required)"]
    rows = [[q.name, q.summary, " ".join(p.name + ("*" if p.required else "") for p in q.params)]
            for q in queries]
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerows([headers, *rows])
        return buf.getvalue().rstrip("\n")
    if fmt == "records":
        return records(headers, rows)
    return table(headers, rows, max_width=90)
