"""One entry point for reading any questionnaire file into question rows, by its format."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from matcher.errors import InputError
from matcher.workbook.package import Cell, SheetData, SheetInfo, open_package
from matcher.workbook.reader import ReadResult, read_sheet, read_workbook

MAX_CSV_BYTES = 50 * 1024 * 1024
CSV_ENCODINGS = ("utf-8-sig", "cp932")  # Japanese Excel saves CSV as CP932 by default


def read_questionnaire(path: Path) -> ReadResult:
    path = Path(path)
    if path.suffix.lower() == ".csv":
        return read_csv(path)
    with open_package(path) as pkg:
        return read_workbook(pkg)


def decode_csv(data: bytes, label: str) -> tuple[str, str]:
    """(text, encoding): UTF-8 (with or without BOM) or CP932, else a clear error."""
    for encoding in CSV_ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise InputError(f"{label}: the CSV is neither UTF-8 nor Shift_JIS (CP932); save it again as UTF-8")


def csv_sheet(path: Path) -> tuple[SheetData, str]:
    """A CSV as a one-sheet table named after the file, and the encoding it was written in."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.stat().st_size > MAX_CSV_BYTES:
        raise InputError(f"{path.name}: refused, the CSV is larger than {MAX_CSV_BYTES:,} bytes")
    text, encoding = decode_csv(path.read_bytes(), path.name)
    if not text.strip():
        raise InputError(f"{path.name}: the file is empty")
    dialect = csv.excel
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        pass
    data = SheetData(SheetInfo(path.stem, path.name))
    for r, record in enumerate(csv.reader(io.StringIO(text), dialect), start=1):
        for c, value in enumerate(record, start=1):
            if value.strip():
                data.cells[(r, c)] = Cell(value, "str")
                data.max_col = max(data.max_col, c)
        data.max_row = r
    return data, encoding


def read_csv(path: Path) -> ReadResult:
    data, _ = csv_sheet(path)
    rows, report = read_sheet(data)
    return ReadResult(rows, [report])
