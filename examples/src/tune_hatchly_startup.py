"""Tune: Hatchly株式会社 (startup) — ベンダーセキュリティチェック, Google Sheets export.

Layout b + e: a spreadsheet exported from Google Sheets.  Row 1 is a casual
note to the vendor (not a question), row 2 the header
質問 / Question | 回答 | コメント・URL, no numbering at all.  Section rows
(■ 認証・アカウント (Auth) …) are merged across A:C; the 回答 column has a
Yes / No / N/A dropdown.  Questions are chatty and mix English and Japanese.

SECTIONS: (section title, [(質問, expected label), ...]).
"""

FILE = "tune/round1/hatchly_vendor_security_check.xlsx"
SHEET = "vendor_check"
CREATOR = "Hatchly Corporate IT"
CREATED = (2024, 10, 3, 18, 42, 0)
MODIFIED = (2024, 10, 4, 10, 5, 0)
TITLE = "Vendor security check (Hatchly)"
NOTE = ("Hatchly コーポレートITです！導入前チェックにご協力ください🙏 "
        "回答欄はプルダウン（Yes / No / N/A）、補足やヘルプページのURLはコメント欄にお願いします。")

SECTIONS = [
    ("■ 認証・アカウント (Auth)", [
        ("MFA対応してますか？", "27"),
        ("Google WorkspaceのアカウントでSSOログインできます？", "26"),
        ("入退社のたびにメンバーを追加・削除するのって管理画面からできますか", "29"),
        ("Admin / Member / Viewer みたいにロール分けできます？", "30"),
        ("パスワードポリシー（長さとか期限）はこっちで設定できますか？", "31"),
        ("しばらく触ってないと自動でログアウトされますか？", "32"),
        ("SCIM対応してますか？（Oktaからプロビジョニングしたい）", "none"),
    ]),
    ("■ データまわり (Data)", [
        ("データってどこのリージョンに置いてます？日本？", "43"),
        ("DBに保存してるデータって暗号化されてます？", "35"),
        ("通信はTLS1.2以上だけですか？", "36"),
        ("マルチテナントだと思うんですが、他社のデータとはちゃんと分離されてますか", "28"),
        ("解約時にデータ全部エクスポートできますか？そのあと消してもらえる？", "37"),
        ("バックアップって別リージョンにも取ってます？", "14"),
        ("うちのデータをAIの学習に使ったりしてないですよね？", "50"),
        ("EUリージョンにデータを置くこともできますか？（ドイツ子会社用）", "none"),
    ]),
    ("■ セキュリティ全般 (General)", [
        ("SOC2持ってますか？", "none"),
        ("ISMSかPマークは取ってますか？番号も教えてください", "51"),
        ("外部のセキュリティ会社にペンテストしてもらってます？", "13"),
        ("WAFとかで外からの攻撃ブロックしてます？", "34"),
        ("社員のPCにEDR入れてますか？", "19"),
        ("APIキーとかのシークレット、GitHubに直書きしてないですよね？", "22"),
        ("ライブラリやOSの脆弱性アップデートってちゃんと回ってます？", "11"),
        ("バグバウンティやってます？", "none"),
        ("社内のセキュリティ研修とか、委託先のチェックってやってますか", "47;48"),
    ]),
    ("■ 運用・サポート (Ops)", [
        ("SLA（稼働率）って何%ですか", "5"),
        ("障害時に見られるステータスページあります？", "15"),
        ("障害起きたらメールとかで通知来ますか？", "16"),
        ("サポートってチャット？電話？何時までやってます？", "6"),
        ("インシデント対応のフローって決まってますか", "49"),
        ("開発チームは国内ですか？オフショアも使ってる？", "none"),
        ("社員数どれくらいですか？", "none"),
    ]),
]
