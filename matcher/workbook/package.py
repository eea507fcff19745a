"""Reading an xlsx/xlsm package directly: parts, sheets, cells, merges, data validations.

We read the OOXML parts ourselves instead of loading the workbook through a spreadsheet
library so that the writer can change single cells and leave every other byte alone, and
so that x14 (extension) data validations, which generic libraries drop, are seen.
"""
from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from matcher.errors import InputError

NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
NS_X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"
NS_XM = "http://schemas.microsoft.com/office/excel/2006/main"
REL_OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
REL_STRICT_OFFICE_DOC = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"

M = f"{{{NS_MAIN}}}"
X14 = f"{{{NS_X14}}}"
XM = f"{{{NS_XM}}}"

# Declared limits: a questionnaire is a few MB at most; refuse anything that inflates past these.
MAX_PART_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_PARTS = 20_000
MAX_RATIO = 200  # uncompressed / compressed for a single large part

_SAFE_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_blank_text=False
)


def parse_xml(data: bytes, what: str) -> etree._Element:
    """Parse one XML part with entity expansion and network access off; DTDs are refused."""
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data[:65536]:
        raise InputError(f"{what}: refused, the XML declares a DTD or entities (not allowed in a workbook)")
    try:
        return etree.fromstring(data, _SAFE_PARSER)
    except etree.XMLSyntaxError as e:
        raise InputError(f"{what}: the XML is malformed ({e.msg})") from None


# ---------------------------------------------------------------- cell references

_REF_RE = re.compile(r"^\$?([A-Z]{1,3})\$?(\d+)$")


def col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n


def col_letter(index: int) -> str:
    s = ""
    while index > 0:
        index, rem = divmod(index - 1, 26)
        s = chr(65 + rem) + s
    return s


def parse_ref(ref: str) -> tuple[int, int]:
    """'AB12' -> (row 12, column 28)."""
    m = _REF_RE.match(ref.strip().upper())
    if not m:
        raise ValueError(f"not a cell reference: {ref!r}")
    return int(m.group(2)), col_index(m.group(1))


def make_ref(row: int, col: int) -> str:
    return f"{col_letter(col)}{row}"


def parse_range(rng: str) -> tuple[int, int, int, int]:
    """'A1:C3' -> (r1, c1, r2, c2); a single cell is a 1x1 range. Whole columns/rows are clipped."""
    rng = rng.replace("$", "").strip()
    if ":" not in rng:
        r, c = parse_ref(rng)
        return r, c, r, c
    a, b = rng.split(":", 1)
    if a.isalpha() and b.isalpha():  # whole columns, e.g. C:C
        return 1, col_index(a.upper()), 1_048_576, col_index(b.upper())
    if a.isdigit() and b.isdigit():  # whole rows
        return int(a), 1, int(b), 16_384
    r1, c1 = parse_ref(a)
    r2, c2 = parse_ref(b)
    return min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)


# ---------------------------------------------------------------- the package


@dataclass(frozen=True)
class SheetInfo:
    name: str
    part: str  # zip member name, e.g. xl/worksheets/sheet1.xml
    state: str = "visible"  # visible | hidden | veryHidden
    index: int = 0


@dataclass
class Cell:
    value: str  # text as Excel shows it (cached value for formulas); numbers as written
    type: str = ""  # OOXML t attribute: s, str, inlineStr, b, e, n ("" = number)
    formula: bool = False
    style: int = 0


@dataclass
class Validation:
    ranges: tuple[tuple[int, int, int, int], ...]
    type: str
    formula1: str
    values: tuple[str, ...] = ()  # resolved list items for type=list
    extension: bool = False  # came from the x14 extension list
    prompt: str = ""  # the input message shown on the cell ("leave this blank", …)

    def covers(self, row: int, col: int) -> bool:
        return any(r1 <= row <= r2 and c1 <= col <= c2 for r1, c1, r2, c2 in self.ranges)


@dataclass
class SheetData:
    info: SheetInfo
    cells: dict[tuple[int, int], Cell] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    validations: list[Validation] = field(default_factory=list)
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)
    protected: bool = False
    max_row: int = 0
    max_col: int = 0

    def text(self, row: int, col: int) -> str:
        cell = self.cells.get((row, col))
        return cell.value.strip() if cell else ""

    def merge_at(self, row: int, col: int) -> tuple[int, int, int, int] | None:
        for m in self.merges:
            if m[0] <= row <= m[2] and m[1] <= col <= m[3]:
                return m
        return None

    def validation_at(self, row: int, col: int) -> Validation | None:
        for v in self.validations:
            if v.type == "list" and v.covers(row, col):
                return v
        return None

    def prompt_at(self, row: int, col: int) -> str:
        """The input message of any validation on the cell (list or not), else ""."""
        for v in self.validations:
            if v.prompt and v.covers(row, col):
                return v.prompt
        return ""


class Package:
    """An opened xlsx/xlsm: the zip, its sheets and shared strings. Never writes to the source."""

    def __init__(self, path: Path, data: bytes | None = None):
        self.path = Path(path)
        self.label = self.path.name
        try:
            if data is not None:
                import io

                self.zip = zipfile.ZipFile(io.BytesIO(data))
            else:
                self.zip = zipfile.ZipFile(self.path)
        except zipfile.BadZipFile:
            raise InputError(f"{self.label}: not an Excel workbook (.xlsx/.xlsm), or the file is damaged") from None
        self._check_limits()
        self.names = set(self.zip.namelist())
        self.workbook_part = self._find_workbook_part()
        if "xl/encryption" in self.names or "EncryptionInfo" in self.names:
            raise InputError(f"{self.label}: the workbook is password-protected")
        self.sheets = self._read_sheet_list()
        self.shared_strings = self._read_shared_strings()
        self._sheet_cache: dict[str, dict[tuple[int, int], Cell]] = {}

    def close(self) -> None:
        self.zip.close()

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- raw parts

    def _check_limits(self) -> None:
        infos = self.zip.infolist()
        if len(infos) > MAX_PARTS:
            raise InputError(f"{self.label}: refused, the package has {len(infos)} parts (limit {MAX_PARTS})")
        total = 0
        for info in infos:
            total += info.file_size
            too_big = info.file_size > MAX_PART_BYTES
            bomb = info.file_size > 10 * 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1)
            if too_big or bomb or total > MAX_TOTAL_BYTES:
                raise InputError(
                    f"{self.label}: refused, part {info.filename} inflates to {info.file_size:,} bytes "
                    f"(limits: {MAX_PART_BYTES:,} bytes a part, ratio {MAX_RATIO}:1)"
                )

    def read(self, name: str) -> bytes:
        try:
            with self.zip.open(name) as f:
                data = f.read(MAX_PART_BYTES + 1)
        except KeyError:
            raise InputError(f"{self.label}: part {name} is missing") from None
        except (zipfile.BadZipFile, OSError, EOFError) as e:
            raise InputError(f"{self.label}: part {name} cannot be read ({e})") from None
        if len(data) > MAX_PART_BYTES:
            raise InputError(f"{self.label}: refused, part {name} is larger than {MAX_PART_BYTES:,} bytes")
        return data

    def xml(self, name: str) -> etree._Element:
        return parse_xml(self.read(name), f"{self.label}: {name}")

    def rels(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationships of a part: id -> (type, absolute target part)."""
        folder, base = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        if rels_name not in self.names:
            return {}
        out = {}
        for rel in self.xml(rels_name):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            if target.startswith("/"):
                absolute = target.lstrip("/")
            else:
                absolute = posixpath.normpath(posixpath.join(folder, target))
            out[rel.get("Id", "")] = (rel.get("Type", ""), absolute)
        return out

    def _find_workbook_part(self) -> str:
        if "[Content_Types].xml" not in self.names:
            raise InputError(f"{self.label}: not an Excel workbook (no [Content_Types].xml in the package)")
        for rel_type, target in self.rels("").values():
            if rel_type in (REL_OFFICE_DOC, REL_STRICT_OFFICE_DOC) and target in self.names:
                if not target.startswith("xl/") and "workbook" not in target:
                    break
                return target
        raise InputError(f"{self.label}: not an Excel workbook (it holds no workbook part; is it a Word or other Office file?)")

    def _read_sheet_list(self) -> list[SheetInfo]:
        root = self.xml(self.workbook_part)
        rels = self.rels(self.workbook_part)
        sheets = []
        for i, el in enumerate(root.iter(f"{M}sheet")):
            rid = el.get(f"{{{NS_REL}}}id", "")
            rel_type, target = rels.get(rid, ("", ""))
            if not rel_type.endswith("/worksheet"):
                continue  # chart sheets and dialog sheets hold no cells
            sheets.append(SheetInfo(el.get("name", f"Sheet{i + 1}"), target, el.get("state", "visible"), i))
        self._defined_names = {
            (dn.get("name", ""), dn.get("localSheetId")): (dn.text or "") for dn in root.iter(f"{M}definedName")
        }
        self._shared_strings_part = next(
            (t for typ, t in rels.values() if typ.endswith("/sharedStrings")), None
        )
        return sheets

    def _read_shared_strings(self) -> list[str]:
        if not self._shared_strings_part or self._shared_strings_part not in self.names:
            return []
        root = self.xml(self._shared_strings_part)
        return [_string_item_text(si) for si in root.iter(f"{M}si")]

    def sheet_by_name(self, name: str) -> SheetInfo:
        for s in self.sheets:
            if s.name == name:
                return s
        raise InputError(f"{self.label}: no sheet named {name!r}")

    # -- sheet contents

    def read_sheet(self, info: SheetInfo) -> SheetData:
        root = self.xml(info.part)
        data = SheetData(info)
        for col in root.iter(f"{M}col"):
            if col.get("hidden") in ("1", "true"):
                lo, hi = int(col.get("min", "0")), int(col.get("max", "0"))
                data.hidden_cols.update(range(lo, min(hi, 16_384) + 1))
        for row_el in root.iter(f"{M}row"):
            r = int(row_el.get("r", "0") or 0)
            if row_el.get("hidden") in ("1", "true"):
                data.hidden_rows.add(r)
            next_col = 1
            for c in row_el.iter(f"{M}c"):
                ref = c.get("r")
                if ref:
                    row, col = parse_ref(ref)
                else:  # r is optional: cells follow each other
                    row, col = r, next_col
                next_col = col + 1
                cell = self._cell(c)
                if cell is not None:
                    data.cells[(row, col)] = cell
                    data.max_row = max(data.max_row, row)
                    data.max_col = max(data.max_col, col)
        for mc in root.iter(f"{M}mergeCell"):
            try:
                data.merges.append(parse_range(mc.get("ref", "")))
            except ValueError:
                continue
        data.protected = root.find(f"{M}sheetProtection") is not None and root.find(
            f"{M}sheetProtection"
        ).get("sheet") in ("1", "true")
        data.validations = self._validations(root, info)
        return data

    def _cell(self, c: etree._Element) -> Cell | None:
        t = c.get("t", "")
        style = int(c.get("s", "0") or 0)
        f = c.find(f"{M}f")
        v = c.find(f"{M}v")
        if t == "inlineStr":
            is_el = c.find(f"{M}is")
            value = _string_item_text(is_el) if is_el is not None else ""
        elif v is None or v.text is None:
            if f is None:
                return Cell("", t, False, style) if c.get("s") else None
            value = ""
        elif t == "s":
            try:
                value = self.shared_strings[int(v.text)]
            except (ValueError, IndexError):
                value = ""
        elif t == "b":
            value = "TRUE" if v.text.strip() == "1" else "FALSE"
        else:
            value = v.text
        return Cell(value, t, f is not None, style)

    def _validations(self, root: etree._Element, info: SheetInfo) -> list[Validation]:
        out = []
        for dv in root.iter(f"{M}dataValidation"):
            f1 = dv.find(f"{M}formula1")
            out.append(
                self._validation(
                    dv.get("sqref", ""), dv.get("type", ""), f1.text if f1 is not None else "", info, False,
                    dv.get("prompt", ""),
                )
            )
        for dv in root.iter(f"{X14}dataValidation"):
            f = dv.find(f"{X14}formula1/{XM}f")
            sq = dv.find(f"{XM}sqref")
            out.append(
                self._validation(
                    sq.text if sq is not None and sq.text else "",
                    dv.get("type", ""),
                    f.text if f is not None and f.text else "",
                    info,
                    True,
                    dv.get("prompt", ""),
                )
            )
        return [v for v in out if v.ranges]

    def _validation(
        self, sqref: str, vtype: str, formula1: str, info: SheetInfo, ext: bool, prompt: str = ""
    ) -> Validation:
        ranges = []
        for part in sqref.split():
            try:
                ranges.append(parse_range(part))
            except ValueError:
                continue
        values: tuple[str, ...] = ()
        if vtype == "list":
            values = self.resolve_list(formula1 or "", info)
        return Validation(tuple(ranges), vtype, formula1 or "", values, ext, prompt or "")

    def resolve_list(self, formula: str, info: SheetInfo) -> tuple[str, ...]:
        """The items of a list validation: an inline "a,b,c", a range, or a defined name."""
        formula = (formula or "").strip()
        if formula.startswith('"') and formula.endswith('"'):
            return tuple(x.strip() for x in formula[1:-1].split(",") if x.strip())
        formula = formula.lstrip("=")
        for _ in range(3):  # follow a defined name that points to another name, a few times
            key_local = (formula, str(info.index))
            if key_local in self._defined_names:
                formula = self._defined_names[key_local].lstrip("=")
            elif (formula, None) in self._defined_names:
                formula = self._defined_names[(formula, None)].lstrip("=")
            else:
                break
        sheet_name, _, rng = formula.rpartition("!")
        sheet_name = sheet_name.strip("'").replace("''", "'")
        try:
            target = self.sheet_by_name(sheet_name) if sheet_name else info
            r1, c1, r2, c2 = parse_range(rng)
        except (ValueError, InputError):
            return ()
        if (r2 - r1 + 1) * (c2 - c1 + 1) > 1000:
            r2 = min(r2, r1 + 999)
        data = self._sheet_cache.get(target.part)
        if data is None:
            data = self.read_sheet_cells_only(target)
            self._sheet_cache[target.part] = data
        values = []
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                cell = data.get((r, c))
                if cell and cell.value.strip():
                    values.append(cell.value.strip())
        return tuple(values)

    def read_sheet_cells_only(self, info: SheetInfo) -> dict[tuple[int, int], Cell]:
        root = self.xml(info.part)
        cells = {}
        for c in root.iter(f"{M}c"):
            ref = c.get("r")
            if not ref:
                continue
            cell = self._cell(c)
            if cell is not None:
                cells[parse_ref(ref)] = cell
        return cells


def _string_item_text(si: etree._Element) -> str:
    """Text of a shared-string item or inline string: plain <t> or rich-text runs, no phonetic runs."""
    parts = []
    for el in si:
        if el.tag == f"{M}t":
            parts.append(el.text or "")
        elif el.tag == f"{M}r":
            for t in el.iter(f"{M}t"):
                parts.append(t.text or "")
    return "".join(parts)


def open_package(path: str | Path) -> Package:
    """Open a workbook package for reading, with clear errors for the usual problems."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a folder, not a workbook")
    if p.stat().st_size == 0:
        raise InputError(f"{p.name}: the file is empty")
    with p.open("rb") as f:
        head = f.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        # OLE2: an old .xls, or an xlsx encrypted with a password (both are compound files).
        from matcher.workbook.crypto import is_encrypted

        if is_encrypted(p):
            raise InputError(f"{p.name}: the workbook is password-protected; give its password with --password")
        raise InputError(f"{p.name}: an old-format .xls workbook (or another OLE file), not .xlsx/.xlsm")
    if not head.startswith(b"PK"):
        raise InputError(f"{p.name}: not an Excel workbook (.xlsx/.xlsm)")
    return Package(p)
