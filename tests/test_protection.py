"""Password-protected workbooks and sheet protection."""
from __future__ import annotations

import re
import shutil
import stat

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.styles import Protection

from matcher.cli import main
from matcher.errors import InputError
from matcher.fill import FillOptions, fill_workbook
from matcher.review import COLUMNS, REVIEW_SHEET, read_review_workbook
from matcher.workbook.crypto import decrypt, encrypt_to, is_encrypted
from tests.conftest import CAIQ_V4, EXAMPLES, ordinary_file_mode, sha256
from tests.workbooks import layout_workbook

PASSWORD = "機密-2026"


def encrypt_in_place(path, password):
    """Protect a test's customer file the way Excel does (the tool itself never overwrites an input)."""
    encrypt_to(path, path, password)


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
    assert is_encrypted(result.review)  # it lists the customer's questions too
    assert stat.S_IMODE(result.filled.stat().st_mode) == ordinary_file_mode()  # as a plain fill gives, not 0600
    questions = {r.question.text for r in result.rows}
    review = openpyxl.load_workbook(decrypt(result.review, PASSWORD, tmp_path))
    assert questions <= {c.value for row in review[REVIEW_SHEET].iter_rows() for c in row}
    plain = decrypt(result.filled, PASSWORD, tmp_path)
    ws = openpyxl.load_workbook(plain).active
    auto = [r for r in result.rows if r.status == "auto"]
    assert auto and all(ws[next(iter(r.cells))].value == next(iter(r.cells.values())) for r in auto)


def test_no_encrypt_output_writes_plain_workbooks(protected_book, engine):
    result = fill_workbook(protected_book, engine, options=FillOptions(password=PASSWORD, encrypt_output=False))
    assert not is_encrypted(result.filled) and not is_encrypted(result.review)
    openpyxl.load_workbook(result.filled)
    assert read_review_workbook(result.review).entries


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
    result = fill_workbook(protected_book, load_engine(kb), tmp_path / "out", FillOptions(password=PASSWORD))
    # the reviewer opens it in Excel with the password, decides, saves: Excel keeps it protected
    wb = openpyxl.load_workbook(decrypt(result.review, PASSWORD, tmp_path))
    ws = wb[REVIEW_SHEET]
    keys = [key for key, *_ in COLUMNS]
    header = next(r for r in range(1, 10) if ws.cell(r, 1).value and str(ws.cell(r, 1).value).startswith("No."))
    row = header + 1
    ws.cell(row, keys.index("decision") + 1).value = "修正回答"
    ws.cell(row, keys.index("corrected") + 1).value = "○ 手作業で確認した回答です。"
    wb.save(result.review)
    encrypt_in_place(result.review, PASSWORD)
    with pytest.raises(InputError, match="password-protected"):
        apply_review(result.review, kb, learn=False)
    with pytest.raises(InputError, match="wrong password"):
        apply_review(result.review, kb, learn=False, passwords=["nope"])
    applied = apply_review(result.review, kb, learn=False, passwords=["nope", PASSWORD])
    assert applied.cells_changed >= 1
    assert is_encrypted(result.filled) and is_encrypted(result.review)
    plain = decrypt(result.filled, PASSWORD, tmp_path)
    values = [c.value for row in openpyxl.load_workbook(plain).active.iter_rows() for c in row]
    assert "手作業で確認した回答です。" in values


def _open(path, password, tmp_path):
    return openpyxl.load_workbook(decrypt(path, password, tmp_path))


def _values(wb) -> list:
    return [c.value for row in wb.active.iter_rows() for c in row]


def test_a_batch_opens_each_protected_file_with_the_password_that_fits(tmp_path, kb):
    """Customers protect files with their own passwords: each file takes the first that opens it,
    its outputs keep it, one no password opens fails alone, and no password is written down."""
    from matcher.batch import BATCH_REVIEW, MANIFEST, BatchOptions, run_batch
    from matcher.batch_review import BATCH_SHEET, apply_batch_review, is_batch_review

    demo = EXAMPLES / "demo" / "acme_checksheet.xlsx"
    inbox, outbox = tmp_path / "inbox", tmp_path / "outbox"
    inbox.mkdir()
    shutil.copy2(demo, inbox / "plain.xlsx")
    passwords = {"a.xlsx": "alpha pass", "b.xlsx": PASSWORD, "c.xlsx": "not given"}
    for name, password in passwords.items():
        shutil.copy2(demo, inbox / name)
        encrypt_in_place(inbox / name, password)
    before = {p.name: sha256(p) for p in inbox.iterdir()}

    given = ("alpha pass", PASSWORD)
    result = run_batch(inbox, outbox, kb, BatchOptions(jobs=1, passwords=given))
    outcome = {f.file: (f.status, f.error) for f in result.files}
    assert outcome == {
        "a.xlsx": ("ok", ""), "b.xlsx": ("ok", ""), "c.xlsx": ("failed", "wrong password (tried 2)"), "plain.xlsx": ("ok", ""),
    }
    assert {p.name: sha256(p) for p in inbox.iterdir()} == before
    plain = _values(openpyxl.load_workbook(outbox / "plain.filled.xlsx"))
    for name in ("a", "b"):
        assert is_encrypted(outbox / f"{name}.filled.xlsx") and is_encrypted(outbox / f"{name}.review.xlsx")
        assert _values(_open(outbox / f"{name}.filled.xlsx", passwords[f"{name}.xlsx"], tmp_path)) == plain
    assert not is_encrypted(outbox / "plain.filled.xlsx") and not is_encrypted(outbox / "plain.review.xlsx")
    combined = outbox / BATCH_REVIEW
    assert is_encrypted(combined) and is_batch_review(combined, ["alpha pass"])  # the first given that opened a file
    assert not is_batch_review(combined)
    for written in (outbox / MANIFEST, outbox / "batch-summary.csv"):
        assert not any(p in written.read_text(encoding="utf-8-sig") for p in passwords.values())

    # one decision in the combined review reaches the plain and both protected files
    wb = _open(combined, "alpha pass", tmp_path)
    ws = wb[BATCH_SHEET]
    header = [str(c.value).split("\n")[0] for c in ws[3]]
    row = next(r for r in ws.iter_rows(min_row=4) if r[header.index("質問")].value == "システムの稼働状況を24時間監視していますか")
    row[header.index("判定")].value = "承認"
    wb.save(combined)
    encrypt_in_place(combined, "alpha pass")
    applied = apply_batch_review(combined, learn=False, passwords=given)
    assert sorted(f.file for f in applied.files) == ["a.xlsx", "b.xlsx", "plain.xlsx"] and not applied.failed
    assert openpyxl.load_workbook(outbox / "plain.filled.xlsx").active["E29"].value == "○"
    for name in ("a", "b"):
        assert is_encrypted(outbox / f"{name}.filled.xlsx") and is_encrypted(outbox / f"{name}.review.xlsx")
        assert _open(outbox / f"{name}.filled.xlsx", passwords[f"{name}.xlsx"], tmp_path).active["E29"].value == "○"


def test_batch_takes_matcher_password_whole_and_names_the_file_it_cannot_open(tmp_path, kb, monkeypatch):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    layout_workbook(inbox / "one.xlsx")
    encrypt_in_place(inbox / "one.xlsx", "two words")
    layout_workbook(inbox / "two.xlsx")
    encrypt_in_place(inbox / "two.xlsx", "other")
    monkeypatch.setenv("MATCHER_PASSWORD", "two words")  # one password, space and all
    run = CliRunner().invoke(main, ["batch", str(inbox), "-o", str(tmp_path / "out"), "--kb", str(kb), "-j", "1"])
    assert run.exit_code == 3, run.output
    assert "failed:  two.xlsx: wrong password" in run.output
    assert is_encrypted(tmp_path / "out" / "one.filled.xlsx")


def test_no_unprotected_copy_is_left_beside_the_outputs_when_encrypting_fails(tmp_path, protected_book, engine, monkeypatch):
    from matcher.errors import OutputError
    from matcher.workbook import crypto

    def fails(package, password, label):
        raise OutputError(f"{label}: cannot be encrypted (disk full)")

    monkeypatch.setattr(crypto, "encrypted", fails)
    out = tmp_path / "out"
    with pytest.raises(OutputError, match="cannot be encrypted"):
        fill_workbook(protected_book, engine, out, FillOptions(password=PASSWORD))
    assert not [p.name for p in out.iterdir() if p.suffix in (".xlsx", ".tmp")]


def test_inspect_and_kb_learn_open_a_protected_workbook_with_its_password(tmp_path, protected_book, kb):
    """Past answered questionnaires are often protected: the commands that read them take --password."""
    from matcher.engine_io import load_engine

    runner = CliRunner()
    inspected = runner.invoke(main, ["inspect", str(protected_book), "--password", PASSWORD])
    assert inspected.exit_code == 0, inspected.output
    assert inspected.output.startswith("customer.xlsx: ") and " questions on 1 of 1 sheet(s)" in inspected.output
    refused = runner.invoke(main, ["inspect", str(protected_book)])
    assert refused.exit_code == 1 and "give its password with --password" in refused.output

    answered = fill_workbook(protected_book, load_engine(kb), tmp_path / "out", FillOptions(password=PASSWORD)).filled
    learned = runner.invoke(main, ["kb", "learn", str(answered), "--kb", str(kb), "--dry-run", "--password", PASSWORD])
    assert learned.exit_code == 0, learned.output
    summary = learned.output.splitlines()[0]
    total, unanswered = re.search(r": (\d+) questions: .* (\d+) unanswered", summary).groups()
    assert int(unanswered) < int(total)  # it read the answers fill wrote into the protected copy
    wrong = runner.invoke(main, ["kb", "learn", str(answered), "--kb", str(kb), "--password", "nope"])
    assert wrong.exit_code == 1 and "wrong password" in wrong.output


def test_a_damaged_protected_workbook_is_named_by_its_own_name(tmp_path):
    """The reader works on a decrypted copy; its messages still name the customer's file."""
    import zipfile

    plain, src = tmp_path / "plain.xlsx", tmp_path / "locked.xlsx"
    layout_workbook(plain)
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(src, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            zout.writestr(info, b"<worksheet><unclosed>" if info.filename == "xl/worksheets/sheet1.xml" else data)
    encrypt_in_place(src, PASSWORD)
    for command in (["inspect", str(src)], ["fill", str(src), "-o", str(tmp_path / "out")]):
        run = CliRunner().invoke(main, [*command, "--password", PASSWORD])
        assert run.exit_code == 1
        assert run.output.startswith("Error: locked.xlsx: xl/worksheets/sheet1.xml: the XML is malformed"), run.output
