"""The per-questionnaire report: one row per detected question (CSV for Excel, JSON for scripts)."""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from matcher import atomic

if TYPE_CHECKING:
    from matcher.fill import RowResult

COLUMNS = ["file", "sheet", "row", "question", "status", "item_id", "confidence", "alternatives", "cells", "note"]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """Text a spreadsheet will not run as a formula (customer text may begin with = + - @)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def report_records(file: str, rows: Sequence[RowResult]) -> list[dict[str, object]]:
    out = []
    for r in rows:
        out.append(
            {
                "file": file,
                "sheet": r.question.sheet,
                "row": r.question.row,
                "question": r.question.text,
                "status": r.status,
                "item_id": ";".join(str(i) for i in r.match.item_ids) if r.status != "none" else "",
                "confidence": r.match.confidence,
                "alternatives": ";".join(str(c.item_id) for c in r.match.alternatives),
                "cells": " | ".join(f"{ref}={value}" for ref, value in r.cells.items()),
                "note": r.note,
            }
        )
    return out


def atomic_write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic.write_text(path, text, encoding)


def write_report_csv(path: Path, file: str, rows: Sequence[RowResult]) -> None:
    """UTF-8 with BOM so that Excel opens it with the right encoding."""
    write_records_csv(path, report_records(file, rows), COLUMNS)


def write_records_csv(path: Path, records: Iterable[dict[str, object]], columns: Sequence[str]) -> None:
    import io

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    for rec in records:
        writer.writerow({k: safe_cell(v) for k, v in rec.items()})
    atomic_write_text(Path(path), "\ufeff" + buf.getvalue())


def write_report_json(path: Path, file: str, rows: Sequence[RowResult]) -> None:
    atomic_write_text(Path(path), json.dumps(report_records(file, rows), ensure_ascii=False, indent=1) + "\n")
