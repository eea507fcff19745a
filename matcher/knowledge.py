"""The knowledge base: the vendor's approved items, stored in ``knowledge/items.yaml``.

The file is edited by hand and by the tool, so it is read and written with
ruamel.yaml in round-trip mode: a loaded file keeps its comments, key order and
quoting when saved, and a change to one item (e.g. a learned variant) is a small
git diff.  IO happens only in :func:`load_kb` and :func:`save_kb`.
"""
from __future__ import annotations

import dataclasses
import datetime
import io
import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark, MarkedYAMLError, YAMLError
from ruamel.yaml.scalarstring import LiteralScalarString
from ruamel.yaml.tokens import CommentToken

from matcher.errors import KnowledgeError
from matcher.types import MARKS, Item, Variant

FORMAT_VERSION = 1
ITEMS_FILE = "items.yaml"
ENV_VAR = "MATCHER_KB"

# Key order of an item in the file (differs from the dataclass: reads like the seed table).
ITEM_KEYS: tuple[str, ...] = (
    "id", "category", "subcategory", "question", "mark", "answer",
    "question_en", "answer_en", "variants",
)
VARIANT_KEYS: tuple[str, ...] = ("text", "source", "added")
_TEXT_KEYS = ("category", "subcategory", "question", "mark", "answer", "question_en", "answer_en")

# Look-alikes people type for ○ (U+25CB): ideographic zero and large circle.
_MARK_ALIASES = {"〇": "○", "◯": "○"}

HEADER = """\
Knowledge base: the vendor's approved answers, one item per canonical question.
Edited by hand and by `matcher`; check edits with `matcher kb validate`.
#
version   file format version (1)
next_id   id the next new item gets; ids are never reused, so it only grows
items     one mapping per item, keys in this order:
  id           unique integer (the seed's NO for seed items)
  category     section heading; subcategory: sub-heading or ''
  question     canonical question, or only a label (e.g. 全般) where the seed has one
  mark         実施: ○ done, × not done, △ partly, － not applicable, '' no mark
  answer       approved answer text, exactly as it goes into a questionnaire
  question_en, answer_en   English versions, '' when there are none
  variants     other wordings of the question seen in past questionnaires:
               a list of {text, source, added (YYYY-MM-DD)}; left empty when none"""


def normalise_mark(mark: str) -> str:
    """Strip a 実施 mark and map look-alike circles (〇, ◯) to ○."""
    mark = mark.strip()
    return _MARK_ALIASES.get(mark, mark)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a knowledge base; ``str()`` is a compiler-style line."""

    file: str
    item_id: int | None
    line: int | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"line {self.line}"
        parts = [where] if where else []
        if self.item_id is not None:
            parts.append(f"item {self.item_id}")
        parts.append(self.message)
        return ": ".join(parts)


@dataclass
class KnowledgeBase:
    """The items plus where they came from.

    ``items`` may be edited in place (items are frozen, so replace them); keep ids
    unique and take new ids from :meth:`allocate_id`.  ``_doc`` is the round-trip
    YAML document the items were loaded from, used by :func:`save_kb` to keep
    comments and layout.
    """

    items: list[Item] = field(default_factory=list)
    path: Path | None = None
    next_id: int = 1
    _doc: Any = field(default=None, repr=False, compare=False)

    @classmethod
    def from_items(cls, items: list[Item], path: Path | None = None) -> KnowledgeBase:
        """A new knowledge base; ``next_id`` follows the highest id."""
        return cls(items=list(items), path=path, next_id=max((i.id for i in items), default=0) + 1)

    def __iter__(self) -> Iterator[Item]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __contains__(self, item_id: object) -> bool:
        return any(item.id == item_id for item in self.items)

    def get(self, item_id: int) -> Item:
        """The item with this id; ``KnowledgeError`` if there is none."""
        for item in self.items:
            if item.id == item_id:
                return item
        where = f" in {display_path(self.path)}" if self.path else ""
        raise KnowledgeError(f"no item with id {item_id}{where}")

    def allocate_id(self) -> int:
        """Reserve a fresh id (never one used before, even by a deleted item)."""
        new_id = max([self.next_id, *(item.id + 1 for item in self.items)])
        self.next_id = new_id + 1
        return new_id

    def add(self, item: Item) -> None:
        """Append a new item; its id must be unused."""
        if item.id in self:
            raise KnowledgeError(f"item {item.id} already exists")
        self.items.append(item)
        self.next_id = max(self.next_id, item.id + 1)

    def replace(self, item: Item) -> None:
        """Put ``item`` in place of the item with the same id."""
        for index, old in enumerate(self.items):
            if old.id == item.id:
                self.items[index] = item
                return
        self.get(item.id)  # raises the usual error

    def add_variant(self, item_id: int, variant: Variant) -> Item:
        """Record another wording of item ``item_id``'s question; returns the new item."""
        item = self.get(item_id)
        if any(v.text == variant.text for v in item.variants):
            return item
        new = dataclasses.replace(item, variants=(*item.variants, variant))
        self.replace(new)
        return new


# --------------------------------------------------------------------------- paths


def default_kb_path() -> Path:
    """``$MATCHER_KB`` if set, else the repository's top-level ``knowledge/`` folder."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    # This module lives in matcher/, so the repository root is two levels up.
    return Path(__file__).resolve().parent.parent / "knowledge"


def items_file(path: Path) -> Path:
    """Accept either the folder or the ``items.yaml`` file itself."""
    if path.is_dir() or (not path.exists() and path.suffix.lower() not in (".yaml", ".yml")):
        return path / ITEMS_FILE
    return path


def display_path(path: Path | None) -> str:
    """Path relative to the working directory when it is below it (shorter messages)."""
    if path is None:
        return ""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _yaml() -> YAML:
    y = YAML()  # round-trip
    y.width = 1_000_000  # never fold long answers
    y.indent(mapping=2, sequence=4, offset=2)
    y.preserve_quotes = True  # hand-chosen quoting survives a save
    return y


# --------------------------------------------------------------------------- load


def read_yaml(file: Path, *, round_trip: bool = True) -> Any:
    """A knowledge-base YAML file's content; any problem is one ``KnowledgeError`` naming file and line.

    ``round_trip`` keeps comments and order (for files the tool writes back); otherwise plain data.
    """
    shown = display_path(file)
    try:
        text = Path(file).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as e:
        raise KnowledgeError(f"{shown}: not UTF-8 text (byte {e.start})") from None
    except OSError as e:
        raise KnowledgeError(f"{shown}: cannot read: {e.strerror or e}") from None
    try:
        return (_yaml() if round_trip else YAML(typ="safe")).load(text)
    except MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = f":{mark.line + 1}" if mark is not None else ""
        what = " ".join(str(e.problem or e.context or "invalid YAML").split())
        raise KnowledgeError(f"{shown}{line}: YAML syntax error: {what}") from None
    except YAMLError as e:
        raise KnowledgeError(f"{shown}: YAML error: {' '.join(str(e).split())}") from None


def load_kb(path: Path | None = None, *, strict: bool = True) -> KnowledgeBase:
    """Read a knowledge base from a ``knowledge/`` folder or an ``items.yaml`` file.

    Raises ``KnowledgeError`` (one line naming the file and, where known, the line)
    when the file is missing, is not valid YAML or has the wrong shape.  With
    ``strict`` it also raises on duplicate ids, which would make ``get`` ambiguous;
    softer problems are left to :func:`validate_kb`.
    """
    given = Path(path) if path is not None else default_kb_path()
    if not given.exists():
        raise KnowledgeError(f"knowledge base not found: {given}")
    file = items_file(given)
    shown = display_path(file)
    if not file.is_file():
        raise KnowledgeError(f"knowledge base not found: no {ITEMS_FILE} in {given}")
    doc = read_yaml(file)

    kb = _from_doc(doc, file, shown)
    if strict:
        duplicates = _duplicate_problems(kb)
        if duplicates:
            more = f" (and {len(duplicates) - 1} more)" if len(duplicates) > 1 else ""
            raise KnowledgeError(f"{duplicates[0]}{more}")
    return kb


def _line(node: Any, key: Any = None) -> int | None:
    """1-based line of a mapping (or of one of its keys), if ruamel recorded it."""
    lc = getattr(node, "lc", None)
    if lc is None:
        return None
    try:
        line = lc.line if key is None else lc.key(key)[0]
    except (KeyError, TypeError, AttributeError):
        line = lc.line
    return None if line is None else line + 1


def _from_doc(doc: Any, file: Path, shown: str) -> KnowledgeBase:
    def fail(message: str, node: Any = None, key: Any = None, item_id: int | None = None) -> KnowledgeError:
        return KnowledgeError(str(Problem(shown, item_id, _line(node, key) if node is not None else None, message)))

    if doc is None:
        raise fail("file is empty (expected version, next_id and items)")
    if not isinstance(doc, Mapping):
        raise fail("top level must be a mapping with version, next_id and items")
    unknown = [k for k in doc if k not in ("version", "next_id", "items")]
    if unknown:
        raise fail(f"unknown top-level key {unknown[0]!r}", doc, unknown[0])
    if doc.get("version") != FORMAT_VERSION:
        raise fail(f"version must be {FORMAT_VERSION}, found {doc.get('version')!r}", doc, "version")
    next_id = doc.get("next_id")
    if not _is_int(next_id):
        raise fail(f"next_id must be an integer, found {next_id!r}", doc, "next_id")
    raw_items = doc.get("items")
    if raw_items is None:
        raw_items = []
    if not isinstance(raw_items, list):
        raise fail("items must be a list of mappings", doc, "items")

    items: list[Item] = []
    for index, node in enumerate(raw_items):
        if not isinstance(node, Mapping):
            line = raw_items.lc.item(index)[0] + 1 if hasattr(raw_items, "lc") else None
            raise KnowledgeError(str(Problem(
                shown, None, line, "each entry of items must be a mapping (id, question, answer, ...)"
            )))
        item_id = node.get("id")
        if not _is_int(item_id):
            raise fail(f"id must be an integer, found {item_id!r}", node, "id" if "id" in node else None)
        for key in node:
            if key not in ITEM_KEYS:
                raise fail(f"unknown key {key!r} (allowed: {', '.join(ITEM_KEYS)})", node, key, item_id)
        values: dict[str, str] = {}
        for key in _TEXT_KEYS:
            value = _as_text(node.get(key))
            if value is None:
                raise fail(f"{key} must be text, found {type(node.get(key)).__name__}", node, key, item_id)
            values[key] = value
        values["mark"] = normalise_mark(values["mark"])
        variants = _variants(node, item_id, fail)
        items.append(Item(id=item_id, variants=variants, **values))
    return KnowledgeBase(items=items, path=file, next_id=next_id, _doc=doc)


def _variants(node: Any, item_id: int, fail: Any) -> tuple[Variant, ...]:
    raw = node.get("variants")
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise fail("variants must be a list of {text, source, added}", node, "variants", item_id)
    out = []
    for entry in raw:
        if isinstance(entry, str):  # a bare wording is accepted for hand edits
            out.append(Variant(text=entry))
            continue
        if not isinstance(entry, Mapping):
            raise fail("each variant must be a mapping {text, source, added}", node, "variants", item_id)
        for key in entry:
            if key not in VARIANT_KEYS:
                raise fail(f"unknown variant key {key!r} (allowed: text, source, added)", entry, key, item_id)
        texts = {k: _as_text(entry.get(k)) for k in VARIANT_KEYS}
        bad = [k for k, v in texts.items() if v is None]
        if bad:
            raise fail(f"variant {bad[0]} must be text", entry, bad[0], item_id)
        out.append(Variant(text=texts["text"] or "", source=texts["source"] or "", added=texts["added"] or ""))
    return tuple(out)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _as_text(value: Any) -> str | None:
    """The text of a scalar; None when the value cannot sensibly be text."""
    if value is None:
        return ""
    if isinstance(value, str):
        return str(value)  # drop ruamel's scalar-string subclass
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()  # an unquoted date in a hand edit
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


# --------------------------------------------------------------------------- validate


def _doc_nodes(kb: KnowledgeBase) -> list[Any | None]:
    """For each of ``kb.items``, its mapping in the loaded document (None if new).

    Matched by id and occurrence, so edits made after loading keep their lines.
    """
    by_id: dict[int, list[Any]] = {}
    raw = kb._doc.get("items") if isinstance(kb._doc, Mapping) else None
    for node in raw or []:
        if isinstance(node, Mapping):
            by_id.setdefault(node.get("id"), []).append(node)
    seen: dict[int, int] = {}
    out: list[Any | None] = []
    for item in kb.items:
        k = seen.get(item.id, 0)
        seen[item.id] = k + 1
        nodes = by_id.get(item.id, [])
        out.append(nodes[k] if k < len(nodes) else None)
    return out


def _duplicate_problems(kb: KnowledgeBase, nodes: list[Any | None] | None = None) -> list[Problem]:
    nodes = _doc_nodes(kb) if nodes is None else nodes
    shown = display_path(kb.path)
    first: dict[int, int] = {}
    problems = []
    for index, item in enumerate(kb.items):
        if item.id not in first:
            first[item.id] = index
            continue
        other = _line(nodes[first[item.id]], "id") if nodes[first[item.id]] is not None else None
        also = f" (also at line {other})" if other else ""
        line = _line(nodes[index], "id") if nodes[index] is not None else None
        problems.append(Problem(shown, item.id, line, f"duplicate id{also}"))
    return problems


def validate_kb(kb: KnowledgeBase) -> list[Problem]:
    """Every problem in ``kb``, in file order; an empty list means all is well.

    Checks: duplicate ids, ids not below ``next_id``, empty question or answer,
    unknown marks, empty variant texts.  Lines come from the loaded file.
    """
    nodes = _doc_nodes(kb)
    shown = display_path(kb.path)
    problems = _duplicate_problems(kb, nodes)

    def at(index: int, key: str) -> int | None:
        node = nodes[index]
        return _line(node, key) if node is not None and key in node else _line(node)

    allowed = " ".join(MARKS)
    for index, item in enumerate(kb.items):
        if item.id < 1:
            problems.append(Problem(shown, item.id, at(index, "id"), "id must be a positive integer"))
        if item.id >= kb.next_id:
            problems.append(Problem(
                shown, item.id, at(index, "id"),
                f"id is not below next_id {kb.next_id} (raise next_id above every id)",
            ))
        if not item.question.strip():
            problems.append(Problem(shown, item.id, at(index, "question"), "question is empty"))
        if not item.answer.strip():
            problems.append(Problem(shown, item.id, at(index, "answer"), "answer is empty"))
        if item.mark and item.mark not in MARKS:
            problems.append(Problem(
                shown, item.id, at(index, "mark"),
                f"unknown mark {item.mark!r} (allowed: {allowed} or '' for none)",
            ))
        for number, variant in enumerate(item.variants, 1):
            if not variant.text.strip():
                problems.append(Problem(shown, item.id, at(index, "variants"), f"variant {number} has empty text"))
    problems.sort(key=lambda p: (p.line is None, p.line or 0))
    return problems


# --------------------------------------------------------------------------- save


def save_kb(kb: KnowledgeBase, path: Path | None = None, *, comments: Mapping[int, str] | None = None) -> Path:
    """Write ``kb`` to ``path`` (folder or file; default ``kb.path``) atomically.

    A knowledge base that was loaded from a file is written by updating its YAML
    document in place: untouched items come out byte-identical, comments survive,
    and a new variant or item shows up as added lines only.  ``comments`` are
    placed above items written for the first time (e.g. a note on where an item
    came from).  Returns the file written.
    """
    target = Path(path) if path is not None else kb.path
    if target is None:
        raise KnowledgeError("no path to save the knowledge base to")
    file = items_file(target)
    doc = kb._doc if isinstance(kb._doc, CommentedMap) else _new_doc()
    _sync_doc(doc, kb, comments or {})
    buffer = io.StringIO()
    _yaml().dump(doc, buffer)
    _write_atomically(file, buffer.getvalue())
    kb._doc = doc
    kb.path = file
    return file


def _new_doc() -> CommentedMap:
    doc = CommentedMap()
    doc.yaml_set_start_comment(HEADER)
    doc["version"] = FORMAT_VERSION
    doc["next_id"] = 1
    doc["items"] = CommentedSeq()
    return doc


def _sync_doc(doc: CommentedMap, kb: KnowledgeBase, comments: Mapping[int, str]) -> None:
    """Make ``doc`` say what ``kb`` says, changing as little as possible."""
    if doc.get("version") != FORMAT_VERSION:
        doc["version"] = FORMAT_VERSION
    if doc.get("next_id") != kb.next_id:
        doc["next_id"] = kb.next_id
    seq = doc.get("items")
    if not isinstance(seq, CommentedSeq):
        seq = doc["items"] = CommentedSeq()
    old_ids = [node.get("id") if isinstance(node, Mapping) else None for node in seq]
    new_ids = [item.id for item in kb.items]
    if new_ids[: len(old_ids)] == old_ids:
        # Usual case: items edited in place and/or appended.
        for node, item in zip(seq, kb.items):
            _update_node(node, item)
        for item in kb.items[len(old_ids):]:
            _append_item(seq, _new_node(item), comments.get(item.id))
        return
    # Items removed or reordered: rebuild the list, keeping each item's own mapping.
    pool: dict[Any, list[Any]] = {}
    for node in seq:
        if isinstance(node, Mapping):
            pool.setdefault(node.get("id"), []).append(node)
    fresh = CommentedSeq()
    for item in kb.items:
        reused = pool.get(item.id)
        if reused:
            node = reused.pop(0)
            _update_node(node, item)
            _append_item(fresh, node, None)
        else:
            _append_item(fresh, _new_node(item), comments.get(item.id))
    doc["items"] = fresh


def _append_item(seq: CommentedSeq, node: CommentedMap, comment: str | None) -> None:
    """Append with a blank line (and an optional comment) before the item."""
    seq.append(node)
    tokens = []
    if len(seq) > 1:
        tokens.append(CommentToken("\n", CommentMark(0)))
    for line in (comment or "").splitlines():
        tokens.append(CommentToken(f"# {line}".rstrip() + "\n", CommentMark(2)))
    if tokens:
        seq.ca.items[len(seq) - 1] = [None, tokens, None, None]


def _yaml_text(value: str) -> str:
    """Multi-line text as a literal block (``|-``) so it reads as written."""
    if "\n" in value and "\r" not in value and not any(line != line.rstrip() for line in value.split("\n")):
        return LiteralScalarString(value)
    return value


def _item_values(item: Item) -> dict[str, Any]:
    return {
        "id": item.id,
        "category": item.category,
        "subcategory": item.subcategory,
        "question": item.question,
        "mark": item.mark,
        "answer": item.answer,
        "question_en": item.question_en,
        "answer_en": item.answer_en,
        "variants": item.variants,
    }


def _variant_node(variant: Variant) -> CommentedMap:
    node = CommentedMap()
    node["text"] = _yaml_text(variant.text)
    node["source"] = variant.source
    node["added"] = variant.added
    return node


def _new_node(item: Item) -> CommentedMap:
    node = CommentedMap()
    for key, value in _item_values(item).items():
        if key == "variants":
            # Empty (null) rather than [] so that the first variant is an added-lines-only diff.
            node[key] = CommentedSeq(_variant_node(v) for v in value) if value else None
        elif isinstance(value, str):
            node[key] = _yaml_text(value)
        else:
            node[key] = value
    return node


def _update_node(node: CommentedMap, item: Item) -> None:
    """Change only the keys whose value differs; absent default keys stay absent."""
    for key, value in _item_values(item).items():
        if key == "variants":
            _update_variants(node, item.variants)
            continue
        present = key in node
        if present and key == "mark" and normalise_mark(_as_text(node[key]) or "") == value:
            continue  # leave a hand-typed 〇 alone unless the mark really changed
        if present and (_as_text(node[key]) if isinstance(value, str) else node[key]) == value:
            continue
        if not present and value == "":
            continue
        _set_key(node, key, _yaml_text(value) if isinstance(value, str) else value)


def _set_key(node: CommentedMap, key: str, value: Any) -> None:
    if key in node:
        # Re-insert rather than assign: assignment would keep the old value's quoting
        # (e.g. the '' of an empty answer_en) for the new text.  Comments stay in node.ca.
        position = list(node).index(key)
        del node[key]
        node.insert(position, key, value)
        return
    # Insert after the keys that come before it in ITEM_KEYS, keeping the file's order.
    order = ITEM_KEYS.index(key)
    position = sum(1 for k in node if k in ITEM_KEYS and ITEM_KEYS.index(k) < order)
    node.insert(position, key, value)


def _current_variants(raw: Any) -> list[Variant] | None:
    if raw is None:
        return []
    if not isinstance(raw, list):
        return None
    out = []
    for entry in raw:
        if isinstance(entry, str):
            out.append(Variant(text=entry))
        elif isinstance(entry, Mapping):
            out.append(Variant(*((_as_text(entry.get(k)) or "") for k in VARIANT_KEYS)))
        else:
            return None
    return out


def _update_variants(node: CommentedMap, variants: tuple[Variant, ...]) -> None:
    raw = node.get("variants")
    current = _current_variants(raw)
    if current == list(variants):
        return
    if current is not None and isinstance(raw, CommentedSeq) and list(variants[: len(current)]) == current:
        # Appending: the blank line after the item hangs on the old last variant; move it down.
        for variant in variants[len(current):]:
            new = _variant_node(variant)
            if len(raw):
                _move_trailing_comment(raw[-1], new)
            raw.append(new)
        raw.fa.set_block_style()
        return
    seq = CommentedSeq(_variant_node(v) for v in variants) if variants else None
    if isinstance(raw, CommentedSeq) and len(raw) and seq is not None:
        _move_trailing_comment(raw[-1], seq[-1])
    _set_key(node, "variants", seq)


def _move_trailing_comment(old: Any, new: CommentedMap) -> None:
    """Move the comment after ``old``'s last value to after ``new``'s last value."""
    if not isinstance(old, CommentedMap) or not len(old) or not len(new):
        return
    last_old = list(old)[-1]
    slot = old.ca.items.get(last_old)
    if not slot or len(slot) < 3 or slot[2] is None:
        return
    token = slot[2]
    slot[2] = None
    last_new = list(new)[-1]
    new.ca.items[last_new] = [None, None, token, None]


def _write_atomically(file: Path, text: str) -> None:
    """Write via a temporary file in the same folder and ``os.replace``, so a crash
    never leaves a half-written knowledge base; the version it replaces is kept as
    ``FILE.bak`` (one step of undo, beside git)."""
    folder = file.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle = tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", newline="\n", dir=folder, prefix=f".{file.name}.", suffix=".tmp", delete=False
        )
    except OSError as e:
        raise KnowledgeError(f"cannot write {display_path(file)}: {e.strerror or e}") from None
    tmp = Path(handle.name)
    try:
        with handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            mode = file.stat().st_mode & 0o777
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        if file.exists():
            if file.read_text(encoding="utf-8") == text:
                tmp.unlink()
                return  # nothing changed: keep the file and its backup as they are
            shutil.copy2(file, file.with_name(file.name + ".bak"))
        os.replace(tmp, file)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise KnowledgeError(f"cannot write {display_path(file)}: {e.strerror or e}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# --------------------------------------------------------------------------- proposals

PROPOSALS_FILE = "proposals.yaml"
PROPOSAL_KINDS = ("answer", "item")
PROPOSAL_STATUSES = ("open", "promoted")
# Key order in the file; the optional ones are written only when they hold something.
PROPOSAL_KEYS: tuple[str, ...] = (
    "number", "kind", "status", "item", "category", "question", "mark", "answer",
    "nearest", "source", "added", "note", "promoted",
)
_PROPOSAL_OPTIONAL = ("item", "category", "nearest", "note", "promoted")

PROPOSALS_HEADER = """\
Proposals: changes to the knowledge base that wait for a person.
Written by `matcher apply` (a reviewer's corrected answer) and `matcher kb learn` (a past
answer no item covers). `matcher kb proposals` lists them; `matcher kb promote N` applies one.
#
next_number   number the next proposal gets (numbers are never reused)
proposals     one mapping per proposal:
  number    its number, for `matcher kb promote N`
  kind      answer: a new answer text for item `item`; item: a new item
  status    open, or promoted (then `promoted` holds the date)
  item      the item to change (kind answer), or the id the new item got once promoted
  category  suggested category of a new item (the section it was found under)
  question  the customer's wording
  mark      ○ done, × not done, △ partly, － not applicable, '' none
  answer    the proposed answer text
  nearest   a new item's closest existing item and the engine's confidence
  source, added   the questionnaire it came from and when
  note      the reviewer's note"""


@dataclass(frozen=True)
class Proposal:
    """A change to the knowledge base that a person must accept (``matcher kb promote``)."""

    number: int
    kind: str  # "answer": new answer text for ``item``; "item": a new item
    question: str
    answer: str
    mark: str = ""
    item: int | None = None
    category: str = ""
    nearest: str = ""
    source: str = ""
    added: str = ""
    note: str = ""
    status: str = "open"
    promoted: str = ""


@dataclass
class Proposals:
    """The proposals file: like :class:`KnowledgeBase`, a round-trip YAML document underneath."""

    entries: list[Proposal] = field(default_factory=list)
    path: Path | None = None
    next_number: int = 1
    _doc: Any = field(default=None, repr=False, compare=False)

    def __iter__(self) -> Iterator[Proposal]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, number: int) -> Proposal:
        for p in self.entries:
            if p.number == number:
                return p
        where = f" in {display_path(self.path)}" if self.path else ""
        raise KnowledgeError(f"no proposal number {number}{where} (see `matcher kb proposals --all`)")

    def add(self, proposal: Proposal) -> Proposal:
        """Append ``proposal`` under the next free number (its own number is ignored)."""
        number = max([self.next_number, *(p.number + 1 for p in self.entries)])
        new = dataclasses.replace(proposal, number=number)
        self.entries.append(new)
        self.next_number = number + 1
        return new

    def replace(self, proposal: Proposal) -> None:
        for index, old in enumerate(self.entries):
            if old.number == proposal.number:
                self.entries[index] = proposal
                return
        self.get(proposal.number)


def proposals_file(kb_path: Path | None = None) -> Path:
    """``proposals.yaml`` beside the knowledge base's ``items.yaml``."""
    given = Path(kb_path) if kb_path is not None else default_kb_path()
    return items_file(given).parent / PROPOSALS_FILE


def load_proposals(kb_path: Path | None = None) -> Proposals:
    """The proposals of a knowledge base; an empty set when the file does not exist yet."""
    file = proposals_file(kb_path)
    shown = display_path(file)
    if not file.exists():
        return Proposals(path=file)
    doc = read_yaml(file)
    if doc is None:
        return Proposals(path=file)
    if not isinstance(doc, Mapping) or not isinstance(doc.get("proposals") or [], list):
        raise KnowledgeError(f"{shown}: expected next_number and a list under proposals")
    entries = []
    for node in doc.get("proposals") or []:
        line = _line(node)
        where = f"{shown}:{line}" if line else shown
        if not isinstance(node, Mapping) or not _is_int(node.get("number")):
            raise KnowledgeError(f"{where}: each proposal needs an integer number")
        unknown = [k for k in node if k not in PROPOSAL_KEYS]
        if unknown:
            raise KnowledgeError(f"{where}: unknown key {unknown[0]!r} (allowed: {', '.join(PROPOSAL_KEYS)})")
        kind, status = _as_text(node.get("kind")), _as_text(node.get("status")) or "open"
        if kind not in PROPOSAL_KINDS:
            raise KnowledgeError(f"{where}: kind must be answer or item, found {kind!r}")
        if status not in PROPOSAL_STATUSES:
            raise KnowledgeError(f"{where}: status must be open or promoted, found {status!r}")
        item = node.get("item")
        if item is not None and not _is_int(item):
            raise KnowledgeError(f"{where}: item must be an item id, found {item!r}")
        if kind == "answer" and item is None:
            raise KnowledgeError(f"{where}: an answer proposal needs the item it changes")
        texts = {k: _as_text(node.get(k)) or "" for k in PROPOSAL_KEYS if k not in ("number", "kind", "status", "item")}
        texts["mark"] = normalise_mark(texts["mark"])
        entries.append(Proposal(number=node["number"], kind=kind, item=item, status=status, **texts))
    next_number = doc.get("next_number")
    if not _is_int(next_number):
        next_number = max((p.number for p in entries), default=0) + 1
    return Proposals(entries=entries, path=file, next_number=next_number, _doc=doc)


def save_proposals(book: Proposals) -> Path:
    """Write the proposals atomically, changing only what changed (hand edits survive)."""
    file = book.path if book.path is not None else proposals_file()
    doc = book._doc if isinstance(book._doc, CommentedMap) else None
    if doc is None:
        doc = CommentedMap()
        doc.yaml_set_start_comment(PROPOSALS_HEADER)
        doc["version"] = FORMAT_VERSION
        doc["next_number"] = book.next_number
        doc["proposals"] = CommentedSeq()
    if doc.get("next_number") != book.next_number:
        doc["next_number"] = book.next_number
    seq = doc.get("proposals")
    if not isinstance(seq, CommentedSeq):
        seq = doc["proposals"] = CommentedSeq()
    nodes = {node.get("number"): node for node in seq if isinstance(node, Mapping)}
    for proposal in book.entries:
        node = nodes.get(proposal.number)
        if node is None:
            node = CommentedMap()
            _append_item(seq, node, None)
        _update_proposal_node(node, proposal)
    buffer = io.StringIO()
    _yaml().dump(doc, buffer)
    _write_atomically(file, buffer.getvalue())
    book._doc = doc
    book.path = file
    return file


def _update_proposal_node(node: CommentedMap, proposal: Proposal) -> None:
    values = dataclasses.asdict(proposal)
    for key in PROPOSAL_KEYS:
        value = values[key]
        if key in node:
            old = node[key]
            if (_as_text(old) if isinstance(value, str) else old) == value:
                continue
        elif key in _PROPOSAL_OPTIONAL and value in ("", None):
            continue
        new = _yaml_text(value) if isinstance(value, str) else value
        if key in node:
            position = list(node).index(key)
            del node[key]
            node.insert(position, key, new)
        else:
            order = PROPOSAL_KEYS.index(key)
            node.insert(sum(1 for k in node if k in PROPOSAL_KEYS and PROPOSAL_KEYS.index(k) < order), key, new)
