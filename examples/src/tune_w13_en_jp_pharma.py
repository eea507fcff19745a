"""Tune: Meridian Biopharma K.K. (Tokyo office of a foreign-capital pharmaceutical group) - Third-Party Security Assessment for an HR cloud service.

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. Written in English by the Tokyo IT risk team against the group's global vendor-risk policy; formal, third-person ("the Supplier", "the Company"), mixes requirement statements ("The Supplier shall ...") with "Describe ..." / "Please confirm ..." questions, uses global-policy jargon (data processor, sub-processors, least privilege, joiner-mover-leaver, break-glass, SIEM, DLP, RPO/RTO, service credits, CIS benchmarks) and adds pharma-specific items (GxP/CSV, 21 CFR Part 11) that an HR SaaS does not cover.
"""

FILE = "tune/round13_en_jp/meridian_biopharma_tpsa.xlsx"
SHEET = "TPSA - HR Cloud"
CREATOR = "Sarah Lindqvist"
CREATED = (2025, 10, 1, 10, 0, 0)
MODIFIED = (2025, 10, 2, 15, 0, 0)
TITLE = "Meridian Biopharma K.K. - Third-Party Security Assessment (HR Cloud Service, Japan)"
INSTRUCTION = ("Please answer each item with Yes / No / N/A in the Response column and provide supporting explanation or document references in the Comments column.")

QUESTIONS = [
    # Governance & Policy
    ("Governance & Policy", "Does the Supplier maintain an information security policy that has been formally approved by executive management and communicated to its entire workforce?", "1"),
    ("Governance & Policy", "How frequently is the Supplier's security policy framework reviewed, and which events would trigger an out-of-cycle review?", "2"),
    ("Governance & Policy", "Please confirm that the Supplier periodically verifies, internally, that its own security rules for delivering the service are being followed, and state how often this verification takes place.", "4"),
    ("Governance & Policy", "Describe how security activities for routine operations and for emergency situations are documented (e.g., an ISMS manual or role-based procedures).", "3"),
    ("Governance & Policy", "Has the Supplier appointed a Chief Information Security Officer or equivalent role with accountability for the service? Please provide the name and reporting line.", "none"),
    ("Governance & Policy", "Does the Supplier hold cyber liability insurance? If so, state the insurer and coverage limit.", "none"),
    # Certifications & Assurance
    ("Certifications & Assurance", "List all security and privacy certifications currently held by the Supplier (e.g., ISO/IEC 27001, JIPDEC PrivacyMark), including registration numbers.", "51"),
    ("Certifications & Assurance", "Can the Supplier furnish a SOC 2 Type II report covering the service under a non-disclosure agreement?", "none"),
    ("Certifications & Assurance", "Is the Supplier's control environment subject to regular independent review, such as external certification audits and third-party penetration testing? Y/N + explanation.", "46"),
    ("Certifications & Assurance", "Will the Supplier share the executive summary of its most recent penetration test, including the count of open high-severity findings?", "none"),
    ("Certifications & Assurance", "The Supplier shall grant the Company, or an auditor appointed by the Company, the right to perform an on-site audit upon 30 days' written notice. Please confirm acceptance.", "none"),
    # Data Protection & Privacy
    ("Data Protection & Privacy", "The service will process personal data of Company employees in Japan, including compensation and health-check information. Describe how the Supplier protects such data in accordance with the Act on the Protection of Personal Information (APPI).", "45"),
    ("Data Protection & Privacy", "In which country or countries will Company data be hosted and processed?", "43"),
    ("Data Protection & Privacy", "Can any Supplier personnel located outside Japan access Company data remotely (e.g., offshore support or development teams)?", "none"),
    ("Data Protection & Privacy", "Does the Supplier act solely as a data processor on the Company's documented instructions, and will it sign the Company's standard Data Processing Agreement?", "none"),
    ("Data Protection & Privacy", "Describe the encryption applied to Company data held in databases and file storage (data at rest).", "35"),
    ("Data Protection & Privacy", "Please specify the cipher and key length used for data-at-rest encryption (e.g., AES-256-GCM).", "none"),
    ("Data Protection & Privacy", "Are encryption keys managed in a KMS or HSM, and does the service support customer-managed keys (BYOK)?", "none"),
    ("Data Protection & Privacy", "Which TLS protocol versions are accepted for connections between end-user browsers and the service?", "36"),
    ("Data Protection & Privacy", "Please confirm that Company data is protected by encryption both while in transit over public networks and while stored by the Supplier.", "36;35"),
    ("Data Protection & Privacy", "Upon expiry or termination of the agreement, how can the Company retrieve its data, and when will the Supplier delete it?", "37"),
    ("Data Protection & Privacy", "Describe the Supplier's governance over generative AI tools, specifically whether Company data could be used to train any AI model.", "50"),
    ("Data Protection & Privacy", "How does the Supplier control removable media and paper records containing customer information, including secure destruction at end of life?", "38"),
    ("Data Protection & Privacy", "Are Data Loss Prevention (DLP) controls deployed on Supplier endpoints, email and web egress?", "none"),
    # Identity & Access Management - Supplier workforce
    ("Identity & Access Management", "Are the Supplier's system administrators issued unique, named accounts, with shared or generic accounts prohibited for production maintenance?", "23"),
    ("Identity & Access Management", "Is multi-factor authentication enforced for every administrative login to production servers?", "23"),
    ("Identity & Access Management", "Describe the joiner-mover-leaver process for granting and revoking access to the production platform, including how least privilege is applied.", "24"),
    ("Identity & Access Management", "How often are privileged access entitlements recertified, and who signs off the review?", "none"),
    ("Identity & Access Management", "What password standard applies to accounts used by Supplier personnel for system administration?", "25"),
    ("Identity & Access Management", "Is a break-glass (emergency access) procedure defined, and is every use of it logged and reviewed after the fact?", "none"),
    ("Identity & Access Management", "Please describe how the Supplier's administrator access rights are provisioned, and confirm whether MFA is required when those administrators sign in to servers.", "24;23"),
    # Identity & Access Management - Company users
    ("Customer Access Controls", "Does the service support single sign-on (SSO) integration with a corporate identity provider?", "26"),
    ("Customer Access Controls", "Is automated user provisioning and de-provisioning via SCIM 2.0 supported?", "none"),
    ("Customer Access Controls", "Can Company administrators restrict access to the service to specific source IP ranges, such as our corporate egress addresses?", "26"),
    ("Customer Access Controls", "Is multi-factor authentication available for end-user logins? Please indicate the factors supported.", "27"),
    ("Customer Access Controls", "Can the Company define role-based permissions so that, for example, HR business partners can view only the employee records of their own division?", "30"),
    ("Customer Access Controls", "Can Company administrators configure password parameters for end users, such as minimum length, permitted character types and expiry?", "31"),
    ("Customer Access Controls", "Are idle user sessions terminated automatically after a period of inactivity?", "32"),
    ("Customer Access Controls", "How are Company administrators able to create and remove user accounts when employees join or leave the Company?", "29"),
    # Application Security
    ("Application Security", "Does the Supplier run static application security testing (SAST) in its CI/CD pipeline? Please name the tool.", "none"),
    ("Application Security", "How does the Supplier prevent secrets such as API keys and database connection strings from being committed to source code repositories?", "22"),
    ("Application Security", "Are application-layer vulnerability assessments performed by an independent third party, and how are the resulting findings remediated?", "13"),
    ("Application Security", "Does the Supplier operate a public vulnerability disclosure or bug bounty programme?", "none"),
    # Infrastructure & Operations
    ("Infrastructure & Operations", "Describe the hosting model (e.g., public IaaS provider) and the physical access controls in force at the data centre facilities.", "7"),
    ("Infrastructure & Operations", "What environmental safeguards (fire suppression, power redundancy, temperature and humidity control, natural-hazard siting) protect the hosting facilities?", "8"),
    ("Infrastructure & Operations", "Describe the patch management process, including how security patches are prioritised according to severity.", "11"),
    ("Infrastructure & Operations", "State the maximum time allowed to deploy critical security patches after vendor release (e.g., within 14 days).", "none"),
    ("Infrastructure & Operations", "Are production servers and administrator workstations protected by anti-malware or EDR software with real-time detection?", "19"),
    ("Infrastructure & Operations", "Are production hosts hardened against a recognised baseline such as the CIS Benchmarks, and is configuration drift monitored?", "none"),
    ("Infrastructure & Operations", "Describe the controls protecting the service from internet-borne attacks, for example perimeter firewalls and a web application firewall.", "34"),
    ("Infrastructure & Operations", "Is a dedicated DDoS mitigation service in place? Please name the provider.", "none"),
    ("Infrastructure & Operations", "How is the Company's data logically segregated from that of other tenants in the shared environment?", "28"),
    ("Infrastructure & Operations", "Are changes to production systems governed by a formal change management process, and will the Company be informed in advance of changes that affect it?", "10"),
    ("Infrastructure & Operations", "Are standard operating procedures for servers and network equipment documented and kept current?", "9"),
    ("Infrastructure & Operations", "How does the Supplier plan capacity to absorb predictable peaks, e.g., month-end payroll processing and year-end tax adjustment?", "12"),
    ("Infrastructure & Operations", "Describe the Supplier's vulnerability management programme: how vulnerability intelligence is gathered and patched, and how often third-party vulnerability assessments are carried out.", "11;13"),
    # Logging & Monitoring
    ("Logging & Monitoring", "Are security event logs forwarded to a centralised SIEM? Please name the SIEM product and state whether it is monitored 24x7.", "none"),
    ("Logging & Monitoring", "What is the retention period for audit and access logs, and how are they protected against tampering?", "20"),
    ("Logging & Monitoring", "Are actions performed by Supplier operators on production systems recorded and subject to prior approval?", "17"),
    ("Logging & Monitoring", "Please confirm that all servers and network devices derive their time from a common authoritative source so that log timestamps can be correlated.", "21"),
    ("Logging & Monitoring", "Does the Supplier raise real-time alerts for exceptions and security-relevant events, and who reviews them?", "18"),
    ("Logging & Monitoring", "Can the Company export audit logs of its own users' activity (e.g., login history, record exports) from the service?", "none"),
    # Resilience & Availability
    ("Resilience & Availability", "Describe the redundancy built into the service architecture, including any use of multiple data centres.", "39"),
    ("Resilience & Availability", "What Recovery Point Objective (RPO) and Recovery Time Objective (RTO) does the Supplier commit to contractually?", "none"),
    ("Resilience & Availability", "Are backups of Company data copied to a geographically separate site, and is the success of each backup job monitored?", "14"),
    ("Resilience & Availability", "Is the business continuity plan exercised at least annually (e.g., via a tabletop exercise) and updated based on the results?", "40"),
    ("Resilience & Availability", "What availability target does the Supplier commit to, and are service credits payable if that target is missed?", "none"),
    ("Resilience & Availability", "How will the Company be informed when an unplanned outage of the service is detected?", "15"),
    # Third-Party Risk
    ("Third-Party Risk", "How does the Supplier evaluate its subcontractors and contractually bind them to security and confidentiality obligations?", "48"),
    ("Third-Party Risk", "Provide a list of all sub-processors with access to Company personal data, including their processing locations.", "none"),
    # Incident Management
    ("Incident Management", "Does the Supplier maintain a documented security incident response procedure with defined roles and escalation paths?", "49"),
    ("Incident Management", "Within how many hours of confirmation will the Supplier notify the Company of a personal data breach?", "none"),
    # Personnel Security
    ("Personnel Security", "Do all Supplier employees complete security awareness training at onboarding and at least annually thereafter?", "47"),
    ("Personnel Security", "Are background screening checks performed on personnel with access to customer data, where permitted by local law?", "none"),
    # Commercial & Legal
    ("Commercial & Legal", "What support channels are available to the Company's HR administrators, and during which hours are they staffed?", "6"),
    ("Commercial & Legal", "Please confirm the scope and restrictions of the licence granted to the Company to use the Supplier's intellectual property.", "44"),
    ("Commercial & Legal", "Please provide the service description and service level documentation to support our vendor risk evaluation.", "5"),
    # GxP / Industry
    ("GxP & Regulatory", "Has the service been validated in accordance with GAMP 5 computerized system validation practices?", "none"),
    ("GxP & Regulatory", "Does the service support electronic records and electronic signatures in a manner compliant with 21 CFR Part 11?", "none"),
]
