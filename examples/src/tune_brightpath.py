"""Holdout: BrightPath Learning (US/SG) — third-party security review, English.

Layout e + f: header on row 5: Ref | Control Area | Question | Yes | No | N/A |
Comments; the respondent marks X in exactly one of the three tick columns.

Each question: (Ref, Control Area, Question, expected label).
"""

FILE = "tune/round2/brightpath_third_party_review.xlsx"
SHEET = "Security Review"
CREATOR = "BrightPath Procurement"
CREATED = (2024, 7, 2, 22, 10, 0)
MODIFIED = (2024, 7, 3, 1, 45, 0)
TITLE = "BrightPath Learning Inc. - Third-Party Security Review"
INSTRUCTION = "Mark X in the applicable column (Yes / No / N/A). Every No or N/A must be explained in Comments."
VENDOR_FIELD = "Vendor name:"

QUESTIONS = [
    ("SEC-01", "Governance", "Does the vendor maintain documented security procedures (for example an ISMS manual) covering daily operations and emergency response?", "3"),
    ("SEC-02", "Governance", "Is compliance with internal security policies checked on a periodic basis?", "4"),
    ("SEC-03", "Governance", "Are independent external audits or certification assessments of your security program performed regularly?", "46"),
    ("SEC-04", "Governance", "Does the vendor hold the Japanese Privacy Mark (JIPDEC) or an equivalent privacy certification?", "51"),
    ("SEC-05", "Access Control", "Is access to production servers limited to named individual accounts protected by multi-factor authentication?", "23"),
    ("SEC-06", "Access Control", "Are privileged access rights granted on a least-privilege basis and revoked promptly when no longer needed?", "24"),
    ("SEC-07", "Access Control", "Do administrators follow a password policy (minimum length, complexity)?", "25"),
    ("SEC-08", "Secure Development", "Are secrets such as API keys and credentials kept out of source code repositories?", "22"),
    ("SEC-09", "Operations", "Are all servers synchronized to a reliable time source (e.g. NTP)?", "21"),
    ("SEC-10", "Operations", "Are operating procedures for production systems documented and kept up to date?", "9"),
    ("SEC-11", "Operations", "Is there capacity planning and auto-scaling to handle peak loads?", "12"),
    ("SEC-12", "Operations", "Are customers notified in advance of maintenance or changes that affect them?", "10"),
    ("SEC-13", "Network Security", "Is the production network segmented and protected by access control rules?", "33"),
    ("SEC-14", "Availability", "Is the service deployed redundantly across multiple data centers or availability zones?", "39"),
    ("SEC-15", "Availability", "Do you provide a public status page showing current service availability?", "15"),
    ("SEC-16", "Support", "Are customer support hours and contact channels published?", "6"),
    ("SEC-17", "Legal", "Do your terms of service state the scope and restrictions of the license to your intellectual property?", "44"),
    ("SEC-18", "Privacy", "Do you have a publicly available privacy policy describing how personal data is handled?", "45"),
    ("SEC-19", "Data Residency", "In which country are your production and backup data centers located?", "43"),
    ("SEC-20", "Access Control", "Does the platform offer two-step verification for end-user logins?", "27"),
    ("SEC-21", "Assurance", "Will you share the full report of your latest penetration test with us?", "none"),
    ("SEC-22", "Support", "Do you provide 24/7 phone support with a one-hour response time for critical issues?", "none"),
    ("SEC-23", "HR Security", "Are background checks performed on employees before hiring?", "none"),
    ("SEC-24", "Endpoint Security", "Are Data Loss Prevention (DLP) controls enforced on employee laptops?", "none"),
    ("SEC-25", "Third Parties", "Can you provide a current list of your sub-processors?", "none"),
]
