"""Tune: Setouchi Prefectural Industry Promotion Foundation (public interest incorporated foundation of a Japanese prefecture) - Cloud Service Security Check List for the HR system of its Bangkok subsidiary.

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. Written in English by the foundation's IT section in Japan so the Thai subsidiary can also read it; non-native Japanese-style English with Japanese terms in brackets, ○/×/△ answers and frequent requests for submission documents.
"""

FILE = "tune/round16_en_gov/setouchi_foundation_cloud_security_checklist_bkk.xlsx"
SHEET = "Check List"
CREATOR = "Kenji Morimoto"
CREATED = (2026, 9, 14, 10, 0, 0)
MODIFIED = (2026, 9, 15, 16, 30, 0)
TITLE = "Cloud Service Security Check List (クラウドサービス セキュリティチェックリスト) - HR System for Setouchi Trade Support (Thailand) Co., Ltd."
INSTRUCTION = ("Please fill the Response column by ○ (implemented), △ (partly implemented) or × (not implemented), "
               "and please write the detail in the Comments column. If there is evidence document (証跡), please "
               "attach it or write the URL. This check list is made based on our foundation's information security "
               "rules (情報セキュリティ規程). Person in charge: IT Section, General Affairs Division (総務部 情報システム課).")

QUESTIONS = [
    ("1. Policy (方針)", "Please tell whether your company established the basic policy (情報セキュリティ基本方針) by decision of top management, and how it is informed to your staff and to customers.", "1"),
    ("1. Policy (方針)", "When do you revise the basic policy and internal rules? Only every year, or also when the service is changed greatly?", "2"),
    ("1. Policy (方針)", "Please tell us in which document the security measures and the procedures (日常の活動、緊急時対応) are described.", "3"),
    ("1. Policy (方針)", "Do you confirm the compliance situation (遵守状況) of your internal rules inside company? Please answer the frequency.", "4"),
    ("1. Policy (方針)", "Do you have ISMS (ISO/IEC 27001) and Privacy Mark (プライバシーマーク)? Please write both registration numbers.", "51"),
    ("1. Policy (方針)", "Is your service registered in ISMAP (政府情報システムのためのセキュリティ評価制度)? If not, is there plan to register?", "none"),
    ("1. Policy (方針)", "Please submit the report of external information security audit (情報セキュリティ監査報告書) of last fiscal year.", "none"),
    ("1. Policy (方針)", "Internal audit (内部監査) and review by third party organization are carried out periodically?", "46"),
    ("1. Policy (方針)", "About security education (情報セキュリティ教育) for employees, please tell the timing and frequency.", "47"),
    ("1. Policy (方針)", "Please confirm that your company has no relationship with anti-social forces (反社会的勢力), and submit the written pledge (誓約書).", "none"),
    ("1. Policy (方針)", "Please submit the financial statements (財務諸表) of latest 3 fiscal years.", "none"),
    ("2. Service information (サービス情報)", "Is there the material for considering introduction (導入検討資料) which shows SLA? Please tell the target of operation rate (稼働率).", "5"),
    ("2. Service information (サービス情報)", "Please tell us the contact point (問い合わせ窓口) for support and for complaint, and the reception hours.", "6"),
    ("2. Service information (サービス情報)", "Can you support our subsidiary staff in English, in the local time of Thailand (ICT, UTC+7)?", "none"),
    ("2. Service information (サービス情報)", "Is the system screen (画面) available in English or Thai for local staff?", "none"),
    ("3. Data center (データセンター)", "Data center entrance: is there physical boundary such as reception by person and IC card gate (入退室管理)?", "7"),
    ("3. Data center (データセンター)", "Disaster measures (災害対策) of data center against earthquake, flood, and temperature/humidity?", "8"),
    ("3. Data center (データセンター)", "Countermeasures for power failure (停電対策) and fire (火災対策) in the server room?", "41;42"),
    ("3. Data center (データセンター)", "In which country is the data center located? Is our data kept only in Japan (国内保管)?", "43"),
    ("3. Data center (データセンター)", "Please tell us the name and the address (所在地) of the data center.", "none"),
    ("4. Operation (運用管理)", "Operation manual (運用手順書) for application, OS, server and network device is prepared and kept latest?", "9"),
    ("4. Operation (運用管理)", "Change management (変更管理): when the change gives influence to customer, do you inform in advance? By which method?", "10"),
    ("4. Operation (運用管理)", "Do you gather vulnerability information (脆弱性情報) periodically and apply patch after evaluation?", "11"),
    ("4. Operation (運用管理)", "Capacity management (容量管理): how do you respond when access increases at month end and month beginning (月末・月初)?", "12"),
    ("4. Operation (運用管理)", "Vulnerability diagnosis (脆弱性診断) and penetration test by third party: how often, and how do you treat the findings?", "13"),
    ("4. Operation (運用管理)", "Please submit the result report (診断結果報告書) of the latest vulnerability diagnosis.", "none"),
    ("4. Operation (運用管理)", "Backup: please tell target data, acquisition frequency (取得頻度) and number of generations (世代数).", "none"),
    ("4. Operation (運用管理)", "Is backup data kept in remote place (遠隔地保管) for large disaster?", "14"),
    ("4. Operation (運用管理)", "Operating status monitoring (稼働監視): how can we know when the service is stopped?", "15"),
    ("4. Operation (運用管理)", "Failure monitoring (障害監視): when failure occurs, how do you contact us (e-mail, web site)?", "16"),
    ("4. Operation (運用管理)", "Is work record (作業記録) of your system operators kept? Is the work approved beforehand?", "17"),
    ("4. Operation (運用管理)", "Audit log (監査ログ) of exception and security event: is it protected from falsification (改ざん防止), and how many years is it kept (保存期間)?", "18;20"),
    ("4. Operation (運用管理)", "Anti-malware measures (マルウェア対策) for server and for terminal of operator?", "19"),
    ("4. Operation (運用管理)", "Time synchronization (時刻同期) of servers and network devices?", "21"),
    ("4. Operation (運用管理)", "Authentication information (認証情報) such as password, API key, connection information is separated from source code?", "22"),
    ("4. Operation (運用管理)", "Can administrator of customer download the operation log (操作ログ) of our users by CSV?", "none"),
    ("5. Access control (アクセス制御)", "Maintenance account (メンテナンス用アカウント) of your operators is issued per person? Is multi-factor used for server login?", "23"),
    ("5. Access control (アクセス制御)", "Procedure for registration, change and deletion of access right (アクセス権), and limitation of privilege (特権)?", "24"),
    ("5. Access control (アクセス制御)", "Password rule (パスワード強度) for accounts of your system operators?", "25"),
    ("5. Access control (アクセス制御)", "Access control function for users: is SSO and IP address restriction (IPアドレス制限) possible? Our Bangkok office has fixed IP.", "26"),
    ("5. Access control (アクセス制御)", "Multi-factor authentication (多要素認証) function for users, other than ID and password?", "27"),
    ("5. Access control (アクセス制御)", "Function of user registration and deletion (利用者登録・削除) by customer administrator?", "29"),
    ("5. Access control (アクセス制御)", "Function to give administrator authority (管理者権限) only to some users?", "30"),
    ("5. Access control (アクセス制御)", "Can customer set password policy (最小文字数、有効期限、使用文字)?", "31"),
    ("5. Access control (アクセス制御)", "Session timeout (セッションタイムアウト) function?", "32"),
    ("5. Access control (アクセス制御)", "Is there any limitation to use the service from overseas (海外からの利用)? We need the access from Thailand.", "none"),
    ("5. Access control (アクセス制御)", "Separation between tenants (テナント分離) in multi-tenant environment?", "28"),
    ("6. Network and data (ネットワーク・データ)", "Network management and network access control (ネットワークのアクセス制御)?", "33"),
    ("6. Network and data (ネットワーク・データ)", "Defense against unauthorized access and attack from outside (firewall, WAF etc.)?", "34"),
    ("6. Network and data (ネットワーク・データ)", "Encryption of stored data (保存データの暗号化) and of communication (通信の暗号化)? Please tell the TLS version.", "35;36"),
    ("6. Network and data (ネットワーク・データ)", "Return and deletion of data (データの返却・消去) when contract is finished?", "37"),
    ("6. Network and data (ネットワーク・データ)", "Can you issue data deletion certificate (データ消去証明書) after deletion?", "none"),
    ("6. Network and data (ネットワーク・データ)", "Management and disposal (廃棄) of recording media (記録媒体) such as paper and USB?", "38"),
    ("7. Business continuity (事業継続)", "Redundancy (冗長化) of system, and is its situation shown to customer?", "39"),
    ("7. Business continuity (事業継続)", "Business continuity plan (事業継続計画): is training and review done periodically?", "40"),
    ("7. Business continuity (事業継続)", "Please tell target recovery time (目標復旧時間 / RTO) and recovery point (目標復旧時点 / RPO).", "none"),
    ("8. Legal and privacy (法令・個人情報)", "Governing law (準拠法) and court of jurisdiction (管轄裁判所) of the contract?", "none"),
    ("8. Legal and privacy (法令・個人情報)", "Intellectual property right (知的財産権): where is the range of use permission written?", "44"),
    ("8. Legal and privacy (法令・個人情報)", "Handling of personal information according to Act on the Protection of Personal Information (個人情報保護法)?", "45"),
    ("8. Legal and privacy (法令・個人情報)", "Handling of My Number (個人番号): please explain safety management measures (安全管理措置) based on My Number Act (番号法).", "none"),
    ("8. Legal and privacy (法令・個人情報)", "Employee data of our Thai subsidiary is under Thailand PDPA. Can you support PDPA requirement (data subject right, cross-border transfer)?", "none"),
    ("8. Legal and privacy (法令・個人情報)", "Management of outsourcing company (委託先管理): confidentiality and security requirement in the contract?", "48"),
    ("8. Legal and privacy (法令・個人情報)", "Re-outsourcing (再委託): do you obtain prior approval (事前承認) from customer in writing?", "none"),
    ("9. Incident (インシデント)", "Security incident response procedure and reporting system (報告体制), and how to contact customer?", "49"),
    ("9. Incident (インシデント)", "Accident report (事故報告) to our foundation: within how many hours? Is the first report by telephone possible?", "none"),
    ("9. Incident (インシデント)", "Use of generative AI (生成AI): rule for customer data, and is our data used for learning (学習) of AI model?", "50"),
    ("10. Others (その他)", "Can your service follow our prefecture information security policy (県情報セキュリティポリシー), and accept on-site audit (立入監査) by our foundation?", "none"),
    ("10. Others (その他)", "Please write the number of user companies and the introduction record (導入実績) for public sector organizations.", "none"),
]
