"""`matcher apply`: a reviewer's decisions into the filled workbook, the report and the knowledge base."""
from __future__ import annotations

import csv
import datetime
import difflib
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from matcher.apply import apply_review
from matcher.cli import main
from matcher.engine_io import load_engine
from matcher.errors import InputError
from matcher.fill import FillOptions, fill_workbook
from matcher.knowledge import load_kb, load_proposals
from tests.conftest import EXAMPLES, sha256
from tests.test_review import copy_kb, decide, questionnaire
from tests.workbooks import layout_workbook

DEMO = EXAMPLES / "demo" / "acme_checksheet.xlsx"
TODAY = datetime.date.today().isoformat()

MONITOR = "システムの稼働状況を24時間監視していますか"  # review → item 15: accepted
ROLES = "ユーザーごとに権限（管理者・一般など）を設定できますか"  # auto → 30: re-pointed to 26
ESCROW = "ソースコードの第三者預託（エスクロー）に対応していますか"  # review: declined
COUNTRY = "データを保管するデータセンターの所在国"  # auto (written): declined, cells cleared
INSURANCE = "サイバー保険に加入していますか"  # none: corrected answer, a new-item proposal
TLS = "通信は暗号化されていますか（TLSのバージョンもご記入ください）"  # auto 36: corrected answer
REFUND = "SLA未達時の返金（サービスクレジット）制度はありますか"  # an id that does not exist
BCP = "事業継続計画（BCP）を策定し、定期的に訓練していますか"  # a note, no decision

DECISIONS = {
    MONITOR: ("承認", None, None, None),
    ROLES: ("別の項目", 26, None, None),
    ESCROW: ("回答しない", None, None, "預託は未対応。営業と確認中"),
    COUNTRY: ("回答しない", None, None, None),
    INSURANCE: ("修正回答", None, "× 現在、サイバー保険には加入しておりません。", None),
    TLS: ("修正回答", None, "通信はすべてTLS1.2以上で暗号化しております。", "TLSのバージョンを明記"),
    REFUND: ("別の項目", 999, None, None),
    BCP: (None, None, None, "訓練の頻度を確認"),
}


@pytest.fixture
def kb_copy(tmp_path: Path) -> Path:
    return copy_kb(tmp_path)


def rows_of(result) -> dict[str, int]:
    return {r.question.text: r.question.row for r in result.rows}


def report(path: Path) -> dict[str, dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return {r["question"]: r for r in csv.DictReader(f)}


def cells(path: Path) -> dict[str, object]:
    ws = openpyxl.load_workbook(path)["チェックシート"]
    return {f"{c}{r}": ws[f"{c}{r}"].value for r in range(7, 38) for c in "EF"}


def diff(before: str, after: str) -> tuple[list[str], list[str]]:
    lines = list(difflib.unified_diff(before.splitlines(), after.splitlines(), n=0, lineterm=""))[2:]
    removed = [x[1:] for x in lines if x.startswith("-")]
    added = [x[1:] for x in lines if x.startswith("+")]
    return removed, added


@pytest.fixture
def decided(tmp_path, kb_copy):
    """The demo filled with a copy of the knowledge base, decisions marked in its review workbook."""
    out = tmp_path / "out"
    out.mkdir()
    result = fill_workbook(DEMO, load_engine(kb_copy), out)
    decide(result.review, DECISIONS)
    return result


def test_apply_writes_decisions_reports_and_learns(decided, kb_copy):
    items = {it.id: it for it in load_kb(kb_copy)}
    row = rows_of(decided)
    before_cells = cells(decided.filled)
    before_kb = (kb_copy / "items.yaml").read_text(encoding="utf-8")
    source_sha = sha256(DEMO)

    result = apply_review(decided.review, kb_copy)

    # every touched row is in the summary; the bad id is reported by row and the rest applied
    assert {o.entry.question.text for o in result.outcomes} == set(DECISIONS)
    (problem,) = result.problems
    assert problem.entry.question.text == REFUND and "item 999 does not exist" in problem.problem
    note_only = next(o for o in result.outcomes if o.entry.question.text == BCP)
    assert not note_only.problem and "note kept" in note_only.describe()

    # the filled workbook: exactly the decided cells changed
    after_cells = cells(decided.filled)
    assert after_cells[f"E{row[MONITOR]}"] == "○"
    assert after_cells[f"F{row[MONITOR]}"] == items[15].answer
    assert after_cells[f"F{row[ROLES]}"] == items[26].answer
    assert after_cells[f"E{row[COUNTRY]}"] is None and after_cells[f"F{row[COUNTRY]}"] is None
    assert after_cells[f"E{row[INSURANCE]}"] == "×"
    assert after_cells[f"F{row[INSURANCE]}"] == "現在、サイバー保険には加入しておりません。"
    assert after_cells[f"E{row[TLS]}"] == "○"  # no leading mark: the item's mark stays
    assert after_cells[f"F{row[TLS]}"] == "通信はすべてTLS1.2以上で暗号化しております。"
    assert after_cells[f"F{row[ESCROW]}"] is None
    decided_refs = {f"{c}{row[q]}" for q in DECISIONS for c in "EF"}
    assert {k: v for k, v in after_cells.items() if k not in decided_refs} == {
        k: v for k, v in before_cells.items() if k not in decided_refs
    }
    assert sha256(DEMO) == source_sha  # the customer's original is never written

    # the report
    rep = report(decided.report)
    assert (rep[MONITOR]["status"], rep[MONITOR]["item_id"], rep[MONITOR]["decision"]) == ("auto", "15", "承認")
    assert (rep[ROLES]["status"], rep[ROLES]["item_id"], rep[ROLES]["decision"]) == ("auto", "26", "別の項目")
    assert (rep[COUNTRY]["status"], rep[COUNTRY]["cells"], rep[COUNTRY]["note"]) == ("none", "", "declined by the reviewer")
    assert "reviewer: 預託は未対応。営業と確認中" in rep[ESCROW]["note"]
    assert rep[INSURANCE]["status"] == "auto" and f"E{row[INSURANCE]}=×" in rep[INSURANCE]["cells"]
    assert rep[TLS]["item_id"] == "36" and "corrected answer" in rep[TLS]["note"]
    assert rep[REFUND]["decision"] == "" and "decision not applied: item 999 does not exist" in rep[REFUND]["note"]
    assert rep[BCP]["note"].endswith("reviewer: 訓練の頻度を確認")
    assert len(rep) == len(decided.rows)

    # the knowledge base: two wordings added, nothing else
    removed, added = diff(before_kb, (kb_copy / "items.yaml").read_text(encoding="utf-8"))
    assert removed == []
    assert sorted(added) == sorted([  # (sorted: difflib may align a block one variant earlier)
        f"      - text: {MONITOR}", "        source: acme_checksheet.xlsx", f"        added: '{TODAY}'",
        f"      - text: {ROLES}", "        source: acme_checksheet.xlsx", f"        added: '{TODAY}'",
    ])
    assert load_kb(kb_copy).get(26).variants[-1].text == ROLES

    # corrected answers are proposals, the approved answers unchanged
    proposals = load_proposals(kb_copy)
    assert [(p.kind, p.item, p.question, p.mark, p.answer, p.status) for p in proposals] == [
        ("item", None, INSURANCE, "×", "現在、サイバー保険には加入しておりません。", "open"),
        ("answer", 36, TLS, "", "通信はすべてTLS1.2以上で暗号化しております。", "open"),
    ]
    assert proposals.get(2).note == "TLSのバージョンを明記"
    assert load_kb(kb_copy).get(36).answer == items[36].answer
    text = (kb_copy / "proposals.yaml").read_text(encoding="utf-8")
    assert text.startswith("# Proposals") and "question: サイバー保険に加入していますか" in text


def test_applying_again_changes_nothing(decided, kb_copy):
    apply_review(decided.review, kb_copy)
    files = [decided.filled, decided.report, kb_copy / "items.yaml", kb_copy / "proposals.yaml"]
    before = [(p.read_bytes(), p.stat().st_mtime_ns) for p in files]
    again = apply_review(decided.review, kb_copy)
    assert [(p.read_bytes(), p.stat().st_mtime_ns) for p in files] == before
    assert not again.changed and again.cells_changed == 0
    assert all("already" in o.describe() or o.problem or "note kept" in o.describe() for o in again.outcomes)


def test_filling_again_after_apply_answers_the_decided_rows_auto(decided, kb_copy, tmp_path):
    apply_review(decided.review, kb_copy)
    again = fill_workbook(DEMO, load_engine(kb_copy), tmp_path / "again.xlsx")
    by_text = {r.question.text: r for r in again.rows}
    for question, item_id in ((MONITOR, 15), (ROLES, 26)):
        assert by_text[question].status == "auto", question
        assert by_text[question].match.item_ids == (item_id,)
        assert by_text[question].match.confidence == 1.0


def test_learned_wordings_carry_over_to_another_questionnaire(decided, kb_copy, tmp_path):
    other = questionnaire(
        tmp_path / "other_customer.xlsx",
        [
            ("監視", MONITOR),
            ("アクセス管理", ROLES),
            ("データ", "保存データは暗号化されていますか"),
            ("組織", "情報セキュリティ委員会を設置していますか"),
            ("体制", "サイバー保険に加入していますか"),  # only proposed: not learned yet
        ],
    )
    before = fill_workbook(other, load_engine(kb_copy), tmp_path / "before.xlsx")
    apply_review(decided.review, kb_copy)
    after = fill_workbook(other, load_engine(kb_copy), tmp_path / "after.xlsx")
    for b, a in zip(before.rows, after.rows):
        text = a.question.text
        if text in (MONITOR, ROLES):
            assert a.status == "auto" and a.match.item_ids == ((15,) if text == MONITOR else (26,))
        else:  # unrelated questions do not change
            assert (a.status, a.match.item_ids) == (b.status, b.match.item_ids), text
    assert before.rows[1].match.item_ids != (26,)  # the re-pointing is what changed it


def test_a_short_wording_repointed_sticks(tmp_path, kb_copy):
    """Needs the engine to treat every known variant as exact, short ones included (see the README)."""
    questions = [
        ("通信", "暗号化"),
        ("記録", "ログ"),  # a bare word no item holds as a wording (バックアップ is one of item 14's)
        ("認証", "多要素認証（MFA）を利用できますか"),  # long questions make the column a question column
        ("運用", "ウイルス対策ソフトを導入していますか"),
    ]
    src = questionnaire(tmp_path / "short.xlsx", questions)
    first = fill_workbook(src, load_engine(kb_copy), tmp_path / "first.xlsx")
    assert [r.match.item_ids for r in first.rows[:2]] == [(35,), (20,)]
    decide(first.review, {"暗号化": ("別の項目", 36, None, None), "ログ": ("別の項目", 18, None, None)})
    apply_review(first.review, kb_copy)
    again = fill_workbook(src, load_engine(kb_copy), tmp_path / "again.xlsx")
    assert [(r.status, r.match.item_ids) for r in again.rows[:2]] == [("auto", (36,)), ("auto", (18,))]


def test_a_mark_the_dropdown_cannot_hold_is_reported_and_the_rest_applies(tmp_path, kb_copy):
    src = tmp_path / "graded.xlsx"
    layout = layout_workbook(src, marks="A,B,C")  # a grading list: nothing in it means ○
    result = fill_workbook(src, load_engine(kb_copy))
    first, second = (r.question.text for r in result.rows[:2])
    decide(result.review, {first: ("承認", None, None, None), second: ("回答しない", None, None, "対象外")})
    applied = apply_review(result.review, kb_copy)
    (problem,) = applied.problems
    assert problem.entry.question.text == first and "has no value for ○" in problem.problem
    assert [o.entry.question.text for o in applied.outcomes if o.applied] == [second]
    rep = report(result.report)
    assert rep[second]["status"] == "none" and rep[second]["decision"] == "回答しない"
    assert "decision not applied" in rep[first]["note"]
    ws = openpyxl.load_workbook(result.filled).active
    assert ws[f"D{layout['question_rows'][0]}"].value is None


def test_decline_restores_what_the_customer_had_written(tmp_path, kb_copy):
    src = questionnaire(tmp_path / "pre.xlsx", [("認証", "多要素認証（MFA）を利用できますか")], {0: ("△", "一部のみ")})
    result = fill_workbook(src, load_engine(kb_copy), options=FillOptions(overwrite=True))
    assert openpyxl.load_workbook(result.filled).active["E2"].value != "一部のみ"
    decide(result.review, {"多要素認証（MFA）を利用できますか": ("回答しない", None, None, None)})
    apply_review(result.review, kb_copy)
    ws = openpyxl.load_workbook(result.filled).active
    assert (ws["D2"].value, ws["E2"].value) == ("△", "一部のみ")


@pytest.mark.parametrize(
    "values, message",
    [
        (("はい", None, None, None), "unknown decision 'はい'"),
        (("別の項目", None, None, None), "別の項目 needs an id"),
        (("別の項目", "二十七", None, None), "is not an item id"),
        (("承認", 27, None, None), "to use item 27 choose 別の項目"),
        (("修正回答", None, None, None), "needs the corrected answer"),
        (("修正回答", None, "×", None), "needs the answer text, not only a mark"),
        ((None, 27, None, None), "no decision chosen"),
    ],
)
def test_decisions_that_cannot_apply_are_named(tmp_path, kb_copy, values, message):
    src = questionnaire(tmp_path / "q.xlsx", [("認証", "多要素認証（MFA）を利用できますか")])
    result = fill_workbook(src, load_engine(kb_copy))
    decide(result.review, {"多要素認証（MFA）を利用できますか": values})
    applied = apply_review(result.review, kb_copy)
    (problem,) = applied.problems
    assert message in problem.problem
    assert applied.cells_changed == 0 and applied.variants_added == 0


def test_no_learn_and_dry_run(decided, kb_copy):
    kb_before = (kb_copy / "items.yaml").read_bytes()
    filled_before = decided.filled.read_bytes()
    dry = apply_review(decided.review, kb_copy, dry_run=True)
    assert dry.cells_changed > 0 and dry.variants_added == 2 and dry.proposals_added == 2
    assert decided.filled.read_bytes() == filled_before
    assert (kb_copy / "items.yaml").read_bytes() == kb_before and not (kb_copy / "proposals.yaml").exists()
    result = apply_review(decided.review, kb_copy, learn=False)
    assert result.cells_changed == dry.cells_changed
    assert decided.filled.read_bytes() != filled_before
    assert (kb_copy / "items.yaml").read_bytes() == kb_before and not (kb_copy / "proposals.yaml").exists()


def test_a_missing_filled_workbook_is_a_clear_error(decided, kb_copy):
    decided.filled.unlink()
    with pytest.raises(InputError, match="the filled workbook is missing; run `matcher fill` again"):
        apply_review(decided.review, kb_copy)


# ---------------------------------------------------------------- the command line


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_cli_apply_lists_every_touched_row_and_exits_1_on_a_conflict(decided, kb_copy):
    result = run("apply", decided.review, "--kb", kb_copy)
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "acme_checksheet.review.xlsx: 8 rows touched: 1 承認, 1 別の項目, 2 回答しない, 2 修正回答; 1 not applied"
    )
    assert sum(1 for line in lines if "チェックシート!" in line) == len(DECISIONS)
    assert any("別の項目: not applied: item 999 does not exist" in line for line in lines)
    assert any("learned as a wording of item 15" in line for line in lines)
    assert any(line.startswith("  knowledge base:  +2 wording(s)") for line in lines)
    assert result.stderr.strip() == (
        "Error: 1 decision was not applied (see above); correct them in the review workbook and apply again"
    )


def test_cli_apply_twice_says_nothing_changed(tmp_path, kb_copy):
    src = questionnaire(tmp_path / "q.xlsx", [("監視", MONITOR)])
    result = fill_workbook(src, load_engine(kb_copy))
    decide(result.review, {MONITOR: ("承認", None, None, None)})
    first = run("apply", result.review, "--kb", kb_copy)
    assert first.exit_code == 0, first.output
    second = run("apply", result.review, "--kb", kb_copy)
    assert second.exit_code == 0
    assert second.stdout.splitlines()[-1] == "Nothing changed: these decisions were already applied."


def test_cli_apply_not_a_review_workbook(tmp_path):
    result = run("apply", questionnaire(tmp_path / "plain.xlsx", [("x", "y")]))
    assert result.exit_code == 1
    assert result.output.strip().startswith("Error: plain.xlsx: not a review workbook")
    assert len(result.output.strip().splitlines()) == 1


def test_cli_apply_has_help_with_an_example():
    result = run("apply", "--help")
    assert result.exit_code == 0 and "matcher apply customer.review.xlsx" in result.output
    assert "--no-learn" in result.output and "--kb" in result.output


def test_accepting_a_two_item_answer_writes_both_and_learns_nothing(tmp_path, kb_copy):
    question = "保存データおよび通信の暗号化について"
    src = questionnaire(tmp_path / "pair.xlsx", [("データ", question), ("認証", "多要素認証（MFA）を利用できますか")])
    result = fill_workbook(src, load_engine(kb_copy))
    decide(result.review, {question: ("別の項目", "35;36", None, None)})
    applied = apply_review(result.review, kb_copy)
    (outcome,) = applied.outcomes
    assert outcome.item_ids == (35, 36) and outcome.applied
    assert "not learned: the question spans two items" in outcome.describe()
    items = load_kb(kb_copy)
    assert openpyxl.load_workbook(result.filled).active["E2"].value == items.get(35).answer + "\n" + items.get(36).answer
    assert applied.variants_added == 0
