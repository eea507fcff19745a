"""The reader on real public questionnaires in ../shared/corpus (read only, never copied here).

Expected counts come from the publishers' own data beside each workbook:
- CAIQ v4.0.3: CAIQ-primary-dataset.json lists the 261 questions (id and body); the reader must
  find exactly those, with the same text.
- CAIQ v3.0.1: one question per row 5–299 of the main sheet, each with its own Question ID (295;
  CSA's count for v3.0.1).
- HECVAT 4.1.4: hecvat-questions.json lists 332 ids; 331 of them are on the respondent's tabs
  (AILM-07 is in the hidden Questions sheet only). Each id has exactly one row to answer: on
  the other tabs the same id's answer cell is a formula pulling that answer (GNRL-01…09 and
  REQU-xx from START HERE), so it is not a row to fill. Per tab: the visible id rows minus the
  rows whose answer cell is such a formula.
"""
from __future__ import annotations

import json
import re
import time
from collections import Counter

import pytest

from matcher.workbook.load import read_questionnaire
from matcher.workbook.package import open_package
from matcher.workbook.reader import read_sheet
from tests.conftest import CAIQ_V3, CAIQ_V4, CORPUS, HECVAT

CAIQ_V3_FILLED = CORPUS / "caiq-v3-metanorma" / "csa-caiq-v3.0.1-09-01-2017-filled.xlsx"
CAIQ_V4_JSON = CORPUS / "caiq-v4.0.3-official" / "CAIQ-primary-dataset.json"
HECVAT_JSON = CORPUS / "hecvat-4.1.4" / "hecvat-questions.json"

HECVAT_TABS = {
    "START HERE": 22,
    "Organization": 43,
    "Product": 41,
    "Infrastructure": 51,
    "IT Accessibility": 18,
    "Case-Specific": 60,
    "AI": 31,
    "Privacy": 65,
}
HECVAT_EVALUATOR_TABS = ("Institution Evaluation", "High-Risk Evaluation", "Privacy Analyst Evaluation", "Analyst Reference")
HECVAT_HIDDEN = ("Questions", "Auto Responses", "(backend scoring)")


def need(*paths):
    missing = [p for p in paths if not p.exists()]
    if missing:
        raise AssertionError(f"corpus file missing: {missing[0]} (the repo expects ../shared/corpus beside it)")


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


@pytest.fixture(scope="module")
def caiq_v4():
    need(CAIQ_V4, CAIQ_V4_JSON)
    return read_questionnaire(CAIQ_V4)


@pytest.fixture(scope="module")
def caiq_v3():
    need(CAIQ_V3)
    return read_questionnaire(CAIQ_V3)


@pytest.fixture(scope="module")
def hecvat():
    need(HECVAT, HECVAT_JSON)
    return read_questionnaire(HECVAT)


# ---------------------------------------------------------------- CAIQ v4.0.3


def test_caiq_v4_all_261_questions_and_nothing_from_the_introduction(caiq_v4):
    published = json.loads(CAIQ_V4_JSON.read_text(encoding="utf-8"))["questions"]
    assert len(caiq_v4.rows) == 261 == len(published)
    assert {q.sheet for q in caiq_v4.rows} == {"CAIQv4.0.3"}
    assert [q.qid for q in caiq_v4.rows] == [p["id"] for p in published]
    assert [squash(q.text) for q in caiq_v4.rows] == [squash(p["body"]) for p in published]
    intro = next(s for s in caiq_v4.sheets if s.name == "Introduction")
    assert not intro.read and intro.questions == 0


def test_caiq_v4_answer_columns(caiq_v4):
    for q in caiq_v4.rows:
        kinds = {s.ref.rstrip("0123456789"): (s.kind, s.vocabulary) for s in q.slots}
        assert kinds == {"C": ("mark", ("Yes", "No", "NA")), "E": ("text", ())}, q
    sheet = next(s for s in caiq_v4.sheets if s.name == "CAIQv4.0.3")
    roles = {c.col: c.role for c in sheet.columns}
    assert roles[1] == "id" and roles[2] == "question" and roles[3] == "mark" and roles[5] == "text"
    assert roles[6] == "ignore"  # CSC Responsibilities: the customer's column
    assert sheet.header_row == 2


# ---------------------------------------------------------------- CAIQ v3.0.1


def test_caiq_v3_questions_and_three_tick_columns(caiq_v3):
    rows = caiq_v3.rows
    assert len(rows) == 295
    assert [q.row for q in rows] == list(range(5, 300))
    assert len({q.qid for q in rows}) == 295
    assert all(q.ref.startswith("E") for q in rows)
    for q in rows:
        ticks = [(s.ref.rstrip("0123456789"), s.meaning, s.vocabulary, s.current) for s in q.slots if s.kind == "tick"]
        assert ticks == [("F", "○", ("x",), ""), ("G", "×", ("x",), ""), ("H", "－", ("x",), "")]
        assert [s.ref[0] for s in q.slots if s.kind == "text"] == ["I"]
    assert rows[0].context.startswith("Application & Interface Security")
    sheet = caiq_v3.sheets[0]
    assert sheet.header_row == 2
    others = {s.name: s for s in caiq_v3.sheets[1:]}
    assert set(others) == {"Guiding Principles", "CAIQ Change Log"}
    assert not any(s.read for s in others.values())


def test_caiq_v3_filled_copy_reports_the_existing_ticks():
    need(CAIQ_V3_FILLED)
    result = read_questionnaire(CAIQ_V3_FILLED)
    assert len(result.rows) == 295
    for q in result.rows:
        current = {s.ref.rstrip("0123456789"): s.current for s in q.slots}
        assert current == {"F": "x", "G": "", "H": "", "I": "test"}
    assert result.sheets[0].tick_symbol == "x"


# ---------------------------------------------------------------- HECVAT 4.1.4


def test_hecvat_questions_per_tab(hecvat):
    assert Counter(q.sheet for q in hecvat.rows) == HECVAT_TABS
    ids = [q.qid for q in hecvat.rows]
    assert len(ids) == len(set(ids)) == 331  # each id has one row to answer
    published = {q["id"]: q for q in json.loads(HECVAT_JSON.read_text(encoding="utf-8"))["questions"]}
    assert set(published) - set(ids) == {"AILM-07"}  # not on any tab of this workbook
    # the visible text is a VLOOKUP into a hidden sheet: read from the cached value
    for q in hecvat.rows:
        assert squash(q.text) == squash(published[q.qid]["question"]), q.qid


def test_hecvat_skips_hidden_and_evaluator_sheets_saying_why(hecvat):
    reports = {s.name: s for s in hecvat.sheets}
    for name in HECVAT_HIDDEN:
        assert not reports[name].read and "hidden" in reports[name].reason
    for name in HECVAT_EVALUATOR_TABS:
        report = reports[name]
        assert not report.read, name
        assert "evaluator" in report.reason and "formulas" in report.reason, report.reason
    for name in HECVAT_TABS:
        assert reports[name].read


def test_hecvat_start_here_reads_the_questions_not_the_instructions(hecvat):
    start = [q for q in hecvat.rows if q.sheet == "START HERE"]
    assert min(q.row for q in start) == 13  # instructions sit on rows 4-11
    assert [q.qid for q in start][:2] == ["GNRL-01", "GNRL-02"]
    assert not any(re.match(r"\d\. ", q.text) for q in start)
    by_id = {q.qid: q for q in start}
    assert [s.kind for s in by_id["GNRL-01"].slots] == ["text"]  # a name: no Yes/No list
    assert [s.kind for s in by_id["COMP-02"].slots] == ["text"]  # "Describe…", D says leave blank
    assert [(s.ref, s.kind, s.vocabulary) for s in by_id["REQU-01"].slots] == [
        ("C29", "mark", ("Yes", "No")), ("D29", "text", ()),
    ]
    assert by_id["REQU-01"].context == "Required Questions"


def test_hecvat_x14_dropdowns_and_sections(hecvat):
    by_id = {q.qid: q for q in hecvat.rows}
    assert by_id["THRD-01"].slots[0].vocabulary == ("Yes", "No", "N/A")
    assert by_id["DOCU-01"].slots[0].vocabulary == ("Yes", "No")
    assert by_id["DCTR-01"].slots[0].vocabulary[:3] == ("Self-Managed", "Physical Co-Location", "Virtual Co-Location")
    assert by_id["THRD-01"].context == "Assessment of Third Parties"
    assert by_id["THRD-01"].sheet == "Organization" and by_id["THRD-01"].ref == "B30"
    # the same GNRL ids on later tabs are answered on START HERE (their cells are formulas)
    org = next(s for s in hecvat.sheets if s.name == "Organization")
    assert org.skipped["answered on another sheet (the answer cell is a formula)"] == 8


def test_hecvat_reads_fast():
    need(HECVAT)
    started = time.perf_counter()
    read_questionnaire(HECVAT)
    assert time.perf_counter() - started < 2.0


# ---------------------------------------------------------------- instruction sheets never yield questions


@pytest.mark.parametrize(
    "path, sheet",
    [(CAIQ_V4, "Introduction"), (CAIQ_V3, "Guiding Principles"), (CAIQ_V3, "CAIQ Change Log")],
)
def test_instruction_sheets_yield_no_questions(path, sheet):
    need(path)
    with open_package(path) as pkg:
        rows, report = read_sheet(pkg.read_sheet(pkg.sheet_by_name(sheet)))
    assert rows == []
    assert not report.read and "no question table" in report.reason
