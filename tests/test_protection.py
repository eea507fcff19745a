"""Password-protected workbooks and sheet protection."""
from __future__ import annotations

import stat

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.styles import Protection

from matcher.cli import main
from matcher.errors import InputError
from matcher.fill import FillOptions, fill_workbook
from matcher.workbook.crypto import decrypt, encrypt_in_place, is_encrypted
from tests.conftest import CAIQ_V4, ordinary_file_mode, sha256
from tests.workbooks import layout_workbook

PASSWORD = "機密-2026"


@pytest.fixture
def protected_book(tmp_path):
    src = tmp_path / "customer.xlsx"
    layout_workbook(src)
    encrypt_in_place(src, PASSWORD)
    return src


def test_a_password_protected_workbook_round_trips_with_its_password(tmp_path, protected_book, engine):
    assert is_encrypted(protected_book)
    before = sha256(protected_book)
    result = fill_workbook(protected_book, engine, options=FillOptions(password=PASSWORD))
    assert sha256(protected_book) == before
    assert is_encrypted(result.filled)  # the output keeps the customer's password
    assert stat.S_IMODE(result.filled.stat().st_mode) == ordinary_file_mode()  # as a plain fill gives, not 0600
    plain = decrypt(result.filled, PASSWORD, tmp_path)
    ws = openpyxl.load_workbook(plain).active
    auto = [r for r in result.rows if r.status == "auto"]
    assert auto and all(ws[next(iter(r.cells))].value == next(iter(r.cells.values())) for r in auto)


def test_no_encrypt_output_writes_a_plain_workbook(protected_book, engine):
    result = fill_workbook(protected_book, engine, options=FillOptions(password=PASSWORD, encrypt_output=False))
    assert not is_encrypted(result.filled)
    openpyxl.load_workbook(result.filled)


def test_without_or_with_a_wrong_password_one_clear_line(protected_book):
    runner = CliRunner()
    none_given = runner.invoke(main, ["fill", str(protected_book)])
    assert none_given.exit_code == 1
    assert "password-protected; give its password with --password" in none_given.output
    wrong = runner.invoke(main, ["fill", str(protected_book), "--password", "nope"])
    assert wrong.exit_code == 1
    assert wrong.output.strip() == "Error: customer.xlsx: wrong password"


def test_password_given_for_a_plain_workbook_is_refused(tmp_path, engine):
    src = tmp_path / "plain.xlsx"
    layout_workbook(src)
    with pytest.raises(InputError, match="not password-protected"):
        fill_workbook(src, engine, options=FillOptions(password="x"))


def test_locked_answer_cells_on_a_protected_sheet_go_to_review(tmp_path, engine):
    src = tmp_path / "locked.xlsx"
    layout_workbook(src)
    wb = openpyxl.load_workbook(src)
    wb.active.protection.sheet = True  # every cell keeps the default: locked
    wb.save(src)
    result = fill_workbook(src, engine)
    assert not any(r.cells for r in result.rows)
    held = [r for r in result.rows if r.match.status == "auto"]
    assert held and all(r.status == "review" and "locked by sheet protection" in r.note for r in held)


def test_unlocked_answer_cells_on_a_protected_sheet_are_filled(tmp_path, engine):
    src = tmp_path / "unlocked.xlsx"
    layout = layout_workbook(src)
    wb = openpyxl.load_workbook(src)
    ws = wb.active
    ws.protection.sheet = True
    for r in layout["question_rows"]:
        for col in "DE":
            ws[f"{col}{r}"].protection = Protection(locked=False)
    wb.save(src)
    result = fill_workbook(src, engine)
    assert any(r.cells for r in result.rows)


def test_caiq_v4_protected_sheets_have_unlocked_answer_columns(tmp_path, eager_engine):
    result = fill_workbook(CAIQ_V4, eager_engine, tmp_path)
    assert sum(bool(r.cells) for r in result.rows) >= 10  # answers were written, into unlocked cells
    assert not any("locked by sheet protection" in r.note for r in result.rows)


def test_apply_keeps_a_password_protected_filled_workbook_protected(tmp_path, protected_book, kb):
    """fill --password, decide in the review workbook, apply --password: the new version is still encrypted."""
    from matcher.apply import apply_review
    from matcher.engine_io import load_engine
    from matcher.review import COLUMNS, REVIEW_SHEET
    result = fill_workbook(protected_book, load_engine(kb), tmp_path / "out", FillOptions(password=PASSWORD))
    wb = openpyxl.load_workbook(result.review)
    ws = wb[REVIEW_SHEET]
    keys = [key for key, *_ in COLUMNS]
    header = next(r for r in range(1, 10) if ws.cell(r, 1).value and str(ws.cell(r, 1).value).startswith("No."))
    row = header + 1
    ws.cell(row, keys.index("decision") + 1).value = "修正回答"
    ws.cell(row, keys.index("corrected") + 1).value = "○ 手作業で確認した回答です。"
    wb.save(result.review)
    with pytest.raises(InputError, match="password-protected"):
        apply_review(result.review, kb, learn=False)
    applied = apply_review(result.review, kb, learn=False, password=PASSWORD)
    assert applied.cells_changed >= 1
    assert is_encrypted(result.filled)
    plain = decrypt(result.filled, PASSWORD, tmp_path)
    values = [c.value for row in openpyxl.load_workbook(plain).active.iter_rows() for c in row]
    assert "手作業で確認した回答です。" in values
