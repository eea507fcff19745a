"""Tune: Elbsand Software GmbH (Hamburg, DE; mid-size B2B SaaS company selecting an HR system for its Tokyo subsidiary) — IT Security Vendor Check.

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. Written by the buyer's internal IT team in plain, medium-length English, partly non-native (German) phrasing and word order, informal product names (Okta, ChatGPT), GDPR / EU angle.
"""

FILE = "tune/round5_en/elbsand_vendor_check.xlsx"
SHEET = "Vendor Check"
CREATOR = "Katrin Vogel"
CREATED = (2025, 7, 1, 10, 0, 0)
MODIFIED = (2025, 7, 2, 15, 0, 0)
TITLE = "IT Security Vendor Check – HR System Tokyo Office"
INSTRUCTION = ("Please answer all questions shortly in column D and add links or documents in column E if you have them.")

QUESTIONS = [
    ("General", "Do you have a written security policy? Is it approved by your management?", "1"),
    ("Compliance", "Are you ISO 27001 certified? Please send us the certificate number.", "51"),
    ("Compliance", "Do you have a SOC 2 report or a BSI C5 attestation?", "none"),
    ("Compliance", "Is it possible that you sign our DPA according to GDPR Art. 28 including the EU standard contractual clauses?", "none"),
    ("Compliance", "How do you protect the personal data of our employees? Do you have a privacy policy we can read?", "45"),
    ("Login", "Is there a possibility to restrict the login by IP?", "26"),
    ("Login", "Can we use our Okta for SSO, and is there also 2FA for users who log in without SSO?", "26;27"),
    ("Login", "Which methods for 2FA are available (authenticator app, SMS, e-mail)?", "27"),
    ("Login", "Can we set our own password rules, like minimum 12 characters and an expiry?", "31"),
    ("Login", "After how many minutes of no activity the user is logged out automatically?", "32"),
    ("Login", "Is the account locked after several wrong password attempts?", "none"),
    ("Users", "How we add and remove users? Only manually or is there an import?", "29"),
    ("Users", "Can we give different rights to HR admins, team leads and normal employees?", "30"),
    ("Data", "Is the data encrypted on the disk and also during the transfer?", "35;36"),
    ("Data", "Which TLS version do you use for the connection from the browser?", "36"),
    ("Data", "Where is the data stored? In which country are the servers?", "43"),
    ("Data", "Can the data be hosted in the EU, for example AWS Frankfurt region?", "none"),
    ("Data", "Is our data separated from other customers data? Can another customer see our data by mistake?", "28"),
    ("Data", "What happens with our data when we cancel the contract? Can we export everything before?", "37"),
    ("Data", "How often do you make backups, and do you check that the backups are working?", "14"),
    ("Data", "Do you use ChatGPT or other AI tools with our data? Is our data used for training of the AI?", "50"),
    ("Operations", "How long you keep the logs?", "20"),
    ("Operations", "Do you log what your admins are doing on the production servers?", "17"),
    ("Operations", "Is the access of your staff to production protected with MFA and personal accounts (no shared root user)?", "23"),
    ("Operations", "Do you have virus protection or EDR on the servers and also on the laptops of the developers?", "19"),
    ("Operations", "How fast do you install security patches when a new vulnerability is published?", "11"),
    ("Operations", "Do you make pentests? How often and is it done by an external company?", "13"),
    ("Operations", "Can we get the last pentest report?", "none"),
    ("Operations", "Do you have a WAF or something similar against attacks from the internet?", "34"),
    ("Operations", "Are API keys and passwords written in the code or do you store them in a vault?", "22"),
    ("Availability", "What is your uptime? Do you have a SLA?", "5"),
    ("Availability", "Is there a status page where we can see if the service is down?", "15"),
    ("Availability", "Is the system redundant, e.g. running in more than one data center?", "39"),
    ("Availability", "What is your RTO and RPO?", "none"),
    ("Availability", "Do you inform us in advance about updates or changes which have impact for us?", "10"),
    ("Incidents", "If you have a data breach or security incident, how and when do you inform us?", "49"),
    ("Incidents", "Do you have a bug bounty program or a security.txt where researchers can report vulnerabilities?", "none"),
    ("Organisation", "Do all your employees get security trainings, and how often?", "47"),
    ("Organisation", "How do you make sure that your subcontractors also follow the security rules?", "48"),
    ("Organisation", "Do you have a business continuity plan, and is it tested regularly?", "40"),
]
