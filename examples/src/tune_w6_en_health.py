"""Tune: Ridgeway Clinical Staffing - Vendor Security Assessment Questionnaire (VSAQ).

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. US healthcare staffing firm (nurses, allied health, locum physicians); HIPAA/HITRUST-flavoured third-party risk questionnaire written in US English. Mix of yes/no questions ("Do you...?", "Is...?") and "Describe..." questions, several with a follow-up clause asking for frequency, versions or evidence; mentions PHI/PII, BAA, Okta/Entra ID, OIG screening.
"""

FILE = "tune/round6_en/ridgeway_clinical_staffing_vsaq.xlsx"
SHEET = "Vendor Questionnaire"
CREATOR = "Dana Whitfield"
CREATED = (2025, 9, 1, 10, 0, 0)
MODIFIED = (2025, 9, 2, 15, 0, 0)
TITLE = "Ridgeway Clinical Staffing - Third-Party Vendor Security Assessment (HIPAA / HITRUST)"
INSTRUCTION = ("Please answer each question with Yes, No or N/A in the Response column and provide supporting details or evidence references in the Comments column.")

QUESTIONS = [
    ("Governance & Compliance", "Does your organization maintain a written information security policy that has been formally approved by senior leadership and communicated to all workforce members?", "1"),
    ("Governance & Compliance", "How often are your security policies reviewed and updated? Please describe the review cycle and who approves revisions.", "2"),
    ("Governance & Compliance", "Describe how you verify that staff are actually following your security policies (e.g., periodic internal compliance reviews or self-assessments).", "4"),
    ("Governance & Compliance", "Do you hold any third-party security certifications (e.g., ISO 27001, HITRUST CSF)? If so, list the certificate numbers.", "51"),
    ("Governance & Compliance", "Has your organization completed a SOC 2 Type II examination within the last 12 months? If yes, please attach the report and any bridge letter.", "none"),
    ("Governance & Compliance", "Are you willing to execute our Business Associate Agreement (BAA) prior to go-live?", "none"),
    ("Governance & Compliance", "Do you carry cyber liability insurance? Please state the per-claim coverage limit.", "none"),
    ("Governance & Compliance", "Are your internal security audits supplemented by independent external audits or assessments? Describe their scope and frequency.", "46"),
    ("Workforce Security", "Are all employees and contractors required to complete security and privacy awareness training at onboarding and at least annually thereafter?", "47"),
    ("Workforce Security", "Do you conduct criminal background checks and OIG exclusion screening on employees who may access client data?", "none"),
    ("Third-Party Risk", "Describe how you vet subcontractors and other third parties that may handle our data, and what security obligations are written into their contracts.", "48"),
    ("Identity & Access Management", "Do system administrators use unique, individually assigned accounts (no shared or generic logins) and MFA when accessing production servers?", "23"),
    ("Identity & Access Management", "Describe your process for provisioning, modifying and revoking privileged access to production systems when staff change roles or leave the company.", "24"),
    ("Identity & Access Management", "What password length, complexity and rotation requirements apply to your internal administrator accounts?", "25"),
    ("Identity & Access Management", "Can our users authenticate through our identity provider (Okta or Entra ID) via SAML SSO, and can access be restricted to our corporate IP ranges?", "26"),
    ("Identity & Access Management", "Is multi-factor authentication available for end users of the application (e.g., our recruiters and clinicians)? What second factors are supported?", "27"),
    ("Identity & Access Management", "Can our administrators configure password rules for end users, such as minimum length and expiration?", "31"),
    ("Identity & Access Management", "Does the application automatically terminate user sessions after a period of inactivity?", "32"),
    ("Identity & Access Management", "Can our HR administrators add and deactivate user accounts themselves, and assign role-based permissions (e.g., view-only vs. full admin)?", "29;30"),
    ("Data Protection", "In your multi-tenant environment, what prevents another customer from viewing our records?", "28"),
    ("Data Protection", "Is all customer data, including PHI and PII, encrypted both at rest and in transit? Please specify algorithms and TLS versions.", "35;36"),
    ("Data Protection", "Describe how application secrets such as database passwords and API tokens are stored. Are any credentials hard-coded in source code?", "22"),
    ("Data Protection", "Upon termination of the agreement, how will our data be returned to us, and when will it be deleted from your systems?", "37"),
    ("Data Protection", "Describe your procedures for securely wiping or destroying hard drives, removable media and paper records that contain sensitive information.", "38"),
    ("Data Protection", "In which country or countries are the data centers that store and process our data located?", "43"),
    ("Privacy", "Describe how you protect the personal information of our candidates and employees in accordance with applicable privacy laws.", "45"),
    ("Privacy", "Do you use generative AI or large language model tools in delivering the service? If so, could our data be used to train those models?", "50"),
    ("Logging & Monitoring", "Are security-relevant events (failed logins, privilege changes, system exceptions) logged and reviewed, and how are those logs protected from tampering?", "18"),
    ("Logging & Monitoring", "How long do you retain access and audit logs? Our policy requires a minimum of six years for HIPAA-related records.", "20"),
    ("Logging & Monitoring", "Are all changes and commands executed by your operations staff on production systems recorded?", "17"),
    ("Logging & Monitoring", "Are system clocks synchronized to a common time source so that log timestamps can be correlated across systems?", "21"),
    ("Logging & Monitoring", "Which SIEM product do you use for security event correlation, and is it monitored 24x7 by a SOC?", "none"),
    ("Endpoint Security", "Is antivirus or EDR software deployed on all servers and on employee laptops used to administer the service?", "19"),
    ("Vulnerability Management", "Describe your patch management process, including target timelines for remediating critical vulnerabilities.", "11"),
    ("Vulnerability Management", "Is the application penetration tested by an independent firm at least annually? How are findings tracked to remediation?", "13"),
    ("Vulnerability Management", "Please provide a copy of your most recent penetration test report or executive summary.", "none"),
    ("Network Security", "Are internet-facing systems protected by firewalls and a web application firewall (WAF)?", "34"),
    ("Incident Response", "Do you have a documented incident response plan? Describe how and when we would be notified of a security incident affecting our data.", "49"),
    ("Incident Response", "Do you operate a bug bounty or coordinated vulnerability disclosure program?", "none"),
    ("Business Continuity", "How frequently are backups taken, are restores tested, and are backup copies kept in a geographically separate location?", "14"),
    ("Business Continuity", "Is your business continuity / disaster recovery plan exercised at least annually? When was the last test?", "40"),
    ("Business Continuity", "What are your contractual RTO and RPO for the production service?", "none"),
    ("Service Operations", "What uptime / availability target do you commit to (SLA), and does it exclude scheduled maintenance?", "5"),
    ("Service Operations", "How will we be notified of an unplanned outage? Is there a public status page?", "15"),
    ("Physical Security", "Describe the physical access controls at the facilities hosting the service (badge readers, security guards, CCTV).", "7"),
]
