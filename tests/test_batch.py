"""`matcher batch`: a folder of questionnaires, one engine, a summary, failures that stop nothing."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from matcher import batch as batch_mod
from matcher import engine_io
from matcher.batch import (
    CRASHED,
    MANIFEST,
    BatchOptions,
    BatchResult,
    FileResult,
    find_questionnaires,
    planned_outputs,
    run_batch,
    run_tasks,
    write_summary,
)
from matcher.cli import main
from matcher.engine import Engine
from tests.conftest import EXAMPLES, REPO, sha256
from tests.workbooks import layout_workbook

DEMO = EXAMPLES / "demo" / "acme_checksheet.xlsx"
TUNE = sorted((EXAMPLES / "tune").rglob("*.xlsx"), key=lambda p: p.name)


def _encrypted(path: Path) -> None:
    try:
        from msoffcrypto.format.ooxml import OOXMLFile
    except ImportError:  # an OLE compound file is all the reader looks at
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
        return
    with open(DEMO, "rb") as f, open(path, "wb") as out:
        OOXMLFile(f).encrypt("secret", out)


@pytest.fixture
def inbox(tmp_path) -> Path:
    """Good files (one in a sub-folder, one generated), a corrupt and an encrypted workbook, and
    files that are not inputs: a lock file, a hidden file, outputs of an earlier `matcher fill`."""
    folder = tmp_path / "inbox"
    (folder / "banks").mkdir(parents=True)
    shutil.copy2(DEMO, folder / "acme.xlsx")
    shutil.copy2(TUNE[0], folder / "banks" / TUNE[0].name)
    shutil.copy2(TUNE[1], folder / TUNE[1].name)
    layout_workbook(folder / "generated.xlsx")
    data = DEMO.read_bytes()
    (folder / "corrupt.xlsx").write_bytes(data[: len(data) // 2])  # a download cut short
    _encrypted(folder / "locked.xlsx")
    shutil.copy2(DEMO, folder / "~$acme.xlsx")  # Excel's lock file while acme.xlsx is open
    (folder / ".hidden.xlsx").write_bytes(b"")
    shutil.copy2(DEMO, folder / "old.filled.xlsx")
    (folder / "old.report.csv").write_text("file\n", encoding="utf-8")
    (folder / "notes.txt").write_text("not a questionnaire", encoding="utf-8")
    return folder


GOOD = ["acme.xlsx", f"banks/{TUNE[0].name}", "generated.xlsx", TUNE[1].name]
BAD = {"corrupt.xlsx": "not an Excel workbook", "locked.xlsx": "password-protected"}


def _summary(outbox: Path) -> dict[str, dict[str, str]]:
    with open(outbox / "batch-summary.csv", encoding="utf-8-sig", newline="") as f:
        return {r["file"]: r for r in csv.DictReader(f)}


def _run(*args: str):
    return CliRunner().invoke(main, ["batch", *args], catch_exceptions=False)


# ---------------------------------------------------------------- the whole batch


def test_batch_fills_the_good_files_and_lists_each_failure(tmp_path, inbox, kb):
    outbox = tmp_path / "outbox"
    before = {p: sha256(p) for p in inbox.rglob("*") if p.is_file()}
    result = _run(str(inbox), "-o", str(outbox), "-r", "--kb", str(kb), "--jobs", "2")

    assert result.exit_code == 3, result.output
    assert result.output.splitlines()[-1] == f"2 of 6 files failed: see {outbox / 'batch-summary.csv'}"
    rows = _summary(outbox)
    assert sorted(rows) == sorted([*GOOD, *BAD, "TOTAL"])  # no lock file, hidden file or old outputs
    for name in GOOD:
        row = rows[name]
        assert row["status"] == "ok" and row["error"] == ""
        assert int(row["questions"]) > 0
        assert int(row["questions"]) == sum(int(row[k]) for k in ("auto", "review", "none"))
        filled = outbox / row["filled"]
        assert filled.exists() and (outbox / row["report"]).exists()
        assert filled.parent == outbox / Path(name).parent  # the tree is mirrored
        openpyxl.load_workbook(filled)  # a real workbook
    for name, reason in BAD.items():
        assert rows[name]["status"] == "failed"
        assert reason in rows[name]["error"]
        assert f"failed:  {name}: " in result.output
    total = rows["TOTAL"]
    assert total["status"] == "6 files: 4 ok, 2 failed"
    assert int(total["questions"]) == sum(int(rows[n]["questions"]) for n in GOOD)
    assert not list(outbox.rglob("*.tmp"))
    assert {p: sha256(p) for p in inbox.rglob("*") if p.is_file()} == before  # inputs untouched

    ws = openpyxl.load_workbook(outbox / "batch-summary.xlsx").active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[0][:3] == ["file", "status", "sheets"]
    by_file = {v[0]: v for v in values[1:] if v[0]}
    assert by_file["corrupt.xlsx"][1] == "failed" and "not an Excel workbook" in by_file["corrupt.xlsx"][8]
    assert by_file["TOTAL"][3] == int(total["questions"])


def test_a_second_run_skips_what_is_done_and_retries_the_failures(tmp_path, inbox, kb):
    outbox = tmp_path / "outbox"
    first = run_batch(inbox, outbox, kb, BatchOptions(recursive=True, jobs=1))
    filled = {f.file: outbox / f.outputs[0] for f in first.files if f.status == "ok"}
    stamps = {f: p.stat().st_mtime_ns for f, p in filled.items()}

    second = _run(str(inbox), "-o", str(outbox), "-r", "--kb", str(kb))
    assert second.exit_code == 3
    rows = _summary(outbox)
    assert {n: rows[n]["status"] for n in GOOD} == dict.fromkeys(GOOD, "skipped-unchanged")
    assert {n: rows[n]["status"] for n in BAD} == dict.fromkeys(BAD, "failed")  # tried again
    assert rows["acme.xlsx"]["questions"] == str(next(f.questions for f in first.files if f.file == "acme.xlsx"))
    assert {f: p.stat().st_mtime_ns for f, p in filled.items()} == stamps  # not rewritten
    assert "4 unchanged" in second.output

    # a changed input, then a changed knowledge base, then --force: each redoes what it should
    shutil.copy2(TUNE[2], inbox / "generated.xlsx")
    third = run_batch(inbox, outbox, kb, BatchOptions(recursive=True, jobs=1))
    assert [f.file for f in third.files if f.status == "ok"] == ["generated.xlsx"]
    with open(kb / "synonyms.yaml", "a", encoding="utf-8") as f:
        f.write("\n# edited\n")
    fourth = run_batch(inbox, outbox, kb, BatchOptions(recursive=True, jobs=1))
    assert sorted(f.file for f in fourth.files if f.status == "ok") == sorted(GOOD)
    fifth = run_batch(inbox, outbox, kb, BatchOptions(recursive=True, jobs=1, force=True))
    assert sorted(f.file for f in fifth.files if f.status == "ok") == sorted(GOOD)

    manifest = json.loads((outbox / MANIFEST).read_text(encoding="utf-8"))["files"]
    assert manifest["acme.xlsx"]["sha256"] == sha256(inbox / "acme.xlsx")
    assert manifest["acme.xlsx"]["status"] == "ok"
    assert manifest["corrupt.xlsx"]["status"] == "failed"


def test_all_unchanged_needs_no_engine_and_exits_0(tmp_path, kb, monkeypatch):
    inbox = tmp_path / "in"
    inbox.mkdir()
    shutil.copy2(DEMO, inbox / "a.xlsx")
    outbox = tmp_path / "out"
    assert _run(str(inbox), "-o", str(outbox), "--kb", str(kb), "-q").exit_code == 0

    def refuse(kb_path=None):
        raise AssertionError("the engine was built although nothing needed filling")

    monkeypatch.setattr(engine_io, "load_engine", refuse)
    again = _run(str(inbox), "-o", str(outbox), "--kb", str(kb), "-q")
    assert again.exit_code == 0
    assert again.output == f"1 questionnaires: all done; see {outbox / 'batch-summary.csv'}\n"


# ---------------------------------------------------------------- one engine per batch


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_engine_is_built_once_per_batch_and_sent_once_per_worker(tmp_path, kb, monkeypatch, jobs):
    inbox = tmp_path / "in"
    inbox.mkdir()
    for i in range(5):
        shutil.copy2(DEMO, inbox / f"customer{i}.xlsx")
    loads, inits, pickles = [], [], []
    real_load, real_init = engine_io.load_engine, Engine.__init__

    def load_then_remove(kb_path=None):
        loads.append(kb_path)
        engine = real_load(kb_path)
        shutil.rmtree(kb_path)  # a worker that tried to load the knowledge base itself would fail
        return engine

    def counting_init(self, *args, **kwargs):
        inits.append(1)
        real_init(self, *args, **kwargs)

    def counting_getstate(self):
        pickles.append(1)
        return self.__dict__

    monkeypatch.setenv("MATCHER_CACHE_DIR", "")  # count fits and pickles of the batch's own, not the cache's
    monkeypatch.setattr(engine_io, "load_engine", load_then_remove)
    monkeypatch.setattr(Engine, "__init__", counting_init)
    monkeypatch.setattr(Engine, "__getstate__", counting_getstate, raising=False)
    result = run_batch(inbox, tmp_path / "out", kb, BatchOptions(jobs=jobs))

    assert [f.status for f in result.files] == ["ok"] * 5
    assert len(loads) == 1 and len(inits) == 1
    if jobs == 1:
        assert pickles == []  # filled in this process
    else:
        assert 1 <= len(pickles) <= jobs  # once per worker, not once per file


# ---------------------------------------------------------------- a worker that dies


def _die_on_boom(task):
    if "boom" in task.file:
        os._exit(1)  # what the OOM killer or a crash in a C library looks like from outside
    return batch_mod._work(task)


def test_a_worker_that_dies_costs_only_its_own_file(tmp_path, engine):
    inbox, outbox = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    names = ["a.xlsx", "boom.xlsx", "c.xlsx", "d.xlsx"]
    for n in names:
        shutil.copy2(DEMO, inbox / n)
    sources = find_questionnaires(inbox)
    filled = planned_outputs(inbox, outbox, sources)
    tasks = [batch_mod._Task(str(s), s.name, str(filled[s]), str(outbox), False, False) for s in sources]
    results: dict[str, FileResult] = {}
    run_tasks(tasks, engine, 2, lambda t, r: results.__setitem__(t.file, r), work=_die_on_boom)
    assert sorted(results) == names
    assert results["boom.xlsx"].status == "failed" and results["boom.xlsx"].error == CRASHED
    assert all(results[n].status == "ok" for n in names if n != "boom.xlsx")


# ---------------------------------------------------------------- Ctrl-C


@pytest.mark.skipif(sys.platform == "win32", reason="process groups and SIGINT are POSIX")
def test_ctrl_c_stops_cleanly_and_the_next_run_carries_on(tmp_path, kb):
    inbox, outbox = tmp_path / "in", tmp_path / "out"
    inbox.mkdir()
    for i in range(24):
        shutil.copy2(TUNE[i % len(TUNE)], inbox / f"q{i:02}.xlsx")
    command = [sys.executable, "-m", "matcher", "batch", str(inbox), "-o", str(outbox), "--kb", str(kb), "-j", "2"]
    proc = subprocess.Popen(
        command, cwd=REPO, start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # background jobs inherit SIG_IGN
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not _finished(outbox):
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C goes to the whole foreground process group
    output, _ = proc.communicate(timeout=30)

    assert proc.returncode == 130, output
    assert "Interrupted:" in output and "run the same command again" in output
    assert not [p for p in outbox.rglob("*") if p.name.endswith(".tmp")]
    manifest = json.loads((outbox / MANIFEST).read_text(encoding="utf-8"))["files"]
    done = {f for f, e in manifest.items() if e["status"] == "ok"}
    assert done and len(done) < 24
    for f in done:
        for out in manifest[f]["outputs"]:
            path = outbox / out
            if path.suffix == ".xlsx":
                assert zipfile.ZipFile(path).testzip() is None
    # every filled workbook on disk is whole, also those of files that did not finish
    for path in outbox.glob("*.filled.xlsx"):
        assert zipfile.ZipFile(path).testzip() is None

    again = run_batch(inbox, outbox, kb, BatchOptions(jobs=2))
    statuses = {f.file: f.status for f in again.files}
    assert {f for f, s in statuses.items() if s == "skipped-unchanged"} == done
    assert all(s == "ok" for f, s in statuses.items() if f not in done)


def _finished(outbox: Path) -> bool:
    try:
        files = json.loads((outbox / MANIFEST).read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError):
        return False
    return sum(e["status"] == "ok" for e in files.values()) >= 2


# ---------------------------------------------------------------- finding the inputs


def test_what_counts_as_an_input(tmp_path):
    inbox = tmp_path / "in"
    for name in [
        "a.xlsx", "b.XLSM", "c.xls", "d.csv", "~$a.xlsx", ".e.xlsx", "f.filled.xlsx", "f.filled.csv",
        "f.review.xlsx", "f.report.csv", "g.docx", "sub/h.xlsx", ".git/i.xlsx", "out/j.xlsx",
    ]:
        path = inbox / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    rel = lambda paths: [p.relative_to(inbox).as_posix() for p in paths]  # noqa: E731
    assert rel(find_questionnaires(inbox)) == ["a.xlsx", "b.XLSM", "c.xls", "d.csv"]
    assert rel(find_questionnaires(inbox, inbox / "out", recursive=True)) == [
        "a.xlsx", "b.XLSM", "c.xls", "d.csv", "sub/h.xlsx",
    ]
    assert "out/j.xlsx" in rel(find_questionnaires(inbox, tmp_path / "elsewhere", recursive=True))


def test_outputs_mirror_the_tree_and_never_collide(tmp_path):
    inbox, outbox = tmp_path / "in", tmp_path / "out"
    sources = [inbox / "x.xlsx", inbox / "X.csv", inbox / "m.xlsm", inbox / "sub" / "y.xls", inbox / "z.csv"]
    planned = planned_outputs(inbox, outbox, sources)
    assert {s.relative_to(inbox).as_posix(): p.relative_to(outbox).as_posix() for s, p in planned.items()} == {
        "x.xlsx": "x.xlsx.filled.xlsx",
        "X.csv": "X.csv.filled.csv",
        "m.xlsm": "m.filled.xlsm",
        "sub/y.xls": "sub/y.filled.xlsx",
        "z.csv": "z.filled.csv",
    }


def test_summary_cells_are_never_formulas(tmp_path):
    result = BatchResult(tmp_path, tmp_path, [FileResult("=HYPERLINK(1).xlsx", "failed", error="=1+1")])
    write_summary(result)
    ws = openpyxl.load_workbook(tmp_path / "batch-summary.xlsx").active
    assert ws["A2"].value == "'=HYPERLINK(1).xlsx" and ws["I2"].value == "'=1+1"
    text = (tmp_path / "batch-summary.csv").read_text(encoding="utf-8-sig")
    assert next(csv.DictReader(io.StringIO(text)))["file"] == "'=HYPERLINK(1).xlsx"


# ---------------------------------------------------------------- the command line


def test_help_has_an_example():
    result = _run("--help")
    assert result.exit_code == 0
    assert "matcher batch inbox/ -o outbox/" in result.output


def test_an_empty_inbox_is_an_error(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "~$a.xlsx").write_bytes(b"x")
    result = _run(str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {tmp_path / 'in'}: no questionnaires found (.xlsx, .xlsm, .xls, .csv) (use -r to look in sub-folders)\n"
    )


def test_the_outbox_cannot_be_the_inbox(tmp_path):
    (tmp_path / "in").mkdir()
    shutil.copy2(DEMO, tmp_path / "in" / "a.xlsx")
    result = _run(str(tmp_path / "in"), "-o", str(tmp_path / "in"))
    assert result.exit_code == 1
    assert "the output folder must not be the inbox itself" in result.output


def test_a_missing_inbox_is_an_error(tmp_path):
    result = _run(str(tmp_path / "nowhere"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.output == f"Error: {tmp_path / 'nowhere'}: no such folder\n"
