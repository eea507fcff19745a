"""Tune: Sanwa Precision Components (Thailand) Co., Ltd. (overseas subsidiary of a Japanese auto-parts manufacturer) - Cloud Service Security Check Sheet.

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. Filled in by the subsidiary's IT section following the Japanese parent's group IT rule, for an HR cloud service used to manage Japanese expatriates and local managers. Non-native English translated from a Japanese original: "Please let us know whether ...", "Do you have the rule of ...", "Is there the countermeasure for ...", articles often wrong, short practical questions, many about detail figures, local law (Thai PDPA), language support and contract entity.
"""

FILE = "tune/round13_en_jp/sanwa_thailand_cloud_checksheet.xlsx"
SHEET = "Security Check Sheet"
CREATOR = "Kittipong Srisuwan"
CREATED = (2025, 10, 1, 10, 0, 0)
MODIFIED = (2025, 10, 2, 15, 0, 0)
TITLE = "Cloud Service Security Check Sheet (Sanwa Group IT Rule ver.3)"
INSTRUCTION = ("Please fill Yes or No in Response column and write the detail in Comments column, and please attach the evidence document if you have.")

QUESTIONS = [
    # 1. Company
    ("1. Company", "Please let us know your company's capital amount and number of employees.", "none"),
    ("1. Company", "Do you have the certification of ISO27001 or similar one? Please tell us the registration number.", "51"),
    ("1. Company", "Please let us know whether your company has the information security policy and it is approved by the top management.", "1"),
    ("1. Company", "Do you have the rule of reviewing the security policy regularly? How often do you review it?", "2"),
    ("1. Company", "Do you check by yourself that your employees are following the internal rules? Please tell us the frequency.", "4"),
    ("1. Company", "Is there the person in charge for information security in your company? Please tell us the department name.", "none"),
    ("1. Company", "Do you have the document like manual which describe the security measures for daily work and emergency response?", "3"),
    ("1. Company", "Did you have any information leakage accident in the past 3 years? If yes, please explain about it.", "none"),
    # 2. Human
    ("2. Human Security", "Do you give the security education to all of your staffs? How many times in one year?", "47"),
    ("2. Human Security", "Do your employees sign the NDA (non-disclosure agreement) when they join your company?", "none"),
    ("2. Human Security", "Please let us know whether you have the rule of clean desk and screen lock in your office.", "none"),
    ("2. Human Security", "Do you permit your employees to work at home? If yes, please let us know the security rule for remote work.", "none"),
    # 3. Physical
    ("3. Physical Security", "Please let us know the country where the server of your service is located.", "43"),
    ("3. Physical Security", "Is the data center protected from the disaster such as earthquake and flood?", "8"),
    ("3. Physical Security", "Is there the UPS or generator in the data center for the blackout?", "41"),
    ("3. Physical Security", "Do you have the fire extinguishing system in the server room?", "42"),
    ("3. Physical Security", "Do you have the fire alarm and also the backup power supply in the data center?", "42;41"),
    ("3. Physical Security", "Who can enter to the data center? Is there the security guard and camera?", "7"),
    ("3. Physical Security", "Can our staff visit the data center for the inspection?", "none"),
    # 4. System Operation
    ("4. System Operation", "Do you have the operation manual for the server and network? Is it updated when something is changed?", "9"),
    ("4. System Operation", "When you change the system, do you inform us before? By which way do you inform?", "10"),
    ("4. System Operation", "How do you collect the information of vulnerability and apply the patch?", "11"),
    ("4. System Operation", "Do you carry out the vulnerability diagnosis by the outside company? Please let us know the name of that company.", "none"),
    ("4. System Operation", "Is the penetration test done to your server? How often?", "13"),
    ("4. System Operation", "Do you monitor the server load and increase the server when the access is increased?", "12"),
    ("4. System Operation", "Is there the countermeasure for virus and malware on the server and the PC of operators?", "19"),
    ("4. System Operation", "Do you keep the record of the work done by the system administrator?", "17"),
    ("4. System Operation", "Do you keep the access log? How long do you keep it?", "20"),
    ("4. System Operation", "Is the time of the servers synchronized by NTP?", "21"),
    ("4. System Operation", "Please let us know the log keeping period and also whether the clock of the servers is synchronized.", "20;21"),
    ("4. System Operation", "Do you receive the alert when the strange access or the error is happened on the server?", "18"),
    ("4. System Operation", "Do you monitor whether the service is running normally?", "15"),
    ("4. System Operation", "Please let us know how you will inform us when the trouble is happened to the service.", "16"),
    # 5. Access Control
    ("5. Access Control", "Do you have the rule of ID for the administrator? Is one ID shared by several persons?", "23"),
    ("5. Access Control", "When the administrator retire from your company, how do you delete the ID and access right?", "24"),
    ("5. Access Control", "Do you have the rule of password for your administrator (length, complexity etc.)?", "25"),
    ("5. Access Control", "Do you have the procedure for the access right of administrator, and is the two-factor authentication used when they login to the server?", "24;23"),
    ("5. Access Control", "Can we limit the access to the service only from the IP address of our factory and office?", "26"),
    ("5. Access Control", "Is two-factor authentication available for our users?", "27"),
    ("5. Access Control", "Can we set the password rule for our users, for example minimum number of characters and expire date?", "31"),
    ("5. Access Control", "Is the session disconnected automatically when the user does not operate for long time?", "32"),
    ("5. Access Control", "Can our administrator register and delete the users by ourselves?", "29"),
    ("5. Access Control", "Can we give the different authority to each user? For example, only HR manager can see the salary data.", "30"),
    ("5. Access Control", "Can we register many users at once by uploading the CSV file?", "none"),
    ("5. Access Control", "Please let us know whether the service can be used from the smartphone app, and whether MDM is required.", "none"),
    ("5. Access Control", "Is the screen of the service available in English and Thai language for our local staffs?", "none"),
    # 6. Network
    ("6. Network", "Is there the firewall and WAF to protect from the attack from internet?", "34"),
    ("6. Network", "Do you manage the network configuration and control the access inside the network?", "33"),
    ("6. Network", "Is our data separated from the data of other companies? Is there possibility that other company can see our data?", "28"),
    ("6. Network", "Do you use IDS/IPS? Please let us know the product name.", "none"),
    # 7. Data
    ("7. Data Management", "Is the data encrypted in the database?", "35"),
    ("7. Data Management", "Is the communication encrypted by SSL/TLS? Which version is used?", "36"),
    ("7. Data Management", "After we finish the contract, what will happen to our data? Can we download it before the end?", "37"),
    ("7. Data Management", "How many days do you keep our data after the contract is finished? Please tell us the exact number of days.", "none"),
    ("7. Data Management", "How do you dispose the HDD or the paper which has the customer information?", "38"),
    ("7. Data Management", "Do you use our data for the learning of AI? Do you have the rule of using generative AI such as ChatGPT?", "50"),
    ("7. Data Management", "Is the personal information handled according to the law? Please let us know your privacy policy.", "45"),
    ("7. Data Management", "Our company in Thailand must follow the PDPA. Does your service comply with Thai PDPA?", "none"),
    ("7. Data Management", "Are the API key or password written directly in the program source?", "22"),
    # 8. Backup & BCP
    ("8. Backup & BCP", "Do you take the backup of our data? How many generations do you keep?", "none"),
    ("8. Backup & BCP", "Is the backup data kept in the different place from the main data center?", "14"),
    ("8. Backup & BCP", "Is the system made redundant? If one data center is stopped, can the service continue?", "39"),
    ("8. Backup & BCP", "Do you have the BCP and do you test it every year?", "40"),
    ("8. Backup & BCP", "Please let us know your target of the operation rate (availability).", "5"),
    ("8. Backup & BCP", "If big earthquake happens in Japan, how many hours do you need to recover the service?", "none"),
    # 9. Incident
    ("9. Incident", "Do you have the procedure and the team for the security incident?", "49"),
    ("9. Incident", "If the incident related to our data is happened, will you report to us within 24 hours?", "none"),
    # 10. Outsourcing
    ("10. Outsourcing", "Do you use the outsourcing company for the development or operation? How do you manage their security?", "48"),
    # 11. Audit & Contract
    ("11. Audit & Contract", "Do you receive the external audit or the check by third party regularly?", "46"),
    ("11. Audit & Contract", "Can we receive the copy of the report of your last ISMS audit?", "none"),
    ("11. Audit & Contract", "Please let us know the support time and how to contact you when we have a question.", "6"),
    ("11. Audit & Contract", "Please let us know the condition of the license to use your software and about the intellectual property right.", "44"),
    ("11. Audit & Contract", "Is the contract made under Japanese law? Is it possible to make the contract directly with our Thai company?", "none"),
    ("11. Audit & Contract", "If the data leakage is caused by your side, what is the upper limit of the compensation?", "none"),
]
