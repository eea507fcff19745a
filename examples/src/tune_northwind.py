"""Tune: Northwind Analytics (UK) — vendor security questionnaire, English only.

Layout e: title + instruction rows, header on row 4:
# | Domain | Question | Response (Yes/No/N/A dropdown) | Comments.

Each question: (Domain, Question, expected label).
"""

FILE = "tune/round1/northwind_vendor_security_questionnaire.xlsx"
SHEET = "Vendor Questionnaire"
CREATOR = "J. Whitfield"
CREATED = (2024, 2, 5, 14, 20, 0)
MODIFIED = (2024, 2, 6, 9, 3, 0)
TITLE = "Northwind Analytics Ltd. - Vendor Security Assessment"
INSTRUCTION = ("Please answer every question using the dropdown in the Response column "
               "(Yes / No / N/A) and add supporting detail or evidence references in Comments.")

QUESTIONS = [
    ("Governance", "Do you have a documented information security policy approved by senior management?", "1"),
    ("Governance", "Is the information security policy reviewed at least annually?", "2"),
    ("Governance", "Are you certified to ISO/IEC 27001? If yes, please provide the certificate number.", "51"),
    ("Governance", "Do you hold a current SOC 2 Type II report?", "none"),
    ("Data Protection", "Is customer data encrypted at rest? Please specify the algorithm.", "35"),
    ("Data Protection", "Is data in transit encrypted using TLS 1.2 or higher?", "36"),
    ("Identity & Access", "Does the application support SAML 2.0 single sign-on?", "26"),
    ("Identity & Access", "Can MFA be enforced for all end users?", "27"),
    ("Data Protection", "Is customer data logically segregated from other tenants?", "28"),
    ("Resilience", "How often are backups performed, and are they stored in a separate location?", "14"),
    ("Data Protection", "Where is customer data hosted (country/region)?", "43"),
    ("Data Protection", "Can customer data be hosted in the EU to meet our data residency requirements?", "none"),
    ("Vulnerability Management", "Do you perform penetration testing by an independent third party at least annually?", "13"),
    ("Vulnerability Management", "Do you operate a bug bounty or public vulnerability disclosure program?", "none"),
    ("Incident Management", "Do you have a documented incident response plan, and will you notify us of security incidents affecting our data?", "49"),
    ("Endpoint Security", "Is anti-malware or EDR deployed on all servers and workstations?", "19"),
    ("Logging & Monitoring", "Are security logs retained for at least 12 months?", "20"),
    ("Resilience", "Do you maintain a business continuity plan that is tested at least annually?", "40"),
    ("People", "Do all employees receive security awareness training?", "47"),
    ("Resilience", "What is your committed uptime SLA?", "5"),
    ("Compliance", "Are you HIPAA compliant, and will you sign a Business Associate Agreement?", "none"),
    ("Compliance", "Do you carry cyber liability insurance? If yes, state the coverage amount.", "none"),
    ("Data Protection", "How is customer data returned and deleted upon contract termination?", "37"),
    ("AI", "Is customer data used to train AI/ML models?", "50"),
    ("Operations", "Do you have a formal change management process for production systems?", "10"),
]
