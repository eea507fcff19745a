"""Formats beyond .xlsx: CSV (UTF-8 and CP932), .xls (converted to .xlsx), .xlsm; and `matcher inspect`."""
from __future__ import annotations

import codecs
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl import Workbook

from matcher.cli import main
from matcher.errors import InputError, OutputError
from matcher.fill import fill_workbook, output_paths
from matcher.workbook import csvfile
from matcher.workbook.load import read_questionnaire
from tests.workbooks import QUESTIONS, layout_workbook

CSV_ROWS = [
    ["No", "分類", "確認項目", "回答", "備考"],
    ["1", "認証", "ＩＳＭＳ認証を取得していますか。", "", ""],
    ["2", "暗号化", "通信は暗号化されていますか（TLS1.2以上）。", "", ""],
    ["3", "暗号化", "保存データは暗号化されていますか。", "○", "AES-256で暗号化しています。"],
    ["4", "可用性", "定期的にバックアップを取得していますか。", "", ""],
]


def write_csv(path: Path, rows: list[list[str]], encoding: str, delimiter: str = ",", newline: str = "\r\n", bom=False):
    import csv
    import io

    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=delimiter, lineterminator=newline).writerows(rows)
    data = buf.getvalue().encode(encoding)
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + data)


# ---------------------------------------------------------------- CSV


@pytest.mark.parametrize("encoding, bom", [("cp932", False), ("utf-8", True), ("utf-8", False)])
def test_csv_questionnaire_is_read_in_its_encoding(tmp_path, encoding, bom):
    path = tmp_path / "checksheet.csv"
    write_csv(path, CSV_ROWS, encoding, bom=bom)
    result = read_questionnaire(path)
    assert [q.row for q in result.rows] == [2, 3, 4, 5]
    assert result.rows[0].sheet == "checksheet"
    assert result.rows[0].text == "ＩＳＭＳ認証を取得していますか。"
    assert [(s.ref, s.kind) for s in result.rows[0].slots] == [("D2", "mark"), ("E2", "text")]
    assert result.rows[2].slots[0].current == "○"  # already answered: left alone unless --overwrite
    assert [q.context for q in result.rows] == ["認証", "暗号化", "暗号化", "可用性"]


def test_tab_separated_csv(tmp_path):
    path = tmp_path / "sheet.csv"
    write_csv(path, CSV_ROWS, "cp932", delimiter="\t", newline="\n")
    assert len(read_questionnaire(path).rows) == 4


def test_csv_written_back_in_the_same_encoding_delimiter_and_line_endings(tmp_path):
    src = tmp_path / "checksheet.csv"
    rows = [r[:] for r in CSV_ROWS]
    rows.append(["5", "運用", '手順書は "最新" ですか。', "", ""])
    write_csv(src, rows, "cp932")
    original = src.read_bytes()
    dst = tmp_path / "checksheet.filled.csv"
    warnings = csvfile.write_cells(src, dst, {"checksheet": {"D2": "○", "E2": "取得済み〜更新中\n（登録番号 IS 000000）", "D5": "×"}})
    assert warnings == []
    out = dst.read_bytes()
    assert src.read_bytes() == original  # the input is never touched
    text = out.decode("cp932")  # still CP932 (the wave dash became CP932's ～)
    lines = original.decode("cp932").split("\r\n")
    assert text.startswith(lines[0] + "\r\n" + '1,認証,ＩＳＭＳ認証を取得していますか。,○,"取得済み～更新中\n（登録番号 IS 000000）"\r\n')
    # records without answers keep their exact bytes, quoting included
    assert lines[2] in text and lines[3] in text and '"手順書は ""最新"" ですか。"' in text
    assert "4,可用性,定期的にバックアップを取得していますか。,×,\r\n" in text
    reread = read_questionnaire(dst)
    assert reread.rows[0].slots[0].current == "○"


def test_csv_characters_outside_cp932_are_reported(tmp_path):
    src = tmp_path / "q.csv"
    write_csv(src, CSV_ROWS, "cp932")
    warnings = csvfile.write_cells(src, tmp_path / "q.filled.csv", {"q": {"E2": "対応済み 😀"}})
    assert len(warnings) == 1 and "CP932" in warnings[0]


def test_fill_a_csv_writes_name_filled_csv(tmp_path, engine):
    src = tmp_path / "kobayashi.csv"
    write_csv(src, CSV_ROWS, "cp932")
    result = fill_workbook(src, engine)
    assert result.filled == tmp_path / "kobayashi.filled.csv"
    text = result.filled.read_bytes().decode("cp932")
    written = {ref: value for r in result.rows for ref, value in r.cells.items()}
    reread = read_questionnaire(result.filled)
    cells = {s.ref: s.current for q in reread.rows for s in q.slots}
    for ref, value in written.items():
        assert cells[ref] == value.replace("\u301c", "\uff5e").strip()
    assert text.splitlines()[0] == "No,分類,確認項目,回答,備考"
    with pytest.raises(OutputError):
        output_paths(src, tmp_path / "answers.xlsx")


def test_unreadable_csv_encoding(tmp_path):
    path = tmp_path / "binary.csv"
    path.write_bytes(b"No,Question,Answer\n1,\x00\x01\x02\x85\xff,\n")
    with pytest.raises(InputError, match="neither UTF-8 nor Shift_JIS"):
        read_questionnaire(path)


def test_utf16_tab_separated_text_from_excel(tmp_path):
    path = tmp_path / "unicode.csv"
    write_csv(path, CSV_ROWS, "utf-16", delimiter="\t")
    assert len(read_questionnaire(path).rows) == 4
    out = tmp_path / "unicode.filled.csv"
    csvfile.write_cells(path, out, {"unicode": {"D2": "○"}})
    assert out.read_bytes()[:2] == path.read_bytes()[:2]  # the same BOM
    assert read_questionnaire(out).rows[0].slots[0].current == "○"


# ---------------------------------------------------------------- .xlsm and .xls


def test_xlsm_is_read_like_xlsx(tmp_path):
    xlsx = tmp_path / "customer.xlsx"
    layout_workbook(xlsx)
    xlsm = tmp_path / "customer.xlsm"
    with zipfile.ZipFile(xlsx) as zin, zipfile.ZipFile(xlsm, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                )
            zout.writestr(item, data)
    result = read_questionnaire(xlsm)
    assert [q.text for q in result.rows] == [q for _, q in QUESTIONS]


def build_xls(path: Path) -> None:
    import xlwt  # a test dependency: writes a real BIFF .xls
    wb = xlwt.Workbook(encoding="utf-8")
    cover = wb.add_sheet("表紙")
    cover.write(0, 0, "セキュリティチェックシート")
    cover.write(2, 0, "記入要領：回答欄に○×を記入してください。")
    ws = wb.add_sheet("チェック")
    head = xlwt.easyxf("font: bold on")
    for c, text in enumerate(["No.", "分類", "確認項目", "回答", "備考"]):
        ws.write(1, c, text, head)
    for i, (_, question) in enumerate(QUESTIONS[:4]):
        ws.write(2 + i, 0, i + 1)
        ws.write(2 + i, 2, question)
    ws.write_merge(2, 3, 1, 1, "組織")
    ws.write_merge(4, 5, 1, 1, "技術")
    ws.col(4).hidden = True
    lists = wb.add_sheet("list")
    lists.write(0, 0, "○")
    lists.visibility = 1
    wb.save(str(path))


def test_xls_is_read_through_its_xlsx_conversion(tmp_path):
    path = tmp_path / "old.xls"
    build_xls(path)
    result = read_questionnaire(path)
    assert [q.text for q in result.rows] == [q for _, q in QUESTIONS[:4]]
    assert [q.context for q in result.rows] == ["組織", "組織", "技術", "技術"]
    assert [s.ref for s in result.rows[0].slots] == ["D3"]  # 備考 is hidden in this copy
    assert {s.name: s.read for s in result.sheets} == {"表紙": False, "チェック": True, "list": False}


def test_fill_an_xls_writes_an_xlsx_and_says_so(tmp_path, engine):
    path = tmp_path / "old.xls"
    build_xls(path)
    result = fill_workbook(path, engine)
    assert result.filled == tmp_path / "old.filled.xlsx"
    assert any("converted from .xls" in n for n in result.notes) and "converted from .xls" in result.summary()
    ws = openpyxl.load_workbook(result.filled)["チェック"]
    assert ws["C3"].value == QUESTIONS[0][1]
    for r in result.rows:
        for ref, value in r.cells.items():
            assert ws[ref].value == value
    assert path.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"  # the input is untouched


def test_not_really_an_xls(tmp_path):
    path = tmp_path / "fake.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(InputError):
        read_questionnaire(path)


# ---------------------------------------------------------------- matcher inspect


def test_inspect_shows_header_columns_vocabularies_and_skips(tmp_path):
    path = tmp_path / "customer.xlsx"
    layout_workbook(path)
    result = CliRunner().invoke(main, ["inspect", str(path)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "customer.xlsx: 6 questions on 1 of 1 sheet(s)" in out
    assert "[チェックシート] 6 questions in rows 6-11; header row 5" in out
    assert "C  question" in out and "'確認項目'" in out
    assert "D  answer: mark" in out and "values: 〇 / × / △ / －" in out
    assert "E  answer: text" in out
    assert "B  category" in out
    assert "skipped rows: 1 note" in out
    rows = CliRunner().invoke(main, ["inspect", str(path), "--rows"]).output
    assert "情報セキュリティ基本方針を策定し" in rows and "D6 mark, E6 text" in rows


def test_inspect_on_a_file_without_questions_exits_non_zero_and_says_why(tmp_path):
    path = tmp_path / "cover.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "表紙"
    ws["A1"] = "クラウドサービスに関するご確認のお願い"
    ws["A3"] = "ご回答は別紙にて、2024年9月末日までにご提出いただきますようお願いいたします。よろしくお願いします。"
    wb.save(path)
    result = CliRunner().invoke(main, ["inspect", str(path)])
    assert result.exit_code == 1
    assert "[表紙] not read" in result.output
    assert "sheet '表紙'" in result.output and "looked" not in result.output.split("not read")[0]


def test_inspect_reads_csv(tmp_path):
    path = tmp_path / "sheet.csv"
    write_csv(path, CSV_ROWS, "cp932")
    result = CliRunner().invoke(main, ["inspect", str(path)])
    assert result.exit_code == 0, result.output
    assert "4 questions" in result.output


def test_inspect_keeps_the_input_untouched(tmp_path):
    src = tmp_path / "customer.xlsx"
    layout_workbook(src)
    before = src.read_bytes()
    copy = tmp_path / "copy.xlsx"
    shutil.copy(src, copy)
    CliRunner().invoke(main, ["inspect", str(src)])
    assert src.read_bytes() == before
