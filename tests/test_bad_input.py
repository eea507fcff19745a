"""The catalogue of bad inputs: each gets one clear line, a non-zero exit, and an untouched input.

Every case here has a row in the README table "Bad input → what you see".
"""
from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from matcher.cli import main
from tests.conftest import REPO, sha256

QUESTIONS = ["データを暗号化していますか", "バックアップを取得していますか", "多要素認証に対応していますか"]


def good_workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "質問"
    ws.append(["No", "確認項目", "回答", "備考"])
    for i, q in enumerate(QUESTIONS, 1):
        ws.append([i, q, None, None])
    wb.save(path)
    return path


def rewrite_part(src: Path, dst: Path, part: str, change) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zout.writestr(info, change(data) if info.filename == part else data)
    return dst


SHEET = "xl/worksheets/sheet1.xml"
LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, b"".join(b"&lol%s;" % (b"" if i == 1 else str(i - 1).encode()) for _ in range(10)))
        for i in range(1, 10)
    )
    + b"]>"
)


def _bomb(data: bytes) -> bytes:
    return LAUGHS + data[data.index(b"<worksheet") :].replace(b"<sheetData>", b"<sheetData><!-- &lol9; -->", 1)


def _xxe(data: bytes) -> bytes:
    return b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + data[data.index(b"<worksheet") :]


def _docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>',
        )
        z.writestr("word/document.xml", "<w:document xmlns:w='urn:w'/>")
    return path


def _zip_bomb(path: Path) -> Path:
    """300 MB of zeros that pack into ~300 KB: refused from the zip's directory, before inflating."""
    good = good_workbook(path.with_name("base.xlsx"))
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, zin.read(info.filename))
        with zout.open("xl/media/image1.bin", "w", force_zip64=True) as f:
            chunk = b"\0" * (1 << 20)
            for _ in range(300):
                f.write(chunk)
    return path


def build(case: str, tmp: Path) -> Path:
    path = tmp / "customer.xlsx"
    if case == "empty":
        path.write_bytes(b"")
    elif case == "truncated zip":
        data = good_workbook(tmp / "base.xlsx").read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif case == "docx renamed":
        _docx(path)
    elif case == "pdf renamed":
        path.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n")
    elif case == "text renamed":
        path.write_text("確認事項の一覧はメールで送ります\n", encoding="utf-8")
    elif case == "malformed sheet XML":
        rewrite_part(good_workbook(tmp / "base.xlsx"), path, SHEET, lambda d: d.replace(b"</sheetData>", b"<row></sheetData>"))
    elif case == "billion laughs":
        rewrite_part(good_workbook(tmp / "base.xlsx"), path, SHEET, _bomb)
    elif case == "external entity":
        rewrite_part(good_workbook(tmp / "base.xlsx"), path, SHEET, _xxe)
    elif case == "zip bomb":
        _zip_bomb(path)
    elif case == "no question table":
        wb = openpyxl.Workbook()
        wb.active["A1"] = "議事録"
        wb.save(path)
    elif case == "csv in another encoding":
        path = tmp / "customer.csv"
        path.write_bytes("No,確認項目,回答\n1,データを暗号化していますか,\n".encode("euc_jp"))
    elif case == "csv in ISO-2022-JP":
        path = tmp / "customer.csv"
        path.write_bytes("No,確認項目,回答\n1,データを暗号化していますか,\n".encode("iso2022_jp"))
    else:
        raise AssertionError(case)
    return path


CATALOGUE = [
    ("empty", "the file is empty"),
    ("truncated zip", "not an Excel workbook (.xlsx/.xlsm), or the file is damaged"),
    ("docx renamed", "not an Excel workbook (it holds no workbook part; is it a Word or other Office file?)"),
    ("pdf renamed", "not an Excel workbook (.xlsx/.xlsm)"),
    ("text renamed", "not an Excel workbook (.xlsx/.xlsm)"),
    ("malformed sheet XML", "xl/worksheets/sheet1.xml: the XML is malformed"),
    ("billion laughs", "refused, the XML declares a DTD or entities"),
    ("external entity", "refused, the XML declares a DTD or entities"),
    ("zip bomb", "refused, part xl/media/image1.bin inflates to 314,572,800 bytes"),
    ("no question table", "no question table found"),
    ("csv in another encoding", "neither UTF-8 nor Shift_JIS (CP932)"),
    ("csv in ISO-2022-JP", "neither UTF-8 nor Shift_JIS (CP932)"),
]


@pytest.mark.parametrize("case, message", CATALOGUE, ids=[c for c, _ in CATALOGUE])
def test_bad_input_gets_one_line_a_nonzero_exit_and_stays_untouched(tmp_path, case, message):
    path = build(case, tmp_path)
    before = sha256(path)
    result = CliRunner().invoke(main, ["fill", str(path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith(f"Error: {path.name}") and message in lines[0]
    assert sha256(path) == before
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


_MEASURE = """
import json, resource, subprocess, sys, time
t = time.perf_counter()
p = subprocess.run([sys.executable, "-m", "matcher", "fill", sys.argv[1], "-o", sys.argv[2]], capture_output=True, text=True)
print(json.dumps({"seconds": time.perf_counter() - t, "rss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
                  "code": p.returncode, "err": p.stderr}))
"""


@pytest.mark.parametrize("case", ["billion laughs", "external entity", "zip bomb"])
def test_bombs_are_refused_within_5_seconds_and_500_mb(tmp_path, case):
    path = build(case, tmp_path)
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path), str(tmp_path / "out")],
        capture_output=True, text=True, cwd=REPO, timeout=60,
    )
    measured = json.loads(out.stdout)
    assert measured["code"] == 1, measured["err"]
    assert "refused" in measured["err"]
    assert measured["seconds"] < 5.0, measured
    assert measured["rss_kb"] < 500 * 1024, measured


def test_a_used_range_claiming_a_million_rows_is_read_quickly(tmp_path, engine):
    """The dimension and a far-away cell claim 1,048,576 rows x 16,384 columns; reading stays fast."""
    import time

    from matcher.fill import fill_workbook

    base = good_workbook(tmp_path / "base.xlsx")

    def huge(data: bytes) -> bytes:
        data = data.replace(b'<dimension ref="A1:D4"/>', b'<dimension ref="A1:XFD1048576"/>')
        return data.replace(
            b"</sheetData>",
            b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>end</t></is></c></row></sheetData>',
        )

    path = rewrite_part(base, tmp_path / "huge.xlsx", SHEET, huge)
    started = time.perf_counter()
    result = fill_workbook(path, engine, tmp_path / "out")
    assert time.perf_counter() - started < 10
    assert [r.question.text for r in result.rows] == QUESTIONS


def test_unusual_cells_are_read_and_left_as_they_were(tmp_path, engine):
    """Errors, dates, numbers, rich text and a 32,767-character cell around the questions."""
    import datetime

    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    from matcher.fill import fill_workbook
    from matcher.workbook.package import open_package

    path = good_workbook(tmp_path / "odd.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws["E2"] = "=1/0"
    ws["F2"] = "#REF!"
    ws["E3"] = datetime.date(2026, 4, 1)
    ws["F3"] = 3.14159
    ws["B5"] = CellRichText([TextBlock(InlineFont(b=True), "ログ"), "を取得していますか"])
    ws["B6"] = "長" * 32767
    wb.save(path)
    before = sha256(path)
    result = fill_workbook(path, engine, tmp_path / "out")
    assert sha256(path) == before
    texts = [r.question.text for r in result.rows]
    assert "ログを取得していますか" in texts
    with open_package(path) as a, open_package(result.filled) as b:
        old = a.read_sheet(a.sheets[0]).cells
        new = b.read_sheet(b.sheets[0]).cells
    written = {ref for r in result.rows for ref in r.cells}
    from matcher.workbook.package import make_ref

    for key, cell in old.items():
        if make_ref(*key) not in written:
            assert new[key] == cell, make_ref(*key)


@pytest.mark.parametrize(
    "content, message",
    [
        ("version: 1\nnext_id: 3\nitems:\n  - id: 1\n    question: [broken\n", "YAML syntax error"),
        (
            "version: 1\nnext_id: 3\nitems:\n"
            "  - {id: 1, question: 暗号化, answer: しています, mark: ○}\n"
            "  - {id: 1, question: バックアップ, answer: 毎日, mark: ○}\n",
            "duplicate id",
        ),
        ("version: 1\nnext_id: 3\nitems:\n  - {id: 2, question: 暗号化, answer: '', mark: ○}\n", "item 2: answer is empty"),
    ],
    ids=["syntax error", "duplicate id", "no answer"],
)
def test_a_broken_knowledge_base_is_named_with_file_and_place(tmp_path, content, message):
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "items.yaml").write_text(content, encoding="utf-8")
    path = good_workbook(tmp_path / "customer.xlsx")
    before = sha256(path)
    result = CliRunner().invoke(main, ["fill", str(path), "--kb", str(kb)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "items.yaml" in lines[0] and message in lines[0], result.output
    assert not (tmp_path / "customer.filled.xlsx").exists()  # nothing is filled from a broken knowledge base
    assert sha256(path) == before
    validate = CliRunner().invoke(main, ["kb", "validate", "--kb", str(kb)])
    assert validate.exit_code == 1 and message in validate.output
