from __future__ import annotations

import sys
from pathlib import Path

import click

from matcher.cli.options import kb_option, passwords_option

EXIT_INTERRUPTED = 130  # the shell's convention for Ctrl-C
MAX_LISTED = 10


class _Progress:
    """A files bar with the questions done, on stderr; nothing at all when quiet or not a terminal."""

    def __init__(self, quiet: bool):
        self.enabled = not quiet and sys.stderr.isatty()
        self.bar = None
        self.questions = 0

    def plan(self, to_fill: int, unchanged: int) -> None:
        if not self.enabled or not to_fill:
            return
        from tqdm import tqdm

        if unchanged:
            tqdm.write(f"{unchanged} file(s) already done: skipped (--force redoes them)", file=sys.stderr)
        self.bar = tqdm(total=to_fill, unit="file", file=sys.stderr, dynamic_ncols=True, desc="filling")
        self.bar.set_postfix_str("0 questions")

    def file(self, result) -> None:  # noqa: ANN001
        if self.bar is None:
            return
        self.questions += result.questions
        self.bar.set_postfix_str(f"{self.questions:,} questions", refresh=False)
        self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


@click.command()
@click.argument("inbox", type=click.Path(path_type=Path))
@click.option("-o", "--output", "outbox", type=click.Path(path_type=Path), required=True,
              help="Folder for the filled workbooks, reports and the batch summary (created if needed).")
@kb_option
@click.option("-r", "--recursive", is_flag=True, help="Also the questionnaires in sub-folders (the tree is mirrored in OUTBOX).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Files filled in parallel (default: one per core).")
@click.option("--force", is_flag=True, help="Redo files an earlier run already filled, replacing their outputs.")
@click.option("--overwrite", is_flag=True, help="Replace answers already present in the customers' cells.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar; print only the last line.")
@passwords_option
def batch(
    inbox: Path, outbox: Path, kb_path: Path | None, recursive: bool, jobs: int | None, force: bool,
    overwrite: bool, quiet: bool, passwords: tuple[str, ...],
) -> None:
    """Fill every questionnaire in a folder (.xlsx, .xlsm, .xls, .csv).

    The knowledge base is loaded once and the files are filled in parallel. Each file gets its
    filled workbook, report and review workbook in OUTBOX (the folder tree is mirrored);
    OUTBOX/batch-summary.xlsx and .csv list every file with its status (ok / failed /
    skipped-unchanged / skipped-edited), its questions (auto / review / none) and, for a failed
    file, why. A file that fails never stops the others: the exit code is then 3.

    OUTBOX/batch-review.xlsx lists each question once with every file and row that asks it, so
    one decision covers them all; `matcher apply OUTBOX/batch-review.xlsx` applies it to each file.

    Running the same command again skips the files whose input and knowledge base have not
    changed, and never redoes a file whose outputs a person has edited since (--force redoes
    them); after Ctrl-C it carries on where it stopped. Office lock files (~$…) and the tool's
    own outputs are ignored.

    Password-protected files are opened with --password (repeat it when they differ: each file
    takes the first that fits); their filled and review workbooks, and batch-review.xlsx, are
    protected with it. A protected file no password opens fails alone.

    \b
    Example:
      matcher batch inbox/ -o outbox/
      matcher batch inbox/ -o outbox/ -r --jobs 4 --kb my-knowledge/
      matcher batch inbox/ -o outbox/ --password 'Secret#1' --password 'Other#2'
    """
    from matcher.batch import BatchInterrupted, BatchOptions, run_batch
    from matcher.cli import EXIT_PARTIAL

    progress = _Progress(quiet)
    options = BatchOptions(recursive=recursive, jobs=jobs, force=force, overwrite=overwrite, passwords=passwords)
    try:
        result = run_batch(inbox, outbox, kb_path, options, on_plan=progress.plan, on_file=progress.file)
    except BatchInterrupted as stop:
        progress.close()
        done = sum(1 for f in stop.result.files if f.status != "interrupted")
        click.echo(
            f"Interrupted: {done} of {len(stop.result.files)} files done, nothing half-written;"
            " run the same command again to carry on.",
            err=True,
        )
        click.get_current_context().exit(EXIT_INTERRUPTED)
    finally:
        progress.close()

    summary_csv = result.summary_csv
    failed = result.failed
    if not quiet:
        s, t = result.statuses, result.totals()
        kept = f", {s['skipped-edited']} kept (edited since)" if s["skipped-edited"] else ""
        click.echo(
            f"{len(result.files)} questionnaires: {s['ok']} filled, {s['failed']} failed,"
            f" {s['skipped-unchanged']} unchanged{kept} ({result.seconds:.1f} s)"
        )
        click.echo(f"  {t['questions']:,} questions: {t['auto']:,} auto, {t['review']:,} review, {t['none']:,} none")
        click.echo(f"  summary: {result.summary_xlsx}")
        if result.review is not None:
            click.echo(f"  review:  {result.review} (each question once; `matcher apply` it when decided)")
        if result.review_note:
            click.echo(f"  note:    {result.review_note}")
        for f in failed[:MAX_LISTED]:
            click.echo(f"  failed:  {f.file}: {f.error}")
        if len(failed) > MAX_LISTED:
            click.echo(f"  … and {len(failed) - MAX_LISTED} more in the summary")
    if failed:
        click.echo(f"{len(failed)} of {len(result.files)} files failed: see {summary_csv}")
        click.get_current_context().exit(EXIT_PARTIAL)
    if quiet:
        click.echo(f"{len(result.files)} questionnaires: all done; see {summary_csv}")
