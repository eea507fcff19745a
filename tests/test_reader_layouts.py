"""The reader on customer-style layouts built here with openpyxl (Japanese and English)."""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.datavalidation import DataValidation

from matcher.errors import InputError
from matcher.workbook.load import read_questionnaire
from matcher.workbook.reader import ReadResult, classify_header, require_questions
from matcher.workbook.vocab import spell


def read(path: Path) -> ReadResult:
    return read_questionnaire(path)


def slots(q) -> dict[str, tuple]:
    return {s.ref.rstrip("0123456789"): (s.kind, s.vocabulary, s.meaning, s.current) for s in q.slots}


# ---------------------------------------------------------------- split item / description, merged kind cells

METI = [
    ("可用性", "1-1", "サービス時間", "サービスを提供する時間帯（設備やネットワーク等の点検／保守のための計画停止時間の記述を含む）"),
    ("可用性", "1-2", "計画停止予定通知", "定期的な保守停止に関する事前連絡確認（事前通知のタイミング／方法の記述を含む）"),
    ("可用性", "1-3", "サービス稼働率", "サービスを利用できる確率（（計画サービス時間－停止時間）÷計画サービス時間）"),
    ("信頼性", "2-1", "障害通知プロセス", "障害発生時の連絡プロセス（通知先／方法／経路）"),
    ("信頼性", "2-2", "システム監視基準", "システム監視基準（監視内容／監視・通知基準）の設定に関する取り組み"),
    ("セキュリティ", "3-1", "公的認証取得の要件", "JIPDEC や JQA 等で認定している情報処理管理に関する公的認証が取得されていること"),
]


def build_meti(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "SLAチェックリスト"
    ws["A1"] = "SaaS利用に関するチェックリスト（SLA・情報セキュリティ）"
    ws.merge_cells("A1:F1")
    ws["A2"] = "株式会社サンプル銀行 システム企画部"
    for col, text in zip("ABCDEF", ["種別", "No.", "項目", "内容", "評価", "補足説明"]):
        ws[f"{col}4"] = text
    dv = DataValidation(type="list", formula1='"○,×,△"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("E5:E10")
    groups: dict[str, list[int]] = {}
    for i, (kind, no, item, desc) in enumerate(METI):
        r = 5 + i
        groups.setdefault(kind, []).append(r)
        ws[f"B{r}"], ws[f"C{r}"], ws[f"D{r}"] = no, item, desc
    for kind, rows in groups.items():
        ws[f"A{rows[0]}"] = kind
        if len(rows) > 1:
            ws.merge_cells(f"A{rows[0]}:A{rows[-1]}")
    wb.save(path)


def test_split_item_and_description_columns_with_merged_kind_cells(tmp_path):
    path = tmp_path / "meti.xlsx"
    build_meti(path)
    result = read(path)
    assert [q.row for q in result.rows] == list(range(5, 11))
    q = result.rows[2]
    assert q.text == "サービス稼働率 / サービスを利用できる確率（（計画サービス時間－停止時間）÷計画サービス時間）"
    assert q.ref == "D7" and q.qid == "1-3"
    assert [q.context for q in result.rows] == [kind for kind, *_ in METI]  # merged 種別 carried down
    assert slots(q)["E"][:2] == ("mark", ("○", "×", "△"))
    assert slots(q)["F"][0] == "text"
    roles = {c.col: c.role for c in result.sheets[0].columns}
    assert roles[3] == "part" and roles[4] == "question" and roles[2] == "id" and roles[1] == "context"


# ---------------------------------------------------------------- section rows numbered 1 / 1-1 / 1-2


def test_section_rows_with_numbering_are_context_not_questions(tmp_path):
    path = tmp_path / "sections.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "チェックシート"
    ws["A1"] = "委託先セキュリティチェックシート"
    ws.append([])
    ws.append(["No.", "確認項目", "回答", "備考"])
    body = [
        ("1", "組織体制", True),
        ("1-1", "情報セキュリティ基本方針を策定し、経営者の承認を得ていますか。", False),
        ("1-2", "情報セキュリティ責任者を任命していますか。", False),
        ("2", "物理的対策", True),
        ("2-1", "サーバ室への入退室を管理していますか。", False),
        ("2-2", "データセンターは耐震構造ですか。", False),
        ("3", "技術的対策", True),
        ("3-1", "保存データを暗号化していますか。", False),
    ]
    for no, text, heading in body:
        ws.append([no, text])
        if heading:
            ws.cell(ws.max_row, 2).font = Font(bold=True)
    ws.append([])
    ws.append(["", "※ ご回答いただいた内容は契約時に確認させていただく場合があります。"])
    wb.save(path)
    result = read(path)
    got = [(q.row, q.qid, q.context) for q in result.rows]
    assert got == [
        (5, "1-1", "組織体制"), (6, "1-2", "組織体制"),
        (8, "2-1", "物理的対策"), (9, "2-2", "物理的対策"),
        (11, "3-1", "技術的対策"),
    ]
    sheet = result.sheets[0]
    assert sheet.header_row == 3
    assert sheet.skipped["section heading"] == 3 and sheet.skipped["note"] == 1
    # the lone 「回答」 beside 「備考」 takes the mark; 備考 the text
    assert [s.kind for s in result.rows[0].slots] == ["mark", "text"]


def test_sections_numbered_inside_the_question_text(tmp_path):
    path = tmp_path / "inline.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["確認事項", "回答"])
    rows = [
        "1. 組織的対策",
        "1-1 情報セキュリティポリシーを定めていること",
        "1-2 従業員教育を定期的に実施していること",
        "2. 技術的対策",
        "2-1 管理者アカウントに多要素認証を用いていること",
        "2-2 通信を暗号化していること",
    ]
    for text in rows:
        ws.append([text])
    wb.save(path)
    result = read(path)
    assert [q.row for q in result.rows] == [3, 4, 6, 7]
    assert [q.context for q in result.rows] == ["1. 組織的対策"] * 2 + ["2. 技術的対策"] * 2
    assert result.rows[0].qid == "1-1"
    assert result.rows[0].slots[0].kind == "combined"  # the sheet's only answer column


# ---------------------------------------------------------------- a cover sheet, a hidden column


def test_cover_sheet_is_skipped_and_a_hidden_column_is_not_the_question_column(tmp_path):
    path = tmp_path / "cover.xlsx"
    wb = Workbook()
    cover = wb.active
    cover.title = "表紙"
    cover["A1"] = "クラウドサービス調達に関する質問票"
    cover["A3"] = "提出期限：2024年9月30日（月）17:00"
    cover["A5"] = "記入要領"
    for i, line in enumerate([
        "・「質問票」シートの回答欄に、各質問に対する回答を具体的に記入してください。はい・いいえのみの回答はご遠慮ください。",
        "・回答にあたり参照した資料がある場合は、資料名とページ番号を併記してください。",
        "・回答内容は本学の調達審査にのみ使用し、第三者に開示することはありません。",
    ]):
        cover[f"A{6 + i}"] = line
    ws = wb.create_sheet("質問票")
    ws.append(["Internal question text (English master)", "No.", "質問事項", "回答"])
    questions = [
        ("Describe the SLA of your service in detail, including the availability target.", "①", "貴社サービスのSLA（稼働率の目標値）についてご記入ください。"),
        ("How do you notify customers of planned maintenance and feature changes?", "②", "計画メンテナンスや機能変更の事前告知の方法を教えてください。"),
        ("How is customer data backed up and how is the system made redundant?", "③", "利用者の情報をどのようにバックアップしていますか。"),
        ("Describe your monitoring organisation and how it operates 24x7.", "④", "稼働監視の体制についてご記入ください。"),
    ]
    for english, no, text in questions:
        ws.append([english, no, text])
    ws.column_dimensions["A"].hidden = True
    wb.save(path)
    result = read(path)
    cover_report, sheet = result.sheets
    assert not cover_report.read and "instructions or cover page" in cover_report.reason
    assert [q.sheet for q in result.rows] == ["質問票"] * 4
    assert all(q.ref.startswith("C") for q in result.rows)
    assert [q.qid for q in result.rows] == ["①", "②", "③", "④"]
    assert [s.ref for s in result.rows[0].slots] == ["D2"] and result.rows[0].slots[0].kind == "combined"
    assert 1 not in {c.col for c in sheet.columns}  # hidden columns are not looked at


# ---------------------------------------------------------------- a question merged across columns


def test_question_merged_across_columns_with_the_answer_to_its_right(tmp_path):
    path = tmp_path / "merged.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "確認票"
    ws["A1"] = "業務委託先 情報セキュリティ確認票"
    ws["A2"] = "※実施状況はプルダウンから選択し、根拠資料欄には該当する規程名を記入してください。"
    ws["A4"], ws["B4"], ws["G4"], ws["I4"] = "No.", "確認項目", "回答", "根拠資料・証跡"
    ws["G5"], ws["H5"] = "実施状況", "補足"
    for rng in ("A4:A5", "B4:F5", "G4:H4", "I4:I5"):
        ws.merge_cells(rng)
    dv = DataValidation(type="list", formula1='"実施済,一部実施,未実施,該当なし"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("G6:G20")
    rows = [
        ("A.1", "組織的対策", True),
        ("A.1.1", "情報セキュリティ基本方針を定め、社内外に公表していること。", False),
        ("A.1.2", "情報セキュリティ関連規程を定期的にレビューしていること。", False),
        ("A.2", "人的対策", True),
        ("A.2.1", "役員・従業員に対する情報セキュリティ教育を定期的に実施していること。", False),
        ("A.2.2", "退職者から秘密保持に関する誓約書を取得していること。", False),
    ]
    for i, (no, text, banner) in enumerate(rows):
        r = 6 + i
        ws[f"A{r}"], ws[f"B{r}"] = no, text
        ws.merge_cells(f"B{r}:I{r}" if banner else f"B{r}:F{r}")
    ws["G8"] = "実施済"  # one row already answered
    wb.save(path)
    result = read(path)
    assert [(q.row, q.qid, q.context) for q in result.rows] == [
        (7, "A.1.1", "組織的対策"), (8, "A.1.2", "組織的対策"), (10, "A.2.1", "人的対策"), (11, "A.2.2", "人的対策"),
    ]
    q = result.rows[1]
    assert q.ref == "B8"
    assert slots(q)["G"] == ("mark", ("実施済", "一部実施", "未実施", "該当なし"), "", "実施済")
    assert slots(q)["H"][0] == "text"
    assert "I" not in slots(q)  # 根拠資料・証跡 is not an answer to write
    assert result.sheets[0].header_row == 4


# ---------------------------------------------------------------- tick columns


def test_tick_columns_take_the_symbol_the_instructions_ask_for(tmp_path):
    path = tmp_path / "ticks.xlsx"
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "チェックリスト"
    ws["A2"] = "※該当する欄に「○」を記入してください（いずれか一つ）。"
    ws.append([])
    ws.append(["No.", "確認事項", "はい", "いいえ", "該当なし", "補足説明"])
    ws.append(["1", "利用者の認証に多要素認証を用いることができますか。"])
    ws.append(["2", "保存データの暗号化を行っていますか。", "", "○"])
    ws.append(["3", "接続元IPアドレスによるアクセス制限を設定できますか。"])
    wb.save(path)
    result = read(path)
    assert len(result.rows) == 3
    first, second = result.rows[0], result.rows[1]
    assert [(s.kind, s.meaning, s.vocabulary) for s in first.slots[:3]] == [
        ("tick", "○", ("○",)), ("tick", "×", ("○",)), ("tick", "－", ("○",)),
    ]
    assert [s.current for s in second.slots] == ["", "○", "", ""]


def test_english_tick_columns_mark_x(tmp_path):
    path = tmp_path / "review.xlsx"
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "Third-Party Security Review"
    ws["A2"] = "Mark X in the applicable column (Yes / No / N/A). Explain every No in Comments."
    ws.append([])
    ws.append(["Ref", "Control Area", "Question", "Yes", "No", "N/A", "Comments"])
    ws.append(["SEC-01", "Governance", "Does the vendor maintain documented security policies?"])
    ws.append(["SEC-02", "Governance", "Are independent external audits performed annually?"])
    ws.append(["SEC-03", "Access Control", "Is access to production servers restricted by role?"])
    wb.save(path)
    result = read(path)
    q = result.rows[0]
    assert (q.qid, q.context) == ("SEC-01", "Governance")
    assert [(s.ref, s.kind, s.meaning, s.vocabulary) for s in q.slots] == [
        ("D5", "tick", "○", ("X",)), ("E5", "tick", "×", ("X",)), ("F5", "tick", "－", ("X",)), ("G5", "text", "", ()),
    ]


def test_a_lone_check_mark_column(tmp_path):
    path = tmp_path / "check.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["No.", "確認項目", "✓", "備考"])
    ws.append(["1", "ウイルス対策ソフトを導入していますか。"])
    ws.append(["2", "ログを1年以上保管していますか。", "✓"])
    ws.append(["3", "退職者のアカウントを速やかに削除していますか。"])
    wb.save(path)
    rows = read(path).rows
    assert [(s.kind, s.meaning, s.vocabulary) for s in rows[0].slots] == [("tick", "○", ("✓",)), ("text", "", ())]
    assert rows[1].slots[0].current == "✓"


def test_mark_dropdown_of_squares_without_a_header_word(tmp_path):
    path = tmp_path / "squares.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["質問", "", "コメント"])
    dv = DataValidation(type="list", formula1='"■,□"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("B2:B4")
    for text in ("パスワードの最低文字数を設定できますか。", "操作ログを取得していますか。", "脆弱性診断を年1回以上実施していますか。"):
        ws.append([text])
    wb.save(path)
    rows = read(path).rows
    assert [s.kind for s in rows[0].slots] == ["mark", "text"]
    assert rows[0].slots[0].vocabulary == ("■", "□")


# ---------------------------------------------------------------- several sheets, same ids


def test_same_question_id_on_two_tabs_keeps_its_qid(tmp_path):
    path = tmp_path / "tabs.xlsx"
    wb = Workbook()
    for title in ("Organization", "Product"):
        ws = wb.active if title == "Organization" else wb.create_sheet(title)
        ws.title = title
        ws.append(["ID", "Question", "Answer", "Notes"])
        ws.append(["DATA-01", "Is customer data encrypted at rest?"])
        ws.append([f"{title[:3].upper()}-02", f"Does the {title.lower()} team review access quarterly?"])
    wb.save(path)
    result = read(path)
    assert [(q.sheet, q.qid) for q in result.rows] == [
        ("Organization", "DATA-01"), ("Organization", "ORG-02"), ("Product", "DATA-01"), ("Product", "PRO-02"),
    ]
    assert result.sheets[1].repeated_ids == 1


# ---------------------------------------------------------------- what the reader refuses


def test_instruction_only_workbook_raises_naming_the_sheet(tmp_path):
    path = tmp_path / "instructions.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "ご案内"
    ws["A1"] = "記入要領"
    for i in range(2, 8):
        ws[f"A{i}"] = f"{i - 1}. 各質問について、回答欄に具体的な内容をご記入いただきますようお願いいたします（その{i}）。"
    wb.save(path)
    result = read(path)
    assert result.rows == []
    with pytest.raises(InputError) as e:
        require_questions(result, path.name)
    message = str(e.value)
    assert "sheet 'ご案内'" in message  # which sheet
    assert "質問/確認項目/Question" in message and "dropdown" in message  # and what it looked for


def test_questions_without_any_answer_column_are_not_a_questionnaire(tmp_path):
    path = tmp_path / "list.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["No.", "質問", "出典"])
    for i in range(1, 5):
        ws.append([i, f"第{i}項の要求事項を満たしていますか。", "ISO/IEC 27001"])
    wb.save(path)
    result = read(path)
    assert result.rows == []
    assert "no answer column" in result.sheets[0].reason


def test_formula_answer_cells_are_never_answer_slots(tmp_path):
    path = tmp_path / "summary.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Evaluation"
    ws["A1"] = "Instructions for Analysts: review the vendor's answers and score them."
    ws.append(["ID", "Question", "Answer", "Score"])
    for i in range(3, 8):
        ws[f"A{i}"] = f"Q-{i}"
        ws[f"B{i}"] = f"Do you perform control number {i} on every release?"
        ws[f"C{i}"] = f"=Answers!C{i}"
    wb.save(path)
    result = read(path)
    assert result.rows == []
    assert "formulas" in result.sheets[0].reason and "evaluator" in result.sheets[0].reason


def test_header_words():
    assert classify_header("評価項目") == ("question", "")
    assert classify_header("評価") == ("mark", "")
    assert classify_header("具体的な内容") == ("text", "")
    assert classify_header("確認内容") == ("question", "")
    assert classify_header("Analyst Notes")[0] == "ignore"
    assert classify_header("CSC Responsibilities (Optional/Recommended)")[0] == "ignore"
    assert classify_header("CSP Implementation Description (Optional/Recommended)")[0] == "text"
    assert classify_header("Not Applicable") == ("tick", "－")
    assert classify_header("CONSENSUS ASSESSMENTS INITIATIVE QUESTIONNAIRE v3.0.1") == ("", "")
    assert classify_header("回答者（所属・氏名）")[0] == "ignore"


def test_example_and_legend_sheets_are_not_answered(tmp_path):
    path = tmp_path / "with_example.xlsx"
    wb = Workbook()
    legend = wb.active
    legend.title = "回答の選択肢"
    legend.append(["記号", "説明"])
    legend.append(["○", "対策を実施しており、規程として文書化していること"])
    legend.append(["△", "対策を一部実施しているが、文書化はされていないこと"])
    legend.append(["×", "対策を実施していないこと"])
    for title in ("記入例", "チェックシート"):
        ws = wb.create_sheet(title)
        ws.append(["No.", "確認項目", "回答", "備考"])
        ws.append(["1", "情報セキュリティ基本方針を策定していますか。", "○" if title == "記入例" else None])
        ws.append(["2", "従業員教育を実施していますか。"])
    wb.save(path)
    result = read(path)
    reports = {s.name: s for s in result.sheets}
    assert {q.sheet for q in result.rows} == {"チェックシート"}
    assert "legend" in reports["回答の選択肢"].reason
    assert "example" in reports["記入例"].reason


def test_a_compliance_scale_explains_the_answers_and_its_dropdown_takes_every_mark(tmp_path):
    # supplier-qualification forms: a cover sheet defines the scale, the requirements use it
    path = tmp_path / "supplier_qualification.xlsx"
    wb = Workbook()
    cover = wb.active
    cover.title = "Document Control"
    for row in (["Supplier Qualification Questionnaire"], [], ["Document no.", "QF-7.4-12"], ["Revision", "C"],
                ["Process owner", "Supplier Quality Management"], ["Scope of supply", "Cloud HR and payroll service"], [],
                ["Instructions to the Supplier"],
                ["For each requirement select a compliance level and state how the requirement is met."],
                ["Requirements marked 'Mandatory' must be met for supplier approval."], [],
                ["Compliance scale"],
                ["Compliant", "Requirement fully met and evidenced."],
                ["Partially compliant", "Requirement met in part; describe gap and planned action."],
                ["Not compliant", "Requirement not met."],
                ["Not applicable", "Requirement not relevant to the scope of supply; justify."]):
        cover.append(row)
    cover.merge_cells("A9:B9")
    cover.merge_cells("A10:B10")
    ws = wb.create_sheet("Requirements")
    ws.append(["Req. ID", "Requirement", "Supplier Compliance", "Statement"])
    ws.append(["ISR-001", "The Supplier shall maintain an information security policy approved by management."])
    ws.append(["ISR-002", "The Supplier shall encrypt customer data at rest."])
    dv = DataValidation(type="list", formula1='"Comply,Partially Comply,Not Comply,N/A"')
    ws.add_data_validation(dv)
    dv.add("C2:C3")
    wb.save(path)
    result = read(path)
    assert [(q.sheet, q.row) for q in result.rows] == [("Requirements", 2), ("Requirements", 3)]
    mark_slot = next(slot for slot in result.rows[0].slots if slot.kind == "mark")
    assert [spell(m, mark_slot.vocabulary) for m in "○×△－"] == ["Comply", "Not Comply", "Partially Comply", "N/A"]


def test_plain_english_section_rows_and_an_instruction_line(tmp_path):
    path = tmp_path / "english.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["Question", "Answer", "Comments"])
    ws.append(["Please answer all questions below and explain any No in Comments."])
    ws.append(["Company Overview"])
    ws.append(["Do you have a dedicated information security team?"])
    ws.append(["Is there a documented information security policy?"])
    ws.append(["Data Protection"])
    ws.append(["Is customer data encrypted at rest?"])
    ws.append(["Is customer data encrypted in transit?"])
    ws.append(["Do you hold cyber insurance?"])
    ws.row_dimensions[9].hidden = True
    wb.save(path)
    result = read(path)
    assert [(q.row, q.context) for q in result.rows] == [
        (4, "Company Overview"), (5, "Company Overview"), (7, "Data Protection"), (8, "Data Protection"),
    ]
    assert result.sheets[0].skipped == {"note": 1, "section heading": 2, "hidden row": 1}
    assert [(s.kind, s.vocabulary) for s in result.rows[0].slots] == [("mark", ("Yes", "No", "N/A")), ("text", ())]


def test_dropdown_from_a_named_range_on_a_hidden_sheet(tmp_path):
    from openpyxl.workbook.defined_name import DefinedName

    path = tmp_path / "named.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "質問"
    ws.append(["No.", "質問項目", "選択", "補足"])
    for i, text in enumerate(["ウイルス対策を実施していますか。", "バックアップを取得していますか。", "ログを保管していますか。"], 1):
        ws.append([i, text])
    lists = wb.create_sheet("lists")
    for i, value in enumerate(["対応済", "一部対応", "未対応", "該当なし"], 1):
        lists[f"A{i}"] = value
    lists.sheet_state = "hidden"
    wb.defined_names["回答リスト"] = DefinedName("回答リスト", attr_text="lists!$A$1:$A$4")
    dv = DataValidation(type="list", formula1="=回答リスト", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("C2:C4")
    wb.save(path)
    result = read(path)
    assert len(result.rows) == 3
    assert result.rows[0].slots[0].vocabulary == ("対応済", "一部対応", "未対応", "該当なし")
    assert {s.name: s.read for s in result.sheets} == {"質問": True, "lists": False}
