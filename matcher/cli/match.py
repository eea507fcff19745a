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
    """Show the best knowledge-base items for one question, with scores and the words that matched.

    \b
    Example:
      matcher match "二要素認証に対応していますか"
    """
    engine = load_engine(kb_path)
    m = engine.match(question, context)
    items = {it.id: it for it in engine.items}
    click.echo(f"question: {engine.prepare(question)}")
    click.echo(f"status:   {m.status}  (item {';'.join(map(str, m.item_ids))}, confidence {m.confidence:.2f})")
    for rank, ex in enumerate(engine.explain(question, context, top), 1):
        it = items[ex.item_id]
        click.echo(f"{rank}. [{ex.item_id}] score {ex.score:.3f}  {it.category} / {it.question[:60]}")
        click.echo(f"     matched: {', '.join(ex.shared_terms) or '-'}")
        click.echo("     signals: " + "  ".join(f"{k} {v:.2f}" for k, v in ex.signals.items()))
