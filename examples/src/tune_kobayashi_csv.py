"""Tune: 小林製作所 — CSV questionnaire exported from their procurement system.

Layout j: a CSV file saved in CP932 (Shift_JIS) with header row
No,分類,確認項目,回答,備考 on line 1, one question per line.  Short noun-phrase
questions, some with full-width letters.  Sheet name in labels = file stem.

Each question: (分類, 確認項目, expected label).
"""

FILE = "tune/round1/kobayashi_seisakusho_checksheet.csv"
HEADER = ["No", "分類", "確認項目", "回答", "備考"]

QUESTIONS = [
    ("認証", "ＩＳＭＳ認証の取得状況", "51"),
    ("認証", "プライバシーマークの取得有無", "51"),
    ("会社概要", "従業員数", "none"),
    ("会社概要", "資本金", "none"),
    ("暗号化", "通信の暗号化方式", "36"),
    ("暗号化", "データ保存時の暗号化", "35"),
    ("可用性", "バックアップの頻度と保管場所", "14"),
    ("可用性", "稼働率（ＳＬＡ）", "5"),
    ("サポート", "サポート窓口の受付時間", "6"),
    ("認証", "二要素認証の有無", "27"),
    ("ログ", "操作ログ・アクセスログの保管期間", "20"),
    ("契約", "解約時のデータ削除", "37"),
    ("設備", "データセンターの所在地", "43"),
    ("対策", "ウイルス対策", "19"),
    ("提供形態", "オンプレミス版の提供有無", "none"),
    ("可用性", "冗長構成の有無", "39"),
    ("対策", "脆弱性診断の実施頻度", "13"),
    ("対策", "ＷＡＦの導入", "34"),
]
