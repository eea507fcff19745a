"""Old Excel 97–2003 workbooks (.xls): converted to .xlsx, then read and filled like any other.

We cannot write answers into a BIFF file without damaging it, so the filled copy is an .xlsx
built from the .xls's values, merges, hidden rows/columns and sheets, column widths, row
heights and basic cell formatting (bold, wrap, fill, alignment). Reading goes through the same
conversion, so the rows the reader finds are exactly the rows the filled copy has. Formulas
keep their last computed value; dropdowns and other formatting are not carried over.
"""
from __future__ import annotations

import io
from pathlib import Path

from matcher import atomic
from matcher.errors import InputError

CONVERSION_NOTE = (
    "converted from .xls: the filled copy is an .xlsx (answers cannot be written into the old format); "
    "formulas keep their last values, and dropdowns and some formatting may differ"
)


def _open(path: Path):
    try:
        import xlrd
    except ImportError:  # pragma: no cover - a declared dependency
        raise InputError(f"{path.name}: reading .xls needs the xlrd package (pip install xlrd)") from None
    try:
        return xlrd.open_workbook(str(path), formatting_info=True, on_demand=False)
    except Exception as e:  # noqa: BLE001 - xlrd raises many kinds (XLRDError, CompDocError, struct errors …)
        msg = str(e)
        if "encrypt" in msg.lower():
            raise InputError(f"{path.name}: the workbook is password-protected") from None
        raise InputError(f"{path.name}: not a readable .xls workbook, or the file is damaged ({msg})") from None


def xls_to_xlsx_bytes(path: Path) -> bytes:
    """The .xls at ``path`` as the bytes of an equivalent .xlsx."""
    import xlrd
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    book = _open(path)
    wb = Workbook()
    wb.remove(wb.active)
    style_cache: dict[int, tuple] = {}

    def style_of(xf_index: int) -> tuple:
        if xf_index in style_cache:
            return style_cache[xf_index]
        xf = book.xf_list[xf_index] if 0 <= xf_index < len(book.xf_list) else None
        font = fill = align = None
        if xf is not None:
            f = book.font_list[xf.font_index] if xf.font_index < len(book.font_list) else None
            if f is not None and (f.bold or f.italic):
                font = Font(bold=bool(f.bold), italic=bool(f.italic))
            rgb = book.colour_map.get(xf.background.pattern_colour_index) if xf.background.fill_pattern else None
            if rgb:
                fill = PatternFill("solid", fgColor="%02X%02X%02X" % rgb)
            a = xf.alignment
            horizontal = {1: "left", 2: "center", 3: "right"}.get(a.hor_align)
            vertical = {0: "top", 1: "center", 2: "bottom"}.get(a.vert_align)
            if a.text_wrapped or horizontal or vertical != "bottom":
                align = Alignment(horizontal=horizontal, vertical=vertical, wrap_text=bool(a.text_wrapped))
        style_cache[xf_index] = (font, fill, align)
        return style_cache[xf_index]

    for sheet in book.sheets():
        ws = wb.create_sheet(_safe_title(sheet.name, wb.sheetnames))
        if sheet.visibility == 1:
            ws.sheet_state = "hidden"
        elif sheet.visibility == 2:
            ws.sheet_state = "veryHidden"
        for r in range(sheet.nrows):
            for c in range(sheet.ncols):
                cell = sheet.cell(r, c)
                value = _value(book, cell, xlrd)
                styled = cell.xf_index is not None and any(style_of(cell.xf_index))
                if value is None and not styled:
                    continue
                target = ws.cell(row=r + 1, column=c + 1)
                if value is not None:
                    target.value = value
                    if cell.ctype == xlrd.XL_CELL_DATE:
                        target.number_format = "yyyy-mm-dd" if float(cell.value).is_integer() else "yyyy-mm-dd hh:mm"
                if styled:
                    font, fill, align = style_of(cell.xf_index)
                    if font:
                        target.font = font
                    if fill:
                        target.fill = fill
                    if align:
                        target.alignment = align
        for rlo, rhi, clo, chi in sheet.merged_cells:
            if rhi - rlo > 1 or chi - clo > 1:
                ws.merge_cells(start_row=rlo + 1, start_column=clo + 1, end_row=rhi, end_column=chi)
        for c, info in sheet.colinfo_map.items():
            dim = ws.column_dimensions[get_column_letter(c + 1)]
            dim.width = round(info.width / 256, 2)
            if info.hidden:
                dim.hidden = True
        for r, info in sheet.rowinfo_map.items():
            dim = ws.row_dimensions[r + 1]
            if info.height and not getattr(info, "has_default_height", 0):
                dim.height = round(info.height / 20, 2)
            if info.hidden:
                dim.hidden = True
    if not wb.sheetnames:
        raise InputError(f"{path.name}: the workbook has no sheets")
    if all(ws.sheet_state != "visible" for ws in wb.worksheets):
        wb.worksheets[0].sheet_state = "visible"  # Excel refuses a workbook with no visible sheet
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def convert(src: Path, dst: Path) -> None:
    """Write the .xlsx conversion of ``src`` to ``dst`` atomically."""
    atomic.write_bytes(Path(dst), xls_to_xlsx_bytes(src))


def _value(book, cell, xlrd):
    t = cell.ctype
    if t in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return None
    if t == xlrd.XL_CELL_TEXT:
        return cell.value if cell.value != "" else None
    if t == xlrd.XL_CELL_NUMBER:
        v = float(cell.value)
        return int(v) if v.is_integer() and abs(v) < 2**53 else v
    if t == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return cell.value
    if t == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    if t == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(cell.value, "#ERR")
    return None


def _safe_title(name: str, taken: list[str]) -> str:
    title = "".join("_" if ch in '[]:*?/\\' else ch for ch in name)[:31] or "Sheet"
    base, n = title, 2
    while title in taken:
        title = f"{base[:28]}~{n}"
        n += 1
    return title
