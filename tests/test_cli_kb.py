"""``matcher kb``: import-seed, validate, list, show."""
from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from matcher.cli.kb import kb
from matcher.knowledge import load_kb

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_306a6eb53a12da80.txt"
REPO_KB = Path(__file__).resolve().parents[1] / "knowledge"

# The lead registers ``kb`` on the real top-level group; a stand-in keeps these tests independent.
main = click.Group("matcher", commands=[kb])


def run(*args: str) -> Result:
    return CliRunner().invoke(main, ["kb", *args])


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    result = run("import-seed", str(SEED), "-o", str(tmp_path))
    assert result.exit_code == 0, result.output
    return tmp_path


def one_line_error(result: Result) -> str:
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]


def test_import_seed_writes_the_knowledge_base(kb_dir: Path) -> None:
    base = load_kb(kb_dir)
    assert len(base) == 51 and base.next_id == 52
    assert (kb_dir / "items.yaml").read_text(encoding="utf-8").startswith("# Knowledge base")


def test_import_seed_output_matches_the_committed_file(kb_dir: Path) -> None:
    # knowledge/items.yaml was produced by this command; items learned later only add to it
    committed = load_kb(REPO_KB)
    fresh = load_kb(kb_dir)
    for item in fresh:
        kept = committed.get(item.id)
        assert (kept.category, kept.subcategory, kept.question) == (item.category, item.subcategory, item.question)


def test_import_seed_reports_what_it_wrote(tmp_path: Path) -> None:
    result = run("import-seed", str(SEED), "--out", str(tmp_path / "items.yaml"))
    assert result.exit_code == 0
    assert result.stdout.startswith("wrote 51 items to ") and result.stdout.strip().endswith("(next_id 52)")


def test_import_seed_refuses_to_overwrite_without_force(kb_dir: Path) -> None:
    file = kb_dir / "items.yaml"
    file.write_text(file.read_text(encoding="utf-8") + "# hand edit\n", encoding="utf-8")
    message = one_line_error(run("import-seed", str(SEED), "-o", str(kb_dir)))
    assert "already exists" in message and "--force" in message
    assert file.read_text(encoding="utf-8").endswith("# hand edit\n")
    result = run("import-seed", str(SEED), "-o", str(kb_dir), "--force")
    assert result.exit_code == 0
    assert not file.read_text(encoding="utf-8").endswith("# hand edit\n")


def test_import_seed_default_destination_follows_matcher_kb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MATCHER_KB", str(tmp_path / "kb"))
    assert run("import-seed", str(SEED)).exit_code == 0
    assert len(load_kb(tmp_path / "kb" / "items.yaml")) == 51


def test_import_seed_errors(tmp_path: Path) -> None:
    assert "seed file not found" in one_line_error(run("import-seed", str(tmp_path / "none.txt"), "-o", str(tmp_path)))
    bad = tmp_path / "bad.txt"
    bad.write_text("NO\tカテゴリ\t確認内容\t実施\t回答内容\n1\tA\n", encoding="utf-8")
    message = one_line_error(run("import-seed", str(bad), "-o", str(tmp_path)))
    assert "bad.txt:2: item 1: expected 4, 5 or 6" in message
    assert not (tmp_path / "items.yaml").exists()


def test_validate_ok(kb_dir: Path) -> None:
    result = run("validate", "--kb", str(kb_dir))
    assert result.exit_code == 0
    assert result.stdout.strip().endswith("items.yaml: 51 items, no problems")


def test_validate_lists_every_problem(kb_dir: Path) -> None:
    file = kb_dir / "items.yaml"
    text = file.read_text(encoding="utf-8")
    text = text.replace("  - id: 3\n", "  - id: 2\n", 1).replace("    mark: ○\n", "    mark: X\n", 1)
    file.write_text(text, encoding="utf-8")
    result = run("validate", "--kb", str(file))
    assert result.exit_code == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].endswith("item 1: unknown mark 'X' (allowed: ○ × △ － or '' for none)")
    assert "item 2: duplicate id (also at line " in lines[1]
    assert "2 problems" in result.stderr


def test_validate_unreadable_file(tmp_path: Path) -> None:
    (tmp_path / "items.yaml").write_text("version: 1\nitems: [\n", encoding="utf-8")
    assert "YAML syntax error" in one_line_error(run("validate", "--kb", str(tmp_path)))
    assert "knowledge base not found" in one_line_error(run("validate", "--kb", str(tmp_path / "missing")))


def test_list(kb_dir: Path) -> None:
    result = run("list", "--kb", str(kb_dir))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 51
    assert lines[0].split()[:3] == ["1", "○", "情報セキュリティのための方針群"]
    assert lines[8].split()[-1] == "全般"
    assert all(len(line.split("  ")[-1].strip()) <= 60 for line in lines)
    assert any(line.endswith("…") for line in lines)


def test_list_by_category(kb_dir: Path) -> None:
    result = run("list", "--kb", str(kb_dir), "--category", "データセンター")
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["41", "42"]
    result = run("list", "--kb", str(kb_dir), "--category", "パスワード")  # subcategory too
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["31"]
    result = run("list", "--kb", str(kb_dir), "--category", "存在しない")
    assert result.exit_code == 0 and result.stdout == "" and "no items" in result.stderr


def test_show(kb_dir: Path) -> None:
    result = run("show", "14", "--kb", str(kb_dir))
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("item 14\n")
    assert "  category:    バックアップ\n" in out
    assert "  mark:        ○\n" in out
    assert "  answer:      お客様のデータ喪失を防ぐため" in out
    assert "\n               またシステム構成はコード化して管理しており" in out
    assert "  variants:    (none)" in out


def test_show_lists_variants(kb_dir: Path) -> None:
    from matcher.knowledge import save_kb
    from matcher.types import Variant

    base = load_kb(kb_dir)
    base.add_variant(3, Variant("手順は文書化されていますか", "acme.xlsx", "2025-01-02"))
    save_kb(base)
    out = run("show", "3", "--kb", str(kb_dir)).stdout
    assert "    - 手順は文書化されていますか  (acme.xlsx, 2025-01-02)" in out


def test_show_unknown_id(kb_dir: Path) -> None:
    assert "no item with id 999" in one_line_error(run("show", "999", "--kb", str(kb_dir)))


@pytest.mark.parametrize("command", ["import-seed", "validate", "list", "show"])
def test_help_has_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.stdout and f"matcher kb {command}" in result.stdout
