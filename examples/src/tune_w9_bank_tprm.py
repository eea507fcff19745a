"""Tune: Lakeshore Commonwealth Bank - Third-Party Information Security Due Diligence Questionnaire.

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. Issued by the Third-Party Risk Management office of a US regional bank to vendors rated critical or high risk; formal FFIEC / GLBA register, long framework-style questions with "(e.g., ...)" asides and "established, documented, approved" boilerplate, many asking one specific detail (a frequency, a timeframe, evidence, who approves, what the Bank can configure). Roughly a third of the questions (SOC 2 report, right to audit, RTO/RPO, fourth-party list, insurance, background checks, key management, SIEM) fall outside what the vendor's approved answers state.
"""

FILE = "tune/round9_bank/lakeshore_tprm_due_diligence.xlsx"
SHEET = "Vendor Security DDQ"
CREATOR = "Megan Schaefer"
CREATED = (2025, 10, 1, 10, 0, 0)
MODIFIED = (2025, 10, 2, 15, 0, 0)
TITLE = "Lakeshore Commonwealth Bank - Third-Party Information Security Due Diligence Questionnaire"
INSTRUCTION = ("Please respond to every question in the Response column, reference supporting evidence in the Comments column, and return the completed questionnaire to your Third-Party Risk Management contact within 15 business days.")

QUESTIONS = [
    ("Information Security Program", "Has your organization established a written information security program, approved by the board of directors or an equivalent senior management body, that is communicated to all personnel and made available to clients?", "1"),
    ("Information Security Program", "At what frequency is the information security policy formally reviewed, and what circumstances (e.g., a significant change to the services, a reorganization, a material incident) require an out-of-cycle review?", "2"),
    ("Information Security Program", "Identify the executive (name and title) with overall accountability for the information security program and describe how often that individual reports on program status to the board of directors.", "none"),
    ("Information Security Program", "Is your information security management system certified against ISO/IEC 27001? If so, provide the certificate registration number and the version of the standard.", "51"),
    ("Information Security Program", "Provide your most recent SOC 2 Type II report covering the Security and Availability trust services criteria for the in-scope services, together with a bridge letter for any period not covered.", "none"),
    ("Information Security Program", "Is a formal information security risk assessment, identifying reasonably foreseeable internal and external threats to customer information, performed at least annually, with results presented to senior management?", "none"),
    ("Regulatory Compliance and Privacy", "Identify each country, state, or region in which Bank data will be stored or processed, including the locations of primary and secondary hosting facilities.", "43"),
    ("Regulatory Compliance and Privacy", "Describe how personal information relating to the Bank's customers and employees is protected in compliance with applicable privacy laws, and provide a copy of or link to your published privacy policy.", "45"),
    ("Regulatory Compliance and Privacy", "As a service provider to a financial institution, will you contractually agree to the limitations on reuse and redisclosure of nonpublic personal information imposed by Title V of the Gramm-Leach-Bliley Act?", "none"),
    ("Regulatory Compliance and Privacy", "Does your organization maintain cyber liability insurance? State the carrier, the per-occurrence and aggregate limits, and whether the Bank may be named as an additional insured.", "none"),
    ("Independent Assurance", "Describe the independent assessments of your control environment performed during the last twelve months (e.g., internal audit, external certification audit, third-party penetration testing) and the party that performed each.", "46"),
    ("Independent Assurance", "Will you grant the Bank, its internal and external auditors, and its federal banking regulators the right to conduct on-site examinations of your facilities, records, and controls upon reasonable notice?", "none"),
    ("Human Resources Security", "Are all employees required to complete information security awareness training at the time of hire and at least annually thereafter?", "47"),
    ("Human Resources Security", "Prior to granting access to Bank data, are personnel subject to background screening (e.g., criminal history, employment verification, OFAC sanctions screening) to the extent permitted by local law?", "none"),
    ("Access Control", "Are administrators of the production environment issued individually assigned accounts, and is multi-factor authentication required to log in to production servers?", "23"),
    ("Access Control", "Describe the procedures for requesting, approving, modifying, and removing privileged access to the production environment, including how least privilege is enforced and how access is withdrawn once no longer required.", "24"),
    ("Access Control", "Within what maximum timeframe (e.g., same business day) is logical access to systems containing Bank data revoked when an employee or contractor separates from your organization?", "none"),
    ("Access Control", "How frequently are user and privileged access entitlements to production systems recertified, and who approves the results of each recertification?", "none"),
    ("Application Security Features", "Does the application support single sign-on with the Bank's identity provider (e.g., SAML 2.0 through Microsoft Entra ID or Okta), and can logins be restricted to Bank-approved source IP address ranges?", "26"),
    ("Application Security Features", "Is multi-factor authentication available for end users of the application? Specify the supported second factors (e.g., authenticator app, hardware token, SMS, email one-time code).", "27"),
    ("Application Security Features", "Can designated Bank administrators create and deactivate user accounts and assign role-based privileges, including limiting administrator rights to a small number of named users?", "29;30"),
    ("Application Security Features", "Can the Bank configure application password requirements for its users, including minimum length, expiration interval, and permitted character types?", "31"),
    ("Data Protection", "Is Bank data encrypted at rest within all production databases and storage services used to deliver the service?", "35"),
    ("Data Protection", "Describe your cryptographic key management practices, including who generates, stores, and rotates the keys protecting Bank data, and whether customer-managed keys (BYOK) are supported.", "none"),
    ("Data Protection", "Which protocol versions are used to protect data in transit between Bank users and the service, and have SSL and early TLS (1.0/1.1) been disabled?", "36"),
    ("Data Protection", "Upon termination or expiration of the agreement, how can the Bank retrieve its data in a usable format, and what is your policy for the subsequent deletion of Bank data from your systems?", "37"),
    ("Data Protection", "How do you prevent other clients of the service, or unauthorized users, from viewing or accessing the Bank's records in a shared (multi-tenant) environment?", "28"),
    ("Data Protection", "Is production data containing nonpublic personal information ever copied into development or test environments? If so, describe the masking or de-identification techniques applied.", "none"),
    ("Data Protection", "Are credentials, API keys, and connection strings excluded from application source code and held in a dedicated secrets management solution, and how is this verified during code review?", "22"),
    ("Change and Operations Management", "Describe the change management process for production infrastructure and application releases, including how clients are informed in advance of changes that could affect their use of the service.", "10"),
    ("Change and Operations Management", "Are emergency changes to production subject to retrospective review and approval by a change advisory board, and how are such reviews evidenced?", "none"),
    ("Change and Operations Management", "How is system capacity monitored, and how do you accommodate predictable processing peaks such as month-end or year-end payroll cycles?", "12"),
    ("Vulnerability and Threat Management", "Describe how your organization collects vulnerability information (e.g., vendor advisories, CVE feeds) for the technologies supporting the service and prioritizes remediation according to severity.", "11"),
    ("Vulnerability and Threat Management", "What are your maximum remediation timeframes, by severity rating, for vulnerabilities identified in internet-facing systems (e.g., critical within 15 days, high within 30 days)?", "none"),
    ("Vulnerability and Threat Management", "Is an independent third party engaged at least annually to perform application vulnerability assessments and penetration testing of the infrastructure supporting the Bank's data, and how are findings tracked to closure?", "13"),
    ("Vulnerability and Threat Management", "Is anti-malware or endpoint detection and response (EDR) software deployed on all servers and on workstations used for development and operations, with real-time protection and current signatures?", "19"),
    ("Network Security", "Are internet-facing components of the service protected by network firewalls and a web application firewall (WAF) capable of detecting and blocking common application-layer attacks?", "34"),
    ("Network Security", "Describe the controls in place to mitigate volumetric distributed denial-of-service (DDoS) attacks, including any third-party scrubbing service and its contracted capacity.", "none"),
    ("Logging and Monitoring", "Are security-relevant events and exceptions on production servers captured and alerted to administrators in real time, and how are these logs protected from alteration?", "18"),
    ("Logging and Monitoring", "What is the retention period for access, activity, and audit logs, and can these logs be used to reconstruct events during a security investigation?", "20"),
    ("Logging and Monitoring", "Are logs forwarded to a security information and event management (SIEM) platform monitored 24x7? Identify the SIEM product and whether monitoring is performed in-house or by a managed security service provider.", "none"),
    ("Logging and Monitoring", "Are all servers and network devices synchronized to an authoritative time source so that log timestamps can be correlated across systems?", "21"),
    ("Logging and Monitoring", "Are actions taken by administrators in the production environment recorded, and must such work be pre-approved and performed under dual control?", "17"),
    ("Incident Response", "Has your organization established, documented, and approved an incident response plan defining roles, escalation paths, and the steps for containment, eradication, recovery, and client notification?", "49"),
    ("Incident Response", "Will you contractually commit to the notification obligations that apply to bank service providers under the interagency computer-security incident notification rule (12 CFR Part 53, 225, and 304)?", "none"),
    ("Incident Response", "How are clients informed of service outages, and is a client-facing status page available showing current service availability?", "15"),
    ("Business Resiliency", "Is the production environment deployed across multiple data centers such that the loss of a single facility, or a regional disaster, would not result in a prolonged interruption of service?", "39"),
    ("Business Resiliency", "State the recovery time objective (RTO) and recovery point objective (RPO) that you commit to for the services provided to the Bank, and indicate whether these are contractual.", "none"),
    ("Business Resiliency", "Is the business continuity plan tested at least annually (e.g., tabletop exercise, failover test), and are procedures updated based on the results?", "40"),
    ("Business Resiliency", "Are backups of Bank data replicated to a geographically separate location, and is the success or failure of each backup job monitored?", "14"),
    ("Physical and Environmental Security", "Describe the physical access controls (e.g., badge readers, security guards, CCTV, intrusion detection) at the facilities housing systems that process Bank data.", "7"),
    ("Physical and Environmental Security", "Do the hosting facilities provide redundant power with backup generation, as well as fire detection and automatic suppression in equipment rooms?", "41;42"),
    ("Third-Party Management", "Do you assess the security posture of subcontractors before engaging them, and do your contracts with subcontractors impose confidentiality and information security obligations?", "48"),
    ("Third-Party Management", "Provide a list of all subcontractors (fourth parties) that will store, process, transmit, or have access to Bank data, including each party's role and country of operation.", "none"),
    ("Third-Party Management", "How do you monitor the control environment of critical subcontractors on an ongoing basis after onboarding (e.g., annual review of their SOC reports, periodic questionnaires)?", "none"),
    ("Emerging Technology", "Do you use generative AI or large language model services in delivering or supporting the service? If so, describe the governance process for approving such tools and confirm whether Bank data may be used to train models.", "50"),
]
