"""Property tests: random layouts never crash the reader, and filling changes only answer cells.

Seeded and budgeted so CI stays fast (`derandomize=True`, a few dozen workbooks).
"""
from __future__ import annotations

import datetime
import tempfile
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.worksheet.datavalidation import DataValidation

from matcher.errors import MatcherError
from matcher.fill import fill_workbook
from matcher.workbook.load import read_questionnaire
from matcher.workbook.package import make_ref, open_package

QUESTIONS = [
    "情報セキュリティ基本方針を定めていますか",
    "通信は暗号化されていますか",
    "バックアップを取得していますか",
    "多要素認証に対応していますか",
    "Is customer data encrypted at rest?",
    "ログを一定期間保管していますか",
    "サービス稼働率の目標値",
    "脆弱性診断を定期的に実施していますか",
]
HEADERS = ["No", "項目", "確認事項", "質問", "Question", "回答", "実施", "備考", "Comments", "分類", "", "担当"]
VALUES = st.one_of(
    st.none(),
    st.sampled_from(QUESTIONS),
    st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=0, max_size=40),
    st.integers(-10**6, 10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2040, 1, 1)),
    st.sampled_from(["=1+1", "#N/A", "○", "×", "Yes", "はい", "=SUM(A1:A2)"]),
)


@st.composite
def workbooks(draw):
    rows = draw(st.integers(2, 14))
    cols = draw(st.integers(2, 7))
    top = draw(st.integers(1, 4))
    left = draw(st.integers(1, 3))
    grid = {}
    for c in range(cols):
        grid[(top, left + c)] = draw(st.sampled_from(HEADERS))
    for r in range(1, rows + 1):
        for c in range(cols):
            grid[(top + r, left + c)] = draw(VALUES)
    merges = draw(
        st.lists(st.tuples(st.integers(1, top + rows), st.integers(1, left + cols), st.integers(0, 2), st.integers(0, 2)), max_size=3)
    )
    dropdown = draw(st.one_of(st.none(), st.sampled_from(['"○,×,△"', '"Yes,No,N/A"', '"はい,いいえ"', '"A,B,C"'])))
    hidden_col = draw(st.one_of(st.none(), st.integers(1, left + cols)))
    return grid, merges, dropdown, hidden_col, (top, left, rows, cols)


def _save(spec, path: Path) -> None:
    grid, merges, dropdown, hidden_col, (top, left, rows, cols) = spec
    wb = openpyxl.Workbook()
    ws = wb.active
    for (r, c), v in grid.items():
        ws.cell(r, c, v)
    taken: set[tuple[int, int]] = set()
    for r, c, h, w in merges:
        cells = {(rr, cc) for rr in range(r, r + h + 1) for cc in range(c, c + w + 1)}
        if (h or w) and not cells & taken:
            taken |= cells
            ws.merge_cells(start_row=r, start_column=c, end_row=r + h, end_column=c + w)
    if dropdown:
        dv = DataValidation(type="list", formula1=dropdown)
        ws.add_data_validation(dv)
        dv.add(f"{openpyxl.utils.get_column_letter(left + cols - 1)}{top + 1}:{openpyxl.utils.get_column_letter(left + cols - 1)}{top + rows}")
    if hidden_col:
        ws.column_dimensions[openpyxl.utils.get_column_letter(hidden_col)].hidden = True
    wb.save(path)


@settings(max_examples=40, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(workbooks())
def test_reading_any_layout_raises_only_our_clear_errors(spec):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "random.xlsx"
        _save(spec, path)
        try:
            read_questionnaire(path)
        except MatcherError as e:
            assert str(e) and "\n" not in str(e)


@settings(max_examples=25, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(workbooks())
def test_filling_any_layout_changes_only_answer_cells(engine, spec):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "random.xlsx"
        _save(spec, path)
        try:
            result = fill_workbook(path, engine, Path(tmp) / "out")
        except MatcherError:
            return  # no question table in this layout: a clear refusal is the right outcome
        written = {(r.question.sheet, ref) for r in result.rows for ref in r.cells}
        with open_package(path) as a, open_package(result.filled) as b:
            for sa, sb in zip(a.sheets, b.sheets):
                old, new = a.read_sheet(sa).cells, b.read_sheet(sb).cells
                for key in set(old) | set(new):
                    if (sa.name, make_ref(*key)) in written:
                        continue
                    assert old.get(key) == new.get(key), make_ref(*key)
