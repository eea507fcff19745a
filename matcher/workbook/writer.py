"""Writing answers into a copy of a workbook package, changing nothing but the edited cells.

Only the worksheet parts that receive edits are re-serialized (with lxml, from our own safe
parse), and in them only the edited ``<c>`` elements (plus ``<row spans>`` / ``<dimension>``
when a cell is created outside them). Every other zip member is copied unchanged, in the same
order, under the same name and compression method. ``xl/calcChain.xml`` is touched only when
an overwritten cell held a formula. No spreadsheet library is involved, so x14 validations,
drawings, comments, VBA and the rest survive untouched.
"""
from __future__ import annotations

import os
import re
import stat
import tempfile
import weakref
import zipfile
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from matcher.errors import InputError, OutputError
from matcher.types import QuestionRow
from matcher.workbook.package import (
    NS_PKG_REL,
    Package,
    SheetInfo,
    M,
    make_ref,
    open_package,
    parse_range,
    parse_ref,
    parse_xml,
)

MAX_CELL_CHARS = 32_767  # Excel's limit, counted in UTF-16 code units as Excel does
MAX_ROW = 1_048_576
MAX_COL = 16_384

NS_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
MACRO_CONTENT_TYPES = (
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    "application/vnd.ms-excel.template.macroEnabled.main+xml",
)
MACRO_SUFFIXES = (".xlsm", ".xltm")

# XML 1.0 forbids these (lxml would refuse them); lone surrogates cannot be encoded either.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# OOXML strings decode _xHHHH_ as a character; a literal one is escaped as _x005F_xHHHH_.
_OOXML_ESCAPE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
# Everything before the root element: BOM, declaration, comments, processing instructions.
_PROLOG = re.compile(rb"^(?:\xef\xbb\xbf)?(?:<\?xml[^>]*\?>)?(?:\s+|<!--.*?-->|<\?.*?\?>)*", re.S)
_START_TAG = re.compile(rb"""<[^\s>/]+(?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*/?>""")
_ENCODING = re.compile(rb"^(?:\xef\xbb\xbf)?<\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)[\"']")

_TRUE = ("1", "true")


# ---------------------------------------------------------------- results


@dataclass(frozen=True)
class WrittenCell:
    """One cell the writer set or cleared."""

    ref: str  # the cell written: the top-left cell when the request fell inside a merged range
    requested: str  # the reference the caller passed (upper case, without $)
    value: str  # text now in the cell ("" = cleared); illegal XML characters already removed
    previous: str  # what the cell showed before (the cached value if it held a formula)
    previous_formula: str | None = None  # the formula it held ("" for a follower of a shared formula)

    @property
    def changed(self) -> bool:
        return self.value != self.previous or self.previous_formula is not None


@dataclass
class WriteResult:
    src: Path
    dst: Path
    cells: dict[str, list[WrittenCell]] = field(default_factory=dict)  # sheet -> cells, in sheet order
    calc_chain_removed: list[tuple[str, str]] = field(default_factory=list)  # (sheet, ref)
    calc_chain_dropped: bool = False  # the chain became empty and the part was removed

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.cells.values())

    def previous(self, sheet: str, ref: str) -> str:
        """The value a written cell held before (``ref`` as written or as requested)."""
        ref = ref.replace("$", "").upper()
        for c in self.cells.get(sheet, ()):
            if ref in (c.ref, c.requested):
                return c.previous
        raise KeyError(f"{sheet}!{ref} was not written")


# ---------------------------------------------------------------- public API


def write_cells(src: Path, dst: Path, edits: Mapping[str, Mapping[str, str]]) -> WriteResult:
    """Copy ``src`` to ``dst`` with the cells in ``edits`` (sheet -> {ref -> text}) set as text.

    ``""`` clears a cell's value and keeps its style. A reference inside a merged range is
    written to the range's top-left cell. ``src`` is only read; ``dst`` appears atomically.
    Raises InputError for an unknown sheet or an unreadable workbook, ValueError for a bad
    reference, an over-long text or ``dst`` equal to ``src``, OutputError if ``dst`` cannot
    be written (no such folder, or a macro workbook given a non-macro extension or the reverse).
    """
    src, dst = Path(src), Path(dst)
    _check_paths(src, dst)
    plan = _normalise_edits(edits)
    result = WriteResult(src, dst)
    with open_package(src) as pkg:
        _check_suffix(pkg, dst)
        infos = {name: pkg.sheet_by_name(name) for name in plan}  # InputError names the sheet
        sheet_ids = _sheet_ids(pkg)
        replaced: dict[str, bytes] = {}
        dropped: set[str] = set()
        formulas: dict[tuple[str, str], str] = {}  # (sheetId, ref) -> sheet name
        for name, items in plan.items():
            if not items:
                continue
            info = infos[name]
            data = pkg.read(info.part)
            new_data, written, formula_refs = _edit_sheet(pkg, info, data, items)
            result.cells[name] = written
            if new_data is not data:
                replaced[info.part] = new_data
            for ref in formula_refs:
                formulas[(sheet_ids.get(name, ""), ref)] = name
        if formulas:
            _prune_calc_chain(pkg, formulas, replaced, dropped, result)
        _write_package(pkg, dst, replaced, dropped)
    return result


def is_locked(package: Package, sheet_name: str, ref: str) -> bool:
    """Whether Excel would refuse typing into this cell: the sheet is protected and the cell's
    style does not unlock it. A reference inside a merged range is judged by its top-left cell,
    a cell that does not exist yet by the style it would get (row, then column default)."""
    info = package.sheet_by_name(sheet_name)
    row, col = _checked_ref(ref)
    layout = _layout(package, info)
    if not layout.protected:
        return False
    for r1, c1, r2, c2 in layout.merges:
        if r1 <= row <= r2 and c1 <= col <= c2:
            row, col = r1, c1
            break
    style = layout.cell_styles.get((row, col))
    if style is None:
        style = layout.row_styles.get(row)
    if style is None:
        style = _col_style_from(layout.col_styles, col)
    return _styles(package).locked(style)


# ---------------------------------------------------------------- input checks


def _check_paths(src: Path, dst: Path) -> None:
    same = src.resolve() == dst.resolve()
    if not same and dst.exists() and src.exists():
        try:
            same = os.path.samefile(src, dst)
        except OSError:
            same = False
    if same:
        raise ValueError(f"{dst}: the output would replace the input workbook; choose another path")
    if dst.is_dir():
        raise OutputError(f"{dst}: is a folder; give the output workbook's file name")
    if not dst.parent.is_dir():
        raise OutputError(f"{dst.parent}: no such folder for the output workbook")


def _checked_ref(ref: str) -> tuple[int, int]:
    if not isinstance(ref, str):
        raise ValueError(f"not a cell reference: {ref!r}")
    row, col = parse_ref(ref)  # ValueError for anything that is not A1-style
    if not (1 <= row <= MAX_ROW and 1 <= col <= MAX_COL):
        raise ValueError(f"cell reference out of Excel's grid: {ref!r}")
    return row, col


def clean_text(text: str) -> str:
    """The text as it will be stored: characters XML 1.0 cannot hold removed. Raises
    ValueError for text over Excel's 32,767-character cell limit (never cut silently)."""
    if not isinstance(text, str):
        raise ValueError(f"cell text must be a string, got {type(text).__name__}")
    text = _ILLEGAL_XML.sub("", text)
    units = len(text.encode("utf-16-le")) // 2
    if units > MAX_CELL_CHARS:
        raise ValueError(
            f"text of {units:,} characters exceeds Excel's limit of {MAX_CELL_CHARS:,} characters a cell"
        )
    return text


@dataclass(frozen=True)
class _Edit:
    requested: str
    row: int
    col: int
    text: str


def _normalise_edits(edits: Mapping[str, Mapping[str, str]]) -> dict[str, list[_Edit]]:
    plan: dict[str, list[_Edit]] = {}
    for sheet, cells in edits.items():
        items = []
        for ref, text in cells.items():
            row, col = _checked_ref(ref)
            try:
                items.append(_Edit(ref.strip().upper().replace("$", ""), row, col, clean_text(text)))
            except ValueError as e:
                raise ValueError(f"{sheet}!{ref}: {e}") from None
        plan[sheet] = items
    return plan


def _check_suffix(pkg: Package, dst: Path) -> None:
    """A macro-enabled package must keep a macro extension (Excel refuses the mismatch)."""
    ct = pkg.xml("[Content_Types].xml")
    part = "/" + pkg.workbook_part
    main = next((o.get("ContentType", "") for o in ct if o.get("PartName") == part), "")
    macro = main in MACRO_CONTENT_TYPES
    suffix = dst.suffix.lower()
    if macro and suffix not in MACRO_SUFFIXES:
        raise OutputError(f"{dst.name}: the workbook holds macros; the output must end in .xlsm, not {suffix or '(none)'}")
    if not macro and suffix in MACRO_SUFFIXES:
        raise OutputError(f"{dst.name}: the workbook has no macros; Excel will not open it as {suffix}")


def _sheet_ids(pkg: Package) -> dict[str, str]:
    root = pkg.xml(pkg.workbook_part)
    return {el.get("name", ""): el.get("sheetId", "") for el in root.iter(f"{M}sheet")}


# ---------------------------------------------------------------- one worksheet


def _edit_sheet(
    pkg: Package, info: SheetInfo, data: bytes, items: list[_Edit]
) -> tuple[bytes, list[WrittenCell], list[str]]:
    """Apply the edits to one worksheet part. Returns (new bytes, or ``data`` itself when
    nothing changed; the cells written in sheet order; refs of overwritten formula cells)."""
    what = f"{pkg.label}: {info.part}"
    root = parse_xml(data, what)
    sheet_data = root.find(f"{M}sheetData")
    if sheet_data is None:
        raise InputError(f"{what}: the worksheet has no sheetData element")
    merges = _merges(root)
    targets = _resolve_targets(info.name, items, merges)
    _refuse_array_members(info.name, sheet_data, targets)

    rows = _Rows(sheet_data)
    cols = _col_styles(root)
    written: list[WrittenCell] = []
    formula_refs: list[str] = []
    removed_masters: list[tuple[str, int, int, str]] = []  # (si, row, col, formula)
    edited: set[tuple[int, int]] = set()
    changed = False
    bounds: list[tuple[int, int]] = []
    for (row, col), edit in sorted(targets.items()):
        ref = make_ref(row, col)
        edited.add((row, col))
        row_el = rows.get(row)
        c = _find_cell(row_el, col) if row_el is not None else None
        previous, previous_formula = "", None
        if c is not None:
            cell = pkg._cell(c)
            previous = cell.value if cell is not None else ""
            f = c.find(f"{M}f")
            if f is not None:
                previous_formula = f.text or ""
                formula_refs.append(ref)
                if f.get("t") == "shared" and f.get("ref") and f.get("si") is not None:
                    removed_masters.append((f.get("si"), row, col, f.text or ""))
        written.append(WrittenCell(ref, edit.requested, edit.text, previous, previous_formula))
        if c is None and not edit.text:
            continue  # clearing a cell that does not exist: nothing to do
        if c is None:
            if row_el is None:
                row_el = rows.create(row)
            c = _create_cell(row_el, row, col, _new_cell_style(row_el, cols, col))
        _set_cell(c, edit.text)
        changed = True
        if edit.text:
            bounds.append((row, col))

    if not changed:
        return data, written, formula_refs
    for si, row, col, formula in removed_masters:
        _rehome_shared_formula(sheet_data, si, row, col, formula, edited)
    if bounds:
        _widen_dimension(root, bounds)
    return _serialize(root, data), written, formula_refs


def _merges(root: etree._Element) -> list[tuple[int, int, int, int]]:
    out = []
    for mc in root.iter(f"{M}mergeCell"):
        try:
            out.append(parse_range(mc.get("ref", "")))
        except ValueError:
            continue
    return out


def _resolve_targets(
    sheet: str, items: list[_Edit], merges: list[tuple[int, int, int, int]]
) -> dict[tuple[int, int], _Edit]:
    """Move each edit to the top-left cell of its merged range; refuse two different texts
    landing on the same cell."""
    targets: dict[tuple[int, int], _Edit] = {}
    for e in items:
        row, col = e.row, e.col
        for r1, c1, r2, c2 in merges:
            if r1 <= row <= r2 and c1 <= col <= c2:
                row, col = r1, c1
                break
        other = targets.get((row, col))
        if other is not None and other.text != e.text:
            raise ValueError(
                f"{sheet}!{e.requested} and {sheet}!{other.requested} both land on {make_ref(row, col)} "
                "(one merged cell) with different texts"
            )
        if other is None:
            targets[(row, col)] = e
    return targets


def _refuse_array_members(sheet: str, sheet_data: etree._Element, targets: Mapping[tuple[int, int], _Edit]) -> None:
    """Excel cannot change part of an array formula; only its top-left cell may be replaced."""
    for f in sheet_data.iter(f"{M}f"):
        if f.get("t") not in ("array", "dataTable") or not f.get("ref"):
            continue
        try:
            r1, c1, r2, c2 = parse_range(f.get("ref", ""))
        except ValueError:
            continue
        if r1 == r2 and c1 == c2:
            continue
        master = f.getparent().get("r", "")
        for (row, col), e in targets.items():
            if r1 <= row <= r2 and c1 <= col <= c2 and make_ref(row, col) != master.replace("$", "").upper():
                raise ValueError(
                    f"{sheet}!{e.requested} is part of the array formula in {f.get('ref')}; "
                    f"only {master} can be overwritten"
                )


class _Rows:
    """The <row> elements of sheetData by number, kept sorted when rows are added."""

    def __init__(self, sheet_data: etree._Element):
        self.sheet_data = sheet_data
        self.numbers: list[int] = []
        self.elements: list[etree._Element] = []
        self.implicit = False
        last = 0
        for el in sheet_data.iterchildren(f"{M}row"):
            r = el.get("r")
            n = int(r) if r and r.isdigit() else last + 1
            self.implicit |= not (r and r.isdigit())
            last = n
            self.numbers.append(n)
            self.elements.append(el)
        self.sorted = self.numbers == sorted(self.numbers)
        self.by_number = {}
        for n, el in zip(self.numbers, self.elements):
            self.by_number.setdefault(n, el)

    def get(self, row: int) -> etree._Element | None:
        return self.by_number.get(row)

    def create(self, row: int) -> etree._Element:
        if self.implicit:  # a new row would renumber rows that rely on position
            for n, el in zip(self.numbers, self.elements):
                el.set("r", str(n))
            self.implicit = False
        new = etree.Element(f"{M}row", r=str(row))
        if self.sorted:
            i = bisect_left(self.numbers, row)
        else:  # unsorted input: place it before the first larger row
            i = next((k for k, n in enumerate(self.numbers) if n > row), len(self.numbers))
        if i < len(self.elements):
            self.elements[i].addprevious(new)
        elif self.elements:
            self.elements[-1].addnext(new)
        else:
            self.sheet_data.insert(0, new)
        self.numbers.insert(i, row)
        self.elements.insert(i, new)
        self.by_number[row] = new
        return new


def _cells_with_cols(row_el: etree._Element) -> list[tuple[int, etree._Element]]:
    out = []
    last = 0
    for c in row_el.iterchildren(f"{M}c"):
        ref = c.get("r")
        col = parse_ref(ref)[1] if ref else last + 1
        last = col
        out.append((col, c))
    return out


def _find_cell(row_el: etree._Element, col: int) -> etree._Element | None:
    for c_col, c in _cells_with_cols(row_el):
        if c_col == col:
            return c
    return None


def _create_cell(row_el: etree._Element, row: int, col: int, style: str) -> etree._Element:
    cells = _cells_with_cols(row_el)
    if any(c.get("r") is None for _, c in cells):  # position-numbered cells: pin them first
        for c_col, c in cells:
            c.set("r", make_ref(row, c_col))
    new = etree.Element(f"{M}c", r=make_ref(row, col))
    if style and style != "0":
        new.set("s", style)
    after = next((c for c_col, c in cells if c_col > col), None)
    if after is not None:
        after.addprevious(new)
    elif cells:
        cells[-1][1].addnext(new)
    else:
        ext = row_el.find(f"{M}extLst")
        if ext is not None:
            ext.addprevious(new)
        else:
            row_el.append(new)
    _widen_spans(row_el, col)
    return new


def _widen_spans(row_el: etree._Element, col: int) -> None:
    spans = row_el.get("spans")
    if not spans:
        return
    parts = spans.split()
    try:
        ranges = [tuple(int(x) for x in p.split(":")) for p in parts]
    except ValueError:
        del row_el.attrib["spans"]
        return
    if any(len(r) == 2 and r[0] <= col <= r[1] for r in ranges):
        return
    if len(ranges) == 1 and len(ranges[0]) == 2:
        lo, hi = ranges[0]
        row_el.set("spans", f"{min(lo, col)}:{max(hi, col)}")
    else:  # spans is only an optimisation hint; dropping it is always valid
        del row_el.attrib["spans"]


def _col_styles(root: etree._Element) -> list[tuple[int, int, str]]:
    out = []
    for col in root.iter(f"{M}col"):
        style = col.get("style")
        if style:
            try:
                out.append((int(col.get("min", "0")), int(col.get("max", "0")), style))
            except ValueError:
                continue
    return out


def _col_style_from(cols: list[tuple[int, int, str]], col: int) -> str:
    for lo, hi, style in cols:
        if lo <= col <= hi:
            return style
    return "0"


def _new_cell_style(row_el: etree._Element, cols: list[tuple[int, int, str]], col: int) -> str:
    """What Excel shows for an empty cell: the row's format if it has one, else the column's."""
    if row_el.get("customFormat") in _TRUE and row_el.get("s"):
        return row_el.get("s", "0")
    return _col_style_from(cols, col)


def _set_cell(c: etree._Element, text: str) -> None:
    """Replace the cell's content by an inline string (or nothing); keep s and other attributes."""
    for child in list(c):
        if child.tag in (f"{M}f", f"{M}v", f"{M}is"):
            c.remove(child)
    for attr in ("cm", "vm", "t"):
        if attr in c.attrib:
            del c.attrib[attr]
    if not text:
        return
    c.set("t", "inlineStr")
    is_el = etree.Element(f"{M}is")
    t = etree.SubElement(is_el, f"{M}t")
    t.set(XML_SPACE, "preserve")
    t.text = _OOXML_ESCAPE.sub(r"_x005F_\1", text)
    ext = c.find(f"{M}extLst")  # CT_Cell order: f, v, is, extLst
    if ext is not None:
        ext.addprevious(is_el)
    else:
        c.append(is_el)


def _rehome_shared_formula(
    sheet_data: etree._Element, si: str, row: int, col: int, formula: str, edited: set[tuple[int, int]]
) -> None:
    """The overwritten cell was the master of a shared formula; the cells that still use it
    would lose their formula. Make the first of them the new master (formula translated to
    its position), or give each its own formula if the remaining cells are not a block."""
    members: list[tuple[int, int, etree._Element]] = []
    for f in sheet_data.iter(f"{M}f"):
        if f.get("t") == "shared" and f.get("si") == si and not f.get("ref"):
            ref = f.getparent().get("r")
            if not ref:
                continue
            r, c = parse_ref(ref)
            if (r, c) not in edited:
                members.append((r, c, f))
    if not members:
        return
    from openpyxl.formula.translate import Translator  # formula text only; no workbook round trip

    origin = make_ref(row, col)

    def moved(r: int, c: int) -> str:
        return Translator("=" + formula, origin=origin).translate_formula(make_ref(r, c))[1:]

    members.sort(key=lambda m: (m[0], m[1]))
    r1 = min(m[0] for m in members)
    c1 = min(m[1] for m in members)
    r2 = max(m[0] for m in members)
    c2 = max(m[1] for m in members)
    first_r, first_c, first_f = members[0]
    if (first_r, first_c) == (r1, c1):
        first_f.text = moved(first_r, first_c)
        first_f.set("ref", make_ref(r1, c1) if (r1, c1) == (r2, c2) else f"{make_ref(r1, c1)}:{make_ref(r2, c2)}")
    else:
        for r, c, f in members:
            f.text = moved(r, c)
            for attr in ("t", "si"):
                del f.attrib[attr]


def _widen_dimension(root: etree._Element, cells: list[tuple[int, int]]) -> None:
    dim = root.find(f"{M}dimension")
    if dim is None:
        return
    try:
        r1, c1, r2, c2 = parse_range(dim.get("ref", ""))
    except ValueError:
        r1, c1, r2, c2 = cells[0][0], cells[0][1], cells[0][0], cells[0][1]
    n1 = min([r1] + [r for r, _ in cells])
    m1 = min([c1] + [c for _, c in cells])
    n2 = max([r2] + [r for r, _ in cells])
    m2 = max([c2] + [c for _, c in cells])
    if (n1, m1, n2, m2) != (r1, c1, r2, c2):
        dim.set("ref", make_ref(n1, m1) if (n1, m1) == (n2, m2) else f"{make_ref(n1, m1)}:{make_ref(n2, m2)}")


def _serialize(root: etree._Element, original: bytes) -> bytes:
    """Serialize with the original declaration and prolog kept byte for byte."""
    enc = _ENCODING.match(original)
    encoding = enc.group(1).decode("ascii") if enc else "UTF-8"
    if encoding.upper().replace("_", "-") not in ("UTF-8", "UTF8"):
        tree = root.getroottree()
        return etree.tostring(tree, encoding=encoding, xml_declaration=True, standalone=tree.docinfo.standalone)
    prolog = _PROLOG.match(original)
    head = original[: prolog.end()] if prolog else b""
    body = etree.tostring(root, encoding="UTF-8", xml_declaration=False)
    # lxml writes namespace declarations before other attributes (e.g. mc:Ignorable); the root's
    # attributes are never edited, so put its start tag back exactly as it was.
    old_tag = _START_TAG.match(original, len(head))
    new_tag = _START_TAG.match(body)
    if old_tag and new_tag and not old_tag.group(0).endswith(b"/>") and not new_tag.group(0).endswith(b"/>"):
        body = old_tag.group(0) + body[new_tag.end():]
    return head + body


# ---------------------------------------------------------------- calcChain


def _prune_calc_chain(
    pkg: Package,
    formulas: dict[tuple[str, str], str],
    replaced: dict[str, bytes],
    dropped: set[str],
    result: WriteResult,
) -> None:
    """Remove the overwritten formula cells from the calculation chain (Excel reports a
    damaged file when the chain names a cell without a formula)."""
    rels = pkg.rels(pkg.workbook_part)
    rel = next(((rid, t) for rid, (typ, t) in rels.items() if typ.endswith("/calcChain")), None)
    if rel is None or rel[1] not in pkg.names:
        return
    rid, part = rel
    data = pkg.read(part)
    root = parse_xml(data, f"{pkg.label}: {part}")
    sheet_id: str | None = None
    removed = []
    for c in list(root):
        if c.tag != f"{M}c":
            continue
        if c.get("i") is not None:
            sheet_id = c.get("i")
        key = (sheet_id or "0", c.get("r", "").replace("$", "").upper())
        if key not in formulas:
            continue
        nxt = c.getnext()
        if nxt is not None and nxt.tag == f"{M}c":
            # the next entry inherits i (sheet) from this one; keep a level break where it was
            if nxt.get("i") is None and sheet_id is not None:
                nxt.set("i", sheet_id)
            if c.get("l") in _TRUE and nxt.get("l") is None:
                nxt.set("l", "1")
        root.remove(c)
        removed.append((formulas[key], key[1]))
    if not removed:
        return
    result.calc_chain_removed = removed
    if root.find(f"{M}c") is not None:
        replaced[part] = _serialize(root, data)
        return
    # an empty chain is invalid: drop the part, its relationship and its content type
    result.calc_chain_dropped = True
    dropped.add(part)
    rels_part = _rels_name(pkg.workbook_part)
    rels_data = pkg.read(rels_part)
    rels_root = parse_xml(rels_data, f"{pkg.label}: {rels_part}")
    for el in list(rels_root.iter(f"{{{NS_PKG_REL}}}Relationship")):
        if el.get("Id") == rid:
            el.getparent().remove(el)
    replaced[rels_part] = _serialize(rels_root, rels_data)
    ct_data = pkg.read("[Content_Types].xml")
    ct_root = parse_xml(ct_data, f"{pkg.label}: [Content_Types].xml")
    for el in list(ct_root.iter(f"{{{NS_CT}}}Override")):
        if el.get("PartName", "").lstrip("/") == part:
            el.getparent().remove(el)
    replaced["[Content_Types].xml"] = _serialize(ct_root, ct_data)


def _rels_name(part: str) -> str:
    folder, _, base = part.rpartition("/")
    return f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"


# ---------------------------------------------------------------- the zip


_LEVELS = {0: 6, 1: 9, 2: 3, 3: 1}  # general-purpose flag bits 1-2: normal, maximum, fast, superfast


def _write_package(pkg: Package, dst: Path, replaced: Mapping[str, bytes], dropped: set[str]) -> None:
    """Write every member in the source order to a temporary file beside dst, then rename."""
    try:
        mode = (stat.S_IMODE(pkg.path.stat().st_mode) & 0o666) | 0o200  # like the source, but writable
        fd, tmp_name = tempfile.mkstemp(prefix=f".{dst.name}.", suffix=".tmp", dir=dst.parent)
    except OSError as e:
        raise OutputError(f"{dst}: cannot be written ({e.strerror or e})") from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            with zipfile.ZipFile(fh, "w", allowZip64=True) as out:
                for info in pkg.zip.infolist():
                    if info.filename in dropped:
                        continue
                    data = replaced.get(info.filename)
                    if data is None:
                        data = pkg.read(info.filename)
                    out.writestr(_clone_info(info), data, compresslevel=_level(info))
                out.comment = pkg.zip.comment
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, dst)
    except BaseException as e:
        try:
            tmp.unlink()
        except FileNotFoundError:
            pass
        if isinstance(e, OSError):
            raise OutputError(f"{dst}: cannot be written ({e.strerror or e})") from e
        raise


def _clone_info(info: zipfile.ZipInfo) -> zipfile.ZipInfo:
    z = zipfile.ZipInfo(info.filename, info.date_time)
    z.compress_type = info.compress_type
    z.external_attr = info.external_attr
    z.create_system = info.create_system
    z.comment = info.comment
    return z


def _level(info: zipfile.ZipInfo) -> int | None:
    if info.compress_type != zipfile.ZIP_DEFLATED:
        return None
    return _LEVELS[(info.flag_bits >> 1) & 3]


# ---------------------------------------------------------------- protection


@dataclass
class _Layout:
    protected: bool
    cell_styles: dict[tuple[int, int], str]
    row_styles: dict[int, str]
    col_styles: list[tuple[int, int, str]]
    merges: list[tuple[int, int, int, int]]


class _Styles:
    """Locked flag of each cellXfs entry."""

    def __init__(self, root: etree._Element | None):
        self.cell_locked: list[bool] = []
        if root is None:
            return
        style_xfs = root.find(f"{M}cellStyleXfs")
        style_locked = [_xf_protection(xf) for xf in style_xfs.iterchildren(f"{M}xf")] if style_xfs is not None else []
        cell_xfs = root.find(f"{M}cellXfs")
        if cell_xfs is None:
            return
        for xf in cell_xfs.iterchildren(f"{M}xf"):
            own = _xf_protection(xf)
            apply = xf.get("applyProtection")
            if own is not None and apply not in ("0", "false"):
                self.cell_locked.append(own)
            elif apply in _TRUE:
                self.cell_locked.append(True)  # protection applied with its defaults
            else:  # inherited from the cell style (cellStyleXfs[xfId])
                try:
                    inherited = style_locked[int(xf.get("xfId", "0"))]
                except (ValueError, IndexError):
                    inherited = None
                self.cell_locked.append(True if inherited is None else inherited)

    def locked(self, style: str) -> bool:
        try:
            return self.cell_locked[int(style)]
        except (ValueError, IndexError):
            return True  # unknown style: Excel's default is locked


def _xf_protection(xf: etree._Element) -> bool | None:
    p = xf.find(f"{M}protection")
    if p is None:
        return None
    return p.get("locked", "1") in _TRUE


_CACHE: weakref.WeakKeyDictionary[Package, dict[str, object]] = weakref.WeakKeyDictionary()


def _cache(package: Package) -> dict[str, object]:
    c = _CACHE.get(package)
    if c is None:
        c = {}
        _CACHE[package] = c
    return c


def _styles(package: Package) -> _Styles:
    cache = _cache(package)
    styles = cache.get("__styles__")
    if styles is None:
        part = next(
            (t for typ, t in package.rels(package.workbook_part).values() if typ.endswith("/styles")), None
        )
        styles = _Styles(package.xml(part) if part and part in package.names else None)
        cache["__styles__"] = styles
    assert isinstance(styles, _Styles)
    return styles


def _layout(package: Package, info: SheetInfo) -> _Layout:
    cache = _cache(package)
    layout = cache.get(info.part)
    if layout is None:
        root = package.xml(info.part)
        prot = root.find(f"{M}sheetProtection")
        cell_styles: dict[tuple[int, int], str] = {}
        row_styles: dict[int, str] = {}
        sheet_data = root.find(f"{M}sheetData")
        if sheet_data is not None:
            last_row = 0
            for row_el in sheet_data.iterchildren(f"{M}row"):
                r = row_el.get("r")
                row = int(r) if r and r.isdigit() else last_row + 1
                last_row = row
                if row_el.get("customFormat") in _TRUE and row_el.get("s"):
                    row_styles[row] = row_el.get("s", "0")
                for col, c in _cells_with_cols(row_el):
                    cell_styles[(row, col)] = c.get("s", "0")
        layout = _Layout(
            protected=prot is not None and prot.get("sheet") in _TRUE,
            cell_styles=cell_styles,
            row_styles=row_styles,
            col_styles=_col_styles(root),
            merges=_merges(root),
        )
        cache[info.part] = layout
    assert isinstance(layout, _Layout)
    return layout


def locked_answer_cells(path: Path, questions: Iterable[QuestionRow]) -> dict[str, frozenset[str]]:
    """Answer cells that sheet protection locks, per sheet (.xlsx/.xlsm; other formats have none)."""
    if Path(path).suffix.lower() not in (".xlsx", ".xlsm"):
        return {}
    out: dict[str, set[str]] = {}
    with open_package(path) as pkg:
        for q in questions:
            for slot in q.slots:
                if is_locked(pkg, q.sheet, slot.ref):
                    out.setdefault(q.sheet, set()).add(slot.ref)
    return {sheet: frozenset(refs) for sheet, refs in out.items()}
