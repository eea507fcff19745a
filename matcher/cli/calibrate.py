from __future__ import annotations

from pathlib import Path

import click

from matcher.cli.options import kb_option


@click.command()
@click.argument("folders", nargs=-1, type=click.Path(path_type=Path))
@kb_option
@click.option("--precision", default=0.99, show_default=True, help="Precision `auto` must reach on FOLDERS, each fold scored by a model fitted without it.")
@click.option("--dry-run", is_flag=True, help="Print the fitted model without saving it.")
def calibrate(folders: tuple[Path, ...], kb_path: Path | None, precision: float, dry_run: bool) -> None:
    """Fit the engine's weights, confidence and thresholds on labelled questionnaires.

    FOLDERS (default examples/tune examples/real) hold labelled questionnaires; each
    sub-folder is one fold. Writes engine.yaml beside the knowledge base. Never fit on a
    held-out set, so that `matcher eval` reports honest figures on it.

    \b
    Example:
      matcher calibrate examples/tune examples/real
    """
    from matcher.calibrate import fit_model, labelled_samples
    from matcher.engine_io import load_engine, save_model
    from matcher.knowledge import default_kb_path, items_file

    folders = folders or (Path("examples/tune"), Path("examples/real"))
    for folder in folders:
        if not folder.exists():
            raise click.ClickException(f"{folder}: no such file or folder")
    engine = load_engine(kb_path)
    samples = [s for folder in folders for s in labelled_samples(folder)]
    if not samples:
        raise click.ClickException(f"{' '.join(map(str, folders))}: no labelled questions found")
    model = fit_model(engine, samples, precision)
    click.echo(f"fitted on {len(samples)} questions ({sum(1 for s in samples if not s.expected)} without an answer)")
    click.echo(f"rank weights: {model.rank_weights}")
    click.echo(f"confidence: bias {model.confidence_bias}, weights {model.confidence_weights}")
    click.echo(
        f"thresholds: auto >= {model.auto_threshold} (English: >= {model.auto_threshold_latin}), review >= {model.review_threshold}"
    )
    if not dry_run:
        folder_kb = items_file(kb_path if kb_path is not None else default_kb_path()).parent
        click.echo(f"saved {save_model(model, folder_kb)}")
