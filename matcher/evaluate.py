"""Scoring the reader and the engine on labelled example questionnaires.

A label file ``NAME.labels.csv`` (sheet,row,expected,question) sits beside each workbook;
``expected`` is an item id, two ids ``35;36`` for a question spanning two items, or ``none``.
The workbook may be a symbolic link to a questionnaire kept outside the repository (the public
questionnaires in ../shared/corpus); its label file then leaves ``question`` blank and names the
text by ``sha1`` instead, so no question text is copied. A link whose target is absent is skipped.
"""
from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from matcher.engine import Engine
from matcher.errors import InputError
from matcher.types import Match

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".xls")


@dataclass
class Outcome:
    file: str
    sheet: str
    row: int
    question: str
    expected: tuple[int, ...]  # () = none
    match: Match | None  # None: the reader did not find the row

    @property
    def answerable(self) -> bool:
        return bool(self.expected)

    @property
    def right(self) -> bool:
        return self.match is not None and self.answerable and self.match.item_ids == self.expected

    @property
    def top3(self) -> bool:
        if self.match is None or not self.answerable:
            return False
        ranked = list(self.match.item_ids) + [c.item_id for c in self.match.alternatives]
        return self.expected[0] in ranked[:3]


@dataclass
class SplitScore:
    name: str
    outcomes: list[Outcome] = field(default_factory=list)
    extra_rows: list[tuple[str, str, int, str]] = field(default_factory=list)  # found but not labelled
    missing: list[str] = field(default_factory=list)  # linked workbooks whose target is absent

    def metrics(self, auto_threshold: float | None = None) -> dict[str, float]:
        found = [o for o in self.outcomes if o.match is not None]
        answerable = [o for o in found if o.answerable]
        unanswerable = [o for o in found if not o.answerable]

        def is_auto(o: Outcome) -> bool:
            assert o.match is not None
            if auto_threshold is None:
                return o.match.status == "auto"
            # a review cue holds a row back whatever its confidence
            return o.match.confidence >= auto_threshold and o.match.status != "none" and not o.match.note

        auto = [o for o in found if is_auto(o)]
        auto_right = [o for o in auto if o.right]
        return {
            "labelled": len(self.outcomes),
            "found": len(found),
            "extra_rows": len(self.extra_rows),
            "answerable": len(answerable),
            "no_answer": len(unanswerable),
            "top1": _ratio(sum(o.right for o in answerable), len(answerable)),
            "top3": _ratio(sum(o.top3 for o in answerable), len(answerable)),
            "auto_precision": _ratio(len(auto_right), len(auto)),
            "auto_coverage": _ratio(sum(1 for o in auto if o.answerable), len(answerable)),
            "no_answer_auto": _ratio(sum(1 for o in unanswerable if is_auto(o)), len(unanswerable)),
            "no_answer_auto_count": sum(1 for o in unanswerable if is_auto(o)),
        }

    def threshold_table(self, thresholds: Sequence[float]) -> list[dict[str, float]]:
        return [{"threshold": t, **self.metrics(t)} for t in thresholds]


def _ratio(a: float, b: float) -> float:
    return a / b if b else float("nan")


def read_labels(path: Path) -> list[tuple[str, int, tuple[int, ...], str]]:
    out = []
    with path.open(encoding="utf-8-sig", newline="") as f:
        for i, rec in enumerate(csv.DictReader(f), start=2):
            try:
                raw = (rec.get("expected") or "").strip()
                expected = () if raw.lower() in ("", "none") else tuple(int(x) for x in raw.split(";"))
                out.append((rec["sheet"], int(rec["row"]), expected, rec.get("question", "")))
            except (KeyError, ValueError) as e:
                raise InputError(f"{path}:{i}: bad label row ({e})") from None
    return out


def labelled_files(folder: Path) -> list[tuple[Path, Path]]:
    """(workbook, labels) pairs under ``folder``, or for one workbook with its labels beside it."""
    if folder.is_file():
        labels = folder.with_name(folder.name[: -len(folder.suffix)] + ".labels.csv")
        if not labels.exists():
            raise InputError(f"{folder}: no {labels.name} beside it")
        return [(folder, labels)]
    pairs = []
    for labels in label_files(folder):
        stem = labels.name[: -len(".labels.csv")]
        book = next((b for b in (labels.with_name(stem + s) for s in WORKBOOK_SUFFIXES) if b.exists() or b.is_symlink()), None)
        if book is None:
            raise InputError(f"{labels}: no workbook named {stem}.xlsx/.xlsm/.csv/.xls beside it")
        pairs.append((book, labels))
    return pairs


def label_files(folder: Path) -> list[Path]:
    """Every ``*.labels.csv`` under ``folder``, sorted. Linked folders are followed (a set kept
    elsewhere can be linked in), each real folder once, so a link back up cannot loop."""
    seen: set[str] = set()
    found = []
    for top, dirs, files in os.walk(folder, followlinks=True):
        real = os.path.realpath(top)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs.sort()
        found += [Path(top) / f for f in files if f.endswith(".labels.csv")]
    return sorted(found)


def fold_of(book: Path) -> str:
    """The fold a labelled questionnaire belongs to: its folder. Questionnaires in one folder are
    taken as written by one hand, so none is scored on wordings learned from another in it."""
    return str(book.parent)


def fold_sources(books: Iterable[Path]) -> dict[str, frozenset[str]]:
    """Fold -> the file names in it (the sources its learned wordings carry)."""
    out: dict[str, set[str]] = {}
    for book in books:
        out.setdefault(fold_of(book), set()).add(book.name)
    return {k: frozenset(v) for k, v in out.items()}


def evaluate_folder(folder: Path, engine: Engine, name: str | None = None) -> SplitScore:
    from matcher.workbook.load import read_questionnaire

    score = SplitScore(name or folder.name)
    files = labelled_files(folder)
    sources = fold_sources(book for book, _ in files)
    unseen_by_fold: dict[str, Engine] = {}
    for book, labels in files:
        if not book.exists():
            score.missing.append(f"{book.name} -> {os.readlink(book)}")
            continue
        result = read_questionnaire(book)
        found = {(q.sheet, q.row): q for q in result.rows}
        # never scored on wordings learned from itself or its fold
        fold = fold_of(book)
        if fold not in unseen_by_fold:
            unseen_by_fold[fold] = engine.without_sources(sources[fold])
        unseen = unseen_by_fold[fold]
        matches = dict(zip(found, unseen.match_many([(q.text, q.context) for q in found.values()])))
        labelled = set()
        for sheet, row, expected, question in read_labels(labels):
            labelled.add((sheet, row))
            q = found.get((sheet, row))
            score.outcomes.append(
                Outcome(book.name, sheet, row, q.text if q else question, expected, matches.get((sheet, row)))
            )
        for key, q in found.items():
            if key not in labelled:
                score.extra_rows.append((book.name, q.sheet, q.row, q.text))
    return score


def evaluate(root: Path, engine: Engine) -> list[SplitScore]:
    """One score per sub-folder of ``root`` holding labels (e.g. tune, holdout, demo)."""
    root = Path(root)
    if not root.exists():
        raise InputError(f"{root}: no such folder")
    folders = sorted({p.parent.relative_to(root).parts[0] if p.parent != root else "." for p in label_files(root)})
    if not folders:
        raise InputError(f"{root}: no *.labels.csv files found")
    return [evaluate_folder(root / f, engine, f if f != "." else root.name) for f in folders]
