"""Tune: Lumen Labs Pte. Ltd. - Supplier Security Review

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments; short English questions, no domains.

Written blind (from the seed check sheet only, without the engine, its variants or its
tests) as alternative wordings per item; laid out here as a customer file and used for
tuning since 2026-11-26.
"""

FILE = "tune/round3_wordings/lumen_labs_supplier_security_review.xlsx"
SHEET = "Questionnaire"
CREATOR = "K. Tan"
CREATED = (2024, 10, 8, 10, 0, 0)
MODIFIED = (2024, 10, 9, 16, 30, 0)
TITLE = "Lumen Labs Pte. Ltd. - Supplier Security Review"
INSTRUCTION = ("Answer each question with Yes / No / N/A and add detail in Comments.")

QUESTIONS = [
    ("", 'Are security rules for all employees documented?', "1"),
    ("", 'Are policies revised after significant changes?', "2"),
    ("", 'Are daily security activities and roles documented?', "3"),
    ("", 'Is policy adherence self-checked at least yearly?', "4"),
    ("", 'Do you publish an SLO or SLA for customers?', "5"),
    ("", 'Is a contact point for complaints published?', "6"),
    ("", 'Are guards and CCTV used at the hosting facility?', "7"),
    ("", 'Is the DC site chosen for low flood/quake risk?', "8"),
    ("", 'Are runbooks updated when operations change?', "9"),
    ("", 'Do you publish release notes for service changes?', "10"),
    ("", 'Are patches prioritised by severity and risk?', "11"),
    ("", 'How is capacity planning performed for the service?', "12"),
    ("", 'Is security testing done before each release?', "13"),
    ("", 'Are backup jobs monitored for failures?', "14"),
    ("", 'Is uptime monitored and are outages announced?', "15"),
    ("", 'Are server and network failures monitored continuously?', "16"),
    ("", 'Is production work done under a four-eyes rule?', "17"),
    ("", 'How are audit logs protected from tampering?', "18"),
    ("", 'Are antivirus signatures kept up to date?', "19"),
    ("", 'Can logs support forensic investigation of incidents?', "20"),
    ("", 'Are timestamps consistent across all systems?', "21"),
    ("", 'Do code reviews check for hard-coded secrets?', "22"),
    ("", 'Is MFA required for admin server access?', "23"),
    ("", 'Are access rights revoked promptly when no longer required?', "24"),
    ("", 'Is there a password policy for operator accounts?', "25"),
    ("", 'Does the app support SSO with our IdP?', "26"),
    ("", 'Can our users log in with a second factor?', "27"),
    ("", "Can one customer see another customer's data?", "28"),
    ("", 'Can we remove accounts of departing staff?', "29"),
    ("", 'Can we control who holds admin rights in the app?', "30"),
    ("", 'Can password complexity be enforced for users?', "31"),
    ("", 'Do user sessions expire automatically?', "32"),
    ("", 'Are network access rules documented?', "33"),
    ("", 'How do you block attacks from the internet?', "34"),
    ("", 'Is stored customer data encrypted on disk?', "35"),
    ("", 'Is all client-server traffic over HTTPS?', "36"),
    ("", 'Is customer data deleted after the service agreement ends?', "37"),
    ("", 'How do you sanitize media before reuse or disposal?', "38"),
    ("", 'Can service resume in another region after a disaster?', "39"),
    ("", 'Is the BCP reviewed and updated at least annually?', "40"),
    ("", 'How do you stay up during a power outage?', "41"),
    ("", 'Is there fire detection and alarm at the DC?', "42"),
    ("", 'In which country are your servers physically located?', "43"),
    ("", 'Do the terms define our licence to use the software?', "44"),
    ("", 'How do you protect personal data under privacy laws?', "45"),
    ("", 'Do you undergo periodic external certification audits?', "46"),
    ("", 'How often do staff take security training?', "47"),
    ("", 'Are suppliers bound by NDA and security terms?', "48"),
    ("", 'How are security incidents handled and escalated?', "49"),
    ("", "What controls govern employees' use of generative AI tools?", "50"),
    ("", 'Does your company hold a recognised privacy certification?', "51"),
]
