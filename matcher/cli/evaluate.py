from __future__ import annotations

import json
import math
from pathlib import Path

import click

from matcher.cli.options import kb_option, load_engine

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)


def _pct(x: float) -> str:
    return "   -  " if isinstance(x, float) and math.isnan(x) else f"{100 * x:5.1f}%"


@click.command("eval")
@click.argument("folder", type=click.Path(path_type=Path), default=Path("examples"))
@kb_option
@click.option("--table/--no-table", default=True, help="Show the precision/coverage table across thresholds.")
@click.option("--errors", is_flag=True, help="List every wrong or missed question (not a held-out set's).")
@click.option("--show-holdout", is_flag=True, help="With --errors, list a held-out set's rows too.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def evaluate(folder: Path, kb_path: Path | None, table: bool, errors: bool, show_holdout: bool, as_json: bool) -> None:
    """Score the reader and the engine on labelled questionnaires.

    FOLDER holds sub-folders (e.g. tune/, holdout/) of workbooks, each with a NAME.labels.csv
    beside it (sheet,row,expected,question; expected = item id, "35;36", or none); linked
    folders and workbooks are followed.
    Prints per sub-folder: rows found, top-1 and top-3 accuracy on answerable questions,
    precision and coverage of `auto`, and the share of no-answer questions filled `auto`.
    A set whose name says holdout is scored by its totals: --errors leaves its rows out, so
    that nobody tunes the engine to it, unless --show-holdout.

    \b
    Example:
      matcher eval examples/
    """
    from matcher.evaluate import evaluate as run

    engine = load_engine(kb_path)
    scores = run(folder, engine)
    if as_json:
        click.echo(json.dumps({s.name: {"metrics": s.metrics(), "thresholds": s.threshold_table(THRESHOLDS), "skipped": s.missing} for s in scores}, indent=1))
        return
    m = engine.model
    click.echo(f"auto threshold {m.auto_threshold} (English {m.latin_threshold}), review threshold {m.review_threshold}")
    w = max([10, *(len(s.name) + 2 for s in scores)])
    header = f"{'set':<{w}}{'labelled':>9}{'found':>7}{'extra':>7}{'top-1':>8}{'top-3':>8}{'auto prec':>11}{'auto cov':>10}{'none→auto':>11}"
    click.echo(header)
    for s in scores:
        m = s.metrics()
        click.echo(
            f"{s.name:<{w}}{m['labelled']:>9}{m['found']:>7}{m['extra_rows']:>7}{_pct(m['top1']):>8}{_pct(m['top3']):>8}"
            f"{_pct(m['auto_precision']):>11}{_pct(m['auto_coverage']):>10}"
            f"{m['no_answer_auto_count']:>4}/{m['no_answer']:<3}{_pct(m['no_answer_auto']):>4}"
        )
    for s in scores:
        for line in s.missing:
            click.echo(f"{s.name}: skipped {line} (not found)")
    if table:
        for s in scores:
            click.echo(f"\n{s.name}: if auto needed confidence >= t")
            click.echo(f"{'t':>6}{'auto prec':>11}{'auto cov':>10}{'none→auto':>11}")
            for row in s.threshold_table(THRESHOLDS):
                click.echo(
                    f"{row['threshold']:>6.2f}{_pct(row['auto_precision']):>11}{_pct(row['auto_coverage']):>10}"
                    f"{row['no_answer_auto_count']:>6}"
                )
    if errors:
        for s in scores:
            if "holdout" in s.name.lower() and not show_holdout:
                click.echo(f"\n{s.name}: rows not listed: a held-out set is read by its totals only (--show-holdout lists them)")
                continue
            click.echo(f"\n{s.name}: wrong or missed")
            for o in s.outcomes:
                if o.match is None:
                    click.echo(f"  MISSED {o.file} {o.sheet}!{o.row}: {o.question[:60]}")
                elif (o.answerable and not o.right) or (not o.answerable and o.match.status == "auto"):
                    got = ";".join(map(str, o.match.item_ids))
                    want = ";".join(map(str, o.expected)) or "none"
                    click.echo(
                        f"  {o.match.status:<6} {o.match.confidence:.2f} got {got:<6} want {want:<6} {o.file} {o.sheet}!{o.row}: {o.question[:60]}"
                    )
            for file, sheet, row, text in s.extra_rows:
                click.echo(f"  EXTRA  {file} {sheet}!{row}: {text[:60]}")
