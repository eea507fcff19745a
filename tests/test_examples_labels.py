"""Consistency checks for the labelled example questionnaires in examples/.

These tests only look at the example files (workbooks, CSVs and their
*.labels.csv); they do not run the matcher.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import openpyxl
import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SPLITS = ("demo", "tune", "holdout", "holdout2")
ITEM_IDS = {str(i) for i in range(1, 52)}
LABEL_HEADER = ["sheet", "row", "expected", "question"]
SPLIT_SEP = " / "  # 項目 / 内容 in split-column layouts
EXPECTED_RE = re.compile(r"^(none|\d{1,2}|\d{1,2};\d{1,2})$")

LABEL_FILES = sorted(p for split in SPLITS for p in (EXAMPLES / split).rglob("*.labels.csv"))


def split_of(path: Path) -> str:
    """demo, tune, holdout or holdout2 (tune keeps one sub-folder per batch of questionnaires)."""
    return path.relative_to(EXAMPLES).parts[0]


def _id(path: Path) -> str:
    return str(path.relative_to(EXAMPLES))


def source_for(label_path: Path) -> Path | None:
    stem = label_path.name[: -len(".labels.csv")]
    for ext in (".xlsx", ".csv"):
        cand = label_path.with_name(stem + ext)
        if cand.exists():
            return cand
    return None


@lru_cache(maxsize=None)
def read_labels(label_path: Path) -> list[dict]:
    with label_path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        assert header == LABEL_HEADER, f"{_id(label_path)}: bad header {header}"
        return [dict(zip(LABEL_HEADER, r)) for r in reader]


def squash(text: str) -> str:
    """Drop all whitespace (incl. full-width space and line breaks)."""
    return re.sub(r"\s+", "", text or "")


@lru_cache(maxsize=None)
def source_rows(path: Path) -> dict[str, dict[int, list[str]]]:
    """sheet name -> 1-based row number -> list of cell texts."""
    if path.suffix == ".csv":
        with path.open(encoding="cp932", newline="") as f:
            rows = list(csv.reader(f))
        return {path.stem: {i: cells for i, cells in enumerate(rows, 1)}}
    wb = openpyxl.load_workbook(path)
    out = {}
    for ws in wb.worksheets:
        out[ws.title] = {
            row[0].row: [str(c.value) for c in row if c.value is not None]
            for row in ws.iter_rows()
        }
    return out


def ids_of(expected: str) -> list[str]:
    return [] if expected == "none" else expected.split(";")


def all_labels(*splits: str) -> list[tuple[Path, dict]]:
    return [(p, lab) for p in LABEL_FILES if split_of(p) in splits for lab in read_labels(p)]


# --------------------------------------------------------------------------

def test_label_files_exist():
    for split in SPLITS:
        assert list((EXAMPLES / split).rglob("*.labels.csv")), f"no label files in examples/{split}"


def test_every_source_has_labels():
    for split in SPLITS:
        for src in list((EXAMPLES / split).rglob("*.xlsx")) + [
            p for p in (EXAMPLES / split).rglob("*.csv") if not p.name.endswith(".labels.csv")
        ]:
            stem = src.name[: -len(src.suffix)]
            assert src.with_name(stem + ".labels.csv").exists(), f"{_id(src)} has no labels file"


@pytest.mark.parametrize("label_path", LABEL_FILES, ids=_id)
def test_labels_have_source(label_path):
    assert source_for(label_path) is not None, f"{_id(label_path)}: no .xlsx/.csv beside it"


@pytest.mark.parametrize("label_path", LABEL_FILES, ids=_id)
def test_expected_values_valid(label_path):
    for lab in read_labels(label_path):
        exp = lab["expected"]
        assert EXPECTED_RE.match(exp), f"{_id(label_path)} row {lab['row']}: bad expected {exp!r}"
        ids = ids_of(exp)
        assert all(i in ITEM_IDS for i in ids), f"{_id(label_path)}: id out of range in {exp!r}"
        assert len(set(ids)) == len(ids), f"{_id(label_path)}: repeated id in {exp!r}"


@pytest.mark.parametrize("label_path", LABEL_FILES, ids=_id)
def test_labelled_rows_exist_and_contain_question(label_path):
    src = source_for(label_path)
    sheets = source_rows(src)
    seen = set()
    for lab in read_labels(label_path):
        where = f"{_id(label_path)} {lab['sheet']}!{lab['row']}"
        assert lab["row"].isdigit(), f"{where}: row must be a positive integer"
        row = int(lab["row"])
        key = (lab["sheet"], row)
        assert key not in seen, f"{where}: labelled twice"
        seen.add(key)
        assert lab["sheet"] in sheets, f"{where}: no such sheet in {src.name}"
        cells = sheets[lab["sheet"]].get(row)
        assert cells, f"{where}: row is empty or missing"
        question = lab["question"].strip()
        assert question, f"{where}: empty question text"
        joined = squash("".join(cells))
        assert squash(question) in joined or all(
            any(squash(part) in squash(c) for c in cells) for part in question.split(SPLIT_SEP)
        ), f"{where}: question text not found in row: {question!r} vs {cells!r}"


@pytest.mark.parametrize("label_path", [p for p in LABEL_FILES if split_of(p) != "demo"], ids=_id)
def test_workbook_size(label_path):
    n = len(read_labels(label_path))
    assert 15 <= n <= 120, f"{_id(label_path)}: {n} questions (want 15-120)"


def test_floors_for_tune_and_holdout():
    labels = all_labels("tune", "holdout")
    expected = [lab["expected"] for _, lab in labels]
    assert len(expected) >= 170, f"only {len(expected)} questions"
    assert expected.count("none") >= 30, f"only {expected.count('none')} none questions"
    assert sum(";" in e for e in expected) >= 4, "fewer than 4 two-item questions"
    counts = Counter(i for e in expected for i in ids_of(e))
    thin = sorted((i for i in ITEM_IDS if counts[i] < 2), key=int)
    assert not thin, f"items asked fewer than twice: {thin}"


def test_holdout_meets_the_issue_floors_on_its_own():
    holdout = [lab["expected"] for _, lab in all_labels("holdout")]
    assert len(holdout) >= 150, f"holdout has {len(holdout)} questions (want 150)"
    assert holdout.count("none") >= 25, f"holdout has {holdout.count('none')} none questions (want 25)"
    workbooks = {p for p in LABEL_FILES if split_of(p) in ("tune", "holdout")}
    assert len(workbooks) >= 8


def test_no_question_shared_between_tune_and_holdout():
    # compared as the engine sees them: a tune wording that prepares to a holdout question would be
    # learned as that question's exact match, and the holdout would no longer be unseen
    from matcher.engine_io import load_preparer

    prepare = load_preparer()
    tune = {prepare(lab["question"]): lab["question"] for _, lab in all_labels("tune")}
    holdout = {prepare(lab["question"]): lab["question"] for _, lab in all_labels("holdout", "holdout2")}
    shared = sorted(f"{tune[k]!r} ~ {holdout[k]!r}" for k in tune.keys() & holdout.keys())
    assert not shared, f"questions in both tune and holdout: {shared}"


def test_csv_questionnaire_is_cp932():
    csvs = [p for split in ("tune", "holdout") for p in (EXAMPLES / split).rglob("*.csv")
            if not p.name.endswith(".labels.csv")]
    assert csvs, "expected at least one CSV questionnaire"
    for p in csvs:
        raw = p.read_bytes()
        raw.decode("cp932")
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")


def test_demo_layout():
    label_path = EXAMPLES / "demo" / "acme_checksheet.labels.csv"
    labels = read_labels(label_path)
    assert 25 <= len(labels) <= 35
    assert 2 <= sum(lab["expected"] == "none" for lab in labels) <= 3
    wb = openpyxl.load_workbook(EXAMPLES / "demo" / "acme_checksheet.xlsx")
    ws = wb[labels[0]["sheet"]]
    first = min(int(lab["row"]) for lab in labels)
    assert first > 2, "demo header must not be on row 1"
    q_cols = {c.column_letter for lab in labels for c in ws[int(lab["row"])]
              if c.value is not None and squash(str(c.value)) == squash(lab["question"])}
    assert q_cols and "A" not in q_cols
    formulas = [dv.formula1 for dv in ws.data_validations.dataValidation]
    assert '"○,×,△,－"' in formulas


# -- real public questionnaires, linked from ../shared/corpus, never copied -------------------

REAL_SPLITS = ("real", "real_holdout")
REAL_LABEL_FILES = sorted(p for split in REAL_SPLITS for p in (EXAMPLES / split).rglob("*.labels.csv"))


def test_real_questionnaires_are_labelled_in_both_parts():
    assert {split_of(p) for p in REAL_LABEL_FILES} == set(REAL_SPLITS)


@pytest.mark.parametrize("label_path", REAL_LABEL_FILES, ids=_id)
def test_real_labels_link_the_corpus_and_copy_no_question_text(label_path):
    from matcher.workbook.load import read_questionnaire

    book = label_path.with_name(label_path.name[: -len(".labels.csv")] + ".xlsx")
    assert book.is_symlink(), f"{_id(book)} must be a link into ../shared/corpus, not a copy"
    target = book.resolve()
    assert target.exists(), f"{_id(book)} -> {target}: the corpus is not beside the repository"
    assert "shared/corpus" in target.as_posix()
    with label_path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows and list(rows[0]) == [*LABEL_HEADER, "sha1"]
    assert all(r["question"] == "" for r in rows), "question text copied from the corpus"
    found = {(q.sheet, q.row): q.text for q in read_questionnaire(book).rows}
    for r in rows:
        where = f"{_id(label_path)} {r['sheet']}!{r['row']}"
        assert EXPECTED_RE.match(r["expected"]) and all(i in ITEM_IDS for i in ids_of(r["expected"])), where
        text = found.get((r["sheet"], int(r["row"])))
        assert text is not None, f"{where}: the reader does not find this row"
        # the label still names the question it was given for
        assert hashlib.sha1(squash(text).encode()).hexdigest()[:12] == r["sha1"], f"{where}: question changed"
