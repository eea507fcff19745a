"""Tune: Sahyadri Infotech Services Ltd. (Indian IT services company, Pune/Bengaluru, buying an HRMS for its Japan delivery centre) - Vendor Information Security Onboarding Checklist.

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. Written by the Vendor Risk Management cell of the Information Security Office in Indian English ("Kindly confirm", "whether ... or not", "Y/N", "kindly share"), with CERT-In and DPDP Act references.
"""

FILE = "tune/round16_en_apac/sahyadri_vendor_onboarding_checklist.xlsx"
SHEET = "Vendor InfoSec Checklist"
CREATOR = "Ramesh Venkataraman"
CREATED = (2026, 9, 14, 10, 0, 0)
MODIFIED = (2026, 9, 15, 16, 30, 0)
TITLE = "Sahyadri Infotech Services Ltd. - Vendor Information Security Onboarding Checklist (HRMS - Japan DC)"
INSTRUCTION = ("Kindly fill the Response column with Y / N / NA and give brief justification in Comments. "
               "Supporting documents to be shared over mail to vrm.infosec@sahyadri-infotech.example. "
               "Incomplete checklist will not be processed for PO release.")

QUESTIONS = [
    ("General", "Kindly provide company registration details (CIN or equivalent registration number), year of incorporation and registered office address.", "none"),
    ("General", "Kindly share audited financial statements (Balance Sheet and P&L) for the last three financial years.", "none"),
    ("Governance", "1.1 Kindly confirm whether Information Security Policy is documented and approved by Senior Management or not. (Y/N)", "1"),
    ("Governance", "1.2 Whether the IS Policy is reviewed at least once in a year and also whenever there is a major change in the service or not?", "2"),
    ("Governance", "1.3 Whether documented SOPs / ISMS Manual describing the security controls and emergency handling are available? (Y/N)", "3"),
    ("Governance", "1.4 Is internal compliance check against your security policies carried out periodically? Kindly mention the frequency.", "4"),
    ("Certification", "Kindly confirm whether your organisation is ISO/IEC 27001 certified or not. If yes, kindly mention the certificate registration number.", "51"),
    ("Certification", "Kindly share copy of valid ISO 27001 certificate along with the Statement of Applicability (SoA).", "none"),
    ("Certification", "Whether SOC 2 Type II report is available? If yes, kindly share the latest report under NDA.", "none"),
    ("Certification", "Whether internal audit and external surveillance audit of ISMS are conducted periodically or not?", "46"),
    ("HR Security", "Whether background verification (BGV) is completed for all employees and contract staff before joining or not?", "none"),
    ("HR Security", "Kindly confirm whether Information Security awareness training is conducted for all employees at the time of joining and thereafter annually.", "47"),
    ("Access Control", "Whether unique user IDs are assigned to each administrator / support engineer accessing production servers, and whether MFA is enforced for such login?", "23"),
    ("Access Control", "Kindly confirm whether there is a documented process for access provisioning, modification and revocation for production environment and privileged access is given on least privilege basis only.", "24"),
    ("Access Control", "Password policy for administrators and operations staff (min. length, complexity, expiry) - kindly confirm whether defined and enforced or not.", "25"),
    ("Access Control", "Whether user access review of privileged accounts is done on quarterly basis? Kindly share evidence of last review.", "none"),
    ("Application Security", "Kindly confirm whether the application supports Single Sign-On and IP whitelisting or not.", "26"),
    ("Application Security", "Whether two factor authentication (2FA) is available for end users of the application? (Y/N)", "27"),
    ("Application Security", "Kindly confirm whether TOTP through authenticator apps (Google Authenticator / Microsoft Authenticator) is supported for login.", "none"),
    ("Application Security", "Whether password policy of the application is configurable by customer admin (min. length, expiry, allowed characters)?", "31"),
    ("Application Security", "Whether idle session is getting timed out automatically or not?", "32"),
    ("Application Security", "Whether customer admin can create / delete users and assign role based privileges (HR admin, reporting manager, employee)?", "29;30"),
    ("Application Security", "Whether hard-coded passwords / API keys in source code are prohibited and secrets are kept in a separate secret store?", "22"),
    ("VAPT", "Whether VAPT is carried out by a CERT-In empanelled auditor or not? Kindly mention auditor name.", "none"),
    ("VAPT", "Kindly confirm frequency of third party vulnerability assessment and penetration testing, and whether the observations are closed as per severity.", "13"),
    ("VAPT", "Kindly share the latest VAPT report along with closure / re-test report.", "none"),
    ("Vulnerability Management", "Whether vulnerability advisories / CVEs for OS, middleware and applications are tracked regularly and patches applied based on risk?", "11"),
    ("Vulnerability Management", "Kindly mention patching timelines (in days) for Critical / High / Medium vulnerabilities.", "none"),
    ("Data Protection", "Kindly confirm whether customer data is encrypted at rest as well as in transit (TLS 1.2 and above).", "35;36"),
    ("Data Protection", "Encryption algorithm, key length and key management (HSM / KMS, key rotation period) details kindly share.", "none"),
    ("Data Protection", "Kindly confirm the location (country) of the data centre where our employee data will be hosted.", "43"),
    ("Data Protection", "Whether production servers are hosted only within that country, with no replication of our data to any other country?", "43"),
    ("Data Protection", "Whether data of Sahyadri will be logically segregated from data of other customers in the multi-tenant environment?", "28"),
    ("Data Protection", "Kindly confirm compliance to Digital Personal Data Protection Act, 2023 (DPDP Act) in the capacity of Data Processor.", "none"),
    ("Data Protection", "Whether personal data is handled as per applicable privacy laws? Kindly share link of your Privacy Policy.", "45"),
    ("Data Protection", "On termination of contract, whether our data will be handed over in usable format and deleted from your systems?", "37"),
    ("Data Protection", "Kindly confirm whether certificate of data destruction will be issued after deletion of our data.", "none"),
    ("Data Protection", "Whether removable media / hard disks / printed documents are securely wiped or destroyed before disposal or reuse?", "38"),
    ("Logging & Monitoring", "Whether logs are retained for minimum 180 days as per CERT-In directions dated 28.04.2022 and can be used for incident investigation?", "20"),
    ("Logging & Monitoring", "Whether system clocks of all servers and network devices are synchronised with NTP or not?", "21"),
    ("Logging & Monitoring", "Whether activities of system administrators on production are logged and the logs are protected from tampering?", "17"),
    ("Logging & Monitoring", "Whether operational work on production servers is pre-approved and executed under maker-checker (two person) control?", "17"),
    ("Logging & Monitoring", "Whether security events are monitored by a 24x7 SOC / SIEM? Kindly mention SIEM tool and SOC service provider name.", "none"),
    ("Logging & Monitoring", "Whether security alerts from servers are reviewed by the concerned team and audit logs are protected from unauthorised modification?", "18"),
    ("Logging & Monitoring", "Whether ICT system clocks are synchronised with the NTP servers of NIC / NPL as mandated by CERT-In?", "none"),
    ("Endpoint Security", "Whether antivirus / EDR is installed on all servers and employee laptops with latest signatures and real-time scanning?", "19"),
    ("Network Security", "Whether firewall and WAF are deployed to protect the application from external attacks?", "34"),
    ("Network Security", "Whether network configuration is managed and access to the network is controlled as per a documented procedure?", "33"),
    ("Operations", "Whether SOPs for servers, OS, network devices and applications are documented and updated on every change?", "9"),
    ("Operations", "Whether change management process is followed and customer is intimated in advance about changes impacting the service?", "10"),
    ("Operations", "Whether capacity and performance of the platform are monitored, especially during month-end payroll processing?", "12"),
    ("Service Levels", "Whether service availability is monitored and a status page is available for customers to check?", "15"),
    ("Service Levels", "In case of system failure, how will customer be informed? Kindly confirm whether email intimation will be sent to our SPOC.", "16"),
    ("Service Levels", "Kindly mention uptime target (%) and whether planned maintenance window is excluded from the same or not.", "5"),
    ("Service Levels", "Whether service credits / penalty clause is applicable in case of SLA breach?", "none"),
    ("Service Levels", "Kindly share support timings and the support channels available (email / phone / chat).", "6"),
    ("BCP / DR", "Whether application is hosted in high availability mode across multiple data centres, with DR site in another region?", "39"),
    ("BCP / DR", "Whether BCP / DR plan is documented and DR drill is conducted at least annually or not?", "40"),
    ("BCP / DR", "Kindly mention the RTO and RPO committed for the HRMS application.", "none"),
    ("BCP / DR", "Whether backup of customer data is taken regularly, monitored for success and stored at a separate geographical location?", "14"),
    ("Physical Security", "Whether data centre has physical access controls like access card, CCTV, security guards?", "7"),
    ("Physical Security", "Whether DC is equipped with UPS / DG power backup and fire detection and suppression system?", "41;42"),
    ("Physical Security", "Whether environmental threats like flood, earthquake, temperature and humidity are taken care of for the DC?", "8"),
    ("Incident Management", "Whether documented Incident Management procedure is available and customer will be informed in case of incident affecting our data?", "49"),
    ("Incident Management", "Kindly confirm that any security breach involving Sahyadri data will be reported to us within 6 hours of detection.", "none"),
    ("Third Party", "Whether your sub-contractors / outsourcing partners are bound by NDA and information security requirements in the contract?", "48"),
    ("Third Party", "Kindly share list of sub-processors / third parties who will have access to our data along with their location.", "none"),
    ("Compliance", "Whether right to audit will be provided to Sahyadri or its appointed auditor?", "none"),
    ("Compliance", "Whether IPR and licence terms of the software are covered in the Terms of Use?", "44"),
    ("Compliance", "Whether any Generative AI tools are used with our data? If yes, kindly confirm that our data is not used for training of AI models.", "50"),
    ("Insurance", "Whether Cyber Insurance / Professional Indemnity policy is available? Kindly mention coverage amount.", "none"),
]
