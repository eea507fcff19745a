"""``matcher kb ...``: import the seed, check, list and show knowledge base items."""
from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from matcher.cli.options import passwords_option
from matcher.errors import InputError, MatcherError, OutputError
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


@kb.command("learn")
@click.argument("answered", type=click.Path(path_type=Path))
@_kb_option
@click.option("--dry-run", is_flag=True, help="Show what would be learned; write nothing.")
@passwords_option
@_library_errors
def learn_command(answered: Path, kb_path: Path | None, dry_run: bool, passwords: tuple[str, ...]) -> None:
    """Learn from a questionnaire you answered in the past.

    ANSWERED is read like a questionnaire to fill, with your answers in its answer
    cells. A question whose answer is exactly one item's approved text, or that the
    engine matches confidently (auto), becomes a wording of that item; every other
    answered question becomes a new-item proposal carrying your answer, for a person
    to accept with `matcher kb promote N`. Running it again adds nothing.

    \b
    Example:
      matcher kb learn past/customer-2024-answered.xlsx
      matcher kb proposals
    """
    import datetime

    from matcher.engine_io import load_engine
    from matcher.knowledge import load_proposals, save_proposals
    from matcher.learn import harvest
    from matcher.workbook.load import read_questionnaire
    from matcher.workbook.reader import require_questions

    read = read_questionnaire(answered, passwords)
    require_questions(read, answered.name)
    engine = load_engine(kb_path)
    base = load_kb(kb_path)
    book = load_proposals(kb_path)
    today = datetime.date.today().isoformat()
    result = harvest(read.rows, engine, base, book, source=answered.name, today=today)
    n = result.count
    click.echo(
        f"{answered.name}: {len(result.rows)} questions: {n('added')} wordings learned, {n('known')} already known, "
        f"{n('proposed')} new-item proposals, {n('already-proposed')} already proposed, "
        f"{n('mark-differs', 'pair', 'elsewhere')} not learned, {n('unanswered')} unanswered"
        + (" (dry run: nothing written)" if dry_run else "")
    )
    for row in result.rows:
        q = row.question
        where = f"{q.sheet}!{q.row}"
        if row.outcome == "added":
            click.echo(f"  {where}  item {row.item_ids[0]}: learned {_cut(q.text, 50)!r}")
        elif row.outcome == "proposed":
            answer = f"{row.mark} {row.answer}".strip()
            click.echo(f"  {where}  proposal #{row.proposal} (new item): {_cut(q.text, 40)!r} → {_cut(answer, 40)!r}")
        elif row.outcome in ("mark-differs", "pair", "elsewhere"):
            click.echo(f"  {where}  not learned: {row.detail}")
    if dry_run:
        return
    if n("added"):
        click.echo(f"  knowledge base: {display_path(save_kb(base))} (+{n('added')} wordings)")
    if n("proposed"):
        click.echo(f"  proposals:      {display_path(save_proposals(book))} (+{n('proposed')}); see `matcher kb proposals`")


@kb.command("learn-labels")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@_kb_option
@click.option("--dry-run", is_flag=True, help="Show what would be learned; write nothing.")
@_library_errors
def learn_labels_command(paths: tuple[Path, ...], kb_path: Path | None, dry_run: bool) -> None:
    """Learn the wordings of labelled questionnaires.

    Each PATH is a questionnaire with NAME.labels.csv beside it (the format `matcher eval`
    reads), or a folder of them. Every question labelled with one item becomes a wording
    of that item, its source the file's name; `matcher eval` and `matcher calibrate` leave
    a file's own wordings out when they score it. Running it again adds nothing.

    \b
    Example:
      matcher kb learn-labels examples/tune
      matcher calibrate examples/tune examples/real
    """
    import datetime

    from matcher.engine_io import load_preparer
    from matcher.evaluate import labelled_files, read_labels
    from matcher.learn import learn_labelled
    from matcher.workbook.load import read_questionnaire

    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
    files = [pair for path in paths for pair in labelled_files(path)]
    if not files:
        raise InputError(f"{', '.join(map(str, paths))}: no *.labels.csv files found")
    prepare = load_preparer(kb_path)
    base = load_kb(kb_path)
    today = datetime.date.today().isoformat()
    total = 0
    for book, labels in files:
        found = {(q.sheet, q.row): q.text for q in read_questionnaire(book).rows}
        rows = [(found[(sheet, row)], expected) for sheet, row, expected, _ in read_labels(labels) if (sheet, row) in found]
        learned = learn_labelled(base, prepare, rows, book.name, today)
        count = {o: sum(1 for x in learned if x.outcome == o) for o in ("added", "known", "elsewhere", "pair")}
        total += count["added"]
        click.echo(
            f"{book.name}: {len(rows)} labelled questions: {count['added']} wordings learned, "
            f"{count['known']} already known, {count['elsewhere'] + count['pair']} not learned"
        )
        for x in learned:
            if x.outcome in ("elsewhere", "pair"):
                click.echo(f"  {_cut(x.text, 50)!r}: {x.describe()}")
    if dry_run:
        click.echo("dry run: nothing written")
    elif total:
        click.echo(f"knowledge base: {display_path(save_kb(base))} (+{total} wordings)")


@kb.command("proposals")
@_kb_option
@click.option("--all", "show_all", is_flag=True, help="Also list proposals already promoted.")
@_library_errors
def proposals_command(kb_path: Path | None, show_all: bool) -> None:
    """List proposals waiting for a person: corrected answers and new items.

    Corrected answers come from `matcher apply` (修正回答), new items from `matcher kb learn`
    and from corrected answers no item covered. Accept one with `matcher kb promote N`.

    \b
    Example:
      matcher kb proposals
      matcher kb promote 3
    """
    from matcher.knowledge import load_proposals

    book = load_proposals(kb_path)
    shown = [p for p in book if show_all or p.status == "open"]
    if not shown:
        click.echo(f"no {'' if show_all else 'open '}proposals in {display_path(book.path)}")
        return
    width = max(len(str(p.number)) for p in shown) + 1
    for p in shown:
        what = f"answer of item {p.item}" if p.kind == "answer" else "new item"
        if p.status == "promoted":
            what += f", promoted {p.promoted}" + (f" as item {p.item}" if p.kind == "item" and p.item else "")
        click.echo(f"{'#' + str(p.number):>{width}}  {what}: {_cut(p.question, QUESTION_WIDTH)}")
        answer = f"{p.mark} {p.answer}".strip() or "(no answer)"
        click.echo(f"{'':>{width}}    → {_cut(answer, QUESTION_WIDTH + 10)}")
        origin = ", ".join(x for x in (p.source, p.added, f"nearest item {p.nearest}" if p.nearest else "", p.note) if x)
        if origin:
            click.echo(f"{'':>{width}}      ({origin})")


@kb.command("promote")
@click.argument("number", type=int, metavar="N")
@_kb_option
@click.option("--variant-of", "variant_of", type=int, default=None, metavar="ID",
              help="For a new-item proposal: add its wording to item ID instead of creating an item.")
@_library_errors
def promote_command(number: int, kb_path: Path | None, variant_of: int | None) -> None:
    """Accept proposal N into the knowledge base.

    A corrected answer replaces its item's approved answer (and mark) and the customer's
    wording is learned; a new-item proposal becomes an item with a fresh id. Both files
    are written atomically; `git diff knowledge/` shows the change.

    \b
    Example:
      matcher kb proposals
      matcher kb promote 3
      matcher kb promote 4 --variant-of 27   # the wording belongs to item 27 after all
    """
    import datetime

    from matcher.engine_io import load_preparer
    from matcher.knowledge import load_proposals, save_proposals
    from matcher.learn import promote

    base = load_kb(kb_path)
    book = load_proposals(kb_path)
    prepare = load_preparer(kb_path)
    today = datetime.date.today().isoformat()
    done = promote(base, book, number, prepare, today, variant_of=variant_of)
    p = done.proposal
    comment = {done.item.id: f"from proposal {p.number} ({', '.join(x for x in (p.source, p.added) if x)})"}
    written = save_kb(base, comments=comment if done.created else None)
    save_proposals(book)
    if done.created:
        click.echo(f"promoted #{number}: new item {done.item.id} {_cut(done.item.question, QUESTION_WIDTH)!r} in {display_path(written)}")
    elif variant_of is not None:
        click.echo(f"promoted #{number}: {done.learned.describe() if done.learned else ''} in {display_path(written)}")
    else:
        learned = f"; {done.learned.describe()}" if done.learned else ""
        click.echo(f"promoted #{number}: item {done.item.id}'s answer is now {_cut(done.item.answer, 40)!r}{learned}")
        if done.item.answer_en:
            click.echo(f"  answer_en of item {done.item.id} is unchanged; update it in {display_path(written)} if it differs")


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
