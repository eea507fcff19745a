"""``matcher apply``: write a reviewer's decisions back and let the knowledge base learn them."""
from __future__ import annotations

from pathlib import Path

import click

from matcher.cli.options import kb_option, passwords_option


@click.command("apply")
@click.argument("review", type=click.Path(path_type=Path))
@kb_option
@click.option("--no-learn", is_flag=True, help="Write the decisions but teach the knowledge base nothing.")
@click.option("--dry-run", is_flag=True, help="Show what would change; write nothing.")
@passwords_option
@click.pass_context
def apply_command(
    ctx: click.Context, review: Path, kb_path: Path | None, no_learn: bool, dry_run: bool, passwords: tuple[str, ...]
) -> None:
    """Apply the decisions made in a review workbook.

    REVIEW is the QUESTIONNAIRE.review.xlsx that `matcher fill` wrote. Each row with a
    decision (判定) is written into the filled workbook (a new version; the customer's
    original is never touched) and the report is updated. Accepted (承認) and re-pointed
    (別の項目) rows teach the knowledge base the customer's wording; a corrected answer
    (修正回答) becomes a proposal for `matcher kb promote`. Every touched row is listed;
    decisions that cannot be applied are named by row (exit code 1) and the rest still
    apply. Applying the same decisions again changes nothing. Workbooks that fill protected
    with the customer's password are opened with --password and stay protected.

    \b
    Example:
      matcher fill customer.xlsx                # also writes customer.review.xlsx
      matcher apply customer.review.xlsx        # after deciding in Excel
      matcher apply customer.review.xlsx --kb my-knowledge/ --no-learn
      matcher apply outbox/batch-review.xlsx    # a batch's combined review, to every file
    """
    from matcher.apply import apply_review
    from matcher.batch_review import apply_batch_review, is_batch_review
    from matcher.cli import EXIT_PARTIAL
    from matcher.knowledge import display_path

    if is_batch_review(review, passwords):  # OUTBOX/batch-review.xlsx: one decision for every file that asks it
        b = apply_batch_review(review, kb_path, learn=not no_learn, dry_run=dry_run, passwords=passwords)
        click.echo(f"{review.name}: {b.summary()}" + (" (dry run: nothing written)" if dry_run else ""))
        for f in b.files:
            click.echo(f"  {f.file}: {f.error or f.result.summary()}")
        for line in b.conflicts:
            click.echo(f"  conflict: {line}")
        for line in b.problems:
            click.echo(f"  not applied: {line}")
        if b.failed or b.problems:
            click.echo(f"Error: {len(b.failed)} of {len(b.files)} files not fully applied (see above)", err=True)
            ctx.exit(EXIT_PARTIAL)
        return
    result = apply_review(review, kb_path, learn=not no_learn, dry_run=dry_run, passwords=passwords)
    head = f"{review.name}: {result.summary()}"
    click.echo(head + (" (dry run: nothing written)" if dry_run else ""))
    width = max((len(o.where()) for o in result.outcomes), default=0)
    for o in result.outcomes:
        click.echo(f"  {o.where():<{width}}  {o.describe()}")
    would = "would change" if dry_run else "changed"
    cells = f"{result.cells_changed} cell(s) {would}" if result.cells_changed else "unchanged"
    click.echo(f"  filled workbook: {display_path(result.filled)} ({cells})")
    report = ("would be updated" if dry_run else "updated") if result.report_written else "unchanged"
    click.echo(f"  report:          {display_path(result.report)} ({report})")
    if not result.learn:
        click.echo("  knowledge base:  not taught (--no-learn)")
    else:
        learned = f"+{result.variants_added} wording(s)" if result.variants_added else "nothing new"
        where = display_path(result.kb_file) if result.kb_file else "unchanged"
        click.echo(f"  knowledge base:  {learned}" + ("" if dry_run else f" ({where})"))
        if result.proposals_added:
            where = "" if dry_run else f" in {display_path(result.proposals_file)}"
            click.echo(f"  proposals:       +{result.proposals_added}{where}; review them with `matcher kb proposals`")
    if not dry_run and not result.changed and not result.problems:
        click.echo("Nothing changed: these decisions were already applied.")
    if result.problems:
        n = len(result.problems)
        click.echo(
            f"Error: {n} decision{'s were' if n != 1 else ' was'} not applied (see above); "
            "correct them in the review workbook and apply again",
            err=True,
        )
        ctx.exit(1)
