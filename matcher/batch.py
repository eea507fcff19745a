"""Filling a folder of questionnaires at once: one engine, many files, one summary.

The knowledge base is loaded and the engine fitted once per batch; the fitted engine goes to
each worker process once, through the pool's initializer. A file that fails is recorded with
its reason and the others go on. A manifest in the output folder (``.matcher-batch.json``)
makes a re-run skip the files whose input and knowledge base have not changed since.

The library never touches the terminal: ``run_batch`` reports progress through callbacks.
"""
from __future__ import annotations

import fnmatch
import hashlib
import json
import multiprocessing
import os
import signal
import time
from collections import Counter, deque
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path, PurePosixPath

import threadpoolctl

from matcher import atomic, engine_io
from matcher.engine import Engine
from matcher.errors import InputError, MatcherError, OutputError
from matcher.fill import FillOptions, FillResult, fill_workbook, output_paths
from matcher.report import atomic_write_text, safe_cell, write_records_csv

INPUT_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv")
OWN_OUTPUTS = ("*.filled.*", "*.review.xlsx", "*.report.csv")  # what fill writes; never an input
MANIFEST = ".matcher-batch.json"
SUMMARY_CSV = "batch-summary.csv"
SUMMARY_XLSX = "batch-summary.xlsx"
BATCH_REVIEW = "batch-review.xlsx"
MANIFEST_FORMAT = 1

OK, FAILED, SKIPPED, INTERRUPTED = "ok", "failed", "skipped-unchanged", "interrupted"
KEPT = "skipped-edited"  # the knowledge base changed, but a person has worked on the outputs since
SUMMARY_COLUMNS = [
    "file", "status", "sheets", "questions", "auto", "review", "none", "seconds", "error", "note",
    "filled", "report", "review_workbook",
]
CRASHED = "internal error: the worker process stopped unexpectedly (out of memory?) while filling this file"


@dataclass
class BatchOptions:
    recursive: bool = False  # also the sub-folders of the inbox
    jobs: int | None = None  # worker processes; None: one per core
    force: bool = False  # redo files an earlier run finished, replacing their outputs
    overwrite: bool = False  # replace answers already in the customers' cells (as `fill --overwrite`)
    passwords: tuple[str, ...] = ()  # tried in turn on each protected file; never written to the manifest


@dataclass
class FileResult:
    """One input file of the batch, as the summary and the manifest show it."""

    file: str  # path relative to the inbox, with / separators
    status: str  # ok | failed | skipped-unchanged | skipped-edited | interrupted
    sheets: int = 0  # sheets a question table was read from
    questions: int = 0
    auto: int = 0
    review: int = 0
    none: int = 0
    seconds: float = 0.0
    error: str = ""  # one line: why the file failed
    note: str = ""  # why a file was skipped or kept
    outputs: list[str] = field(default_factory=list)  # relative to the outbox: filled, report, review
    output_sha256: dict[str, str] = field(default_factory=dict)  # as written, to notice later edits


@dataclass
class BatchResult:
    inbox: Path
    outbox: Path
    files: list[FileResult]
    seconds: float = 0.0  # wall clock of this run
    interrupted: bool = False
    review: Path | None = None  # the combined review workbook
    review_note: str = ""  # why it was not (re)built, or what it left out

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.status == FAILED]

    @property
    def statuses(self) -> Counter[str]:
        return Counter(f.status for f in self.files)

    @property
    def summary_csv(self) -> Path:
        return self.outbox / SUMMARY_CSV

    @property
    def summary_xlsx(self) -> Path:
        return self.outbox / SUMMARY_XLSX

    def totals(self) -> dict[str, int]:
        return {k: sum(getattr(f, k) for f in self.files) for k in ("sheets", "questions", "auto", "review", "none")}


class BatchInterrupted(KeyboardInterrupt):
    """Ctrl-C: the workers were stopped; ``result`` holds what finished (manifest and summary are written)."""

    def __init__(self, result: BatchResult):
        super().__init__()
        self.result = result


# ---------------------------------------------------------------- finding the inputs


def is_own_output(name: str) -> bool:
    low = name.lower()
    return any(fnmatch.fnmatchcase(low, pattern) for pattern in OWN_OUTPUTS)


def find_questionnaires(inbox: Path, outbox: Path | None = None, recursive: bool = False) -> list[Path]:
    """The questionnaires in ``inbox``, sorted: no lock files (``~$…``), hidden files, our own outputs,
    nor anything inside ``outbox``."""
    inbox = Path(inbox)
    if not inbox.exists():
        raise InputError(f"{inbox}: no such folder")
    if not inbox.is_dir():
        raise InputError(f"{inbox}: is a file; give the folder that holds the questionnaires (or use `matcher fill`)")
    skip_dir = Path(outbox).resolve() if outbox is not None else None
    found: list[Path] = []
    for folder, dirs, names in os.walk(inbox):
        here = Path(folder)
        if skip_dir is not None and here.resolve() == skip_dir:
            dirs[:] = []
            continue
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")) if recursive else []
        for name in names:
            if name.startswith(("~$", ".")) or is_own_output(name):
                continue
            if Path(name).suffix.lower() in INPUT_SUFFIXES and (here / name).is_file():
                found.append(here / name)
    return sorted(found, key=lambda p: _rel(p, inbox))


def _rel(path: Path, root: Path) -> str:
    return PurePosixPath(*Path(path).relative_to(root).parts).as_posix()


def planned_outputs(inbox: Path, outbox: Path, sources: Sequence[Path]) -> dict[Path, Path]:
    """Source → filled workbook path in ``outbox``, mirroring the folder tree.

    ``a/x.xlsx`` → ``a/x.filled.xlsx`` (report ``a/x.report.csv`` beside it). When two inputs of one
    folder share a name but not the extension (x.xlsx and x.csv), each keeps its extension in the
    name (``x.xlsx.filled.xlsx``, ``x.csv.filled.csv``) so that neither overwrites the other's report.
    """
    seen = Counter((p.parent, p.stem.lower()) for p in sources)
    out: dict[Path, Path] = {}
    for src in sources:
        folder = outbox / Path(src).relative_to(inbox).parent
        suffix = output_paths(src, None)[0].suffix  # fill's rule: .xlsm stays .xlsm, .csv stays .csv, …
        stem = src.name if seen[(src.parent, src.stem.lower())] > 1 else src.stem
        out[src] = folder / f"{stem}.filled{suffix}"
    return out


# ---------------------------------------------------------------- the manifest


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def kb_fingerprint(kb_path: Path | None = None) -> str:
    """A hash of the knowledge folder's YAML files (items, synonyms, cues, engine): any edit changes it."""
    from matcher.knowledge import default_kb_path, items_file

    folder = items_file(Path(kb_path) if kb_path is not None else default_kb_path()).parent
    h = hashlib.sha256()
    for path in sorted(p for p in folder.glob("*") if p.suffix.lower() in (".yaml", ".yml") and p.is_file()):
        h.update(path.name.encode() + b"\0" + file_sha256(path).encode() + b"\0")
    return h.hexdigest()


def load_manifest(outbox: Path) -> dict[str, dict]:
    """Per input (relative path): sha256, kb, options, status, outputs and counts. Empty when absent or unreadable."""
    path = Path(outbox) / MANIFEST
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return {}  # a damaged manifest only costs a redo
    files = doc.get("files") if isinstance(doc, dict) else None
    return {str(k): v for k, v in files.items() if isinstance(v, dict)} if isinstance(files, dict) else {}


def save_manifest(outbox: Path, inbox: Path, entries: dict[str, dict]) -> None:
    doc = {"format": MANIFEST_FORMAT, "inbox": str(Path(inbox).resolve()), "files": dict(sorted(entries.items()))}
    atomic_write_text(Path(outbox) / MANIFEST, json.dumps(doc, ensure_ascii=False, indent=1) + "\n")


def _unchanged(entry: dict | None, sha: str, kb: str, options: dict, outbox: Path) -> bool:
    return (
        entry is not None
        and entry.get("status") == OK
        and entry.get("sha256") == sha
        and entry.get("kb") == kb
        and entry.get("options") == options
        and all((outbox / o).exists() for o in entry.get("outputs", []))
    )


# ---------------------------------------------------------------- one file (in a worker or in-process)


@dataclass(frozen=True)
class _Task:
    src: str
    file: str  # relative to the inbox
    filled: str
    outbox: str
    force: bool
    overwrite: bool
    passwords: tuple[str, ...] = ()


_ENGINE: Engine | None = None  # set once per worker process by _init_worker


def _init_worker(engine: Engine) -> None:
    global _ENGINE
    _ENGINE = engine
    # one core per worker: a multi-threaded BLAS in each worker made two workers as slow as one
    threadpoolctl.threadpool_limits(1)
    engine.fuzzy_workers = 1
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the parent decides
    signal.signal(signal.SIGTERM, _exit_on_term)


def _exit_on_term(signum, frame):  # noqa: ANN001
    raise SystemExit(128 + signum)  # unwinds, so the atomic writers delete their temp files


def _work(task: _Task) -> FileResult:
    assert _ENGINE is not None, "the worker was started without an engine"
    return fill_one(task, _ENGINE)


def _outputs(result: FillResult) -> list[Path]:
    return [p for p in (result.filled, result.report, result.review) if p is not None]


def fill_one(task: _Task, engine: Engine) -> FileResult:
    """Fill one file; every failure becomes a FileResult with a one-line reason, never an exception."""
    started = time.perf_counter()
    try:
        result = fill_workbook(
            Path(task.src), engine, Path(task.filled),
            FillOptions(overwrite=task.overwrite, force=task.force, passwords=task.passwords),
        )
    except MatcherError as e:
        error = _one_line(_without_name(str(e), Path(task.src)))
        return FileResult(task.file, FAILED, seconds=time.perf_counter() - started, error=error)
    except Exception as e:  # noqa: BLE001 - one bad file must not stop the batch
        error = _one_line(f"internal error: {type(e).__name__}: {e}")
        return FileResult(task.file, FAILED, seconds=time.perf_counter() - started, error=error)
    c = result.counts
    return FileResult(
        task.file,
        OK,
        sheets=sum(1 for s in result.sheets if s.read),
        questions=len(result.rows),
        auto=c["auto"],
        review=c["review"],
        none=c["none"],
        seconds=result.seconds,
        outputs=[_rel(p, Path(task.outbox)) for p in _outputs(result)],
        output_sha256={_rel(p, Path(task.outbox)): file_sha256(p) for p in _outputs(result)},
    )


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _without_name(message: str, src: Path) -> str:
    # fill's messages begin with the file's name; the summary has a file column of its own
    for prefix in (f"{src}: ", f"{src.name}: "):
        if message.startswith(prefix):
            return message[len(prefix):]
    return message


# ---------------------------------------------------------------- running many files


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))  # the cores this process may use (containers, taskset)
    except AttributeError:
        return os.cpu_count() or 1


def _context():
    # forkserver: workers fork from a clean server that imported matcher once (fast start, no
    # fork-with-threads hazards); spawn where it does not exist (Windows).
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["matcher.batch"])
        return ctx
    return multiprocessing.get_context("spawn")


def _pool(jobs: int, engine: Engine) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(jobs, mp_context=_context(), initializer=_init_worker, initargs=(engine,))


def _terminate(ex: ProcessPoolExecutor) -> None:
    """Stop the workers now (Ctrl-C). SIGTERM makes a worker unwind, so no temp file is left behind."""
    procs = list((getattr(ex, "_processes", None) or {}).values())
    ex.shutdown(wait=False, cancel_futures=True)
    for p in procs:
        if p.is_alive():
            p.terminate()
    for p in procs:
        p.join(5)
        if p.is_alive():
            p.kill()
            p.join()


OnResult = Callable[[_Task, FileResult], None]


def run_tasks(
    tasks: Sequence[_Task],
    engine: Engine,
    jobs: int,
    on_result: OnResult,
    work: Callable[[_Task], FileResult] = _work,
) -> None:
    """Run every task, calling ``on_result`` in this process as each one finishes.

    ``jobs`` 1 runs in this process (no pool to start). Otherwise at most ``jobs`` tasks are in
    flight, so when a worker dies (killed for memory, a crash in a C library) the suspects are
    known: each is re-run alone in a fresh pool, and the one that kills it again is recorded as
    failed; the rest go on.
    """
    if jobs <= 1:
        for task in tasks:
            on_result(task, fill_one(task, engine))
        return
    queue = deque(tasks)
    suspects: list[_Task] = []
    while queue or suspects:
        if suspects:
            task = suspects.pop(0)
            ex = _pool(1, engine)
            try:
                try:
                    result = ex.submit(work, task).result()
                except BrokenProcessPool:
                    result = FileResult(task.file, FAILED, error=CRASHED)
                on_result(task, result)
            except BaseException:
                _terminate(ex)
                raise
            ex.shutdown(wait=True)
            continue
        ex = _pool(jobs, engine)
        running: dict[Future[FileResult], _Task] = {}
        try:
            while queue or running:
                while queue and len(running) < jobs:
                    task = queue.popleft()
                    running[ex.submit(work, task)] = task
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for f in done:
                    result = f.result()  # BrokenProcessPool when a worker died
                    on_result(running.pop(f), result)
        except BrokenProcessPool:
            for f, task in running.items():
                if f.done() and not f.cancelled() and f.exception() is None:
                    on_result(task, f.result())
                else:
                    # Its outputs, if any, are this run's own half-done work (fill checks for
                    # existing outputs before anything else): replacing them is safe.
                    suspects.append(replace(task, force=True))
            ex.shutdown(wait=True, cancel_futures=True)
            continue
        except BaseException:
            _terminate(ex)
            raise
        ex.shutdown(wait=True)


def run_batch(
    inbox: Path,
    outbox: Path,
    kb_path: Path | None = None,
    options: BatchOptions | None = None,
    *,
    on_plan: Callable[[int, int], None] | None = None,
    on_file: Callable[[FileResult], None] | None = None,
) -> BatchResult:
    """Fill every questionnaire in ``inbox`` into ``outbox`` (mirroring the folder tree).

    ``on_plan(to_fill, unchanged)`` is called once the work is known, ``on_file(result)`` as each
    file finishes. The engine is built only when some file needs filling. Raises
    :class:`BatchInterrupted` on Ctrl-C after stopping the workers and writing what finished.
    """
    options = options or BatchOptions()
    started = time.perf_counter()
    inbox, outbox = Path(inbox), Path(outbox)
    if outbox.exists() and not outbox.is_dir():
        raise OutputError(f"{outbox}: is a file; give a folder for the outputs")
    if inbox.exists() and outbox.resolve() == inbox.resolve():
        raise OutputError(
            f"{outbox}: the output folder must not be the inbox itself; use a sub-folder such as {inbox / 'filled'}"
        )
    sources = find_questionnaires(inbox, outbox, options.recursive)
    if not sources:
        hint = "" if options.recursive else " (use -r to look in sub-folders)"
        raise InputError(f"{inbox}: no questionnaires found (.xlsx, .xlsm, .xls, .csv){hint}")
    try:
        outbox.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"{outbox}: cannot be created ({e.strerror or e})") from None

    manifest = load_manifest(outbox)
    kb = kb_fingerprint(kb_path)
    fill_opts = {"overwrite": options.overwrite}
    filled_paths = planned_outputs(inbox, outbox, sources)
    results: dict[str, FileResult] = {}
    tasks: list[_Task] = []
    hashes: dict[str, str] = {}
    for src in sources:
        rel = _rel(src, inbox)
        try:
            hashes[rel] = sha = file_sha256(src)
        except OSError as e:
            results[rel] = FileResult(rel, FAILED, error=f"{rel}: cannot be read ({e.strerror or e})")
            continue
        entry = manifest.get(rel)
        if not options.force and _unchanged(entry, sha, kb, fill_opts, outbox):
            assert entry is not None
            results[rel] = _from_entry(rel, entry, SKIPPED)
            continue
        edited = [] if options.force or entry is None else _edited(entry, outbox)
        if edited:
            # A person worked on these outputs (review decisions, `matcher apply`): never redo
            # them without --force. Only the input changing makes that an error.
            assert entry is not None
            if entry.get("sha256") == sha:
                results[rel] = _from_entry(rel, entry, KEPT)
                results[rel].note = f"kept: {edited[0]} was edited after the batch wrote it (--force redoes it)"
            else:
                results[rel] = FileResult(
                    rel, FAILED, error=f"the input changed, but {edited[0]} was edited after the batch wrote it;"
                    " move the outputs away or use --force to replace them",
                )
            continue
        # Outputs of a file this batch wrote before are ours to replace; anything else needs --force.
        force = options.force or entry is not None
        tasks.append(
            _Task(str(src), rel, str(filled_paths[src]), str(outbox), force, options.overwrite, options.passwords)
        )

    def record(task: _Task, result: FileResult) -> None:
        results[task.file] = result
        manifest[task.file] = _entry(result, hashes[task.file], kb, fill_opts)
        save_manifest(outbox, inbox, manifest)  # after every file: a kill loses nothing finished
        if on_file:
            on_file(result)

    interrupted = False
    engine: Engine | None = None
    try:
        engine = engine_io.load_engine(kb_path) if tasks else None  # once per batch, however many files
        if on_plan:  # after the engine is built, so that a progress bar times only the files
            on_plan(len(tasks), sum(1 for r in results.values() if r.status in (SKIPPED, KEPT)))
        if engine is not None:
            jobs = max(1, min(options.jobs or default_jobs(), len(tasks)))
            run_tasks(tasks, engine, jobs, record)
    except KeyboardInterrupt:
        interrupted = True
        for task in tasks:
            if task.file not in results:
                results[task.file] = FileResult(task.file, INTERRUPTED, error="interrupted (Ctrl-C) before it finished")
                manifest[task.file] = _entry(results[task.file], hashes[task.file], kb, fill_opts)
        save_manifest(outbox, inbox, manifest)

    batch = BatchResult(inbox, outbox, [results[_rel(s, inbox)] for s in sources], interrupted=interrupted)
    if not interrupted:
        try:
            if tasks or not (outbox / BATCH_REVIEW).exists():
                from matcher.batch_review import write_batch_review  # it builds on this module

                engine = engine or engine_io.load_engine(kb_path)
                batch.review, batch.review_note = write_batch_review(batch, engine, options.passwords)
            else:
                batch.review = outbox / BATCH_REVIEW  # nothing was filled: it is up to date
        except MatcherError as e:
            batch.review_note = f"combined review not written: {e}"
    batch.seconds = time.perf_counter() - started
    write_summary(batch)
    if interrupted:
        raise BatchInterrupted(batch)
    return batch


def _entry(result: FileResult, sha: str, kb: str, options: dict) -> dict:
    entry = asdict(result)
    del entry["file"], entry["note"]
    entry["seconds"] = round(result.seconds, 3)
    return {"sha256": sha, "kb": kb, "options": options, **entry}


def _from_entry(rel: str, entry: dict, status: str) -> FileResult:
    counts = {k: int(entry.get(k, 0) or 0) for k in ("sheets", "questions", "auto", "review", "none")}
    return FileResult(
        rel, status, **counts, outputs=list(entry.get("outputs", [])),
        output_sha256=dict(entry.get("output_sha256", {})),
    )


def _edited(entry: dict, outbox: Path) -> list[str]:
    """Outputs of an earlier run that differ from what that run wrote."""
    if entry.get("status") != OK:
        return []
    out = []
    for rel, sha in entry.get("output_sha256", {}).items():
        path = outbox / rel
        try:
            if path.exists() and file_sha256(path) != sha:
                out.append(rel)
        except OSError:
            continue
    return out


# ---------------------------------------------------------------- the summary


def summary_records(batch: BatchResult) -> list[dict[str, object]]:
    """One row per file, then a TOTAL row."""
    records: list[dict[str, object]] = []
    for f in batch.files:
        filled = [o for o in f.outputs if ".filled." in PurePosixPath(o).name]
        report = [o for o in f.outputs if o.endswith(".report.csv")]
        review = [o for o in f.outputs if o.endswith(".review.xlsx")]
        records.append(
            {
                "file": f.file, "status": f.status, "sheets": f.sheets, "questions": f.questions,
                "auto": f.auto, "review": f.review, "none": f.none, "seconds": round(f.seconds, 2),
                "error": f.error, "note": f.note, "filled": ";".join(filled), "report": ";".join(report),
                "review_workbook": ";".join(review),
            }
        )
    statuses = batch.statuses
    described = ", ".join(f"{n} {s}" for s, n in sorted(statuses.items(), key=lambda kv: _ORDER.get(kv[0], 9)))
    records.append(
        {
            "file": "TOTAL", "status": f"{len(batch.files)} files: {described}", **batch.totals(),
            "seconds": round(sum(f.seconds for f in batch.files), 2), "error": "", "note": batch.review_note,
            "filled": "", "report": "",
            "review_workbook": "",
        }
    )
    return records


_ORDER = {OK: 0, FAILED: 1, SKIPPED: 2, KEPT: 3, INTERRUPTED: 4}


def write_summary(batch: BatchResult) -> None:
    """``batch-summary.csv`` (UTF-8 with BOM, for Excel) and ``batch-summary.xlsx`` in the outbox."""
    records = summary_records(batch)
    write_records_csv(batch.summary_csv, records, SUMMARY_COLUMNS)
    _write_summary_xlsx(batch.summary_xlsx, records)


def _write_summary_xlsx(path: Path, records: list[dict[str, object]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "batch"
    ws.append(SUMMARY_COLUMNS)
    for rec in records[:-1]:
        # safe_cell: openpyxl would store a file name or message starting with = as a formula
        ws.append([rec[c] if isinstance(rec[c], (int, float)) else safe_cell(rec[c]) for c in SUMMARY_COLUMNS])
    ws.append([])
    total = records[-1]
    ws.append([total[c] if isinstance(total[c], (int, float)) else safe_cell(total[c]) for c in SUMMARY_COLUMNS])
    bold = Font(bold=True)
    for cell in ws[1]:
        cell.font = bold
    for cell in ws[ws.max_row]:
        cell.font = bold
    red = PatternFill("solid", fgColor="FFD9D9")
    for row in ws.iter_rows(min_row=2, max_row=len(records)):
        if row[1].value in (FAILED, INTERRUPTED):
            for cell in row:
                cell.fill = red
    widths = {"file": 40, "status": 18, "error": 60, "filled": 40, "report": 40, "review_workbook": 40}
    for i, name in enumerate(SUMMARY_COLUMNS, start=1):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = widths.get(name, 10)
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = f"A1:{ws.cell(1, len(SUMMARY_COLUMNS)).column_letter}{len(records)}"
    atomic.save_workbook(wb, path)
