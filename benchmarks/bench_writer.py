"""Benchmark the writer against the naive baseline, and show what the baseline loses.

For CAIQ v4.0.3 (every question's C and E cells) and HECVAT 4.1.4 (the answer cells of the
questionnaire tabs), time in the same run:
  (a) matcher.workbook.writer.write_cells, and
  (b) openpyxl: load_workbook, set the same cells, save,
N times each (--repeat, default 5), and print the medians and their ratio. Then compare each
output with its source, part by part: which members were lost, added or changed, and how many
x14 dropdowns, validations, conditional formats, merges, hyperlinks and names remain.

    python benchmarks/bench_writer.py [--repeat N]
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from matcher.workbook.package import M, open_package
from matcher.workbook.writer import write_cells

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CAIQ = CORPUS / "caiq-v4.0.3-official" / "CAIQv4.0.3_STAR-Security-Questionnaire_Generated-at_2024-06-03.xlsx"
HECVAT = CORPUS / "hecvat-4.1.4" / "HECVAT414.xlsx"
HECVAT_TABS = ("START HERE", "Organization", "Product", "Infrastructure", "IT Accessibility", "Case-Specific", "AI", "Privacy")

X14 = "{http://schemas.microsoft.com/office/spreadsheetml/2009/9/main}"
COUNTED = {
    "x14:dataValidation": f"{X14}dataValidation",
    "dataValidation": f"{M}dataValidation",
    "conditionalFormatting": f"{M}conditionalFormatting",
    "x14:conditionalFormatting": f"{X14}conditionalFormatting",
    "mergeCell": f"{M}mergeCell",
    "hyperlink": f"{M}hyperlink",
    "sheetProtection": f"{M}sheetProtection",
    "legacyDrawing (comments)": f"{M}legacyDrawing",
    "drawing": f"{M}drawing",
}
ANSWER = (
    "We maintain a documented policy, reviewed annually by the security committee.\n"
    "Evidence is available under NDA."
)
ID = re.compile(r"^[A-Z&]{2,4}-\d\d(\.\d+)?$")


# ---------------------------------------------------------------- what to write


def caiq_edits() -> dict[str, dict[str, str]]:
    sheet = "CAIQv4.0.3"
    with open_package(CAIQ) as pkg:
        data = pkg.read_sheet(pkg.sheet_by_name(sheet))
    cells: dict[str, str] = {}
    for (row, col), cell in sorted(data.cells.items()):
        if col == 1 and row >= 3 and ID.match(cell.value.strip()):
            cells[f"C{row}"] = ("Yes", "No", "NA")[row % 3]
            cells[f"E{row}"] = f"{ANSWER} ({cell.value.strip()})"
    return {sheet: cells}


def hecvat_edits() -> dict[str, dict[str, str]]:
    """Every question row of the questionnaire tabs: C (the dropdown's first value, or a text
    answer where there is no list) and D (additional information), skipping formula cells."""
    edits: dict[str, dict[str, str]] = {}
    with open_package(HECVAT) as pkg:
        for tab in HECVAT_TABS:
            data = pkg.read_sheet(pkg.sheet_by_name(tab))
            cells: dict[str, str] = {}
            for (row, col), cell in sorted(data.cells.items()):
                if col != 1 or not ID.match(cell.value.strip()):
                    continue
                c, d = data.cells.get((row, 3)), data.cells.get((row, 4))
                if c is not None and not c.formula:
                    dv = data.validation_at(row, 3)
                    cells[f"C{row}"] = dv.values[0] if dv and dv.values else "Acme Corp"
                if d is not None and not d.formula:
                    cells[f"D{row}"] = ANSWER
            edits[tab] = cells
    return edits


# ---------------------------------------------------------------- the two ways


def ours(src: Path, dst: Path, edits: dict[str, dict[str, str]]) -> None:
    write_cells(src, dst, edits)


def with_openpyxl(src: Path, dst: Path, edits: dict[str, dict[str, str]]) -> None:
    import openpyxl

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Data Validation extension is not supported and will be removed"
        wb = openpyxl.load_workbook(src)
    for sheet, cells in edits.items():
        ws = wb[sheet]
        for ref, text in cells.items():
            ws[ref].value = text
    wb.save(dst)


def timed(fn: Callable[[Path, Path, dict], None], src: Path, dst: Path, edits: dict, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        if dst.exists():
            dst.unlink()
        started = time.perf_counter()
        fn(src, dst, edits)
        times.append(time.perf_counter() - started)
    return times


# ---------------------------------------------------------------- fidelity


def package_facts(path: Path) -> tuple[dict[str, bytes], dict[str, int]]:
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    totals = dict.fromkeys(COUNTED, 0)
    totals["definedName"] = 0
    for name, data in parts.items():
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            root = etree.fromstring(data)
            for label, tag in COUNTED.items():
                totals[label] += sum(1 for _ in root.iter(tag))
        if name == "xl/workbook.xml":
            totals["definedName"] = sum(1 for _ in etree.fromstring(data).iter(f"{M}definedName"))
    return parts, totals


SECTIONS = (
    "cols", "sheetProtection", "mergeCells", "conditionalFormatting", "dataValidations", "hyperlinks",
    "pageSetup", "headerFooter", "drawing", "legacyDrawing", "extLst",
)


def sections(xml: bytes) -> dict[str, bytes]:
    """Canonical XML (attribute order and namespace spelling normalised) of a sheet's sections."""
    root = etree.fromstring(xml)
    out: dict[str, bytes] = {}
    for el in root:
        name = etree.QName(el).localname
        if name in SECTIONS:
            out[name] = out.get(name, b"") + etree.tostring(el, method="c14n")
    return out


def fidelity(src: Path, out: Path) -> list[str]:
    before, counts_before = package_facts(src)
    after, counts_after = package_facts(out)
    missing = [n for n in before if n not in after]
    added = [n for n in after if n not in before]
    changed = [n for n in before if n in after and before[n] != after[n]]
    same_order = [n for n in before if n in after] == [n for n in after if n in before]
    lines = [
        f"members {len(before)} -> {len(after)}: {len(missing)} missing, {len(added)} new, "
        f"{len(changed)} changed, {len(before) - len(missing) - len(changed)} byte-identical; "
        f"order {'kept' if same_order else 'changed'}"
    ]
    if missing:
        lines.append("missing: " + by_kind(missing))
    if added:
        lines.append("new:     " + by_kind(added))
    if changed:
        lines.append("changed: " + by_kind(changed))
    diffs = [f"{k} {counts_before[k]} -> {counts_after[k]}" for k in counts_before if counts_before[k] != counts_after[k]]
    kept = [f"{k} {counts_before[k]}" for k in counts_before if counts_before[k] == counts_after[k] and counts_before[k]]
    lines.append("counts changed: " + (", ".join(diffs) if diffs else "none"))
    lines.append("counts kept:    " + (", ".join(kept) if kept else "none"))
    differing: dict[str, int] = {}
    for name in before:
        if name.startswith("xl/worksheets/sheet") and name in after and before[name] != after[name]:
            old, new = sections(before[name]), sections(after[name])
            for key in sorted(set(old) | set(new)):
                if old.get(key) != new.get(key):
                    differing[key] = differing.get(key, 0) + 1
    lines.append(
        "sheet sections differing (canonical XML): "
        + (", ".join(f"{k} in {n} sheet(s)" for k, n in differing.items()) if differing else "none")
    )
    return lines


def by_kind(names: list[str]) -> str:
    """Group part names that differ only by a number: xl/media/imageN.png x3."""
    kinds: dict[str, list[str]] = {}
    for n in names:
        kinds.setdefault(re.sub(r"\d+", "N", n), []).append(n)
    return ", ".join(v[0] if len(v) == 1 else f"{k} x{len(v)}" for k, v in kinds.items())


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs of each method per workbook (default 5)")
    args = parser.parse_args(argv)
    cases = [("CAIQ v4.0.3", CAIQ, caiq_edits), ("HECVAT 4.1.4", HECVAT, hecvat_edits)]
    missing = [str(p) for _, p, _ in cases if not p.exists()]
    if missing:
        print("corpus not found: " + ", ".join(missing), file=sys.stderr)
        return 2

    rows = []
    reports = []
    with tempfile.TemporaryDirectory(prefix="bench-writer-") as tmp:
        for label, src, make_edits in cases:
            edits = make_edits()
            n = sum(len(c) for c in edits.values())
            ours_out = Path(tmp) / f"ours{src.suffix}"
            base_out = Path(tmp) / f"openpyxl{src.suffix}"
            t_ours = timed(ours, src, ours_out, edits, args.repeat)
            t_base = timed(with_openpyxl, src, base_out, edits, args.repeat)
            m_ours, m_base = statistics.median(t_ours), statistics.median(t_base)
            rows.append((label, n, src.stat().st_size, m_ours, m_base))
            reports.append((label, fidelity(src, ours_out), fidelity(src, base_out)))

    print(f"write_cells vs openpyxl load+fill+save, median of {args.repeat} runs (seconds)\n")
    header = f"{'workbook':<14} {'cells':>6} {'size':>9} {'write_cells':>12} {'openpyxl':>10} {'ratio':>7}"
    print(header)
    print("-" * len(header))
    for label, n, size, a, b in rows:
        print(f"{label:<14} {n:>6} {size / 1e6:>8.2f}M {a:>12.3f} {b:>10.3f} {b / a:>6.1f}x")
    print()
    for label, ours_lines, base_lines in reports:
        print(f"== {label}")
        print("  write_cells:")
        for line in ours_lines:
            print("    " + line)
        print("  openpyxl round trip:")
        for line in base_lines:
            print("    " + line)
        print()
    print("(openpyxl re-creates some parts under other names or forms: comments move to xl/comments/,")
    print(" shared strings are written inline. The rest of what is missing is gone from its output.)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
