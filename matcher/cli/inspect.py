from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("questionnaire", type=click.Path(path_type=Path))
def inspect(questionnaire: Path) -> None:
    """Show what the reader found in a questionnaire, sheet by sheet.

    For each sheet: whether it was read (and why not), the header row, the role of each
    column (question, mark, text, tick, context, id), the number of questions and the rows
    skipped with the reason.

    \b
    Example:
      matcher inspect customer.xlsx
    """
    from matcher.workbook.package import col_letter, open_package
    from matcher.workbook.reader import read_workbook

    with open_package(questionnaire) as pkg:
        result = read_workbook(pkg)
    vocabularies: dict[tuple[str, int], tuple[str, ...]] = {}
    for q in result.rows:
        for s in q.slots:
            col = "".join(ch for ch in s.ref if ch.isalpha())
            vocabularies.setdefault((q.sheet, col), s.vocabulary)
    for sheet in result.sheets:
        if not sheet.read:
            click.echo(f"[{sheet.name}] skipped: {sheet.reason}")
            continue
        click.echo(f"[{sheet.name}] header row {sheet.header_row}, {sheet.questions} questions")
        for c in sheet.columns:
            if not c.role or c.role == "ignore":
                continue
            letter = col_letter(c.col)
            extra = ""
            vocab = vocabularies.get((sheet.name, letter))
            if vocab:
                extra = f"  values: {' / '.join(vocab)}"
            if c.meaning:
                extra += f"  means: {c.meaning}"
            click.echo(f"  {letter:>3}  {c.role:<9} {c.header[:40]!r}{extra}")
        for reason, n in sorted(sheet.skipped.items()):
            click.echo(f"  skipped {n} row(s): {reason}")
    if not result.rows:
        raise click.ClickException(f"{questionnaire.name}: no question table found")
