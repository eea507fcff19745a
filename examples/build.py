"""Regenerate the labelled example questionnaires.

    /tmp/devvenv/bin/python examples/build.py

Question data (one entry per question, with its expected item id) lives in
examples/src/*.py; this script only lays it out the way each customer's sheet
looks and writes NAME.labels.csv next to every workbook / csv.

Output is byte-for-byte reproducible: workbook properties (creator,
created/modified) come from the data files and the zip entries get a fixed
timestamp.
"""

from __future__ import annotations

import csv
import sys
import datetime as dt
import importlib.util
import io
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

sys.dont_write_bytecode = True  # keep examples/src free of __pycache__
HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
ZIP_TIMESTAMP = (2024, 1, 1, 0, 0, 0)
LABEL_HEADER = ["sheet", "row", "expected", "question"]
SPLIT_SEP = " / "  # label text for split 項目 + 内容 layouts

THIN = Side(style="thin", color="000000")
HAIR = Side(style="hair", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
UNDERLINE = Border(bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def fill(rgb: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def load(name: str):
    spec = importlib.util.spec_from_file_location(f"examples_src_{name}", SRC / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def new_workbook(mod) -> Workbook:
    wb = Workbook()
    props = wb.properties
    props.creator = mod.CREATOR
    props.lastModifiedBy = mod.CREATOR
    props.created = dt.datetime(*mod.CREATED)
    props.modified = dt.datetime(*mod.MODIFIED)
    props.title = getattr(mod, "TITLE", None)
    return wb


def save_xlsx(wb: Workbook, rel: str) -> None:
    """Save without openpyxl touching `modified`, then re-zip with fixed times."""
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).save()
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIMESTAMP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path = HERE / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


def write_labels(rel: str, rows: list[tuple]) -> None:
    path = HERE / rel
    stem = path.name[: -len(path.suffix)]
    label_path = path.with_name(stem + ".labels.csv")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(LABEL_HEADER)
    for sheet, row, expected, question in rows:
        w.writerow([sheet, row, expected, question])
    label_path.write_text(buf.getvalue(), encoding="utf-8")


def box(ws, ref_range: str, border=BOX) -> None:
    for row in ws[ref_range]:
        for cell in row:
            cell.border = border


def header_row(ws, row: int, values: dict, font: Font, color: str, height: float = 24) -> None:
    for col, text in values.items():
        c = ws[f"{col}{row}"]
        c.value = text
        c.font = font
        c.fill = fill(color)
        c.alignment = CENTER
        c.border = BOX
    ws.row_dimensions[row].height = height


def widths(ws, spec: dict) -> None:
    for col, w in spec.items():
        ws.column_dimensions[col].width = w


def list_validation(ws, choices: str, ref_range: str) -> None:
    dv = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True,
                        showErrorMessage=True, errorTitle="入力エラー",
                        error="リストから選択してください。")
    ws.add_data_validation(dv)
    dv.add(ref_range)


def row_height(text: str, chars_per_line: int, line: float = 15.0) -> float:
    lines = max(1, -(-len(text) // chars_per_line))
    return max(20.0, lines * line + 6)


# --------------------------------------------------------------------------
# demo: title block, header on row 6, merged 大分類, ○×△－ dropdown
# --------------------------------------------------------------------------

def build_demo(m) -> None:
    wb = new_workbook(m)
    ws = wb.active
    ws.title = m.SHEET
    base = "游ゴシック"
    widths(ws, {"A": 2.5, "B": 14, "C": 6, "D": 58, "E": 8, "F": 44, "G": 14})

    ws["B1"] = "ACME"
    ws["B1"].font = Font(name="Arial Black", size=20, bold=True, color="1F3864")
    ws["C1"] = "株式会社アクメ商事"
    ws["C1"].font = Font(name=base, size=10, color="1F3864")
    ws.merge_cells("C1:D1")
    ws.row_dimensions[1].height = 30
    ws["B2"] = "セキュリティチェックシート"
    ws["B2"].font = Font(name=base, size=16, bold=True)
    ws["B2"].alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells("B2:G2")
    ws.row_dimensions[2].height = 28
    for r, label in ((3, "会社名"), (4, "記入日")):
        ws[f"B{r}"] = label
        ws[f"B{r}"].font = Font(name=base, size=10, bold=True)
        ws[f"B{r}"].fill = fill("D9E1F2")
        ws[f"B{r}"].border = BOX
        ws.merge_cells(f"C{r}:D{r}")
        box(ws, f"C{r}:D{r}")
    ws["E4"] = "記入者"
    ws["E4"].font = Font(name=base, size=10, bold=True)
    ws["E4"].fill = fill("D9E1F2")
    ws["E4"].border = BOX
    ws.merge_cells("F4:G4")
    box(ws, "F4:G4")
    ws["B5"] = ("※「回答」欄はプルダウンから選択してください（○：対応している　×：対応していない　"
                "△：一部対応　－：該当しない）。補足があれば備考・回答内容欄にご記入ください。")
    ws["B5"].font = Font(name=base, size=9, color="C00000")
    ws.merge_cells("B5:G5")

    head = 6
    header_row(ws, head, {"B": "大分類", "C": "No.", "D": "確認項目", "E": "回答",
                          "F": "備考・回答内容", "G": "担当部署"},
               Font(name=base, size=10, bold=True, color="FFFFFF"), "1F3864")
    labels = []
    row = head + 1
    no = 0
    body = Font(name=base, size=10)
    for category, questions in m.GROUPS:
        first = row
        for text, expected in questions:
            no += 1
            ws[f"C{row}"] = no
            ws[f"D{row}"] = text
            for col in "BCDEFG":
                ws[f"{col}{row}"].font = body
                ws[f"{col}{row}"].border = BOX
                ws[f"{col}{row}"].alignment = WRAP
            ws[f"C{row}"].alignment = CENTER
            ws[f"E{row}"].alignment = CENTER
            ws.row_dimensions[row].height = row_height(text, 30)
            labels.append((m.SHEET, row, expected, text))
            row += 1
        ws[f"B{first}"] = category
        ws[f"B{first}"].alignment = CENTER
        ws[f"B{first}"].fill = fill("DDEBF7")
        ws.merge_cells(f"B{first}:B{row - 1}")
    list_validation(ws, "○,×,△,－", f"E{head + 1}:E{row - 1}")
    ws.freeze_panes = f"E{head + 1}"
    ws.print_title_rows = f"{head}:{head}"
    save_xlsx(wb, m.FILE)
    write_labels(m.FILE, labels)


# --------------------------------------------------------------------------
# layout a: 種別 merged | No. | 項目 | 内容 | mark | 補足
# --------------------------------------------------------------------------

def build_split(m, *, head: int, headers: dict, marks: str, numbering, base: str,
                color: str, note_row: int | None = None) -> None:
    wb = new_workbook(m)
    ws = wb.active
    ws.title = m.SHEET
    widths(ws, {"A": 14, "B": 6, "C": 24, "D": 56, "E": 9, "F": 40})
    ws["A1"] = m.TITLE
    ws["A1"].font = Font(name=base, size=14, bold=True)
    ws["A2"] = getattr(m, "SUBTITLE", None) or m.ORG
    ws["A2"].font = Font(name=base, size=10)
    if note_row:
        ws[f"A{note_row}"] = m.NOTE
        ws[f"A{note_row}"].font = Font(name=base, size=9, color="C00000")
    header_row(ws, head, headers, Font(name=base, size=10, bold=True), color)
    body = Font(name=base, size=10)
    labels = []
    row = head + 1
    n = 0
    for g, (category, questions) in enumerate(m.GROUPS, 1):
        first = row
        for k, (item, desc, expected) in enumerate(questions, 1):
            n += 1
            ws[f"B{row}"] = numbering(g, k, n)
            ws[f"C{row}"] = item
            ws[f"D{row}"] = desc
            for col in "ABCDEF":
                c = ws[f"{col}{row}"]
                c.font = body
                c.border = BOX
                c.alignment = WRAP
            ws[f"B{row}"].alignment = CENTER
            ws[f"E{row}"].alignment = CENTER
            ws.row_dimensions[row].height = row_height(desc, 28)
            labels.append((m.SHEET, row, expected, f"{item}{SPLIT_SEP}{desc}"))
            row += 1
        ws[f"A{first}"] = category
        ws[f"A{first}"].alignment = CENTER
        ws.merge_cells(f"A{first}:A{row - 1}")
    list_validation(ws, marks, f"E{head + 1}:E{row - 1}")
    ws.freeze_panes = f"E{head + 1}"
    save_xlsx(wb, m.FILE)
    write_labels(m.FILE, labels)


# --------------------------------------------------------------------------
# layout b + g: section rows, 対応済/未対応/対応予定, pre-filled rows
# --------------------------------------------------------------------------

def build_sakura(m) -> None:
    wb = new_workbook(m)
    ws = wb.active
    ws.title = m.SHEET
    base = "ＭＳ Ｐゴシック"
    widths(ws, {"A": 8, "B": 70, "C": 11, "D": 42})
    ws["A1"] = m.TITLE
    ws["A1"].font = Font(name=base, size=14, bold=True)
    ws["A2"] = m.ORG
    ws["A2"].font = Font(name=base, size=10)
    ws["A3"] = m.NOTE
    ws["A3"].font = Font(name=base, size=9)
    head = 5
    header_row(ws, head, {"A": "No.", "B": "評価項目", "C": "回答", "D": "対応予定時期・備考"},
               Font(name=base, size=10, bold=True), "FCE4D6")
    body = Font(name=base, size=10)
    labels = []
    row = head + 1
    for section, questions in m.SECTIONS:
        ws[f"A{row}"] = section
        ws[f"A{row}"].font = Font(name=base, size=10, bold=True)
        ws[f"A{row}"].fill = fill("F2F2F2")
        ws.merge_cells(f"A{row}:D{row}")
        box(ws, f"A{row}:D{row}")
        row += 1
        for no, text, expected in questions:
            ws[f"A{row}"] = no
            ws[f"B{row}"] = text
            answer = m.PREFILLED.get(no)
            if answer:
                ws[f"C{row}"], ws[f"D{row}"] = answer
            for col in "ABCD":
                c = ws[f"{col}{row}"]
                c.font = body
                c.border = BOX
                c.alignment = WRAP
            ws[f"A{row}"].alignment = CENTER
            ws[f"C{row}"].alignment = CENTER
            ws.row_dimensions[row].height = row_height(text, 38)
            labels.append((m.SHEET, row, expected, text))
            row += 1
    list_validation(ws, "対応済,未対応,対応予定", f"C{head + 1}:C{row - 1}")
    ws.freeze_panes = f"C{head + 1}"
    save_xlsx(wb, m.FILE)
    write_labels(m.FILE, labels)


# --------------------------------------------------------------------------
# layout c + f: cover sheet, hidden ID column, はい/いいえ/該当なし columns
# --------------------------------------------------------------------------

def cover_sheet(ws, m, base: str) -> None:
    widths(ws, {"A": 24, "B": 20, "C": 20, "D": 20, "E": 20, "F": 20})
    ws["A1"] = m.TITLE
    ws["A1"].font = Font(name=base, size=16, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells("A1:F1")
    ws.row_dimensions[1].height = 36
    ws["A2"] = m.ISSUER
    ws["A2"].alignment = Alignment(horizontal="right")
    ws.merge_cells("A2:F2")


def cover_with_form(cover, m, base: str, field_colour: str) -> None:
    """表紙: title, issuer, a respondent form (会社名, 記入日 …) and the notes under it."""
    cover.title = m.COVER_SHEET
    cover_sheet(cover, m, base)
    row = 4
    for field in m.COVER_FIELDS:
        cover[f"A{row}"] = field
        cover[f"A{row}"].fill = fill(field_colour)
        cover[f"A{row}"].border = BOX
        cover.merge_cells(f"B{row}:F{row}")
        box(cover, f"B{row}:F{row}")
        cover.row_dimensions[row].height = 22
        row += 1
    row += 1
    for line in m.COVER_NOTES:
        cover[f"A{row}"] = line
        cover[f"A{row}"].alignment = WRAP_TOP
        cover.merge_cells(f"A{row}:F{row}")
        cover.row_dimensions[row].height = row_height(line, 60)
        row += 1


def cover_with_lines(cover, m, base: str) -> None:
    """表紙: title, issuer and instruction lines (記入要領 in bold)."""
    cover.title = m.COVER_SHEET
    cover_sheet(cover, m, base)
    row = 4
    for line in m.COVER_LINES:
        cover[f"A{row}"] = line or None
        if line == "記入要領":
            cover[f"A{row}"].font = Font(name=base, size=11, bold=True)
        cover[f"A{row}"].alignment = WRAP_TOP
        cover.merge_cells(f"A{row}:F{row}")
        cover.row_dimensions[row].height = row_height(line, 60) if line else 12
        row += 1


def build_meiwa(m) -> None:
    wb = new_workbook(m)
    base = "ＭＳ 明朝"
    cover_with_form(wb.active, m, base, "EDEDED")

    ws = wb.create_sheet(m.SHEET)
    widths(ws, {"A": 12, "B": 7, "C": 14, "D": 60, "E": 7, "F": 7, "G": 8, "H": 36})
    ws.column_dimensions["A"].hidden = True
    ws["B1"] = "チェックリスト"
    ws["B1"].font = Font(name=base, size=14, bold=True)
    ws["B2"] = "※該当する欄に「○」を記入してください（いずれか一つ）。"
    head = 4
    header_row(ws, head, {"A": "管理ID", "B": "No.", "C": "区分", "D": "確認事項", "E": "はい",
                          "F": "いいえ", "G": "該当なし", "H": "補足説明"},
               Font(name=base, size=10, bold=True), "E2EFDA")
    body = Font(name=base, size=10)
    labels = []
    row = head + 1
    n = 0
    for category, questions in m.GROUPS:
        first = row
        for text, expected in questions:
            n += 1
            ws[f"A{row}"] = f"{m.ID_PREFIX}{n:03d}"
            ws[f"B{row}"] = f"No.{n}"
            ws[f"D{row}"] = text
            for col in "ABCDEFGH":
                c = ws[f"{col}{row}"]
                c.font = body
                c.border = BOX
                c.alignment = WRAP
            for col in "BEFG":
                ws[f"{col}{row}"].alignment = CENTER
            ws.row_dimensions[row].height = row_height(text, 32)
            labels.append((m.SHEET, row, expected, text))
            row += 1
        ws[f"C{first}"] = category
        ws[f"C{first}"].alignment = CENTER
        ws.merge_cells(f"C{first}:C{row - 1}")
    ws.freeze_panes = f"E{head + 1}"
    save_xlsx(wb, m.FILE)
    write_labels(m.FILE, labels)


# --------------------------------------------------------------------------
# layout e: English, Yes/No/N/A dropdown
# --------------------------------------------------------------------------

def build_northwind(m) -> None:
    wb = new_workbook(m)
    ws = wb.active
    ws.title = m.SHEET
    base = "Calibri"
    widths(ws, {"A": 5, "B": 22, "C": 70, "D": 12, "E": 45})
    ws["A1"] = m.TITLE
    ws["A1"].font = Font(name=base, size=14, bold=True)
    ws["A2"] = m.INSTRUCTION
    ws["A2"].font = Font(name=base, size=10, italic=True)
    head = 4
    header_row(ws, head, {"A": "#", "B": "Domain", "C": "Question", "D": "Response", "E": "Comments"},
               Font(name=base, size=11, bold=True, color="FFFFFF"), "305496")
    body = Font(name=base, size=11)
    labels = []
    row = head + 1
    for n, (domain, text, expected) in enumerate(m.QUESTIONS, 1):
        ws[f"A{row}"] = n
        ws[f"B{row}"] = domain
        ws[f"C{row}"] = text
        for col in "ABCDE":
            c = ws[f"{col}{row}"]
            c.font = body
            c.border = BOX
            c.alignment = WRAP
        ws[f"A{row}"].alignment = CENTER
        ws[f"D{row}"].alignment = CENTER
        ws.row_dimensions[row].height = row_height(text, 75)
        labels.append((m.SHEET, row, expected, text))
        row += 1
    list_validation(ws, "Yes,No,N/A", f"D{head + 1}:D{row - 1}")
    ws.auto_filter.ref = f"A{head}:E{row - 1}"
    ws.freeze_panes = f"D{head + 1}"
    save_xlsx(wb, m.FILE)
    write_labels(m.FILE, labels)


# --------------------------------------------------------------------------
# layout j: CP932 CSV
# --------------------------------------------------------------------------

def build_csv(m) -> None:
    path = HERE / m.FILE
    stem = path.stem
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(m.HEADER)
    labels = []
    for n, (category, text, expected) in enumerate(m.QUESTIONS, 1):
        w.writerow([n, category, text, "", ""])
        labels.append((stem, n + 1, expected, text))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue().encode("cp932"))
    write_labels(m.FILE, labels)


# --------------------------------------------------------------------------
# layout h: single 回答 column, two sheets, numbering inside the question cell
# --------------------------------------------------------------------------

def build_toho(m) -> None:
    wb = new_workbook(m)
    base = "メイリオ"
    labels = []
    first = True
    for sheet, questions in m.SHEETS.items():
        ws = wb.active if first else wb.create_sheet()
        ws.title = sheet
        widths(ws, {"A": 3, "B": 62, "C": 62})
        ws["B1"] = m.TITLE if first else "セキュリティに関するご質問"
        ws["B1"].font = Font(name=base, size=14, bold=True)
        ws["B2"] = m.ORG if first else "回答欄には、可能な範囲で具体的にご記入ください（参考URL等の記載も可）。"
        ws["B2"].font = Font(name=base, size=9)
        row = 4
        if first:
            for field in m.FIELDS:
                ws[f"B{row}"] = field
                ws[f"B{row}"].fill = fill("DDEBF7")
                ws[f"B{row}"].border = BOX
                ws[f"C{row}"].border = BOX
                row += 1
            row += 1
        header_row(ws, row, {"B": "質問", "C": "回答"}, Font(name=base, size=10, bold=True), "BDD7EE")
        row += 1
        for text, expected in questions:
            ws[f"B{row}"] = text
            for col in "BC":
                c = ws[f"{col}{row}"]
                c.font = Font(name=base, size=10)
                c.border = BOX
                c.alignment = WRAP_TOP
            ws.row_dimensions[row].height = max(45.0, row_height(text, 34))
            labels.append((sheet, row, expected, text))
            row += 1
        first = False
    save_xlsx(wb, m.FILE)
    write_labels(m.FILE, labels)


# --------------------------------------------------------------------------
# layout d + i: two-row merged header, question merged B:F, section rows
# --------------------------------------------------------------------------

def build_tokai(m) -> None:
    wb = new_workbook(m)
    ws = wb.active
    ws.title = m.SHEET
    base = "游ゴシック"
    widths(ws, {"A": 8, "B": 14, "C": 14, "D": 14, "E": 14, "F": 14, "G": 11, "H": 36, "I": 24})
    ws["A1"] = m.TITLE
    ws["A1"].font = Font(name=base, size=14, bold=True)
    ws["A2"] = m.ORG
    ws["A3"] = "※実施状況はプルダウンから選択し、根拠資料欄には該当する規程名・証跡名を記入してください。"
    ws["A3"].font = Font(name=base, size=9)
    hfont = Font(name=base, size=10, bold=True)
    hfill = fill("D9D9D9")
    for ref, text in (("A4", "No."), ("B4", "確認項目"), ("G4", "回答"), ("G5", "実施状況"),
                      ("H5", "補足"), ("I4", "根拠資料・証跡")):
        ws[ref] = text
    for merged in ("A4:A5", "B4:F5", "G4:H4", "I4:I5"):
        ws.merge_cells(merged)
    for r in ws["A4:I5"]:
        for c in r:
            c.font = hfont
            c.fill = hfill
            c.alignment = CENTER
            c.border = BOX
    body = Font(name=base, size=10)
    labels = []
    row = 6
    for sec_no, sec_title, questions in m.SECTIONS:
        ws[f"A{row}"] = sec_no
        ws[f"B{row}"] = sec_title
        for col in "AB":
            ws[f"{col}{row}"].font = Font(name=base, size=10, bold=True)
        ws.merge_cells(f"B{row}:I{row}")
        for c in ws[f"A{row}:I{row}"][0]:
            c.fill = fill("FFF2CC")
            c.border = BOX
        row += 1
        for no, text, expected in questions:
            ws[f"A{row}"] = no
            ws[f"B{row}"] = text
            ws.merge_cells(f"B{row}:F{row}")
            for c in ws[f"A{row}:I{row}"][0]:
                c.font = body
                c.border = BOX
                c.alignment = WRAP
            ws[f"A{row}"].alignment = CENTER
            ws[f"G{row}"].alignment = CENTER
            ws.row_dimensions[row].height = row_height(text, 38)
            labels.append((m.SHEET, row, expected, text))
            row += 1
    list_validation(ws, m.STATUS_CHOICES, f"G7:G{row - 1}")
    ws.freeze_panes = "G6"
    save_xlsx(wb, m.FILE)
    write_labels(m.FILE, labels)


# --------------------------------------------------------------------------
# layout e + f: English, Yes / No / N/A tick columns
# --------------------------------------------------------------------------

def build_brightpath(m) -> None:
    wb = new_workbook(m)
    ws = wb.active
    ws.title = m.SHEET
    base = "Arial"
    widths(ws, {"A": 9, "B": 20, "C": 72, "D": 6, "E": 6, "F": 6, "G": 40})
    ws["A1"] = m.TITLE
    ws["A1"].font = Font(name=base, size=13, bold=True)
    ws["A2"] = m.INSTRUCTION
    ws["A2"].font = Font(name=base, size=9)
    ws["A3"] = m.VENDOR_FIELD
    ws["A3"].font = Font(name=base, size=10, bold=True)
    ws.merge_cells("B3:C3")
    ws["B3"].border = UNDERLINE
    ws["C3"].border = UNDERLINE
    head = 5
    header_row(ws, head, {"A": "Ref", "B": "Control Area", "C": "Question", "D": "Yes", "E": "No",
                          "F": "N/A", "G": "Comments"},
               Font(name=base, size=10, bold=True, color="FFFFFF"), "7030A0")
    body = Font(name=base, size=10)
    labels = []
    row = head + 1
    for ref, area, text, expected in m.QUESTIONS:
        ws[f"A{row}"] = ref
        ws[f"B{row}"] = area
        ws[f"C{row}"] = text
        for col in "ABCDEFG":
            c = ws[f"{col}{row}"]
            c.font = body
            c.border = BOX
            c.alignment = WRAP
        for col in "DEF":
            ws[f"{col}{row}"].alignment = CENTER
        ws.row_dimensions[row].height = row_height(text, 80)
        labels.append((m.SHEET, row, expected, text))
        row += 1
    ws.freeze_panes = f"D{head + 1}"
    save_xlsx(wb, m.FILE)
    write_labels(m.FILE, labels)


# --------------------------------------------------------------------------
# layout c + h + b: cover, hidden 管理番号, 第N章 section rows, single 回答
# --------------------------------------------------------------------------

def build_aoba(m) -> None:
    wb = new_workbook(m)
    base = "BIZ UDPゴシック"
    cover_with_lines(wb.active, m, base)

    ws = wb.create_sheet(m.SHEET)
    widths(ws, {"A": 11, "B": 6, "C": 64, "D": 64})
    ws.column_dimensions["A"].hidden = True
    ws["B1"] = "質問票"
    ws["B1"].font = Font(name=base, size=14, bold=True)
    head = 3
    header_row(ws, head, {"A": "管理番号", "B": "No.", "C": "質問事項", "D": "回答"},
               Font(name=base, size=10, bold=True), "C6E0B4")
    body = Font(name=base, size=10)
    labels = []
    row = head + 1
    n = 0
    for section, questions in m.SECTIONS:
        ws[f"B{row}"] = section
        ws[f"B{row}"].font = Font(name=base, size=10, bold=True)
        ws.merge_cells(f"B{row}:D{row}")
        for c in ws[f"B{row}:D{row}"][0]:
            c.fill = fill("EDEDED")
            c.border = BOX
        row += 1
        for no, text, expected in questions:
            n += 1
            ws[f"A{row}"] = f"{m.ID_PREFIX}{n:03d}"
            ws[f"B{row}"] = no
            ws[f"C{row}"] = text
            for col in "ABCD":
                c = ws[f"{col}{row}"]
                c.font = body
                c.border = BOX
                c.alignment = WRAP_TOP
            ws[f"B{row}"].alignment = CENTER
            ws.row_dimensions[row].height = max(48.0, row_height(text, 34))
            labels.append((m.SHEET, row, expected, text))
            row += 1
    ws.freeze_panes = f"D{head + 1}"
    save_xlsx(wb, m.FILE)
    write_labels(m.FILE, labels)


# --------------------------------------------------------------------------
# layout b + e: Google Sheets export, note on row 1, header on row 2,
# section rows, no numbering, Yes/No/N/A dropdown
# --------------------------------------------------------------------------

def build_sheets_export(m) -> None:
    wb = new_workbook(m)
    ws = wb.active
    ws.title = m.SHEET
    base = "Arial"
    widths(ws, {"A": 62, "B": 12, "C": 48})
    ws["A1"] = m.NOTE
    ws["A1"].font = Font(name=base, size=10, color="666666")
    ws["A1"].alignment = WRAP
    ws.merge_cells("A1:C1")
    ws.row_dimensions[1].height = 32
    head = 2
    header_row(ws, head, {"A": "質問 / Question", "B": "回答", "C": "コメント・URL"},
               Font(name=base, size=10, bold=True), "D9EAD3", height=21)
    body = Font(name=base, size=10)
    labels = []
    row = head + 1
    for section, questions in m.SECTIONS:
        ws[f"A{row}"] = section
        ws[f"A{row}"].font = Font(name=base, size=10, bold=True)
        ws.merge_cells(f"A{row}:C{row}")
        for c in ws[f"A{row}:C{row}"][0]:
            c.fill = fill("FFF2CC")
        row += 1
        for text, expected in questions:
            ws[f"A{row}"] = text
            for col in "ABC":
                c = ws[f"{col}{row}"]
                c.font = body
                c.alignment = WRAP
            ws[f"B{row}"].alignment = CENTER
            labels.append((m.SHEET, row, expected, text))
            row += 1
    list_validation(ws, "Yes,No,N/A", f"B{head + 1}:B{row - 1}")
    ws.freeze_panes = f"A{head + 1}"
    save_xlsx(wb, m.FILE)
    write_labels(m.FILE, labels)


# --------------------------------------------------------------------------
# layout c + a + f: cover sheet, 区分 merged, split 項目/内容, tick columns
# --------------------------------------------------------------------------

def build_cover_split_tick(m) -> None:
    wb = new_workbook(m)
    base = "ＭＳ Ｐゴシック"
    cover_with_form(wb.active, m, base, "FCE4D6")

    ws = wb.create_sheet(m.SHEET)
    widths(ws, {"A": 13, "B": 6, "C": 20, "D": 58, "E": 6, "F": 6, "G": 8, "H": 34})
    ws["A1"] = m.TITLE
    ws["A1"].font = Font(name=base, size=13, bold=True)
    ws["A2"] = "※はい／いいえ／該当なしのいずれか一つに「✓」を記入してください。"
    ws["A2"].font = Font(name=base, size=9)
    head = 3
    header_row(ws, head, {"A": "区分", "B": "No.", "C": "項目", "D": "内容", "E": "はい",
                          "F": "いいえ", "G": "該当なし", "H": "補足・証跡"},
               Font(name=base, size=10, bold=True), "F8CBAD")
    body = Font(name=base, size=10)
    labels = []
    row = head + 1
    for g, (category, questions) in enumerate(m.GROUPS, 1):
        first = row
        for k, (item, desc, expected) in enumerate(questions, 1):
            ws[f"B{row}"] = f"{g}-{k}"
            ws[f"C{row}"] = item
            ws[f"D{row}"] = desc
            for col in "ABCDEFGH":
                c = ws[f"{col}{row}"]
                c.font = body
                c.border = BOX
                c.alignment = WRAP
            for col in "BEFG":
                ws[f"{col}{row}"].alignment = CENTER
            ws.row_dimensions[row].height = row_height(desc, 30)
            labels.append((m.SHEET, row, expected, f"{item}{SPLIT_SEP}{desc}"))
            row += 1
        ws[f"A{first}"] = category
        ws[f"A{first}"].alignment = CENTER
        ws.merge_cells(f"A{first}:A{row - 1}")
    ws.freeze_panes = f"E{head + 1}"
    save_xlsx(wb, m.FILE)
    write_labels(m.FILE, labels)


# --------------------------------------------------------------------------
# layout i + a: two-row merged header, 大項目 merged, 基準番号 column
# --------------------------------------------------------------------------

def build_fisc(m) -> None:
    wb = new_workbook(m)
    ws = wb.active
    ws.title = m.SHEET
    base = "ＭＳ 明朝"
    widths(ws, {"A": 8, "B": 7, "C": 8, "D": 66, "E": 10, "F": 36, "G": 24})
    ws["A1"] = m.TITLE
    ws["A1"].font = Font(name=base, size=14, bold=True)
    ws["A2"] = m.ORG
    ws["A3"] = m.NOTE
    ws["A3"].font = Font(name=base, size=9)
    hfont = Font(name=base, size=10, bold=True)
    for ref, text in (("A4", "大項目"), ("B4", "No."), ("C4", "基準番号"), ("D4", "確認事項"),
                      ("E4", "回答"), ("E5", "適合状況"), ("F5", "説明"), ("G4", "根拠資料")):
        ws[ref] = text
    for merged in ("A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:F4", "G4:G5"):
        ws.merge_cells(merged)
    for r in ws["A4:G5"]:
        for c in r:
            c.font = hfont
            c.fill = fill("DDEBF7")
            c.alignment = CENTER
            c.border = BOX
    body = Font(name=base, size=10)
    labels = []
    row = 6
    for category, questions in m.GROUPS:
        first = row
        for no, ref, text, expected in questions:
            ws[f"B{row}"] = no
            ws[f"C{row}"] = ref
            ws[f"D{row}"] = text
            for c in ws[f"A{row}:G{row}"][0]:
                c.font = body
                c.border = BOX
                c.alignment = WRAP
            for col in "BCE":
                ws[f"{col}{row}"].alignment = CENTER
            ws.row_dimensions[row].height = row_height(text, 36)
            labels.append((m.SHEET, row, expected, text))
            row += 1
        ws[f"A{first}"] = category
        ws[f"A{first}"].alignment = CENTER
        ws.merge_cells(f"A{first}:A{row - 1}")
    list_validation(ws, m.STATUS_CHOICES, f"E6:E{row - 1}")
    ws.freeze_panes = "E6"
    ws.print_title_rows = "4:5"
    save_xlsx(wb, m.FILE)
    write_labels(m.FILE, labels)


# --------------------------------------------------------------------------
# layout a + d: 分類 merged, ① numbering per group, question merged C:F,
# ○×△ dropdown
# --------------------------------------------------------------------------

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def build_circled_merged(m) -> None:
    wb = new_workbook(m)
    ws = wb.active
    ws.title = m.SHEET
    base = "BIZ UDゴシック"
    widths(ws, {"A": 13, "B": 5, "C": 16, "D": 16, "E": 16, "F": 16, "G": 8, "H": 40})
    ws["A1"] = m.TITLE
    ws["A1"].font = Font(name=base, size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells("A1:H1")
    ws.row_dimensions[1].height = 30
    ws["A2"] = m.ORG
    ws["A2"].alignment = Alignment(horizontal="right")
    ws.merge_cells("A2:H2")
    ws["A3"] = m.NOTE
    ws["A3"].font = Font(name=base, size=9, color="C00000")
    ws["A3"].alignment = WRAP
    ws.merge_cells("A3:H3")
    ws.row_dimensions[3].height = 30
    head = 5
    header_row(ws, head, {"A": "分類", "B": "No.", "C": "確認事項", "G": "回答", "H": "回答内容・補足"},
               Font(name=base, size=10, bold=True), "E2EFDA")
    ws.merge_cells(f"C{head}:F{head}")
    box(ws, f"C{head}:F{head}")
    body = Font(name=base, size=10)
    labels = []
    row = head + 1
    for category, questions in m.GROUPS:
        first = row
        for k, (text, expected) in enumerate(questions):
            ws[f"B{row}"] = CIRCLED[k]
            ws[f"C{row}"] = text
            ws.merge_cells(f"C{row}:F{row}")
            for c in ws[f"A{row}:H{row}"][0]:
                c.font = body
                c.border = BOX
                c.alignment = WRAP
            for col in "BG":
                ws[f"{col}{row}"].alignment = CENTER
            ws.row_dimensions[row].height = row_height(text, 34)
            labels.append((m.SHEET, row, expected, text))
            row += 1
        ws[f"A{first}"] = category
        ws[f"A{first}"].alignment = CENTER
        ws.merge_cells(f"A{first}:A{row - 1}")
    list_validation(ws, m.MARKS, f"G{head + 1}:G{row - 1}")
    ws.freeze_panes = f"G{head + 1}"
    save_xlsx(wb, m.FILE)
    write_labels(m.FILE, labels)


# --------------------------------------------------------------------------
# layout c + i + b: cover sheet, hidden reference column, two-row header,
# section rows, （１） numbering, 対応済/未対応/該当なし dropdown
# --------------------------------------------------------------------------

def build_cover_twohead_sections(m) -> None:
    wb = new_workbook(m)
    base = "ＭＳ ゴシック"
    cover_with_lines(wb.active, m, base)

    ws = wb.create_sheet(m.SHEET)
    widths(ws, {"A": 20, "B": 7, "C": 66, "D": 10, "E": 44})
    ws.column_dimensions["A"].hidden = True
    ws["B1"] = m.TITLE
    ws["B1"].font = Font(name=base, size=13, bold=True)
    ws["B2"] = "※対応状況はプルダウンから選択してください。"
    ws["B2"].font = Font(name=base, size=9)
    hfont = Font(name=base, size=10, bold=True)
    for ref, text in (("A4", "参照"), ("B4", "No."), ("C4", "確認事項"), ("D4", "回答"),
                      ("D5", "対応状況"), ("E5", "説明")):
        ws[ref] = text
    for merged in ("A4:A5", "B4:B5", "C4:C5", "D4:E4"):
        ws.merge_cells(merged)
    for r in ws["A4:E5"]:
        for c in r:
            c.font = hfont
            c.fill = fill("FFE699")
            c.alignment = CENTER
            c.border = BOX
    body = Font(name=base, size=10)
    labels = []
    row = 6
    for section, questions in m.SECTIONS:
        ws[f"B{row}"] = section
        ws[f"B{row}"].font = Font(name=base, size=10, bold=True)
        ws.merge_cells(f"B{row}:E{row}")
        for c in ws[f"B{row}:E{row}"][0]:
            c.fill = fill("F2F2F2")
            c.border = BOX
        row += 1
        for no, ref, text, expected in questions:
            ws[f"A{row}"] = ref
            ws[f"B{row}"] = no
            ws[f"C{row}"] = text
            for c in ws[f"A{row}:E{row}"][0]:
                c.font = body
                c.border = BOX
                c.alignment = WRAP
            for col in "BD":
                ws[f"{col}{row}"].alignment = CENTER
            ws.row_dimensions[row].height = row_height(text, 36)
            labels.append((m.SHEET, row, expected, text))
            row += 1
    list_validation(ws, "対応済,未対応,該当なし", f"D7:D{row - 1}")
    ws.freeze_panes = "D6"
    save_xlsx(wb, m.FILE)
    write_labels(m.FILE, labels)


# --------------------------------------------------------------------------
# layout e + b + h: English SIG-Lite style, info sheet, domain section rows,
# Yes/No/N/A dropdown
# --------------------------------------------------------------------------

def build_sig(m) -> None:
    wb = new_workbook(m)
    base = "Calibri"
    info = wb.active
    info.title = m.INFO_SHEET
    widths(info, {"A": 32, "B": 48})
    info["A1"] = m.TITLE
    info["A1"].font = Font(name=base, size=14, bold=True)
    row = 3
    for field in m.INFO_FIELDS:
        info[f"A{row}"] = field
        info[f"A{row}"].font = Font(name=base, size=11, bold=True)
        info[f"A{row}"].fill = fill("D9E1F2")
        info[f"A{row}"].border = BOX
        info[f"B{row}"].border = BOX
        row += 1

    ws = wb.create_sheet(m.SHEET)
    widths(ws, {"A": 10, "B": 80, "C": 12, "D": 50})
    ws["A1"] = m.TITLE
    ws["A1"].font = Font(name=base, size=13, bold=True)
    ws["A2"] = m.INSTRUCTION
    ws["A2"].font = Font(name=base, size=10, italic=True)
    head = 4
    header_row(ws, head, {"A": "Ques Num", "B": "Question/Request", "C": "Response",
                          "D": "Additional Information"},
               Font(name=base, size=11, bold=True, color="FFFFFF"), "1F4E78")
    body = Font(name=base, size=11)
    labels = []
    row = head + 1
    for domain, questions in m.SECTIONS:
        ws[f"A{row}"] = domain
        ws[f"A{row}"].font = Font(name=base, size=11, bold=True)
        ws.merge_cells(f"A{row}:D{row}")
        for c in ws[f"A{row}:D{row}"][0]:
            c.fill = fill("DDEBF7")
            c.border = BOX
        row += 1
        for no, text, expected in questions:
            ws[f"A{row}"] = no
            ws[f"B{row}"] = text
            for col in "ABCD":
                c = ws[f"{col}{row}"]
                c.font = body
                c.border = BOX
                c.alignment = WRAP
            for col in "AC":
                ws[f"{col}{row}"].alignment = CENTER
            ws.row_dimensions[row].height = row_height(text, 85)
            labels.append((m.SHEET, row, expected, text))
            row += 1
    list_validation(ws, "Yes,No,N/A", f"C{head + 1}:C{row - 1}")
    ws.freeze_panes = f"C{head + 1}"
    save_xlsx(wb, m.FILE)
    write_labels(m.FILE, labels)


# ==========================================================================
# holdout2/ (blind set): layouts mixed differently from tune/ and holdout/
# ==========================================================================

def respondent_block(ws, fields, first_row: int, label_cols: str, value_cols: str,
                     base: str, color: str) -> None:
    """Respondent fields (会社名 …): label merged over label_cols, value over value_cols."""
    (la, lb), (va, vb) = label_cols.split(":"), value_cols.split(":")
    for r, field in enumerate(fields, first_row):
        ws[f"{la}{r}"] = field
        ws[f"{la}{r}"].font = Font(name=base, size=10, bold=True)
        ws[f"{la}{r}"].fill = fill(color)
        if la != lb:
            ws.merge_cells(f"{la}{r}:{lb}{r}")
        box(ws, f"{la}{r}:{lb}{r}")
        ws.merge_cells(f"{va}{r}:{vb}{r}")
        box(ws, f"{va}{r}:{vb}{r}")


# --------------------------------------------------------------------------
# holdout2 bank: respondent block, 第N章 chapter rows, 1-2 numbering,
# FISC基準 column, ○△×－ dropdown, greyed customer column
# --------------------------------------------------------------------------

def build_chapters_marks(m) -> None:
    wb = new_workbook(m)
    ws = wb.active
    ws.title = m.SHEET
    base = "ＭＳ Ｐゴシック"
    widths(ws, {"A": 8, "B": 9, "C": 64, "D": 8, "E": 40, "F": 16})
    ws["A1"] = m.TITLE
    ws["A1"].font = Font(name=base, size=14, bold=True)
    ws["A2"] = m.ORG
    ws["A2"].font = Font(name=base, size=10)
    respondent_block(ws, m.FIELDS, 3, "A:B", "C:C", base, "DDEBF7")
    ws["A6"] = m.NOTE
    ws["A6"].font = Font(name=base, size=9, color="C00000")
    ws["A6"].alignment = WRAP
    ws.merge_cells("A6:F6")
    ws.row_dimensions[6].height = 30
    head = 8
    header_row(ws, head, {"A": "項番", "B": "FISC基準", "C": "評価項目", "D": "評価",
                          "E": "評価根拠・補足", "F": "当行確認欄"},
               Font(name=base, size=10, bold=True), "BDD7EE")
    body = Font(name=base, size=10)
    labels = []
    row = head + 1
    for ch, (chapter, questions) in enumerate(m.CHAPTERS, 1):
        ws[f"A{row}"] = chapter
        ws[f"A{row}"].font = Font(name=base, size=10, bold=True)
        ws.merge_cells(f"A{row}:F{row}")
        for c in ws[f"A{row}:F{row}"][0]:
            c.fill = fill("E7E6E6")
            c.border = BOX
        row += 1
        for k, (ref, text, expected) in enumerate(questions, 1):
            ws[f"A{row}"] = f"{ch}-{k}"
            ws[f"B{row}"] = ref
            ws[f"C{row}"] = text
            for c in ws[f"A{row}:F{row}"][0]:
                c.font = body
                c.border = BOX
                c.alignment = WRAP
            for col in "ABD":
                ws[f"{col}{row}"].alignment = CENTER
            ws[f"F{row}"].fill = fill("D9D9D9")
            ws.row_dimensions[row].height = row_height(text, 36)
            labels.append((m.SHEET, row, expected, text))
            row += 1
    list_validation(ws, m.MARKS, f"D{head + 1}:D{row - 1}")
    ws.freeze_panes = f"D{head + 1}"
    ws.print_title_rows = f"{head}:{head}"
    save_xlsx(wb, m.FILE)
    write_labels(m.FILE, labels)


# --------------------------------------------------------------------------
# holdout2 hospital: cover sheet, hidden reference column, 区分 merged,
# No.5 numbering, split 項目 + 確認内容, 対応済/一部対応/未対応/該当なし
# --------------------------------------------------------------------------

def build_cover_hidden_split(m) -> None:
    wb = new_workbook(m)
    base = "游ゴシック"
    cover_with_form(wb.active, m, base, "E2EFDA")

    ws = wb.create_sheet(m.SHEET)
    widths(ws, {"A": 14, "B": 13, "C": 8, "D": 18, "E": 58, "F": 10, "G": 36})
    ws.column_dimensions["A"].hidden = True
    ws["B1"] = m.TITLE
    ws["B1"].font = Font(name=base, size=13, bold=True)
    head = 3
    header_row(ws, head, {"A": "GL参照", "B": "区分", "C": "No.", "D": "項目", "E": "確認内容",
                          "F": "回答", "G": "備考"},
               Font(name=base, size=10, bold=True), "C6E0B4")
    body = Font(name=base, size=10)
    labels = []
    row = head + 1
    n = 0
    for category, questions in m.GROUPS:
        first = row
        for ref, item, desc, expected in questions:
            n += 1
            ws[f"A{row}"] = ref
            ws[f"C{row}"] = f"No.{n}"
            ws[f"D{row}"] = item
            ws[f"E{row}"] = desc
            for c in ws[f"A{row}:G{row}"][0]:
                c.font = body
                c.border = BOX
                c.alignment = WRAP
            for col in "CF":
                ws[f"{col}{row}"].alignment = CENTER
            ws.row_dimensions[row].height = row_height(desc, 30)
            labels.append((m.SHEET, row, expected, f"{item}{SPLIT_SEP}{desc}"))
            row += 1
        ws[f"B{first}"] = category
        ws[f"B{first}"].alignment = CENTER
        ws.merge_cells(f"B{first}:B{row - 1}")
    list_validation(ws, "対応済,一部対応,未対応,該当なし", f"F{head + 1}:F{row - 1}")
    ws.freeze_panes = f"F{head + 1}"
    save_xlsx(wb, m.FILE)
    write_labels(m.FILE, labels)


# --------------------------------------------------------------------------
# holdout2 prefecture: two-row merged header with はい/いいえ/該当なし tick
# columns under 回答, section rows, requirement merged B:F, (n) numbering
# --------------------------------------------------------------------------

def build_twohead_ticks_merged(m) -> None:
    wb = new_workbook(m)
    ws = wb.active
    ws.title = m.SHEET
    base = "ＭＳ 明朝"
    widths(ws, {"A": 7, "B": 13, "C": 13, "D": 13, "E": 13, "F": 13, "G": 6, "H": 6, "I": 8, "J": 38})
    ws["A1"] = m.TITLE
    ws["A1"].font = Font(name=base, size=15, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells("A1:J1")
    ws.row_dimensions[1].height = 30
    ws["A2"] = m.SUBTITLE
    ws["A2"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:J2")
    ws["A3"] = m.ORG
    ws["A3"].alignment = Alignment(horizontal="right")
    ws.merge_cells("A3:J3")
    ws["A4"] = m.NOTE
    ws["A4"].font = Font(name=base, size=9)
    ws["A4"].alignment = WRAP
    ws.merge_cells("A4:J4")
    ws.row_dimensions[4].height = 30
    hfont = Font(name=base, size=10, bold=True)
    for ref, text in (("A6", "項番"), ("B6", "要件"), ("G6", "回答"), ("G7", "はい"), ("H7", "いいえ"),
                      ("I7", "該当なし"), ("J6", "説明（理由・代替策）")):
        ws[ref] = text
    for merged in ("A6:A7", "B6:F7", "G6:I6", "J6:J7"):
        ws.merge_cells(merged)
    for r in ws["A6:J7"]:
        for c in r:
            c.font = hfont
            c.fill = fill("FFF2CC")
            c.alignment = CENTER
            c.border = BOX
    body = Font(name=base, size=10)
    labels = []
    row = 8
    n = 0
    for sec_no, sec_title, questions in m.SECTIONS:
        ws[f"A{row}"] = sec_no
        ws[f"B{row}"] = sec_title
        ws.merge_cells(f"B{row}:J{row}")
        for c in ws[f"A{row}:J{row}"][0]:
            c.font = Font(name=base, size=10, bold=True)
            c.fill = fill("EDEDED")
            c.border = BOX
        ws[f"A{row}"].alignment = CENTER
        row += 1
        for text, expected in questions:
            n += 1
            ws[f"A{row}"] = f"({n})"
            ws[f"B{row}"] = text
            ws.merge_cells(f"B{row}:F{row}")
            for c in ws[f"A{row}:J{row}"][0]:
                c.font = body
                c.border = BOX
                c.alignment = WRAP
            for col in "AGHI":
                ws[f"{col}{row}"].alignment = CENTER
            ws.row_dimensions[row].height = row_height(text, 34)
            labels.append((m.SHEET, row, expected, text))
            row += 1
    ws.freeze_panes = "G8"
    ws.print_title_rows = "6:7"
    save_xlsx(wb, m.FILE)
    write_labels(m.FILE, labels)


# --------------------------------------------------------------------------
# holdout2 retailer: respondent block, Q1. numbering column, カテゴリ,
# single free-text 回答 column, greyed customer column
# --------------------------------------------------------------------------

def build_free_answer(m) -> None:
    wb = new_workbook(m)
    ws = wb.active
    ws.title = m.SHEET
    base = "メイリオ"
    widths(ws, {"A": 7, "B": 13, "C": 60, "D": 56, "E": 18})
    ws["A1"] = m.TITLE
    ws["A1"].font = Font(name=base, size=14, bold=True)
    ws["A2"] = m.ORG
    ws["A2"].font = Font(name=base, size=9)
    respondent_block(ws, m.FIELDS, 3, "A:B", "C:C", base, "FCE4D6")
    ws["A6"] = m.NOTE
    ws["A6"].font = Font(name=base, size=9, color="C00000")
    head = 8
    header_row(ws, head, {"A": "No.", "B": "カテゴリ", "C": "質問", "D": "回答", "E": "EC事業部確認欄"},
               Font(name=base, size=10, bold=True, color="FFFFFF"), "C65911")
    body = Font(name=base, size=10)
    labels = []
    row = head + 1
    for n, (category, text, expected) in enumerate(m.QUESTIONS, 1):
        ws[f"A{row}"] = f"Q{n}."
        ws[f"B{row}"] = category
        ws[f"C{row}"] = text
        for c in ws[f"A{row}:E{row}"][0]:
            c.font = body
            c.border = BOX
            c.alignment = WRAP_TOP
        ws[f"E{row}"].fill = fill("EDEDED")
        ws.row_dimensions[row].height = max(36.0, row_height(text, 32))
        labels.append((m.SHEET, row, expected, text))
        row += 1
    ws.freeze_panes = f"D{head + 1}"
    save_xlsx(wb, m.FILE)
    write_labels(m.FILE, labels)


# --------------------------------------------------------------------------
# holdout2 logistics: CP932 CSV with 管理番号, 大分類, 中分類 columns
# --------------------------------------------------------------------------

def build_csv_coded(m) -> None:
    path = HERE / m.FILE
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(m.HEADER)
    labels = []
    for n, (code, major, minor, text, expected) in enumerate(m.QUESTIONS, 1):
        w.writerow([code, major, minor, text, "", ""])
        labels.append((path.stem, n + 1, expected, text))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue().encode("cp932"))
    write_labels(m.FILE, labels)


# --------------------------------------------------------------------------
# holdout2 Singapore: English, respondent lines, two-row merged header,
# section rows, Annex A reference column (no numbering), Yes/No/N/A dropdown
# --------------------------------------------------------------------------

def build_english_twohead_sections(m) -> None:
    wb = new_workbook(m)
    ws = wb.active
    ws.title = m.SHEET
    base = "Segoe UI"
    widths(ws, {"A": 11, "B": 78, "C": 12, "D": 44, "E": 28})
    ws["A1"] = m.TITLE
    ws["A1"].font = Font(name=base, size=14, bold=True, color="1F4E78")
    ws["A2"] = m.ORG
    ws["A2"].font = Font(name=base, size=10)
    for r, field in enumerate(m.FIELDS, 3):
        ws[f"A{r}"] = f"{field}:"
        ws[f"A{r}"].font = Font(name=base, size=10, bold=True)
        ws[f"B{r}"].border = UNDERLINE
    ws["A6"] = m.INSTRUCTION
    ws["A6"].font = Font(name=base, size=9, italic=True)
    ws["A6"].alignment = WRAP
    ws.merge_cells("A6:E6")
    ws.row_dimensions[6].height = 28
    hfont = Font(name=base, size=10, bold=True, color="FFFFFF")
    for ref, text in (("A8", "Annex A ref"), ("B8", "Control requirement"), ("C8", "Vendor response"),
                      ("C9", "Yes / No / N/A"), ("D9", "Evidence / Comments"), ("E8", "Assessor notes")):
        ws[ref] = text
    for merged in ("A8:A9", "B8:B9", "C8:D8", "E8:E9"):
        ws.merge_cells(merged)
    for r in ws["A8:E9"]:
        for c in r:
            c.font = hfont
            c.fill = fill("2F5597")
            c.alignment = CENTER
            c.border = BOX
    body = Font(name=base, size=10)
    labels = []
    row = 10
    for section, questions in m.SECTIONS:
        ws[f"A{row}"] = section
        ws[f"A{row}"].font = Font(name=base, size=10, bold=True)
        ws.merge_cells(f"A{row}:E{row}")
        for c in ws[f"A{row}:E{row}"][0]:
            c.fill = fill("D6DCE4")
            c.border = BOX
        row += 1
        for ref, text, expected in questions:
            ws[f"A{row}"] = ref
            ws[f"B{row}"] = text
            for c in ws[f"A{row}:E{row}"][0]:
                c.font = body
                c.border = BOX
                c.alignment = WRAP
            for col in "AC":
                ws[f"{col}{row}"].alignment = CENTER
            ws[f"E{row}"].fill = fill("F2F2F2")
            ws.row_dimensions[row].height = row_height(text, 80)
            labels.append((m.SHEET, row, expected, text))
            row += 1
    list_validation(ws, "Yes,No,N/A", f"C11:C{row - 1}")
    ws.freeze_panes = "C10"
    ws.print_title_rows = "8:9"
    save_xlsx(wb, m.FILE)
    write_labels(m.FILE, labels)


# --------------------------------------------------------------------------
# holdout2 insurance agency: no categories, ① numbering through the sheet,
# question merged B:E, 有/無 dropdown
# --------------------------------------------------------------------------

CIRCLED_35 = CIRCLED + "㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟"


def build_circled_plain(m) -> None:
    wb = new_workbook(m)
    ws = wb.active
    ws.title = m.SHEET
    base = "ＭＳ Ｐゴシック"
    widths(ws, {"A": 6, "B": 15, "C": 15, "D": 15, "E": 15, "F": 8, "G": 40})
    ws["A1"] = m.TITLE
    ws["A1"].font = Font(name=base, size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells("A1:G1")
    ws.row_dimensions[1].height = 28
    ws["A2"] = m.ORG
    ws["A2"].alignment = Alignment(horizontal="right")
    ws.merge_cells("A2:G2")
    ws["A3"] = m.NOTE
    ws["A3"].font = Font(name=base, size=9)
    ws.merge_cells("A3:G3")
    head = 5
    header_row(ws, head, {"A": "No.", "B": "確認項目", "F": "有無", "G": "備考"},
               Font(name=base, size=10, bold=True), "DDEBF7")
    ws.merge_cells(f"B{head}:E{head}")
    box(ws, f"B{head}:E{head}")
    body = Font(name=base, size=10)
    labels = []
    row = head + 1
    for k, (text, expected) in enumerate(m.QUESTIONS):
        ws[f"A{row}"] = CIRCLED_35[k]
        ws[f"B{row}"] = text
        ws.merge_cells(f"B{row}:E{row}")
        for c in ws[f"A{row}:G{row}"][0]:
            c.font = body
            c.border = BOX
            c.alignment = WRAP
        for col in "AF":
            ws[f"{col}{row}"].alignment = CENTER
        ws.row_dimensions[row].height = 22
        labels.append((m.SHEET, row, expected, text))
        row += 1
    list_validation(ws, "有,無", f"F{head + 1}:F{row - 1}")
    ws.freeze_panes = f"F{head + 1}"
    save_xlsx(wb, m.FILE)
    write_labels(m.FILE, labels)


# --------------------------------------------------------------------------

def built_folders() -> list[Path]:
    """The folders this script writes: those of src/'s files. Files copied in as their writers
    made them (tune/round17_*, round18_*, holdout2/) sit elsewhere and are never touched."""
    return sorted({(HERE / load(p.stem).FILE).parent for p in SRC.glob("*.py")})


def main() -> None:
    folders = built_folders()
    for out in folders:  # a file whose src/ module was renamed or removed goes too
        out.mkdir(parents=True, exist_ok=True)
        for old in list(out.glob("*.xlsx")) + list(out.glob("*.csv")):
            old.unlink()

    build_demo(load("demo_acme"))

    hokushin = load("tune_hokushin_bank")
    build_split(hokushin, head=4,
                headers={"A": "種別", "B": "No.", "C": "項目", "D": "内容", "E": "評価", "F": "補足説明"},
                marks="○,×,△", numbering=lambda g, k, n: f"{g}-{k}", base="ＭＳ Ｐゴシック", color="DDEBF7")
    build_sakura(load("tune_sakura_logistics"))
    build_meiwa(load("tune_meiwa_city"))
    build_northwind(load("tune_northwind"))
    build_csv(load("tune_kobayashi_csv"))
    build_toho(load("tune_toho_denki"))
    build_sheets_export(load("tune_hatchly_startup"))
    build_cover_split_tick(load("tune_fujimi_hr"))
    build_fisc(load("tune_yamato_securities"))
    build_circled_merged(load("tune_midorigaoka_school"))

    build_tokai(load("tune_tokai_insurance"))
    minato = load("tune_minato_clinic")
    build_split(minato, head=5,
                headers={"A": "分類", "B": "No.", "C": "項目", "D": "確認内容", "E": "有無",
                         "F": "具体的な内容"},
                marks="有,無", numbering=lambda g, k, n: f"({n})", base="游ゴシック", color="FFF2CC",
                note_row=3)
    build_brightpath(load("tune_brightpath"))
    build_aoba(load("tune_aoba_univ"))
    build_cover_twohead_sections(load("tune_hidamari_care"))
    build_sig(load("tune_harborpoint_sig"))
    # alternative wordings written blind per item, laid out as customer files
    build_csv(load("tune_kitakaze_csv"))
    build_csv(load("tune_setouchi_csv"))
    build_toho(load("tune_sanyo_kasei"))
    build_northwind(load("tune_greenfield"))
    build_northwind(load("tune_lumen_labs"))
    # second round, written blind by three other writers
    build_csv(load("tune_w1_csv"))
    build_toho(load("tune_w1_sheet"))
    build_northwind(load("tune_w2_en_long"))
    build_northwind(load("tune_w2_en_short"))
    build_csv(load("tune_w3_formal"))
    build_csv(load("tune_w3_mixed"))
    build_northwind(load("tune_w5_en_apac"))
    build_northwind(load("tune_w5_en_saas"))
    build_csv(load("tune_w5_jp_city"))
    build_csv(load("tune_w5_jp_maker"))
    build_csv(load("tune_w6_jp_shinkin"))
    build_csv(load("tune_w6_jp_itcorp"))
    build_csv(load("tune_w6_jp_care"))
    build_csv(load("tune_w6_jp_retail"))
    build_northwind(load("tune_w6_en_health"))
    build_northwind(load("tune_w6_en_public"))
    build_csv(load("tune_w7_jp_parts"))
    build_csv(load("tune_w7_jp_agency"))
    build_csv(load("tune_w7_mixed_town"))
    build_csv(load("tune_w7_mixed_startup"))
    build_northwind(load("tune_w7_en_dora"))
    build_northwind(load("tune_w7_en_aucheck"))
    build_csv(load("tune_w8_jp_hospital"))
    build_csv(load("tune_w8_jp_logistics"))
    build_csv(load("tune_w8_mixed_univ"))
    build_csv(load("tune_w8_mixed_const"))
    build_northwind(load("tune_w8_en_sigcore"))
    build_northwind(load("tune_w8_en_indiabpo"))
    build_northwind(load("tune_w9_bank_tprm"))
    build_northwind(load("tune_w9_bank_reassess"))
    build_northwind(load("tune_w9_health_us"))
    build_northwind(load("tune_w9_health_nhs"))
    build_northwind(load("tune_w9_eu_nlmfg"))
    build_northwind(load("tune_w9_eu_frpublic"))
    build_csv(load("tune_w10_fin_chigin"))
    build_csv(load("tune_w10_fin_shoken"))
    build_csv(load("tune_w10_fin_hoken"))
    build_csv(load("tune_w10_fin_card"))
    build_csv(load("tune_w10_pub_city"))
    build_csv(load("tune_w10_pub_univ"))
    build_csv(load("tune_w10_pub_iaa"))
    build_csv(load("tune_w10_pub_hosp"))
    build_csv(load("tune_w10_mfg_autoparts"))
    build_csv(load("tune_w10_mfg_shosha"))
    build_csv(load("tune_w10_mfg_retail"))
    build_csv(load("tune_w10_mfg_sier"))
    build_csv(load("tune_w11_jp_kaigo"))
    build_csv(load("tune_w11_jp_koukou"))
    build_csv(load("tune_w11_jp_telco"))
    build_csv(load("tune_w11_jp_game"))
    build_csv(load("tune_w11_mix_pharma"))
    build_csv(load("tune_w11_mix_consul"))
    build_csv(load("tune_w11_mix_fintech"))
    build_csv(load("tune_w11_mix_game"))
    build_northwind(load("tune_w11_en_fintech"))
    build_northwind(load("tune_w11_en_logistics"))
    build_northwind(load("tune_w11_en_hospital"))
    build_northwind(load("tune_w11_en_university"))
    build_csv(load("tune_w12_jp_haken"))
    build_csv(load("tune_w12_jp_hotel"))
    build_csv(load("tune_w12_jp_nokyo"))
    build_csv(load("tune_w12_mix_ec"))
    build_csv(load("tune_w12_mix_med"))
    build_csv(load("tune_w12_mix_ind"))
    build_northwind(load("tune_w12_en_harbourline"))
    build_northwind(load("tune_w12_en_corrib"))
    build_northwind(load("tune_w12_en_kitamura"))
    build_northwind(load("tune_w13_en_fin_sgpay"))
    build_northwind(load("tune_w13_en_fin_ukbroker"))
    build_northwind(load("tune_w13_en_fin_ausuper"))
    build_northwind(load("tune_w13_en_pub_council"))
    build_northwind(load("tune_w13_en_pub_ngo"))
    build_northwind(load("tune_w13_en_pub_startup"))
    build_northwind(load("tune_w13_en_jp_pharma"))
    build_northwind(load("tune_w13_en_jp_mfgsub"))
    build_csv(load("tune_w13_en_jp_itco"))
    build_northwind(load("tune_w14_en_health_cro"))
    build_northwind(load("tune_w14_en_health_hosp"))
    build_northwind(load("tune_w14_en_health_pharma"))
    build_northwind(load("tune_w14_en_retail_fashion"))
    build_northwind(load("tune_w14_en_retail_hospitality"))
    build_northwind(load("tune_w14_en_retail_logistics"))
    build_northwind(load("tune_w14_en_tech_auto"))
    build_northwind(load("tune_w14_en_tech_game"))
    build_northwind(load("tune_w14_en_tech_saas"))
    build_northwind(load("tune_w15_en_edu_jpinst"))
    build_northwind(load("tune_w15_en_edu_sgresearch"))
    build_northwind(load("tune_w15_en_edu_ukuni"))
    build_northwind(load("tune_w15_en_edu_usmedia"))
    build_northwind(load("tune_w15_en_mfg_autoparts"))
    build_northwind(load("tune_w15_en_mfg_construction"))
    build_northwind(load("tune_w15_en_mfg_plant"))
    build_northwind(load("tune_w15_en_mfg_utility"))
    build_northwind(load("tune_w15_en_pro_consult"))
    build_northwind(load("tune_w15_en_pro_insjp"))
    build_northwind(load("tune_w15_en_pro_lawfirm"))
    build_northwind(load("tune_w15_en_pro_reins"))
    build_csv(load("tune_w15_ja_mix_bank"))
    build_csv(load("tune_w15_ja_mix_city"))
    build_csv(load("tune_w15_ja_mix_food"))
    build_csv(load("tune_w15_ja_mix_hospital"))
    build_northwind(load("tune_w16_en_apac_hotel_ca"))
    build_northwind(load("tune_w16_en_apac_infotech"))
    build_northwind(load("tune_w16_en_apac_kr_tokyo"))
    build_northwind(load("tune_w16_en_apac_nl_logistics"))
    build_northwind(load("tune_w16_en_fin_creditunion"))
    build_northwind(load("tune_w16_en_fin_jpbank"))
    build_northwind(load("tune_w16_en_fin_payments"))
    build_northwind(load("tune_w16_en_fin_sgbank"))
    build_northwind(load("tune_w16_en_gov_aucouncil"))
    build_northwind(load("tune_w16_en_gov_genevango"))
    build_northwind(load("tune_w16_en_gov_jppref"))
    build_northwind(load("tune_w16_en_gov_usstate"))

    # holdout2/: a second blind set, written without looking at the engine
    build_chapters_marks(load("holdout_kinugawa_bank"))
    build_cover_hidden_split(load("holdout_tohto_hospital"))
    build_twohead_ticks_merged(load("holdout_saikai_pref"))
    build_free_answer(load("holdout_maruyama_ec"))
    build_csv_coded(load("holdout_hokuyo_logistics_csv"))
    build_english_twohead_sections(load("holdout_kinokawa_sg"))
    build_circled_plain(load("holdout_aoi_hoken"))

    for out in folders:
        for p in sorted(f for f in out.iterdir() if f.is_file()):
            print(p.relative_to(HERE))


if __name__ == "__main__":
    main()
