"""Tune: Vantora Payments B.V. — Third-Party ICT Risk Assessment Questionnaire.

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. Amsterdam-based payment institution; long, formal CAIQ/SIG-style wording ("Does the organization maintain...", "Describe how..."), many questions ask for evidence, frequencies or figures; DORA/GDPR vocabulary; domains are the customer's own control families.
"""

FILE = "tune/round4_en/vantora_tprm_questionnaire.xlsx"
SHEET = "TPRM Questionnaire"
CREATOR = "Annelies Verhoeven"
CREATED = (2025, 5, 12, 10, 0, 0)
MODIFIED = (2025, 5, 13, 15, 0, 0)
TITLE = "Vantora Payments B.V. — Third-Party ICT Risk Assessment Questionnaire"
INSTRUCTION = ("Please answer each question in the Response column and provide supporting evidence references or additional detail in the Comments column.")

QUESTIONS = [
    ("Governance & Policy", "Does the organization maintain a formally documented information security policy that has been approved by senior management and communicated to all personnel? Please provide a copy or a summary of its contents.", "1"),
    ("Governance & Policy", "Describe the process and frequency by which information security policies are reviewed and updated, including the events that would trigger an out-of-cycle review.", "2"),
    ("Governance & Policy", "How does the organization verify, on a periodic basis, that its own security policies and procedures are being complied with internally?", "4"),
    ("Compliance & Assurance", "Is the organization's information security management system certified to ISO/IEC 27001? Please state the certificate number and the scope of certification.", "51"),
    ("Compliance & Assurance", "Please provide a copy of your most recent SOC 2 Type II or ISAE 3402 Type II assurance report.", "none"),
    ("Compliance & Assurance", "Are independent assessments of the organization's control environment, such as internal audits and external certification audits, performed at regular intervals? Describe their frequency and scope.", "46"),
    ("Compliance & Assurance", "Will the organization grant Vantora and its competent supervisory authorities unrestricted rights of access, inspection and audit, including on-site audits, as required by Article 30 of the Digital Operational Resilience Act (DORA)?", "none"),
    ("Human Resources Security", "Are pre-employment background verification checks (e.g. identity, criminal record, employment history) performed on all personnel with access to customer data, subject to local law?", "none"),
    ("Human Resources Security", "Describe the information security awareness training programme, including its frequency, whether it is mandatory for all staff, and how completion is tracked.", "47"),
    ("Identity & Access Management", "Do personnel with administrative access to production systems use unique, individually attributable accounts, and is multi-factor authentication enforced for server and infrastructure logins?", "23"),
    ("Identity & Access Management", "Describe the provisioning, modification and revocation process for access to the production environment, and explain how privileged access is restricted in accordance with the principle of least privilege.", "24"),
    ("Identity & Access Management", "Does the application support single sign-on with our corporate identity provider (Microsoft Entra ID) via SAML 2.0 or OpenID Connect, and can user access be restricted to specified IP address ranges?", "26"),
    ("Identity & Access Management", "Is multi-factor authentication available to end users of the application? Please specify the supported second factors (e.g. TOTP authenticator, hardware security key, SMS).", "27"),
    ("Identity & Access Management", "Can customer administrators define granular, role-based permissions within the application so that access to sensitive employee records is restricted to authorised roles?", "30"),
    ("Identity & Access Management", "Can the customer enforce its own password policy (minimum length, character requirements, expiry) for application users?", "31"),
    ("Identity & Access Management", "Does the application automatically terminate user sessions after a defined period of inactivity? Please state the default timeout value and whether it is configurable by the customer.", "32"),
    ("Data Security & Privacy", "Describe the encryption applied to customer data at rest and in transit, including the algorithms, key lengths and TLS protocol versions supported.", "35;36"),
    ("Data Security & Privacy", "In a multi-tenant environment, describe the controls that ensure the logical segregation of Vantora's data from that of other clients.", "28"),
    ("Data Security & Privacy", "Please list all countries in which Vantora's data will be stored or processed, including the locations of primary and secondary data centres.", "43"),
    ("Data Security & Privacy", "Describe the technical and organisational measures in place to protect personal data in accordance with the EU General Data Protection Regulation (GDPR) and other applicable data protection legislation.", "45"),
    ("Data Security & Privacy", "Has the organization appointed a Data Protection Officer? Please provide the DPO's contact details.", "none"),
    ("Data Security & Privacy", "Describe the arrangements for returning customer data in a structured, machine-readable format upon termination of the agreement, and for its subsequent secure deletion, including applicable timeframes.", "37"),
    ("Data Security & Privacy", "Does the organization maintain a policy governing the use of generative AI and similar technologies by its staff, and can it confirm that Vantora's data will not be used to train AI models?", "50"),
    ("Application Security", "Describe how secrets such as API keys, database credentials and service account passwords are managed throughout the software development lifecycle. Please confirm that such secrets are not embedded in source code.", "22"),
    ("Threat & Vulnerability Management", "Describe the process for identifying, evaluating and remediating technical vulnerabilities in the systems supporting the service, including target patching timelines by severity rating.", "11"),
    ("Threat & Vulnerability Management", "Are application and infrastructure penetration tests performed by an independent third party at least annually? Describe how findings are tracked through to remediation.", "13"),
    ("Threat & Vulnerability Management", "Does the organization operate a bug bounty programme or a published coordinated vulnerability disclosure policy?", "none"),
    ("Threat & Vulnerability Management", "Are anti-malware or endpoint detection and response (EDR) solutions deployed on all servers and on the workstations used to develop and operate the service? Describe how signatures are kept current.", "19"),
    ("Infrastructure & Network Security", "Describe the perimeter controls protecting the service from external threats, such as network firewalls, web application firewalls and intrusion prevention systems.", "34"),
    ("Logging & Monitoring", "Are security events and system exceptions logged and monitored with real-time alerting? Describe how log integrity is protected against tampering.", "18"),
    ("Logging & Monitoring", "State the retention period for audit and access logs and confirm whether these logs would support a forensic investigation following a security incident.", "20"),
    ("Logging & Monitoring", "Are all activities performed by system administrators on production systems recorded? Describe any approval or four-eyes controls applied to administrative operations.", "17"),
    ("Logging & Monitoring", "Describe how the organization ensures that timestamps recorded across all systems and logs are accurate and consistent.", "21"),
    ("Change Management", "Does the organization operate a formal change management process for production systems, and are customers notified in advance of changes that may affect their use of the service? Please state the notice period.", "10"),
    ("Operational Resilience", "Describe how system capacity and performance are monitored and how the service scales to accommodate predictable peaks in demand, such as month-end payroll processing.", "12"),
    ("Operational Resilience", "Describe the backup strategy for customer data, including backup frequency, geographic separation of backup copies, and how backups are tested for restorability.", "14"),
    ("Operational Resilience", "Is the business continuity plan tested at least annually, and is the service deployed in a redundant architecture spanning multiple data centres?", "40;39"),
    ("Operational Resilience", "Please state the Recovery Time Objective (RTO) and Recovery Point Objective (RPO) committed for the service.", "none"),
    ("Operational Resilience", "Please provide the service level agreement applicable to the service, including the committed availability percentage and the treatment of planned maintenance windows.", "5"),
    ("Incident Management", "Does the organization maintain a documented incident response plan with defined roles and escalation paths? Describe how and within what timeframe affected customers are notified of a security incident.", "49"),
    ("Incident Management", "Describe the monitoring in place to detect infrastructure failures and the process by which customers are informed when a failure affects the service.", "16"),
    ("Supply Chain Risk Management", "How does the organization assess and oversee the information security posture of its own third-party service providers, e.g. through due diligence and contractual confidentiality and security clauses?", "48"),
    ("Supply Chain Risk Management", "Please provide a complete list of subcontractors and sub-processors involved in the delivery of the service, including their location and the nature of the services provided.", "none"),
    ("Physical & Environmental Security", "Are the data centres hosting the service protected against environmental threats such as flooding, earthquakes, fire and loss of power? Please summarise the controls in place.", "8"),
    ("Risk Transfer", "Does the organization hold cyber liability insurance? Please state the insurer and the coverage limit.", "none"),
]
