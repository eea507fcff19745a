"""Small customer-style workbooks built in tests (layouts the reader must understand)."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation

# Questions the seed check sheet answers, written the way a customer might.
QUESTIONS = [
    ("組織", "情報セキュリティ基本方針を策定し、経営者の承認を得ていますか。"),
    ("組織", "従業員に対して定期的にセキュリティ教育を実施していますか。"),
    ("技術", "保存データは暗号化されていますか。"),
    ("技術", "管理者アカウントのログインに多要素認証を利用していますか。"),
    ("技術", "アクセスログを取得し、一定期間保管していますか。"),
    ("運用", "定期的にバックアップを取得していますか。"),
]


def layout_workbook(path: Path, circle: str = "〇", marks: str | None = None) -> dict[str, object]:
    """Title block, header on row 5, question column C, merged category cells in B, dropdown in D."""
    wb = Workbook()
    ws = wb.active
    ws.title = "チェックシート"
    ws["B1"] = "セキュリティチェックシート（クラウドサービス）"
    ws.merge_cells("B1:E1")
    ws["B2"] = "会社名："
    ws["B3"] = "記入日："
    ws.append([])
    header_row = 5
    for col, text in zip("ABCDE", ["No.", "分類", "確認項目", "回答", "備考"]):
        ws[f"{col}{header_row}"] = text
    dv = DataValidation(type="list", formula1=f'"{marks or f"{circle},×,△,－"}"', allow_blank=True)
    ws.add_data_validation(dv)
    first = header_row + 1
    for i, (category, question) in enumerate(QUESTIONS):
        r = first + i
        ws[f"A{r}"] = i + 1
        ws[f"C{r}"] = question
        dv.add(f"D{r}")
    # merged category cells, value only on the first row of each group
    r = first
    groups: dict[str, list[int]] = {}
    for i, (category, _) in enumerate(QUESTIONS):
        groups.setdefault(category, []).append(first + i)
    for category, rows in groups.items():
        ws[f"B{rows[0]}"] = category
        if len(rows) > 1:
            ws.merge_cells(f"B{rows[0]}:B{rows[-1]}")
    last = first + len(QUESTIONS) - 1
    ws[f"B{last + 2}"] = "※ご回答ありがとうございました。"
    wb.save(path)
    return {"header_row": header_row, "question_rows": list(range(first, last + 1)), "circle": circle}
