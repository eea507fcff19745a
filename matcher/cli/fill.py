from __future__ import annotations

from pathlib import Path

import click

from matcher.cli.options import kb_option, load_engine


@click.command()
@click.argument("questionnaire", type=click.Path(path_type=Path))
@kb_option
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Filled workbook path, or a folder for the outputs.")
@click.option("--force", is_flag=True, help="Replace output files that already exist.")
@click.option("--overwrite", is_flag=True, help="Replace answers already present in the customer's cells.")
@click.option("--json", "as_json", is_flag=True, help="Also write the report as JSON.")
@click.option("--password", default=None, help="Password of a protected workbook (or set MATCHER_PASSWORD).", envvar="MATCHER_PASSWORD")
@click.option(
    "--no-encrypt-output", "plain_output", is_flag=True,
    help="Write the filled and review workbooks without the input's password.",
)
def fill(
    questionnaire: Path,
    kb_path: Path | None,
    output: Path | None,
    force: bool,
    overwrite: bool,
    as_json: bool,
    password: str | None,
    plain_output: bool,
) -> None:
    """Fill a customer's questionnaire with the approved answers.

    Writes QUESTIONNAIRE.filled.xlsx (the customer's workbook with only the answer cells
    changed) and QUESTIONNAIRE.report.csv (one row per question: status auto / review / none,
    the item, the confidence, the runner-up items and the cells written). The input is never
    modified. Only `auto` answers are written; `review` and `none` rows are left for a person,
    who decides in QUESTIONNAIRE.review.xlsx and runs `matcher apply` on it.
    A password-protected workbook is opened with --password, and the filled copy and the review
    workbook are protected with the same password unless --no-encrypt-output (the report CSV,
    plain text by nature, is not).

    \b
    Example:
      matcher fill customer.xlsx
      matcher fill customer.xlsx -o out/ --kb my-knowledge/
    """
    from matcher.fill import FillOptions, fill_workbook
    from matcher.report import write_report_json

    engine = lambda: load_engine(kb_path)  # noqa: E731 - loaded after the input is read
    options = FillOptions(overwrite=overwrite, force=force, password=password, encrypt_output=not plain_output)
    result = fill_workbook(questionnaire, engine, output, options)
    if as_json:
        json_path = result.report.with_suffix(".json")
        write_report_json(json_path, questionnaire.name, result.rows)
    read = [s for s in result.sheets if s.read]
    click.echo(f"{questionnaire.name}: {result.summary()} on {len(read)} sheet(s)")
    click.echo(f"  filled workbook: {result.filled}")
    click.echo(f"  report:          {result.report}")
    if result.review is not None:
        click.echo(f"  review:          {result.review}  (decide in Excel, then `matcher apply` it)")
