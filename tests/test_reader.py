from matcher.workbook.package import open_package
from matcher.workbook.reader import read_workbook
from tests.workbooks import QUESTIONS, layout_workbook


def test_reader_finds_every_question_and_nothing_else(tmp_path):
    path = tmp_path / "customer.xlsx"
    layout = layout_workbook(path)
    with open_package(path) as pkg:
        result = read_workbook(pkg)
    assert [q.row for q in result.rows] == layout["question_rows"]
    assert [q.text for q in result.rows] == [q for _, q in QUESTIONS]
    assert all(q.ref.startswith("C") for q in result.rows)
    # merged category cells carry down as context
    assert [q.context for q in result.rows] == [c for c, _ in QUESTIONS]
    sheet = result.sheets[0]
    assert sheet.header_row == layout["header_row"]


def test_reader_maps_dropdown_and_text_columns(tmp_path):
    path = tmp_path / "customer.xlsx"
    layout_workbook(path, circle="〇")
    with open_package(path) as pkg:
        q = read_workbook(pkg).rows[0]
    kinds = {s.ref[0]: (s.kind, s.vocabulary) for s in q.slots}
    assert kinds["D"] == ("mark", ("〇", "×", "△", "－"))
    assert kinds["E"][0] == "text"
