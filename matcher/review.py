"""The review workbook: every question of a fill for a person to check in Excel, and their decisions back.

``QUESTIONNAIRE.review.xlsx`` is ours, not the customer's, so it is built with openpyxl. Sheets:

- レビュー (review): one row per question, ``review`` and ``none`` first, then ``auto``; the
  reviewer picks a decision from a dropdown and may give another item id, a corrected answer
  and a note;
- 項目一覧 (items): every knowledge-base item, for looking up ids;
- 集計 (summary): counts by status, and live counts of the decisions;
- _matcher (hidden, protected): what ``matcher apply`` needs to find everything again — the
  source, filled and report paths, and for each question its sheet, row, answer cells (kind,
  vocabulary, original value) and what the engine proposed. Rows are tied to it by their No.,
  so sorting and filtering the review sheet is safe.
"""
from __future__ import annotations

import datetime
import json
import math
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from matcher.errors import InputError, MatcherError, OutputError
from matcher.types import AnswerSlot, Candidate, Item, Match, QuestionRow
from matcher.workbook.crypto import open_workbook, save_workbook

if TYPE_CHECKING:
    from matcher.fill import FillResult, RowResult

FORMAT = 1
MAGIC = "matcher review workbook"
REVIEW_SHEET = "レビュー"
ITEMS_SHEET = "項目一覧"
SUMMARY_SHEET = "集計"
META_SHEET = "_matcher"
HEADER_ROW = 3
_CHUNK = 30_000  # a cell holds at most 32,767 characters; longer JSON spans several cells

# Decision labels in the dropdown, and the action each stands for. English words are accepted too.
DECISIONS: dict[str, str] = {
    "承認": "accept",
    "別の項目": "other",
    "回答しない": "decline",
    "修正回答": "correct",
}
_DECISION_WORDS = {
    **{label: action for label, action in DECISIONS.items()},
    "accept": "accept", "ok": "accept", "other": "other", "other item": "other",
    "decline": "decline", "do not answer": "decline", "correct": "correct", "corrected answer": "correct",
}
DECISION_HELP = (
    "判定 Decision:  承認 = accept the proposed item  ·  別の項目 = use the item in 別の項目ID  ·  "
    "回答しない = do not answer (cells left blank)  ·  修正回答 = write the text in 修正回答 "
    "(a leading ○ × △ － sets the mark; the knowledge base gets it as a proposal)"
)

# (key, Japanese label, English label): the review sheet's columns, in order. What a reviewer
# compares and decides comes first; reference columns (runner-ups, link) last.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("no", "No.", "No."),
    ("status", "状態", "Status"),
    ("confidence", "信頼度", "Confidence"),
    ("question", "質問", "Question"),
    ("item", "提案ID", "Item"),
    ("item_question", "提案項目の質問", "Item's question"),
    ("item_answer", "提案回答", "Approved answer"),
    ("decision", "判定", "Decision ▼"),
    ("other", "別の項目ID", "Other item"),
    ("corrected", "修正回答", "Corrected answer"),
    ("note", "メモ", "Note"),
    ("runners", "次の候補", "Runner-up items"),
    ("why", "理由", "Why held back"),
    ("cell", "セル", "Cell (link)"),
)
INPUT_COLUMNS = ("decision", "other", "corrected", "note")
# (min, max) widths in Excel character units; long text wraps inside the max.
_WIDTHS = {
    "no": (5, 6), "status": (8, 9), "confidence": (10, 11), "question": (24, 32),
    "item": (7, 8), "item_question": (20, 28), "item_answer": (24, 44), "decision": (11, 12),
    "other": (10, 11), "corrected": (22, 26), "note": (14, 16), "runners": (22, 32), "why": (12, 18),
    "cell": (10, 16),
}
_MAX_LINES = 12  # a row grows with its longest text up to this many lines; the cell keeps it all
_FONT = "Meiryo UI"  # on every Japanese Windows; its line height is predictable (others fall back)
_LINE_POINTS = 13.5  # row height of one line of 10-point text
_ORDER = {"review": 0, "none": 1, "auto": 2}
_STATUS_STYLE = {  # fill, font colour: Excel's good / neutral / bad palette
    "auto": ("C6EFCE", "006100"),
    "review": ("FFEB9C", "7F6000"),
    "none": ("FFC7CE", "9C0006"),
}
_RUNNER_CHARS = 36


def review_path(report: Path) -> Path:
    """``X.report.csv`` → ``X.review.xlsx`` (the review workbook sits beside the report)."""
    report = Path(report)
    stem = report.name.removesuffix(".csv").removesuffix(".report")
    return report.with_name(f"{stem}.review.xlsx")


# ---------------------------------------------------------------- what apply reads back


@dataclass(frozen=True)
class Entry:
    """One question as ``fill`` left it."""

    key: int  # the No. in the review sheet
    question: QuestionRow
    match: Match
    status: str
    cells: dict[str, str] = field(default_factory=dict)  # ref -> value fill wrote
    note: str = ""

    def row_result(self) -> RowResult:
        from matcher.fill import RowResult

        return RowResult(self.question, self.match, self.status, dict(self.cells), self.note)


@dataclass(frozen=True)
class Decision:
    """What the reviewer entered on one row of the review sheet."""

    key: int
    sheet_row: int  # row in the review sheet, for messages
    label: str  # the decision as typed ("" when none)
    action: str | None  # accept | other | decline | correct; None when blank or unknown
    other: str = ""  # 別の項目ID as typed
    corrected: str = ""
    note: str = ""


@dataclass
class ReviewBook:
    path: Path
    file: str  # the questionnaire's file name (the report's ``file``, a variant's ``source``)
    source: Path
    filled: Path
    report: Path
    created: str
    entries: dict[int, Entry]
    decisions: list[Decision]
    problems: list[tuple[int, str]] = field(default_factory=list)  # (review-sheet row, message)
    password: str | None = None  # the one that opened it (fill protects it as it protects the filled copy)

    @property
    def rows_in_order(self) -> list[Entry]:
        return [self.entries[k] for k in sorted(self.entries)]


# ---------------------------------------------------------------- writing


def write_review_workbook(path: Path, result: FillResult, items: Sequence[Item], password: str | None = None) -> Path:
    """Write the review workbook for ``result`` to ``path`` atomically, encrypted with ``password`` if given."""
    from openpyxl import Workbook

    path = Path(path)
    by_id = {it.id: it for it in items}
    rows = list(result.rows)
    keyed = list(enumerate(rows, start=1))  # No. follows the questionnaire's order
    shown = sorted(keyed, key=lambda kr: (_ORDER.get(kr[1].status, 3), kr[0]))

    wb = Workbook()
    ws = wb.active
    ws.title = REVIEW_SHEET
    _review_sheet(ws, path, result, shown, by_id, len(items))
    _items_sheet(wb.create_sheet(ITEMS_SHEET), items)
    _summary_sheet(wb.create_sheet(SUMMARY_SHEET), path, result)
    _meta_sheet(wb.create_sheet(META_SHEET), path, result, keyed)
    wb.active = 0
    _save_atomically(wb, path, password)
    return path


def _review_sheet(ws, path: Path, result: FillResult, shown, by_id: dict[int, Item], n_items: int) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    ncol = len(COLUMNS)
    last_col = _col(ncol)
    thin = Side(style="thin", color="BFBFBF")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    body = Font(name=_FONT, size=10)
    wrap_top = Alignment(wrap_text=True, vertical="top")
    center_top = Alignment(horizontal="center", vertical="top", wrap_text=True)
    index = {key: c for c, (key, _, _) in enumerate(COLUMNS, start=1)}

    counts = Counter(r.status for r in result.rows)
    _put(ws, 1, 1, f"レビュー Review — {result.source.name}").font = Font(name=_FONT, bold=True, size=14)
    _put(ws, 1, index["item_question"], (
        f"{len(result.rows)} questions: review {counts['review']} · none {counts['none']} · auto {counts['auto']}"
        f"   ▶ when done: matcher apply {path.name}"
    )).font = Font(name=_FONT, color="595959", size=10)
    help_cell = _put(ws, 2, 1, DECISION_HELP)
    help_cell.alignment = Alignment(wrap_text=True, vertical="center")
    help_cell.font = Font(name=_FONT, color="404040", size=10)
    ws.merge_cells(f"A2:{last_col}2")
    ws.row_dimensions[2].height = 30

    head_tool = PatternFill("solid", fgColor="1F4E78")
    head_input = PatternFill("solid", fgColor="C65911")
    input_fill = PatternFill("solid", fgColor="FFF8E5")
    for c, (key, ja, en) in enumerate(COLUMNS, start=1):
        cell = ws.cell(HEADER_ROW, c)
        cell.value = f"{ja}\n{en}"
        cell.font = Font(name=_FONT, bold=True, color="FFFFFF", size=10)
        cell.fill = head_input if key in INPUT_COLUMNS else head_tool
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = border
    ws.row_dimensions[HEADER_ROW].height = 30

    rel = _relative(result.filled, path.parent)
    widths: dict[str, int] = {key: int(max(_text_width(ja), _text_width(en))) + 2 for key, ja, en in COLUMNS}
    r = HEADER_ROW
    for key, row in shown:
        r += 1
        q, m = row.question, row.match
        proposed = m.item_ids if row.status != "none" else ()
        runner_ids = [c.item_id for c in m.alternatives]
        if row.status == "none":  # nothing proposed: the nearest items are only hints
            runner_ids = [*m.item_ids, *runner_ids]
        # three runner-ups where a person must choose, two beside a confident answer
        runner_ids = [i for i in dict.fromkeys(runner_ids) if i not in proposed][: 2 if row.status == "auto" else 3]
        target = q.slots[0].ref if q.slots else q.ref
        values: dict[str, Any] = {
            "no": key,
            "status": row.status,
            "confidence": m.confidence,
            "question": q.text,
            "item": ";".join(str(i) for i in proposed) if len(proposed) > 1 else (proposed[0] if proposed else ""),
            "item_question": "\n".join(_item_question(by_id, i) for i in proposed),
            "item_answer": "\n".join(_item_answer(by_id, i) for i in proposed),
            "runners": "\n".join(_runner(by_id, i) for i in runner_ids),
            "why": row.note or m.note,
            "cell": f"{q.sheet}!{target}",
        }
        for k, value in values.items():
            cell = _put(ws, r, index[k], value)
            cell.font = body
            cell.alignment = center_top if k in ("no", "status", "confidence", "item") else wrap_top
            cell.border = border
            widths[k] = max(widths[k], max((int(_text_width(line)) for line in str(value).split("\n")), default=0) + 2)
        fill, colour = _STATUS_STYLE.get(row.status, ("FFFFFF", "000000"))
        status = ws.cell(r, index["status"])
        status.fill = PatternFill("solid", fgColor=fill)
        status.font = Font(name=_FONT, bold=True, color=colour, size=10)
        ws.cell(r, index["confidence"]).number_format = "0%"
        link = ws.cell(r, index["cell"])
        link.hyperlink = f"{rel}#{_quote_sheet(_link_sheet(result.filled, q.sheet))}!{target}"
        link.font = Font(name=_FONT, color="0563C1", underline="single", size=10)
        for k in INPUT_COLUMNS:
            cell = ws.cell(r, index[k])
            cell.fill = input_fill
            cell.border = border
            cell.font = body
            cell.alignment = center_top if k in ("decision", "other") else wrap_top
    last = max(r, HEADER_ROW + 1)

    decision = DataValidation(
        type="list", formula1='"' + ",".join(DECISIONS) + '"', allow_blank=True,
        showErrorMessage=True, errorTitle="判定 Decision", error="一覧から選んでください。 Choose from the list.",
        promptTitle="判定 Decision", prompt="承認 accept / 別の項目 other item / 回答しない do not answer / 修正回答 corrected answer",
        showInputMessage=True,
    )
    decision.add(f"{_col(index['decision'])}{HEADER_ROW + 1}:{_col(index['decision'])}{last}")
    other = DataValidation(
        type="list", formula1=f"{_quote_sheet(ITEMS_SHEET)}!$A$2:$A${n_items + 1}", allow_blank=True,
        showErrorMessage=False, showInputMessage=True, promptTitle="別の項目ID Other item id",
        prompt=f"{ITEMS_SHEET} の ID（二つなら 35;36）. An id from the {ITEMS_SHEET} sheet (two: 35;36).",
    )
    other.add(f"{_col(index['other'])}{HEADER_ROW + 1}:{_col(index['other'])}{last}")
    ws.add_data_validation(decision)
    ws.add_data_validation(other)

    for key, c in index.items():
        lo, hi = _WIDTHS[key]
        ws.column_dimensions[_col(c)].width = min(hi, max(lo, widths[key]))
    _fit_rows(ws, HEADER_ROW + 1, last)
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last_col}{last}"
    _print_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")


def _fit_rows(ws, first: int, last: int) -> None:
    """Row heights for wrapped text: spreadsheets do not grow rows in a file they did not write."""
    widths = {c: ws.column_dimensions[_col(c)].width or 8.43 for c in range(1, ws.max_column + 1)}
    for r in range(first, last + 1):
        lines = 1
        for c, width in widths.items():
            value = ws.cell(r, c).value
            if isinstance(value, str) and value:
                lines = max(lines, _lines(value, width))
        ws.row_dimensions[r].height = min(lines, _MAX_LINES) * _LINE_POINTS + 3


def _lines(text: str, width: float) -> int:
    """Lines ``text`` takes when wrapped in a column ``width`` characters wide."""
    usable = max(width - 1.5, 1.0)
    return sum(max(1, math.ceil(_text_width(part, wide=1.8) / usable)) for part in text.split("\n"))


def _items_sheet(ws, items: Sequence[Item]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    header = [("ID", 6), ("分類\nCategory", 18), ("小分類\nSub", 14), ("質問\nQuestion", 44), ("実施\nMark", 7),
              ("回答\nAnswer", 60), ("Question (en)", 30), ("Answer (en)", 30), ("言い換え\nVariants", 10)]
    for c, (label, width) in enumerate(header, start=1):
        cell = ws.cell(1, c, label)
        cell.font = Font(name=_FONT, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E78")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[_col(c)].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    body = Font(name=_FONT, size=10)
    for r, it in enumerate(items, start=2):
        values = [it.id, it.category, it.subcategory, it.question, it.mark, it.answer,
                  it.question_en, it.answer_en, len(it.variants)]
        for c, value in enumerate(values, start=1):
            cell = _put(ws, r, c, value)
            cell.alignment = wrap
            cell.font = body
    ws.row_dimensions[1].height = 30
    _fit_rows(ws, 2, len(items) + 1)
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{_col(len(header))}{len(items) + 1}"
    _print_setup(ws, "1:1")


def _summary_sheet(ws, path: Path, result: FillResult) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    counts = Counter(r.status for r in result.rows)
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 48
    bold = Font(name=_FONT, bold=True)
    facts = [
        ("質問票 Questionnaire", result.source.name),
        ("記入済み Filled workbook", _relative(result.filled, path.parent)),
        ("レポート Report", _relative(result.report, path.parent)),
        ("作成 Created", datetime.datetime.now().strftime("%Y-%m-%d %H:%M")),
        ("書き込んだセル Cells written", sum(len(r.cells) for r in result.rows)),
    ]
    _put(ws, 1, 1, "集計 Summary").font = Font(name=_FONT, bold=True, size=14)
    r = 2
    for label, value in facts:
        r += 1
        _put(ws, r, 1, label).font = bold
        _put(ws, r, 2, value).alignment = Alignment(horizontal="left")
    r += 2
    _put(ws, r, 1, "状態 Status").font = bold
    _put(ws, r, 2, "件数 Questions").font = bold
    for status in ("auto", "review", "none"):
        r += 1
        fill, colour = _STATUS_STYLE[status]
        cell = _put(ws, r, 1, status)
        cell.fill = PatternFill("solid", fgColor=fill)
        cell.font = Font(name=_FONT, bold=True, color=colour)
        _put(ws, r, 2, counts[status]).alignment = Alignment(horizontal="left")
    r += 1
    _put(ws, r, 1, "合計 Total").font = bold
    _put(ws, r, 2, len(result.rows)).alignment = Alignment(horizontal="left")
    r += 2
    _put(ws, r, 1, "判定 Decisions (live)").font = bold
    decision_col = _col(1 + [k for k, _, _ in COLUMNS].index("decision"))
    sheet = _quote_sheet(REVIEW_SHEET)
    for label, action in DECISIONS.items():
        r += 1
        _put(ws, r, 1, f"{label} ({action})")
        ws.cell(r, 2).value = f'=COUNTIF({sheet}!{decision_col}:{decision_col},"{label}")'
        ws.cell(r, 2).alignment = Alignment(horizontal="left")
    r += 2
    _put(ws, r, 1, "次に Next").font = bold
    _put(ws, r, 2, f"matcher apply {path.name}")
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _meta_sheet(ws, path: Path, result: FillResult, keyed) -> None:
    header = {
        "format": FORMAT,
        "file": result.source.name,
        "source": _relative(result.source, path.parent),
        "source_abs": str(Path(result.source).resolve()),
        "filled": _relative(result.filled, path.parent),
        "filled_abs": str(Path(result.filled).resolve()),
        "report": _relative(result.report, path.parent),
        "report_abs": str(Path(result.report).resolve()),
        "created": datetime.datetime.now().isoformat(timespec="seconds"),
        "review_sheet": REVIEW_SHEET,
    }
    ws.cell(1, 1, MAGIC)
    _put_json(ws, 1, header)
    for key, row in keyed:
        ws.cell(key + 1, 1, key)
        _put_json(ws, key + 1, _entry_json(row))
    ws.sheet_state = "hidden"
    ws.protection.sheet = True  # no password: it only guards against accidental edits


def _entry_json(row: RowResult) -> dict[str, Any]:
    q, m = row.question, row.match
    return {
        "question": asdict(q),
        "match": {
            "item_ids": list(m.item_ids),
            "confidence": m.confidence,
            "status": m.status,
            "alternatives": [[c.item_id, c.score] for c in m.alternatives],
            "note": m.note,
        },
        "status": row.status,
        "cells": row.cells,
        "note": row.note,
    }


def _put_json(ws, r: int, value: dict[str, Any]) -> None:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for i in range(0, max(len(text), 1), _CHUNK):
        ws.cell(r, 2 + i // _CHUNK).value = text[i : i + _CHUNK]
        ws.cell(r, 2 + i // _CHUNK).data_type = "s"


def _print_setup(ws, title_rows: str) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = title_rows
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5


# ---------------------------------------------------------------- reading


def read_review_workbook(path: Path, passwords: Sequence[str] = ()) -> ReviewBook:
    """The entries and decisions of a review workbook written by ``matcher fill``.

    A protected one (fill protects it when the questionnaire was) is opened with ``passwords``.
    """
    from openpyxl.utils.exceptions import InvalidFileException

    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    try:
        wb, password = open_workbook(path, passwords, data_only=True)
    except MatcherError:
        raise
    except (InvalidFileException, OSError, KeyError, ValueError) as e:
        raise InputError(f"{path.name}: not an Excel workbook, or the file is damaged ({e})") from None
    except Exception as e:  # noqa: BLE001 - zipfile and XML errors from a damaged file
        raise InputError(f"{path.name}: cannot be read as a workbook ({type(e).__name__})") from None
    if META_SHEET not in wb.sheetnames or wb[META_SHEET].cell(1, 1).value != MAGIC:
        raise InputError(f"{path.name}: not a review workbook written by `matcher fill` (give X.review.xlsx)")
    meta = wb[META_SHEET]
    header = _get_json(meta, 1, path)
    if header.get("format") != FORMAT:
        raise InputError(f"{path.name}: review workbook format {header.get('format')!r}; this matcher reads {FORMAT}")
    entries: dict[int, Entry] = {}
    for r in range(2, meta.max_row + 1):
        key = meta.cell(r, 1).value
        if isinstance(key, int):
            entries[key] = _entry(key, _get_json(meta, r, path))
    sheet_name = header.get("review_sheet", REVIEW_SHEET)
    if sheet_name not in wb.sheetnames:
        raise InputError(f"{path.name}: the sheet {sheet_name!r} is missing; was it renamed?")
    decisions, problems = _decisions(wb[sheet_name], entries, path)
    return ReviewBook(
        path=path,
        file=header["file"],
        source=_locate(path, header["source"], header.get("source_abs")),
        filled=_locate(path, header["filled"], header.get("filled_abs")),
        report=_locate(path, header["report"], header.get("report_abs")),
        created=header.get("created", ""),
        entries=entries,
        decisions=decisions,
        problems=problems,
        password=password,
    )


def _get_json(ws, r: int, path: Path) -> dict[str, Any]:
    parts = []
    c = 2
    while isinstance(ws.cell(r, c).value, str):
        parts.append(ws.cell(r, c).value)
        c += 1
    try:
        value = json.loads("".join(parts))
    except json.JSONDecodeError:
        raise InputError(f"{path.name}: the hidden {META_SHEET} sheet is damaged (row {r}); run fill again") from None
    if not isinstance(value, dict):
        raise InputError(f"{path.name}: the hidden {META_SHEET} sheet is damaged (row {r}); run fill again")
    return value


def _entry(key: int, d: dict[str, Any]) -> Entry:
    q = dict(d["question"])
    q["slots"] = tuple(AnswerSlot(**{**s, "vocabulary": tuple(s.get("vocabulary", ()))}) for s in q.get("slots", ()))
    m = d["match"]
    match = Match(
        item_ids=tuple(m["item_ids"]),
        confidence=m["confidence"],
        status=m["status"],
        alternatives=tuple(Candidate(int(i), float(s)) for i, s in m["alternatives"]),
        note=m.get("note", ""),
    )
    return Entry(key, QuestionRow(**q), match, d["status"], dict(d.get("cells", {})), d.get("note", ""))


def _locate(review: Path, relative: str, absolute: str | None) -> Path:
    """A path stored in the workbook: relative to the review workbook first (the folder may have
    moved as a whole), else where it was when fill wrote it."""
    near = (review.parent / relative).resolve()
    if near.exists() or not absolute:
        return near
    far = Path(absolute)
    return far if far.exists() else near


def _decisions(ws, entries: dict[int, Entry], path: Path) -> tuple[list[Decision], list[tuple[int, str]]]:
    labels = {ja: key for key, ja, _ in COLUMNS}
    header_row, cols = None, {}
    for r in range(1, 11):
        found = {}
        for c in range(1, ws.max_column + 1):
            value = ws.cell(r, c).value
            if isinstance(value, str):
                first = value.split("\n", 1)[0].strip()
                if first in labels:
                    found[labels[first]] = c
        if "no" in found and "decision" in found:
            header_row, cols = r, found
            break
    if header_row is None:
        raise InputError(f"{path.name}: the {REVIEW_SHEET} sheet has no header with No. and 判定; was it edited?")
    missing = [ja for key, ja, _ in COLUMNS if key in ("no", *INPUT_COLUMNS) and key not in cols]
    if missing:
        raise InputError(f"{path.name}: the {REVIEW_SHEET} sheet lacks the column {missing[0]}; was it deleted?")

    decisions: list[Decision] = []
    problems: list[tuple[int, str]] = []
    seen: set[int] = set()
    for r in range(header_row + 1, ws.max_row + 1):
        raw = {k: _text(ws.cell(r, cols[k]).value) for k in ("no", *INPUT_COLUMNS)}
        touched = any(raw[k] for k in INPUT_COLUMNS)
        if not touched:
            continue
        key = _int(raw["no"])
        if key is None or key not in entries:
            problems.append((r, f"row {r} of {REVIEW_SHEET}: No. {raw['no'] or '(empty)'} is not a question of this review"))
            continue
        if key in seen:
            problems.append((r, f"row {r} of {REVIEW_SHEET}: No. {key} appears twice; only the first is used"))
            continue
        seen.add(key)
        label = raw["decision"]
        action = _DECISION_WORDS.get(label.casefold()) if label else None
        decisions.append(Decision(key, r, label, action, raw["other"], raw["corrected"], raw["note"]))
    return decisions, problems


# ---------------------------------------------------------------- helpers


_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _put(ws, r: int, c: int, value: Any):
    """Set a cell; text stays text even when it starts with '=' (customer text is never a formula)."""
    cell = ws.cell(r, c)
    if isinstance(value, str):
        cell.value = _ILLEGAL.sub("", value)
        cell.data_type = "s"
    else:
        cell.value = value
    return cell


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _int(text: str) -> int | None:
    try:
        return int(float(text))
    except ValueError:
        return None


def _col(c: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(c)


def _quote_sheet(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def _link_sheet(filled: Path, sheet: str) -> str:
    """The sheet name a spreadsheet shows: a CSV opens as one sheet named after the file (31 chars)."""
    return Path(filled).stem[:31] if Path(filled).suffix.lower() == ".csv" else sheet


def _relative(target: Path, folder: Path) -> str:
    try:
        return Path(os.path.relpath(Path(target).resolve(), Path(folder).resolve())).as_posix()
    except ValueError:  # another drive on Windows
        return Path(target).resolve().as_posix()


def _text_width(text: str, wide: float = 2) -> float:
    """Excel column units: a wide (CJK) character takes about two."""
    return sum(wide if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _item_question(by_id: dict[int, Item], item_id: int) -> str:
    it = by_id.get(item_id)
    if it is None:
        return f"(item {item_id} is not in the knowledge base)"
    return it.question if len(it.question) > 6 else f"{it.category} {it.subcategory} {it.question}".strip()


def _runner(by_id: dict[int, Item], item_id: int) -> str:
    it = by_id.get(item_id)
    if it is None:
        return f"{item_id} (not in the knowledge base)"
    topic = it.subcategory or it.category
    return _cut(f"{item_id} 〔{topic}〕{it.question}" if topic else f"{item_id} {it.question}", _RUNNER_CHARS)


def _item_answer(by_id: dict[int, Item], item_id: int) -> str:
    it = by_id.get(item_id)
    if it is None:
        return ""
    return f"{it.mark} {it.answer}".strip()


def _save_atomically(wb, path: Path, password: str | None) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"{path}: cannot be written ({e.strerror or e})") from None
    save_workbook(wb, path, password)
