from __future__ import annotations

from pathlib import Path

import click

from matcher.cli.options import kb_option


@click.command()
@click.argument("folder", type=click.Path(path_type=Path), default=Path("examples/tune"))
@kb_option
@click.option("--precision", default=0.99, show_default=True, help="Precision `auto` must reach on FOLDER.")
@click.option("--dry-run", is_flag=True, help="Print the fitted model without saving it.")
def calibrate(folder: Path, kb_path: Path | None, precision: float, dry_run: bool) -> None:
    """Fit the engine's weights, confidence and thresholds on labelled questionnaires.

    Writes engine.yaml beside the knowledge base. Fit only on the tuning set: the held-out
    set must never be used here, so that `matcher eval` reports honest figures on it.

    \b
    Example:
      matcher calibrate examples/tune
    """
    from matcher.calibrate import fit_model, labelled_samples
    from matcher.engine_io import load_engine, save_model
    from matcher.knowledge import default_kb_path, items_file

    if not folder.exists():
        raise click.ClickException(f"{folder}: no such file or folder")
    engine = load_engine(kb_path)
    samples = labelled_samples(folder)
    if not samples:
        raise click.ClickException(f"{folder}: no labelled questions found")
    model = fit_model(engine, samples, precision)
    click.echo(f"fitted on {len(samples)} questions ({sum(1 for s in samples if not s.expected)} without an answer)")
    click.echo(f"rank weights: {model.rank_weights}")
    click.echo(f"confidence: bias {model.confidence_bias}, weights {model.confidence_weights}")
    click.echo(f"thresholds: auto >= {model.auto_threshold}, review >= {model.review_threshold}")
    if not dry_run:
        folder_kb = items_file(kb_path if kb_path is not None else default_kb_path()).parent
        click.echo(f"saved {save_model(model, folder_kb)}")
