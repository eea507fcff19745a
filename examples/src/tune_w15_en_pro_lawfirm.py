"""Tune: Harrowgate Lyle LLP (Tokyo office) - Supplier Information Security Due Diligence.

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. Written by the
Tokyo office's IT risk and knowledge-management team of an international law firm that is moving its Japanese
employees' HR and payroll records to the vendor. Formal British English, refers to itself as "the Firm" and to
the vendor as "the Supplier", mixes "Please confirm whether ..." questions with "The Supplier shall ..."
requirement statements, and includes several contractual / privilege-driven asks (audit rights, DPA, legal hold,
breach notification window, insurance) that a vendor's standard sheet does not cover.
"""

FILE = "tune/round15_en_pro/harrowgate_lyle_supplier_dd.xlsx"
SHEET = "Supplier Security DD"
CREATOR = "Eleanor Whitcombe"
CREATED = (2025, 10, 1, 10, 0, 0)
MODIFIED = (2025, 10, 2, 15, 0, 0)
TITLE = "Harrowgate Lyle LLP - Supplier Information Security Due Diligence (Tokyo)"
INSTRUCTION = ("Please answer every question in the Response column and use Comments for supporting detail or "
               "references to evidence; answers will be incorporated into the Firm's contract schedule.")

QUESTIONS = [
    ("Governance", "Please confirm whether the Supplier maintains a formal information security policy that has been approved by its board or executive management.", "1"),
    ("Governance", "How frequently is the information security policy reviewed, and what events trigger an out-of-cycle review?", "2"),
    ("Governance", "Please provide the name and reporting line of the individual with overall accountability for information security (e.g., CISO).", "none"),
    ("Governance", "Does the Supplier verify, at least annually, that its own staff are complying with its internal security rules?", "4"),
    ("Governance", "The Supplier shall maintain documented security procedures covering day-to-day operations and emergency response.", "3"),
    ("Certifications & Assurance", "Please state whether the Supplier holds a current ISO/IEC 27001 certificate and provide the certificate number.", "51"),
    ("Certifications & Assurance", "Can the Supplier provide a SOC 2 Type II report covering the last twelve months?", "none"),
    ("Certifications & Assurance", "Is the Supplier's adherence to its security policy subject to independent review, whether by an internal audit function, an external certification body or both?", "46"),
    ("Certifications & Assurance", "The Firm reserves the right to conduct an on-site audit of the Supplier's premises on reasonable notice. Please confirm acceptance.", "none"),
    ("Personnel Security", "Are pre-employment background checks (criminal record, employment history) performed on staff who will have access to the Firm's data?", "none"),
    ("Personnel Security", "Describe the security awareness training provided to employees, including when it is first delivered and how often it is refreshed.", "47"),
    ("Personnel Security", "Do all employees and contractors sign confidentiality undertakings before being granted access to customer information?", "none"),
    ("Supplier Access Management", "Are administrators who maintain the production environment issued with named, individual accounts (i.e., no shared or generic admin IDs)?", "23"),
    ("Supplier Access Management", "Describe the joiner-mover-leaver process for the Supplier's operations staff, including how access is revoked when it is no longer required.", "24"),
    ("Supplier Access Management", "Please confirm that privileged rights on the hosting platform are restricted to the minimum necessary for each role.", "24"),
    ("Supplier Access Management", "Are the Supplier's system administrator passwords governed by a documented strength policy?", "25"),
    ("Supplier Access Management", "Is a break-glass (emergency access) procedure in place for production, and how is its use reviewed after the event?", "none"),
    ("Supplier Access Management", "How frequently are privileged user entitlements recertified by management?", "none"),
    ("The Firm's Use of the Service", "The Firm requires all user logins to be federated through our Microsoft Entra ID tenant. Does the platform support single sign-on?", "26"),
    ("The Firm's Use of the Service", "Where SSO is not used, can a second authentication factor be enforced for the Firm's users?", "27"),
    ("The Firm's Use of the Service", "Can access to the service be limited to connections originating from the Firm's office egress IP addresses?", "26"),
    ("The Firm's Use of the Service", "Can the Firm's HR administrators define roles so that, for example, partner remuneration data is visible only to a small named group?", "30"),
    ("The Firm's Use of the Service", "Is a user automatically logged out after a period of inactivity?", "32"),
    ("The Firm's Use of the Service", "Can the Firm configure minimum password length and password expiry for its own users?", "31"),
    ("The Firm's Use of the Service", "Does the service support automated user provisioning and deprovisioning via SCIM?", "none"),
    ("The Firm's Use of the Service", "Please describe how our administrators register new users and remove departed ones, and what role model is available to restrict what each user can see.", "29;30"),
    ("The Firm's Use of the Service", "Does the application provide the Firm's administrators with an exportable audit trail of who viewed or changed individual employee records?", "none"),
    ("Data Protection", "Is the Firm's data encrypted at rest? Please specify the mechanism used.", "35"),
    ("Data Protection", "Please confirm the minimum TLS version accepted for browser connections to the service.", "36"),
    ("Data Protection", "Please confirm that data is encrypted both at rest and in transit.", "35;36"),
    ("Data Protection", "Can the Firm supply and control its own encryption keys (BYOK / customer-managed keys)?", "none"),
    ("Data Protection", "How are encryption keys managed, and how often are they rotated?", "none"),
    ("Data Protection", "Describe how the Firm's data is logically segregated from that of other customers on the shared platform.", "28"),
    ("Data Protection", "In which country or countries will the Firm's data be stored and processed?", "43"),
    ("Data Protection", "Will any of the Firm's data be accessed from, or transferred to, locations outside Japan, including for support purposes?", "none"),
    ("Data Protection", "Does the Supplier act as a data processor under a written data processing agreement, and will it sign the Firm's standard DPA?", "none"),
    ("Data Protection", "How does the Supplier ensure that personal information is handled in compliance with the Act on the Protection of Personal Information (APPI)?", "45"),
    ("Data Protection", "Please confirm whether the Supplier's handling of personal data complies with the EU GDPR, including for EU nationals employed by the Firm in Japan.", "none"),
    ("Data Protection", "On termination, will the Firm be able to extract its data in a standard format, and what happens to the data held by the Supplier afterwards?", "37"),
    ("Data Protection", "Will the Supplier provide a certificate of destruction once the Firm's data has been deleted?", "none"),
    ("Data Protection", "How are hard drives and other storage media sanitised or destroyed at end of life?", "38"),
    ("Data Protection", "Does the Supplier or any of its personnel input customer data into generative AI tools? If so, under what controls?", "50"),
    ("Application & Infrastructure Security", "Does the Supplier commission an independent penetration test of the application at least annually?", "13"),
    ("Application & Infrastructure Security", "Please provide the executive summary of the most recent penetration test report.", "none"),
    ("Application & Infrastructure Security", "How does the Supplier track newly published vulnerabilities (e.g., CVEs) affecting its technology stack and prioritise patching?", "11"),
    ("Application & Infrastructure Security", "What is the Supplier's target timeframe, in days, for remediating critical vulnerabilities?", "none"),
    ("Application & Infrastructure Security", "How are secrets such as database passwords and API keys stored? Please confirm they are not hard-coded.", "22"),
    ("Application & Infrastructure Security", "Are production servers and staff laptops protected by endpoint detection and response (EDR) or anti-malware software?", "19"),
    ("Application & Infrastructure Security", "Does the Supplier keep anti-malware protection current on its servers and apply operating system security patches in a timely manner?", "19;11"),
    ("Application & Infrastructure Security", "Is a web application firewall deployed in front of the service?", "34"),
    ("Application & Infrastructure Security", "Are configuration changes to production subject to a formal change management process?", "10"),
    ("Application & Infrastructure Security", "Are servers hardened against a recognised baseline such as the CIS Benchmarks?", "none"),
    ("Application & Infrastructure Security", "Does the Supplier operate a public bug bounty or vulnerability disclosure programme?", "none"),
    ("Logging & Monitoring", "How long are security and access logs retained?", "20"),
    ("Logging & Monitoring", "Are security events generated by the platform alerted to on-call staff in real time?", "18"),
    ("Logging & Monitoring", "Are the actions of the Supplier's administrators on production systems recorded, and are higher-risk operations subject to a four-eyes check?", "17"),
    ("Logging & Monitoring", "Are all system clocks synchronised to a common time source so that log timestamps can be correlated during an investigation?", "21"),
    ("Logging & Monitoring", "Which SIEM platform does the Supplier use?", "none"),
    ("Resilience", "What is the Supplier's availability commitment, and are planned maintenance windows excluded from it?", "5"),
    ("Resilience", "Are service credits payable if the availability target is not met?", "none"),
    ("Resilience", "Please state the RTO and RPO for the service.", "none"),
    ("Resilience", "Is the service architected across multiple data centres so that the loss of one site does not cause an outage?", "39"),
    ("Resilience", "Are backups copied to a geographically separate location within Japan?", "14"),
    ("Resilience", "Is the business continuity plan exercised (e.g., tabletop or failover test) at least once a year?", "40"),
    ("Resilience", "Is the hosting facility equipped with UPS and generator backup power?", "41"),
    ("Resilience", "Is the server hall protected by automatic fire detection and suppression?", "42"),
    ("Incident Management", "Describe the Supplier's security incident response process and how affected customers are informed.", "49"),
    ("Incident Management", "Will the Supplier notify the Firm of a personal data breach within 24 hours of discovery?", "none"),
    ("Support", "What are the support desk's hours of operation, and through which channels can the Firm reach it?", "6"),
    ("Third Parties", "How does the Supplier assess the security of its subcontractors before engagement, and what contractual obligations are imposed on them?", "48"),
    ("Third Parties", "Please provide a list of sub-processors that will have access to the Firm's data.", "none"),
    ("Legal & Commercial", "Please confirm the Supplier carries cyber liability insurance and state the limit of cover.", "none"),
    ("Legal & Commercial", "What licence does the Firm receive to use the Supplier's software and related intellectual property, and where are those terms published?", "44"),
]
