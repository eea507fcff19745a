"""Tune: Copperline Robotics — Vendor Security Quick Check.

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. US robotics startup (Austin, TX) checking an HR tool for its Japan subsidiary; no section names (Domain column left empty); short, casual questions written by an ops lead, abbreviations (SSO, MFA, EDR, WAF, DR/BCP, RTO/RPO), several one-liners with a question mark only.
"""

FILE = "tune/round4_en/copperline_vendor_quick_check.xlsx"
SHEET = "Vendor Check"
CREATOR = "Jordan Alvarez"
CREATED = (2025, 5, 12, 10, 0, 0)
MODIFIED = (2025, 5, 13, 15, 0, 0)
TITLE = "Copperline Robotics — Vendor Security Quick Check"
INSTRUCTION = ("Quick answers are fine: yes/no plus a line of context where it helps.")

QUESTIONS = [
    ("", "Do you do SSO and MFA?", "26;27"),
    ("", "Where's our data stored?", "43"),
    ("", "Pen test yearly?", "13"),
    ("", "Encrypted at rest and in transit?", "35;36"),
    ("", "SOC 2 Type II report available?", "none"),
    ("", "ISO 27001 certified?", "51"),
    ("", "Got a written security policy that leadership signed off on?", "1"),
    ("", "Security training for your staff - how often?", "47"),
    ("", "Background checks on new hires?", "none"),
    ("", "Backups - how often, and do you actually test restores?", "14"),
    ("", "What's your uptime SLA?", "5"),
    ("", "Status page?", "15"),
    ("", "If something breaks on your end, how do we find out?", "16"),
    ("", "Got an incident response plan?", "49"),
    ("", "Can we export our data if we leave, and do you delete it after?", "37"),
    ("", "Could another customer ever see our data?", "28"),
    ("", "Do you feed our data into ChatGPT or other AI tools?", "50"),
    ("", "Cyber insurance?", "none"),
    ("", "Bug bounty?", "none"),
    ("", "RTO / RPO numbers?", "none"),
    ("", "Can we lock logins down to our office IPs?", "26"),
    ("", "Idle session timeout?", "32"),
    ("", "Can we set password rules for our people?", "31"),
    ("", "Separate roles for admins vs. regular employees?", "30"),
    ("", "How long do you keep logs?", "20"),
    ("", "Do your engineers need MFA to get into prod servers?", "23"),
    ("", "When someone on your team leaves, how fast is their prod access pulled?", "24"),
    ("", "EDR on laptops and servers?", "19"),
    ("", "WAF in front of the app?", "34"),
    ("", "How fast do you patch critical vulns?", "11"),
    ("", "Any API keys or passwords hardcoded in your code?", "22"),
    ("", "Redundant across multiple data centers?", "39"),
    ("", "DR/BCP tested every year?", "40"),
    ("", "Can you send us your subprocessor list?", "none"),
    ("", "Do you vet your own vendors' security?", "48"),
    ("", "On-prem option?", "none"),
    ("", "Can our admins add and remove users themselves?", "29"),
    ("", "Support hours + how do we reach you?", "6"),
    ("", "Do we get a heads-up before changes that affect us?", "10"),
    ("", "How do you handle employee PII - privacy policy?", "45"),
]
