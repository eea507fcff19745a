"""Tune: Coastline Living Pty Ltd - Supplier Information Security Checklist.

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. Written by the IT risk lead of an Australian homewares retail chain (about 120 stores, head office in Melbourne) vetting a cloud HR/rostering supplier. Short, plain, concise checklist wording, often fragments or yes/no questions; Australian spelling (organisation, authorised, centre, licence); Essential Eight terms (patch applications, restrict administrative privileges, regular backups, Office macros, maturity level); retail context (store managers, casual staff, head office); Privacy Act 1988 / APPs, PCI DSS, police checks.
"""

FILE = "tune/round7_en/coastline_living_supplier_checklist.xlsx"
SHEET = "Security Checklist"
CREATOR = "Bronwyn Tait"
CREATED = (2025, 10, 1, 10, 0, 0)
MODIFIED = (2025, 10, 2, 15, 0, 0)
TITLE = "Supplier Information Security Checklist"
INSTRUCTION = ("Answer Yes/No in the Response column and add a short note in Comments where asked - please keep it brief.")

QUESTIONS = [
    ("About Your Organisation", "ISO 27001 certified? Please attach your certificate.", "51"),
    ("About Your Organisation", "PCI DSS compliance - please attach your current Attestation of Compliance (AOC).", "none"),
    ("Policies & People", "Do you have an information security policy signed off by your executive team?", "1"),
    ("Policies & People", "Security awareness training for all staff - at least annually?", "47"),
    ("Policies & People", "Police checks for staff who can access our data?", "none"),
    ("Policies & People", "Is there an incident response plan, and who will contact us if our data is affected?", "49"),
    ("Policies & People", "Do you allow staff to put customer data into AI tools like ChatGPT or Copilot?", "50"),
    ("Essential Eight", "Patch applications / patch operating systems: how quickly are critical security patches applied?", "11"),
    ("Essential Eight", "Restrict administrative privileges: how is admin access authorised, kept to a minimum and removed when no longer needed?", "24"),
    ("Essential Eight", "MFA for all admin access to servers and production systems?", "23"),
    ("Essential Eight", "Regular backups: how often are backups taken, and is your DR plan tested each year?", "14;40"),
    ("Essential Eight", "Are Microsoft Office macros blocked for files from the internet on staff devices?", "none"),
    ("Essential Eight", "Which Essential Eight maturity level have you assessed yourselves at?", "none"),
    ("Essential Eight", "Antivirus / EDR on all servers and staff laptops?", "19"),
    ("Our Users' Access", "Can our team sign in via SSO (we use Microsoft Entra ID)? Can logins be limited to our office and store IP addresses?", "26"),
    ("Our Users' Access", "MFA option for our users (app, SMS or email code)?", "27"),
    ("Our Users' Access", "Can we set password length and expiry rules for our users?", "31"),
    ("Our Users' Access", "Auto logout after a period of inactivity?", "32"),
    ("Our Users' Access", "Can we give store managers limited rights and head office admins full rights?", "30"),
    ("Our Users' Access", "Can our HR team add and remove users themselves, e.g. when casual staff finish up?", "29"),
    ("Your Data", "Which country is our data hosted in?", "43"),
    ("Your Data", "Will our data be kept onshore in Australia at all times?", "none"),
    ("Your Data", "Encryption of data at rest and in transit (which TLS version)?", "35;36"),
    ("Your Data", "Could another of your customers ever see our data? How is it kept separate?", "28"),
    ("Your Data", "What happens to our data at contract end - can we get a full export first?", "37"),
    ("Your Data", "How do you meet the Privacy Act 1988 and the Australian Privacy Principles?", "45"),
    ("Your Data", "Are passwords or API keys ever stored in your source code?", "22"),
    ("Hosting & Availability", "Who hosts the platform, and what physical security is at the data centre (guards, CCTV, swipe access)?", "7"),
    ("Hosting & Availability", "Is the data centre protected against flood, earthquake and overheating?", "8"),
    ("Hosting & Availability", "UPS / generator backup at the data centre?", "41"),
    ("Hosting & Availability", "Is the platform spread across more than one data centre so it stays up if one fails?", "39"),
    ("Hosting & Availability", "Uptime target (%) and scheduled maintenance windows", "5"),
    ("Hosting & Availability", "Service credits if you miss the uptime target?", "none"),
    ("Hosting & Availability", "Is there a status page we can check during an outage?", "15"),
    ("Hosting & Availability", "Support hours and how to lodge a complaint", "6"),
    ("Hosting & Availability", "Do you give notice before releases or changes that affect how we use the system?", "10"),
    ("Testing & Monitoring", "Independent pen test at least once a year?", "13"),
    ("Testing & Monitoring", "Can you send us a copy of your latest pen test report?", "none"),
    ("Testing & Monitoring", "Do you run a bug bounty program?", "none"),
    ("Testing & Monitoring", "Firewall and WAF in front of the application?", "34"),
    ("Testing & Monitoring", "How long do you keep access and audit logs?", "20"),
    ("Testing & Monitoring", "Are security alerts monitored, and are logs protected from tampering?", "18"),
    ("Testing & Monitoring", "Are server clocks synced (NTP)?", "21"),
    ("Suppliers & Contract", "Do you check the security of your own suppliers and subcontractors before engaging them?", "48"),
    ("Suppliers & Contract", "Where can we find the licence terms covering our use of your software?", "44"),
]
