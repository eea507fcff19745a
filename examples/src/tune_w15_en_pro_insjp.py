"""Tune: Aurelian Life Insurance Japan - Cloud Service Security Check Sheet (English).

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. Japan subsidiary
of a foreign life insurer; the sheet is written in English by Japanese IT-planning staff because the head office in
Europe reviews the answers. Non-native English ("Please let us know ...", "Do you have the measure for ...",
"Is there the function of ...", "version up", "operation rate"), one topic per row mostly, practical questions
about their own use (sales-agent branches, payroll month-end, My Number, foreign staff), plus company and
contract questions.
"""

FILE = "tune/round15_en_pro/aurelian_life_cloud_check_sheet.xlsx"
SHEET = "Security Check Sheet"
CREATOR = "Kenji Morimoto"
CREATED = (2025, 10, 1, 10, 0, 0)
MODIFIED = (2025, 10, 2, 15, 0, 0)
TITLE = "Aurelian Life Insurance Japan - Cloud Service Security Check Sheet"
INSTRUCTION = ("Please fill in the answer for each item in English and write the reason or the reference "
               "document in Comments if possible.")

QUESTIONS = [
    ("Company", "Please let us know your company's capital and number of employees.", "none"),
    ("Company", "Do you have the certification of ISMS or Privacy Mark? Please tell us the registration number.", "51"),
    ("Company", "Please let us know whether your company is listed on a stock exchange.", "none"),
    ("Company", "Do you have the cyber insurance?", "none"),
    ("Policy", "Do you have the security policy which is approved by your management?", "1"),
    ("Policy", "Please let us know how often you review your security rules.", "2"),
    ("Policy", "Do you check periodically that your staff follow the rules? How often?", "4"),
    ("Policy", "Do you have the manual of operation for servers and network?", "9"),
    ("Education", "Do you have the education program of information security for new staff and existing staff?", "47"),
    ("Education", "Do you take a written pledge from employees about confidentiality when they join and when they leave?", "none"),
    ("Education", "Do you have the rule for employees working from home?", "none"),
    ("Service", "Please tell us the target operation rate of the service.", "5"),
    ("Service", "Is there a penalty or refund when the operation rate is not achieved?", "none"),
    ("Service", "Please let us know the support time and the method of inquiry.", "6"),
    ("Service", "Can we receive support in English for our foreign staff?", "none"),
    ("Service", "Please tell us where we can check the information of maintenance and version up.", "10"),
    ("Service", "Is the regular maintenance done at night or on weekend? How many hours does the service stop?", "none"),
    ("Data", "Where is the data center located? Is it in Japan?", "43"),
    ("Data", "Do you have the measure for preventing other companies from seeing our data?", "28"),
    ("Data", "Is the data encrypted both when it is stored and when it is sent?", "35;36"),
    ("Data", "Is the communication encrypted by TLS? Which version?", "36"),
    ("Data", "When we cancel the contract, can we get our data back? And when will you delete it?", "37"),
    ("Data", "Can you submit the data deletion certificate after deletion?", "none"),
    ("Data", "Do you have the rule for disposing of PC, HDD and paper documents?", "38"),
    ("Data", "How do you handle personal information? Please let us know your privacy policy.", "45"),
    ("Data", "Do you have the measure for handling My Number (Individual Number) separately from other personal data?", "none"),
    ("Data", "Do you put our data into generative AI like ChatGPT? Is it used for learning of the AI?", "50"),
    ("Backup / BCP", "Do you take backup? Is the backup kept in another region in case of big earthquake?", "14"),
    ("Backup / BCP", "How many generations of backup do you keep?", "none"),
    ("Backup / BCP", "Please let us know the target recovery time when a disaster happens.", "none"),
    ("Backup / BCP", "Is the system redundant? Does the service stop when one data center is down?", "39"),
    ("Backup / BCP", "Do you have BCP, and do you do the training of it every year?", "40"),
    ("Backup / BCP", "Does the data center have the measure for power failure and fire?", "41;42"),
    ("Backup / BCP", "Is the data center located in an area with low risk of earthquake and flood?", "8"),
    ("Backup / BCP", "Is entry to the data center managed with security guards and cameras?", "7"),
    ("Monitoring", "Do you monitor the operation status of the service? Where can we check it?", "15"),
    ("Monitoring", "When system failure happens, how do you contact us?", "16"),
    ("Monitoring", "When the access increases at the end of month (payroll timing), is the performance OK?", "12"),
    ("Monitoring", "Please tell us the SIEM or log analysis tool you use.", "none"),
    ("Access Control", "Can we use two-factor authentication? What is the method?", "27"),
    ("Access Control", "Can we restrict the access by IP address, for example only from our office and VPN?", "26"),
    ("Access Control", "Can we set the password rule such as the number of characters and the expiry date?", "31"),
    ("Access Control", "Is there the function of automatic logout when the screen is not used for a while?", "32"),
    ("Access Control", "Can we set the authority of each user, for example the agency manager can see only the staff of his branch?", "30"),
    ("Access Control", "Can we log in by SSO with our ID provider?", "26"),
    ("Access Control", "Can we add and delete the users by ourselves?", "29"),
    ("Access Control", "Can we download the operation log of our users (who saw which employee's data)?", "none"),
    ("Your Engineers", "How do you control the access rights of your engineers to the servers? Are they kept to the minimum?", "24"),
    ("Your Engineers", "Does each engineer have his own account, and is multi-factor authentication used to log in to the servers?", "23"),
    ("Your Engineers", "Do you record the work of your engineers on the production environment?", "17"),
    ("Your Engineers", "Is the password of your admin account managed by the rule?", "25"),
    ("Your Engineers", "Are your employees' PCs managed by MDM, and is the use of USB memory prohibited?", "none"),
    ("Security Measures", "Do you install anti-virus software on servers and PCs?", "19"),
    ("Security Measures", "Do you have firewall and WAF?", "34"),
    ("Security Measures", "Is the network access controlled?", "33"),
    ("Security Measures", "Do you do the vulnerability test by third party? How often?", "13"),
    ("Security Measures", "Can you submit the result report of the vulnerability test?", "none"),
    ("Security Measures", "Do you collect vulnerability information and apply patches?", "11"),
    ("Security Measures", "Do you avoid writing passwords and API keys in the program source?", "22"),
    ("Security Measures", "Is the penetration test and ISO audit done by outside organization regularly?", "46"),
    ("Log", "How long do you keep the access log?", "20"),
    ("Log", "Is the time of the servers synchronized, so the log time is correct?", "21"),
    ("Log", "Do you have the alert when suspicious access to the server happens?", "18"),
    ("Incident", "Do you have the procedure for security incident? Will you contact us if our data is leaked?", "49"),
    ("Incident", "Have you had any information leakage accident in the past?", "none"),
    ("Outsourcing", "When you outsource work, how do you manage the subcontractor?", "48"),
    ("Contract", "Who has the copyright of the system? Please tell us the conditions of use.", "44"),
    ("Contract", "Do you allow our company to do on-site audit?", "none"),
]
