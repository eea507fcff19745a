"""Benchmark `matcher batch`: files/s and questions/s with one worker and with several, in the same run.

Builds a temporary inbox of N questionnaires (default 120) from copies of the bundled examples
(demo, tune and holdout; spread over three sub-folders, in the order of a real inbox: mixed), and
a snapshot of the knowledge base, then fills the inbox once per --jobs value (default 1 and 2)
with --force. Times are wall clock: "engine" is loading the knowledge base and fitting the
engine (once per batch, with the engine cache off), "filling" the files (in parallel), "review+summary" the combined review
and the summary written afterwards in the main process; the rates and the speed-up are over the
filling time, "total" is what the command takes end to end.

    python benchmarks/bench_batch.py [--files N] [--jobs 1,2,4] [--repeat R]

Runs are interleaved (1, 2, 1, 2, …) and the medians shown.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from matcher.batch import BatchOptions, default_jobs, run_batch

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"


def build_inbox(folder: Path, n: int) -> list[Path]:
    sources = sorted(p for sub in ("demo", "tune", "holdout") for p in (EXAMPLES / sub).glob("*.xlsx"))
    if not sources:
        sys.exit("no example workbooks found in examples/")
    made = []
    for i in range(n):
        src = sources[i % len(sources)]
        dst = folder / f"customer{i % 3}" / f"{i:04}_{src.name}"
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, dst)
        made.append(dst)
    return made


def snapshot_kb(folder: Path) -> Path:
    folder.mkdir()
    for path in (REPO / "knowledge").glob("*.yaml"):
        shutil.copy2(path, folder / path.name)
    return folder


def run_once(inbox: Path, outbox: Path, kb: Path, jobs: int) -> dict[str, float]:
    marks: dict[str, float] = {}
    started = time.perf_counter()
    result = run_batch(
        inbox, outbox, kb, BatchOptions(recursive=True, jobs=jobs, force=True),
        on_plan=lambda todo, unchanged: marks.setdefault("engine", time.perf_counter() - started),
        on_file=lambda f: marks.__setitem__("files_done", time.perf_counter() - started),
    )
    total = time.perf_counter() - started
    failed = result.failed
    if failed:
        sys.exit(f"{len(failed)} files failed, e.g. {failed[0].file}: {failed[0].error}")
    return {
        "files": len(result.files),
        "questions": result.totals()["questions"],
        "engine": marks["engine"],
        "filling": marks["files_done"] - marks["engine"],
        "after": total - marks["files_done"],  # combined review and summary, in this process
        "per_file": sum(f.seconds for f in result.files) / len(result.files),  # inside fill_workbook
        "total": total,
    }


def _load() -> str:
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except (AttributeError, OSError):
        return "n/a"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=120, help="questionnaires in the inbox (default 120)")
    parser.add_argument("--jobs", default="1,2", help="comma-separated worker counts (default 1,2)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per worker count; the median is shown (default 3)")
    args = parser.parse_args()
    os.environ["MATCHER_CACHE_DIR"] = ""  # "engine" times the fit, as a first run (or a new knowledge base) pays it
    jobs_list = [int(j) for j in args.jobs.split(",")]

    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        root = Path(tmp)
        build_inbox(root / "inbox", args.files)
        kb = snapshot_kb(root / "kb")
        runs: dict[int, list[dict[str, float]]] = {j: [] for j in jobs_list}
        load_before = _load()
        for _ in range(args.repeat):  # interleaved, so that a busy moment of the machine hits every setting
            for jobs in jobs_list:
                runs[jobs].append(run_once(root / "inbox", root / f"out-{jobs}", kb, jobs))
        rows = [(j, {k: statistics.median(r[k] for r in runs[j]) for k in runs[j][0]}) for j in jobs_list]

    print(f"matcher batch: {args.files} questionnaires, {default_jobs()} core(s) available, median of {args.repeat} run(s)")
    print(f"load average before / after: {load_before} / {_load()} (other processes compete for the cores)")
    print()
    header = ("jobs", "files", "questions", "engine s", "filling s", "review+summary s", "total s", "s per file",
              "files/s", "questions/s", "speed-up")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    base = rows[0][1]["filling"]
    for jobs, r in rows:
        cells = (
            str(jobs), f"{r['files']:.0f}", f"{r['questions']:,.0f}", f"{r['engine']:.2f}", f"{r['filling']:.2f}",
            f"{r['after']:.2f}", f"{r['total']:.2f}", f"{r['per_file']:.3f}", f"{r['files'] / r['filling']:.1f}", f"{r['questions'] / r['filling']:,.0f}",
            f"{base / r['filling']:.2f}×",
        )
        print("| " + " | ".join(cells) + " |")
    print()
    print("s per file: time inside fill_workbook per file; when it grows with --jobs, the cores were busy elsewhere.")


if __name__ == "__main__":
    main()
