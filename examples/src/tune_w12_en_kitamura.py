"""Tune: Kitamura Precision Americas, Inc. - HRIS Vendor Security & Compliance Checklist.

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. Written in English by the HR operations manager and IT lead of the Ohio-based US manufacturing subsidiary of a Japanese precision-parts maker whose parent already uses the HR SaaS in Japan; the checklist is for the US HR team. US vocabulary (SSNs, direct deposit, W-2, SOX, SOC 1/SOC 2, CCPA/CPRA, BIPA, HIPAA BAA), plant and shop-floor context, a mix of short checklist items and practical questions.
"""

FILE = "tune/round12_en/kitamura_us_hris_checklist.xlsx"
SHEET = "HRIS Vendor Security"
CREATOR = "Jennifer Walsh"
CREATED = (2025, 10, 1, 8, 30, 0)
MODIFIED = (2025, 10, 8, 13, 10, 0)
TITLE = "Kitamura Precision Americas - HRIS Vendor Security & Compliance Checklist"
INSTRUCTION = ("Please provide a response to each item below; where a document is requested, note the file name of the attachment in Comments.")

QUESTIONS = [
    ("General", "Our parent company in Japan already uses your service. Would our US data be logically separated from other companies' data on the platform?", "28"),
    ("General", "Is customer support available in English during US Eastern business hours?", "none"),
    ("General", "What channels are available for support, and is any support available outside business hours?", "6"),
    ("General", "Annual revenue and number of customers in the United States.", "none"),
    ("General", "Do you publish an availability target? Please state the percentage.", "5"),
    ("General", "Are product documentation and the admin console available in English?", "none"),
    ("General", "Is there a written information security policy approved by executive leadership?", "1"),
    ("Certifications & Audits", "SOC 1 Type II report (needed for our SOX testing of payroll-related controls).", "none"),
    ("Certifications & Audits", "SOC 2 Type II report covering Security and Availability.", "none"),
    ("Certifications & Audits", "List any information security or privacy certifications your company holds (e.g., ISO 27001).", "51"),
    ("Certifications & Audits", "Internal compliance reviews - frequency.", "4"),
    ("Certifications & Audits", "Are penetration tests performed by an independent third party, and how often?", "13"),
    ("Certifications & Audits", "Will you share the full penetration test report with us under NDA?", "none"),
    ("Certifications & Audits", "Is your information security program reviewed annually by management?", "2"),
    ("Certifications & Audits", "Independent assessments (internal/external audits, penetration tests) - are they performed on a regular schedule?", "46"),
    ("Data Handling", "The system will hold Social Security numbers, bank account details for direct deposit, and dependents' information. Is this data encrypted when stored?", "35"),
    ("Data Handling", "Can SSNs be masked or field-level encrypted so that only payroll administrators can see the full number?", "none"),
    ("Data Handling", "Where will our employees' data physically reside? We understand it may be outside the US.", "43"),
    ("Data Handling", "Can you offer hosting in a US data center?", "none"),
    ("Data Handling", "Is all traffic between our users' browsers and the application encrypted?", "36"),
    ("Data Handling", "Data retention and deletion after termination of the agreement.", "37"),
    ("Data Handling", "How do you comply with state privacy laws such as the CCPA/CPRA for California employee data?", "none"),
    ("Data Handling", "Our plants use biometric time clocks. Do you process biometric identifiers subject to the Illinois BIPA?", "none"),
    ("Data Handling", "Will you sign a HIPAA Business Associate Agreement for benefits enrollment data?", "none"),
    ("Data Handling", "How are paper records and removable media containing customer data handled and destroyed?", "38"),
    ("Data Handling", "Policy on employee use of ChatGPT or similar tools with customer information.", "50"),
    ("Data Handling", "Please provide your privacy policy.", "45"),
    ("User Access", "Is single sign-on supported? (We use Azure AD.)", "26"),
    ("User Access", "Two-factor authentication for all users, including managers approving timecards.", "27"),
    ("User Access", "Can administrators control what each user is allowed to do in the system (e.g., supervisor vs. HR generalist vs. payroll)?", "30"),
    ("User Access", "When an employee is terminated, can we deactivate their login immediately ourselves?", "29"),
    ("User Access", "What password rules can we configure for our users, and do inactive sessions expire automatically?", "31;32"),
    ("User Access", "Can access be limited to our plant and office IP addresses?", "26"),
    ("User Access", "Does the application support login by employees without a company email address (e.g., hourly shop-floor workers) using a badge number or kiosk mode?", "none"),
    ("Application Security", "Are passwords, API keys or connection strings ever stored in source code?", "22"),
    ("Application Security", "How quickly are critical vulnerabilities patched? Please give your SLA in days.", "none"),
    ("Application Security", "Is there a web application firewall protecting the application?", "34"),
    ("Application Security", "Vulnerability management program - how are new vulnerabilities identified and remediated?", "11"),
    ("Application Security", "Is there an OWASP Top 10 secure coding training program for developers?", "none"),
    ("Infrastructure", "Who is your cloud hosting provider, and what physical access controls are in place at their data centers?", "7"),
    ("Infrastructure", "Is the hosting environment redundant across multiple data centers, and is there generator or other backup power at the facility?", "39;41"),
    ("Infrastructure", "Data center environmental controls (temperature, humidity, fire suppression).", "8"),
    ("Infrastructure", "Are your internal networks monitored and is network access control documented?", "33"),
    ("Infrastructure", "Are all servers and endpoints protected with antivirus/EDR?", "19"),
    ("Infrastructure", "Do your operations staff have individual (not shared) admin accounts, and is MFA required to log in to servers?", "23"),
    ("Infrastructure", "What password standards apply to your system administrators' accounts?", "25"),
    ("Infrastructure", "Is access to production granted on a least-privilege basis?", "24"),
    ("Monitoring", "How long do you retain logs, and could they be used to investigate an incident involving our data?", "20"),
    ("Monitoring", "Are log timestamps accurate and consistent across systems?", "21"),
    ("Monitoring", "Is the application monitored for failures, and how are customers informed when one occurs?", "16"),
    ("Monitoring", "Are administrator actions on production systems logged in a tamper-resistant way?", "17"),
    ("Monitoring", "Is there an operations runbook covering servers and network devices?", "9"),
    ("Business Continuity", "Our payroll runs biweekly; a multi-day outage would be critical. What are your guaranteed RTO and RPO?", "none"),
    ("Business Continuity", "Describe your backup strategy and how often the business continuity plan is tested.", "14;40"),
    ("Business Continuity", "How do you ensure the system keeps performing during peak periods such as year-end W-2 processing?", "12"),
    ("Business Continuity", "Do you have a pandemic or key-person continuity plan for your support staff?", "none"),
    ("Incident Response", "Is there a formal security incident response plan, and will you notify us if our data is affected?", "49"),
    ("Incident Response", "Specify the notification timeframe for a breach of our employees' personal information, consistent with US state breach notification laws.", "none"),
    ("Incident Response", "Is your incident response team reachable 24x7 by phone?", "none"),
    ("Incident Response", "Where are planned maintenance windows and new feature releases announced?", "10"),
    ("Legal & Contract", "Do you carry cyber insurance? Please provide a certificate of insurance naming Kitamura Precision Americas as additional insured.", "none"),
    ("Legal & Contract", "Are your subcontractors bound by confidentiality and security obligations?", "48"),
    ("Legal & Contract", "Will the contract be governed by US (Ohio) law?", "none"),
    ("Personnel", "Do all staff receive annual security awareness training?", "47"),
]
