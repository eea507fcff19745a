"""Holdout2 (blind): Kinokawa Asia Pacific Pte. Ltd. (Singapore) — Third-Party Information Security Assessment.

The Singapore regional office of a Japanese group assessing the HR service
its Japanese parent already uses.  Fully English, ISO/IEC 27001:2022
Annex A flavour (organisational / people / physical / technological
controls) plus PDPA and commercial questions.  No question numbering: the
first column only carries the Annex A control the question maps to.

Layout (English, two-row header + sections): title and organisation on rows
1-2, respondent lines (Vendor name / Service assessed / Completed by & date)
on rows 3-5, an instruction on row 6; two-row header on rows 8-9:
Annex A ref (A8:A9), Control requirement (B8:B9), Vendor response (C8:D8)
over Yes / No / N/A (C9, dropdown) and Evidence / Comments (D9), Assessor
notes (E8:E9).  Section rows merged across A:E.

SECTIONS: (section title, [(Annex A ref, requirement, expected label), ...]).
"""

FILE = "holdout/kinokawa_apac_third_party_assessment.xlsx"
SHEET = "Assessment"
CREATOR = "Kinokawa APAC Regional IT"
CREATED = (2025, 2, 3, 14, 0, 0)
MODIFIED = (2025, 2, 10, 9, 35, 0)
TITLE = "Third-Party Information Security Assessment"
ORG = "Kinokawa Asia Pacific Pte. Ltd. - Regional IT Governance & Compliance"
FIELDS = ["Vendor name", "Service assessed", "Completed by / date"]
INSTRUCTION = ("Select Yes, No or N/A for each control. Where the answer is No or N/A, explain the "
               "compensating control in Evidence / Comments. Assessor notes are for Kinokawa use only.")

SECTIONS = [
    ("Organisational controls (A.5)", [
        ("A.5.1", "Has senior management signed off a written information security policy, and is it made available to your workforce and customers?", "1"),
        ("A.5.19", "Do you assess the security posture of your own suppliers and sub-processors, and bind them contractually to confidentiality and security obligations?", "48"),
        ("A.5.23", "Is the cloud service certified to ISO/IEC 27017 or listed in the CSA STAR registry?", "none"),
        ("A.5.26", "Will you notify us of any personal data breach affecting our data within 72 hours of discovery?", "none"),
        ("A.5.30", "Is the service architected with redundancy across multiple data centres, with the ability to recover in a separate region?", "39"),
        ("A.5.31", "Please list the countries where our data will be stored and processed.", "43"),
        ("A.5.32", "How are intellectual property rights in the service, and the scope of our licence to use it, set out in your terms?", "44"),
        ("A.5.34", "How do you protect personally identifiable information in line with applicable privacy laws (e.g. Singapore PDPA, Japan APPI)?", "45"),
        ("A.5.35", "Is your ISMS subject to independent review, such as internal audits and external certification audits?", "46"),
        ("A.5.37", "Do written run-books exist for operating the production platform, and are they revised when procedures change?", "9"),
    ]),
    ("People controls (A.6)", [
        ("A.6.1", "Are background screening checks performed on all staff with access to customer data?", "none"),
        ("A.6.3", "Is security awareness training mandatory for every employee, both at onboarding and on a yearly cycle?", "47"),
    ]),
    ("Physical controls (A.7)", [
        ("A.7.2", "Is physical entry to the hosting facilities restricted through badge access, security guards and CCTV?", "7"),
        ("A.7.5", "Are the hosting facilities protected against environmental threats such as flooding, earthquakes and overheating?", "8"),
    ]),
    ("Technological controls (A.8)", [
        ("A.8.5", "Is MFA enforced for your engineers' access to production servers, and is it available to our end users?", "23;27"),
        ("A.8.7", "What malware protection (antivirus, EDR) runs on your production hosts and employee endpoints?", "19"),
        ("A.8.8", "How are technical vulnerabilities identified and remediated, and do you commission independent penetration tests?", "13"),  # label: majority of three blind labellers
        ("A.8.15", "Are event logs retained for at least 12 months and protected against tampering?", "20"),
        ("A.8.17", "Are system clocks synchronised to an authoritative time source?", "21"),
        ("A.8.22", "How is our data kept separate from other customers sharing the same platform?", "28"),
        ("A.8.24", "Is customer data encrypted at rest and in transit? Please state the TLS versions supported.", "35;36"),
        ("A.8.28", "Are credentials and other secrets kept out of source code and held in a dedicated secrets store?", "22"),
        ("A.8.32", "Are changes to production controlled, and are customers told in advance about changes that affect them?", "10"),
    ]),
    ("Certification, privacy and commercial", [
        ("A.5.36", "Which information security certifications does your organisation hold (e.g. ISO/IEC 27001)? Include registration numbers.", "51"),
        ("A.5.36", "Please attach a copy of your current ISO 27001 certificate and Statement of Applicability.", "none"),
        ("A.5.23", "Can the service be deployed in a dedicated single-tenant environment hosted in Singapore?", "none"),
        ("A.5.34", "Do you have a policy governing the use of generative AI that prevents our data from being used to train models?", "50"),
        ("A.5.30", "What service availability level do you commit to?", "5"),
        ("A.5.20", "Will you accept unlimited liability for losses arising from a breach of our data?", "none"),
    ]),
]
