"""The writer changes the edited cells and nothing else in the package."""
from __future__ import annotations

import hashlib
import io
import os
import re
import warnings
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from openpyxl import Workbook
from openpyxl.styles import PatternFill, Protection
from openpyxl.worksheet.formula import ArrayFormula

from matcher.errors import InputError, OutputError
from matcher.workbook.package import M, open_package, parse_ref
from matcher.workbook.writer import MAX_CELL_CHARS, clean_text, is_locked, write_cells

ROOT = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CAIQ = ROOT / "caiq-v4.0.3-official" / "CAIQv4.0.3_STAR-Security-Questionnaire_Generated-at_2024-06-03.xlsx"
HECVAT = ROOT / "hecvat-4.1.4" / "HECVAT414.xlsx"
CAIQ_SHEET = "CAIQv4.0.3"

needs_corpus = pytest.mark.skipif(not (CAIQ.exists() and HECVAT.exists()), reason="shared/corpus not beside the repo")

TRICKY = [
    "=SUM(A1:A3)",
    "+44 20 7946 0000",
    "-5 days",
    "@mention",
    "Line one\nLine two\n\nLine four",
    "  leading and trailing spaces  ",
    "Ampersand & <angle> \"quotes\" 'apos'",
    "暗号化しています（AES-256）。",
    "Tab\tseparated",
]
COUNTED = [
    f"{M}dataValidation",
    "{http://schemas.microsoft.com/office/spreadsheetml/2009/9/main}dataValidation",
    f"{M}conditionalFormatting",
    "{http://schemas.microsoft.com/office/spreadsheetml/2009/9/main}conditionalFormatting",
    f"{M}mergeCell",
    f"{M}hyperlink",
    f"{M}col",
    f"{M}row",
    f"{M}sheetProtection",
    f"{M}drawing",
    f"{M}legacyDrawing",
]


# ---------------------------------------------------------------- helpers


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def layout(path: Path) -> list[tuple[str, int]]:
    with zipfile.ZipFile(path) as z:
        return [(i.filename, i.compress_type) for i in z.infolist()]


def sheet_parts(path: Path) -> dict[str, str]:
    with open_package(path) as pkg:
        return {s.name: s.part for s in pkg.sheets}


def snapshot(path: Path, sheet: str) -> dict[tuple[int, int], tuple]:
    """Every cell: value, type, style, formula flag (Package.read_sheet) and the raw <f>."""
    with open_package(path) as pkg:
        info = pkg.sheet_by_name(sheet)
        data = pkg.read_sheet(info)
        root = pkg.xml(info.part)
    raw = {}
    for c in root.iter(f"{M}c"):
        f = c.find(f"{M}f")
        if c.get("r") and f is not None:
            raw[parse_ref(c.get("r"))] = (f.text, tuple(sorted(f.attrib.items())))
    return {
        k: (cell.value, cell.type, cell.style, cell.formula, raw.get(k)) for k, cell in data.cells.items()
    }


def counts(xml: bytes) -> dict[str, int]:
    root = etree.fromstring(xml)
    return {tag: sum(1 for _ in root.iter(tag)) for tag in COUNTED}


def declaration(xml: bytes) -> bytes:
    return xml[: xml.index(b"?>") + 2]


def root_tag(xml: bytes) -> bytes:
    """The root start tag as written (namespaces, mc:Ignorable)."""
    m = re.search(rb"<(?![?!])[^>]*>", xml)
    return m.group(0)


def xml_of(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(name))


def cell_refs_in_order(path: Path, part: str) -> list[list[str]]:
    root = xml_of(path, part)
    return [[c.get("r") for c in row.iter(f"{M}c")] for row in root.iter(f"{M}row")]


def row_numbers(path: Path, part: str) -> list[int]:
    return [int(r.get("r")) for r in xml_of(path, part).iter(f"{M}row")]


def load(path: Path, **kw) -> openpyxl.Workbook:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns that it would drop x14 extensions
        return openpyxl.load_workbook(path, **kw)


def patch_member(path: Path, name: str, fn) -> None:
    """Rewrite one zip member in place (builds odd-but-valid workbooks openpyxl cannot make)."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            z.writestr(info, fn(data) if info.filename == name else data)


def small_workbook(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Form"
    ws["A1"] = "Question"
    ws["B1"] = "Answer"
    ws["A3"] = "Q3"
    ws["B3"] = "old answer"
    ws["D3"] = "note"
    ws["A5"] = "Q5"
    ws["C5"] = "=1+1"
    wb.save(path)
    return path


def assert_only_edited_changed(src: Path, dst: Path, edits: dict[str, dict[str, str]], result) -> None:
    parts = sheet_parts(src)
    edited_parts = {parts[s] for s in edits}
    before, after = members(src), members(dst)
    assert layout(src) == layout(dst), "member names, order and compression must be kept"
    for name, data in before.items():
        if name not in edited_parts:
            assert after[name] == data, f"{name} changed"
    for name in edited_parts:
        assert declaration(after[name]) == declaration(before[name])
        assert root_tag(after[name]) == root_tag(before[name])
        old_root, new_root = etree.fromstring(before[name]), etree.fromstring(after[name])
        assert [el.tag for el in old_root] == [el.tag for el in new_root]
        for old_el, new_el in zip(old_root, new_root):  # everything outside the cells, element by element
            if old_el.tag not in (f"{M}sheetData", f"{M}dimension"):
                assert etree.tostring(old_el) == etree.tostring(new_el), old_el.tag
    for name, data in before.items():
        if name.startswith("xl/worksheets/sheet"):
            assert counts(after[name]) == counts(data), name
    for sheet, cells in edits.items():
        written = {c.ref: c for c in result.cells[sheet]}
        old, new = snapshot(src, sheet), snapshot(dst, sheet)
        targets = {parse_ref(c.ref): c for c in written.values()}
        for key, value in old.items():
            if key not in targets:
                assert new.get(key) == value, f"{sheet}!{key} changed"
        assert set(new) - set(old) <= set(targets)
        for key, c in targets.items():
            value, typ, style, formula, raw = new[key]
            assert (value, typ, formula, raw) == (c.value, "inlineStr", False, None)
            assert style == old[key][2], "the cell keeps its style"
        assert {c.requested: c.value for c in written.values()} == cells


# ---------------------------------------------------------------- the real questionnaires


def caiq_edits() -> dict[str, dict[str, str]]:
    cells: dict[str, str] = {}
    for i, row in enumerate(range(3, 264, 9)):
        cells[f"C{row}"] = ("Yes", "No", "NA")[i % 3]
        cells[f"E{row}"] = TRICKY[i % len(TRICKY)] + f" (row {row})"
    return {CAIQ_SHEET: cells}


def hecvat_edits() -> dict[str, dict[str, str]]:
    with open_package(HECVAT) as pkg:
        data = pkg.read_sheet(pkg.sheet_by_name("Organization"))
    cells: dict[str, str] = {}
    rows = [
        r
        for (r, c), cell in sorted(data.cells.items())
        if c == 1 and re.fullmatch(r"[A-Z]{4}-\d\d", cell.value.strip()) and not data.cells[(r, 3)].formula
    ]
    for i, row in enumerate(rows[:30]):
        cells[f"C{row}"] = ("Yes", "No")[i % 2]
        cells[f"D{row}"] = TRICKY[i % len(TRICKY)]
    return {"Organization": cells}


@pytest.fixture(scope="module")
def caiq_case(tmp_path_factory):
    out = tmp_path_factory.mktemp("caiq") / "caiq.filled.xlsx"
    before = sha256(CAIQ)
    edits = caiq_edits()
    result = write_cells(CAIQ, out, edits)
    assert sha256(CAIQ) == before
    return CAIQ, out, edits, result


@pytest.fixture(scope="module")
def hecvat_case(tmp_path_factory):
    out = tmp_path_factory.mktemp("hecvat") / "hecvat.filled.xlsx"
    before = sha256(HECVAT)
    edits = hecvat_edits()
    result = write_cells(HECVAT, out, edits)
    assert sha256(HECVAT) == before
    return HECVAT, out, edits, result


@needs_corpus
@pytest.mark.parametrize("case", ["caiq_case", "hecvat_case"])
def test_fill_changes_only_the_edited_cells(case, request):
    src, dst, edits, result = request.getfixturevalue(case)
    assert sum(len(c) for c in edits.values()) >= 24
    assert_only_edited_changed(src, dst, edits, result)


@needs_corpus
@pytest.mark.parametrize("case", ["caiq_case", "hecvat_case"])
def test_filled_file_opens_in_openpyxl_with_the_answers(case, request):
    _, dst, edits, _ = request.getfixturevalue(case)
    wb = load(dst)
    for sheet, cells in edits.items():
        ws = wb[sheet]
        for ref, text in cells.items():
            assert ws[ref].value == text
            assert ws[ref].data_type == "s", f"{ref} must be text, not a formula"


@needs_corpus
def test_hecvat_keeps_x14_dropdowns_and_formula_questions(hecvat_case):
    src, dst, _, _ = hecvat_case
    part = sheet_parts(src)["Organization"]
    x14 = "{http://schemas.microsoft.com/office/spreadsheetml/2009/9/main}dataValidation"
    assert counts(members(dst)[part])[x14] == counts(members(src)[part])[x14] == 2
    assert members(dst)["xl/calcChain.xml"] == members(src)["xl/calcChain.xml"]  # no formula overwritten
    with open_package(dst) as pkg:
        data = pkg.read_sheet(pkg.sheet_by_name("Organization"))
    assert data.cells[(22, 2)].formula and data.cells[(22, 2)].value.startswith("Do you have")
    assert any(v.extension and v.covers(22, 3) for v in data.validations)


@needs_corpus
def test_write_result_reports_previous_values(caiq_case, tmp_path):
    _, first, edits, result = caiq_case
    assert result.count == len(edits[CAIQ_SHEET])
    assert all(c.previous == "" for c in result.cells[CAIQ_SHEET])
    again = write_cells(first, tmp_path / "again.xlsx", {CAIQ_SHEET: {"C3": "No", "E3": ""}})
    prev = {c.ref: c.previous for c in again.cells[CAIQ_SHEET]}
    assert prev == {"C3": edits[CAIQ_SHEET]["C3"], "E3": edits[CAIQ_SHEET]["E3"]}
    assert again.previous(CAIQ_SHEET, "E3") == edits[CAIQ_SHEET]["E3"]


@needs_corpus
def test_merged_range_writes_to_top_left(tmp_path):
    out = tmp_path / "merged.xlsx"
    result = write_cells(CAIQ, out, {CAIQ_SHEET: {"C264": "end", "C1": "title"}})
    written = {c.requested: c.ref for c in result.cells[CAIQ_SHEET]}
    assert written == {"C264": "A264", "C1": "B1"}
    ws = load(out)[CAIQ_SHEET]
    assert ws["A264"].value == "end" and ws["B1"].value == "title"
    with open_package(out) as pkg:
        data = pkg.read_sheet(pkg.sheet_by_name(CAIQ_SHEET))
    assert data.cells[(264, 3)].value == "" and data.cells[(1, 3)].value == ""


@needs_corpus
def test_formula_cell_overwritten_drops_its_calc_chain_entry(tmp_path):
    out = tmp_path / "formula.xlsx"
    chain_before = xml_of(HECVAT, "xl/calcChain.xml")
    entries_before = [(c.get("r"), c.get("i")) for c in chain_before]
    assert ("C13", "8") in entries_before and ("C14", "8") in entries_before
    result = write_cells(HECVAT, out, {"Organization": {"C13": "Acme Ltd", "C14": "=not a formula"}})
    assert sorted(result.calc_chain_removed) == [("Organization", "C13"), ("Organization", "C14")]
    assert result.cells["Organization"][0].previous_formula.startswith("VLOOKUP(")
    chain_after = xml_of(out, "xl/calcChain.xml")
    entries_after = [(c.get("r"), c.get("i")) for c in chain_after]
    assert entries_after == [e for e in entries_before if e not in {("C13", "8"), ("C14", "8")}]
    # the level break that C13 started moves to the next entry
    c15 = next(c for c in chain_after if (c.get("r"), c.get("i")) == ("C15", "8"))
    assert c15.get("l") == "1"
    before, after = members(HECVAT), members(out)
    changed = {n for n in before if before[n] != after[n]}
    assert changed == {"xl/worksheets/sheet2.xml", "xl/calcChain.xml"}
    ws = load(out, read_only=True)["Organization"]
    assert ws["C13"].value == "Acme Ltd" and ws["C14"].value == "=not a formula"


@needs_corpus
def test_new_cell_outside_spans_and_dimension(tmp_path):
    out = tmp_path / "wide.xlsx"
    write_cells(HECVAT, out, {"Organization": {"M13": "beyond", "B200": "far below"}})
    part = sheet_parts(HECVAT)["Organization"]
    root = xml_of(out, part)
    assert root.find(f"{M}dimension").get("ref") == "A1:M200"
    row13 = next(r for r in root.iter(f"{M}row") if r.get("r") == "13")
    assert row13.get("spans") == "1:13"
    assert [c.get("r") for c in row13][-1] == "M13"
    assert row13[-1].get("s") == row13.get("s")  # the row has customFormat: new cell takes its style
    numbers = row_numbers(out, part)
    assert numbers == sorted(numbers) and numbers[-1] == 200


@needs_corpus
def test_shared_formula_master_overwritten_keeps_the_others(tmp_path):
    out = tmp_path / "shared.xlsx"
    write_cells(HECVAT, out, {"Questions": {"X12": "7"}})
    before = load(HECVAT, read_only=True)["Questions"]
    after = load(out, read_only=True)["Questions"]
    assert after["X12"].value == "7"
    for r in range(13, 76):
        assert after[f"X{r}"].value == before[f"X{r}"].value, r  # openpyxl expands shared formulas
    part = sheet_parts(HECVAT)["Questions"]
    x14 = next(c for c in xml_of(out, part).iter(f"{M}c") if c.get("r") == "X14")  # X13 is empty
    f = x14.find(f"{M}f")
    assert f.get("ref") == "X14:X75" and f.text.startswith('IF($W14="Critical Importance"')


@needs_corpus
def test_is_locked_on_caiq():
    with open_package(CAIQ) as pkg:
        for row in (3, 4, 100, 263):
            for col in "CDEF":
                assert not is_locked(pkg, CAIQ_SHEET, f"{col}{row}"), f"{col}{row}"
            for col in "AB":
                assert is_locked(pkg, CAIQ_SHEET, f"{col}{row}")
        assert is_locked(pkg, CAIQ_SHEET, "B2")  # header
        assert is_locked(pkg, CAIQ_SHEET, "Z999")  # no cell, no column style: locked by default
        assert is_locked(pkg, "Introduction", "A1")
        with pytest.raises(InputError):
            is_locked(pkg, "nope", "A1")
    with open_package(HECVAT) as pkg:
        assert not is_locked(pkg, "Organization", "C22")  # sheet not protected
        assert is_locked(pkg, "(backend scoring)", "C3")


# ---------------------------------------------------------------- small workbooks


def test_new_cells_and_rows_are_kept_sorted(tmp_path):
    src = small_workbook(tmp_path / "small.xlsx")
    out = tmp_path / "out.xlsx"
    edits = {"Form": {"C3": "between", "A3": "front", "E3": "end", "B2": "new row 2", "B4": "new row 4",
                      "F9": "last row", "AA1": "far right"}}
    write_cells(src, out, edits)
    part = sheet_parts(src)["Form"]
    assert row_numbers(out, part) == [1, 2, 3, 4, 5, 9]
    order = cell_refs_in_order(out, part)
    assert order[0] == ["A1", "B1", "AA1"]
    assert order[2] == ["A3", "B3", "C3", "D3", "E3"]
    for refs in order:
        cols = [parse_ref(r)[1] for r in refs]
        assert cols == sorted(cols)
    assert xml_of(out, part).find(f"{M}dimension").get("ref") == "A1:AA9"
    ws = load(out)["Form"]
    for ref, text in edits["Form"].items():
        assert ws[ref].value == text
    assert ws["B3"].value == "old answer" and ws["D3"].value == "note" and ws["C5"].value == "=1+1"


def test_new_cell_takes_column_or_row_style(tmp_path):
    src = tmp_path / "styled.xlsx"
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "x"
    ws["A4"] = "y"
    ws.column_dimensions["C"].fill = PatternFill("solid", fgColor="FFFF00")
    ws.row_dimensions[4].fill = PatternFill("solid", fgColor="00FF00")
    wb.save(src)
    root = xml_of(src, "xl/worksheets/sheet1.xml")
    col_style = next(c.get("style") for c in root.iter(f"{M}col") if c.get("min") == "3")
    row4 = next(r for r in root.iter(f"{M}row") if r.get("r") == "4")
    assert row4.get("customFormat") == "1" and col_style not in (None, "0")
    out = tmp_path / "out.xlsx"
    write_cells(src, out, {"Sheet": {"C1": "col", "C4": "row wins", "B1": "plain"}})
    cells = {c.get("r"): c.get("s") for c in xml_of(out, "xl/worksheets/sheet1.xml").iter(f"{M}c")}
    assert cells["C1"] == col_style
    assert cells["C4"] == row4.get("s")
    assert cells["B1"] is None


def test_formula_like_answers_are_text(tmp_path):
    src = small_workbook(tmp_path / "small.xlsx")
    out = tmp_path / "out.xlsx"
    edits = {"Form": {"B1": "=HYPERLINK(\"http://x\")", "B3": "+1", "C3": "-1", "D3": "@SUM(1)", "C5": "=1+2"}}
    result = write_cells(src, out, edits)
    ws = load(out)["Form"]
    for ref, text in edits["Form"].items():
        assert ws[ref].value == text and ws[ref].data_type == "s"
    c5 = next(c for c in xml_of(out, "xl/worksheets/sheet1.xml").iter(f"{M}c") if c.get("r") == "C5")
    assert c5.get("t") == "inlineStr" and c5.find(f"{M}f") is None and c5.find(f"{M}v") is None
    assert {c.ref: c.previous_formula for c in result.cells["Form"]}["C5"] == "1+1"


def test_multiline_and_long_texts(tmp_path):
    src = small_workbook(tmp_path / "small.xlsx")
    multi = "first line\nsecond line\r\nthird\n"
    long_text = ("0123456789abcdef" * 2000)[:32_000]
    limit = "x" * MAX_CELL_CHARS
    out = tmp_path / "out.xlsx"
    write_cells(src, out, {"Form": {"B3": multi, "B5": long_text, "B6": limit}})
    ws = load(out)["Form"]
    assert ws["B3"].value == multi
    assert ws["B5"].value == long_text and len(ws["B5"].value) == 32_000
    assert ws["B6"].value == limit
    refused = tmp_path / "refused.xlsx"
    with pytest.raises(ValueError, match="32,767"):
        write_cells(src, refused, {"Form": {"B3": "x" * (MAX_CELL_CHARS + 1)}})
    with pytest.raises(ValueError, match="32,767"):  # astral characters count twice, as in Excel
        write_cells(src, refused, {"Form": {"B3": "😀" * 16_384}})
    assert not refused.exists()


def test_illegal_xml_characters_are_stripped(tmp_path):
    src = small_workbook(tmp_path / "small.xlsx")
    out = tmp_path / "out.xlsx"
    result = write_cells(src, out, {"Form": {"B3": "bell\x07 null\x00 vt\x0b ok\ttab"}})
    assert result.cells["Form"][0].value == "bell null vt ok\ttab"
    assert load(out)["Form"]["B3"].value == "bell null vt ok\ttab"


def test_literal_ooxml_escape_is_escaped(tmp_path):
    src = small_workbook(tmp_path / "small.xlsx")
    out = tmp_path / "out.xlsx"
    write_cells(src, out, {"Form": {"B3": "file_x0041_.txt"}})
    with zipfile.ZipFile(out) as z:
        assert b"file_x005F_x0041_.txt" in z.read("xl/worksheets/sheet1.xml")  # Excel shows file_x0041_.txt


def test_clearing_keeps_the_style_and_creates_nothing(tmp_path):
    src = tmp_path / "clear.xlsx"
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "value"
    ws["A1"].fill = PatternFill("solid", fgColor="FF0000")
    wb.save(src)
    style = next(c.get("s") for c in xml_of(src, "xl/worksheets/sheet1.xml").iter(f"{M}c"))
    out = tmp_path / "out.xlsx"
    result = write_cells(src, out, {"Sheet": {"A1": "", "B7": ""}})
    cells = list(xml_of(out, "xl/worksheets/sheet1.xml").iter(f"{M}c"))
    assert [(c.get("r"), c.get("s"), c.get("t"), len(c)) for c in cells] == [("A1", style, None, 0)]
    assert row_numbers(out, "xl/worksheets/sheet1.xml") == [1]
    assert [c.previous for c in result.cells["Sheet"]] == ["value", ""]
    assert load(out)["Sheet"]["A1"].value is None


def test_merged_range_in_small_workbook_and_conflicts(tmp_path):
    src = tmp_path / "merged.xlsx"
    wb = Workbook()
    ws = wb.active
    ws["B2"] = "top-left"
    ws.merge_cells("B2:D4")
    wb.save(src)
    out = tmp_path / "out.xlsx"
    result = write_cells(src, out, {"Sheet": {"C3": "inside"}})
    assert result.cells["Sheet"][0].ref == "B2"
    assert load(out)["Sheet"]["B2"].value == "inside"
    with pytest.raises(ValueError, match="both land on B2"):
        write_cells(src, tmp_path / "x.xlsx", {"Sheet": {"C3": "one", "D4": "two"}})


def test_cells_without_r_attributes(tmp_path):
    src = small_workbook(tmp_path / "small.xlsx")

    def strip_refs(data: bytes) -> bytes:  # r is optional on rows and cells
        root = etree.fromstring(data)
        for c in root.iter(f"{M}c"):
            if c.get("r") in ("A3", "B3", "D3"):
                del c.attrib["r"]
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    patch_member(src, "xl/worksheets/sheet1.xml", strip_refs)
    src3 = snapshot(src, "Form")
    assert src3[(3, 3)][0] == "note"  # positional: the third cell of row 3 is C3
    out = tmp_path / "out.xlsx"
    write_cells(src, out, {"Form": {"B3": "new", "D3": "fourth"}})
    new = snapshot(out, "Form")
    assert new[(3, 1)][0] == "Q3" and new[(3, 2)][0] == "new" and new[(3, 3)][0] == "note"
    assert new[(3, 4)][0] == "fourth"


def test_array_formula_member_is_refused(tmp_path):
    src = tmp_path / "array.xlsx"
    wb = Workbook()
    ws = wb.active
    for r in range(1, 4):
        ws[f"B{r}"] = r
    ws["A1"] = ArrayFormula("A1:A3", "=B1:B3*2")
    wb.save(src)
    with pytest.raises(ValueError, match="array formula"):
        write_cells(src, tmp_path / "x.xlsx", {"Sheet": {"A2": "no"}})
    write_cells(src, tmp_path / "ok.xlsx", {"Sheet": {"A1": "yes"}})
    assert load(tmp_path / "ok.xlsx")["Sheet"]["A1"].value == "yes"


def test_shared_formula_block_that_cannot_keep_a_master(tmp_path):
    src = tmp_path / "shared.xlsx"
    wb = Workbook()
    ws = wb.active
    for r in range(1, 3):
        for col in "BC":
            ws[f"{col}{r}"] = "=A1"  # placeholders, replaced by one shared formula below
    ws["A1"], ws["A2"] = 1, 2
    wb.save(src)

    def share(data: bytes) -> bytes:
        root = etree.fromstring(data)
        for c in root.iter(f"{M}c"):
            f = c.find(f"{M}f")
            if f is None:
                continue
            f.attrib.update({"t": "shared", "si": "0"})
            if c.get("r") == "B1":
                f.set("ref", "B1:C2")
                f.text = "$A1+A1"
            else:
                f.text = None
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    patch_member(src, "xl/worksheets/sheet1.xml", share)
    before = load(src)["Sheet"]
    expected = {ref: before[ref].value for ref in ("C1", "B2", "C2")}
    assert expected == {"C1": "=$A1+B1", "B2": "=$A2+A2", "C2": "=$A2+B2"}
    out = tmp_path / "out.xlsx"
    write_cells(src, out, {"Sheet": {"B1": "text"}})
    after = load(out)["Sheet"]
    assert {ref: after[ref].value for ref in expected} == expected


def test_empty_calc_chain_is_removed_with_its_references(tmp_path):
    src = small_workbook(tmp_path / "small.xlsx")  # one formula, in C5
    with zipfile.ZipFile(src) as z:
        items = [(i, z.read(i)) for i in z.infolist()]
    ct_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"
    rel_type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain"
    with zipfile.ZipFile(src, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", f'<Override PartName="/xl/calcChain.xml" ContentType="{ct_type}"/></Types>'.encode())
            if info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", f'<Relationship Id="rIdCC" Type="{rel_type}" Target="calcChain.xml"/></Relationships>'.encode())
            z.writestr(info, data)
        z.writestr("xl/calcChain.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="{M[1:-1]}"><c r="C5" i="1"/></calcChain>')
    out = tmp_path / "out.xlsx"
    result = write_cells(src, out, {"Form": {"C5": "2"}})
    assert result.calc_chain_dropped and result.calc_chain_removed == [("Form", "C5")]
    after = members(out)
    assert "xl/calcChain.xml" not in after
    assert b"calcChain" not in after["[Content_Types].xml"]
    assert b"calcChain" not in after["xl/_rels/workbook.xml.rels"]
    before_ct = members(src)["[Content_Types].xml"]
    assert after["[Content_Types].xml"].split(b"<Types")[0] == before_ct.split(b"<Types")[0]  # no declaration added
    assert root_tag(after["[Content_Types].xml"]) == root_tag(before_ct)
    assert load(out)["Form"]["C5"].value == "2"


def make_xlsm(path: Path, vba: bytes) -> Path:
    small_workbook(path.with_suffix(".xlsx"))
    with zipfile.ZipFile(path.with_suffix(".xlsx")) as z:
        items = [(i, z.read(i)) for i in z.infolist()]
    main = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    macro = b"application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename == "[Content_Types].xml":
                assert main in data
                data = data.replace(main, macro).replace(
                    b"</Types>", b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'
                )
            if info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdVBA" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject"'
                    b' Target="vbaProject.bin"/></Relationships>',
                )
            z.writestr(info, data)
        z.writestr("xl/vbaProject.bin", vba)
    return path


def test_xlsm_keeps_its_vba_project(tmp_path):
    vba = bytes(range(256)) * 40  # opaque bytes standing in for a compiled VBA project
    src = make_xlsm(tmp_path / "macro.xlsm", vba)
    out = tmp_path / "macro.filled.xlsm"
    write_cells(src, out, {"Form": {"B3": "answer"}})
    after = members(out)
    assert after["xl/vbaProject.bin"] == vba
    assert [n for n in after if members(src)[n] != after[n]] == ["xl/worksheets/sheet1.xml"]
    wb = load(out, keep_vba=True)
    assert wb["Form"]["B3"].value == "answer"
    assert wb.vba_archive is not None and wb.vba_archive.read("xl/vbaProject.bin") == vba
    with pytest.raises(OutputError, match=r"\.xlsm"):
        write_cells(src, tmp_path / "macro.filled.xlsx", {"Form": {"B3": "answer"}})
    with pytest.raises(OutputError, match="no macros"):
        write_cells(small_workbook(tmp_path / "plain.xlsx"), tmp_path / "plain.xlsm", {})


def test_source_untouched_and_failure_leaves_nothing(tmp_path, monkeypatch):
    (tmp_path / "src").mkdir()
    src = small_workbook(tmp_path / "src" / "small.xlsx")
    digest = sha256(src)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    dst = out_dir / "filled.xlsx"
    calls = {"n": 0}
    real = zipfile.ZipFile.writestr

    def failing(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 4:
            raise RuntimeError("disk on fire")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", failing)
    with pytest.raises(RuntimeError, match="disk on fire"):
        write_cells(src, dst, {"Form": {"B3": "x"}})
    assert calls["n"] == 4
    assert list(out_dir.iterdir()) == []
    # an existing output survives a failed rewrite untouched
    dst.write_bytes(b"previous output")
    calls["n"] = 0
    with pytest.raises(RuntimeError):
        write_cells(src, dst, {"Form": {"B3": "x"}})
    assert dst.read_bytes() == b"previous output" and list(out_dir.iterdir()) == [dst]
    monkeypatch.undo()
    write_cells(src, dst, {"Form": {"B3": "x"}})
    assert list(out_dir.iterdir()) == [dst]
    assert sha256(src) == digest
    assert oct(os.stat(dst).st_mode & 0o777) == oct(os.stat(src).st_mode & 0o666 | 0o200)


def test_bad_input_is_refused_before_writing(tmp_path):
    src = small_workbook(tmp_path / "small.xlsx")
    dst = tmp_path / "out.xlsx"
    with pytest.raises(InputError, match="Nope"):
        write_cells(src, dst, {"Nope": {"A1": "x"}})
    with pytest.raises(InputError, match="Empty"):
        write_cells(src, dst, {"Form": {"A1": "x"}, "Empty": {}})
    for ref in ("A0", "1A", "XFE1", "A1048577", "A1:B2", "", "R1C1"):
        with pytest.raises(ValueError):
            write_cells(src, dst, {"Form": {ref: "x"}})
    with pytest.raises(ValueError, match="replace the input"):
        write_cells(src, src, {"Form": {"A1": "x"}})
    with pytest.raises(ValueError, match="replace the input"):
        write_cells(src, tmp_path / "sub" / ".." / "small.xlsx", {"Form": {"A1": "x"}})
    with pytest.raises(OutputError, match="no such folder"):
        write_cells(src, tmp_path / "missing" / "out.xlsx", {"Form": {"A1": "x"}})
    assert not dst.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["small.xlsx"]


def test_is_locked_on_a_small_protected_workbook(tmp_path):
    src = tmp_path / "protected.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Form"
    ws["A1"] = "Question"
    ws["B1"].protection = Protection(locked=False)
    ws.column_dimensions["C"].protection = Protection(locked=False)
    ws.merge_cells("D1:E2")
    ws["D1"].protection = Protection(locked=False)
    ws.protection.sheet = True
    open_ws = wb.create_sheet("Open")
    open_ws["A1"] = "x"
    wb.save(src)
    with open_package(src) as pkg:
        assert is_locked(pkg, "Form", "A1")
        assert not is_locked(pkg, "Form", "B1")
        assert not is_locked(pkg, "Form", "C7")  # no cell yet: the column's style unlocks it
        assert is_locked(pkg, "Form", "B7")
        assert not is_locked(pkg, "Form", "E2")  # judged by the merged range's top-left cell
        assert not is_locked(pkg, "Open", "A1")
        with pytest.raises(ValueError):
            is_locked(pkg, "Form", "not a ref")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=200))
def test_any_text_round_trips(tmp_path, text):
    src = tmp_path / "small.xlsx"
    if not src.exists():
        small_workbook(src)
    out = tmp_path / "out.xlsx"
    result = write_cells(src, out, {"Form": {"B3": text}})
    expected = clean_text(text)
    assert result.cells["Form"][0].value == expected
    with open_package(out) as pkg:
        cell = pkg.read_sheet(pkg.sheet_by_name("Form")).cells.get((3, 2))
    if not expected:
        assert cell is None  # cleared, and the cell had no style to keep
        return
    if re.search(r"_x[0-9A-Fa-f]{4}_", expected):
        return  # stored escaped; our reader does not decode _xHHHH_
    assert (cell.value, cell.type) == (expected, "inlineStr")


def test_output_zip_is_sound(tmp_path):
    src = small_workbook(tmp_path / "small.xlsx")
    out = tmp_path / "out.xlsx"
    write_cells(src, out, {"Form": {"B3": "crc"}})
    with zipfile.ZipFile(io.BytesIO(out.read_bytes())) as z:
        assert z.testzip() is None  # every member's CRC checks out
