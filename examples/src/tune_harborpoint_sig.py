"""Holdout: Harbor Point Components, Inc. (US) — SIG Lite style vendor response.

A US manufacturer assessing the HR service used by its Japanese subsidiary.
SIG-Lite-like wording and domain letters; numbering A.1, H.4 …

Layout e + b + h: sheet 「Business Information」 holds respondent fields only
(not questions); sheet 「SIG Lite」 has title + instruction rows, header on
row 4: Ques Num | Question/Request | Response (Yes / No / N/A dropdown) |
Additional Information, and domain section rows (A. Enterprise Risk
Management …) merged across A:D.

SECTIONS: (domain, [(Ques Num, Question/Request, expected label), ...]).
"""

FILE = "tune/round2/harbor_point_sig_lite_response.xlsx"
INFO_SHEET = "Business Information"
SHEET = "SIG Lite"
CREATOR = "Harbor Point Third-Party Risk"
CREATED = (2024, 8, 26, 16, 5, 0)
MODIFIED = (2024, 9, 9, 11, 25, 0)
TITLE = "Harbor Point Components, Inc. - Supplier Security Assessment (SIG Lite)"
INSTRUCTION = ("Select Yes, No or N/A in the Response column. Use Additional Information to describe "
               "compensating controls or to reference supporting documents.")
INFO_FIELDS = ["Supplier legal name", "Service / product in scope", "Primary contact name",
               "Contact e-mail", "Date completed"]

SECTIONS = [
    ("A. Enterprise Risk Management", [
        ("A.1", "Does your organization maintain insurance coverage for cyber incidents (for example breach response or business interruption)?", "none"),
    ]),
    ("B. Nth Party Management", [
        ("B.1", "Are third parties that handle scoped data contractually bound to confidentiality and to your security requirements?", "48"),
    ]),
    ("C. Information Assurance", [
        ("C.1", "Is there an information security policy that has been approved by management and communicated to employees and clients?", "1"),
        ("C.2", "Is the in-scope service covered by an accredited ISO/IEC 27001 certification?", "51"),
        ("C.3", "Has a SOC 1 or SOC 2 examination been completed for the in-scope service in the last 12 months?", "none"),
    ]),
    ("D. Asset and Information Management", [
        ("D.1", "Is a cloud access security broker (CASB) used to restrict employee use of unsanctioned cloud services?", "none"),
    ]),
    ("E. Human Resources Security", [
        ("E.1", "Must all employees complete security awareness training upon hire and at least annually thereafter?", "47"),
        ("E.2", "Are criminal and credit background checks conducted on personnel with access to scoped data?", "none"),
    ]),
    ("F. Physical and Environmental Security", [
        ("F.1", "Are the data center facilities equipped with fire detection and suppression as well as backup power?", "42;41"),
    ]),
    ("G. IT Operations Management", [
        ("G.1", "Is there written run-book documentation for system administration tasks, revised whenever a procedure changes?", "9"),
        ("G.2", "Is system capacity monitored and scaled based on forecasted demand?", "12"),
        ("G.3", "Is there a formal change control process, and are clients informed ahead of changes that affect the service?", "10"),
    ]),
    ("H. Access Control", [
        ("H.1", "Is each administrator assigned a unique account, with shared administrative accounts prohibited?", "23"),
        ("H.2", "Are privileged access rights reviewed and removed when no longer required?", "24"),
        ("H.3", "Can client administrators create and disable user accounts in the application themselves?", "29"),
        ("H.4", "Does the application support federated login through the client's identity provider (SAML or OIDC)?", "26"),
    ]),
    ("I. Application Security", [
        ("I.1", "Is the application penetration tested by a qualified third party at least once a year?", "13"),
        ("I.2", "Are application secrets kept in a secrets manager rather than hard-coded in source code?", "22"),
    ]),
    ("J. Cybersecurity Incident Management", [
        ("J.1", "Is there a documented incident response program with defined roles and escalation steps?", "49"),
        ("J.2", "How many security incidents involving client data have occurred in the past 24 months?", "none"),
    ]),
    ("K. Operational Resilience", [
        ("K.1", "Is a business continuity plan in place and exercised at least annually?", "40"),
        ("K.2", "What are the RTO and RPO for the in-scope service?", "none"),
        ("K.3", "What availability target (uptime percentage) is committed for the service?", "5"),
    ]),
    ("L. Compliance Management", [
        ("L.1", "Are internal audits of security controls performed at regular intervals?", "46"),
        ("L.2", "Will you permit the client or its appointed auditor to perform an on-site audit?", "none"),
    ]),
    ("M. Endpoint Security", [
        ("M.1", "Do endpoints and servers run anti-malware with real-time scanning and current definitions?", "19"),
    ]),
    ("N. Network Security", [
        ("N.1", "Is a web application firewall or IDS/IPS deployed to detect and block attacks from the internet?", "34"),
    ]),
    ("P. Privacy Management", [
        ("P.1", "Is scoped data encrypted at rest using strong algorithms (e.g., AES-256)?", "35"),
        ("P.2", "Will scoped data be stored and processed exclusively in Japan?", "43"),
        ("P.3", "At termination, will scoped data be returned in a portable format and then securely deleted?", "37"),
        ("P.4", "Is a public privacy notice describing the handling of personal information maintained?", "45"),
    ]),
    ("U. Server Security", [
        ("U.1", "Are audit logs protected from tampering, with alerts raised and reviewed for suspicious events?", "18"),
        ("U.2", "Are administrator actions on production servers logged and approved in advance?", "17"),
    ]),
    ("V. Cloud Hosting Services", [
        ("V.1", "In the multi-tenant environment, how is client data isolated from other customers?", "28"),
        ("V.2", "Is client data ever entered into generative AI tools or used to train AI models?", "50"),
    ]),
]
