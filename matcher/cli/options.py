"""Options shared by several commands."""
from __future__ import annotations

import os
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


def _with_env_password(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    # MATCHER_PASSWORD is one password, spaces and all (click would split a multiple option's)
    env = os.environ.get("MATCHER_PASSWORD")
    return value or ((env,) if env else ())


passwords_option = click.option(
    "--password",
    "passwords",
    multiple=True,
    callback=_with_env_password,
    help="Password of protected workbooks (or set MATCHER_PASSWORD); repeat it for files with different ones.",
)
