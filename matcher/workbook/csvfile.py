"""CSV questionnaires: read them as a one-sheet table, write answers back in the same form.

Japanese Excel saves CSV as Shift_JIS (CP932) by default, others as UTF-8 (often with a BOM).
The filled copy keeps the source's encoding, BOM, delimiter and line endings, and every record
that receives no answer keeps its exact original text: only answered records are re-quoted.
"""
from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from matcher import atomic
from matcher.errors import InputError, OutputError
from matcher.workbook.package import Cell, SheetData, SheetInfo, parse_ref

MAX_CSV_BYTES = 50 * 1024 * 1024
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r|$)")
DELIMITERS = (",", "\t", ";")
# Characters Japanese text often holds that CP932 spells with a different code point.
_CP932_FIX = str.maketrans({
    "\u301c": "\uff5e",  # 〜 wave dash -> ～
    "\u2212": "\uff0d",  # − minus -> －
    "\u2016": "\u2225",  # ‖ -> ∥
    "\u2014": "\u2015",  # — -> ―
    "\u00a2": "\uffe0",
    "\u00a3": "\uffe1",
    "\u00ac": "\uffe2",
    "\u00a0": " ",
})


@dataclass
class CsvTable:
    """A parsed CSV and how it was written."""

    records: list[list[str]]
    raw: list[str]  # each record's original text, line ending included
    encoding: str  # "utf-8", "cp932" or "utf-16" (written with its BOM)
    bom: bool
    delimiter: str
    newline: str
    warnings: list[str] = field(default_factory=list)


def decode(data: bytes, label: str) -> tuple[str, str, bool]:
    """(text, encoding, had a BOM): UTF-8 (with or without BOM) or CP932, else a clear error."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Unicode text"
        try:
            return data.decode("utf-16"), "utf-16", False
        except UnicodeDecodeError:
            pass
    else:
        bom = data.startswith(codecs.BOM_UTF8)
        for encoding in ("utf-8-sig", "cp932"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            # NULs: a binary or UTF-16 file that happened to decode; ESC: ISO-2022-JP (JIS), 7-bit
            if "\x00" not in text and "\x1b" not in text:
                return text, ("utf-8" if encoding == "utf-8-sig" else encoding), bom and encoding == "utf-8-sig"
    raise InputError(f"{label}: the CSV is neither UTF-8 nor Shift_JIS (CP932); save it again as UTF-8")


def _records(text: str, delimiter: str) -> Iterator[tuple[list[str], str]]:
    """Each record with the exact text it came from (a quoted field may span lines)."""
    # only CR / LF end a line in CSV (str.splitlines would also split on U+2028 and others)
    lines = iter(m.group(0) for m in _LINE.finditer(text) if m.group(0))
    consumed: list[str] = []

    def feed() -> Iterator[str]:
        for line in lines:
            consumed.append(line)
            yield line

    reader = csv.reader(feed(), delimiter=delimiter, quotechar='"', doublequote=True, strict=False)
    for record in reader:
        raw = "".join(consumed)
        consumed.clear()
        yield record, raw


def _guess_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same, largest number of fields."""
    sample = "".join(m.group(0) for _, m in zip(range(50), _LINE.finditer(text)))
    best = (0.0, ",")
    for d in DELIMITERS:
        widths = [len(r) for r, _ in _records(sample, d) if any(x.strip() for x in r)]
        if not widths:
            continue
        width, n = Counter(widths).most_common(1)[0]
        if width < 2:
            continue
        score = n / len(widths) + 0.01 * width
        if score > best[0]:
            best = (score, d)
    return best[1]


def read_table(path: Path) -> CsvTable:
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.stat().st_size > MAX_CSV_BYTES:
        raise InputError(f"{path.name}: refused, the CSV is larger than {MAX_CSV_BYTES:,} bytes")
    text, encoding, bom = decode(path.read_bytes(), path.name)
    if not text.strip():
        raise InputError(f"{path.name}: the file is empty")
    delimiter = _guess_delimiter(text)
    newline = "\r\n" if "\r\n" in text[:65536] else ("\r" if "\r" in text[:65536] and "\n" not in text[:65536] else "\n")
    records, raw = [], []
    for record, chunk in _records(text, delimiter):
        records.append(record)
        raw.append(chunk)
    return CsvTable(records, raw, encoding, bom, delimiter, newline)


def to_sheet(table: CsvTable, name: str) -> SheetData:
    """The CSV as a one-sheet table named after the file."""
    data = SheetData(SheetInfo(name, name))
    for r, record in enumerate(table.records, start=1):
        for c, value in enumerate(record, start=1):
            if value.strip():
                data.cells[(r, c)] = Cell(value, "str")
                data.max_col = max(data.max_col, c)
        data.max_row = r
    return data


def write_cells(src: Path, dst: Path, edits: Mapping[str, Mapping[str, str]]) -> list[str]:
    """Copy the CSV ``src`` to ``dst`` with the cells in ``edits`` ({sheet: {ref: text}}; one sheet)
    set. Returns warnings (characters the file's encoding cannot hold). ``dst`` appears atomically."""
    src, dst = Path(src), Path(dst)
    if src.resolve() == dst.resolve():
        raise OutputError(f"{dst}: the output would replace the input; choose another path")
    table = read_table(src)
    by_row: dict[int, dict[int, str]] = {}
    for cells in edits.values():
        for ref, value in cells.items():
            row, col = parse_ref(ref)
            by_row.setdefault(row, {})[col] = value
    warnings: list[str] = []
    out = io.StringIO(newline="")
    for r, (record, raw) in enumerate(zip(table.records, table.raw), start=1):
        changes = by_row.pop(r, None)
        if not changes:
            out.write(raw)
            continue
        record = list(record)
        for col, value in changes.items():
            record.extend([""] * (col - len(record)))
            record[col - 1] = _encodable(value, table.encoding, f"{src.name} row {r}", warnings)
        ending = raw[len(raw.rstrip("\r\n")):] or table.newline
        line = io.StringIO(newline="")
        csv.writer(line, delimiter=table.delimiter, lineterminator=ending, quoting=csv.QUOTE_MINIMAL).writerow(record)
        out.write(line.getvalue())
    if by_row:
        missing = ", ".join(str(r) for r in sorted(by_row))
        raise OutputError(f"{src.name}: no record on row(s) {missing} to write an answer into")
    data = out.getvalue().encode(table.encoding)
    if table.bom:
        data = codecs.BOM_UTF8 + data
    atomic.write_bytes(dst, data)
    return warnings


def _encodable(value: str, encoding: str, where: str, warnings: list[str]) -> str:
    if encoding == "utf-8":
        return value
    value = value.translate(_CP932_FIX)
    try:
        value.encode(encoding)
        return value
    except UnicodeEncodeError:
        pass
    out = []
    for ch in value:
        try:
            ch.encode(encoding)
            out.append(ch)
        except UnicodeEncodeError:
            alt = unicodedata.normalize("NFKC", ch)
            try:
                alt.encode(encoding)
                out.append(alt)
            except UnicodeEncodeError:
                out.append("?")
                warnings.append(f"{where}: {ch!r} cannot be written in {encoding.upper()}; written as '?'")
    return "".join(out)


