"""Finding the question table on each sheet and the cells that take each answer.

Layout is found from header words and from where long text sits, never from fixed positions:
1. the header row is the row (within the first rows) whose short cells name a question column and
   answer columns (質問 / 確認項目 / Question …, 回答 / 実施 / 備考 / Yes / No …); two stacked header
   rows (a merged 「回答」 over 「実施状況」「補足」) are read as one;
2. the question column is the question-named column whose cells below hold the longest text;
   without any header word, the column where long text sits;
3. every row below is a question, a section heading (context for the rows under it), a note, or blank.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from matcher.errors import InputError
from matcher.text import is_japanese, nfkc
from matcher.types import AnswerSlot, QuestionRow
from matcher.workbook import vocab
from matcher.workbook.package import Package, SheetData, make_ref

HEADER_SCAN_ROWS = 60
MAX_HEADER_CHARS = 40

# Header words, compared after NFKC + lower case with spaces removed.
_ID_EXACT = {"no", "no.", "№", "番号", "id", "#", "項番", "管理番号", "questionid", "ref", "ref.", "項目番号", "通番", "controlid"}
_TEXT_KW = (
    "備考", "補足", "回答内容", "回答詳細", "説明", "コメント", "詳細", "具体的", "根拠", "対策内容", "実施内容",
    "対応内容", "記述", "自由記述", "notes", "note", "comment", "explanation", "details", "remarks",
    "implementationdescription", "elaborat", "additionalinformation",
)
_MARK_KW = (
    "実施状況", "対応状況", "実施有無", "対応有無", "対応可否", "実施可否", "可否", "有無", "状況", "実施", "回答",
    "yes/no", "answer", "response", "選択", "評価", "適合", "○×", "〇×", "判定", "status", "compliance", "対応",
)
_QUESTION_KW = (
    "質問", "確認事項", "確認項目", "確認内容", "設問", "質問事項", "チェック項目", "評価項目", "要求事項", "要件",
    "項目", "内容", "管理策", "question", "requirement", "checkitem",
)
_CONTEXT_KW = (
    "大分類", "中分類", "小分類", "分類", "カテゴリ", "区分", "種別", "領域", "分野", "domain", "category", "section", "章",
)
_IGNORE_KW = (
    "担当", "部署", "記入者", "確認者", "日付", "期限", "参照", "証跡", "資料", "重要度", "優先度", "必須", "出典",
    "reference", "owner", "responsibilit", "mapping", "guidance", "score", "weight", "url", "link", "date",
)

_NOTE_RE = re.compile(r"^\s*(※|\*|注[:：)）\s]|\(注|（注|記入例|例[:：]|以上$|note:)", re.IGNORECASE)
_HEADING_RE = re.compile(
    r"^\s*(第\s*[0-9一二三四五六七八九十]+\s*[章節部編]|[0-9]+(?:[.．]\s*|\s+)\D|[ivx]+[.．]\s|[a-z][.．)]\s|【.+】$|[■◆●▼□◇]\s*)",
    re.IGNORECASE,
)
_QUESTION_ENDING = re.compile(r"(か|か。|\?|？|ください|下さい|こと|こと。|ますか|ですか|すること|いること|いる)\s*$")
_INLINE_NUMBER = re.compile(r"^\s*(?:[A-Za-z]{1,3}[-.])?(\d+(?:[-.．]\d+)*)")


@dataclass
class ColumnRole:
    col: int
    role: str  # question | part | mark | text | tick | combined | context | id | ignore
    header: str = ""
    meaning: str = ""  # for tick columns


@dataclass
class SheetReport:
    """What the reader understood of one sheet (shown by `inspect`, summarised in the report)."""

    name: str
    read: bool
    reason: str = ""
    header_row: int = 0
    columns: list[ColumnRole] = field(default_factory=list)
    questions: int = 0
    skipped: dict[str, int] = field(default_factory=dict)  # reason -> count of rows


@dataclass
class ReadResult:
    rows: list[QuestionRow]
    sheets: list[SheetReport]


def _key(text: str) -> str:
    return re.sub(r"\s+", "", nfkc(text).lower())


def classify_header(text: str) -> tuple[str, str]:
    """(role, meaning) of a header cell; role '' when the text is not a header word."""
    k = _key(text)
    if not k or len(k) > MAX_HEADER_CHARS:
        return "", ""
    if k in _ID_EXACT:
        return "id", ""
    exact_mark = vocab.mark_of(k, strict=True)
    if exact_mark:
        return "tick", exact_mark
    if any(w in k for w in _TEXT_KW):
        return "text", ""
    if any(w in k for w in _IGNORE_KW):
        return "ignore", ""
    if any(w in k for w in _MARK_KW):
        return "mark", ""
    if any(w in k for w in _QUESTION_KW):
        return "question", ""
    if any(w in k for w in _CONTEXT_KW):
        return "context", ""
    return "", ""


class _Grid:
    """Cell text with merged ranges resolved to their top-left value, hidden columns noted."""

    def __init__(self, data: SheetData):
        self.data = data
        self._merge_of: dict[tuple[int, int], tuple[int, int, int, int]] = {}
        for m in data.merges:
            r1, c1, r2, c2 = m
            if (r2 - r1 + 1) * (c2 - c1 + 1) > 20_000:
                continue  # absurd merges are not layout
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    self._merge_of[(r, c)] = m

    def text(self, r: int, c: int) -> str:
        m = self._merge_of.get((r, c))
        if m:
            return self.data.text(m[0], m[1])
        return self.data.text(r, c)

    def own_text(self, r: int, c: int) -> str:
        """Text of the cell itself; empty for the non-top-left cells of a merge."""
        m = self._merge_of.get((r, c))
        if m and (m[0], m[1]) != (r, c):
            return ""
        return self.data.text(r, c)

    def merge(self, r: int, c: int) -> tuple[int, int, int, int] | None:
        return self._merge_of.get((r, c))

    def visible_cols(self) -> list[int]:
        return [c for c in range(1, self.data.max_col + 1) if c not in self.data.hidden_cols]


def read_workbook(pkg: Package) -> ReadResult:
    rows: list[QuestionRow] = []
    reports: list[SheetReport] = []
    for info in pkg.sheets:
        if info.state != "visible":
            reports.append(SheetReport(info.name, False, f"{info.state} sheet"))
            continue
        data = pkg.read_sheet(info)
        found, report = read_sheet(data)
        rows.extend(found)
        reports.append(report)
    return ReadResult(rows, reports)


def read_sheet(data: SheetData) -> tuple[list[QuestionRow], SheetReport]:
    name = data.info.name
    if not data.cells:
        return [], SheetReport(name, False, "empty sheet")
    grid = _Grid(data)
    layout = _find_layout(grid)
    if layout is None:
        return [], SheetReport(name, False, "no question table (no header such as 質問/確認項目/Question, no column of long text)")
    header_end, columns = layout
    questions, skipped = _read_rows(grid, header_end, columns)
    report = SheetReport(name, bool(questions), "" if questions else "header found but no question rows below it",
                         header_end, columns, len(questions), skipped)
    return questions, report


# ---------------------------------------------------------------- layout


def _find_layout(grid: _Grid) -> tuple[int, list[ColumnRole]] | None:
    data = grid.data
    cols = grid.visible_cols()
    best: tuple[float, int] | None = None
    for r in range(1, min(data.max_row, HEADER_SCAN_ROWS) + 1):
        if r in data.hidden_rows:
            continue
        roles = [classify_header(grid.own_text(r, c))[0] for c in cols]
        if "question" not in roles:
            continue
        answers = sum(1 for x in roles if x in ("mark", "text", "tick"))
        score = 3 + 2 * min(answers, 2) + sum(1 for x in roles if x)
        if _long_text_below(grid, r, cols[roles.index("question")]) < 2:
            score -= 3
        if best is None or score > best[0]:
            best = (score, r)
    if best is not None:
        header_row = best[1]
    else:
        header_row = _header_by_long_text(grid, cols)
        if header_row is None:
            return None
    return _columns(grid, header_row, cols)


def _long_text_below(grid: _Grid, header_row: int, col: int, limit: int = 40) -> int:
    n = 0
    for r in range(header_row + 1, min(grid.data.max_row, header_row + limit) + 1):
        if len(grid.own_text(r, col)) >= 8:
            n += 1
    return n


def _header_by_long_text(grid: _Grid, cols: list[int]) -> int | None:
    """No header words: take the column where long text sits and the row just above its first long cell."""
    data = grid.data
    counts = Counter()
    first: dict[int, int] = {}
    for (r, c), cell in data.cells.items():
        if c in data.hidden_cols or r in data.hidden_rows:
            continue
        if len(cell.value.strip()) >= 15 and not _NOTE_RE.match(cell.value):
            counts[c] += 1
            first[c] = min(first.get(c, r), r)
    if not counts:
        return None
    col, n = counts.most_common(1)[0]
    if n < 3:
        return None
    return max(first[col] - 1, 0)


def _columns(grid: _Grid, header_row: int, cols: list[int]) -> tuple[int, list[ColumnRole]]:
    data = grid.data
    # A second header row directly below (sub-headers under a merged 「回答」) is read with the first.
    header_end = header_row
    below = [classify_header(grid.own_text(header_row + 1, c))[0] for c in cols]
    if header_row and sum(1 for x in below if x) >= 2 and not any(
        len(grid.own_text(header_row + 1, c)) > MAX_HEADER_CHARS for c in cols
    ):
        header_end = header_row + 1

    def header_text(c: int) -> str:
        if not header_row:
            return ""
        parts = [grid.text(r, c) for r in range(header_row, header_end + 1)]
        return " ".join(dict.fromkeys(p for p in parts if p))

    roles: list[ColumnRole] = []
    for c in cols:
        h = header_text(c)
        role, meaning = classify_header(grid.text(header_end, c)) if header_end != header_row else ("", "")
        if not role:
            role, meaning = classify_header(h)
        roles.append(ColumnRole(c, role, h, meaning))

    body = range(header_end + 1, data.max_row + 1)
    lengths = {rc.col: _mean_length(grid, body, rc.col) for rc in roles}
    fill = {rc.col: _fill_ratio(grid, body, rc.col) for rc in roles}

    questions = [rc for rc in roles if rc.role == "question"]
    if not questions:
        # Headerless: the column where long text sits.
        longest = max(roles, key=lambda rc: lengths[rc.col])
        longest.role = "question"
        questions = [longest]
    main = max(questions, key=lambda rc: lengths[rc.col])
    for rc in questions:
        if rc is not main:
            rc.role = "part" if abs(rc.col - main.col) <= 2 and rc.col < main.col else "context"
    # A "description" column filled on every row beside the question is part of the question, not an answer.
    for rc in roles:
        if rc.role == "text" and rc.col == main.col + 1 and fill[rc.col] >= 0.8 and lengths[rc.col] >= 8:
            rc.role = "part"

    # Columns with a dropdown of marks are mark columns whatever their header says.
    for rc in roles:
        if rc.role in ("", "mark", "text") and rc.col != main.col:
            values = _validation_values(data, body, rc.col)
            if values and vocab.is_mark_vocabulary(values):
                rc.role = "mark"
    # A tick column stands with at least one other; alone its header is just a mark-ish word.
    ticks = [rc for rc in roles if rc.role == "tick"]
    if len(ticks) == 1:
        ticks[0].role = "mark"
    # A lone 「回答」 column with no dropdown and no text column takes mark and text together.
    marks = [rc for rc in roles if rc.role == "mark"]
    texts = [rc for rc in roles if rc.role == "text"]
    if len(marks) == 1 and not texts and not ticks:
        only = marks[0]
        if not _validation_values(data, body, only.col) and not vocab.vocabulary_from_header(only.header):
            only.role = "combined"
    # Nothing to the left of the question column is an answer column, except ticks/marks with dropdowns.
    for rc in roles:
        if rc.role == "text" and rc.col < main.col:
            rc.role = "ignore"
    return header_end, roles


def _mean_length(grid: _Grid, body: range, col: int) -> float:
    lengths = [len(grid.own_text(r, col)) for r in body[:200] if grid.own_text(r, col)]
    return sum(lengths) / len(lengths) if lengths else 0.0


def _fill_ratio(grid: _Grid, body: range, col: int) -> float:
    rows = [r for r in body[:200] if any(grid.own_text(r, c) for c in range(1, grid.data.max_col + 1))]
    if not rows:
        return 0.0
    return sum(1 for r in rows if grid.own_text(r, col)) / len(rows)


def _validation_values(data: SheetData, body: range, col: int) -> tuple[str, ...]:
    for r in body[:50]:
        v = data.validation_at(r, col)
        if v and v.values:
            return v.values
    return ()


# ---------------------------------------------------------------- rows


def _read_rows(grid: _Grid, header_end: int, columns: list[ColumnRole]) -> tuple[list[QuestionRow], dict[str, int]]:
    data = grid.data
    by_role: dict[str, list[ColumnRole]] = {}
    for rc in columns:
        by_role.setdefault(rc.role, []).append(rc)
    qcol = by_role["question"][0].col
    parts = [rc.col for rc in by_role.get("part", [])]
    id_cols = [rc.col for rc in by_role.get("id", []) if rc.col != qcol]
    context_cols = [rc.col for rc in by_role.get("context", [])]
    answer_cols = [rc for rc in columns if rc.role in ("mark", "text", "tick", "combined")]
    left_cols = [c for c in grid.visible_cols() if c < qcol and c not in parts]
    japanese = any(is_japanese(rc.header) for rc in columns) or is_japanese(
        " ".join(grid.own_text(r, qcol) for r in range(header_end + 1, min(header_end + 20, data.max_row) + 1))
    )
    tick_symbol = _tick_symbol(grid, header_end, by_role.get("tick", []), japanese)
    header_words = {_key(rc.header) for rc in columns if rc.header}

    candidates = []
    skipped: Counter[str] = Counter()
    for r in range(header_end + 1, data.max_row + 1):
        if r in data.hidden_rows:
            if grid.own_text(r, qcol):
                skipped["hidden row"] += 1
            continue
        text = grid.own_text(r, qcol)
        merge = grid.merge(r, qcol)
        if merge and merge[0] != r:
            continue  # continuation of a question merged over several rows
        left_text = " ".join(t for t in (grid.own_text(r, c) for c in left_cols) if t)
        if not text:
            if left_text and not any(grid.own_text(r, rc.col) for rc in answer_cols):
                candidates.append(("section", r, left_text))
            continue
        if _key(text) in header_words:
            skipped["repeated header"] += 1
            continue
        if _NOTE_RE.match(text):
            skipped["note"] += 1
            continue
        if merge and answer_cols and merge[3] >= min(rc.col for rc in answer_cols) > qcol:
            candidates.append(("section", r, text))  # a banner across the answer columns
            continue
        candidates.append(("row", r, text))

    depth = _modal_number_depth([t for kind, _, t in candidates if kind == "row"])
    id_share = _id_share(grid, [r for kind, r, _ in candidates if kind == "row"], id_cols)
    style_mode = Counter(
        (data.cells.get((r, qcol)).style if data.cells.get((r, qcol)) else 0) for kind, r, _ in candidates if kind == "row"
    ).most_common(1)

    rows: list[QuestionRow] = []
    section = ""
    carried: dict[int, str] = {}
    for kind, r, text in candidates:
        for c in context_cols:
            value = grid.text(r, c)
            if value:
                carried[c] = value
        if kind == "row" and _is_heading(grid, r, qcol, text, id_cols, id_share, depth, style_mode, answer_cols):
            kind = "section"
        if kind == "section":
            section = text
            skipped["section heading"] += 1
            continue
        prefix = " ".join(grid.text(r, c) for c in parts if grid.text(r, c))
        question = f"{prefix} {text}".strip() if prefix and prefix not in text else text
        qid = next((grid.text(r, c) for c in id_cols if grid.text(r, c)), "")
        context = " / ".join(x for x in [section, *(carried.get(c, "") for c in context_cols)] if x)
        slots = tuple(s for s in (_slot(grid, r, rc, tick_symbol, japanese) for rc in answer_cols) if s)
        rows.append(QuestionRow(data.info.name, r, question, make_ref(r, qcol), context, qid, slots))
    return rows, dict(skipped)


def _is_heading(grid, r, qcol, text, id_cols, id_share, depth, style_mode, answer_cols) -> bool:
    if len(text) > 40 or _QUESTION_ENDING.search(text):
        return False
    if any(grid.own_text(r, rc.col) for rc in answer_cols):
        return False
    signals = 0
    if id_cols and id_share >= 0.6 and not any(grid.text(r, c) for c in id_cols):
        signals += 2
    if _HEADING_RE.match(nfkc(text)):
        signals += 1
    m = _INLINE_NUMBER.match(nfkc(text))
    if depth and m and len(re.split(r"[-.．]", m.group(1))) < depth:
        signals += 2
    cell = grid.data.cells.get((r, qcol))
    if style_mode and cell and cell.style != style_mode[0][0]:
        signals += 1
    return signals >= 2


def _modal_number_depth(texts: list[str]) -> int:
    depths = Counter()
    for t in texts:
        m = _INLINE_NUMBER.match(nfkc(t))
        if m and not re.match(r"^\s*\d+\s*[^\d\s.．-]", nfkc(t)[: m.end() + 1] + " "):
            depths[len(re.split(r"[-.．]", m.group(1)))] += 1
    if not depths or sum(depths.values()) < max(3, len(texts) // 3):
        return 0
    return depths.most_common(1)[0][0]


def _id_share(grid: _Grid, rows: list[int], id_cols: list[int]) -> float:
    if not rows or not id_cols:
        return 0.0
    return sum(1 for r in rows if any(grid.text(r, c) for c in id_cols)) / len(rows)


def _tick_symbol(grid: _Grid, header_end: int, ticks: list[ColumnRole], japanese: bool) -> str:
    """The symbol this sheet already uses in its tick columns, else ○ (Japanese) or x."""
    seen = Counter(
        grid.own_text(r, rc.col) for rc in ticks for r in range(header_end + 1, grid.data.max_row + 1) if grid.own_text(r, rc.col)
    )
    if seen:
        return seen.most_common(1)[0][0]
    return "○" if japanese else "x"


def _slot(grid: _Grid, r: int, rc: ColumnRole, tick_symbol: str, japanese: bool) -> AnswerSlot | None:
    merge = grid.merge(r, rc.col)
    row, col = r, rc.col
    if merge:
        if merge[0] != r:
            return None  # shared with the row above: not this row's cell
        row, col = merge[0], merge[1]
    ref = make_ref(row, col)
    current = grid.own_text(row, col)
    validation = grid.data.validation_at(row, col)
    vocabulary = validation.values if validation and validation.values else ()
    if rc.role == "tick":
        return AnswerSlot(ref, "tick", rc.header, (tick_symbol,), rc.meaning, current)
    if rc.role == "mark":
        if not vocabulary:
            vocabulary = vocab.vocabulary_from_header(rc.header)
        if not vocabulary and not japanese:
            vocabulary = ("Yes", "No", "N/A")
        return AnswerSlot(ref, "mark", rc.header, vocabulary, "", current)
    return AnswerSlot(ref, rc.role, rc.header, vocabulary, "", current)  # text or combined


def require_questions(result: ReadResult, label: str) -> None:
    """Raise a clear error when no sheet held a question table."""
    if result.rows:
        return
    looked = "; ".join(f"{s.name}: {s.reason}" for s in result.sheets) or "no worksheets"
    raise InputError(f"{label}: no question table found ({looked})")
