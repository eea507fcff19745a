"""Tune: Riverbend Shire Council (Australian local government, regional Victoria) - ICT Supplier Security Questionnaire for Cloud Services.

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. Written by the council's small IT team (Coordinator ICT) reusing their standard supplier form for a new HRIS/payroll system; plain, practical Australian English with short direct questions.
"""

FILE = "tune/round16_en_gov/riverbend_ict_supplier_questionnaire_hris.xlsx"
SHEET = "Supplier Questionnaire"
CREATOR = "Darren McAllister"
CREATED = (2026, 9, 14, 10, 0, 0)
MODIFIED = (2026, 9, 15, 16, 30, 0)
TITLE = "Riverbend Shire Council - ICT Supplier Security Questionnaire (Cloud / SaaS) - HRIS & Payroll Replacement"
INSTRUCTION = ("Please answer every question in the Response column - a short answer is fine. Use Comments for "
               "anything extra, links or attachment names. If something doesn't apply, write N/A and tell us why. "
               "Return the completed form to ict@riverbend.vic.gov.au by close of quotation. Questions? Call the "
               "ICT team on (03) 5400 1234.")

QUESTIONS = [
    ("About You", "Legal entity name and ABN (or overseas equivalent registration) of the supplier.", "none"),
    ("About You", "Please attach a certificate of currency for your cyber insurance and professional indemnity cover.", "none"),
    ("Security Governance", "Do you have an information security policy signed off by senior management? Is it given to all your staff?", "1"),
    ("Security Governance", "How often does the security policy get reviewed and updated?", "2"),
    ("Security Governance", "Are your day-to-day security procedures written down (e.g. an ISMS manual), including who does what in an emergency?", "3"),
    ("Security Governance", "Do you check internally that staff are actually following your security rules? How often?", "4"),
    ("Security Governance", "Are you ISO 27001 certified? Please give the certificate number.", "51"),
    ("Security Governance", "Has the service been IRAP assessed? If yes, to what classification level?", "none"),
    ("Security Governance", "What's your current maturity level against the ASD Essential Eight?", "none"),
    ("Security Governance", "Do you get external audits or independent security reviews done regularly?", "46"),
    ("Security Governance", "Do all your staff do security awareness training? How often?", "47"),
    ("Security Governance", "Are your staff police checked before they get access to customer data?", "none"),
    ("Hosting & Data", "Which country will Council's data be hosted in?", "43"),
    ("Hosting & Data", "What physical security is there at the data centre (swipe cards, guards, CCTV)?", "7"),
    ("Hosting & Data", "Is the data centre built to handle environmental risks like flooding, earthquakes and overheating?", "8"),
    ("Hosting & Data", "Is there backup power (UPS / generators) at the data centre?", "41"),
    ("Hosting & Data", "Does the data centre have fire detection and fire suppression?", "42"),
    ("Hosting & Data", "Is our data kept separate from other customers' data?", "28"),
    ("Hosting & Data", "Is data encrypted at rest and in transit? What TLS version do you use?", "35;36"),
    ("Hosting & Data", "Who holds the encryption keys - you, your cloud provider, or us?", "none"),
    ("Hosting & Data", "What happens to our data if we end the contract? Can we get a full export (CSV/Excel) before we go?", "37"),
    ("Hosting & Data", "How many days after termination is our data deleted, and will you give us written confirmation?", "none"),
    ("Hosting & Data", "How do you look after and dispose of old hard drives, USBs and paper records?", "38"),
    ("Access", "Can staff log in through single sign-on with our Microsoft Entra ID (Azure AD) tenant?", "none"),
    ("Access", "Can we lock logins down to Council's own network / IP addresses?", "26"),
    ("Access", "Does the system support MFA for normal users?", "27"),
    ("Access", "Can we set our own password rules (minimum length, expiry)?", "31"),
    ("Access", "Does the system log people out automatically if they walk away from it?", "32"),
    ("Access", "Can our HR admins add and remove users themselves, without having to log a ticket with you?", "29"),
    ("Access", "Can we set up different roles, e.g. payroll officer vs. manager vs. employee self-service?", "30"),
    ("Access", "How do you control your own engineers' access to production - individual logins? MFA?", "23"),
    ("Access", "How do you approve and remove access for your staff when they change jobs or leave?", "24"),
    ("Access", "Is there a password standard for your own admin/system accounts?", "25"),
    ("Access", "Can we see an audit trail of what our own users did in the system (e.g. who changed a pay rate and when)?", "none"),
    ("Operations", "Do you keep written procedures for running and maintaining the system, and keep them up to date?", "9"),
    ("Operations", "How do you let customers know about upcoming changes and new releases?", "10"),
    ("Operations", "Do you keep on top of security patches for your servers and applications?", "11"),
    ("Operations", "How quickly are critical patches applied - what's your target in days?", "none"),
    ("Operations", "Do you run antivirus / EDR on servers and staff laptops?", "19"),
    ("Operations", "Which EDR product do you use?", "none"),
    ("Operations", "Is there a firewall and WAF in front of the application?", "34"),
    ("Operations", "Do you have dedicated DDoS protection? Which service?", "none"),
    ("Operations", "How is your network managed and locked down?", "33"),
    ("Operations", "How do you make sure the system copes at busy times - end of financial year, pay runs?", "12"),
    ("Operations", "Do you get pen tested by an outside company? How often?", "13"),
    ("Operations", "Can Council get a copy of the latest pen test summary?", "none"),
    ("Operations", "Are logins, admin changes and security events logged, and how long are the logs kept?", "18;20"),
    ("Operations", "Is everything your sysadmins do on the servers logged?", "17"),
    ("Operations", "Are server clocks synced (NTP)?", "21"),
    ("Operations", "How do you stop passwords or API keys ending up in your code?", "22"),
    ("Backup & Continuity", "How is our data backed up, and where are the backups kept?", "14"),
    ("Backup & Continuity", "What are your RPO and RTO?", "none"),
    ("Backup & Continuity", "Is the system set up with redundancy, e.g. more than one data centre?", "39"),
    ("Backup & Continuity", "Do you have a BCP / DR plan, and do you actually test it?", "40"),
    ("Backup & Continuity", "What uptime do you aim for? Is there SLA information we can read before we sign?", "5"),
    ("Backup & Continuity", "Is there a status page we can check if the system looks down?", "15"),
    ("Backup & Continuity", "If there's an outage or fault, how will you tell us?", "16"),
    ("Incidents & Privacy", "Do you have a security incident response plan?", "49"),
    ("Incidents & Privacy", "If there's a data breach involving Council info, will you tell us within 72 hours so we can meet our Notifiable Data Breaches obligations?", "none"),
    ("Incidents & Privacy", "How many security incidents or data breaches have you had in the last 3 years?", "none"),
    ("Incidents & Privacy", "How do you protect our employees' personal information in line with privacy law? Link to your privacy policy please.", "45"),
    ("Incidents & Privacy", "Will you comply with the Privacy Act 1988 (Cth) / APPs and the Victorian Public Records Act retention and disposal requirements?", "none"),
    ("Incidents & Privacy", "Do you use subcontractors to deliver the service? How do you make sure they're secure?", "48"),
    ("Incidents & Privacy", "Please supply a list of all subprocessors and where they are.", "none"),
    ("Incidents & Privacy", "Do you use any AI tools on customer data? Is our data used to train AI?", "50"),
    ("Support & Contract", "What are your support hours and how do we contact you? (We're on AEST.)", "6"),
    ("Support & Contract", "Is the product, and support, available in English?", "none"),
    ("Support & Contract", "Who owns the IP, and what are we allowed to do with your software? Please point us to the licence terms.", "44"),
    ("Support & Contract", "Will you accept the Council's standard ICT contract terms (MAV / LG procurement template)?", "none"),
    ("Support & Contract", "Can the system integrate with our finance system (TechnologyOne) via API?", "none"),
]
