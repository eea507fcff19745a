"""The combined review of a batch: each question once with every place it is asked, one decision for all."""
from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from matcher.batch import BATCH_REVIEW, BatchOptions, run_batch
from matcher.batch_review import (
    BATCH_SHEET,
    Occurrence,
    apply_batch_review,
    group_questions,
    is_batch_review,
    read_batch_review,
)
from matcher.review import COLUMNS, REVIEW_SHEET
from tests.conftest import EXAMPLES

DEMO = EXAMPLES / "demo" / "acme_checksheet.xlsx"
WATCH = "システムの稼働状況を24時間監視していますか"  # review in the demo (item 15 proposed)
ESCROW = "ソースコードの第三者預託（エスクロー）に対応していますか"  # none in the demo
WATCH_AGAIN = "システムの稼働状況を２４時間監視していますか。"  # the same once normalised
ESCROW_AGAIN = "ソースコードの第三者預託（エスクロー）に対応してますか"  # near-identical (ratio 96)


def _variant(path: Path) -> None:
    """The demo as another customer words two of its questions."""
    wb = openpyxl.load_workbook(DEMO)
    ws = wb.active
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == WATCH:
                cell.value = WATCH_AGAIN
            elif cell.value == ESCROW:
                cell.value = ESCROW_AGAIN
    wb.save(path)


@pytest.fixture
def filled(tmp_path, kb):
    inbox, outbox = tmp_path / "inbox", tmp_path / "outbox"
    (inbox / "west").mkdir(parents=True)
    shutil.copy2(DEMO, inbox / "acme.xlsx")
    shutil.copy2(DEMO, inbox / "west" / "acme_west.xlsx")
    _variant(inbox / "beta.xlsx")
    result = run_batch(inbox, outbox, kb, BatchOptions(recursive=True, jobs=1))
    assert [f.status for f in result.files] == ["ok"] * 3
    return inbox, outbox, result


def _rows(path: Path) -> list[dict[str, object]]:
    ws = openpyxl.load_workbook(path)[BATCH_SHEET]
    header = [str(c.value).split("\n")[0] for c in ws[3]]
    return [dict(zip(header, (c.value for c in row))) for row in ws.iter_rows(min_row=4) if row[0].value]


def _group(rows, question: str) -> dict[str, object]:
    return next(r for r in rows if r["質問"] == question)


def _decide(path: Path, no: int, decision: str, other: str = "") -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb[BATCH_SHEET]
    header = [str(c.value).split("\n")[0] for c in ws[3]]
    for row in ws.iter_rows(min_row=4):
        if row[0].value == no:
            row[header.index("判定")].value = decision
            row[header.index("別の項目ID")].value = other or None
    wb.save(path)


def test_each_question_appears_once_with_every_place(filled):
    inbox, outbox, result = filled
    path = outbox / BATCH_REVIEW
    assert result.review == path and is_batch_review(path)
    rows = _rows(path)
    questions = result.files[0].questions
    assert len(rows) == questions  # three files asking the same questions: one row each
    assert all(r["件数"] == 3 for r in rows)
    sla = _group(rows, WATCH)
    assert sla["状態"] == "review" and sla["提案ID"] == "15"
    assert sla["出現箇所"].splitlines() == [  # the normalised text is the same
        "acme.xlsx — チェックシート!29", "beta.xlsx — チェックシート!29", "west/acme_west.xlsx — チェックシート!29",
    ]
    assert sla["他の言い回し"] == WATCH_AGAIN
    escrow = _group(rows, ESCROW)
    assert escrow["件数"] == 3 and escrow["他の言い回し"] == ESCROW_AGAIN  # near-identical: one group
    rank = {"review": 0, "none": 1, "auto": 2}
    statuses = [rank[r["状態"]] for r in rows]
    assert statuses == sorted(statuses) and statuses[0] == 0  # what needs people comes first
    assert not is_batch_review(outbox / "acme.review.xlsx")


def test_one_decision_is_applied_to_every_file(filled):
    inbox, outbox, _ = filled
    path = outbox / BATCH_REVIEW
    rows = _rows(path)
    _decide(path, _group(rows, WATCH)["No."], "承認")
    _decide(path, _group(rows, ESCROW)["No."], "回答しない")

    preview = apply_batch_review(path, learn=False, dry_run=True)
    assert len(preview.files) == 3 and not preview.conflicts
    assert openpyxl.load_workbook(outbox / "acme.filled.xlsx").active["E29"].value in (None, "")  # nothing written

    result = apply_batch_review(path, learn=False)
    assert not result.failed and not result.problems and not result.conflicts
    assert sorted(f.file for f in result.files) == ["acme.xlsx", "beta.xlsx", "west/acme_west.xlsx"]
    for filled_path, review in [
        (outbox / "acme.filled.xlsx", outbox / "acme.review.xlsx"),
        (outbox / "beta.filled.xlsx", outbox / "beta.review.xlsx"),
        (outbox / "west" / "acme_west.filled.xlsx", outbox / "west" / "acme_west.review.xlsx"),
    ]:
        ws = openpyxl.load_workbook(filled_path).active
        assert ws["E29"].value == "○"  # the approved mark of item 15, in the sheet's own list
        assert ws["F29"].value  # and its answer text
        assert ws["E37"].value in (None, "")  # declined: left as the customer had it
        decided = _review_decisions(review)
        assert set(decided.values()) == {"承認", "回答しない"}  # each file's review records the decision


def _review_decisions(path: Path) -> dict[int, str]:
    ws = openpyxl.load_workbook(path)[REVIEW_SHEET]
    labels = {ja: key for key, ja, _ in COLUMNS}
    header = {labels.get(str(c.value).split("\n")[0]): i for i, c in enumerate(ws[3])}
    return {
        row[header["no"]].value: row[header["decision"]].value
        for row in ws.iter_rows(min_row=4) if row[header["decision"]].value
    }


def test_a_files_own_decision_stands_over_the_combined_one(filled):
    inbox, outbox, _ = filled
    own = outbox / "beta.review.xlsx"
    wb = openpyxl.load_workbook(own)
    ws = wb[REVIEW_SHEET]
    labels = {ja: key for key, ja, _ in COLUMNS}
    header = {labels.get(str(c.value).split("\n")[0]): i for i, c in enumerate(ws[3])}
    for row in ws.iter_rows(min_row=4):
        if row[header["question"]].value == WATCH_AGAIN:
            row[header["decision"]].value = "回答しない"
            sla_no = row[header["no"]].value
    wb.save(own)

    path = outbox / BATCH_REVIEW
    _decide(path, _group(_rows(path), WATCH)["No."], "承認")
    result = apply_batch_review(path, learn=False)
    assert result.conflicts == [
        f"beta.xlsx No.{sla_no}: its own review says 回答しない; that stands over the combined No.{_group(_rows(path), WATCH)['No.']}"
    ]
    assert openpyxl.load_workbook(outbox / "beta.filled.xlsx").active["E29"].value in (None, "")
    assert openpyxl.load_workbook(outbox / "acme.filled.xlsx").active["E29"].value == "○"


def test_decisions_survive_a_rerun_with_new_files(filled, kb):
    inbox, outbox, _ = filled
    path = outbox / BATCH_REVIEW
    _decide(path, _group(_rows(path), ESCROW)["No."], "別の項目", "23")
    shutil.copy2(DEMO, inbox / "gamma.xlsx")
    again = run_batch(inbox, outbox, kb, BatchOptions(recursive=True, jobs=1))
    assert sorted(f.status for f in again.files) == ["ok", "skipped-unchanged", "skipped-unchanged", "skipped-unchanged"]
    escrow = _group(_rows(path), ESCROW)
    assert escrow["件数"] == 4 and escrow["判定"] == "別の項目" and str(escrow["別の項目ID"]) == "23"


def test_applied_files_are_not_redone_when_the_knowledge_base_changes(filled, kb):
    inbox, outbox, _ = filled
    path = outbox / BATCH_REVIEW
    _decide(path, _group(_rows(path), WATCH)["No."], "承認")
    apply_batch_review(path, learn=False)
    with open(kb / "synonyms.yaml", "a", encoding="utf-8") as f:
        f.write("\n# edited\n")
    again = run_batch(inbox, outbox, kb, BatchOptions(recursive=True, jobs=1))
    assert {f.status for f in again.files} == {"skipped-edited"}  # a person's work is never redone silently
    assert "--force" in again.files[0].note
    assert openpyxl.load_workbook(outbox / "acme.filled.xlsx").active["E29"].value == "○"

    (inbox / "acme.xlsx").write_bytes(next((EXAMPLES / "tune").rglob("meiwa_city_cloud_checklist.xlsx")).read_bytes())
    changed = run_batch(inbox, outbox, kb, BatchOptions(recursive=True, jobs=1))
    acme = next(f for f in changed.files if f.file == "acme.xlsx")
    assert acme.status == "failed" and "was edited after the batch wrote it" in acme.error
    forced = run_batch(inbox, outbox, kb, BatchOptions(recursive=True, jobs=1, force=True))
    assert {f.status for f in forced.files} == {"ok"}


def test_unknown_decisions_and_rows_are_reported(filled):
    _, outbox, _ = filled
    path = outbox / BATCH_REVIEW
    _decide(path, 1, "maybe")
    result = apply_batch_review(path, learn=False)
    assert result.problems and "unknown decision 'maybe'" in result.problems[0]
    assert read_batch_review(path).decisions[0].values["decision"] == "maybe"


def test_grouping_keeps_different_proposals_apart():
    def occ(text, ids, file="a.xlsx"):
        return Occurrence(file, "a.review.xlsx", 1, "s", 1, text, "review", 0.5, ids)

    same_words = [occ("バックアップを取得していますか", (7,)), occ("バックアップを取得していますか", (8,), "b.xlsx")]
    groups = group_questions(same_words, str)
    assert len(groups) == 2  # one decision must mean one answer
    near = [occ("ソースコードの第三者預託に対応", (22,)), occ("ソースコードの第三者預託には対応", (22,), "b.xlsx")]
    assert len(group_questions(near, str)) == 1
    assert len(group_questions(near, str, threshold=99)) == 2


def test_matcher_apply_accepts_the_combined_review(tmp_path, kb):
    """`matcher apply OUTBOX/batch-review.xlsx` goes through the batch path, not the single-file one."""
    from click.testing import CliRunner

    from matcher.cli import main

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    import shutil

    from tests.conftest import EXAMPLES

    shutil.copy(EXAMPLES / "demo" / "acme_checksheet.xlsx", inbox / "a.xlsx")
    outbox = tmp_path / "outbox"
    run = CliRunner().invoke(main, ["batch", str(inbox), "-o", str(outbox), "--kb", str(kb), "-q", "--jobs", "1"])
    assert run.exit_code == 0, run.output
    result = CliRunner().invoke(main, ["apply", str(outbox / "batch-review.xlsx"), "--kb", str(kb), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("batch-review.xlsx: ")
    assert "not a review workbook" not in result.output
