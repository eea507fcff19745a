from __future__ import annotations

from pathlib import Path

import click

from matcher.cli.options import passwords_option

_ROLE_LABEL = {
    "question": "question",
    "part": "question (item name)",
    "id": "question no.",
    "context": "category",
    "mark": "answer: mark",
    "tick": "answer: tick",
    "text": "answer: text",
    "combined": "answer: mark + text",
}
_ORDER = ("question", "part", "id", "context", "mark", "tick", "combined", "text")


@click.command()
@click.argument("questionnaire", type=click.Path(path_type=Path))
@click.option("--rows", "show_rows", is_flag=True, help="Also list every question found, with its answer cells.")
@passwords_option
def inspect(questionnaire: Path, show_rows: bool, passwords: tuple[str, ...]) -> None:
    """Show what the reader found in a questionnaire, sheet by sheet.

    For each sheet: whether it was read (and why not), the header row, the question
    column(s), the answer columns with the values each accepts, the number of questions,
    and the rows skipped with the reason. Exits with status 1 when no sheet holds questions.

    \b
    Example:
      matcher inspect customer.xlsx
      matcher inspect customer.xlsx --rows
      matcher inspect locked.xlsx --password '…'
    """
    from matcher.workbook.load import read_questionnaire
    from matcher.workbook.reader import require_questions

    result = read_questionnaire(questionnaire, passwords)
    read = [s for s in result.sheets if s.read]
    click.echo(
        f"{questionnaire.name}: {len(result.rows)} questions on {len(read)} of {len(result.sheets)} sheet(s)"
    )
    for sheet in result.sheets:
        click.echo("")
        for line in describe_sheet(sheet):
            click.echo(line)
        if show_rows and sheet.read:
            for q in (q for q in result.rows if q.sheet == sheet.name):
                cells = ", ".join(_slot_text(s) for s in q.slots) or "no answer cell"
                qid = f"{q.qid} " if q.qid else ""
                click.echo(f"    {q.row:>5}  {qid}{_short(q.text, 60)}  -> {cells}")
    require_questions(result, questionnaire.name)  # InputError: the CLI prints it and exits 1


def describe_sheet(sheet) -> list[str]:
    """Readable lines for one SheetReport."""
    from matcher.workbook.package import col_letter
    from matcher.workbook.reader import classify_header

    if not sheet.read:
        return [f"[{sheet.name}] not read: {sheet.reason}"]
    rows = f"rows {sheet.first_row}-{sheet.last_row}" if sheet.first_row else ""
    headers = sheet.header_rows or [sheet.header_row]
    head = f"header row {headers[0]}" if len(headers) == 1 else f"header rows {', '.join(map(str, headers))}"
    if not sheet.header_row:
        head = "no header row"
    lines = [f"[{sheet.name}] {sheet.questions} questions in {rows}; {head}"]
    if sheet.repeated_ids:
        lines.append(f"  {sheet.repeated_ids} of them have an id already asked on an earlier sheet")
    used = sorted(
        (c for c in sheet.columns if c.role in _ROLE_LABEL), key=lambda c: (_ORDER.index(c.role), c.col)
    )
    for c in used:
        label = _ROLE_LABEL[c.role]
        if c.role == "tick":
            label += f" {c.meaning}"
        detail = ""
        if c.role in ("mark", "tick") and c.vocabulary:
            detail = f"  values: {' / '.join(c.vocabulary)}" if c.role == "mark" else f"  writes {c.vocabulary[0]!r}"
        elif c.role == "mark":
            detail = "  values: (none listed: writes the plain mark)"
        note = f"  ({c.note})" if c.note and c.role != "id" else ""
        header = _short(c.header, 40)
        if c.role == "id" and classify_header(c.header.split(" ")[-1] if c.header else "")[0] != "id":
            header = ""  # a section title above a column of numbers, not its header
        shown = repr(header) if header else "(no header)"
        lines.append(f"  {col_letter(c.col):>3}  {label:<21} {shown}{detail}{note}")
    refused = [c for c in sheet.columns if c.role == "ignore" and c.note]
    for c in refused:
        lines.append(f"  {col_letter(c.col):>3}  {'not ours':<21} {_short(c.header, 40)!r}  ({c.note})")
    headers = {c.col: c.header for c in sheet.columns}
    others = [
        c for c in sheet.columns
        if c.role in ("", "ignore") and c.header and not c.note and headers.get(c.col - 1) != c.header  # not a merge's spill
    ]
    if others:
        shown = ", ".join(f"{col_letter(c.col)} {_short(c.header, 24)!r}" for c in others[:4])
        more = f" and {len(others) - 4} more" if len(others) > 4 else ""
        lines.append(f"  other columns, not answers: {shown}{more}")
    if sheet.skipped:
        why = ", ".join(f"{n} {reason}" for reason, n in sorted(sheet.skipped.items(), key=lambda kv: -kv[1]))
        lines.append(f"  skipped rows: {why}")
    return lines


def _slot_text(slot) -> str:
    kind = f"tick {slot.meaning}" if slot.kind == "tick" else slot.kind
    now = f" (holds {_short(slot.current, 12)!r})" if slot.current else ""
    return f"{slot.ref} {kind}{now}"


def _short(text: str, n: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"
