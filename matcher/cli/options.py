"""Options shared by several commands."""
from __future__ import annotations

from pathlib import Path

import click

kb_option = click.option(
    "--kb",
    "kb_path",
    type=click.Path(path_type=Path),
    default=None,
    help="Knowledge base folder or items.yaml (default: the bundled knowledge/).",
)


def load_engine(kb_path: Path | None):
    from matcher.engine_io import load_engine as load

    return load(kb_path)
