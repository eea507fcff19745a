"""Applying a reviewer's decisions: the filled workbook, the report and the knowledge base.

Everything comes from the review workbook (see :mod:`matcher.review`) and the knowledge base.
Each decided row gets the cells its decision calls for; only cells whose value differs from
the filled workbook's are written, so applying the same decisions twice changes nothing. The
filled workbook is rewritten as a new version (``write_cells`` into a temporary file beside it,
then a rename); the customer's original is never opened for writing.

Decisions:
  承認 accept      the proposed item's approved answer is written; the wording is learned
  別の項目 other   the named item's answer is written; the wording is learned
  回答しない       the answer cells go back to what the customer's workbook held
  修正回答 correct the corrected text is written; the knowledge base gets a proposal, not a change
"""
from __future__ import annotations

import csv
import dataclasses
import datetime
import os
import re
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from matcher.errors import InputError
from matcher.fill import plan_row
from matcher.knowledge import (
    MARKS,
    KnowledgeBase,
    Proposal,
    Proposals,
    load_kb,
    load_proposals,
    normalise_mark,
    save_kb,
    save_proposals,
)
from matcher.learn import Learned, Prepare, learn_variant, propose
from matcher.report import COLUMNS, report_records, write_records_csv
from matcher.review import DECISIONS, Decision, Entry, ReviewBook, read_review_workbook
from matcher.types import Item, Match, QuestionRow
from matcher.workbook.package import open_package, parse_ref
from matcher.workbook.crypto import encrypt_to, unlock
from matcher.workbook.writer import clean_text, locked_answer_cells

REPORT_COLUMNS = [*COLUMNS, "decision"]  # the fill report's columns plus the reviewer's decision
_LABEL = {action: label for label, action in DECISIONS.items()}
_IDS = re.compile(r"^\s*\d+(\s*[;,、／/ ]\s*\d+)*\s*$")


@dataclass
class Outcome:
    """One row a reviewer touched, and what became of it."""

    key: int  # the No. in the review sheet
    sheet_row: int  # the row in the review sheet
    entry: Entry | None
    decision: str  # the label as typed
    action: str | None
    item_ids: tuple[int, ...] = ()
    cells: dict[str, str] = field(default_factory=dict)  # every answer cell of the row as decided
    changed: dict[str, str] = field(default_factory=dict)  # the cells this run actually changed
    learned: Learned | None = None
    proposal: Proposal | None = None
    proposal_added: bool = False
    problem: str = ""  # why the decision was not applied
    note: str = ""  # the reviewer's note
    corrected: str = ""  # the reviewer's corrected answer

    @property
    def applied(self) -> bool:
        return not self.problem and self.action is not None

    def where(self) -> str:
        if self.entry is None:
            return f"review row {self.sheet_row}"
        q = self.entry.question
        return f"No.{self.key} {q.sheet}!{q.row}"

    def describe(self) -> str:
        """One line for the summary."""
        label = self.decision or "(no decision)"
        if not self.problem and self.action is None:
            return f"{label}: note kept in the report ({_short(self.note)})"
        if self.problem:
            return f"{label}: not applied: {self.problem}"
        parts = []
        if self.action in ("accept", "other") or (self.action == "correct" and self.item_ids):
            parts.append("item " + ";".join(map(str, self.item_ids)))
        if self.changed:
            parts.append("wrote " + ", ".join(f"{ref}={_short(v)}" for ref, v in self.changed.items()))
        else:
            parts.append("cells already as decided")
        if self.learned is not None:
            parts.append(self.learned.describe())
        if self.proposal is not None:
            what = "proposal" if self.proposal_added else "already proposed as"
            parts.append(f"{what} #{self.proposal.number} ({_proposal_kind(self.proposal)})")
        return f"{label}: " + "; ".join(parts)


@dataclass
class ApplyResult:
    review: Path
    filled: Path
    report: Path
    outcomes: list[Outcome]
    cells_changed: int = 0
    filled_written: bool = False
    report_written: bool = False  # (with dry_run: would be written)
    kb_file: Path | None = None
    variants_added: int = 0
    proposals_file: Path | None = None
    proposals_added: int = 0
    learn: bool = True
    dry_run: bool = False

    @property
    def problems(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.problem]

    @property
    def changed(self) -> bool:
        return bool(self.cells_changed or self.report_written or self.variants_added or self.proposals_added)

    def summary(self) -> str:
        counts = Counter(o.action for o in self.outcomes if o.applied)
        done = ", ".join(f"{counts[a]} {_LABEL[a]}" for a in ("accept", "other", "decline", "correct") if counts[a])
        text = f"{len(self.outcomes)} rows touched: {done or 'nothing applied'}"
        if self.problems:
            text += f"; {len(self.problems)} not applied"
        return text


def apply_review(
    review: Path,
    kb_path: Path | None = None,
    *,
    learn: bool = True,
    dry_run: bool = False,
    today: str | None = None,
    passwords: Sequence[str] = (),
) -> ApplyResult:
    """Apply the decisions in ``review`` (a ``*.review.xlsx`` written by fill).

    A review and filled workbook protected with a password (fill keeps the customer's) are
    opened with one of ``passwords``, and the filled one is written back protected with it.
    """
    with tempfile.TemporaryDirectory(prefix="matcher-") as private:
        return _apply(review, kb_path, learn, dry_run, today, tuple(passwords), Path(private))


def _apply(
    review: Path, kb_path: Path | None, learn: bool, dry_run: bool, today: str | None,
    passwords: tuple[str, ...], private: Path,
) -> ApplyResult:
    from matcher.engine_io import load_preparer

    book = read_review_workbook(review, passwords)
    today = today or datetime.date.today().isoformat()
    if not book.filled.exists():
        raise InputError(f"{book.filled}: the filled workbook is missing; run `matcher fill` again")
    if book.filled.resolve() == book.source.resolve():
        raise InputError(f"{book.filled}: is the customer's original; apply writes only the filled copy")
    kb = load_kb(kb_path)
    prepare = load_preparer(kb_path) if learn else None
    items = {it.id: it for it in kb.items}
    proposals = load_proposals(kb_path) if learn else None

    outcomes = [Outcome(p_row, p_row, None, "", None, problem=msg) for p_row, msg in book.problems]
    touched = [book.entries[d.key] for d in book.decisions]
    # the review's own password first: fill protects both with the customer's
    work, password = unlock(book.filled, (book.password, *passwords) if book.password else passwords, private)
    current = _current_values(work, touched)
    locked = locked_answer_cells(work, [e.question for e in touched])
    for d in book.decisions:
        entry = book.entries[d.key]
        outcome = Outcome(d.key, d.sheet_row, entry, d.label, d.action, note=d.note, corrected=d.corrected)
        outcomes.append(outcome)
        _decide(outcome, d, entry, items, current.get(entry.question.sheet, {}), locked.get(entry.question.sheet, set()))
    outcomes.sort(key=lambda o: (o.entry is None, o.key if o.entry else o.sheet_row))

    result = ApplyResult(book.path, book.filled, book.report, outcomes, learn=learn, dry_run=dry_run)
    edits: dict[str, dict[str, str]] = {}
    for o in outcomes:
        if not o.applied:
            continue
        cur = current.get(o.entry.question.sheet, {})
        o.changed = {ref: v for ref, v in o.cells.items() if cur.get(ref, "") != v}
        if o.changed:
            edits.setdefault(o.entry.question.sheet, {}).update(o.changed)
    result.cells_changed = sum(len(c) for c in edits.values())

    if learn:
        assert prepare is not None and proposals is not None
        added_before = len(proposals)
        for o in outcomes:
            if o.applied:
                _learn(o, kb, proposals, prepare, book.file, today)
        result.variants_added = sum(1 for o in outcomes if o.learned and o.learned.outcome == "added")
        result.proposals_added = len(proposals) - added_before

    result.report_written = _write_report(book.report, _report(book, outcomes), dry_run=dry_run)
    if not dry_run:
        if edits:
            _write_new_version(book.filled, edits, work, password, private)
            result.filled_written = True
        if result.variants_added:
            result.kb_file = save_kb(kb)
        if result.proposals_added:
            assert proposals is not None
            result.proposals_file = save_proposals(proposals)
    return result


# ---------------------------------------------------------------- one decision


def _decide(o: Outcome, d: Decision, entry: Entry, items: dict[int, Item], current: dict[str, str], locked: set[str]) -> None:
    q = entry.question
    if d.action is None:
        if d.label:
            o.problem = f"unknown decision {d.label!r} (choose {', '.join(DECISIONS)})"
        elif d.other or d.corrected:
            o.problem = "no decision chosen in 判定 (別の項目 or 修正回答?)"
        return  # a note alone is kept in the report
    proposed = entry.match.item_ids if entry.status != "none" else ()
    other = _ids(d.other)
    if other is None:
        o.problem = f"別の項目ID {d.other!r} is not an item id (e.g. 27, or 35;36 for two items)"
        return
    if d.action == "accept":
        if other:
            o.problem = f"承認 accepts the proposal; to use item {d.other} choose 別の項目"
            return
        if not proposed:
            o.problem = "nothing was proposed for this question; choose 別の項目 with an id, or 修正回答"
            return
        o.item_ids = proposed
    elif d.action == "other":
        if not other:
            o.problem = "別の項目 needs an id in 別の項目ID"
            return
        o.item_ids = other
    elif d.action == "decline":
        o.cells = {s.ref: clean_text(s.current) for s in q.slots}  # what the customer's workbook held
        return
    elif d.action == "correct":
        if not d.corrected.strip():
            o.problem = "修正回答 needs the corrected answer in the 修正回答 column"
            return
        o.item_ids = other or proposed
        if len(o.item_ids) > 1:
            o.problem = "a corrected answer replaces one item's answer; give one id in 別の項目ID"
            return
    missing = [i for i in o.item_ids if i not in items]
    if missing:
        o.problem = f"item {missing[0]} does not exist in the knowledge base"
        return
    chosen = {i: items[i] for i in o.item_ids}
    if d.action == "correct":
        mark, text = _corrected(d.corrected)
        if not text:
            o.problem = "修正回答 needs the answer text, not only a mark"
            return
        if o.item_ids:
            base = chosen[o.item_ids[0]]
            chosen = {base.id: dataclasses.replace(base, answer=text, mark=mark or base.mark)}
        else:  # a new answer no item holds: written as given, proposed as a new item
            o.cells = _plan_free(q, mark, text, current)
            o.problem = _blocked(o.cells, locked)
            return
    slots = tuple(dataclasses.replace(s, current=current.get(s.ref, "")) for s in q.slots)
    planned = plan_row(
        dataclasses.replace(q, slots=slots),
        Match(tuple(chosen), 1.0, "auto"),
        chosen,
        overwrite=True,
        locked=frozenset(locked),
    )
    if planned.status != "auto" or not planned.cells:
        o.problem = planned.note or "no answer cell in this row can take the answer"
        return
    # plan_row leaves tick columns it need not clear; spell out every answer cell of the row
    o.cells = {s.ref: clean_text(planned.cells.get(s.ref, "" if s.kind == "tick" else current.get(s.ref, ""))) for s in q.slots}


def _plan_free(q: QuestionRow, mark: str, text: str, current: dict[str, str]) -> dict[str, str]:
    """Cells for an answer without an item: the text into text cells, the mark where it fits."""
    from matcher.text import is_japanese
    from matcher.workbook import vocab

    cells = {}
    for s in q.slots:
        value = current.get(s.ref, "")
        if s.kind == "text":
            value = text
        elif s.kind == "combined":
            spelled = (vocab.spell(mark, s.vocabulary, is_japanese(q.text)) or mark) if mark else ""
            value = f"{spelled} {text}".strip()
        elif s.kind == "mark" and mark:
            value = vocab.spell(mark, s.vocabulary, is_japanese(q.text)) or value
        elif s.kind == "tick" and mark:
            value = (s.vocabulary[0] if s.vocabulary else "○") if s.meaning == mark else ""
        cells[s.ref] = clean_text(value)
    return cells


def _blocked(cells: dict[str, str], locked: set[str]) -> str:
    blocked = [ref for ref in cells if ref in locked]
    return f"{', '.join(blocked)}: locked by sheet protection" if blocked else ""


def _corrected(text: str) -> tuple[str, str]:
    """A leading ○ × △ － (or 〇) sets the mark: '×加入していません' → ('×', '加入していません')."""
    text = text.strip()
    head = normalise_mark(text[:1])
    if head in MARKS:
        return head, text[1:].strip(" 　:：\n")
    return "", text


def _ids(text: str) -> tuple[int, ...] | None:
    if not text.strip():
        return ()
    if not _IDS.match(text):
        return None
    return tuple(dict.fromkeys(int(t) for t in re.findall(r"\d+", text)))


# ---------------------------------------------------------------- learning


def _learn(o: Outcome, kb: KnowledgeBase, proposals: Proposals, prepare: Prepare, source: str, today: str) -> None:
    q = o.entry.question
    if o.action in ("accept", "other") and len(o.item_ids) == 1:
        o.learned = learn_variant(kb, prepare, o.item_ids[0], q.text, source, today)
    elif o.action in ("accept", "other"):  # one wording cannot point at two items
        o.learned = Learned(o.item_ids[0], q.text, "pair")
    elif o.action == "correct":
        mark, text = _corrected(o.corrected)
        if o.item_ids:
            candidate = Proposal(
                number=0, kind="answer", item=o.item_ids[0], question=q.text.strip(), mark=mark,
                answer=text, source=source, added=today, note=o.note,
            )
        else:
            nearest = o.entry.match.item_ids
            candidate = Proposal(
                number=0, kind="item", question=q.text.strip(), mark=mark, answer=text,
                category=q.context.strip(),
                nearest=f"{nearest[0]} ({o.entry.match.confidence:.2f})" if nearest else "",
                source=source, added=today, note=o.note,
            )
        o.proposal, o.proposal_added = propose(proposals, prepare, candidate)


# ---------------------------------------------------------------- the filled workbook


def _current_values(path: Path, entries: list[Entry]) -> dict[str, dict[str, str]]:
    """What the answer cells of ``entries`` hold now in the filled workbook (sheet -> ref -> text)."""
    wanted: dict[str, set[str]] = {}
    for e in entries:
        wanted.setdefault(e.question.sheet, set()).update(s.ref for s in e.question.slots)
    out: dict[str, dict[str, str]] = {}
    if not wanted:
        return out
    if path.suffix.lower() == ".csv":
        from matcher.workbook.load import csv_sheet

        data, _ = csv_sheet(path)
        for sheet, refs in wanted.items():
            out[sheet] = {ref: _cell_text(data, ref) for ref in refs}
        return out
    with open_package(path) as pkg:
        for sheet, refs in wanted.items():
            data = pkg.read_sheet(pkg.sheet_by_name(sheet))
            out[sheet] = {ref: _cell_text(data, ref) for ref in refs}
    return out


def _cell_text(data, ref: str) -> str:
    row, col = parse_ref(ref)
    merge = data.merge_at(row, col)
    if merge:  # the writer puts a merged range's value in its top-left cell
        row, col = merge[0], merge[1]
    cell = data.cells.get((row, col))
    return cell.value if cell else ""


def _write_new_version(
    filled: Path, edits: dict[str, dict[str, str]], work: Path, password: str | None, private: Path
) -> None:
    """Write the edited copy beside ``filled`` and rename it over: readers see the old or the new file.

    ``work`` is ``filled`` itself, or its decrypted copy; ``password`` protects the new version
    again, written plain only in the ``private`` folder.
    """
    from matcher.workbook.load import write_answers

    if password:
        plain = private / f"new{filled.suffix}"
        write_answers(work, plain, edits)
        encrypt_to(plain, filled, password)
        return
    fd, tmp_name = tempfile.mkstemp(prefix=f".{filled.stem}.", suffix=filled.suffix, dir=filled.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write_answers(work, tmp, edits)
        os.chmod(tmp, filled.stat().st_mode & 0o777)
        os.replace(tmp, filled)
    finally:
        tmp.unlink(missing_ok=True)


# ---------------------------------------------------------------- the report


def _report(book: ReviewBook, outcomes: list[Outcome]) -> list[dict[str, object]]:
    """The report after the decisions: one record per question, in the questionnaire's order.

    Rows without a decision keep what the current report says about them (an earlier apply may
    have changed them); rows never applied come from the review workbook.
    """
    existing = _existing_report(book.report)
    by_key = {o.key: o for o in outcomes if o.entry is not None}
    records = []
    for entry in book.rows_in_order:
        q = entry.question
        base = report_records(book.file, [entry.row_result()])[0]
        o = by_key.get(entry.key)
        if o is None or not o.applied:
            previous = existing.get((q.sheet, str(q.row)))
            record = {**base, "decision": "", **(previous or {})}
            if o is not None:
                note = _without_ours(str(record.get("note", "")))
                if o.problem:
                    note = _join(note, f"decision not applied: {o.problem}")
                record["note"] = _join(note, f"reviewer: {o.note}") if o.note else note
            records.append(record)
            continue
        record = {**base, "decision": o.decision}
        written = {ref: v for ref, v in o.cells.items() if v}
        if o.action == "decline":
            record.update(status="none", item_id="", cells="", note="declined by the reviewer")
        else:
            record.update(
                status="auto",
                item_id=";".join(map(str, o.item_ids)),
                cells=" | ".join(f"{ref}={v}" for ref, v in written.items()),
                note="decided by the reviewer" + (" (corrected answer)" if o.action == "correct" else ""),
            )
        if o.note:
            record["note"] = _join(record["note"], f"reviewer: {o.note}")
        records.append(record)
    return records


def _existing_report(path: Path) -> dict[tuple[str, str], dict[str, str]]:
    if not path.exists():
        return {}
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
    except (OSError, UnicodeDecodeError, csv.Error):
        return {}
    out = {}
    for r in rows:
        record = {k: _unsafe(v) for k, v in r.items() if k in REPORT_COLUMNS}
        out[(record.get("sheet", ""), record.get("row", ""))] = record
    return out


def _write_report(path: Path, records: list[dict[str, object]], *, dry_run: bool = False) -> bool:
    """Write the report if its text would change; True when it changed (or would)."""
    import io

    from matcher.report import safe_cell

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=REPORT_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for rec in records:
        writer.writerow({k: safe_cell(v) for k, v in rec.items()})
    text = "\ufeff" + buf.getvalue()
    if path.exists() and path.read_bytes() == text.encode("utf-8"):
        return False
    if dry_run:
        return True
    write_records_csv(path, records, REPORT_COLUMNS)
    json_path = path.with_suffix(".json")
    if json_path.exists():  # fill --json wrote one: keep it in step
        import json

        from matcher.report import atomic_write_text

        atomic_write_text(json_path, json.dumps(records, ensure_ascii=False, indent=1) + "\n")
    return True


def _unsafe(value: str) -> str:
    """Undo safe_cell's quote so that the record round-trips (safe_cell adds it again)."""
    return value[1:] if value.startswith("'") and value[1:2] in ("=", "+", "-", "@", "\t", "\r") else value


def _without_ours(note: str) -> str:
    """A note without the parts an earlier apply added (so that they are not added twice)."""
    cuts = [note.find(m) for m in ("decision not applied: ", "reviewer: ") if m in note]
    return note[: min(cuts)].rstrip("; ") if cuts else note


def _join(a: str, b: str) -> str:
    return f"{a}; {b}" if a else b


def _short(value: str, limit: int = 30) -> str:
    value = " ".join(value.split())
    if not value:
        return "(blank)"
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _proposal_kind(p: Proposal) -> str:
    return f"new answer for item {p.item}" if p.kind == "answer" else "new item"
