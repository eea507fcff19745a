"""The review workbook that `matcher fill` writes beside the report."""
from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation

from matcher.errors import InputError, OutputError
from matcher.fill import FillOptions, fill_workbook
from matcher.review import (
    COLUMNS,
    DECISIONS,
    ITEMS_SHEET,
    META_SHEET,
    REVIEW_SHEET,
    SUMMARY_SHEET,
    read_review_workbook,
    review_path,
)
from tests.conftest import EXAMPLES, REPO, libreoffice_convert

DEMO = EXAMPLES / "demo" / "acme_checksheet.xlsx"


# ---------------------------------------------------------------- helpers shared with test_apply / test_learn


def copy_kb(folder: Path) -> Path:
    """The bundled knowledge base copied into ``folder``: tests never touch the repository's."""
    return Path(shutil.copytree(REPO / "knowledge", folder / "knowledge"))


def header(ws) -> dict[str, int]:
    """Review sheet column by its Japanese label."""
    return {str(ws.cell(3, c).value).split("\n")[0]: c for c in range(1, ws.max_column + 1)}


def review_rows(path: Path) -> list[dict[str, object]]:
    ws = openpyxl.load_workbook(path)[REVIEW_SHEET]
    cols = header(ws)
    return [{label: ws.cell(r, c).value for label, c in cols.items()} for r in range(4, ws.max_row + 1)]


def decide(path: Path, decisions: dict[str, tuple]) -> None:
    """Mark decisions as a reviewer would in Excel: {question text: (判定, 別の項目ID, 修正回答, メモ)}."""
    wb = openpyxl.load_workbook(path)
    ws = wb[REVIEW_SHEET]
    cols = header(ws)
    rows = {ws.cell(r, cols["質問"]).value: r for r in range(4, ws.max_row + 1)}
    for question, values in decisions.items():
        r = rows[question]
        for label, value in zip(("判定", "別の項目ID", "修正回答", "メモ"), values):
            if value is not None:
                ws.cell(r, cols[label]).value = value
    wb.save(path)


def questionnaire(path: Path, questions: list[tuple[str, str]], answers: dict[int, tuple[str, str]] | None = None) -> Path:
    """A plain check sheet: No. / 区分 / 確認項目 / 回答 (○×△－ dropdown) / 補足; ``answers`` by index."""
    wb = Workbook()
    ws = wb.active
    ws.title = "ヒアリング"
    ws.append(["No.", "区分", "確認項目", "回答", "補足"])
    dv = DataValidation(type="list", formula1='"○,×,△,－"', allow_blank=True)
    ws.add_data_validation(dv)
    for i, (context, question) in enumerate(questions):
        mark, text = (answers or {}).get(i, (None, None))
        ws.append([i + 1, context, question, mark, text])
        dv.add(f"D{i + 2}")
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def demo(tmp_path_factory, engine):
    out = tmp_path_factory.mktemp("demo")
    return fill_workbook(DEMO, engine, out)


# ---------------------------------------------------------------- the workbook


def test_fill_writes_the_review_workbook_beside_the_report(demo):
    assert demo.review == demo.report.with_name("acme_checksheet.review.xlsx")
    assert demo.review.exists()
    wb = openpyxl.load_workbook(demo.review)
    assert wb.sheetnames == [REVIEW_SHEET, ITEMS_SHEET, SUMMARY_SHEET, META_SHEET]
    assert wb[META_SHEET].sheet_state == "hidden"
    assert wb.active.title == REVIEW_SHEET


@pytest.mark.parametrize(
    "report, expected",
    [
        ("out/acme.report.csv", "out/acme.review.xlsx"),
        ("answers.report.csv", "answers.review.xlsx"),
        ("x.y.report.csv", "x.y.review.xlsx"),
    ],
)
def test_review_name_follows_the_report(report, expected):
    assert review_path(Path(report)) == Path(expected)


def test_one_row_per_question_review_and_none_first(demo):
    rows = review_rows(demo.review)
    assert len(rows) == len(demo.rows)
    order = {"review": 0, "none": 1, "auto": 2}
    statuses = [r["状態"] for r in rows]
    assert statuses == sorted(statuses, key=order.__getitem__)
    assert sorted(r["No."] for r in rows) == list(range(1, len(demo.rows) + 1))
    # No. follows the questionnaire's order
    by_no = {r["No."]: r for r in rows}
    assert [by_no[i + 1]["質問"] for i in range(len(demo.rows))] == [r.question.text for r in demo.rows]


def test_a_row_shows_the_proposal_its_answer_and_the_runner_ups(demo, engine):
    items = {it.id: it for it in engine.items}
    rows = {r["質問"]: r for r in review_rows(demo.review)}
    for fill_row in demo.rows:
        row = rows[fill_row.question.text]
        assert row["状態"] == fill_row.status
        assert row["信頼度"] == pytest.approx(fill_row.match.confidence)
        runners = [int(line.split()[0]) for line in (row["次の候補"] or "").splitlines()]
        assert 2 <= len(runners) <= 3
        if fill_row.status == "none":
            assert row["提案ID"] in (None, "")
            assert fill_row.match.item_ids[0] in runners  # the nearest item is a hint, not a proposal
            continue
        (item_id,) = fill_row.match.item_ids[:1]
        item = items[item_id]
        assert str(row["提案ID"]).split(";")[0] == str(item_id)
        assert item.answer in row["提案回答"] and row["提案回答"].startswith(item.mark)
        assert item_id not in runners


def test_links_open_the_answer_cell_in_the_filled_workbook(demo):
    ws = openpyxl.load_workbook(demo.review)[REVIEW_SHEET]
    cols = header(ws)
    row29 = next(r for r in range(4, ws.max_row + 1) if ws.cell(r, cols["セル"]).value == "チェックシート!E29")
    link = ws.cell(row29, cols["セル"]).hyperlink
    assert link.target == "acme_checksheet.filled.xlsx#'チェックシート'!E29"


def test_decision_dropdown_frozen_header_filters_and_input_columns(demo):
    ws = openpyxl.load_workbook(demo.review)[REVIEW_SHEET]
    cols = header(ws)
    assert ws.freeze_panes == "A4"
    assert ws.auto_filter.ref == f"A3:{openpyxl.utils.get_column_letter(len(COLUMNS))}{ws.max_row}"
    decision_col = openpyxl.utils.get_column_letter(cols["判定"])
    lists = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    decision = next(dv for dv in lists if f"{decision_col}4" in str(dv.sqref))
    assert decision.formula1 == '"' + ",".join(DECISIONS) + '"'
    assert str(decision.sqref) == f"{decision_col}4:{decision_col}{ws.max_row}"
    assert list(DECISIONS) == ["承認", "別の項目", "回答しない", "修正回答"]
    for label in ("判定", "別の項目ID", "修正回答", "メモ"):  # input columns look different
        assert ws.cell(4, cols[label]).fill.fgColor.rgb.endswith("FFF8E5")
    for label in ("質問", "提案回答", "次の候補"):
        assert ws.cell(4, cols[label]).alignment.wrap_text
        assert 20 <= ws.column_dimensions[openpyxl.utils.get_column_letter(cols[label])].width <= 44


def test_items_and_summary_sheets(demo, engine):
    wb = openpyxl.load_workbook(demo.review)
    items = wb[ITEMS_SHEET]
    assert [items.cell(r, 1).value for r in range(2, items.max_row + 1)] == [it.id for it in engine.items]
    summary = {wb[SUMMARY_SHEET].cell(r, 1).value: wb[SUMMARY_SHEET].cell(r, 2).value for r in range(1, 40)}
    for status in ("auto", "review", "none"):
        assert summary[status] == demo.counts[status]
    assert summary["合計 Total"] == len(demo.rows)
    assert summary["承認 (accept)"].startswith("=COUNTIF(")


def test_read_back_gives_every_question_as_fill_left_it(demo):
    book = read_review_workbook(demo.review)
    assert book.file == "acme_checksheet.xlsx"
    assert book.filled == demo.filled.resolve()
    assert book.report == demo.report.resolve()
    assert book.source == DEMO.resolve()
    assert book.decisions == [] and book.problems == []
    for entry, row in zip(book.rows_in_order, demo.rows):
        assert entry.question == row.question  # sheet, row, text, answer cells with kinds and vocabularies
        assert entry.match == row.match
        assert (entry.status, entry.cells, entry.note) == (row.status, row.cells, row.note)


def test_the_review_workbook_travels_with_its_folder(tmp_path, engine):
    (tmp_path / "a").mkdir()
    result = fill_workbook(DEMO, engine, tmp_path / "a")
    moved = shutil.move(str(tmp_path / "a"), str(tmp_path / "b"))
    book = read_review_workbook(Path(moved) / "acme_checksheet.review.xlsx")
    assert book.filled == (Path(moved) / "acme_checksheet.filled.xlsx").resolve()
    assert not result.filled.exists()


def test_customer_text_that_looks_like_a_formula_stays_text(tmp_path, engine):
    src = questionnaire(tmp_path / "f.xlsx", [("x", "placeholder")])
    wb = openpyxl.load_workbook(src)
    cell = wb.active["C2"]
    cell.value = "=HYPERLINK(\"http://example.com\")のような記載はありますか"
    cell.data_type = "s"
    wb.save(src)
    result = fill_workbook(src, engine)
    ws = openpyxl.load_workbook(result.review)[REVIEW_SHEET]
    cell = ws.cell(4, header(ws)["質問"])
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


def test_an_existing_review_workbook_is_not_replaced_without_force(tmp_path, engine):
    src = questionnaire(tmp_path / "q.xlsx", [("認証", "多要素認証（MFA）を利用できますか")])
    (tmp_path / "q.review.xlsx").write_bytes(b"decisions someone made")
    with pytest.raises(OutputError, match="q.review.xlsx already exists"):
        fill_workbook(src, engine)
    assert not (tmp_path / "q.filled.xlsx").exists()
    fill_workbook(src, engine, options=FillOptions(force=True))
    assert read_review_workbook(tmp_path / "q.review.xlsx").entries


def test_a_workbook_that_is_not_a_review_workbook(tmp_path):
    other = questionnaire(tmp_path / "plain.xlsx", [("x", "y")])
    with pytest.raises(InputError, match="not a review workbook written by `matcher fill`"):
        read_review_workbook(other)
    with pytest.raises(InputError, match="no such file"):
        read_review_workbook(tmp_path / "missing.review.xlsx")


def test_libreoffice_opens_the_review_workbook(demo, tmp_path):
    """Excel is not available here; LibreOffice headless converting without errors is the next best check."""
    pdf = libreoffice_convert(demo.review, tmp_path)
    assert pdf.exists() and pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000
