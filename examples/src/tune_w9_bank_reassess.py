"""Tune: Lakeshore Commonwealth Bank - Annual Third-Party Re-Assessment (Information Security and Resiliency).

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. The same US regional bank's shorter annual re-assessment for an existing vendor: mostly short yes/no questions, each followed by an "If yes, describe ..." clause, many of them asking whether anything has changed since the prior review (leadership, ownership, subcontractors, incidents, outages, RTO/RPO, tooling) which the vendor's static approved answers cannot answer.
"""

FILE = "tune/round9_bank/lakeshore_annual_reassessment.xlsx"
SHEET = "Annual Reassessment 2025"
CREATOR = "Daniel Okafor"
CREATED = (2025, 10, 1, 10, 0, 0)
MODIFIED = (2025, 10, 2, 15, 0, 0)
TITLE = "Lakeshore Commonwealth Bank - Annual Third-Party Re-Assessment: Information Security and Resiliency"
INSTRUCTION = ("Answer Yes, No, or N/A in the Response column and enter any requested description in the Comments column; responses must reflect controls in place as of the date of submission.")

QUESTIONS = [
    ("Information Security Program", "Is your information security policy still reviewed at least once a year? If yes, describe any events that would prompt an interim review.", "2"),
    ("Information Security Program", "Is compliance with your internal security rules verified on a scheduled basis? If yes, describe how often this verification occurs.", "4"),
    ("Information Security Program", "Are your security measures, including routine activities and emergency response, documented in a security management manual? If yes, describe the topics it covers.", "3"),
    ("Information Security Program", "Has your Chief Information Security Officer or equivalent changed since our last assessment? If yes, describe the change and provide the new contact details.", "none"),
    ("Information Security Program", "Does your ISO/IEC 27001 certification remain valid? If yes, provide the registration number.", "51"),
    ("Information Security Program", "Has your organization obtained any new attestation reports (e.g., SOC 1, SOC 2, PCI DSS) during the past year? If yes, describe each and provide copies.", "none"),
    ("Compliance and Assurance", "Were internal and external audits of your security management system completed in the past year? If yes, describe the types of independent review performed.", "46"),
    ("Compliance and Assurance", "Did any high-risk audit findings remain open at the end of your most recent audit cycle? If yes, describe the remediation plan and target dates.", "none"),
    ("Compliance and Assurance", "Has your organization received any regulatory inquiry, penalty, or lawsuit related to privacy or data security in the past twelve months? If yes, describe.", "none"),
    ("Compliance and Assurance", "Has your organization undergone a change in ownership, a merger or acquisition, or a material change in financial condition since the prior review? If yes, describe.", "none"),
    ("Compliance and Assurance", "Do you maintain a published policy governing the handling of personal information? If yes, describe where the Bank can access the current version.", "45"),
    ("Personnel Security", "Do all employees receive security training at onboarding and at least yearly? If yes, describe the training schedule.", "47"),
    ("Personnel Security", "Are pre-employment background checks still required for personnel with access to client data? If yes, describe the checks performed.", "none"),
    ("Personnel Security", "Has there been significant turnover in your IT operations or security staff since the last assessment? If yes, describe the impact on security operations.", "none"),
    ("Access Control", "Are maintenance accounts for production systems still assigned to individual administrators? If yes, describe the authentication required to log in to servers.", "23"),
    ("Access Control", "Is there a documented procedure for granting, changing, and removing administrator access? If yes, describe how least privilege is applied.", "24"),
    ("Access Control", "Were access reviews of production systems completed at least quarterly during the review period? If yes, describe the evidence retained.", "none"),
    ("Access Control", "Is there a written password standard for system operators? If yes, describe what it governs (e.g., strength requirements).", "25"),
    ("Access Control", "Does the application still support single sign-on and IP-based access restrictions? If yes, describe the options available to the Bank's administrators.", "26"),
    ("Access Control", "Is a second authentication factor available to the Bank's application users? If yes, describe how the second factor is delivered.", "27"),
    ("Access Control", "Can the Bank's administrators define password rules for application users? If yes, describe which settings are configurable.", "31"),
    ("Access Control", "Does the application end user sessions after a set period? If yes, describe how session expiry is applied.", "32"),
    ("Access Control", "Can the Bank's administrators register and delete users and grant administrator privileges themselves? If yes, describe how this is done.", "29;30"),
    ("Data Protection", "Does the Bank's data remain encrypted both in storage and in transit? If yes, describe the at-rest encryption mechanism and the TLS versions in use.", "35;36"),
    ("Data Protection", "Has your approach to encryption key management changed since the last assessment? If yes, describe the change.", "none"),
    ("Data Protection", "Is Bank data still hosted only in data centers located in a single country? If yes, name the country and state whether more than one facility is used.", "43"),
    ("Data Protection", "Has Bank data been transferred to, or become accessible from, any additional country since the last assessment? If yes, identify the country and purpose.", "none"),
    ("Data Protection", "Is the Bank's data logically isolated from that of your other customers? If yes, describe the isolation mechanism.", "28"),
    ("Data Protection", "Can the Bank export its data before contract termination? If yes, describe the available formats and what happens to the data after termination.", "37"),
    ("Data Protection", "Are generative AI tools used in any process that handles Bank data? If yes, describe how such tools are approved and whether input data may be used for model training.", "50"),
    ("Data Protection", "Are removable media and paper records handled under a documented standard? If yes, describe how media are wiped or destroyed.", "38"),
    ("Data Protection", "Are passwords, API keys, and other secrets kept separate from source code? If yes, describe where they are stored and how this is checked.", "22"),
    ("Vulnerability Management", "Was a third-party application vulnerability assessment or penetration test completed in the past twelve months? If yes, describe its scope.", "13"),
    ("Vulnerability Management", "Were any critical or high findings from that test still unremediated as of this response? If yes, describe the remediation status.", "none"),
    ("Vulnerability Management", "Do you monitor vulnerability information for the operating systems, middleware, and applications used in the service? If yes, describe how remediation is prioritized.", "11"),
    ("Vulnerability Management", "Is EDR or antivirus software installed on servers and on staff laptops? If yes, describe how definition files are kept current.", "19"),
    ("Vulnerability Management", "Have you launched a bug bounty or public vulnerability disclosure program since the last assessment? If yes, describe it.", "none"),
    ("Network Security", "Are network access controls documented and maintained? If yes, describe how network devices are monitored.", "33"),
    ("Logging and Monitoring", "Do you still retain audit and access logs for the period stated in your last response? If yes, state the retention period.", "20"),
    ("Logging and Monitoring", "Is production work by operators pre-approved and carried out under a two-person check? If yes, describe how operator activity is recorded.", "17"),
    ("Logging and Monitoring", "Have you changed SIEM, EDR, or other security monitoring vendors since the last assessment? If yes, describe the change.", "none"),
    ("Incident Management", "Did you experience any security incident involving unauthorized access to client data in the past twelve months? If yes, describe the incident and whether Bank data was affected.", "none"),
    ("Incident Management", "Were there any unplanned service outages lasting more than four hours in the past year? If yes, describe each and its root cause.", "none"),
    ("Incident Management", "Do you notify customers when a system failure affects the service? If yes, describe the notification channels used.", "16"),
    ("Incident Management", "Do you give customers advance notice of maintenance and feature changes? If yes, describe where notices are posted.", "10"),
    ("Business Resiliency", "Was your business continuity plan exercised in the past twelve months? If yes, describe the type of exercise and whether procedures were revised.", "40"),
    ("Business Resiliency", "Does the service continue to run across multiple data centers? If yes, describe how it would be restored after a large-scale regional disaster.", "39"),
    ("Business Resiliency", "Are backup copies transferred to a data center in a different region? If yes, describe how backup failures are detected and resolved.", "14"),
    ("Business Resiliency", "Have your recovery time or recovery point objectives changed since the last review? If yes, provide the new values.", "none"),
    ("Third-Party Management", "Do your contracts with subcontractors require confidentiality and information security? If yes, describe how security is checked when a subcontractor is selected.", "48"),
    ("Third-Party Management", "Have you engaged any new subcontractors that store or process Bank data since the last assessment? If yes, list them and their locations.", "none"),
    ("Insurance", "Is your cyber liability insurance still in force? If yes, provide the carrier, limits, and policy expiration date.", "none"),
]
