"""Tune: Harbourline Retail Inc. - Third-Party Security & Privacy Assessment (HRIS).

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. Written by the vendor-risk analyst of a Canadian apparel and outdoor retail chain (about 140 stores, head office in Halifax, Quebec locations) that is selecting an HR/scheduling SaaS for store associates and seasonal hires. Plain business English, Canadian spelling, mixes short noun phrases with longer questions that mention PIPEDA, Quebec Law 25, payroll cut-offs and seasonal hiring.
"""

FILE = "tune/round12_en/harbourline_vendor_security.xlsx"
SHEET = "Vendor Security Assessment"
CREATOR = "Genevieve Tremblay"
CREATED = (2025, 9, 22, 9, 15, 0)
MODIFIED = (2025, 10, 3, 16, 40, 0)
TITLE = "Harbourline Retail - Third-Party Security & Privacy Assessment (HRIS)"
INSTRUCTION = ("Please answer every question in the Response column and use Comments for links, clarifications or references to attached evidence.")

QUESTIONS = [
    ("Company Profile", "Legal entity name, head office address and number of employees.", "none"),
    ("Company Profile", "Please confirm whether your organization is certified to ISO/IEC 27001 and provide the certificate number.", "51"),
    ("Company Profile", "Do you hold a current SOC 2 Type II report? If so, please attach the most recent report and bridge letter.", "none"),
    ("Company Profile", "Cyber liability insurance - carrier and coverage limit.", "none"),
    ("Company Profile", "Do you have a documented information security policy, and who in your organization signed off on it?", "1"),
    ("Company Profile", "How often is the security policy set reviewed and updated?", "2"),
    ("Privacy", "Our store associates' personal information is subject to PIPEDA and, for our Quebec locations, Law 25. Can you confirm you will store all Harbourline data within Canada?", "none"),
    ("Privacy", "In which country or countries are your production servers located?", "43"),
    ("Privacy", "Provide a link to your privacy policy describing how you handle personal information.", "45"),
    ("Privacy", "Will you assist us in completing a privacy impact assessment (PIA), as required under Quebec Law 25 for transfers of personal information outside the province?", "none"),
    ("Privacy", "Is the user interface and end-user documentation available in Canadian French?", "none"),
    ("Privacy", "Does your company use generative AI tools in support or development, and if so, is our employee data ever fed into them or used to train models?", "50"),
    ("Access Management", "Does the application support SSO (we use Microsoft Entra ID) and, for users not on SSO, a second authentication factor?", "26;27"),
    ("Access Management", "Our head office HR users must use multi-factor authentication. What second factor does the application offer?", "27"),
    ("Access Management", "Can we restrict logins to our corporate network and store IP ranges?", "26"),
    ("Access Management", "We hire several hundred seasonal associates every November. Can our HR admins add and remove user accounts on their own, without contacting your support?", "29"),
    ("Access Management", "Can we assign different permission levels to different users (e.g., store manager vs. head-office HR administrator)?", "30"),
    ("Access Management", "Password complexity and expiry settings for end users - configurable by the customer?", "31"),
    ("Access Management", "Automatic logout after a period of inactivity.", "32"),
    ("Access Management", "Does your platform support SCIM provisioning from our identity provider?", "none"),
    ("Access Management", "How do you ensure your own engineers who maintain the production systems use named accounts and strong authentication?", "23"),
    ("Access Management", "Describe the process for granting and revoking your staff's administrative access to production systems.", "24"),
    ("Access Management", "Password requirements for your internal administrators.", "25"),
    ("Data Protection", "Is Harbourline data encrypted both at rest and in transit? Please specify the TLS versions supported.", "35;36"),
    ("Data Protection", "Who manages the encryption keys, and can we supply our own key (BYOK)?", "none"),
    ("Data Protection", "How is our data kept separate from other retailers using the same platform?", "28"),
    ("Data Protection", "Upon termination, can we extract a full copy of our employee records, and in what format?", "37"),
    ("Data Protection", "Will you provide a certificate of destruction once our data has been deleted after termination?", "none"),
    ("Data Protection", "How are hard drives and other storage media disposed of at end of life?", "38"),
    ("Data Protection", "Are API keys and database passwords stored outside of your application code?", "22"),
    ("Operations", "What anti-malware or EDR solution is deployed on your servers and employee laptops? Please name the product.", "none"),
    ("Operations", "Vulnerability scanning and third-party penetration testing - frequency.", "13"),
    ("Operations", "Please share an executive summary of your latest penetration test report.", "none"),
    ("Operations", "How do you track newly published vulnerabilities (CVEs) affecting your stack, and how are patches prioritized?", "11"),
    ("Operations", "Will we be notified in advance of releases or maintenance that change how the application works for our users?", "10"),
    ("Operations", "Our payroll cut-off drives heavy usage at the end of every pay period. How does the platform handle load spikes?", "12"),
    ("Operations", "How long are application access and audit logs retained?", "20"),
    ("Operations", "Can Harbourline administrators view an audit trail of changes made by our own HR users within the application?", "none"),
    ("Operations", "Are privileged actions performed by your operations staff logged and reviewed?", "17"),
    ("Operations", "Do you have a WAF or equivalent in front of the application?", "34"),
    ("Operations", "Are server clocks synchronized so that log timestamps are reliable?", "21"),
    ("Operations", "Are servers and staff workstations protected by anti-malware software with up-to-date signatures?", "19"),
    ("Operations", "Do you have a security operations function monitoring alerts 24/7? Please indicate whether it is in-house or outsourced (MSSP).", "none"),
    ("Availability & Continuity", "What uptime does your service target, and are scheduled maintenance windows excluded?", "5"),
    ("Availability & Continuity", "Are service credits offered if availability falls below the committed level?", "none"),
    ("Availability & Continuity", "Is there a public status page where we can check current service health?", "15"),
    ("Availability & Continuity", "Describe the redundancy of your hosting architecture (e.g., multiple availability zones).", "39"),
    ("Availability & Continuity", "How frequently are backups taken and how long are they kept?", "none"),
    ("Availability & Continuity", "Are backups copied to a geographically separate location?", "14"),
    ("Availability & Continuity", "State your recovery time objective (RTO) and recovery point objective (RPO) in hours.", "none"),
    ("Availability & Continuity", "How often is your business continuity plan exercised?", "40"),
    ("Availability & Continuity", "Does the data centre have backup power (UPS/generators) and fire suppression?", "41;42"),
    ("Incident & Support", "Is there a written plan your team follows when a security incident happens?", "49"),
    ("Incident & Support", "Under PIPEDA we must report breaches of security safeguards to the OPC. Within how many hours will you notify us of a breach involving our data?", "none"),
    ("Incident & Support", "If a system failure affects our account, how and by whom will we be contacted?", "16"),
    ("Incident & Support", "Support hours and channels. Note: our stores operate until 9 p.m. Pacific.", "6"),
    ("Third Parties & Contract", "Please provide a list of subprocessors that will have access to Harbourline data.", "none"),
    ("Third Parties & Contract", "How do you ensure your own subcontractors protect the information they handle for you?", "48"),
    ("Third Parties & Contract", "Will Harbourline have the right to audit your facilities on site with 30 days' notice?", "none"),
    ("Third Parties & Contract", "Do your personnel undergo criminal background checks before being given access to customer data?", "none"),
    ("Third Parties & Contract", "Are security awareness sessions mandatory for all your staff? How often?", "47"),
    ("Third Parties & Contract", "Where are the licence terms covering our use of your software and its intellectual property published?", "44"),
]
