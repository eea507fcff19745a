"""Tune: Hanbit Market Japan K.K. (Tokyo office of a Korean e-commerce company) - HR System Vendor Security Check.

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. Written by the Tokyo office IT/GA manager for review by Korea HQ security team, in very short non-native English (dropped articles, "possible?", "have?").
"""

FILE = "tune/round16_en_apac/hanbit_japan_hr_vendor_check.xlsx"
SHEET = "Security Check"
CREATOR = "Park Ji-hoon"
CREATED = (2026, 9, 14, 10, 0, 0)
MODIFIED = (2026, 9, 15, 16, 30, 0)
TITLE = "Hanbit Market Japan - HR System Vendor Security Check List"
INSTRUCTION = ("Please write answer in Response column (O / X / short comment OK). "
               "Korea HQ security team will review, so English please. Thank you.")

QUESTIONS = [
    ("Company", "Company established year and employee number?", "none"),
    ("Company", "Capital and revenue last year?", "none"),
    ("Certification", "ISO 27001 and P-mark have? Please write registration number.", "51"),
    ("Certification", "Korea ISMS-P certificate have?", "none"),
    ("Certification", "SOC2 report can share?", "none"),
    ("Certification", "Internal audit and external audit every year?", "46"),
    ("Policy", "Security policy document exist? Approved by management?", "1"),
    ("Policy", "Policy review how often?", "2"),
    ("Policy", "Security rule manual (ISMS manual) exist?", "3"),
    ("Policy", "Staff follow policy - internal check how often?", "4"),
    ("Policy", "Security education for all staff? How often?", "47"),
    ("Admin Account", "Admin account is personal, not shared? Server login use MFA?", "23"),
    ("Admin Account", "Admin account create/delete process exist? Minimum permission only?", "24"),
    ("Admin Account", "Admin password rule exist?", "25"),
    ("Admin Account", "Admin work log keep? Tamper protect?", "17"),
    ("User Login", "User login 2-step verification support?", "27"),
    ("User Login", "2-step by SMS or OTP app possible?", "none"),
    ("User Login", "SSO login possible? IP limit possible?", "26"),
    ("User Login", "Password rule (length, expire) we can set?", "31"),
    ("User Login", "Auto logout when no use?", "32"),
    ("User Login", "Auto logout time we can change? How many minutes?", "none"),
    ("User Login", "User add/delete by our admin possible?", "29"),
    ("User Login", "Role permission setting possible? (HR admin / manager / staff)", "30"),
    ("User Login", "Log of our user (who see which employee data) we can download?", "none"),
    ("Data", "Data save in Japan only?", "43"),
    ("Data", "Server is AWS? Which region?", "none"),
    ("Data", "Our data and other company data separated?", "28"),
    ("Data", "DB encrypt? Communication TLS version?", "35;36"),
    ("Data", "Encryption key we manage ourself (BYOK) possible?", "none"),
    ("Data", "Backup keep in other place?", "14"),
    ("Data", "Contract finish, data delete? CSV export possible?", "37"),
    ("Data", "Data delete after how many days?", "none"),
    ("Data", "Personal data protect policy URL?", "45"),
    ("Data", "Korea PIPA follow? (Korea HQ will see employee data)", "none"),
    ("Data", "USB, HDD, paper dispose how?", "38"),
    ("Operation", "Operation manual exist and update?", "9"),
    ("Operation", "Release/change notice before? Where notice?", "10"),
    ("Operation", "Patch apply regularly?", "11"),
    ("Operation", "Server resource monitoring? Month end busy time OK?", "12"),
    ("Operation", "Vulnerability test by 3rd party? Once a year?", "13"),
    ("Operation", "Penetration test result report can share?", "none"),
    ("Operation", "Antivirus / EDR in server and PC?", "19"),
    ("Operation", "Password or key in source code - no?", "22"),
    ("Operation", "Time sync NTP?", "21"),
    ("Log", "Security alert monitoring realtime?", "18"),
    ("Log", "Log keep how long?", "20"),
    ("Network", "Firewall / WAF have?", "34"),
    ("Network", "DDoS protection service name?", "none"),
    ("Network", "Network access control document?", "33"),
    ("Availability", "Uptime target %?", "5"),
    ("Availability", "Downtime - SLA refund?", "none"),
    ("Availability", "System status page URL?", "15"),
    ("Availability", "Trouble happen, email to us?", "16"),
    ("Availability", "Multi data center redundancy?", "39"),
    ("Availability", "BCP test once a year?", "40"),
    ("Availability", "RTO / RPO?", "none"),
    ("Data Center", "Data center power backup? Fire protect?", "41;42"),
    ("Data Center", "Data center entry control? CCTV?", "7"),
    ("Data Center", "Data center earthquake / flood risk consider?", "8"),
    ("Incident", "Security incident process? Contact to customer?", "49"),
    ("Incident", "Past 3 years data leak incident?", "none"),
    ("Incident", "Incident notice within 24 hour?", "none"),
    ("Support", "Support time? Chat or phone?", "6"),
    ("Support", "English or Korean support possible?", "none"),
    ("Others", "Outsourcing company security manage?", "48"),
    ("Others", "Sub-contractor list (who touch our data)?", "none"),
    ("Others", "Generative AI use with our data? AI learning no?", "50"),
    ("Others", "License / copyright rule in terms of use?", "44"),
]
