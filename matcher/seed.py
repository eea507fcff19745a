"""Import the vendor's seed checklist (a tab-separated text export) as knowledge items.

The seed is a free-text preamble followed by a table whose header is
``NO\\tカテゴリ\\t確認内容\\t実施\\t回答内容``.  The table was pasted from several
spreadsheets, so its rows come in three shapes:

* 5 fields: NO, category, question, mark, answer;
* 4 fields: NO, category, question, answer with the 実施 mark glued to its
  front (``○ サービス...``);
* 6 fields: NO, category, subcategory, question, mark, answer.

A blank category means "same as the row above".  The subcategory is carried
down only when category and subcategory are both blank: a row that names a new
category starts with an empty subcategory unless it names one.

Some rows have only a label (全般, 利用者登録, 特権管理) where the question
should be.  It is kept as written: the engine matches those items through the
category and the answer text, and an invented question would be unapproved text.

Answers are kept exactly as written, only stripped of surrounding whitespace and
the leading mark.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from matcher.errors import InputError, KnowledgeError
from matcher.knowledge import normalise_mark
from matcher.types import MARKS, Item

TABLE_HEADER: tuple[str, ...] = ("NO", "カテゴリ", "確認内容", "実施", "回答内容")

# The preamble section whose statement becomes an item of its own.
CERT_SECTION = "情報セキュリティマネジメントシステムについて"
CERT_CATEGORY = "情報セキュリティマネジメントシステム"
# Not a question from the checklist: a descriptive label we wrote, so that the
# certification statement can be found like any other item.
CERT_QUESTION = "情報セキュリティマネジメントシステム（ISMS）およびプライバシーマークの認証"
CERT_COMMENT = (
    "From the seed's preamble (情報セキュリティマネジメントシステムについて), not its table:\n"
    "the question is a descriptive label, the answer the certification statement as written."
)

_MARK_CHARS = "".join(MARKS) + "〇◯"
_GLUED_MARK = re.compile(rf"([{_MARK_CHARS}])\s*(.*)", re.S)
_NUMBER = re.compile(r"[0-9]+")


def parse_seed(text: str, source: str = "") -> list[Item]:
    """Items 1..N from the seed table (id = NO), then the certification statement.

    The certification statement from the preamble becomes item N+1, with the
    descriptive question :data:`CERT_QUESTION`; it is left out when the preamble
    has no such section.

    An answer holding a second mark-led paragraph (row 14: ``○ A ... ○ B ...``)
    is one item with that mark: the paragraphs are kept in order, joined by a
    newline, and the second paragraph's leading mark is dropped, since the mark
    belongs in ``mark`` and the text should read as one answer.

    Raises ``KnowledgeError`` naming the line (and ``source``, e.g. the file name)
    for any row it cannot read.
    """
    lines = text.lstrip("\ufeff").splitlines()

    def error(lineno: int, message: str) -> KnowledgeError:
        where = f"{source}:{lineno}" if source else f"line {lineno}"
        return KnowledgeError(f"{where}: {message}")

    header_index = next(
        (i for i, line in enumerate(lines) if tuple(f.strip() for f in line.split("\t")) == TABLE_HEADER),
        None,
    )
    if header_index is None:
        where = f"{source}: " if source else ""
        raise KnowledgeError(f"{where}no table header found (expected {' / '.join(TABLE_HEADER)})")

    items: list[Item] = []
    seen: dict[int, int] = {}
    category = subcategory = ""
    for index in range(header_index + 1, len(lines)):
        lineno = index + 1
        line = lines[index]
        if not line.strip():
            continue
        fields = [f.strip() for f in line.split("\t")]
        number_text = fields[0]
        if not _NUMBER.fullmatch(number_text):
            raise error(lineno, f"expected a row starting with its NO, found {_preview(line)!r}")
        number = int(number_text)
        if number in seen:
            raise error(lineno, f"NO {number} already used on line {seen[number]}")
        seen[number] = lineno

        if len(fields) == 5:
            _, row_category, question, mark, answer = fields
            row_subcategory = ""
        elif len(fields) == 4:
            _, row_category, question, glued = fields
            match = _GLUED_MARK.fullmatch(glued)
            if match is None:
                raise error(
                    lineno, f"item {number}: 4 fields, but the answer does not start with a 実施 mark ({' '.join(MARKS)})"
                )
            mark, answer = match.group(1), match.group(2).strip()
            row_subcategory = ""
        elif len(fields) == 6:
            _, row_category, row_subcategory, question, mark, answer = fields
        else:
            raise error(lineno, f"item {number}: expected 4, 5 or 6 tab-separated fields, found {len(fields)}")

        mark = normalise_mark(mark)
        if mark and mark not in MARKS:
            raise error(lineno, f"item {number}: unknown 実施 mark {mark!r} (expected one of {' '.join(MARKS)} or blank)")
        if not question:
            raise error(lineno, f"item {number}: question is empty")
        answer = _join_paragraphs(answer, mark)
        if not answer:
            raise error(lineno, f"item {number}: answer is empty")

        if row_category:
            category, subcategory = row_category, row_subcategory
        elif row_subcategory:
            subcategory = row_subcategory
        items.append(Item(
            id=number, question=question, answer=answer, mark=mark,
            category=category, subcategory=subcategory,
        ))

    if not items:
        raise error(header_index + 1, "the table has no rows")
    cert = _certification(lines[:header_index], error)
    if cert is not None:
        items.append(Item(
            id=max(seen) + 1, question=CERT_QUESTION, answer=cert, mark="○", category=CERT_CATEGORY,
        ))
    return items


def _join_paragraphs(answer: str, mark: str) -> str:
    """Split on a mid-answer mark (`` ○ ``) and put each paragraph on its own line."""
    if not mark:
        return answer.strip()
    marks = [m for m in _MARK_CHARS if normalise_mark(m) == mark]
    pattern = rf"\s+[{''.join(marks)}]\s+"
    return "\n".join(p.strip() for p in re.split(pattern, answer.strip()) if p.strip())


def _certification(preamble: list[str], error: Callable[[int, str], KnowledgeError]) -> str | None:
    """The statement under the certification heading: its first non-blank block of lines."""
    start = next((i for i, line in enumerate(preamble) if line.strip() == CERT_SECTION), None)
    if start is None:
        return None
    block: list[str] = []
    for line in preamble[start + 1:]:
        if line.strip():
            block.append(line.strip())
        elif block:
            break
    if not block:
        raise error(start + 1, f"section {CERT_SECTION!r} has no statement")
    block[0] = block[0].removeprefix("・").strip()
    return "\n".join(block)


def seed_comments(items: list[Item]) -> dict[int, str]:
    """YAML comments for ``save_kb``: a note above the certification item."""
    return {item.id: CERT_COMMENT for item in items if item.question == CERT_QUESTION}


def _preview(line: str, width: int = 40) -> str:
    line = line.replace("\t", " ⇥ ")
    return line if len(line) <= width else line[:width] + "…"


def import_seed(path: Path) -> list[Item]:
    """Read and parse a seed file (UTF-8)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"seed file not found: {path}") from None
    except IsADirectoryError:
        raise InputError(f"seed path is a folder, not a file: {path}") from None
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 text (byte {e.start})") from None
    except OSError as e:
        raise InputError(f"cannot read seed file {path}: {e.strerror or e}") from None
    return parse_seed(text, source=str(path))
