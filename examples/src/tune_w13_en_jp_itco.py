"""Tune: 株式会社ネクストリンクシステムズ (Japanese IT services company with many non-Japanese engineers) - SaaS導入前セキュリティ確認シート / SaaS Security Review Sheet.

Layout j: CP932 CSV with header No,分類,確認項目,回答,備考 on line 1, one question per line. Written by the company's 情報システム部 for review of an HR SaaS; because reviewers include English-speaking engineers, every row is bilingual: most are "Japanese / English" pairs (e.g. 「MFAは利用できますか / Is MFA available?」), others are Japanese sentences with English terms mixed in (audit trail, key rotation, status page) or English sentences with Japanese terms (稼働率, 再委託先). Short noun-phrase rows mixed with polite questions; engineer vocabulary (SAML, SCIM, Multi-AZ, TOTP, SOC, secret scanning).
"""

FILE = "tune/round13_en_jp/nextlink_saas_review_bilingual.csv"
HEADER = ["No", "分類", "確認項目", "回答", "備考"]

QUESTIONS = [
    # 認証・監査
    ("認証・監査 / Certification", "ISMS・Pマークの取得状況 / Status of ISMS and PrivacyMark certification", "51"),
    ("認証・監査 / Certification", "ISMAP（政府情報システムのためのセキュリティ評価制度）への登録はありますか / Is the service registered in ISMAP?", "none"),
    ("認証・監査 / Certification", "外部監査（ISMS審査など）を定期的に受けていますか / Do you undergo external audits such as ISMS surveillance audits on a regular basis?", "46"),
    ("認証・監査 / Certification", "Can you share the 脆弱性診断レポート (pen test report) with us under NDA?", "none"),
    ("認証・監査 / Certification", "ISMS取得状況と、従業員向け年次セキュリティ教育の実施有無 / ISMS status and whether annual security training is given to staff", "51;47"),
    # ガバナンス
    ("ガバナンス / Governance", "経営層が承認した information security policy はありますか / Do you have a security policy approved by top management?", "1"),
    ("ガバナンス / Governance", "ポリシーの review 頻度 / How often is the policy reviewed?", "2"),
    ("ガバナンス / Governance", "社内ルールがきちんと守られているかの定期チェック（頻度） / How often do you check that internal rules are actually followed?", "4"),
    ("ガバナンス / Governance", "日常運用と緊急時対応を定めたISMSマニュアル / Is there a manual covering daily operation and emergency response?", "3"),
    ("ガバナンス / Governance", "CISO（セキュリティ責任者）の設置有無 / Is a CISO appointed?", "none"),
    ("ガバナンス / Governance", "Security awareness training の対象範囲と頻度 / Who receives security training and how often?", "47"),
    # アカウント・認証（利用者側）
    ("利用者認証 / User Authentication", "SSO連携と二要素認証 (2FA) の対応 / Support for SSO and two-factor authentication", "26;27"),
    ("利用者認証 / User Authentication", "MFAは利用者ログインで使えますか / Is MFA available for user login?", "27"),
    ("利用者認証 / User Authentication", "二段階認証はメール以外に authenticator app (TOTP) にも対応していますか / Besides email, is an authenticator app supported for 2FA?", "none"),
    ("利用者認証 / User Authentication", "IPアドレス制限 (allow-list) を当社側で設定できますか / Can we configure an IP allow-list ourselves?", "26"),
    ("利用者認証 / User Authentication", "パスワードの最小桁数・有効期限を管理者が設定できるか / Can admins set minimum password length and expiry?", "31"),
    ("利用者認証 / User Authentication", "Session timeout の時間をお客様側で変更できますか / Can the customer change the session timeout value?", "none"),
    ("利用者認証 / User Authentication", "無操作時の自動ログアウト / Automatic logout when idle", "32"),
    ("利用者認証 / User Authentication", "部署単位で閲覧範囲を制限できる権限設定はありますか / Can viewing scope be limited per department through role settings?", "30"),
    ("利用者認証 / User Authentication", "ユーザーの追加・削除は管理画面から行えますか / Can users be added and removed from the admin console?", "29"),
    ("利用者認証 / User Authentication", "人事マスタとのAPI連携（SCIM等）によるアカウント自動作成は可能か / Can accounts be created automatically via API or SCIM from our HR master?", "none"),
    ("利用者認証 / User Authentication", "Can customer admins view an 操作履歴 (audit trail) of what each user did in the service?", "none"),
    # 運用者アクセス
    ("運用者アクセス / Operator Access", "本番環境への admin アクセスに MFA は必須ですか / Is MFA mandatory for admin access to production?", "23"),
    ("運用者アクセス / Operator Access", "運用者アカウントは個人ごとに発行されていますか（共用IDの禁止） / Are operator accounts issued per person, with no shared IDs?", "23"),
    ("運用者アクセス / Operator Access", "御社運用担当者が退職・異動した際の権限削除手順 / Procedure for revoking rights when your operators leave or change roles", "24"),
    ("運用者アクセス / Operator Access", "運用者パスワードの強度ルール / Password strength rules for operator accounts", "25"),
    ("運用者アクセス / Operator Access", "本番作業は事前承認とダブルチェックで実施していますか / Is production work pre-approved and carried out with a second person checking?", "17"),
    ("運用者アクセス / Operator Access", "特権IDの棚卸し（定期レビュー）の頻度 / How often are privileged IDs reviewed?", "none"),
    # ログ・監視
    ("ログ・監視 / Logging & Monitoring", "ログの保管期間 / Log retention period", "20"),
    ("ログ・監視 / Logging & Monitoring", "サーバーの時刻ずれ対策 / How do you keep server clocks accurate?", "21"),
    ("ログ・監視 / Logging & Monitoring", "セキュリティアラートは誰がどのくらいの速さで確認していますか / Who reviews security alerts, and how quickly?", "18"),
    ("ログ・監視 / Logging & Monitoring", "ログ監視は外部SOCに委託していますか / Is log monitoring outsourced to an external SOC?", "none"),
    ("ログ・監視 / Logging & Monitoring", "サービス稼働状況を確認できる status page はありますか / Is there a status page for service health?", "15"),
    ("ログ・監視 / Logging & Monitoring", "障害発生時の連絡方法・連絡先 / How and to whom will you notify us of a system failure?", "16"),
    ("ログ・監視 / Logging & Monitoring", "Resource usage の監視と auto scaling の仕組み / Resource monitoring and auto scaling", "12"),
    # 脆弱性・マルウェア
    ("脆弱性管理 / Vulnerability Mgmt", "第三者による脆弱性診断・ペネトレーションテストの実施頻度 / Frequency of third-party vulnerability assessment and pen testing", "13"),
    ("脆弱性管理 / Vulnerability Mgmt", "OS・middleware の patch 適用方針 / Patch policy for OS and middleware", "11"),
    ("脆弱性管理 / Vulnerability Mgmt", "マルウェア対策（サーバー・運用端末） / Anti-malware protection on servers and operator PCs", "19"),
    ("脆弱性管理 / Vulnerability Mgmt", "サーバーと運用端末に入れている EDR の製品名 / Product name of the EDR on servers and operator PCs", "none"),
    ("脆弱性管理 / Vulnerability Mgmt", "Is a WAF (Webアプリケーションファイアウォール) in front of the service?", "34"),
    ("脆弱性管理 / Vulnerability Mgmt", "API key や DB パスワードをソースコードに書かない仕組み (secret management) / How are secrets kept out of source code?", "22"),
    ("脆弱性管理 / Vulnerability Mgmt", "本番環境と開発環境のネットワークは分離されていますか / Are production and development networks separated?", "none"),
    ("脆弱性管理 / Vulnerability Mgmt", "社内ネットワークの構成管理とアクセス制御 / Network configuration management and internal access control", "33"),
    # データ保護
    ("データ保護 / Data Protection", "マルチテナント環境での data segregation の方式 / How is our data segregated in a multi-tenant environment?", "28"),
    ("データ保護 / Data Protection", "DBの暗号化 (encryption at rest) / Database encryption at rest", "35"),
    ("データ保護 / Data Protection", "暗号鍵の rotation 周期 / Key rotation interval", "none"),
    ("データ保護 / Data Protection", "TLSのバージョン / TLS version in use", "36"),
    ("データ保護 / Data Protection", "解約時のデータ返却・削除 / Data return and deletion on termination", "37"),
    ("データ保護 / Data Protection", "退職者データを保持期間経過後に自動削除する設定はありますか / Can ex-employee records be deleted automatically after a set retention period?", "none"),
    ("データ保護 / Data Protection", "Is personal information handled in line with 個人情報保護法 (APPI)?", "45"),
    ("データ保護 / Data Protection", "マイナンバーを扱う場合の安全管理措置 / Safeguards specific to My Number data", "none"),
    ("データ保護 / Data Protection", "生成AI (LLM) に顧客データを入力していませんか / Is customer data ever entered into generative AI tools?", "50"),
    ("データ保護 / Data Protection", "記録媒体の廃棄方法 / How are storage media disposed of?", "38"),
    # インフラ・DC
    ("インフラ / Infrastructure", "データセンターの所在地（国内/国外） / Data center location (Japan or overseas)", "43"),
    ("インフラ / Infrastructure", "利用している AWS リージョン名（東京/大阪） / Which AWS regions are used?", "none"),
    ("インフラ / Infrastructure", "本番データの保管国と、バックアップの遠隔地保管の有無 / Country where production data is stored, and whether backups are kept off-site", "43;14"),
    ("インフラ / Infrastructure", "データセンターの入退室管理 / Physical entry control at the data center", "7"),
    ("インフラ / Infrastructure", "データセンターの耐震・水害対策 / Earthquake and flood protection of the data center", "8"),
    ("インフラ / Infrastructure", "サーバールームの消火設備 / Fire suppression in the server rooms", "42"),
    ("インフラ / Infrastructure", "サーバー・ネットワーク機器の運用手順書 (runbook) は整備されていますか / Are runbooks for servers and network devices maintained?", "9"),
    # 可用性・BCP
    ("可用性・BCP / Availability & BCP", "稼働率SLAの数値 / Availability SLA figure", "5"),
    ("可用性・BCP / Availability & BCP", "SLA未達時の返金・減額 / Service credit or fee reduction when the SLA is missed", "none"),
    ("可用性・BCP / Availability & BCP", "冗長構成（Multi-AZ 等） / Redundant configuration such as Multi-AZ", "39"),
    ("可用性・BCP / Availability & BCP", "バックアップの取得頻度と保持世代数 / Backup frequency and number of generations kept", "none"),
    ("可用性・BCP / Availability & BCP", "バックアップからの restore テストを実施していますか / Do you test restoring from backup?", "14"),
    ("可用性・BCP / Availability & BCP", "RTO / RPO の目標値 / Target RTO and RPO", "none"),
    ("可用性・BCP / Availability & BCP", "BCP訓練の実施頻度 / How often is a BCP drill conducted?", "40"),
    ("可用性・BCP / Availability & BCP", "仕様変更・機能アップデートの事前告知方法 / How are feature updates and changes announced in advance?", "10"),
    # 委託・インシデント
    ("委託・インシデント / Vendors & Incidents", "How do you manage the security of your 再委託先 (subcontractors)?", "48"),
    ("委託・インシデント / Vendors & Incidents", "再委託先一覧の提出 / Please submit the list of subcontractors", "none"),
    ("委託・インシデント / Vendors & Incidents", "インシデント対応フロー・CSIRT の有無 / Incident response flow and CSIRT", "49"),
    ("委託・インシデント / Vendors & Incidents", "情報漏えい時の通知期限（72時間以内など） / Breach notification deadline (e.g., within 72 hours)", "none"),
    # 契約・サポート
    ("契約・サポート / Contract & Support", "サポート窓口の受付時間 / Support desk hours", "6"),
    ("契約・サポート / Contract & Support", "知的財産権の利用許諾範囲 / Scope of the licence to your intellectual property", "44"),
    ("契約・サポート / Contract & Support", "オンプレミス版の提供有無 / Is an on-premise edition available?", "none"),
    ("契約・サポート / Contract & Support", "ソースコードエスクローの利用可否 / Is source code escrow available?", "none"),
    ("契約・サポート / Contract & Support", "損害賠償の上限額 / Cap on liability for damages", "none"),
    ("契約・サポート / Contract & Support", "規程類（セキュリティポリシー等）の写しを evidence として提出できますか / Can you submit copies of internal rules as evidence?", "none"),
]
