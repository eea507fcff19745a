"""The per-questionnaire report: one row per detected question (CSV for Excel, JSON for scripts)."""
from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

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
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as f:
            f.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a report is an ordinary file
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
