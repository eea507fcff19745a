"""Filling one questionnaire: read it, match every question, write the answers, report.

This is the library function behind `matcher fill`; the CLI only parses options and prints.
"""
from __future__ import annotations

import tempfile
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from matcher.engine import Engine
from matcher.errors import InputError, OutputError
from matcher.text import is_japanese
from matcher.types import Item, Match, QuestionRow
from matcher.workbook import vocab
from matcher.workbook.load import read_questionnaire, write_answers
from matcher.workbook.reader import ReadResult, SheetReport, require_questions
from matcher.workbook.crypto import encrypt_to, unlock
from matcher.workbook.writer import locked_answer_cells


@dataclass
class FillOptions:
    overwrite: bool = False  # replace answers already in the customer's cells
    force: bool = False  # replace existing output files
    password: str | None = None  # opens a password-protected workbook (and is refused for a plain one)
    encrypt_output: bool = True  # protect the filled and review workbooks with the same password
    passwords: tuple[str, ...] = ()  # batch: tried in turn on a protected workbook; a plain one needs none


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
    notes: list[str] = field(default_factory=list)  # about the whole file (an .xls converted to .xlsx)
    review: Path | None = None  # the review workbook (matcher.review), beside the report

    @property
    def counts(self) -> Counter[str]:
        return Counter(r.status for r in self.rows)

    def summary(self) -> str:
        c = self.counts
        return (
            f"{len(self.rows)} questions: {c['auto']} auto, {c['review']} review, {c['none']} none"
            f" ({sum(len(r.cells) for r in self.rows)} cells written)"
        ) + "".join(f" [{note}]" for note in self.notes)


def output_paths(src: Path, out: Path | None) -> tuple[Path, Path]:
    """(filled workbook, report csv). ``out`` may be a file path, or a folder (one that exists,
    or any path without a suffix), created when missing.

    The report sits beside the filled workbook and shares its name: ``X.filled.xlsx`` →
    ``X.report.csv``; ``-o answers.xlsx`` → ``answers.report.csv``.
    """
    suffix = src.suffix.lower() if src.suffix.lower() in (".xlsx", ".xlsm", ".csv") else ".xlsx"
    folder = out is not None and (out.is_dir() or not out.suffix)
    if out is not None and not folder and suffix == ".csv" and out.suffix.lower() != ".csv":
        raise OutputError(f"{out}: a CSV questionnaire is filled into a .csv file; name the output *.csv")
    if out is not None and not folder and src.suffix.lower() == ".xls" and out.suffix.lower() == ".xls":
        raise OutputError(f"{out}: an .xls questionnaire is filled into an .xlsx copy; name the output *.xlsx")
    if out is None:
        filled = src.with_name(f"{src.stem}.filled{suffix}")
    elif folder:
        filled = out / f"{src.stem}.filled{suffix}"
    else:
        filled = out
    stem = filled.stem.removesuffix(".filled")
    return filled, filled.with_name(f"{stem}.report.csv")


def plan_row(
    q: QuestionRow, match: Match, items: Mapping[int, Item], overwrite: bool, locked: frozenset[str] = frozenset()
) -> RowResult:
    """Decide what to write for one question. Only ``auto`` rows are written.

    ``locked`` holds the refs (on this row's sheet) of cells that sheet protection locks.
    """
    result = RowResult(q, match, match.status, note=match.note)
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
    blocked = [ref for ref in cells if ref in locked]
    if blocked:
        result.status = "review"
        result.note = f"{', '.join(blocked)}: locked by sheet protection; unlock the answer cells or fill by hand"
        return result
    result.cells = cells
    return result


def fill_workbook(
    src: Path,
    engine: Engine | Callable[[], Engine],
    out: Path | None = None,
    options: FillOptions | None = None,
    reader_result: ReadResult | None = None,
) -> FillResult:
    """Fill ``src`` into a new workbook; ``src`` itself is never written."""
    from matcher.report import write_report_csv
    from matcher.review import review_path, write_review_workbook

    options = options or FillOptions()
    started = time.perf_counter()
    src = Path(src)
    filled, report = output_paths(src, out)
    if not options.force:
        existing = [p for p in (filled, report, review_path(report)) if p.exists()]
        if existing:
            raise OutputError(f"{existing[0]} already exists (use --force to replace it)")
    if filled.resolve() == src.resolve():
        raise OutputError(f"{filled}: the output would replace the input; choose another path with -o")

    with tempfile.TemporaryDirectory(prefix="matcher-") as private:
        keys = options.passwords or ((options.password,) if options.password else ())
        work, password = unlock(src, keys, Path(private))
        if options.password and password is None:
            raise InputError(f"{src.name}: --password was given but the workbook is not password-protected")
        if reader_result is None:
            reader_result = read_questionnaire(work)
        require_questions(reader_result, src.name)
        questions = reader_result.rows
        if not isinstance(engine, Engine):
            engine = engine()  # fitted only once the input proved readable: bad files fail fast
        matches = engine.match_many([(q.text, q.context) for q in questions])
        items = {it.id: it for it in engine.items}
        locked = locked_answer_cells(work, questions)
        rows = [
            plan_row(q, m, items, options.overwrite, locked.get(q.sheet, frozenset()))
            for q, m in zip(questions, matches)
        ]
        edits: dict[str, dict[str, str]] = {}
        for r in rows:
            if r.cells:
                edits.setdefault(r.question.sheet, {}).update(r.cells)
        filled.parent.mkdir(parents=True, exist_ok=True)
        protect = password if options.encrypt_output else None
        # a protected fill is written in the private folder first: no plain copy beside the outputs
        plain = Path(private) / f"filled{filled.suffix}" if protect else filled
        notes = write_answers(work, plain, edits)  # .csv and .xls are routed by their format
        if protect:
            encrypt_to(plain, filled, protect)
    result = FillResult(src, filled, report, rows, reader_result.sheets, notes=notes)
    write_report_csv(result.report, src.name, rows)
    # the review workbook lists the customer's questions too: it is protected like the filled one
    result.review = write_review_workbook(review_path(report), result, engine.items, protect)
    result.seconds = time.perf_counter() - started
    return result
