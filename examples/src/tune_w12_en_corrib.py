"""Tune: Corrib Systems Ltd - Supplier Information Security & GDPR Questionnaire.

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. Written by the security & compliance lead of a Galway-based B2B software company (about 400 staff) procuring an HR platform. Irish/British spelling (organisation, programme, synchronisation), developer-savvy vocabulary (CI/CD, SAST, SBOM, KMS, Okta), heavy GDPR focus (Article 28 DPA, SCCs, DPO, DSARs), terse noun phrases mixed with multi-part questions.
"""

FILE = "tune/round12_en/corrib_supplier_security.xlsx"
SHEET = "Supplier Security Questionnaire"
CREATOR = "Aoife Brennan"
CREATED = (2025, 9, 29, 11, 5, 0)
MODIFIED = (2025, 10, 6, 14, 20, 0)
TITLE = "Corrib Systems - Supplier Information Security & GDPR Questionnaire"
INSTRUCTION = ("Answer Yes/No/Partial in the Response column with supporting detail, and reference any supporting documents in Comments.")

QUESTIONS = [
    ("Governance", "Is there an information security policy endorsed by executive management and communicated to all staff?", "1"),
    ("Governance", "ISO/IEC 27001 certification status.", "51"),
    ("Governance", "Are you also certified to ISO/IEC 27701 or ISO/IEC 27018?", "none"),
    ("Governance", "How do you verify internally that staff actually follow your security policies? Please state the frequency.", "4"),
    ("Governance", "Are your security controls subject to independent external audit?", "46"),
    ("Governance", "Has your organisation documented its security procedures (e.g., day-to-day operations, emergency response)?", "3"),
    ("Governance", "Name and contact details of your Data Protection Officer.", "none"),
    ("Governance", "Do you run a public bug bounty or vulnerability disclosure programme?", "none"),
    ("GDPR & Data Transfers", "Will you sign our Data Processing Agreement under Article 28 GDPR?", "none"),
    ("GDPR & Data Transfers", "In which jurisdiction will Corrib employee data be hosted?", "43"),
    ("GDPR & Data Transfers", "Can the service be hosted in an EU region (e.g., AWS eu-west-1 Dublin)?", "none"),
    ("GDPR & Data Transfers", "Transfers to Japan rely on the EU adequacy decision - do you also offer Standard Contractual Clauses as a fallback?", "none"),
    ("GDPR & Data Transfers", "How do you protect personal data in line with applicable data protection law? A link to your privacy notice is sufficient.", "45"),
    ("GDPR & Data Transfers", "How will you help us respond to data subject access and erasure requests within the statutory one-month deadline?", "none"),
    ("GDPR & Data Transfers", "Do you use any LLM or generative AI features that process our employees' personal data? If so, what controls govern them?", "50"),
    ("GDPR & Data Transfers", "At contract end, what happens to our data, and can we export it beforehand?", "37"),
    ("Secure Development", "How are secrets (tokens, DB credentials) handled in your codebase? Do you check commits for leaked credentials?", "22"),
    ("Secure Development", "Which SAST/DAST tools are integrated into your CI/CD pipeline?", "none"),
    ("Secure Development", "Is security testing carried out before new features are released, and is the application pen-tested by an independent firm?", "13"),
    ("Secure Development", "Can you provide a software bill of materials (SBOM) for the product?", "none"),
    ("Secure Development", "Process for monitoring vendor security advisories and applying OS and library patches.", "11"),
    ("Secure Development", "Are production changes to infrastructure and application code controlled, and are customers told ahead of impacting changes?", "10"),
    ("Secure Development", "Are runbooks/operating procedures for your production systems documented and kept current?", "9"),
    ("Infrastructure", "Which physical security controls protect the facilities where our data is hosted?", "7"),
    ("Infrastructure", "What protections exist at the hosting facility against environmental threats such as flooding, earthquakes and overheating?", "8"),
    ("Infrastructure", "How is the production network managed and access-controlled?", "33"),
    ("Infrastructure", "Describe your perimeter defences against attacks from the internet.", "34"),
    ("Infrastructure", "Is DDoS mitigation in place, and which provider supplies it?", "none"),
    ("Infrastructure", "Logical separation between tenants - how is one customer prevented from accessing another customer's records?", "28"),
    ("Infrastructure", "Encryption at rest, and encryption of data between our browsers and your platform.", "35;36"),
    ("Infrastructure", "Minimum TLS version accepted on public endpoints; is TLS 1.0/1.1 disabled?", "36"),
    ("Infrastructure", "Are encryption keys held in an HSM or cloud KMS, and how often are they rotated?", "none"),
    ("Identity", "We require single sign-on through our Okta tenant for all SaaS tools. Is SSO supported, and can access be restricted by source IP?", "26"),
    ("Identity", "Is MFA available for users who log in with a local password?", "27"),
    ("Identity", "Can tenant administrators define granular roles and permissions?", "30"),
    ("Identity", "Can we enforce a minimum password length and expiry for local accounts?", "31"),
    ("Identity", "Idle session timeout - default value in minutes?", "none"),
    ("Identity", "Is access by your engineers to production individually attributable and protected by MFA?", "23"),
    ("Identity", "Privileged access to your cloud platform: how is it requested, approved and revoked?", "24"),
    ("Identity", "Is there a hardware security key (FIDO2/WebAuthn) option for end users?", "none"),
    ("Logging & Monitoring", "Which SIEM platform do you use?", "none"),
    ("Logging & Monitoring", "Are security events logged and alerted on in real time, and are the logs protected against tampering?", "18"),
    ("Logging & Monitoring", "Log retention period and time synchronisation source.", "20;21"),
    ("Logging & Monitoring", "Can we stream our tenant's audit logs into our own SIEM via API or syslog?", "none"),
    ("Logging & Monitoring", "How do you monitor capacity and plan for growth in usage?", "12"),
    ("Logging & Monitoring", "Are all actions by your sysadmins on production recorded, and is there a four-eyes principle for changes?", "17"),
    ("Logging & Monitoring", "Endpoint protection on your developer and operations laptops.", "19"),
    ("Resilience", "Availability target (SLA/SLO) for the service.", "5"),
    ("Resilience", "Are backups replicated to a second region, and is backup success monitored?", "14"),
    ("Resilience", "Is the service architected to survive the loss of a single data centre?", "39"),
    ("Resilience", "Contractually committed RPO and RTO.", "none"),
    ("Resilience", "Is your BCP/DR plan tested at least once a year?", "40"),
    ("Resilience", "Please share a summary of results from your most recent DR test.", "none"),
    ("Resilience", "Describe the power resilience and fire protection of the hosting facility.", "41;42"),
    ("Incident Management", "Will you notify us without undue delay, and in any case within 24 hours, of a personal data breach affecting Corrib data?", "none"),
    ("Incident Management", "Describe your incident response organisation and the steps taken after detection.", "49"),
    ("Incident Management", "How do you inform customers of service outages - e.g., a status page?", "15"),
    ("Incident Management", "Where can we raise a support ticket or complaint, and what are your support hours?", "6"),
    ("People", "Do all employees complete security and data protection training on joining and periodically thereafter?", "47"),
    ("People", "Are employees and contractors vetted prior to employment (references, criminal record checks where lawful)?", "none"),
    ("People", "How do you manage the security of third parties that support the service?", "48"),
    ("Commercial", "What licence terms and restrictions apply to our use of your software and associated intellectual property?", "44"),
    ("Commercial", "Source code escrow arrangement available?", "none"),
]
