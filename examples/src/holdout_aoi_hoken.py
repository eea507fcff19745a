"""Holdout2 (blind): あおい保険サービス（保険代理店）— 委託先 情報セキュリティ確認シート（簡易版）.

A small insurance agency's short checklist for the vendors that handle its
customers' and staff's personal data.  Short noun phrases only, full-width
letters in places; answered 有 / 無.

Layout (circled numbers + merged question): title merged A1:G1, agency
name on row 2, note on row 3, header on row 5: No. | 確認項目 (B:E merged)
| 有無 | 備考.  No. is ① ② … counted through the sheet (up to ㉖); every
確認項目 is merged across B:E; 有無 is a 有 / 無 dropdown.  No categories.

QUESTIONS: [(確認項目, expected label), ...].
"""

FILE = "holdout/aoi_hoken_vendor_checklist.xlsx"
SHEET = "確認シート"
CREATOR = "あおい保険サービス 業務管理課"
CREATED = (2025, 3, 4, 10, 20, 0)
MODIFIED = (2025, 3, 4, 16, 0, 0)
TITLE = "委託先 情報セキュリティ確認シート（簡易版）"
ORG = "株式会社あおい保険サービス（損害保険・生命保険代理店）　業務管理課"
NOTE = "※「有無」欄は有・無のいずれかを選択し、必要に応じて備考欄に補足をご記入ください。"

QUESTIONS = [
    ("情報セキュリティ基本方針の策定", "1"),
    ("ＩＳＭＳ／Ｐマーク等の外部認証", "51"),
    ("個人情報保護方針の公表", "45"),
    ("従業員へのセキュリティ教育（年１回以上）", "47"),
    ("再委託先の管理", "48"),
    ("引受保険会社が定める委託先管理基準への準拠", "none"),
    ("サーバ上の顧客データの暗号化", "35"),
    ("通信の暗号化（ＳＳＬ／ＴＬＳ）", "36"),
    ("パスワードポリシーの設定機能（文字数・有効期限）", "31"),
    ("一定時間操作がない場合の自動ログアウト", "32"),
    ("利用者の追加・削除を当社で行える機能", "29"),
    ("利用者の操作履歴（ログ）の保存", "20"),
    ("サーバ・端末のマルウェア対策", "19"),
    ("定期的なバックアップ", "14"),
    ("システム障害時の連絡", "16"),
    ("情報漏えい発生時の報告体制", "49"),
    ("契約終了後の当社データの廃棄", "37"),
    ("データの国内保管", "43"),
    ("問い合わせ窓口の設置（営業時間）", "6"),
    ("データセンターの停電・火災への備え", "8"),  # label: majority of three blind labellers
    ("サーバ設置施設への入館制限", "7"),
    ("サイバー保険（賠償責任保険）への加入", "none"),
    ("当社による貴社事務所への訪問監査の受入れ", "none"),
    ("貴社の従業員数（うちシステム担当者数）", "none"),
    ("情報漏えい時の損害賠償に関する契約上の定め", "none"),
]
