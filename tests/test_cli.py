"""The command line as a whole: help everywhere, error handling, match and eval output."""
import click
import pytest
from click.testing import CliRunner

from matcher.cli import EXIT_INTERNAL, main
from tests.conftest import EXAMPLES


def _commands(group: click.Group, prefix=()):
    for name, cmd in group.commands.items():
        yield (*prefix, name), cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, (*prefix, name))


@pytest.mark.parametrize("path, command", list(_commands(main)), ids=lambda x: " ".join(x) if isinstance(x, tuple) else "")
def test_every_command_has_help_with_text(path, command):
    assert command.help and len(command.help.strip()) > 20, f"`matcher {' '.join(path)}` has no help text"
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0


def test_match_shows_status_candidates_and_matched_words():
    result = CliRunner().invoke(main, ["match", "二要素認証に対応していますか"])
    assert result.exit_code == 0, result.output
    assert "status:   auto  (item 27" in result.output
    assert "1. [27]" in result.output and "2. [" in result.output and "3. [" in result.output
    assert "matched: 多要素認証" in result.output


def test_eval_prints_the_figures_per_set():
    result = CliRunner().invoke(main, ["eval", str(EXAMPLES / "demo"), "--no-table"])
    assert result.exit_code == 0, result.output
    line = next(l for l in result.output.splitlines() if l.startswith("demo"))
    assert " 31 " in line and "%" in line


def test_an_unexpected_error_is_one_line_and_exit_4_unless_debug(monkeypatch, tmp_path):
    import matcher.fill

    def boom(*args, **kwargs):
        raise RuntimeError("something broke")

    monkeypatch.setattr(matcher.fill, "fill_workbook", boom)
    path = tmp_path / "x.xlsx"
    path.write_bytes(b"PK")
    result = CliRunner().invoke(main, ["fill", str(path)])
    assert result.exit_code == EXIT_INTERNAL
    assert result.output.strip() == (
        "Error: internal error (RuntimeError: something broke). Run again with --debug for the traceback."
    )
    debug = CliRunner().invoke(main, ["--debug", "fill", str(path)])
    assert isinstance(debug.exception, RuntimeError)


def test_unknown_option_is_a_usage_error():
    result = CliRunner().invoke(main, ["fill", "--no-such-option"])
    assert result.exit_code == 2


def test_eval_reads_a_linked_workbook_and_skips_a_link_whose_target_is_absent(tmp_path):
    # a labelled questionnaire kept outside the repository is linked, not copied
    real = tmp_path / "ex" / "real"
    real.mkdir(parents=True)
    demo = EXAMPLES / "demo" / "acme_checksheet.xlsx"
    (real / "acme.xlsx").symlink_to(demo)
    (real / "acme.labels.csv").write_bytes(demo.with_name("acme_checksheet.labels.csv").read_bytes())
    (real / "gone.xlsx").symlink_to(tmp_path / "no-such.xlsx")
    (real / "gone.labels.csv").write_text("sheet,row,expected,question,sha1\nS,3,none,,0\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(tmp_path / "ex"), "--no-table"])
    assert result.exit_code == 0, result.output
    line = next(l for l in result.output.splitlines() if l.startswith("real"))
    assert " 31 " in line
    assert f"real: skipped gone.xlsx -> {tmp_path / 'no-such.xlsx'} (not found)" in result.output


def test_eval_follows_a_linked_folder_once_even_with_a_link_back_up(tmp_path):
    # sets kept elsewhere are linked into one folder to score them together
    kept = tmp_path / "kept" / "acme"
    kept.mkdir(parents=True)
    demo = EXAMPLES / "demo" / "acme_checksheet.xlsx"
    (kept / "acme.xlsx").write_bytes(demo.read_bytes())
    (kept / "acme.labels.csv").write_bytes(demo.with_name("acme_checksheet.labels.csv").read_bytes())
    root = tmp_path / "ex"
    root.mkdir()
    (root / "linked").symlink_to(kept)
    (kept / "up").symlink_to(root)  # a loop: ex/linked/up -> ex
    result = CliRunner().invoke(main, ["eval", str(root), "--no-table"])
    assert result.exit_code == 0, result.output
    sets = [l.split()[0] for l in result.output.splitlines()[2:] if l.strip()]
    assert sets == ["linked"], result.output
    line = next(l for l in result.output.splitlines() if l.startswith("linked"))
    assert " 31 " in line


def test_eval_errors_leaves_out_the_rows_of_a_held_out_set(tmp_path):
    """A held-out set is read by its totals: listing its rows invites tuning to them."""
    import csv

    demo = EXAMPLES / "demo" / "acme_checksheet.xlsx"
    rows = list(csv.DictReader(demo.with_name("acme_checksheet.labels.csv").open(encoding="utf-8")))
    wrong = next(r for r in rows if r["expected"].isdigit())
    wrong["expected"] = "1" if wrong["expected"] != "1" else "2"  # a label the engine will not agree with
    for name in ("tune", "holdout"):
        folder = tmp_path / "ex" / name
        folder.mkdir(parents=True)
        (folder / "acme.xlsx").write_bytes(demo.read_bytes())
        with (folder / "acme.labels.csv").open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    listed = f"acme.xlsx {wrong['sheet']}!{wrong['row']}:"
    result = CliRunner().invoke(main, ["eval", str(tmp_path / "ex"), "--no-table", "--errors"])
    assert result.exit_code == 0, result.output
    tune, holdout = result.output.split("\ntune: ")[1], result.output.split("\nholdout: ")[1].split("\ntune: ")[0]
    assert listed in tune
    assert holdout.startswith("rows not listed") and listed not in holdout
    shown = CliRunner().invoke(main, ["eval", str(tmp_path / "ex"), "--no-table", "--errors", "--show-holdout"])
    assert shown.output.count(listed) == 2
