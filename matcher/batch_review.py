"""A batch's combined review: the same question asked by several customers, decided once.

``batch-review.xlsx`` lists each question once with every file and row that asks it (the same
normalised text, or near-identical wording with the same proposal); ``apply_batch_review`` copies
each decision into every affected file's own review and applies them all.
"""
from __future__ import annotations

import json
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from matcher.batch import BATCH_REVIEW, KEPT, MANIFEST, OK, SKIPPED, BatchResult, _one_line
from matcher.engine import Engine
from matcher.errors import InputError, MatcherError
from matcher.review import COLUMNS, DECISION_HELP, DECISIONS, INPUT_COLUMNS, REVIEW_SHEET, read_review_workbook
from matcher.workbook.crypto import open_workbook, save_workbook


# batch-review.xlsx lists each question once across the batch, with every place it is asked;
# its decisions go into each file's own review workbook (matcher.review) and are applied there
# by matcher.apply, so a file's review always records what was decided for it.

BATCH_MAGIC = "matcher batch review"
BATCH_SHEET = "まとめレビュー"
BATCH_META = "_matcher_batch"
BATCH_FORMAT = 1
NEAR_DUPLICATE = 95  # rapidfuzz ratio between normalised texts: punctuation, a typo, a particle
MAX_PLACES = 40  # places listed in a cell; the hidden sheet keeps them all
_HEADER_ROW = 3
_CHUNK = 30_000  # a cell holds at most 32,767 characters
_STATUS_RANK = {"review": 0, "none": 1, "auto": 2}
# The decision columns are the single-file review's own, so a reviewer meets the same words.
_REVIEW = {key: (key, ja, en) for key, ja, en in COLUMNS}
_GROUP_COLUMNS: tuple[tuple[str, str, str], ...] = (
    _REVIEW["no"],
    _REVIEW["status"],
    ("count", "件数", "Places"),
    ("confidence", "信頼度", "Lowest confidence"),
    *(_REVIEW[k] for k in ("question", "item", "item_question", "item_answer", "decision", "other", "corrected", "note")),
    ("places", "出現箇所", "Where it is asked"),
    ("wordings", "他の言い回し", "Other wordings"),
    _REVIEW["runners"],
)
_INPUTS = INPUT_COLUMNS
_WIDTH = {"no": 6, "status": 9, "count": 7, "confidence": 10, "question": 50, "item": 8, "item_question": 36,
          "item_answer": 50, "decision": 12, "other": 10, "corrected": 30, "note": 20, "places": 48,
          "wordings": 40, "runners": 30}


@dataclass(frozen=True)
class Occurrence:
    """One place a question is asked: one row of one file's review workbook."""

    file: str  # the input, relative to the inbox
    review: str  # its review workbook, relative to the outbox
    key: int  # the row's No. in that review workbook
    sheet: str
    row: int
    text: str
    status: str
    confidence: float
    item_ids: tuple[int, ...]  # the proposal; () when the engine found none
    runners: tuple[int, ...] = ()


@dataclass
class Group:
    """Questions with the same normalised text (or near-identical) and the same proposal."""

    item_ids: tuple[int, ...]
    members: list[str]  # their normalised texts
    occurrences: list[Occurrence]

    @property
    def status(self) -> str:
        return min((o.status for o in self.occurrences), key=lambda s: _STATUS_RANK.get(s, 3))

    @property
    def confidence(self) -> float:
        return min(o.confidence for o in self.occurrences)

    @property
    def question(self) -> str:
        return Counter(o.text for o in self.occurrences).most_common(1)[0][0]

    @property
    def wordings(self) -> list[str]:
        return [t for t in dict.fromkeys(o.text for o in self.occurrences) if t != self.question]


def collect_occurrences(
    batch: BatchResult, passwords: Sequence[str] = (), opened_with: list[str] | None = None
) -> tuple[list[Occurrence], list[str]]:
    """Every question of every file's review workbook; problems name the files left out.

    ``opened_with`` collects the passwords that opened protected review workbooks.
    """
    out: list[Occurrence] = []
    problems: list[str] = []
    for f in batch.files:
        if f.status not in (OK, SKIPPED, KEPT):
            continue
        rel = next((o for o in f.outputs if o.endswith(".review.xlsx")), None)
        if rel is None:
            continue
        try:
            book = read_review_workbook(batch.outbox / rel, passwords)
        except MatcherError as e:
            problems.append(f"{f.file}: {e}")
            continue
        if book.password is not None and opened_with is not None:
            opened_with.append(book.password)
        for entry in book.rows_in_order:
            q, m = entry.question, entry.match
            proposed = m.item_ids if entry.status != "none" else ()
            runners = tuple(i for i in dict.fromkeys(c.item_id for c in m.alternatives) if i not in proposed)[:3]
            out.append(
                Occurrence(f.file, rel, entry.key, q.sheet, q.row, q.text, entry.status, m.confidence, proposed, runners)
            )
    return out, problems


def group_questions(
    occurrences: Sequence[Occurrence], prepare: Callable[[str], str], *, threshold: float = NEAR_DUPLICATE
) -> list[Group]:
    """One group per question asked across the batch.

    Two occurrences share a group when ``prepare`` (the engine's normalisation and synonym
    folding) makes their texts equal or near-identical (rapidfuzz ratio ≥ ``threshold``) *and*
    the engine proposed the same items: one decision must mean the same answer everywhere, so
    the same words that got different proposals in different files stay apart. Lowering the
    threshold merges more (fewer rows to decide, more risk of joining two different questions).
    """
    from rapidfuzz import fuzz, process

    position = {id(o): i for i, o in enumerate(occurrences)}
    exact: dict[tuple[tuple[int, ...], str], list[Occurrence]] = {}
    for o in occurrences:
        exact.setdefault((o.item_ids, prepare(o.text)), []).append(o)
    by_items: dict[tuple[int, ...], list[str]] = {}
    for ids, text in exact:
        by_items.setdefault(ids, []).append(text)

    groups: list[Group] = []
    for ids, texts in by_items.items():
        parent = list(range(len(texts)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for start in range(0, len(texts), 500):  # blocks keep the score matrix small
            scores = process.cdist(
                texts[start : start + 500], texts, scorer=fuzz.ratio, score_cutoff=threshold, dtype="uint8", workers=-1
            )
            for a, b in zip(*scores.nonzero()):
                i, j = find(start + int(a)), find(int(b))
                if i != j:
                    parent[max(i, j)] = min(i, j)
        clusters: dict[int, list[int]] = {}
        for i in range(len(texts)):
            clusters.setdefault(find(i), []).append(i)
        for members in clusters.values():
            occ = sorted((o for i in members for o in exact[(ids, texts[i])]), key=lambda o: position[id(o)])
            groups.append(Group(ids, [texts[i] for i in members], occ))
    groups.sort(key=lambda g: (_STATUS_RANK.get(g.status, 3), -len(g.occurrences), position[id(g.occurrences[0])]))
    return groups


def write_batch_review(
    batch: BatchResult, engine: Engine, passwords: Sequence[str] = ()
) -> tuple[Path | None, str]:
    """Write ``batch-review.xlsx`` into the outbox: (its path or None, a note on what it left out).

    Decisions already typed into an earlier batch-review.xlsx are carried over to the groups
    that hold the same questions, so re-running the batch (new files in the inbox) loses no work.
    When any file was password-protected, so is the combined review: with the first of
    ``passwords`` that opened one.
    """
    path = batch.outbox / BATCH_REVIEW
    opened_with: list[str] = []
    occurrences, problems = collect_occurrences(batch, passwords, opened_with)
    note = f"left out of the combined review: {'; '.join(problems)}" if problems else ""
    if not occurrences:
        return None, note or "no questions to review"
    groups = group_questions(occurrences, engine.prepare)
    carried = _earlier_decisions(path, passwords)
    password = next((p for p in passwords if p in opened_with), None)
    _write_group_workbook(
        path, groups, {it.id: it for it in engine.items}, carried, len({o.file for o in occurrences}), password
    )
    return path, note


def _signature(ids, member: str) -> str:
    return json.dumps([list(ids), member], ensure_ascii=False)


def _earlier_decisions(path: Path, passwords: Sequence[str] = ()) -> dict[str, dict[str, str]]:
    """signature of a member question → the decision typed for its group in the existing file."""
    if not path.exists():
        return {}
    try:
        book = read_batch_review(path, passwords)
    except MatcherError:
        return {}
    out: dict[str, dict[str, str]] = {}
    for d in book.decisions:
        meta = book.groups.get(d.no)
        if meta:
            for member in meta["members"]:
                out[_signature(meta["item_ids"], member)] = d.values
    return out


def _write_group_workbook(
    path: Path, groups: list[Group], items: dict, carried: dict, n_files: int, password: str | None
) -> None:
    import datetime

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation


    wb = Workbook()
    ws = wb.active
    ws.title = BATCH_SHEET
    index = {key: c for c, (key, _, _) in enumerate(_GROUP_COLUMNS, start=1)}
    n_places = sum(len(g.occurrences) for g in groups)
    _put(ws, 1, 1, f"まとめレビュー Combined review — {n_places} questions in {n_files} files, {len(groups)} to decide"
         f"   ▶ when done: matcher apply {path.name}").font = Font(bold=True, size=13)
    help_text = DECISION_HELP + "  ·  One decision covers every place in 出現箇所."
    _put(ws, 2, 1, help_text).alignment = Alignment(wrap_text=True)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(_GROUP_COLUMNS))
    ws.row_dimensions[2].height = 30
    for c, (key, ja, en) in enumerate(_GROUP_COLUMNS, start=1):
        cell = _put(ws, _HEADER_ROW, c, f"{ja}\n{en}")
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="C65911" if key in _INPUTS else "1F4E78")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[cell.column_letter].width = _WIDTH[key]
    ws.row_dimensions[_HEADER_ROW].height = 30

    meta = wb.create_sheet(BATCH_META)
    meta.cell(1, 1, BATCH_MAGIC)
    _put_json(meta, 1, {"format": BATCH_FORMAT, "created": datetime.datetime.now().isoformat(timespec="seconds"),
                        "outbox": str(path.parent.resolve()), "sheet": BATCH_SHEET})
    wrap = Alignment(wrap_text=True, vertical="top")
    input_fill = PatternFill("solid", fgColor="FFF8E5")
    for no, g in enumerate(groups, start=1):
        r = _HEADER_ROW + no
        places = [f"{o.file} — {o.sheet}!{o.row}" for o in g.occurrences]
        if len(places) > MAX_PLACES:
            places = [*places[:MAX_PLACES], f"… and {len(places) - MAX_PLACES} more"]
        signatures = [_signature(g.item_ids, m) for m in g.members]
        earlier = {json.dumps(carried[s], sort_keys=True) for s in signatures if s in carried}
        values: dict[str, object] = {
            "no": no,
            "status": g.status,
            "count": len(g.occurrences),
            "confidence": g.confidence,
            "question": g.question,
            "item": ";".join(map(str, g.item_ids)),
            "item_question": "\n".join(_item_text(items, i, "question") for i in g.item_ids),
            "item_answer": "\n".join(_item_text(items, i, "answer") for i in g.item_ids),
            "places": "\n".join(places),
            "wordings": "\n".join(g.wordings[:10]),
            "runners": "\n".join(_item_text(items, i, "runner") for i in g.occurrences[0].runners),
        }
        if len(earlier) == 1:  # one earlier decision covers these questions: keep it
            values.update(json.loads(earlier.pop()))
        for key, value in values.items():
            _put(ws, r, index[key], value).alignment = wrap
        ws.cell(r, index["confidence"]).number_format = "0%"
        for key in _INPUTS:
            ws.cell(r, index[key]).fill = input_fill
        ws.row_dimensions[r].height = min(max(len(places), 2), 12) * 14 + 3
        meta.cell(r - _HEADER_ROW + 1, 1, no)
        _put_json(meta, r - _HEADER_ROW + 1, {
            "item_ids": list(g.item_ids),
            "members": g.members,
            "occurrences": [{"file": o.file, "review": o.review, "key": o.key} for o in g.occurrences],
        })
    last = _HEADER_ROW + max(len(groups), 1)
    col = ws.cell(1, index["decision"]).column_letter
    dv = DataValidation(type="list", formula1='"' + ",".join(DECISIONS) + '"', allow_blank=True)
    dv.add(f"{col}{_HEADER_ROW + 1}:{col}{last}")
    ws.add_data_validation(dv)
    ws.freeze_panes = ws.cell(_HEADER_ROW + 1, index["question"] + 1)
    ws.auto_filter.ref = f"A{_HEADER_ROW}:{ws.cell(1, len(_GROUP_COLUMNS)).column_letter}{last}"
    meta.sheet_state = "hidden"
    meta.protection.sheet = True  # guards against accidental edits only
    save_workbook(wb, path, password)


def _item_text(items: dict, item_id: int, what: str) -> str:
    it = items.get(item_id)
    if it is None:
        return f"{item_id} (not in the knowledge base)"
    if what == "answer":
        return f"{it.mark} {it.answer}".strip()
    question = it.question if len(it.question) > 6 else f"{it.category} {it.subcategory} {it.question}".strip()
    return question if what == "question" else f"{item_id} {question}"[:60]


def _put(ws, r: int, c: int, value: object):
    """Text stays text even when it starts with '=' (customer text is never a formula)."""
    cell = ws.cell(r, c)
    if isinstance(value, str):
        cell.value = "".join(ch for ch in value if ch in "\t\n\r" or ord(ch) >= 32)
        cell.data_type = "s"
    else:
        cell.value = value
    return cell


def _put_json(ws, r: int, value: dict) -> None:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for i in range(0, max(len(text), 1), _CHUNK):
        _put(ws, r, 2 + i // _CHUNK, text[i : i + _CHUNK])


def _get_json(ws, r: int) -> dict:
    parts, c = [], 2
    while isinstance(ws.cell(r, c).value, str):
        parts.append(ws.cell(r, c).value)
        c += 1
    value = json.loads("".join(parts)) if parts else None
    if not isinstance(value, dict):
        raise ValueError(f"row {r}")
    return value


# ---------------------------------------------------------------- applying the combined review


@dataclass(frozen=True)
class GroupDecision:
    no: int  # the group's No.
    sheet_row: int
    values: dict[str, str]  # decision, other, corrected, note as typed


@dataclass
class BatchReviewBook:
    path: Path
    outbox: Path
    groups: dict[int, dict]  # No. → item_ids, members, occurrences
    decisions: list[GroupDecision]
    problems: list[str] = field(default_factory=list)


def is_batch_review(path: Path, passwords: Sequence[str] = ()) -> bool:
    """Whether ``path`` is a batch-review.xlsx (and not a single file's review workbook)."""
    try:
        wb, _ = open_workbook(Path(path), passwords, read_only=True)
        try:
            return BATCH_META in wb.sheetnames and wb[BATCH_META]["A1"].value == BATCH_MAGIC
        finally:
            wb.close()
    except Exception:  # noqa: BLE001 - not a workbook at all: not ours either
        return False


def read_batch_review(path: Path, passwords: Sequence[str] = ()) -> BatchReviewBook:
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    try:
        wb, _ = open_workbook(path, passwords, data_only=True)
    except MatcherError:
        raise
    except Exception as e:  # noqa: BLE001 - zip and XML errors of a damaged file
        raise InputError(f"{path.name}: cannot be read as a workbook ({type(e).__name__})") from None
    if BATCH_META not in wb.sheetnames or wb[BATCH_META].cell(1, 1).value != BATCH_MAGIC:
        raise InputError(f"{path.name}: not a combined review written by `matcher batch`")
    meta = wb[BATCH_META]
    try:
        header = _get_json(meta, 1)
        groups = {int(meta.cell(r, 1).value): _get_json(meta, r) for r in range(2, meta.max_row + 1)
                  if isinstance(meta.cell(r, 1).value, int)}
    except ValueError as e:
        raise InputError(f"{path.name}: the hidden {BATCH_META} sheet is damaged ({e}); run the batch again") from None
    if header.get("format") != BATCH_FORMAT:
        raise InputError(f"{path.name}: combined review format {header.get('format')!r}; this matcher reads {BATCH_FORMAT}")
    sheet = header.get("sheet", BATCH_SHEET)
    if sheet not in wb.sheetnames:
        raise InputError(f"{path.name}: the sheet {sheet!r} is missing; was it renamed?")
    ws = wb[sheet]
    header_row, cols = _find_header(ws, _GROUP_COLUMNS, path.name, sheet)
    decisions: list[GroupDecision] = []
    problems: list[str] = []
    for r in range(header_row + 1, ws.max_row + 1):
        values = {k: _cell_text(ws.cell(r, cols[k]).value) for k in _INPUTS}
        if not any(values.values()):
            continue
        no = _cell_text(ws.cell(r, cols["no"]).value)
        if not no.isdigit() or int(no) not in groups:
            problems.append(f"row {r} of {sheet}: No. {no or '(empty)'} is not a question of this review")
            continue
        decisions.append(GroupDecision(int(no), r, values))
    # beside its manifest unless it was moved away from the outbox on its own
    outbox = path.parent if (path.parent / MANIFEST).exists() else Path(header.get("outbox", path.parent))
    return BatchReviewBook(path, outbox, groups, decisions, problems)


def _find_header(ws, columns, label: str, sheet: str) -> tuple[int, dict[str, int]]:
    """(header row, key → column) of a review sheet, found by the first line of its labels."""
    labels = {ja: key for key, ja, _ in columns}
    for r in range(1, 11):
        found = {}
        for c in range(1, ws.max_column + 1):
            value = ws.cell(r, c).value
            if isinstance(value, str) and (first := value.split("\n", 1)[0].strip()) in labels:
                found[labels[first]] = c
        if "no" in found and "decision" in found:
            missing = [k for k in _INPUTS if k not in found]
            if missing:
                raise InputError(f"{label}: the {sheet} sheet lacks the column for {missing[0]}; was it deleted?")
            return r, found
    raise InputError(f"{label}: the {sheet} sheet has no header with No. and 判定; was it edited?")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


@dataclass
class FileApply:
    file: str
    review: Path  # the file's own review workbook
    result: object | None  # matcher.apply.ApplyResult
    error: str = ""


@dataclass
class BatchApplyResult:
    review: Path
    files: list[FileApply]
    conflicts: list[str]  # places where the file's own review had decided otherwise (that decision stands)
    problems: list[str]  # rows of the combined review that could not be used
    dry_run: bool = False

    @property
    def failed(self) -> list[FileApply]:
        return [f for f in self.files if f.error or (f.result is not None and f.result.problems)]

    def summary(self) -> str:
        decided = sum(1 for f in self.files if f.result is not None)
        return (
            f"{decided} file(s) updated from {self.review.name}"
            + (f", {len(self.conflicts)} conflict(s)" if self.conflicts else "")
            + (f", {len(self.failed)} file(s) with problems" if self.failed else "")
        )


def apply_batch_review(
    path: Path, kb_path: Path | None = None, *, learn: bool = True, dry_run: bool = False, passwords: Sequence[str] = ()
) -> BatchApplyResult:
    """Apply the decisions of ``batch-review.xlsx`` to every file they cover.

    Each decision is copied into the rows of every file's own review workbook that its group
    covers (rows the reviewer already decided there are left as they are and reported as
    conflicts), then that workbook is applied with :func:`matcher.apply.apply_review`. A file that
    cannot be applied is recorded and the others go on. ``dry_run`` writes nothing: the copies go
    to a temporary folder. Protected workbooks are opened with one of ``passwords`` and stay protected.
    """
    from matcher.apply import apply_review

    kb_path = Path(kb_path) if kb_path is not None else None
    book = read_batch_review(path, passwords)
    known = {*DECISIONS, *(a.casefold() for a in DECISIONS.values())}
    per_review: dict[str, dict[int, tuple[int, dict[str, str]]]] = {}
    files: dict[str, str] = {}
    problems = list(book.problems)
    for d in book.decisions:
        label = d.values["decision"]
        if label and label not in known and label.casefold() not in known:
            problems.append(f"row {d.sheet_row}: unknown decision {label!r} (choose {', '.join(DECISIONS)})")
            continue
        for o in book.groups[d.no]["occurrences"]:
            per_review.setdefault(o["review"], {})[int(o["key"])] = (d.no, d.values)
            files[o["review"]] = o["file"]

    out: list[FileApply] = []
    conflicts: list[str] = []
    with tempfile.TemporaryDirectory(prefix="matcher-batch-apply-") as tmp:
        for rel in sorted(per_review):
            review = book.outbox / rel
            try:
                target = Path(tmp) / rel if dry_run else review
                target.parent.mkdir(parents=True, exist_ok=True)
                conflicts += _copy_decisions(review, target, per_review[rel], files[rel], passwords)
                applied = apply_review(target, kb_path, learn=learn, dry_run=dry_run, passwords=passwords)
                out.append(FileApply(files[rel], review, applied))
            except MatcherError as e:
                out.append(FileApply(files[rel], review, None, _one_line(str(e))))
    return BatchApplyResult(Path(path), out, conflicts, problems, dry_run)


def _copy_decisions(
    review: Path, target: Path, decisions: dict[int, tuple[int, dict[str, str]]], file: str, passwords: Sequence[str]
) -> list[str]:
    """Write the group decisions into the blank decision cells of one file's review workbook."""
    if not review.exists():
        raise InputError(f"{review}: the review workbook is missing; run the batch again")
    try:
        wb, password = open_workbook(review, passwords)
    except MatcherError:
        raise
    except Exception as e:  # noqa: BLE001 - zip and XML errors of a damaged file
        raise InputError(f"{review.name}: cannot be read as a workbook ({type(e).__name__})") from None
    if REVIEW_SHEET not in wb.sheetnames:
        raise InputError(f"{review.name}: the sheet {REVIEW_SHEET!r} is missing; was it renamed?")
    ws = wb[REVIEW_SHEET]
    header_row, cols = _find_header(ws, COLUMNS, review.name, REVIEW_SHEET)
    conflicts: list[str] = []
    changed = False
    for r in range(header_row + 1, ws.max_row + 1):
        key = _cell_text(ws.cell(r, cols["no"]).value)
        if not key.isdigit() or int(key) not in decisions:
            continue
        group, ours = decisions[int(key)]
        theirs = {k: _cell_text(ws.cell(r, cols[k]).value) for k in _INPUTS}
        if not any(theirs.values()):
            for k in _INPUTS:
                if ours[k]:
                    _put(ws, r, cols[k], ours[k])
                    changed = True
        elif any(theirs[k] != ours[k] for k in ("decision", "other", "corrected")):
            said = theirs["decision"] or "(no decision)"
            conflicts.append(f"{file} No.{key}: its own review says {said}; that stands over the combined No.{group}")
    if changed or target != review:
        save_workbook(wb, target, password)
    return conflicts
