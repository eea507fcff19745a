"""Tune: International Alliance for Humanitarian Health - IAHH (international NGO headquartered in Geneva, staff in 40 countries) - Vendor IT Security Questionnaire for the HR & Payroll Cloud Solution.

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. Written by the Geneva ICT security officer (French/Italian mother tongue) in short questions with non-native English grammar; concerns include privileges and immunities, staff in fragile countries, Swiss/EU data protection and donor requirements.
"""

FILE = "tune/round16_en_gov/iahh_vendor_security_questionnaire_hr_payroll.xlsx"
SHEET = "Security questions"
CREATOR = "Matteo Bianchi-Roux"
CREATED = (2026, 9, 14, 10, 0, 0)
MODIFIED = (2026, 9, 15, 16, 30, 0)
TITLE = "IAHH - Vendor IT Security Questionnaire - HR & Payroll Cloud Solution (Tender ref. IAHH/ICT/2026/07)"
INSTRUCTION = ("Please answer to all the questions in column D (Response). If one question is not applicable, please "
               "explain why in column E. You can add links or the name of attached documents. All the information "
               "will be treated confidential and used only for the evaluation of the tender. Thank you in advance "
               "for your collaboration.")

QUESTIONS = [
    ("1. Organisation", "Your company have an information security policy? It is approved by the direction and communicated to the employees?", "1"),
    ("1. Organisation", "The policy is reviewed how often? Also when there is big change in the service?", "2"),
    ("1. Organisation", "Your security procedures (daily operations, emergency) are written in a document?", "3"),
    ("1. Organisation", "You make internal control that employees respect the security rules? Which frequency?", "4"),
    ("1. Organisation", "You have ISO 27001 certification? Please indicate the certificate number.", "51"),
    ("1. Organisation", "Please send us a copy of the ISO 27001 certificate and the Statement of Applicability (SoA).", "none"),
    ("1. Organisation", "There is audit of your security by independent party (external audit, pentest)?", "46"),
    ("1. Organisation", "Employees receive training on security? When and how often?", "47"),
    ("1. Organisation", "How many persons in your company work full time on information security?", "none"),
    ("1. Organisation", "The company is financially stable? Please share the last annual report.", "none"),
    ("2. Data location and legal", "In which country the data are hosted?", "43"),
    ("2. Data location and legal", "Data can be accessed from outside this country, for example by support team? From which countries?", "none"),
    ("2. Data location and legal", "IAHH benefit of privileges and immunities (Headquarters Agreement with Swiss Confederation). You accept that our data are inviolable and you don't give them to any authority without our written consent?", "none"),
    ("2. Data location and legal", "What you do if a government or a court ask you to give our data?", "none"),
    ("2. Data location and legal", "You comply with Swiss nFADP (nLPD) and GDPR? You can sign our Data Processing Agreement?", "none"),
    ("2. Data location and legal", "How you protect the personal data of our staff according to the law? Where we can read your privacy policy?", "45"),
    ("2. Data location and legal", "At the end of the contract, we can take back all our data? And after you delete them?", "37"),
    ("2. Data location and legal", "Licence of the software: what are the conditions of use and the limits?", "44"),
    ("3. Data centre", "The data centre is protected physically (badge, guards, cameras)?", "7"),
    ("3. Data centre", "Data centre have protection against fire (detection, extinction)?", "42"),
    ("3. Data centre", "And against electricity cut?", "41"),
    ("3. Data centre", "Protection against natural risks like earthquake or flood, and climate control?", "8"),
    ("3. Data centre", "Our data are separated from the data of other clients?", "28"),
    ("3. Data centre", "Data are encrypted when stored, and also when they travel on internet?", "35;36"),
    ("3. Data centre", "Which algorithm and key length you use for encryption of stored data?", "none"),
    ("3. Data centre", "Old disks and papers with data, how you destroy them?", "38"),
    ("4. Access", "Your administrators have personal account (not shared) with MFA, and all their actions are logged?", "23;17"),
    ("4. Access", "Who approve the access of your staff to production? Access is removed when not needed anymore?", "24"),
    ("4. Access", "Password of your administrators: there are rules of complexity?", "25"),
    ("4. Access", "We can connect with SSO? And limit access to our office IP addresses?", "26"),
    ("4. Access", "Second factor (MFA) is possible for our users?", "27"),
    ("4. Access", "Our HR team can create and delete users alone?", "29"),
    ("4. Access", "We can give rights by country, for example HR of Niger office see only staff of Niger?", "none"),
    ("4. Access", "We can define which user is administrator and which is normal user?", "30"),
    ("4. Access", "Rules of password (length, expiration, characters) can be configured by us?", "31"),
    ("4. Access", "Session is closed automatically after some time without activity?", "32"),
    ("5. Operations", "You have written operating procedures, and they are kept updated?", "9"),
    ("5. Operations", "When you make changes that impact us, you inform us before?", "10"),
    ("5. Operations", "You follow new vulnerabilities and install patches?", "11"),
    ("5. Operations", "You do vulnerability assessment and penetration test? How often?", "13"),
    ("5. Operations", "You can share the report of the last pentest?", "none"),
    ("5. Operations", "Antivirus or EDR on servers and on computers of your staff?", "19"),
    ("5. Operations", "There is firewall and WAF?", "34"),
    ("5. Operations", "Network is controlled and monitored?", "33"),
    ("5. Operations", "Security logs: how long you keep them?", "20"),
    ("5. Operations", "Alerts on security events are checked by someone? Logs are protected against modification?", "18"),
    ("5. Operations", "Time of the servers is synchronised (NTP)?", "21"),
    ("5. Operations", "Secrets like passwords or API keys are not written in the code?", "22"),
    ("5. Operations", "Capacity is monitored? At end of month many staff connect for payslip.", "12"),
    ("6. Availability", "What is the availability target of the service?", "5"),
    ("6. Availability", "If availability is not respected, there are penalties or service credits?", "none"),
    ("6. Availability", "How we can see if the service is working (status page)?", "15"),
    ("6. Availability", "In case of failure, you inform us how?", "16"),
    ("6. Availability", "Backups: what you backup and where you keep it?", "14"),
    ("6. Availability", "Infrastructure is redundant (more than one data centre)?", "39"),
    ("6. Availability", "You have a business continuity plan? It is tested every year?", "40"),
    ("6. Availability", "Which are the RTO and RPO?", "none"),
    ("6. Availability", "Our staff are in 40 countries, some with very slow internet. Application works with low bandwidth? There is mobile app?", "none"),
    ("7. Incidents and suppliers", "You have procedure and team for security incident?", "49"),
    ("7. Incidents and suppliers", "In case of data breach, you notify us in maximum 72 hours?", "none"),
    ("7. Incidents and suppliers", "You use subcontractors? You control their security?", "48"),
    ("7. Incidents and suppliers", "Please give the list of all sub-processors with the country.", "none"),
    ("7. Incidents and suppliers", "You use AI (like ChatGPT) with our data? Our data is used for train the AI?", "50"),
    ("8. Support", "Support: which hours and which channel? We are in Geneva (CET).", "6"),
    ("8. Support", "Support is possible in English and French?", "none"),
    ("8. Support", "Interface of the application exist in English, French, Spanish and Arabic?", "none"),
    ("8. Support", "The company or its owners are on any sanctions list (UN, EU, SECO)?", "none"),
]
