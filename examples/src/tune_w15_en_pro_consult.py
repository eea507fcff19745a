"""Tune: Calder Ashby Advisory (Japan) - Third Party Security Assessment.

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. Third-party risk
team of a Big-4-style audit, tax and consulting network's Japan member firm, assessing the vendor before rolling
the HR system out to its consultants. Corporate TPRM English: "Describe ...", "Indicate ...", "Confirm ...", refers
to "the Vendor" and "the client", heavy use of jargon (TPRM, segregation of duties, PAM, SAST/SCA, HSM/KMS, SOC,
DLP, SCCs), several questions that demand a specific product name, figure or timeframe.
"""

FILE = "tune/round15_en_pro/calder_ashby_tpsa.xlsx"
SHEET = "TPSA - Vendor Response"
CREATOR = "Rajesh Venkataraman"
CREATED = (2025, 10, 1, 10, 0, 0)
MODIFIED = (2025, 10, 2, 15, 0, 0)
TITLE = "Calder Ashby Advisory - Third Party Security Assessment (TPSA) v4.2"
INSTRUCTION = ("Provide a response for each control and attach or reference supporting evidence; unanswered "
               "controls will be treated as not implemented in the residual risk rating.")

QUESTIONS = [
    ("Information Security Program", "Describe the Vendor's information security program, including the governing policy and the level of management that approved it.", "1"),
    ("Information Security Program", "Is the information security policy communicated to all workforce members?", "1"),
    ("Information Security Program", "State the review cycle for security policies and supporting standards.", "2"),
    ("Information Security Program", "Does the Vendor maintain an ISMS manual or equivalent document that sets out security activities and role-specific responsibilities?", "3"),
    ("Information Security Program", "Describe the Vendor's risk assessment methodology and how often information security risks are formally assessed.", "none"),
    ("Information Security Program", "Confirm that compliance with internal security policies is verified at least annually.", "4"),
    ("Risk & Compliance", "List current third-party certifications or attestations held by the Vendor (e.g., ISO/IEC 27001, Privacy Mark, SOC 2).", "51"),
    ("Risk & Compliance", "Does the Vendor undergo periodic external audits by an accredited certification body?", "46"),
    ("Risk & Compliance", "Is the Vendor certified against ISO/IEC 27017 or ISO/IEC 27018 for cloud-specific controls?", "none"),
    ("Human Resources Security", "Are new joiners required to complete security training before being granted access to systems, and is refresher training mandatory thereafter?", "47"),
    ("Human Resources Security", "Describe the disciplinary process applied when an employee breaches security policy.", "none"),
    ("Human Resources Security", "Are employee screening procedures proportionate to the sensitivity of the role?", "none"),
    ("Identity & Access Management", "Describe how the Vendor enforces multi-factor authentication for engineers accessing production infrastructure.", "23"),
    ("Identity & Access Management", "Explain how segregation of duties is maintained between developers who write code and personnel who deploy it to production.", "none"),
    ("Identity & Access Management", "Is privileged access requested, approved and removed through a documented workflow?", "24"),
    ("Identity & Access Management", "Does the Vendor use a privileged access management (PAM) solution? If yes, name the product.", "none"),
    ("Identity & Access Management", "Describe the password policy applicable to the Vendor's own administrative accounts.", "25"),
    ("Cryptography", "Describe the encryption applied to customer data stored in databases, file storage and backups.", "35"),
    ("Cryptography", "Is key material held in an HSM or cloud KMS, and who within the Vendor can access it?", "none"),
    ("Cryptography", "Which protocol versions are supported for data in transit? Confirm that TLS 1.0 and 1.1 are disabled.", "36"),
    ("Operations Security", "Are standard operating procedures documented for system administration tasks and kept current when processes change?", "9"),
    ("Operations Security", "Describe the change management process, including how clients are informed of changes that may affect them.", "10"),
    ("Operations Security", "How does the Vendor monitor capacity and plan for load peaks, e.g., payroll processing at month-end?", "12"),
    ("Operations Security", "Are backups of customer data taken, and is each backup job monitored for success or failure?", "14"),
    ("Operations Security", "Indicate how often backups are taken and how long each backup is retained.", "none"),
    ("Operations Security", "Is anti-malware protection deployed on all servers and end-user devices, with signatures updated automatically?", "19"),
    ("Operations Security", "Which EDR product is deployed on the Vendor's endpoints?", "none"),
    ("Operations Security", "Is data loss prevention (DLP) technology deployed to prevent exfiltration of client data by email or web upload?", "none"),
    ("Operations Security", "Describe how storage media containing client data are protected while in use and securely disposed of.", "38"),
    ("Secure Development", "Is security testing performed as part of the development lifecycle before new releases go live?", "13"),
    ("Secure Development", "Does the Vendor use static application security testing (SAST) and software composition analysis (SCA) tools in its CI/CD pipeline?", "none"),
    ("Secure Development", "How does the Vendor prevent credentials and API keys from being committed to source code repositories?", "22"),
    ("Secure Development", "Is penetration testing of the application and infrastructure performed by an independent third party? State the frequency.", "13"),
    ("Secure Development", "Would the Vendor permit the client to conduct its own penetration test against a dedicated test tenant?", "none"),
    ("Network Security", "Describe how the Vendor manages its network configuration and monitors network devices.", "33"),
    ("Network Security", "Are inbound application-layer attacks (e.g., SQL injection, XSS) filtered by a WAF?", "34"),
    ("Network Security", "Is the service protected against volumetric DDoS attacks? Name the mitigation service used.", "none"),
    ("Logging & Monitoring", "What is the retention period for application and infrastructure audit logs?", "20"),
    ("Logging & Monitoring", "Are security audit logs protected against tampering and unauthorised access?", "18"),
    ("Logging & Monitoring", "Are operator actions on production recorded, and is each change approved beforehand and checked by a second person?", "17"),
    ("Logging & Monitoring", "Confirm that logs are retained for at least one year and that server clocks are synchronised via NTP.", "20;21"),
    ("Logging & Monitoring", "Are logs forwarded to a centralised SIEM that is monitored 24x7 by a security operations centre (SOC)?", "none"),
    ("Business Continuity & DR", "Describe the Vendor's disaster recovery strategy for a large-scale disaster that takes out an entire region of Japan.", "39"),
    ("Business Continuity & DR", "Provide the recovery point objective for customer data in hours.", "none"),
    ("Business Continuity & DR", "Is the BCP/DR plan exercised on a defined schedule? State the frequency.", "40"),
    ("Business Continuity & DR", "Describe the environmental controls at the hosting data centre (power, cooling, fire, flood).", "8"),
    ("Physical Security", "Is physical access to the data centre restricted to authorised personnel and monitored by CCTV?", "7"),
    ("Physical Security", "Describe the physical security controls at the Vendor's own offices where customer support staff work.", "none"),
    ("Incident Response", "Does the Vendor maintain a documented incident response plan with defined roles and escalation paths?", "49"),
    ("Incident Response", "Within what timeframe will the Vendor notify the client of a confirmed security incident affecting client data?", "none"),
    ("Incident Response", "Does the Vendor perform root-cause analysis after incidents and implement corrective actions to prevent recurrence?", "49"),
    ("Supply Chain", "Does the Vendor flow down security and confidentiality requirements to its subcontractors via contract?", "48"),
    ("Supply Chain", "Are any subcontractors located outside Japan involved in delivering or supporting the service?", "none"),
    ("Privacy", "Describe the Vendor's privacy notice and where it is published.", "45"),
    ("Privacy", "Has the Vendor appointed a data protection officer? Provide contact details.", "none"),
    ("Privacy", "Are cross-border transfers of personal data covered by Standard Contractual Clauses or equivalent safeguards?", "none"),
    ("Privacy", "Is customer data used for any purpose other than delivering the contracted service, such as analytics or benchmarking?", "none"),
    ("Emerging Technology", "Confirm that client data entered into any generative AI tool used by the Vendor is not used to train the underlying models.", "50"),
    ("Platform Controls", "Does the platform enforce tenant isolation so that users of another organisation cannot retrieve our records?", "28"),
    ("Platform Controls", "Does the application support SAML- or OIDC-based single sign-on?", "26"),
    ("Platform Controls", "Can the client enforce two-step verification for all users?", "27"),
    ("Platform Controls", "Does the Vendor provide MFA and SSO options for end users?", "27;26"),
    ("Platform Controls", "Can password rules (length, character types, expiry) be configured by the client administrator?", "31"),
    ("Platform Controls", "Are role-based permissions configurable so that HR business partners see only their own practice group?", "30"),
    ("Platform Controls", "Is the idle session timeout value configurable by the client?", "none"),
    ("Platform Controls", "Is the service offered as an on-premise or single-tenant private-cloud deployment?", "none"),
    ("Service Management", "Where can the client review the service level objectives and terms of use before contracting?", "5"),
    ("Service Management", "Does the Vendor offer any support channel outside Japanese business hours?", "6"),
    ("Service Management", "Is there a web page where the client can check current service status?", "15"),
    ("Service Management", "Is infrastructure fault monitoring in place, and will the client's contact be emailed when a significant failure occurs?", "16"),
    ("Service Management", "Indicate the data centre region(s) in which the production environment is hosted.", "43"),
    ("Service Management", "Describe the controls that protect the data centre against loss of mains power.", "41"),
]
