"""Tune: Rheinwerk Pay GmbH - ICT Third-Party Service Provider Due Diligence Questionnaire (DORA).

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. Written by the third-party risk management team of a Frankfurt-based payment institution licensed under the ZAG and supervised by BaFin. Formal regulatory English with German/EU flavour: many "Please describe ..." and "Confirm that ..." items, references to DORA articles, GDPR Art. 28, BaFin and the Bundesbank, "management body", "critical or important functions", "exit strategy", "register of information". Several items ask for contractual commitments the vendor's sheet does not cover (audit rights, EEA-only processing, DPA/SCCs, 4-hour incident notification, RTO/RPO, SOC 2, subcontractor register, cyber insurance).
"""

FILE = "tune/round7_en/rheinwerk_pay_ict_tpsp_dora.xlsx"
SHEET = "ICT TPSP Questionnaire"
CREATOR = "Katharina Vogelsang"
CREATED = (2025, 10, 1, 10, 0, 0)
MODIFIED = (2025, 10, 2, 15, 0, 0)
TITLE = "ICT Third-Party Service Provider Due Diligence Questionnaire (DORA)"
INSTRUCTION = ("Please answer every question in the Response column and reference supporting evidence in the Comments column; your answers will be used for our DORA register of information and outsourcing risk assessment.")

QUESTIONS = [
    ("Governance & ICT Risk Management", "Confirm that your information security policy has been approved by your management body and communicated to all employees and to clients using the service.", "1"),
    ("Governance & ICT Risk Management", "Please describe the cycle at which your information security policy framework is reviewed, and which events trigger an extraordinary review.", "2"),
    ("Governance & ICT Risk Management", "Please describe how you verify, at least annually, that your staff comply with your internal security rules.", "4"),
    ("Governance & ICT Risk Management", "Confirm that you hold a valid ISO/IEC 27001 certification and state the certificate registration number.", "51"),
    ("Governance & ICT Risk Management", "Please provide your most recent SOC 2 Type II or ISAE 3402 Type II report covering the service in scope.", "none"),
    ("Governance & ICT Risk Management", "Please describe the independent reviews your organisation undergoes (internal audit, external certification audits, third-party security testing) and how often they take place.", "46"),
    ("Governance & ICT Risk Management", "Confirm that our institution, BaFin and the Deutsche Bundesbank will be granted full rights of access, inspection and audit, including on-site audits at your premises, in accordance with Art. 30(3)(e) DORA.", "none"),
    ("Governance & ICT Risk Management", "Please state whether you maintain cyber insurance cover and the sum insured per claim.", "none"),
    ("Access Management", "Please describe the process for granting, modifying and revoking privileged access to your production cloud environment.", "24"),
    ("Access Management", "Confirm that each administrator uses a personal, non-shared account and that multi-factor authentication is enforced for all logins to production servers.", "23"),
    ("Access Management", "Does the service support single sign-on with our Microsoft Entra ID tenant via SAML 2.0, and can access be limited to our corporate IP address ranges?", "26"),
    ("Access Management", "Please describe the second-factor authentication methods available to our end users when logging in to the application.", "27"),
    ("Access Management", "Please describe which password policy parameters (minimum length, expiry, permitted characters) our administrators can configure in the application.", "31"),
    ("Access Management", "Confirm that user sessions are terminated automatically after a defined period of inactivity.", "32"),
    ("Data Protection & Cryptography", "Please describe the technical and logical measures ensuring that other clients of your multi-tenant platform cannot access our institution's data.", "28"),
    ("Data Protection & Cryptography", "Please describe how our data is encrypted at rest and in transit, including the TLS versions supported.", "35;36"),
    ("Data Protection & Cryptography", "Please list all countries in which our data will be stored or processed and in which the data centres used for the service are located.", "43"),
    ("Data Protection & Cryptography", "Confirm that our data will be stored and processed exclusively within the European Economic Area and will not be transferred to a third country.", "none"),
    ("Data Protection & Cryptography", "Confirm that you will enter into a data processing agreement pursuant to Art. 28 GDPR, incorporating the EU Standard Contractual Clauses where required.", "none"),
    ("Data Protection & Cryptography", "Please describe how you protect personal data in compliance with applicable data protection legislation, and where your privacy policy can be consulted.", "45"),
    ("Data Protection & Cryptography", "Please describe your internal rules governing the use of generative AI services and confirm that client data is not used to train AI models.", "50"),
    ("Data Protection & Cryptography", "Please describe the procedure for returning and deleting our data at the end of the contractual relationship, including the export formats available to support our exit strategy.", "37"),
    ("Data Protection & Cryptography", "Confirm that credentials, API keys and other secrets are never embedded in source code, and describe how such secrets are managed.", "22"),
    ("ICT Operations", "Please describe your change management process and how clients are notified in advance of changes that may affect them.", "10"),
    ("ICT Operations", "Please describe how you obtain vulnerability information for the components of the service and how you prioritise the deployment of security patches.", "11"),
    ("ICT Operations", "Please describe the frequency and scope of penetration tests and application vulnerability assessments performed by external parties, and how findings are remediated.", "13"),
    ("ICT Operations", "Please describe the anti-malware and EDR controls deployed on servers and on the workstations used by your engineers.", "19"),
    ("ICT Operations", "Please describe the perimeter controls protecting the service against attacks originating from the internet (e.g. firewalls, WAF).", "34"),
    ("ICT Operations", "Please describe how the network supporting the service is managed and how network access control is implemented and documented.", "33"),
    ("Logging & Monitoring", "Please state the retention period for access and audit logs and confirm that these logs enable the reconstruction of security incidents.", "20"),
    ("Logging & Monitoring", "Please describe how security events are detected and alerted, and how audit logs are protected against manipulation.", "18"),
    ("Logging & Monitoring", "Confirm that all activities carried out by your operations staff on production systems are recorded.", "17"),
    ("Logging & Monitoring", "Confirm that all systems are synchronised with a reliable time source so that log timestamps can be correlated across components.", "21"),
    ("Incident Management", "Please describe your ICT-related incident management process, including classification, escalation and notification of affected clients.", "49"),
    ("Incident Management", "Confirm that you will notify us of any major ICT-related incident within four hours of its detection so that we can meet our initial notification deadline under Art. 19 DORA.", "none"),
    ("Incident Management", "How will we be informed of service interruptions, and do you provide a status page showing the current availability of the service?", "15"),
    ("Business Continuity & Resilience", "Please describe the redundancy of the hosting architecture, including failover to a geographically separate region in the event of a major disaster.", "39"),
    ("Business Continuity & Resilience", "Please describe your backup concept for client data, including backup storage locations and the monitoring of backup success.", "14"),
    ("Business Continuity & Resilience", "Confirm that your business continuity plan is exercised at least annually and updated on the basis of the test results.", "40"),
    ("Business Continuity & Resilience", "Please state the recovery time objective (RTO) and recovery point objective (RPO) contractually committed for the service.", "none"),
    ("Business Continuity & Resilience", "Please describe the physical access controls in place at the data centres hosting the service.", "7"),
    ("Business Continuity & Resilience", "Please describe the fire detection and suppression systems and the backup power supply at the data centres hosting the service.", "42;41"),
    ("Outsourcing & Subcontracting", "Please provide a complete list of the subcontractors supporting critical or important functions, including their registered office and the location of data processing.", "none"),
    ("Outsourcing & Subcontracting", "Please describe how you assess the security of your own subcontractors and which security and confidentiality obligations you impose on them contractually.", "48"),
    ("Personnel & Service", "Please describe the information security awareness training provided to your staff, including its frequency.", "47"),
    ("Personnel & Service", "Please describe the service levels offered, in particular the availability target and the handling of planned maintenance windows.", "5"),
]
