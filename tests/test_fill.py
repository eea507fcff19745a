"""End-to-end: `matcher fill` on customer-style workbooks."""
from __future__ import annotations

import csv

import openpyxl
import pytest
from click.testing import CliRunner

from matcher.cli import main
from matcher.evaluate import read_labels
from matcher.fill import FillOptions, fill_workbook
from matcher.workbook.package import open_package
from matcher.workbook.reader import read_workbook
from tests.conftest import EXAMPLES, sha256
from tests.workbooks import QUESTIONS, layout_workbook

DEMO = EXAMPLES / "demo" / "acme_checksheet.xlsx"


def _report(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_marks_land_in_the_dropdowns_own_vocabulary(tmp_path, engine):
    src = tmp_path / "customer.xlsx"
    layout = layout_workbook(src, circle="〇")  # U+3007, not the knowledge base's ○ (U+25CB)
    result = fill_workbook(src, engine, tmp_path / "out.xlsx")
    ws = openpyxl.load_workbook(result.filled).active
    auto = [r for r in result.rows if r.status == "auto"]
    assert len(auto) >= len(QUESTIONS) - 2
    for r in auto:
        assert ws[f"D{r.question.row}"].value == "〇"
        answer = ws[f"E{r.question.row}"].value
        assert answer == engine.items[[it.id for it in engine.items].index(r.match.item_ids[0])].answer
    # title block, header and the closing note are untouched
    assert ws["B1"].value == "セキュリティチェックシート（クラウドサービス）"
    assert ws[f"D{layout['header_row']}"].value == "回答"
    assert ws[f"B{layout['question_rows'][-1] + 2}"].value.startswith("※")


def test_input_is_byte_identical_after_a_run(tmp_path, engine):
    src = tmp_path / "customer.xlsx"
    layout_workbook(src)
    before = sha256(src)
    fill_workbook(src, engine)
    assert sha256(src) == before
    assert (tmp_path / "customer.filled.xlsx").exists()
    assert (tmp_path / "customer.report.csv").exists()


def test_report_has_one_row_per_question_with_the_contract_columns(tmp_path, engine):
    src = tmp_path / "customer.xlsx"
    layout = layout_workbook(src)
    result = fill_workbook(src, engine)
    rows = _report(result.report)
    assert [int(r["row"]) for r in rows] == layout["question_rows"]
    for column in ("file", "sheet", "row", "question", "status", "item_id", "confidence", "alternatives", "cells"):
        assert column in rows[0]
    for r in rows:
        assert r["status"] in ("auto", "review", "none")
        assert 0.0 <= float(r["confidence"]) <= 1.0
        if r["status"] == "auto":
            assert r["cells"].startswith("D")
        else:
            assert r["cells"] == ""


def test_demo_auto_answers_agree_with_the_labels(tmp_path, engine):
    """The bundled demo: every `auto` row is the labelled item, and no unanswerable row is filled."""
    result = fill_workbook(DEMO, engine, tmp_path)
    labels = {(s, r): e for s, r, e, _ in read_labels(DEMO.with_name("acme_checksheet.labels.csv"))}
    assert {(r.question.sheet, r.question.row) for r in result.rows} == set(labels)
    for r in result.rows:
        expected = labels[(r.question.sheet, r.question.row)]
        if r.status == "auto":
            assert r.match.item_ids == expected, r.question.text
    assert sum(r.status == "auto" for r in result.rows) >= 0.75 * sum(1 for e in labels.values() if e)


def test_already_answered_rows_are_left_alone_unless_overwrite(tmp_path, engine):
    src = tmp_path / "customer.xlsx"
    layout = layout_workbook(src)
    wb = openpyxl.load_workbook(src)
    first = layout["question_rows"][0]
    wb.active[f"E{first}"] = "既に記入済みの回答"
    wb.save(src)
    result = fill_workbook(src, engine, tmp_path / "a.xlsx")
    assert openpyxl.load_workbook(result.filled).active[f"E{first}"].value == "既に記入済みの回答"
    assert "already answered" in next(r.note for r in result.rows if r.question.row == first)
    again = fill_workbook(src, engine, tmp_path / "b.xlsx", FillOptions(overwrite=True))
    row = next(r for r in again.rows if r.question.row == first)
    if row.status == "auto":
        assert openpyxl.load_workbook(again.filled).active[f"E{first}"].value != "既に記入済みの回答"


def test_a_mark_the_dropdown_cannot_hold_goes_to_review(tmp_path, engine):
    src = tmp_path / "customer.xlsx"
    layout_workbook(src, marks="A,B,C")  # a grading list: nothing in it means ○
    result = fill_workbook(src, engine)
    for r in result.rows:
        if r.match.status == "auto":
            assert r.status == "review"
            assert "has no value for ○" in r.note
            assert not r.cells


def test_existing_output_is_not_replaced_without_force(tmp_path, engine):
    src = tmp_path / "customer.xlsx"
    layout_workbook(src)
    fill_workbook(src, engine)
    from matcher.errors import OutputError

    with pytest.raises(OutputError, match="already exists"):
        fill_workbook(src, engine)
    fill_workbook(src, engine, options=FillOptions(force=True))


def test_filled_workbook_reads_back_with_the_same_questions(tmp_path, engine):
    src = tmp_path / "customer.xlsx"
    layout_workbook(src)
    result = fill_workbook(src, engine)
    with open_package(result.filled) as pkg:
        again = read_workbook(pkg)
    assert [q.text for q in again.rows] == [q for _, q in QUESTIONS]


# ---------------------------------------------------------------- the command line


def _run(*args):
    return CliRunner().invoke(main, list(map(str, args)))


def test_cli_fill_prints_where_the_files_are_and_a_summary(tmp_path):
    src = tmp_path / "customer.xlsx"
    layout_workbook(src)
    result = _run("fill", src)
    assert result.exit_code == 0, result.output
    assert f"{len(QUESTIONS)} questions:" in result.output
    assert "auto" in result.output and "review" in result.output and "none" in result.output
    assert str(tmp_path / "customer.filled.xlsx") in result.output


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p, "no such file"),
        (lambda p: (p.write_text("これはワークブックではありません"), p)[1], "not an Excel workbook"),
        (lambda p: (p.write_bytes(b""), p)[1], "the file is empty"),
    ],
    ids=["missing", "text-renamed-xlsx", "empty"],
)
def test_cli_bad_input_gets_one_line_and_a_nonzero_exit(tmp_path, make, message):
    path = make(tmp_path / "customer.xlsx")
    result = _run("fill", path)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error:") and message in lines[0]
    assert "Traceback" not in result.output


def test_cli_workbook_without_a_question_table(tmp_path):
    path = tmp_path / "memo.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "議事録"
    wb.active["A2"] = "次回は来週"
    wb.save(path)
    result = _run("fill", path)
    assert result.exit_code == 1
    assert result.output.strip().startswith("Error: memo.xlsx: no question table found")
    assert len(result.output.strip().splitlines()) == 1


def test_report_neutralises_customer_text_a_spreadsheet_would_run(tmp_path, engine):
    """A customer's question beginning with = + - @ must not become a formula when the report opens in Excel."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["No", "確認項目", "回答", "備考"])
    questions = ["-データを暗号化していますか", "@バックアップを取得していますか", "+多要素認証に対応していますか"]
    for i, q in enumerate(questions, 1):
        ws.append([i, q, None, None])
    ws.cell(5, 2).value = "=1+1"
    ws.cell(5, 2).data_type = "s"  # a text cell that starts with '=', as customers' sheets do hold
    src = tmp_path / "formula.xlsx"
    wb.save(src)
    result = fill_workbook(src, engine)
    rows = _report(result.report)
    texts = [r["question"] for r in rows]
    assert texts[:3] == ["'" + q for q in questions]
    assert all(not t.startswith(("=", "+", "-", "@")) for t in texts)
