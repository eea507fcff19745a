"""One entry point for reading any questionnaire file into question rows, and for writing
answers back into a copy of it, by its format: .xlsx/.xlsm (our own package reader and writer),
.xls (converted to .xlsx), .csv (UTF-8 or CP932, written back in the same form)."""
from __future__ import annotations

import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from matcher.errors import InputError
from matcher.workbook import csvfile
from matcher.workbook.package import Package, SheetData, open_package
from matcher.workbook.reader import ReadResult, read_sheet, read_workbook

MAX_CSV_BYTES = csvfile.MAX_CSV_BYTES
CSV_ENCODINGS = ("utf-8-sig", "cp932")  # Japanese Excel saves CSV as CP932 by default


def read_questionnaire(path: Path, passwords: Sequence[str] = ()) -> ReadResult:
    """The question rows of any questionnaire file; a password-protected one is opened with one of
    ``passwords`` (decrypted into a private temporary folder, gone when this returns)."""
    path = Path(path)
    if passwords:
        from matcher.workbook.crypto import unlocked

        with unlocked(path, passwords) as (work, password):
            if password is not None:
                return read_questionnaire(work)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return read_csv(path)
    if suffix == ".xls" or _is_ole2(path) and suffix not in (".xlsx", ".xlsm"):
        return read_xls(path)
    with open_package(path) as pkg:
        return read_workbook(pkg)


def write_answers(src: Path, dst: Path, edits: Mapping[str, Mapping[str, str]]) -> list[str]:
    """Write ``edits`` ({sheet: {ref: text}}) into a copy of ``src`` at ``dst``; returns notes for the
    user (an .xls converted to .xlsx, characters a CSV's encoding cannot hold)."""
    from matcher.workbook.writer import write_cells

    src, dst = Path(src), Path(dst)
    suffix = src.suffix.lower()
    if suffix == ".csv":
        return csvfile.write_cells(src, dst, edits)
    if suffix == ".xls":
        from matcher.workbook import xls

        with tempfile.TemporaryDirectory(prefix="matcher-xls-") as tmp:
            converted = Path(tmp) / (src.stem + ".xlsx")
            xls.convert(src, converted)
            write_cells(converted, dst, edits)
        return [xls.CONVERSION_NOTE]
    write_cells(src, dst, edits)
    return []


def decode_csv(data: bytes, label: str) -> tuple[str, str]:
    """(text, encoding): UTF-8 (with or without BOM) or CP932, else a clear error."""
    text, encoding, bom = csvfile.decode(data, label)
    return text, ("utf-8-sig" if bom else encoding)


def csv_sheet(path: Path) -> tuple[SheetData, str]:
    """A CSV as a one-sheet table named after the file, and the encoding it was written in."""
    path = Path(path)
    table = csvfile.read_table(path)
    return csvfile.to_sheet(table, path.stem), table.encoding


def read_csv(path: Path) -> ReadResult:
    data, _ = csv_sheet(path)
    rows, report = read_sheet(data)
    return ReadResult(rows, [report])


def read_xls(path: Path) -> ReadResult:
    from matcher.workbook import xls

    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    with Package(path, data=xls.xls_to_xlsx_bytes(path)) as pkg:
        return read_workbook(pkg)


def _is_ole2(path: Path) -> bool:
    try:
        with Path(path).open("rb") as f:
            return f.read(8).startswith(b"\xd0\xcf\x11\xe0")
    except OSError:
        return False
