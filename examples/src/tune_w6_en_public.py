"""Tune: University of Ashcombe - Cloud Supplier Security Assessment (NCSC Cloud Security Principles).

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. UK university procurement / information governance questionnaire in formal British English; domains follow the NCSC 14 Cloud Security Principles. Mix of "Please confirm / describe / explain" requests, requirement statements ("should be notified..."), one noun-phrase item, and several long multi-clause questions referring to UK GDPR, Cyber Essentials, BPSS, CHECK/CREST and IT Health Check.
"""

FILE = "tune/round6_en/ashcombe_university_cloud_supplier_assessment.xlsx"
SHEET = "Supplier Assessment"
CREATOR = "Gareth Pryce"
CREATED = (2025, 9, 1, 10, 0, 0)
MODIFIED = (2025, 9, 2, 15, 0, 0)
TITLE = "University of Ashcombe - Cloud Supplier Security Assessment (NCSC Cloud Security Principles)"
INSTRUCTION = ("Suppliers are asked to respond to every question in the Response column, giving further detail and references to supporting evidence in the Comments column; incomplete submissions may not be evaluated.")

QUESTIONS = [
    ("1. Data in transit protection", "Please confirm that all data exchanged between end-user devices and the service is protected in transit by encryption, stating the minimum TLS version enforced.", "36"),
    ("2. Asset protection and resilience", "Please state the physical location(s) of all data centres in which University data will be stored or processed, together with the legal jurisdiction(s) to which the supplier is subject.", "43"),
    ("2. Asset protection and resilience", "Describe the perimeter security controls at the data centres hosting the service (e.g. staffed entry points, card access, CCTV), and the measures in place to protect the facilities against environmental hazards such as flooding, fire and loss of mains power.", "7;8"),
    ("2. Asset protection and resilience", "Is University data, including any copies held in backups, encrypted at rest?", "35"),
    ("2. Asset protection and resilience", "Please describe how storage media are sanitised or destroyed at end of life, with reference to a recognised standard (e.g. NCSC guidance or NIST SP 800-88).", "38"),
    ("2. Asset protection and resilience", "On termination or expiry of the contract, what arrangements exist for the University to extract its data in a usable format, and within what period will the supplier securely delete all remaining copies?", "37"),
    ("2. Asset protection and resilience", "Please describe the resilience of the service, including whether it is hosted across multiple data centres or availability zones such that the failure of a single site would not result in a loss of service.", "39"),
    ("2. Asset protection and resilience", "Backups: frequency, off-site storage arrangements and evidence of periodic restoration testing.", "14"),
    ("3. Separation between customers", "Explain the means by which the University's data is separated from that of the supplier's other customers, such that no other customer could access it.", "28"),
    ("4. Governance framework", "Does the supplier have an information security policy endorsed by the board or equivalent senior management, and how is it communicated to staff?", "1"),
    ("4. Governance framework", "Does the supplier hold a current Cyber Essentials or Cyber Essentials Plus certificate? If so, please provide the certificate number and expiry date.", "none"),
    ("4. Governance framework", "Please confirm whether the supplier's information security management system is certified to ISO/IEC 27001, and provide details of the certificate and its registration number.", "51"),
    ("4. Governance framework", "Is the supplier's compliance with its own security policies and with applicable legal requirements subject to independent review, for instance through internal audit, external certification audits or third-party testing?", "46"),
    ("4. Governance framework", "Please state the supplier's annual turnover for the most recent financial year and its total number of employees.", "none"),
    ("4. Governance framework", "Please describe how the supplier complies with UK GDPR and the Data Protection Act 2018 in respect of personal data processed on behalf of the University.", "45"),
    ("5. Operational security", "Describe the supplier's approach to vulnerability management, including how vulnerability information is obtained, how risk is assessed and the timescales within which security patches are applied.", "11"),
    ("5. Operational security", "Changes to the service which may affect the University, including changes to functionality, should be notified in advance. Please describe how such notifications are made.", "10"),
    ("5. Operational security", "Describe how protective monitoring is carried out, including how security events are logged, how alerts are triaged and how the integrity of log records is assured.", "18"),
    ("5. Operational security", "Does the supplier maintain a documented incident management process and, having regard to the 72-hour notification requirement under UK GDPR, within what timescale would the University be informed of an incident affecting its data?", "49"),
    ("5. Operational security", "Is the business continuity plan for the service exercised and reviewed at least annually?", "40"),
    ("6. Personnel security", "Are staff with access to customer data subject to pre-employment screening to the Baseline Personnel Security Standard (BPSS) or equivalent, and do any hold national security vetting (SC or DV)?", "none"),
    ("6. Personnel security", "Please describe the information security awareness training provided to staff, including its frequency.", "47"),
    ("7. Secure development", "How does the supplier ensure that credentials, keys and other secrets are not embedded in application source code or in configuration held under version control?", "22"),
    ("7. Secure development", "Is independent security testing of the application and its hosting infrastructure (e.g. by a CHECK or CREST accredited provider) performed at least annually, and how are the resulting findings remediated?", "13"),
    ("7. Secure development", "Will the supplier share the full report of its most recent IT Health Check with the University?", "none"),
    ("7. Secure development", "Is the supplier willing to place the application source code in escrow with a recognised escrow agent for the duration of the contract?", "none"),
    ("8. Supply chain security", "Please explain how the supplier assures the security of third parties in its supply chain who may access or process University data.", "48"),
    ("8. Supply chain security", "Please provide a complete list of sub-processors, including their location and the processing activities they undertake.", "none"),
    ("9. Secure user management", "Can University administrators create and remove user accounts within the service without recourse to the supplier?", "29"),
    ("9. Secure user management", "Is it possible to define roles with differing levels of privilege so that, for example, departmental administrators may only view records within their own faculty?", "30"),
    ("10. Identity and authentication", "Does the service support federated authentication with the University's identity provider (e.g. SAML 2.0 via Microsoft Entra ID), and may access be restricted to specified IP address ranges?", "26"),
    ("10. Identity and authentication", "Is a second authentication factor available to users where federated sign-in is not in use?", "27"),
    ("10. Identity and authentication", "Where local accounts are used, can password policy (minimum length, expiry period, character requirements) be configured by the University?", "31"),
    ("10. Identity and authentication", "Are inactive user sessions automatically terminated after a defined period?", "32"),
    ("11. External interface protection", "Describe the controls protecting the service's external interfaces against attack, such as firewalls and web application firewalls.", "34"),
    ("12. Secure service administration", "Describe how the supplier's administrators access production systems, including whether named individual accounts and multi-factor authentication are used, and whether privileged access is granted on a least-privilege basis and revoked promptly when no longer required.", "23;24"),
    ("12. Secure service administration", "Are the actions of operations staff on production systems recorded, and are such records protected from alteration?", "17"),
    ("13. Audit information for customers", "For how long are audit and access logs retained, and would they enable an incident to be investigated retrospectively?", "20"),
    ("13. Audit information for customers", "Will the supplier permit the University, or auditors appointed by it, to carry out an on-site audit of the supplier's premises and operations on reasonable notice?", "none"),
    ("14. Secure use of the service", "Please confirm whether the supplier makes use of generative AI tools in processing University data and, if so, what safeguards prevent that data from being used for model training.", "50"),
]
