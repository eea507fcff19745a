"""Finding the question table on each sheet and the cells that take each answer.

Layout comes from header words, where long question-like text sits, dropdowns, fill ratios,
merges and styles; never from fixed positions or file names:

1. the header row: short cells naming answer columns (回答 / 実施状況 / 備考 / Answer / Yes …),
   usually a question column too. Rows that sit under merged header cells (CAIQ's
   「Consensus Assessment Answers」 over Yes / No / Not Applicable) are read with it, and the
   same header repeated lower down (one per section, as in HECVAT) starts another block of the
   same table;
2. the question column: the column of long, question-like text (a header word helps; a column
   of ids never qualifies; hidden columns are not looked at). An item-name column just left of
   it (METI's 「サービス稼働率」 beside its description) is part of the question;
3. answer columns from header words and mark dropdowns. Columns meant for the other party
   (analyst notes, CSC responsibilities, guidance) and columns of formulas are not ours;
4. every row below is a question, a section heading (context for the rows under it), a note,
   or blank. A sheet without an answer column is not a questionnaire, whatever text it holds.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from matcher.errors import InputError
from matcher.text import is_japanese, nfkc
from matcher.types import AnswerSlot, QuestionRow
from matcher.workbook import vocab
from matcher.workbook.package import Package, SheetData, Validation, col_letter, make_ref

HEADER_SCAN_ROWS = 120  # the main header sits near the top; repeated ones anywhere
MAX_HEADER_CHARS = 60
BODY_SAMPLE = 400  # rows looked at when measuring a column

ANSWER_ROLES = ("mark", "text", "tick", "combined")

# Header words, compared after NFKC + lower case with spaces removed. Checked in the order of
# classify_header. Order matters for compounds: 評価項目 is a question, 評価 a mark; 具体的な内容
# is text, 内容 a question; 中項目 a category, 項目 a question; 補足・証跡 text, 根拠資料・証跡 not ours.
_ID_EXACT = {
    "no", "no.", "№", "番号", "id", "#", "項番", "管理番号", "questionid", "ref", "ref.", "項目番号", "通番",
    "controlid", "code", "qno", "qno.", "q#", "質問番号", "設問番号", "item#", "itemno", "itemno.",
}
# Columns that are not the answer even though a respondent may write in them (evidence lists).
_NOT_ANSWER_KW = ("証跡", "根拠資料", "添付資料", "資料名", "エビデンス", "evidence", "attachment")
_OTHER_PARTY_KW = (
    "analyst", "evaluator", "assessor", "reviewer", "auditor", "institution", "csc", "customerrespons",
    "評価者", "審査", "確認者", "当社記入", "弊社記入", "当社使用", "弊社使用", "事務局", "記入不要",
)
_TEXT_STRONG_KW = ("備考", "補足", "コメント", "説明", "comment", "notes", "remarks", "explanation")
_TEXT_KW = (
    "備考", "補足", "回答内容", "回答詳細", "説明", "コメント", "詳細", "具体的", "根拠", "対策内容", "実施内容",
    "対応内容", "記述", "自由記述", "理由", "notes", "note", "comment", "explanation", "details", "remarks",
    "implementationdescription", "elaborat", "additionalinformation", "additionalinfo", "justification",
    "describe",
)
_QUESTION_STRONG_KW = (
    "質問", "設問", "確認事項", "確認項目", "確認内容", "評価項目", "チェック項目", "点検項目", "質問事項", "要求事項",
    "question", "checkitem", "ヒアリング項目",
)
_IGNORE_KW = (
    "担当", "部署", "記入者", "回答者", "回答日", "記入日", "日付", "期限", "参照", "証跡", "資料", "重要度", "優先度",
    "必須", "出典", "記入例", "回答例", "記載例", "ガイド", "解説", "配点", "得点", "点数", "reference", "owner",
    "responsibilit", "mapping", "guidance", "score", "weight", "importance", "override", "url", "link", "date",
    "example", "hint", "version",
)
_MARK_KW = (
    "実施状況", "対応状況", "実施有無", "対応有無", "対応可否", "実施可否", "可否", "有無", "状況", "実施", "回答",
    "yes/no", "answer", "response", "選択", "評価", "適合", "○×", "〇×", "判定", "status", "compliance", "対応",
    "チェック",
)
_QUESTION_KW = ("項目", "内容", "管理策", "要件", "requirement", "item")
_CONTEXT_KW = (
    "大分類", "中分類", "小分類", "分類", "大項目", "中項目", "小項目", "カテゴリ", "区分", "種別", "領域", "分野", "テーマ",
    "domain", "category",
    "section", "area", "topic", "章",
)
# Words that contain a header word but name the whole document (a title row is not a header).
_TITLE_WORDS = re.compile(r"questionnaire|質問票|質問書|調査票|チェックシート|チェックリスト|ヒアリングシート")

_NOTE_RE = re.compile(
    r"^\s*(※|\*\s|注[:：)）\s]|\(注|（注|記入例|例[:：]|以上$|notes?\s*:|©|\(c\)\s|copyright|end of\b|[-=]{3,})",
    re.IGNORECASE,
)
_HEADING_RE = re.compile(
    r"^\s*(第\s*[0-9一二三四五六七八九十]+\s*[章節部編]|[0-9]+(?:[.．]\s*|\s+)\D|[ivx]+[.．]\s|[a-z][.．)]\s|【.+】$|[■◆●▼□◇]\s*)",
    re.IGNORECASE,
)
_QUESTION_ENDING = re.compile(
    r"(か|か。|か？|ますか|ですか|ください|下さい|こと|こと。|すること|いること|いる|いるか|あるか|[?？]\*?)\s*$"
)
_QUESTION_START = re.compile(
    r"^(do|does|did|is|are|was|were|can|could|will|would|should|shall|have|has|how|what|which|who|where|when|why|"
    r"describe|explain|list|provide|please|state|indicate|specify)\b",
    re.IGNORECASE,
)
# A customer's question number: "12", "1-2", "A.1.3", "AIS-01.1", "MW-SEC-001", "Q3", "(4)", "①", "No.5".
_ID_VALUE = re.compile(r"^(?:no\.?\s*|q\.?\s*|[(（])?(?:[a-z]{1,8}[-_.]?){0,3}\d{1,4}(?:\s*[-.．_]\s*\d{1,4}){0,4}[a-z]?[)）.]?$", re.I)
_INLINE_ID = re.compile(r"^\s*((?:Q|No\.?)\s*\d+(?:[-.]\d+)*|\d+(?:[-.]\d+)+|[A-Z]{1,5}-\d+(?:[-.]\d+)*)[.．:：)）\s]\s*\S")
# An input message telling the respondent not to type into the cell.
_DO_NOT_FILL = re.compile(
    r"left blank|leave (?:this |the )?(?:cell )?blank|do not (?:edit|enter|type|fill|change|modify|need to be re-?entered)|"
    r"does not need to be re-?entered|can break|記入不要|入力不要|(?:記入|入力|編集|変更)しないで",
    re.IGNORECASE,
)
# A line about the questionnaire itself, not a question: 「以下の各項目について回答してください」.
_INSTRUCTION_RE = re.compile(
    r"(以下|下記|各質問|各項目|全ての|すべての|該当する|該当欄|プルダウン|ドロップダウン|リストから).{0,20}(回答|記入|選択|入力)"
    r"|\b(please|kindly)\s+(answer|complete|respond to|fill in)\s+(all|each|every|the following|this)"
    r"|\b(select|choose) (an answer |a value )?from the (drop-?down|list)",
    re.IGNORECASE,
)
# A sheet named only this is a filled example, instructions or the list of allowed answers.
_NOT_A_QUESTIONNAIRE_NAME = re.compile(
    r"^(記入例|回答例|記載例|入力例|記入見本|見本|サンプル|example|examples|sample|記入要領|記入方法|記入上の注意|"
    r"instructions?|howto|使い方|説明|はじめに|凡例|選択肢|legend|answerkey|answers?key|lists?|リスト|変更履歴|改訂履歴|"
    r"changelog|revisionhistory)$"
)
# Who a sheet is for: an evaluation / scoring sheet addresses analysts, not the respondent.
_EVALUATOR_RE = re.compile(r"analyst|evaluat|scor(?:e|ing)|assessor|評価者|審査員|採点", re.IGNORECASE)
# The symbol a sheet asks to put in a tick column: 「○」を記入, Mark X in the column.
_TICK_QUOTED = re.compile(r"[「『\"“'‘]\s*([○〇◯●✓✔☑xX×■✕])\s*[」』\"”'’]")
_TICK_EN = re.compile(r"\b(?:mark|put|enter|place|type|tick)\s+(?:an?\s+)?[\"“']?([xX✓✔])[\"”']?\s+(?:in|into|under|on)\b", re.I)


@dataclass
class ColumnRole:
    col: int
    role: str  # question | part | mark | text | tick | combined | context | id | ignore | ""
    header: str = ""
    meaning: str = ""  # for tick columns: the canonical mark
    vocabulary: tuple[str, ...] = ()  # the dropdown (or tick symbol) most rows of the column take
    note: str = ""  # why the role was given or refused (dropdown, formulas, for the analyst …)
    dropdowns: float = 0.0  # share of question rows whose cell in this column has a dropdown


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
    header_rows: list[int] = field(default_factory=list)  # every header row of the table, repeats too
    first_row: int = 0
    last_row: int = 0
    tick_symbol: str = ""
    state: str = "visible"
    repeated_ids: int = 0  # questions whose id was already asked on an earlier sheet


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
    if (is_japanese(k) and len(k) > 30) or (len(k) > 20 and is_question_like(text)) or k.endswith("。"):
        return "", ""  # a sentence, not a column name
    # "(Optional/Recommended)", 「（○/×）」: the words outside brackets name the column
    bare = re.sub(r"[(（\[【][^)）\]】]*[)）\]】]", "", k) or k
    if bare in _ID_EXACT or k in _ID_EXACT or (len(bare) <= 6 and re.fullmatch(r"[^a-z]{0,4}(id|番号|no\.?)", bare)):
        return "id", ""
    exact_mark = vocab.mark_of(re.sub(r"[(（\[【][^)）\]】]*[)）\]】]", "", text), strict=True) or vocab.mark_of(bare, strict=True)
    if exact_mark:
        return "tick", exact_mark
    bare = _TITLE_WORDS.sub("", bare)
    if not bare:
        return "", ""
    for role, words in (
        ("ignore", _OTHER_PARTY_KW),
        ("text", _TEXT_STRONG_KW),  # 「補足・証跡」 asks for a comment (with evidence)
        ("ignore", _NOT_ANSWER_KW),
        ("text", _TEXT_KW),
        ("question", _QUESTION_STRONG_KW),
        ("ignore", _IGNORE_KW),
        ("mark", _MARK_KW),
        ("context", _CONTEXT_KW),
        ("question", _QUESTION_KW),
    ):
        if any(w in bare for w in words):
            return role, ""
    return "", ""


def _is_long(text: str) -> bool:
    """Long enough to be a question (Japanese packs more into fewer characters)."""
    return len(text) >= 12 or (len(text) >= 8 and is_japanese(text))


def is_question_like(text: str) -> bool:
    t = nfkc(text).strip()
    return bool(_QUESTION_ENDING.search(t) or _QUESTION_START.match(t))


def id_depth(value: str) -> int:
    """How many numbers a question number has: 「1」 1, 「1-2」 2, 「A.1.3」 2, 「AIS-01.1」 2."""
    digits = re.sub(r"^\D*", "", nfkc(value).strip())
    return len([p for p in re.split(r"\s*[-.．_]\s*", digits) if p[:1].isdigit()]) if digits else 0


# ---------------------------------------------------------------- the grid


class _Grid:
    """Cell text with merged ranges resolved, hidden rows and columns noted, dropdowns indexed."""

    def __init__(self, data: SheetData):
        self.data = data
        # a dropdown column may hold no cell at all yet (a blank questionnaire without borders)
        dropdown_cols = {
            c
            for v in data.validations
            if v.type == "list"
            for _, c1, _, c2 in v.ranges
            if c1 <= 200
            for c in range(c1, min(c2, c1 + 20) + 1)
        }
        cols = set(range(1, data.max_col + 1)) | dropdown_cols
        self.visible = sorted(c for c in cols if c not in data.hidden_cols)
        self._merge_of: dict[tuple[int, int], tuple[int, int, int, int]] = {}
        for m in data.merges:
            r1, c1, r2, c2 = m
            if (r2 - r1 + 1) * (c2 - c1 + 1) > 20_000:
                continue  # absurd merges are not layout
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    self._merge_of[(r, c)] = m
        # own non-empty text of each row, visible columns only, left to right
        self.rows: dict[int, list[tuple[int, str]]] = {}
        hidden = data.hidden_cols
        for (r, c), cell in data.cells.items():
            if c in hidden:
                continue
            v = cell.value.strip()
            if not v:
                continue
            m = self._merge_of.get((r, c))
            if m and (m[0], m[1]) != (r, c):
                continue
            self.rows.setdefault(r, []).append((c, v))
        for cells in self.rows.values():
            cells.sort()
        self._lists: dict[int, list[tuple[int, int, Validation]]] = {}
        self._prompts: dict[int, list[tuple[int, int, str]]] = {}
        for v in data.validations:
            for r1, c1, r2, c2 in v.ranges:
                for c in range(c1, min(c2, max(self.visible, default=1) + 1) + 1):
                    if v.type == "list" and v.values:
                        self._lists.setdefault(c, []).append((r1, r2, v))
                    if v.prompt:
                        self._prompts.setdefault(c, []).append((r1, r2, v.prompt))

    def text(self, r: int, c: int) -> str:
        m = self._merge_of.get((r, c))
        if m:
            return self.data.text(m[0], m[1])
        return self.data.text(r, c)

    def own(self, r: int, c: int) -> str:
        """Text of the cell itself; empty for the non-top-left cells of a merge."""
        m = self._merge_of.get((r, c))
        if m and (m[0], m[1]) != (r, c):
            return ""
        return self.data.text(r, c)

    def merge(self, r: int, c: int) -> tuple[int, int, int, int] | None:
        return self._merge_of.get((r, c))

    def formula(self, r: int, c: int) -> bool:
        cell = self.data.cells.get((r, c))
        return bool(cell and cell.formula)

    def style(self, r: int, c: int) -> int:
        cell = self.data.cells.get((r, c))
        return cell.style if cell else 0

    def dropdown(self, r: int, c: int) -> Validation | None:
        for r1, r2, v in self._lists.get(c, ()):
            if r1 <= r <= r2:
                return v
        return None

    def prompt(self, r: int, c: int) -> str:
        for r1, r2, p in self._prompts.get(c, ()):
            if r1 <= r <= r2:
                return p
        return ""

    def hidden_row(self, r: int) -> bool:
        return r in self.data.hidden_rows

    def all_text(self, rows: range) -> list[str]:
        return [t for r in rows for _, t in self.rows.get(r, ())]


# ---------------------------------------------------------------- entry points


def read_workbook(pkg: Package) -> ReadResult:
    rows: list[QuestionRow] = []
    reports: list[SheetReport] = []
    seen_ids: set[str] = set()
    for info in pkg.sheets:
        if info.state != "visible":
            reports.append(
                SheetReport(info.name, False, f"{info.state} sheet (helper data the respondent never sees)", state=info.state)
            )
            continue
        data = pkg.read_sheet(info)
        found, report = read_sheet(data)
        # The same id on several tabs keeps its qid so later stages can answer it once.
        ids = {q.qid for q in found if q.qid}
        report.repeated_ids = sum(1 for q in found if q.qid and q.qid in seen_ids)
        seen_ids |= ids
        rows.extend(found)
        reports.append(report)
    return ReadResult(rows, reports)


def read_sheet(data: SheetData) -> tuple[list[QuestionRow], SheetReport]:
    name = data.info.name
    if not any(c.value.strip() for c in data.cells.values()):
        return [], SheetReport(name, False, "empty sheet")
    if _NOT_A_QUESTIONNAIRE_NAME.match(re.sub(r"[\s\d_()（）\[\]【】.・-]+", "", nfkc(name).lower())):
        return [], SheetReport(name, False, "its name says it is an example, instructions or a legend, not the sheet to answer")
    grid = _Grid(data)
    table = _find_table(grid)
    if isinstance(table, str):
        return [], SheetReport(name, False, table)
    questions, skipped = _read_rows(grid, table)
    report = SheetReport(
        name,
        bool(questions),
        "" if questions else _no_rows_reason(table, skipped),
        table.header_top,
        table.columns,
        len(questions),
        dict(skipped),
        table.header_rows,
        questions[0].row if questions else 0,
        questions[-1].row if questions else 0,
        table.tick_symbol,
    )
    return questions, report


def require_questions(result: ReadResult, label: str) -> None:
    """Raise a clear error when no sheet held a question table."""
    if result.rows:
        return
    looked = "; ".join(f"sheet {s.name!r}: {s.reason}" for s in result.sheets) or "no worksheets"
    raise InputError(f"{label}: no question table found ({looked})")


# ---------------------------------------------------------------- finding the table


@dataclass
class _Table:
    main: int  # the header row (0: no header)
    header_top: int  # first row of the header block
    header_end: int  # last row of the header block
    qcol: int
    columns: list[ColumnRole]
    header_rows: list[int]  # the main header and its repeats, in order
    blocks: dict[int, set[int]]  # repeated header row -> answer columns it names
    start: int  # first body row (may be above the header when the first block lost its header)
    extended: set[int]  # rows taken above the first header by their question numbers
    tick_symbol: str = ""
    japanese: bool = False

    def by_role(self, *roles: str) -> list[ColumnRole]:
        return [rc for rc in self.columns if rc.role in roles]


def _find_table(grid: _Grid) -> _Table | str:
    data = grid.data
    candidates = _header_candidates(grid)
    main = _best_header(grid, candidates)
    if main is None:
        return _headerless_table(grid)  # or the reason no table was found
    top, end = _header_block(grid, main)
    columns = _column_roles(grid, top, end)
    body = [r for r in range(end + 1, data.max_row + 1) if not grid.hidden_row(r)]
    qcol = _question_column(grid, body, columns)
    if qcol is None:
        return _unread_reason(grid, f"a header on row {main} but no column of questions under it")
    if _is_legend(grid, body, qcol):
        return "an answer key or legend: its rows list the answer marks (○, ×, Yes, No …) and what they mean"
    # the header block ends where the question column starts holding text
    trimmed = next((r - 1 for r in range(main + 1, end + 1) if grid.own(r, qcol)), end)
    if trimmed != end:
        end = trimmed
        columns = _column_roles(grid, top, end)
    body = [r for r in range(end + 1, data.max_row + 1) if not grid.hidden_row(r)]
    header_rows, blocks = _repeated_headers(grid, main, top, end, qcol, columns, candidates)
    _assign_roles(grid, body, columns, qcol)
    answers = [rc for rc in columns if rc.role in ANSWER_ROLES]
    if not answers:
        refused = [rc for rc in columns if rc.note and rc.header]
        if any("formula" in rc.note for rc in refused):
            return _evaluation_reason(grid, refused)
        looked = "回答/実施状況/備考/Answer/Response/Comments, Yes-No-N/A columns or answer dropdowns"
        extra = "; ".join(f"{col_letter(rc.col)} 「{rc.header[:30]}」 {rc.note}" for rc in refused)
        return f"questions under the header on row {main} but no answer column (looked for {looked})" + (
            f"; not answer columns: {extra}" if extra else ""
        )
    start = min(header_rows[0], top)
    table = _Table(main, top, end, qcol, columns, header_rows, blocks, start, set())
    table.start, table.extended = _extend_upwards(grid, table)
    table.japanese = _is_japanese_sheet(grid, table)
    table.tick_symbol = _tick_symbol(grid, table)
    for rc in table.by_role("tick"):
        rc.vocabulary = (table.tick_symbol,)
    return table


def _is_legend(grid: _Grid, body: list[int], qcol: int) -> bool:
    """Rows that each start with a bare mark (「○ | 対策を実施している」) explain the answers."""
    rows = [r for r in body if grid.own(r, qcol)][:50]
    if len(rows) < 2:
        return False
    marked = 0
    for r in rows:
        first = next((t for c, t in grid.rows.get(r, ()) if c <= qcol), "")
        if first and (vocab.mark_of(first, strict=True) or vocab.mark_of(grid.own(r, qcol), strict=True)):
            marked += 1
    return marked >= 0.8 * len(rows)


def _header_candidates(grid: _Grid) -> dict[int, dict[int, tuple[str, str]]]:
    """Rows that read like a header: two or more short cells, one naming an answer or question column."""
    out: dict[int, dict[int, tuple[str, str]]] = {}
    for r, cells in grid.rows.items():
        if grid.hidden_row(r) or len(cells) < 2:
            continue
        short = [(c, t) for c, t in cells if len(t) <= MAX_HEADER_CHARS]
        if len(short) < 2 or len(short) < 0.75 * len(cells):
            continue
        roles = {c: classify_header(t) for c, t in short}
        roles = {c: rm for c, rm in roles.items() if rm[0]}
        answers = [c for c, (role, _) in roles.items() if role in ANSWER_ROLES]
        questions = [c for c, (role, _) in roles.items() if role == "question"]
        if answers or (questions and len(roles) >= 2):
            out[r] = roles
    return out


def _best_header(grid: _Grid, candidates: dict[int, dict[int, tuple[str, str]]]) -> int | None:
    best: tuple[float, int] | None = None
    for r, roles in candidates.items():
        if r > HEADER_SCAN_ROWS:
            continue
        kinds = [role for role, _ in roles.values()]
        answers = sum(1 for k in kinds if k in ANSWER_ROLES)
        ticks = sum(1 for k in kinds if k == "tick")
        if ticks and all(k == "tick" for k in kinds if k in ANSWER_ROLES) and ticks < 2:
            continue  # a lone 「Yes」 is a value, not a header
        score = 3 * min(answers, 2) + 3 * ("question" in kinds) + len(kinds)
        below = sum(1 for rr in range(r + 1, r + 31) if any(_is_long(t) for _, t in grid.rows.get(rr, ())))
        if below >= 3:
            score += 3
        elif below == 0:
            score -= 4
        if best is None or score > best[0]:
            best = (score, r)
    return best[1] if best else None


def _header_block(grid: _Grid, main: int) -> tuple[int, int]:
    """The rows of a multi-row header: merged cells reaching into the header row pull the top up;
    rows under merged or empty header cells (Yes / No under 「Answers」) extend it down."""
    top = main
    for c in grid.visible:
        m = grid.merge(main, c)
        if m and main - 2 <= m[0] < top:
            top = m[0]
    end = main
    for r in range(main + 1, main + 4):
        if grid.hidden_row(r):
            break
        cells = grid.rows.get(r, [])
        if not cells:
            # an empty row belongs to the header only when a header merge covers it
            if any((m := grid.merge(r, c)) and m[0] < r for c in grid.visible):
                end = r
                continue
            break
        if len(cells) < 2 or any(len(t) > 80 for _, t in cells):
            break
        # sub-headers sit under a merged header cell or where the header row is empty
        if any(_is_wide_merge(grid.merge(main, c)) or not grid.text(main, c) for c, _ in cells):
            end = r
        else:
            break
    return top, end


def _is_wide_merge(m: tuple[int, int, int, int] | None) -> bool:
    return bool(m and m[3] > m[1])


def _column_roles(grid: _Grid, top: int, end: int) -> list[ColumnRole]:
    out = []
    for c in grid.visible:
        shown: list[str] = []  # everything above the column, for display
        owned: list[str] = []  # header cells of this column itself, top first
        for r in range(top, end + 1):
            t = grid.text(r, c)
            if t and t not in shown:
                shown.append(t)
            m = grid.merge(r, c)
            if m and m[1] != c:
                continue  # covered by a cell to the left: that column's header, not ours
            t = grid.text(r, c) if (m is None or r == max(m[0], top)) else ""
            if t and t not in owned:
                owned.append(t)
        role, meaning = "", ""
        for t in reversed(owned):  # the lowest (most specific) header cell that names a role
            role, meaning = classify_header(t)
            if role:
                break
        if not role and len(owned) > 1:
            role, meaning = classify_header(" ".join(owned))
        out.append(ColumnRole(c, role, " ".join(shown), meaning))
    # 「No」 beside 「Yes」 is the No column of a Yes / No / N/A set, not a number column
    for i, rc in enumerate(out):
        neighbours = [out[j] for j in (i - 1, i + 1) if 0 <= j < len(out)]
        if rc.role == "id" and rc.header and vocab.mark_of(rc.header.split()[-1], strict=True) and any(
            o.role == "tick" for o in neighbours
        ):
            rc.role, rc.meaning = "tick", vocab.mark_of(rc.header.split()[-1], strict=True) or ""
    return out


@dataclass
class _ColStats:
    cells: int = 0  # rows where the cell exists at all (formulas with an empty result too)
    filled: int = 0
    long: int = 0
    questionish: int = 0
    idlike: int = 0
    formulas: int = 0
    distinct: int = 0
    mean_len: float = 0.0


def _stats(grid: _Grid, rows: list[int], col: int) -> _ColStats:
    s = _ColStats()
    texts = []
    for r in rows[:BODY_SAMPLE]:
        if (r, col) in grid.data.cells:
            s.cells += 1
            if grid.formula(r, col):
                s.formulas += 1
        t = grid.own(r, col)
        if not t:
            continue
        texts.append(t)
        if _is_long(t):
            s.long += 1
        if is_question_like(t):
            s.questionish += 1
        if len(t) <= 16 and _ID_VALUE.match(nfkc(t)):
            s.idlike += 1
    s.filled = len(texts)
    s.distinct = len(set(texts))
    s.mean_len = sum(map(len, texts)) / len(texts) if texts else 0.0
    return s


def _question_column(grid: _Grid, body: list[int], columns: list[ColumnRole]) -> int | None:
    first_answer = min((rc.col for rc in columns if rc.role in ANSWER_ROLES), default=10**6)
    best: tuple[float, int] | None = None
    for rc in columns:
        if rc.role in ("tick", "mark", "id", "ignore") or rc.role == "text" and rc.col > first_answer:
            continue
        s = _stats(grid, body, rc.col)
        if s.long < 1 or s.idlike > 0.5 * s.filled:
            continue
        score = s.long + 2 * s.questionish
        if rc.role == "question":
            score += 0.5 * s.long + 2
        if rc.col > first_answer:
            score *= 0.5
        if best is None or score > best[0]:
            best = (score, rc.col)
    return best[1] if best else None


def _assign_roles(grid: _Grid, body: list[int], columns: list[ColumnRole], qcol: int) -> None:
    """Settle every column's role once the question column is known."""
    qrows = [r for r in body if grid.own(r, qcol)][:BODY_SAMPLE]
    for rc in columns:
        if rc.col == qcol:
            rc.role, rc.meaning = "question", ""
            continue
        s = _stats(grid, qrows, rc.col)
        # A dropdown of marks makes an answer column whatever its header says.
        lists = [v for v in (grid.dropdown(r, rc.col) for r in qrows) if v is not None]
        rc.dropdowns = len(lists) / len(qrows) if qrows else 0.0
        common = Counter(v.values for v in lists).most_common(1)[0][0] if lists else ()
        if rc.dropdowns >= 0.3 and vocab.is_mark_vocabulary(common) and rc.role in ("", "text", "combined", "context", "question"):
            rc.role, rc.note = "mark", "dropdown of marks"
        if rc.role == "mark" and common:
            rc.vocabulary = common
        if rc.role in ("question", "") and 0 < qcol - rc.col <= 2 and s.filled >= 0.6 * len(qrows) \
                and s.idlike < 0.5 * max(s.filled, 1) and (rc.role == "question" or s.distinct >= 0.8 * s.filled) \
                and s.mean_len >= 2:
            rc.role = "part"  # 「サービス稼働率」 beside 「サービスを利用できる確率…」
        elif rc.role == "question":
            rc.role = "context" if rc.col < qcol else ""
        if rc.role in ("", "context") and s.filled and s.idlike >= 0.6 * s.filled and s.filled >= 0.5 * len(qrows):
            rc.role, rc.note = "id", rc.note or "question numbers"
        if rc.role == "id" and rc.col > qcol:
            rc.role, rc.note = "", ""  # a reference number beside the answers (CCM Control ID)
        if rc.role == "context" and s.mean_len > (40 if rc.col > qcol else 60):
            rc.role = ""  # long text (a control specification, a mapping), not a category
        if rc.role == "" and rc.col < qcol and s.filled and s.mean_len <= 40 and s.idlike < 0.5 * s.filled:
            rc.role = "context"  # category written on the first row of each group
        if rc.role in ANSWER_ROLES and s.formulas >= 0.6 * max(s.cells, 1) and s.formulas >= 0.3 * len(qrows):
            rc.role, rc.note = "ignore", "formulas: shows answers given elsewhere"
        if rc.role in ("text", "combined") and rc.col < qcol:
            rc.role, rc.note = "ignore", "left of the questions"
        if rc.role == "mark" and rc.col < qcol and not rc.vocabulary:
            rc.role, rc.note = "ignore", "left of the questions"
        if rc.role == "ignore" and not rc.note and rc.header:
            if any(w in _key(rc.header) for w in _OTHER_PARTY_KW):
                rc.note = "for the other party"
    ticks = [rc for rc in columns if rc.role == "tick"]
    if len(ticks) == 1 and not _is_symbol(ticks[0].header):
        # a tick column stands with others; alone, 「はい」 or 「Yes」 names a mark column.
        # A lone 「✓」 or 「■」 column still takes that symbol for yes and stays blank for no.
        ticks[0].role, ticks[0].meaning = "mark", ""
    marks = [rc for rc in columns if rc.role == "mark"]
    texts = [rc for rc in columns if rc.role == "text"]
    if len(marks) == 1 and not texts and not ticks:
        only = marks[0]
        if not only.vocabulary and not vocab.vocabulary_from_header(only.header):
            only.role = "combined"  # a lone 「回答」 takes the mark and the text together
    for rc in marks:
        if rc.role == "mark" and not rc.vocabulary:
            rc.vocabulary = vocab.vocabulary_from_header(rc.header)


def _repeated_headers(
    grid: _Grid,
    main: int,
    top: int,
    end: int,
    qcol: int,
    columns: list[ColumnRole],
    candidates: dict[int, dict[int, tuple[str, str]]],
) -> tuple[list[int], dict[int, set[int]]]:
    """The main header repeated higher up or lower down: the same words over the answer columns.
    A repeat may name an answer column the main header lacks (one section has no 「Additional
    Information」): the column joins the table, and each block keeps the columns its header names."""
    answer_cols = {rc.col for rc in columns if rc.role in ANSWER_ROLES}
    fixed = {rc.col: _key(grid.own(main, rc.col)) for rc in columns if rc.role in ANSWER_ROLES + ("ignore",)}
    fixed = {c: k for c, k in fixed.items() if k}
    by_col = {rc.col: rc for rc in columns}
    rows, blocks = [main], {main: set(answer_cols)}
    for r in sorted(candidates):
        if top <= r <= end or grid.own(r, qcol):
            continue  # a row with a question is a question, whatever else it holds
        cells = dict(grid.rows.get(r, ()))
        same = [c for c in fixed if c in cells and _key(cells[c]) == fixed[c]]
        clash = [c for c in fixed if c in cells and _key(cells[c]) != fixed[c]]
        if not same or clash or not any(c in answer_cols for c in same):
            continue
        named = {c for c in same if c in answer_cols}
        for c, (role, meaning) in candidates[r].items():
            rc = by_col.get(c)
            if rc and role in ANSWER_ROLES and c not in fixed and rc.role in ("", role):
                rc.role, rc.meaning, rc.header = role, meaning, rc.header or cells[c]
                named.add(c)
        rows.append(r)
        blocks[r] = named
    return sorted(rows), blocks


def _extend_upwards(grid: _Grid, table: _Table) -> tuple[int, set[int]]:
    """When the table's first block lost its header (HECVAT's first tab), rows just above the
    first header that carry the same kind of question number still belong to the table."""
    ids = table.by_role("id")
    if not ids or len(table.header_rows) < 2:
        return table.start, set()  # only a table that repeats its header per section loses one
    idc = ids[0].col
    shapes = Counter(
        _shape(grid.own(r, idc)) for r in range(table.header_end + 1, min(grid.data.max_row, table.header_end + 200) + 1)
        if grid.own(r, idc) and grid.own(r, table.qcol)
    )
    if not shapes:
        return table.start, set()
    shape, n = shapes.most_common(1)[0]
    if n < 3:
        return table.start, set()
    taken: set[int] = set()
    r = table.start - 1
    while r > 0:
        if grid.hidden_row(r):
            r -= 1
            continue
        if _shape(grid.own(r, idc)) == shape and grid.own(r, table.qcol):
            taken.add(r)
            r -= 1
            continue
        break
    if not taken:
        return table.start, set()
    start = min(taken)
    cells = grid.rows.get(start - 1, [])
    if len(cells) == 1 and len(cells[0][1]) <= 60:
        start -= 1  # its section title
    return start, taken


def _shape(value: str) -> str:
    return re.sub(r"[A-Za-z]", "A", re.sub(r"\d", "9", nfkc(value).strip())) if value else ""


def _headerless_table(grid: _Grid) -> _Table | str:
    """No header row: a column of questions with a dropdown of marks beside it still is a table."""
    data = grid.data
    by_col: dict[int, list[int]] = {}
    for c, entries in grid._lists.items():
        if c in data.hidden_cols:
            continue
        for r1, r2, v in entries:
            if vocab.is_mark_vocabulary(v.values):
                by_col.setdefault(c, []).extend(range(r1, min(r2, data.max_row) + 1))
    for c, rows in sorted(by_col.items(), key=lambda kv: -len(kv[1])):
        rows = sorted(set(rows))
        columns = [ColumnRole(cc, "") for cc in grid.visible]
        body = [r for r in rows if not grid.hidden_row(r)]
        left = [rc for rc in columns if rc.col < c]
        qcol = _question_column(grid, body, left)
        if qcol is None:
            continue
        s = _stats(grid, body, qcol)
        if s.questionish < max(3, 0.5 * s.filled):
            continue  # long text beside a dropdown, but not questions
        for rc in columns:
            if rc.col == c:
                rc.role, rc.note = "mark", "dropdown of marks (no header row)"
        _assign_roles(grid, body, columns, qcol)
        table = _Table(0, 0, body[0] - 1, qcol, columns, [], {}, body[0], set())
        table.japanese = _is_japanese_sheet(grid, table)
        table.tick_symbol = _tick_symbol(grid, table)
        return table
    return _unread_reason(
        grid,
        "no question table (no header row naming a question and an answer column such as 質問/確認項目/Question "
        "with 回答/Answer/Yes-No, and no dropdown of marks beside a column of questions)",
    )


def _unread_reason(grid: _Grid, looked: str) -> str:
    texts = [t for cells in grid.rows.values() for _, t in cells]
    long = [t for t in texts if len(t) >= 40]
    kind = ""
    if texts and (len(long) >= 3 or len(texts) <= 25):
        kind = "instructions or cover page: " if long else "cover page or form: "
    return f"{kind}{looked}"


def _evaluation_reason(grid: _Grid, refused: list[ColumnRole]) -> str:
    cols = ", ".join(col_letter(rc.col) for rc in refused if "formula" in rc.note)
    head = " ".join(grid.all_text(range(1, 12)))
    who = " meant for the evaluator (its title and instructions address analysts/scoring):" if _EVALUATOR_RE.search(
        head + " " + grid.data.info.name
    ) else ""
    return f"an evaluation or summary sheet{who} its answer cells ({cols}) are formulas showing answers given on other sheets"


def _no_rows_reason(table: _Table, skipped: Counter[str]) -> str:
    why = ", ".join(f"{n} {reason}" for reason, n in skipped.most_common())
    return f"a header on row {table.header_top} but no question rows below it" + (f" ({why})" if why else "")


def _is_japanese_sheet(grid: _Grid, table: _Table) -> bool:
    heads = " ".join(rc.header for rc in table.columns)
    sample = " ".join(grid.own(r, table.qcol) for r in range(table.header_end + 1, table.header_end + 30))
    return is_japanese(heads) or is_japanese(sample)


def _is_symbol(text: str) -> bool:
    t = text.strip()
    return len(t) == 1 and not t.isalnum()


def _tick_symbol(grid: _Grid, table: _Table) -> str:
    """The symbol this sheet uses in its tick columns: what they already hold, what the
    instructions ask for (「○」を記入, Mark X), else ○ (Japanese) or x."""
    ticks = table.by_role("tick")
    if not ticks:
        return ""
    seen = Counter(
        grid.own(r, rc.col) for rc in ticks for r in range(table.header_end + 1, grid.data.max_row + 1) if grid.own(r, rc.col)
    )
    seen = Counter({k: n for k, n in seen.items() if len(k) <= 3})
    if seen:
        return seen.most_common(1)[0][0]
    if len(ticks) == 1 and _is_symbol(ticks[0].header):
        return ticks[0].header.strip()  # the column's own symbol: 「✓」
    notes = grid.all_text(range(1, max(table.header_top, 1)))
    notes += [rc.header for rc in table.columns]
    for t in notes:
        m = _TICK_QUOTED.search(t) or _TICK_EN.search(t)
        if m:
            return m.group(1)
    return "○" if table.japanese else "x"


# ---------------------------------------------------------------- rows


def _read_rows(grid: _Grid, table: _Table) -> tuple[list[QuestionRow], Counter[str]]:
    data = grid.data
    qcol = table.qcol
    parts = [rc.col for rc in table.by_role("part")]
    id_cols = _id_columns(grid, table)
    context_cols = [rc.col for rc in table.by_role("context")]
    answer_cols = [rc for rc in table.columns if rc.role in ANSWER_ROLES]
    if not answer_cols:
        return [], Counter()
    first_answer = min(rc.col for rc in answer_cols)
    left_cols = [c for c in grid.visible if c < qcol and c not in parts]
    repeated = set(table.header_rows) - {table.main}
    header_keys = {_key(rc.header) for rc in table.columns if rc.header}

    skipped: Counter[str] = Counter()
    candidates: list[tuple[str, int, str, set[int]]] = []  # kind, row, text, active answer columns
    # Each block of a table whose header repeats takes the answer columns its own header names;
    # columns no header names (found by their dropdowns) belong to every block.
    named = set().union(*table.blocks.values()) if table.blocks else set()
    unnamed = {rc.col for rc in answer_cols} - named

    def block(r: int) -> set[int]:
        return (table.blocks[r] | unnamed) if r in table.blocks else {rc.col for rc in answer_cols}

    active = block(table.main)
    if table.extended:
        active = {answer_cols[0].col}  # a block without its header: only the main answer column
    for r in range(table.start, data.max_row + 1):
        if r in repeated or (repeated and r == table.main):
            # a section's own header: its title (「 Documentation」) is context for the rows under it
            if r in repeated:
                skipped["repeated header"] += 1
            active = block(r)
            title = " ".join(t for c, t in grid.rows.get(r, ()) if c < first_answer and c != qcol)
            if title and classify_header(title)[0] != "id":
                candidates.append(("section", r, title, active))
            continue
        if table.header_top <= r <= table.header_end:
            active = block(table.main)
            continue
        cells = grid.rows.get(r)
        if not cells:
            continue
        if grid.hidden_row(r):
            if grid.own(r, qcol):
                skipped["hidden row"] += 1
            continue
        text = grid.own(r, qcol)
        merge = grid.merge(r, qcol)
        if merge and merge[0] != r:
            continue  # continuation of a question merged over several rows
        if not text:
            left_text = " ".join(t for c, t in cells if c in left_cols)
            if left_text and not any(grid.own(r, rc.col) for rc in answer_cols):
                if _ID_VALUE.match(nfkc(left_text)):
                    continue  # a numbered row left empty (a template's spare rows)
                if _NOTE_RE.match(left_text):
                    skipped["note"] += 1
                else:
                    candidates.append(("section", r, left_text, active))
            continue
        if _key(text) in header_keys:
            skipped["repeated header"] += 1
            continue
        if _NOTE_RE.match(text) or (_INSTRUCTION_RE.search(text) and not any(grid.own(r, rc.col) for rc in answer_cols)):
            skipped["note"] += 1
            continue
        if merge and merge[3] >= first_answer > qcol:
            candidates.append(("section", r, text, active))  # a banner across the answer columns
            continue
        candidates.append(("row", r, text, active))

    row_rows = [r for kind, r, _, _ in candidates if kind == "row"]
    ctx = _HeadingContext(grid, table, row_rows, id_cols, answer_cols)
    ctx.next_text = {r: t for (k, r, _, _), (_, _, t, _) in zip(candidates, candidates[1:]) if k == "row"}
    rows: list[QuestionRow] = []
    section = ""
    carried: dict[int, str] = {}
    for kind, r, text, cols in candidates:
        for c in context_cols:
            value = grid.text(r, c)
            if value:
                carried[c] = value
        if kind == "row":
            verdict = ctx.verdict(r, text)
            if verdict == "section":
                kind = "section"
            elif verdict:
                skipped[verdict] += 1
                continue
        if kind == "section":
            section = text
            skipped["section heading"] += 1
            continue
        slots, computed = _slots(grid, table, r, [rc for rc in answer_cols if rc.col in cols])
        if not slots and computed:
            skipped["answered on another sheet (the answer cell is a formula)"] += 1
            continue
        prefix = " / ".join(grid.text(r, c) for c in parts if grid.text(r, c))
        question = f"{prefix} / {text}" if prefix and prefix not in text else text
        qid = next((grid.text(r, c) for c in id_cols if grid.text(r, c)), "")
        if not qid:
            m = _INLINE_ID.match(nfkc(text))
            qid = m.group(1) if m else ""
        context = " / ".join(x for x in dict.fromkeys([section, *(carried.get(c, "") for c in context_cols)]) if x)
        rows.append(QuestionRow(data.info.name, r, question, make_ref(r, qcol), context, qid, tuple(slots)))
    return rows, skipped


def _id_columns(grid: _Grid, table: _Table) -> list[int]:
    """Id columns, the one that numbers questions most distinctly first (Question ID before Control ID)."""
    ids = [rc.col for rc in table.by_role("id")]
    rows = [r for r in range(table.header_end + 1, grid.data.max_row + 1) if grid.own(r, table.qcol)][:BODY_SAMPLE]

    def distinct(c: int) -> tuple[int, int]:
        return len({grid.text(r, c) for r in rows if grid.text(r, c)}), -abs(table.qcol - c)

    return sorted(ids, key=distinct, reverse=True)


class _HeadingContext:
    """Tells section headings and notes from questions among rows with text in the question column."""

    def __init__(self, grid: _Grid, table: _Table, rows: list[int], id_cols: list[int], answer_cols: list[ColumnRole]):
        self.grid, self.table, self.id_cols, self.answer_cols = grid, table, id_cols, answer_cols
        qcol = table.qcol
        ids = {r: grid.text(r, id_cols[0]) for r in rows} if id_cols else {}
        self.id_share = sum(1 for r in rows if any(grid.text(r, c) for c in id_cols)) / len(rows) if rows and id_cols else 0.0
        self.id_depth = _modal([id_depth(v) for v in ids.values() if v], 3)
        self.text_depth = _modal(
            [len(re.split(r"[-.．]", m.group(1))) for r in rows if (m := _inline_number(grid.own(r, qcol)))],
            max(3, len(rows) // 3),
        )
        styles = Counter(grid.style(r, qcol) for r in rows)
        self.style = styles.most_common(1)[0][0] if styles else None
        self.dropdown_share = {rc.col: rc.dropdowns for rc in answer_cols}
        self.question_share = sum(1 for r in rows if is_question_like(grid.own(r, qcol))) / len(rows) if rows else 0.0
        self.next_text: dict[int, str] = {}  # row -> text of the next candidate row

    def verdict(self, r: int, text: str) -> str:
        """'' for a question, 'section' for a heading, or a reason to skip the row."""
        grid, qcol = self.grid, self.table.qcol
        has_id = any(grid.text(r, c) for c in self.id_cols)
        if any(grid.own(r, rc.col) for rc in self.answer_cols):
            return ""  # an answered row is a question
        questionish = is_question_like(text)
        if has_id and self.id_share >= 0.6 and self.id_depth:
            if id_depth(grid.text(r, self.id_cols[0])) >= self.id_depth:
                return ""  # numbered like every other question
        if self.id_share >= 0.8 and not has_id and len(text) > 60 and not questionish:
            return "note"  # a paragraph in a table whose every question is numbered
        if len(text) > 40 or (questionish and len(text) > 12):
            return ""
        signals = 0
        if self.id_share >= 0.6 and not has_id:
            signals += 2
        if has_id and self.id_depth:
            depth = id_depth(grid.text(r, self.id_cols[0]))
            if depth and depth < self.id_depth:
                signals += 2  # 「1」 above 「1-1」「1-2」
        if _HEADING_RE.match(nfkc(text)):
            signals += 1
        m = _inline_number(text)
        if self.text_depth and m and len(re.split(r"[-.．]", m.group(1))) < self.text_depth:
            signals += 2
        if self.style is not None and grid.style(r, qcol) != self.style:
            signals += 1
        if not questionish and len(text) <= 30 and self.question_share >= 0.6 and is_question_like(self.next_text.get(r, "")):
            signals += 3  # a short title among questions, a question right under it: 「Company Overview」
        elif not questionish and len(text) <= 20:
            signals += 1
        # answer cells that take a dropdown everywhere else but not here
        if any(share >= 0.8 and not grid.dropdown(r, c) for c, share in self.dropdown_share.items()):
            signals += 1
        return "section" if signals >= 3 else ""


def _inline_number(text: str) -> re.Match[str] | None:
    t = nfkc(text)
    m = re.match(r"^\s*(?:[A-Za-z]{1,3}[-.])?(\d+(?:[-.．]\d+)*)", t)
    if m and re.match(r"^\s*\d+\s*[^\d\s.．)-]", t[: m.end() + 1] + " "):
        return None  # 「3年以上…」: a number that is part of the sentence
    return m


def _modal(values: list[int], min_count: int) -> int:
    values = [v for v in values if v]
    if len(values) < min_count:
        return 0
    return Counter(values).most_common(1)[0][0]


def _slots(grid: _Grid, table: _Table, r: int, answer_cols: list[ColumnRole]) -> tuple[list[AnswerSlot], bool]:
    """The row's answer cells; and whether some were left out for holding a formula."""
    out: list[AnswerSlot] = []
    computed = False
    free: list[int] = []  # mark cells without the dropdown the rest of the column has
    for rc in answer_cols:
        merge = grid.merge(r, rc.col)
        row, col = r, rc.col
        if merge:
            if merge[0] != r:
                continue  # shared with the row above: not this row's cell
            row, col = merge[0], merge[1]
        if grid.formula(row, col):
            computed = True
            continue  # never overwrite a formula: its value comes from elsewhere
        if _DO_NOT_FILL.search(grid.prompt(row, col)):
            continue  # the cell's own message says to leave it alone
        ref = make_ref(row, col)
        current = grid.own(row, col)
        dropdown = grid.dropdown(row, col)
        if rc.role == "tick":
            out.append(AnswerSlot(ref, "tick", rc.header, (table.tick_symbol,), rc.meaning, current))
        elif rc.role == "mark":
            vocabulary = dropdown.values if dropdown else rc.vocabulary
            if not dropdown and rc.dropdowns >= 0.5:
                free.append(len(out))
            if not vocabulary and not table.japanese:
                vocabulary = ("Yes", "No", "N/A")
            out.append(AnswerSlot(ref, "mark", rc.header, vocabulary, "", current))
        else:
            out.append(AnswerSlot(ref, rc.role, rc.header, dropdown.values if dropdown else (), "", current))
    # A 「Describe …」 row in a column of Yes/No dropdowns takes text there, unless another cell does.
    if free and not any(s.kind in ("text", "combined") for s in out):
        for i in free:
            s = out[i]
            out[i] = AnswerSlot(s.ref, "text", s.header, (), "", s.current)
    return out, computed
