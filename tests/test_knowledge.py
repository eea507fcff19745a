"""Knowledge base: load, validate and save (round-trip, minimal diffs)."""
from __future__ import annotations

import dataclasses
import difflib
import os
from pathlib import Path

import pytest

from matcher.errors import KnowledgeError
from matcher.knowledge import (
    KnowledgeBase,
    Problem,
    default_kb_path,
    load_kb,
    save_kb,
    validate_kb,
)
from matcher.seed import import_seed, seed_comments
from matcher.types import Item, Variant

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_306a6eb53a12da80.txt"
REPO_KB = Path(__file__).resolve().parents[1] / "knowledge"

ITEM = """\
  - id: {id}
    category: {category}
    subcategory: ''
    question: {question}
    mark: {mark}
    answer: {answer}
    question_en: ''
    answer_en: ''
    variants:
"""


def write_kb(folder: Path, *items: dict, next_id: int = 10) -> Path:
    """A small hand-written items.yaml; item fields default to something valid."""
    body = "\n".join(
        ITEM.format(**{"category": "A", "question": "q", "mark": "○", "answer": "a", **item}) for item in items
    )
    file = folder / "items.yaml"
    file.write_text(f"# hand written\nversion: 1\nnext_id: {next_id}\nitems:\n{body}", encoding="utf-8")
    return file


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    """A knowledge folder freshly written from the seed."""
    items = import_seed(SEED)
    save_kb(KnowledgeBase.from_items(items), tmp_path, comments=seed_comments(items))
    return tmp_path / "items.yaml"


def changes(before: str, after: str) -> tuple[list[str], list[str]]:
    """(removed, added) lines, as a line diff like git's (no autojunk heuristics)."""
    a, b = before.splitlines(), after.splitlines()
    removed: list[str] = []
    added: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            removed += a[i1:i2]
            added += b[j1:j2]
    return removed, added


def added_lines_only(before: str, after: str) -> list[str]:
    """The added lines; fails if any line was removed or changed."""
    removed, added = changes(before, after)
    assert removed == []
    return added


# ------------------------------------------------------------------ the committed knowledge base


def test_repository_knowledge_base_loads_and_validates() -> None:
    kb = load_kb(REPO_KB)
    assert len(kb) >= 51
    assert kb.next_id >= 52
    assert validate_kb(kb) == []
    seed = {item.id: item for item in import_seed(SEED)}
    for item_id, item in seed.items():
        assert kb.get(item_id).question == item.question


def test_default_path_is_the_repository_knowledge_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MATCHER_KB", raising=False)
    assert default_kb_path() == REPO_KB
    assert len(load_kb()) == len(load_kb(REPO_KB / "items.yaml"))


def test_env_var_overrides_the_default(monkeypatch: pytest.MonkeyPatch, seeded: Path) -> None:
    monkeypatch.setenv("MATCHER_KB", str(seeded.parent))
    assert default_kb_path() == seeded.parent
    assert load_kb().path == seeded


# ------------------------------------------------------------------ model


def test_seed_round_trips_through_the_file(seeded: Path) -> None:
    kb = load_kb(seeded)
    assert kb.items == import_seed(SEED)
    assert kb.next_id == 52
    assert kb.path == seeded
    assert load_kb(seeded.parent).items == kb.items  # folder or file


def test_get_iter_len(seeded: Path) -> None:
    kb = load_kb(seeded)
    assert len(kb) == 51
    assert [item.id for item in kb] == list(range(1, 52))
    assert kb.get(14).category == "バックアップ"
    with pytest.raises(KnowledgeError, match="no item with id 99"):
        kb.get(99)


def test_next_id_only_grows() -> None:
    kb = KnowledgeBase.from_items([Item(id=1, question="q", answer="a"), Item(id=5, question="q", answer="a")])
    assert kb.next_id == 6
    assert kb.allocate_id() == 6
    assert kb.allocate_id() == 7
    kb.items.pop()  # deleting an item does not free its id
    assert kb.allocate_id() == 8
    kb.next_id = 2  # even a stale next_id never hands out a used id
    assert kb.allocate_id() == 2
    kb.add(Item(id=20, question="q", answer="a"))
    assert kb.next_id == 21
    with pytest.raises(KnowledgeError, match="already exists"):
        kb.add(Item(id=20, question="q", answer="a"))


def test_add_variant_ignores_a_repeat() -> None:
    kb = KnowledgeBase.from_items([Item(id=1, question="q", answer="a")])
    kb.add_variant(1, Variant("other", "x.xlsx", "2025-01-01"))
    kb.add_variant(1, Variant("other", "y.xlsx", "2025-02-01"))
    assert kb.get(1).variants == (Variant("other", "x.xlsx", "2025-01-01"),)


# ------------------------------------------------------------------ file format


def test_file_layout(seeded: Path) -> None:
    text = seeded.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("# Knowledge base")
    assert any("○ done, × not done, △ partly, － not applicable" in line for line in lines[:20])
    assert "version: 1\nnext_id: 52\nitems:\n  - id: 1\n" in text
    # fixed key order, blank line between items, empty variants
    assert (
        "  - id: 13\n    category: 運用管理\n    subcategory: ''\n    question: クラウド"
    ) in text
    assert "    answer_en: ''\n    variants:\n\n  - id: 14\n" in text
    # multi-line answers as literal blocks, long answers never folded
    assert "    answer: |-\n      お客様のデータ喪失を防ぐため" in text
    long_answer = next(line for line in lines if "10:00~12:00" in line)
    assert long_answer.startswith("    answer: ") and long_answer.endswith("4403081062297")
    # item 51 carries a comment saying its question is a label
    assert "descriptive label" in text.split("  - id: 51")[0].split("  - id: 50")[1]
    assert text.endswith("    variants:\n")


def test_save_is_idempotent(seeded: Path) -> None:
    before = seeded.read_bytes()
    save_kb(load_kb(seeded))
    assert seeded.read_bytes() == before


def test_adding_a_variant_is_an_added_lines_only_diff(seeded: Path) -> None:
    before = seeded.read_text(encoding="utf-8")
    kb = load_kb(seeded)
    kb.add_variant(14, Variant("バックアップを定期的に取得していますか", "acme.xlsx", "2025-01-02"))
    save_kb(kb)
    middle = seeded.read_text(encoding="utf-8")
    assert added_lines_only(before, middle) == [
        "      - text: バックアップを定期的に取得していますか",
        "        source: acme.xlsx",
        "        added: '2025-01-02'",
    ]
    # a second variant on the same item: again only added lines, still one blank line before item 15
    kb = load_kb(seeded)
    kb.add_variant(14, Variant("Do you take backups?", "b.xlsx", "2025-03-04"))
    save_kb(kb)
    after = seeded.read_text(encoding="utf-8")
    assert added_lines_only(middle, after) == [
        "      - text: Do you take backups?",
        "        source: b.xlsx",
        "        added: '2025-03-04'",
    ]
    assert "        added: '2025-03-04'\n\n  - id: 15\n" in after
    assert load_kb(seeded).get(14).variants == (
        Variant("バックアップを定期的に取得していますか", "acme.xlsx", "2025-01-02"),
        Variant("Do you take backups?", "b.xlsx", "2025-03-04"),
    )


def test_adding_a_variant_to_the_last_item(seeded: Path) -> None:
    before = seeded.read_text(encoding="utf-8")
    kb = load_kb(seeded)
    kb.add_variant(51, Variant("ISMS認証を取得していますか", "c.xlsx", "2025-01-02"))
    save_kb(kb)
    assert len(added_lines_only(before, seeded.read_text(encoding="utf-8"))) == 3


def test_adding_an_item_touches_only_next_id(seeded: Path) -> None:
    before = seeded.read_text(encoding="utf-8")
    kb = load_kb(seeded)
    kb.add(Item(id=kb.allocate_id(), question="新しい質問", answer="一行目\n二行目", category="追加"))
    save_kb(kb)
    removed, added = changes(before, seeded.read_text(encoding="utf-8"))
    assert removed == ["next_id: 52"]
    assert added[0] == "next_id: 53"
    assert added[1:4] == ["", "  - id: 52", "    category: 追加"]
    assert "      二行目" in added
    assert load_kb(seeded).get(52).answer == "一行目\n二行目"


def test_editing_an_answer_changes_only_that_line(seeded: Path) -> None:
    before = seeded.read_text(encoding="utf-8")
    kb = load_kb(seeded)
    kb.replace(dataclasses.replace(kb.get(3), answer="新しい回答", answer_en="New answer"))
    save_kb(kb)
    removed, added = changes(before, seeded.read_text(encoding="utf-8"))
    assert removed == [
        "    answer: ISMSマニュアルにて、情報セキュリティ対策（日々の活動や緊急対応、役割別PDCA）を明記しております。",
        "    answer_en: ''",
    ]
    assert added == ["    answer: 新しい回答", "    answer_en: New answer"]


def test_multi_line_edits_switch_between_plain_and_literal(seeded: Path) -> None:
    kb = load_kb(seeded)
    kb.replace(dataclasses.replace(kb.get(14), answer="one line now"))
    kb.replace(dataclasses.replace(kb.get(15), answer="two\nlines"))
    save_kb(kb)
    text = seeded.read_text(encoding="utf-8")
    assert "    answer: one line now\n" in text
    assert "    answer: |-\n      two\n      lines\n" in text
    assert [load_kb(seeded).get(n).answer for n in (14, 15)] == ["one line now", "two\nlines"]


def test_hand_comments_and_quoting_survive_a_save(tmp_path: Path) -> None:
    file = write_kb(tmp_path, {"id": 1}, {"id": 2, "answer": '"quoted answer"'})
    text = file.read_text(encoding="utf-8").replace("  - id: 2\n", "  # reviewed by legal\n  - id: 2\n")
    text = text.replace("    mark: ○\n    answer: a\n", "    mark: ○  # keep\n    answer: a\n")
    file.write_text(text, encoding="utf-8")
    kb = load_kb(file)
    kb.add_variant(1, Variant("v", "s", "2025-01-01"))
    save_kb(kb)
    added = added_lines_only(text, file.read_text(encoding="utf-8"))
    assert added == ["      - text: v", "        source: s", "        added: '2025-01-01'"]


def test_missing_optional_keys_stay_missing(tmp_path: Path) -> None:
    file = tmp_path / "items.yaml"
    text = "version: 1\nnext_id: 3\nitems:\n  - id: 1\n    question: q\n    answer: a\n"
    file.write_text(text, encoding="utf-8")
    kb = load_kb(file)
    assert kb.get(1) == Item(id=1, question="q", answer="a", mark="")
    save_kb(kb)
    assert file.read_text(encoding="utf-8") == text
    kb.replace(dataclasses.replace(kb.get(1), category="C"))
    save_kb(kb)
    assert "  - id: 1\n    category: C\n    question: q\n" in file.read_text(encoding="utf-8")


def test_look_alike_circles_are_normalised_on_load(tmp_path: Path) -> None:
    file = write_kb(tmp_path, {"id": 1, "mark": "〇"}, {"id": 2, "mark": "◯"}, {"id": 3, "mark": "×"})
    kb = load_kb(file)
    assert [item.mark for item in kb] == ["○", "○", "×"]
    assert validate_kb(kb) == []


def test_save_is_atomic(tmp_path: Path, seeded: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = seeded.read_bytes()
    kb = load_kb(seeded)
    kb.add_variant(1, Variant("v"))

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(KnowledgeError, match="cannot write .*No space left"):
        save_kb(kb)
    monkeypatch.undo()
    assert seeded.read_bytes() == before
    # no temp file left (the backup of the unchanged file may stay)
    assert sorted(p.name for p in seeded.parent.iterdir()) in (["items.yaml"], ["items.yaml", "items.yaml.bak"])
    save_kb(kb)
    assert sorted(p.name for p in seeded.parent.iterdir()) == ["items.yaml", "items.yaml.bak"]


def test_save_creates_the_folder(tmp_path: Path) -> None:
    kb = KnowledgeBase.from_items([Item(id=1, question="q", answer="a")])
    written = save_kb(kb, tmp_path / "new" / "knowledge")
    assert written == tmp_path / "new" / "knowledge" / "items.yaml"
    assert load_kb(written).items == kb.items


# ------------------------------------------------------------------ load errors


def test_missing_file_or_folder(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="knowledge base not found"):
        load_kb(tmp_path / "nowhere")
    with pytest.raises(KnowledgeError, match="no items.yaml in"):
        load_kb(tmp_path)


def test_yaml_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    file = tmp_path / "items.yaml"
    file.write_text("version: 1\nnext_id: 2\nitems:\n  - id: 1\n    question: [unclosed\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"items\.yaml:\d+: YAML syntax error") as info:
        load_kb(file)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "file is empty"),
        ("- 1\n- 2\n", "top level must be a mapping"),
        ("version: 2\nnext_id: 1\nitems: []\n", "version must be 1"),
        ("version: 1\nitems: []\n", "next_id must be an integer"),
        ("version: 1\nnext_id: 1\nitems: {a: 1}\n", r":3: items must be a list"),
        ("version: 1\nnext_id: 1\nitems:\n  - just text\n", r":4: each entry of items must be a mapping"),
        ("version: 1\nnext_id: 5\nitems:\n  - question: q\n    answer: a\n", r":4: id must be an integer"),
        ("version: 1\nnext_id: 5\nitems:\n  - id: 1\n    anwser: a\n", r":5: item 1: unknown key 'anwser'"),
        ("version: 1\nnext_id: 5\nitems:\n  - id: 1\n    answer: [a, b]\n", r":5: item 1: answer must be text"),
        ("version: 1\nnext_id: 5\nitems:\n  - id: 1\n    variants: v\n", r"item 1: variants must be a list"),
        ("version: 1\nnext_id: 5\nfoo: 1\nitems: []\n", r":3: unknown top-level key 'foo'"),
    ],
)
def test_wrong_shape(tmp_path: Path, text: str, expected: str) -> None:
    file = tmp_path / "items.yaml"
    file.write_text(text, encoding="utf-8")
    with pytest.raises(KnowledgeError, match=expected):
        load_kb(file)


def test_duplicate_ids_are_a_hard_error(tmp_path: Path) -> None:
    file = write_kb(tmp_path, {"id": 1}, {"id": 2}, {"id": 1})
    with pytest.raises(KnowledgeError, match=r"items\.yaml:25: item 1: duplicate id \(also at line 5\)"):
        load_kb(file)
    kb = load_kb(file, strict=False)
    assert [str(p).split("/")[-1] for p in validate_kb(kb)] == ["items.yaml:25: item 1: duplicate id (also at line 5)"]


# ------------------------------------------------------------------ validation


def test_validate_reports_every_problem_with_its_line(tmp_path: Path) -> None:
    file = write_kb(
        tmp_path,
        {"id": 1},
        {"id": 2, "question": "''"},
        {"id": 3, "answer": "'  '"},
        {"id": 4, "mark": "済"},
        {"id": 12},
        {"id": 4},
        next_id=10,
    )
    problems = validate_kb(load_kb(file, strict=False))
    shown = [(p.item_id, p.line, p.message) for p in problems]
    assert shown == [
        (2, 18, "question is empty"),
        (3, 30, "answer is empty"),
        (4, 39, "unknown mark '済' (allowed: ○ × △ － or '' for none)"),
        (12, 45, "id is not below next_id 10 (raise next_id above every id)"),
        (4, 55, "duplicate id (also at line 35)"),
    ]
    assert all(p.file.endswith("items.yaml") for p in problems)
    assert str(problems[1]).endswith("items.yaml:30: item 3: answer is empty")


def test_empty_mark_is_allowed(tmp_path: Path) -> None:
    file = write_kb(tmp_path, {"id": 1, "mark": "''"})
    assert validate_kb(load_kb(file)) == []


def test_validate_an_unsaved_knowledge_base() -> None:
    kb = KnowledgeBase.from_items([Item(id=1, question="q", answer=""), Item(id=2, question="q", answer="a")])
    assert [str(p) for p in validate_kb(kb)] == ["item 1: answer is empty"]


def test_problem_str() -> None:
    assert str(Problem("knowledge/items.yaml", 17, 123, "answer is empty")) == (
        "knowledge/items.yaml:123: item 17: answer is empty"
    )
    assert str(Problem("knowledge/items.yaml", None, None, "x")) == "knowledge/items.yaml: x"


def test_hand_written_variant_forms(tmp_path: Path) -> None:
    file = tmp_path / "items.yaml"
    file.write_text(
        "version: 1\nnext_id: 3\nitems:\n"
        "  - id: 1\n    question: q\n    answer: a\n    variants: []\n"
        "  - id: 2\n    question: q\n    answer: a\n    variants:\n"
        "      - just a wording\n      - text: dated\n        added: 2025-01-02\n",
        encoding="utf-8",
    )
    kb = load_kb(file)
    assert kb.get(1).variants == ()
    assert kb.get(2).variants == (Variant("just a wording"), Variant("dated", "", "2025-01-02"))
    kb.add_variant(1, Variant("new", "s", "2025-05-05"))
    save_kb(kb)
    text = file.read_text(encoding="utf-8")
    assert "    variants:\n      - text: new\n        source: s\n        added: '2025-05-05'\n  - id: 2\n" in text
    assert "      - just a wording\n      - text: dated\n        added: 2025-01-02\n" in text  # untouched
    assert load_kb(file).get(1).variants == (Variant("new", "s", "2025-05-05"),)


def test_items_in_an_empty_knowledge_base(tmp_path: Path) -> None:
    file = tmp_path / "items.yaml"
    file.write_text("version: 1\nnext_id: 1\nitems: []\n", encoding="utf-8")
    kb = load_kb(file)
    assert len(kb) == 0
    kb.add(Item(id=kb.allocate_id(), question="q1", answer="a1"))
    kb.add(Item(id=kb.allocate_id(), question="q2", answer="a2"))
    save_kb(kb)
    text = file.read_text(encoding="utf-8")
    assert "next_id: 3\nitems:\n  - id: 1\n" in text and "    variants:\n\n  - id: 2\n" in text
    assert [item.question for item in load_kb(file)] == ["q1", "q2"]


def test_removing_and_reordering_items_keeps_their_comments(tmp_path: Path) -> None:
    file = write_kb(tmp_path, {"id": 1}, {"id": 2, "answer": "two  # approved 2024"}, {"id": 3})
    kb = load_kb(file)
    kb.items = [kb.get(3), kb.get(2)]
    save_kb(kb)
    text = file.read_text(encoding="utf-8")
    assert "  - id: 1\n" not in text
    assert text.index("  - id: 3\n") < text.index("  - id: 2\n")
    assert "answer: two  # approved 2024" in text
    assert [item.id for item in load_kb(file)] == [3, 2]
    assert load_kb(file).next_id == 10


def test_saving_keeps_the_previous_version_as_a_backup(kb):
    from matcher.knowledge import load_kb, save_kb
    from matcher.types import Variant

    folder = kb
    before = (folder / "items.yaml").read_text(encoding="utf-8")
    kb = load_kb(folder)
    kb.add_variant(1, Variant("セキュリティ方針はありますか", "test.xlsx", "2026-11-26"))
    save_kb(kb)
    assert (folder / "items.yaml.bak").read_text(encoding="utf-8") == before
    assert "セキュリティ方針はありますか" in (folder / "items.yaml").read_text(encoding="utf-8")
    assert not list(folder.glob(".items.yaml.*.tmp"))
