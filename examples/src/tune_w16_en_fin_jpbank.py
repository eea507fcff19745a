"""Tune: The Mikawa Bank, Ltd., New York Branch (Japanese regional bank, overseas branch) - Requirements Confirmation Sheet for Outsourcing Contractor.

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. Written by the branch's Systems & Administration team, translated from the head office's Japanese template: long requirement statements ("It is required that...", "Please describe about...") in non-native English, with head-office and Japanese banking concerns.
"""

FILE = "tune/round16_en_fin/mikawa_ny_contractor_confirmation.xlsx"
SHEET = "Requirement Confirmation"
CREATOR = "Kenji Morimoto"
CREATED = (2026, 9, 14, 10, 0, 0)
MODIFIED = (2026, 9, 15, 16, 30, 0)
TITLE = "The Mikawa Bank, Ltd. New York Branch - Requirements Confirmation Sheet for Outsourcing Contractor (Cloud Service)"
INSTRUCTION = ("Please fill in the Response column with 'Conform', 'Partially conform' or 'Not conform', and please "
               "describe the concrete contents in the Comments column. This sheet will be submitted to the System "
               "Risk Management Division of Head Office for the approval of outsourcing.")

QUESTIONS = [
    # 1. Company / management structure
    ("1. Outline of Contractor", "1-1. The Contractor is requested to submit the company outline (date of establishment, capital, number of employees, main shareholders) and the financial statements of the latest three fiscal years.", "none"),
    ("1. Outline of Contractor", "1-2. Please confirm that the Contractor, its officers and its major shareholders do not fall under anti-social forces, and that the Contractor will submit the written pledge in the form designated by the Bank.", "none"),
    ("1. Outline of Contractor", "1-3. Please describe about the organization structure for information security, including the name and title of the responsible officer (CISO) and the section in charge.", "none"),
    ("1. Outline of Contractor", "1-4. Regarding the third party certification, please answer whether the Contractor has acquired ISMS (ISO/IEC 27001) and PrivacyMark, together with the registration numbers.", "51"),
    ("1. Outline of Contractor", "1-5. In case the Contractor has obtained the ISMAP registration or has confirmed the conformity to the FISC Security Guidelines, please describe the status and the date of confirmation.", "none"),

    # 2. Security policy
    ("2. Security Policy", "2-1. It is required that the basic policy concerning information security is established by the decision of management level and is made known to all employees and to the users of the service. Please describe about the situation.", "1"),
    ("2. Security Policy", "2-2. It is required that the said basic policy and the related internal rules are reviewed periodically and also when the significant change concerning the service is occurred. Please answer the frequency of the review.", "2"),
    ("2. Security Policy", "2-3. Please describe whether the Contractor has documented the concrete security measures, such as the daily activities and the response in emergency, in the manual or the similar document.", "3"),
    ("2. Security Policy", "2-4. The Contractor shall confirm internally and periodically that the policies and rules established for the provision of the service are being observed. Please answer the frequency of such confirmation.", "4"),
    ("2. Security Policy", "2-5. It is required that the Contractor carries out the education of information security for all employees at the time of joining and periodically, at least once per year.", "47"),
    ("2. Security Policy", "2-6. Please describe whether the Contractor obtains the written pledge of confidentiality from each employee at the time of joining and at the time of leaving the company.", "none"),

    # 3. Facility
    ("3. Facility", "3-1. It is required that the area in which the important information assets are placed is protected by the physical security perimeter, such as the entrance controlled by IC card and the reception with guard staff.", "7"),
    ("3. Facility", "3-2. Since there are many natural disasters in Japan, please describe the measures of the data center against the physical and environmental threats, such as earthquake, flood and the control of temperature and humidity.", "8"),
    ("3. Facility", "3-3. The equipment used for the service shall be protected by the backup power supply so that the operation can be continued in case of power failure. Please describe.", "41"),
    ("3. Facility", "3-4. Please confirm that the room in which the servers are installed is equipped with the fire detection and alarm system and the automatic fire extinguishing equipment.", "42"),
    ("3. Facility", "3-5. Please answer the location (country and region) of the data center in which the data of our Branch will be stored, including the data center for backup.", "43"),
    ("3. Facility", "3-6. In case that the data is stored in the data center of the cloud vendor such as AWS, please describe whether the Bank or the financial authorities can perform the on-site inspection of such data center.", "none"),

    # 4. System operation
    ("4. System Operation", "4-1. It is required that the operation procedures for the application, OS, server and network equipment are documented, and that the documents are updated every time the operation method is changed.", "9"),
    ("4. System Operation", "4-2. Regarding the change of the system, please describe about the change management, and whether the Contractor notifies to the users in advance when the change will give influence to the users.", "10"),
    ("4. System Operation", "4-3. The Contractor shall collect the information of technical vulnerability periodically, and shall apply the patches according to the degree of seriousness based on the risk evaluation.", "11"),
    ("4. System Operation", "4-4. Please describe about the vulnerability diagnosis and penetration test by the third party organization and its frequency. Also please describe how the pointed-out matters are corrected.", "13"),
    ("4. System Operation", "4-5. Please submit the result report of the latest vulnerability diagnosis or penetration test to our Branch.", "none"),
    ("4. System Operation", "4-6. It is required to monitor the usage of the resources and to expand the capacity based on the forecast. Especially, please describe the countermeasure for the concentration of access at the end of the month and at the beginning of the month.", "12"),
    ("4. System Operation", "4-7. Please describe the countermeasures against malware for the servers and the terminals used for development and operation, including the update of the pattern files.", "19"),
    ("4. System Operation", "4-8. All servers and network equipment used for the service shall be synchronized with the accurate time source.", "21"),
    ("4. System Operation", "4-9. It is required that the works of the system operators are all recorded, and that the works are executed after the prior approval of the responsible person and by two persons (operator and checker).", "17"),
    ("4. System Operation", "4-10. Please describe whether the Contractor prohibits to write the password, API key and connection information in the source code, and how such secret information is managed.", "22"),
    ("4. System Operation", "4-11. Please describe about the management of recording media (paper documents, USB memory, etc.) and the method of disposal so that the recorded information cannot be restored.", "38"),
    ("4. System Operation", "4-12. Please describe whether the development environment is separated from the production environment and whether the production data of the users is not used for the test.", "none"),

    # 5. Access control
    ("5. Access Control", "5-1. It is required that the account for maintenance is issued to each person individually, and that the multi-factor authentication is used for the login to the servers.", "23"),
    ("5. Access Control", "5-2. Please describe the procedure for the registration, change and deletion of the access rights of the operators, and the restriction of the privileged ID to the minimum necessary.", "24"),
    ("5. Access Control", "5-3. The password used by the system operators shall be managed in accordance with the internal rule concerning the strength of password.", "25"),
    ("5. Access Control", "5-4. Please describe how often the inventory (review) of the IDs and access rights of the operators is performed, and please submit the evidence of the latest review.", "none"),
    ("5. Access Control", "5-5. Our Branch requires that the service can be accessed only from the network of our Branch. Please describe whether the service supports the restriction by IP address and the single sign-on.", "26"),
    ("5. Access Control", "5-6. Please describe whether the multi-factor authentication is available for the users in addition to the ID and password.", "27"),
    ("5. Access Control", "5-7. Please describe whether the administrator of our Branch can register and delete the user accounts by himself, and can set the authority of each user.", "29;30"),
    ("5. Access Control", "5-8. Please describe whether our Branch can set the password policy of the users, such as minimum number of characters, expiry date and kinds of characters.", "31"),
    ("5. Access Control", "5-9. Please describe whether the session is disconnected automatically when the user does not operate for a certain time.", "32"),
    ("5. Access Control", "5-10. It is required that the data of our Branch is separated logically from the data of other customers in the multi-tenant environment, so that the other users cannot access to it.", "28"),

    # 6. Network and logs
    ("6. Network and Log", "6-1. Please describe the management of the network configuration and the access control for protecting the network from the threats.", "33"),
    ("6. Network and Log", "6-2. It is required to implement the firewall and WAF, etc. to detect and defend against the unauthorized access and the attacks from the external network.", "34"),
    ("6. Network and Log", "6-3. Please describe whether the Contractor performs the monitoring for intrusion 24 hours 365 days by the SOC, and the name of the SOC vendor if it is outsourced.", "none"),
    ("6. Network and Log", "6-4. The audit logs of the exceptions and the security events shall be acquired, the alerts shall be confirmed by the person in charge, and the logs shall be protected from falsification.", "18"),
    ("6. Network and Log", "6-5. Please answer the retention period of the access logs and the audit logs, and whether the incident can be traced by using such logs.", "20"),
    ("6. Network and Log", "6-6. Please describe whether the administrator of our Branch can download the operation history of the users (who referred or updated which employee data) from the screen of the service.", "none"),

    # 7. Data protection
    ("7. Data Protection", "7-1. It is required that the data stored in the cloud service is encrypted.", "35"),
    ("7. Data Protection", "7-2. Please describe the management of the encryption keys, including the algorithm, the key length and the cycle of key rotation.", "none"),
    ("7. Data Protection", "7-3. The communication between the terminals of the users and the service shall be encrypted by TLS 1.2 or higher.", "36"),
    ("7. Data Protection", "7-4. The personal information of our employees shall be protected appropriately according to the related laws and regulations. Please describe how the Contractor handles the personal information.", "45"),
    ("7. Data Protection", "7-5. Since our Branch is located in the United States, the data includes the information of local staff. Please describe whether the Contractor complies with the U.S. state privacy laws, for example the New York SHIELD Act.", "none"),
    ("7. Data Protection", "7-6. In case that the Contractor uses the generative AI, please describe the rule for handling the data of the users, and please confirm that the data is not used for the learning of AI model.", "50"),
    ("7. Data Protection", "7-7. At the termination of the contract, please describe the method of the return of the data to our Branch and the deletion of the data.", "37"),
    ("7. Data Protection", "7-8. Please submit the certificate of data deletion to our Branch after the deletion is completed.", "none"),

    # 8. Failure and incident
    ("8. Failure and Incident", "8-1. It is required to monitor the operation status and the failures of the service, and to notify to the users when the stop of service or the failure is detected.", "15;16"),
    ("8. Failure and Incident", "8-2. Please describe the procedure and the structure for responding to the security incident, including the reporting line.", "49"),
    ("8. Failure and Incident", "8-3. In case of the incident which affects our Branch, the Contractor shall make the first report to our Branch within 24 hours, and shall submit the final report describing the cause and the measures for prevention of recurrence. Please confirm.", "none"),
    ("8. Failure and Incident", "8-4. Please describe the contact point of the support and the complaint, and the business hours.", "6"),
    ("8. Failure and Incident", "8-5. Is the support available in English language and during the business hours of U.S. Eastern Time?", "none"),

    # 9. Business continuity
    ("9. Business Continuity", "9-1. Please provide the material for the consideration of introduction, such as the service level (target of availability rate) and the SLA.", "5"),
    ("9. Business Continuity", "9-2. Please describe the compensation, such as the reduction of the service fee, in case the service level is not achieved.", "none"),
    ("9. Business Continuity", "9-3. It is required that the system is redundant. Please describe the redundant configuration, including the recovery in case of large scale disaster.", "39"),
    ("9. Business Continuity", "9-4. Please describe the backup of the data, software and settings, the location where the backup is kept, and the confirmation of the result of backup.", "14"),
    ("9. Business Continuity", "9-5. Please answer the target recovery time (RTO) and the target recovery point (RPO) in case of large scale disaster.", "none"),
    ("9. Business Continuity", "9-6. The business continuity plan shall be tested by the training and updated periodically, at least once per year.", "40"),

    # 10. Re-outsourcing, audit and contract
    ("10. Re-outsourcing and Audit", "10-1. In case that the Contractor re-outsources a part of the works, it is required that the Contractor requests the appropriate security control to the re-outsourcee by the contract and manages it.", "48"),
    ("10. Re-outsourcing and Audit", "10-2. Please submit the list of re-outsourcees (name, location and contents of works), including the provider of the cloud infrastructure.", "none"),
    ("10. Re-outsourcing and Audit", "10-3. Please describe whether the independent review, such as the internal audit and the external audit, is performed regularly.", "46"),
    ("10. Re-outsourcing and Audit", "10-4. Please confirm that the Bank, the auditor of the Bank and the financial authorities (FSA Japan, Federal Reserve, NYDFS) can conduct the audit of the Contractor when it is requested.", "none"),
    ("10. Re-outsourcing and Audit", "10-5. Please describe the scope in which the users are permitted to use the intellectual property rights of the Contractor, and the document in which it is described.", "44"),
]
