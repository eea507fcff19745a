from __future__ import annotations

from pathlib import Path

import click

from matcher.cli.options import kb_option, load_engine


@click.command()
@click.argument("question")
@kb_option
@click.option("--context", default="", help="Section or category the question sits under.")
@click.option("-n", "--top", default=3, show_default=True, help="How many candidates to show.")
def match(question: str, kb_path: Path | None, context: str, top: int) -> None:
    """Show the best knowledge-base items for one question, with scores.

    \b
    Example:
      matcher match "二要素認証に対応していますか"
    """
    engine = load_engine(kb_path)
    m = engine.match(question, context)
    items = {it.id: it for it in engine.items}
    click.echo(f"status: {m.status}   confidence: {m.confidence:.2f}")
    best = [(i, None) for i in m.item_ids] + [(c.item_id, c.score) for c in m.alternatives]
    for rank, (item_id, score) in enumerate(best[: max(top, len(m.item_ids))], 1):
        it = items[item_id]
        score_text = f"{score:.3f}" if score is not None else "best "
        click.echo(f"{rank}. [{item_id}] {score_text} {it.category} / {it.question[:70]}")
