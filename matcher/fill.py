"""Filling one questionnaire: read it, match every question, write the answers, report.

This is the library function behind `matcher fill`; the CLI only parses options and prints.
"""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from matcher.engine import Engine
from matcher.errors import OutputError
from matcher.text import is_japanese
from matcher.types import Item, Match, QuestionRow
from matcher.workbook import vocab
from matcher.workbook.load import read_questionnaire
from matcher.workbook.reader import ReadResult, SheetReport, require_questions
from matcher.workbook.writer import write_cells


@dataclass
class FillOptions:
    overwrite: bool = False  # replace answers already in the customer's cells
    force: bool = False  # replace existing output files


@dataclass
class RowResult:
    """One question: what the engine said, what was finally decided, and what was written."""

    question: QuestionRow
    match: Match
    status: str  # the engine's status, lowered to review when the answer cannot be written safely
    cells: dict[str, str] = field(default_factory=dict)  # ref -> value written
    note: str = ""


@dataclass
class FillResult:
    source: Path
    filled: Path
    report: Path
    rows: list[RowResult]
    sheets: list[SheetReport]
    seconds: float = 0.0

    @property
    def counts(self) -> Counter[str]:
        return Counter(r.status for r in self.rows)

    def summary(self) -> str:
        c = self.counts
        return (
            f"{len(self.rows)} questions: {c['auto']} auto, {c['review']} review, {c['none']} none"
            f" ({sum(len(r.cells) for r in self.rows)} cells written)"
        )


def output_paths(src: Path, out: Path | None) -> tuple[Path, Path]:
    """(filled workbook, report csv). ``out`` may be a file path or an existing folder.

    The report sits beside the filled workbook and shares its name: ``X.filled.xlsx`` →
    ``X.report.csv``; ``-o answers.xlsx`` → ``answers.report.csv``.
    """
    suffix = src.suffix.lower() if src.suffix.lower() in (".xlsx", ".xlsm") else ".xlsx"
    if out is None:
        filled = src.with_name(f"{src.stem}.filled{suffix}")
    elif out.is_dir():
        filled = out / f"{src.stem}.filled{suffix}"
    else:
        filled = out
    stem = filled.stem.removesuffix(".filled")
    return filled, filled.with_name(f"{stem}.report.csv")


def plan_row(q: QuestionRow, match: Match, items: Mapping[int, Item], overwrite: bool) -> RowResult:
    """Decide what to write for one question. Only ``auto`` rows are written."""
    result = RowResult(q, match, match.status)
    if match.status != "auto":
        return result
    chosen = [items[i] for i in match.item_ids]
    marks = {it.mark for it in chosen}
    if len(marks) != 1:
        result.status, result.note = "review", "the matched items have different marks"
        return result
    mark = marks.pop()
    answer = "\n".join(it.answer for it in chosen)
    if not q.slots:
        result.status, result.note = "review", "no answer cell found in this row"
        return result
    if not overwrite and any(s.current for s in q.slots):
        result.note = "already answered; left as it was (use --overwrite to replace)"
        return result
    japanese = is_japanese(q.text)
    cells: dict[str, str] = {}
    for slot in q.slots:
        if slot.kind == "mark":
            spelled = vocab.spell(mark, slot.vocabulary, japanese)
            if spelled is None:
                result.status = "review"
                result.note = f"{slot.ref}: the cell's list ({', '.join(slot.vocabulary)}) has no value for {mark}"
                return result
            cells[slot.ref] = spelled
        elif slot.kind == "tick":
            if slot.meaning == mark:
                cells[slot.ref] = slot.vocabulary[0] if slot.vocabulary else "○"
            elif slot.current:
                cells[slot.ref] = ""  # overwrite: clear the other tick columns
        elif slot.kind == "text":
            cells[slot.ref] = answer
        elif slot.kind == "combined":
            spelled = vocab.spell(mark, slot.vocabulary, japanese) or mark
            cells[slot.ref] = f"{spelled} {answer}"
    if not any(v for v in cells.values()):
        result.status, result.note = "review", f"no answer cell in this row can hold the mark {mark}"
        return result
    result.cells = cells
    return result


def fill_workbook(
    src: Path,
    engine: Engine,
    out: Path | None = None,
    options: FillOptions | None = None,
    reader_result: ReadResult | None = None,
) -> FillResult:
    """Fill ``src`` into a new workbook; ``src`` itself is never written."""
    from matcher.report import write_report_csv

    options = options or FillOptions()
    started = time.perf_counter()
    src = Path(src)
    filled, report = output_paths(src, out)
    if not options.force:
        existing = [p for p in (filled, report) if p.exists()]
        if existing:
            raise OutputError(f"{existing[0]} already exists (use --force to replace it)")
    if filled.resolve() == src.resolve():
        raise OutputError(f"{filled}: the output would replace the input; choose another path with -o")

    if reader_result is None:
        reader_result = read_questionnaire(src)
    require_questions(reader_result, src.name)
    questions = reader_result.rows
    matches = engine.match_many([(q.text, q.context) for q in questions])
    items = {it.id: it for it in engine.items}
    rows = [plan_row(q, m, items, options.overwrite) for q, m in zip(questions, matches)]

    edits: dict[str, dict[str, str]] = {}
    for r in rows:
        if r.cells:
            edits.setdefault(r.question.sheet, {}).update(r.cells)
    filled.parent.mkdir(parents=True, exist_ok=True)
    write_cells(src, filled, edits)
    result = FillResult(src, filled, report, rows, reader_result.sheets)
    write_report_csv(result.report, src.name, rows)
    result.seconds = time.perf_counter() - started
    return result

