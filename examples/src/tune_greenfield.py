"""Tune: Greenfield Health Partners - Vendor Security Assessment

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments; short English questions, no domains.

Written blind (from the seed check sheet only, without the engine, its variants or its
tests) as alternative wordings per item; laid out here as a customer file and used for
tuning since 2026-11-26.
"""

FILE = "tune/round3_wordings/greenfield_vendor_assessment.xlsx"
SHEET = "Questionnaire"
CREATOR = "M. Ortega"
CREATED = (2024, 10, 7, 10, 0, 0)
MODIFIED = (2024, 10, 8, 16, 30, 0)
TITLE = "Greenfield Health Partners - Vendor Security Assessment"
INSTRUCTION = ("Answer each question with Yes / No / N/A and add detail in Comments.")

QUESTIONS = [
    ("", 'Is your security policy formally approved by management?', "1"),
    ("", 'How often is the security policy reviewed?', "2"),
    ("", 'Is there an ISMS manual describing security measures?', "3"),
    ("", 'How often do you check compliance with internal rules?', "4"),
    ("", 'What is the target uptime percentage?', "5"),
    ("", 'What are your support channels and hours?', "6"),
    ("", 'Is data center entry limited to authorised staff?', "7"),
    ("", 'Does the DC have HVAC and water leak detection?', "8"),
    ("", 'Are SOPs maintained for servers and network devices?', "9"),
    ("", 'How are customers told about feature updates?', "10"),
    ("", 'How do you track new vulnerabilities in your stack?', "11"),
    ("", 'Does the platform automatically scale to handle peak loads?', "12"),
    ("", 'How often is a third-party app assessment done?', "13"),
    ("", 'Are backups copied to a distant region?', "14"),
    ("", 'Is there a public service status page?', "15"),
    ("", 'How will we be notified if a system failure affects us?', "16"),
    ("", 'Are all admin actions in production recorded?', "17"),
    ("", 'Are security event logs monitored with real-time alerting?', "18"),
    ("", 'Is EDR/antivirus on servers and admin PCs?', "19"),
    ("", 'What is the retention period for access and audit logs?', "20"),
    ("", 'Do you use NTP to keep server clocks synchronized?', "21"),
    ("", 'How are API keys and DB credentials stored?', "22"),
    ("", 'Are shared admin accounts prohibited?', "23"),
    ("", 'Is production access granted on least privilege?', "24"),
    ("", 'What password rules apply to system operators?', "25"),
    ("", 'Can we restrict user logins by source IP?', "26"),
    ("", 'Does the application offer 2FA for end users?', "27"),
    ("", 'How are tenants isolated in the multi-tenant setup?', "28"),
    ("", 'Can our admins create and delete user accounts?', "29"),
    ("", 'Does the application support role-based access?', "30"),
    ("", 'Can we set minimum password length and expiry?', "31"),
    ("", 'Is there an idle session timeout in the application?', "32"),
    ("", 'Is the network architecture documented and managed?', "33"),
    ("", 'Is the service protected by a WAF?', "34"),
    ("", 'Is stored data encrypted with platform encryption?', "35"),
    ("", 'Which TLS versions does the service support?', "36"),
    ("", 'Can we export our data before terminating the contract?', "37"),
    ("", 'Are removable media encrypted and stored securely?', "38"),
    ("", 'Is the service redundant across data centers?', "39"),
    ("", 'How often is the business continuity plan exercised?', "40"),
    ("", 'Is there a redundant power supply at the hosting facility?', "41"),
    ("", 'What fire suppression protects the server rooms?', "42"),
    ("", 'Is all customer data hosted within Japan?', "43"),
    ("", 'Where are your IP rights terms stated?', "44"),
    ("", 'Do you have a published privacy policy?', "45"),
    ("", 'Are internal security audits done regularly?', "46"),
    ("", 'Is security awareness training provided to new hires?', "47"),
    ("", 'Do you assess vendor security before engaging them?', "48"),
    ("", 'How are customers told of security incidents?', "49"),
    ("", 'Is customer data ever used to train AI models?', "50"),
    ("", 'Do you hold ISO/IEC 27001 certification?', "51"),
]
