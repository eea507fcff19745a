"""``matcher kb ...``: import the seed, check, list and show knowledge base items."""
from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from matcher.errors import MatcherError, OutputError
from matcher.knowledge import (
    KnowledgeBase,
    display_path,
    items_file,
    default_kb_path,
    load_kb,
    save_kb,
    validate_kb,
)
from matcher.seed import import_seed, seed_comments
from matcher.types import Item

F = TypeVar("F", bound=Callable[..., Any])

QUESTION_WIDTH = 60


def _library_errors(func: F) -> F:
    """Turn library errors into a one-line ``Error: ...`` and their exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except MatcherError as e:
            error = click.ClickException(" ".join(str(e).splitlines()))
            error.exit_code = e.exit_code
            raise error from None

    return wrapper  # type: ignore[return-value]


_kb_option = click.option(
    "--kb", "kb_path", type=click.Path(path_type=Path), default=None,
    help="Knowledge folder or items.yaml (default: $MATCHER_KB or the repository's knowledge/).",
)


@click.group("kb")
def kb() -> None:
    """Manage the knowledge base (the approved questions and answers)."""


@kb.command("import-seed")
@click.argument("seed_path", type=click.Path(path_type=Path))
@click.option(
    "-o", "--out", type=click.Path(path_type=Path), default=None,
    help="Knowledge folder or items.yaml to write (default: $MATCHER_KB or the repository's knowledge/).",
)
@click.option("--force", is_flag=True, help="Overwrite an existing items.yaml (hand edits are lost).")
@_library_errors
def import_seed_command(seed_path: Path, out: Path | None, force: bool) -> None:
    """Build the knowledge base from the vendor's seed checklist.

    SEED_PATH is the tab-separated seed text; each table row becomes an item
    whose id is its NO, and the certification statement in the preamble is
    added as one more item.

    \b
    Example:
      matcher kb import-seed ../shared/seeds/000_306a6eb53a12da80.txt -o knowledge/
    """
    items = import_seed(seed_path)
    file = items_file(out if out is not None else default_kb_path())
    if file.exists() and not force:
        raise OutputError(f"{display_path(file)} already exists; use --force to overwrite it")
    base = KnowledgeBase.from_items(items)
    written = save_kb(base, file, comments=seed_comments(items))
    click.echo(f"wrote {len(base)} items to {display_path(written)} (next_id {base.next_id})")


@kb.command("validate")
@_kb_option
@click.pass_context
@_library_errors
def validate_command(ctx: click.Context, kb_path: Path | None) -> None:
    """Check the knowledge base; print each problem on its own line.

    Reports duplicate ids, ids not below next_id, empty questions or answers
    and unknown marks, each with its file and line.  Exits 1 if there is any.

    \b
    Example:
      matcher kb validate --kb knowledge/
    """
    base = load_kb(kb_path, strict=False)
    problems = validate_kb(base)
    shown = display_path(base.path)
    for problem in problems:
        click.echo(str(problem))
    if problems:
        click.echo(f"{shown}: {len(base)} items, {len(problems)} problem{'s' if len(problems) != 1 else ''}", err=True)
        ctx.exit(1)
    click.echo(f"{shown}: {len(base)} items, no problems")


@kb.command("list")
@_kb_option
@click.option("--category", default=None, help="Only items whose category or subcategory contains TEXT.")
@_library_errors
def list_command(kb_path: Path | None, category: str | None) -> None:
    """List items: id, mark, category and the start of the question.

    \b
    Example:
      matcher kb list --category アクセス
    """
    base = load_kb(kb_path)
    items = [item for item in base if category is None or _in_category(item, category)]
    if not items:
        click.echo(f"no items with category matching {category!r}", err=True)
        return
    id_width = max(len(str(item.id)) for item in items)
    category_width = max(_width(item.category) for item in items)
    for item in items:
        mark = item.mark or "-"
        click.echo(
            f"{item.id:>{id_width}}  {_pad(mark, 2)}  {_pad(item.category, category_width)}  "
            f"{_cut(item.question, QUESTION_WIDTH)}"
        )


@kb.command("show")
@click.argument("item_id", type=int, metavar="ID")
@_kb_option
@_library_errors
def show_command(item_id: int, kb_path: Path | None) -> None:
    """Show every field of one item.

    \b
    Example:
      matcher kb show 14
    """
    item = load_kb(kb_path).get(item_id)
    click.echo(format_item(item))


def format_item(item: Item) -> str:
    """All fields of ``item``, one per line; multi-line values indented under their label."""
    rows: list[tuple[str, str]] = [
        ("category", item.category),
        ("subcategory", item.subcategory),
        ("mark", item.mark),
        ("question", item.question),
        ("answer", item.answer),
        ("question_en", item.question_en),
        ("answer_en", item.answer_en),
    ]
    label_width = max(len(label) for label, _ in rows) + 2
    lines = [f"item {item.id}"]
    for label, value in rows:
        text = value if value else "(none)"
        head, *rest = text.split("\n")
        lines.append(f"  {label + ':':<{label_width}}{head}")
        lines.extend(" " * (label_width + 2) + line for line in rest)
    if item.variants:
        lines.append(f"  {'variants:':<{label_width}}{len(item.variants)}")
        for variant in item.variants:
            origin = ", ".join(part for part in (variant.source, variant.added) if part)
            lines.append(f"    - {variant.text}" + (f"  ({origin})" if origin else ""))
    else:
        lines.append(f"  {'variants:':<{label_width}}(none)")
    return "\n".join(lines)


def _in_category(item: Item, text: str) -> bool:
    needle = text.casefold()
    return needle in item.category.casefold() or needle in item.subcategory.casefold()


def _width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


__all__ = ["format_item", "kb"]
