"""Tune: Kroonwijk Logistics B.V. (Dutch logistics group, onboarding an HR/payroll SaaS for its Yokohama subsidiary) - Supplier Assessment Information Security & Data Protection (GDPR).

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. Written by the group Privacy Officer with the CISO office in formal European English ("the Supplier shall", "please indicate", GDPR article references), with a strong data-protection focus.
"""

FILE = "tune/round16_en_apac/kroonwijk_supplier_assessment_gdpr.xlsx"
SHEET = "Supplier Assessment"
CREATOR = "Sanne de Vries"
CREATED = (2026, 9, 14, 10, 0, 0)
MODIFIED = (2026, 9, 15, 16, 30, 0)
TITLE = "Kroonwijk Logistics B.V. - Supplier Assessment: Information Security & Data Protection (GDPR)"
INSTRUCTION = ("Please answer every question in the Response column and explain shortly in the Comments column. "
               "Where a document is requested, please attach it or refer to the public URL. "
               "This assessment forms part of the processor due diligence under Art. 28(1) GDPR.")

QUESTIONS = [
    ("A. Organisation", "A.1 Has the Supplier appointed a Data Protection Officer or a designated privacy contact? Please provide the contact details.", "none"),
    ("A. Organisation", "A.2 Does the Supplier have an information security policy that has been approved by management and communicated to its staff?", "1"),
    ("A. Organisation", "A.3 Please indicate how often the information security policy is reviewed, and whether it is also reviewed following significant changes.", "2"),
    ("A. Organisation", "A.4 Are the security measures, responsibilities and procedures documented, for example in an ISMS manual?", "3"),
    ("A. Organisation", "A.5 Does the Supplier periodically verify internally that its own policies are complied with? Please indicate the frequency.", "4"),
    ("A. Organisation", "A.6 Is the Supplier in possession of a valid ISO/IEC 27001 certificate? Please state the certificate number.", "51"),
    ("A. Organisation", "A.7 Please attach a copy of the ISO/IEC 27001 certificate and the Statement of Applicability, and describe the scope of the certification.", "none"),
    ("A. Organisation", "A.8 Are independent internal and external audits of the information security management system carried out periodically?", "46"),
    ("A. Organisation", "A.9 Do all staff receive information security and privacy awareness training on joining and periodically thereafter?", "47"),
    ("A. Organisation", "A.10 Are confidentiality agreements and pre-employment screening in place for staff with access to personal data?", "none"),
    ("B. Data Protection", "B.1 The Supplier will act as processor within the meaning of Art. 4(8) GDPR. Is the Supplier willing to sign the Kroonwijk Data Processing Agreement (verwerkersovereenkomst)?", "none"),
    ("B. Data Protection", "B.2 Please describe how the Supplier ensures that personal data is processed in accordance with applicable data protection legislation, and refer to the relevant privacy statement.", "45"),
    ("B. Data Protection", "B.3 In which country or countries will personal data be stored and processed? Please specify the location of the data centres.", "43"),
    ("B. Data Protection", "B.4 Personal data of EU data subjects (seconded Dutch staff) may be transferred to Japan. Please confirm the transfer mechanism relied upon (adequacy decision, SCCs) and whether a transfer impact assessment has been performed.", "none"),
    ("B. Data Protection", "B.5 Will personal data be accessed from any country other than the country of storage, for example for support or maintenance?", "none"),
    ("B. Data Protection", "B.6 Please provide a complete list of sub-processors, including their location and the processing activities they perform.", "none"),
    ("B. Data Protection", "B.7 The Supplier shall impose equivalent security and confidentiality obligations on its subcontractors. Please describe how subcontractors are selected and contractually bound.", "48"),
    ("B. Data Protection", "B.8 Will the Supplier inform Kroonwijk in advance of any intended change of sub-processors and give Kroonwijk the opportunity to object (Art. 28(2) GDPR)?", "none"),
    ("B. Data Protection", "B.9 Does the Supplier assist the controller in responding to data subject requests (access, rectification, erasure, portability) within the statutory deadlines?", "none"),
    ("B. Data Protection", "B.10 Will the Supplier assist Kroonwijk in carrying out a Data Protection Impact Assessment (DPIA) where required?", "none"),
    ("B. Data Protection", "B.11 Please describe the Supplier's rules on the use of generative AI, in particular whether our data may be entered into AI tools or used to train models.", "50"),
    ("B. Data Protection", "B.12 Upon termination of the agreement the Supplier shall return all personal data and subsequently delete it. Please describe the procedure and the export format available.", "37"),
    ("B. Data Protection", "B.13 Please state the retention period after termination before deletion, and confirm that a written confirmation of deletion will be provided.", "none"),
    ("B. Data Protection", "B.14 Is the data of Kroonwijk logically separated from the data of other customers of the platform?", "28"),
    ("C. Technical Measures", "C.1 Is personal data encrypted at rest and in transit? Please specify the TLS versions supported.", "35;36"),
    ("C. Technical Measures", "C.2 Please describe the key management, including who has access to the encryption keys and the key rotation interval.", "none"),
    ("C. Technical Measures", "C.3 Are administrator accounts personal, and is multi-factor authentication required for access to production servers?", "23"),
    ("C. Technical Measures", "C.4 Please describe the joiner-mover-leaver process for administrative access and how the principle of least privilege is applied.", "24"),
    ("C. Technical Measures", "C.5 Is a password policy in place for administrators (length, complexity)?", "25"),
    ("C. Technical Measures", "C.6 Does the service offer single sign-on and restriction of access by IP address?", "26"),
    ("C. Technical Measures", "C.7 Does the application offer multi-factor authentication for end users?", "27"),
    ("C. Technical Measures", "C.8 Can the customer configure the password policy for end users (minimum length, expiry, character requirements)?", "31"),
    ("C. Technical Measures", "C.9 Are inactive sessions terminated automatically?", "32"),
    ("C. Technical Measures", "C.10 Can the customer administrator manage user accounts and assign roles and authorisations within the application?", "29;30"),
    ("C. Technical Measures", "C.11 Does the application keep an audit trail of read access to personnel records by our users, exportable by the customer?", "none"),
    ("C. Technical Measures", "C.12 Please describe the measures in place against malware on servers and on workstations of staff.", "19"),
    ("C. Technical Measures", "C.13 Does the Supplier ensure that credentials and secrets are not stored in source code?", "22"),
    ("C. Technical Measures", "C.14 Please describe the perimeter protection against attacks from the internet (e.g. firewall, WAF).", "34"),
    ("C. Technical Measures", "C.15 Is the network configuration managed, and are network access controls documented and implemented?", "33"),
    ("C. Technical Measures", "C.16 Are storage media handled securely and disposed of in such a way that data cannot be recovered?", "38"),
    ("D. Operations", "D.1 Are operating procedures for systems and network components documented and kept up to date?", "9"),
    ("D. Operations", "D.2 Does the Supplier apply a change management process, and are customers notified in advance of changes that affect them?", "10"),
    ("D. Operations", "D.3 Please describe the vulnerability management process, including how security advisories are monitored and patches prioritised.", "11"),
    ("D. Operations", "D.4 Within which timeframe are critical vulnerabilities remediated?", "none"),
    ("D. Operations", "D.5 Are penetration tests and vulnerability assessments performed by an independent third party? Please indicate the frequency.", "13"),
    ("D. Operations", "D.6 Please provide the management summary of the most recent penetration test.", "none"),
    ("D. Operations", "D.7 Are the activities of system administrators logged, and does the four-eyes principle apply to work in production?", "17"),
    ("D. Operations", "D.8 Are security events logged and alerted on, and are these logs protected against tampering?", "18"),
    ("D. Operations", "D.9 What is the retention period of access and audit logs?", "20"),
    ("D. Operations", "D.10 Are all systems synchronised with a reliable time source?", "21"),
    ("D. Operations", "D.11 Is capacity monitored, and is the platform able to scale with demand?", "12"),
    ("E. Incidents", "E.1 Does the Supplier have a documented incident response procedure, and how will the customer be informed of incidents affecting its data?", "49"),
    ("E. Incidents", "E.2 The Supplier shall notify Kroonwijk of a personal data breach without undue delay and in any case within 24 hours, so that Kroonwijk can meet its 72-hour obligation under Art. 33 GDPR. Please confirm.", "none"),
    ("E. Incidents", "E.3 Has the Supplier experienced a personal data breach that was reported to a supervisory authority in the last three years?", "none"),
    ("F. Continuity", "F.1 Please state the availability target of the service and any exclusions.", "5"),
    ("F. Continuity", "F.2 Is availability of the service monitored, and where can the customer see the current status?", "15"),
    ("F. Continuity", "F.3 How is the customer informed of failures or disruptions?", "16"),
    ("F. Continuity", "F.4 Is the service redundant across multiple data centres, including recovery in another region?", "39"),
    ("F. Continuity", "F.5 Is a business continuity plan in place, and is it tested at least annually?", "40"),
    ("F. Continuity", "F.6 Please state the RTO and RPO of the service.", "none"),
    ("F. Continuity", "F.7 Are backups of customer data made, monitored, and stored at a separate location?", "14"),
    ("F. Continuity", "F.8 Is physical access to the data centre restricted (access control, surveillance, guarding)?", "7"),
    ("F. Continuity", "F.9 Are the data centre facilities equipped with backup power and with automatic fire detection and suppression?", "41;42"),
    ("F. Continuity", "F.10 Has the data centre location been selected taking environmental risks such as flooding and earthquakes into account?", "8"),
    ("G. Commercial", "G.1 Please state the Supplier's support channels and support hours.", "6"),
    ("G. Commercial", "G.2 Are the licence terms and intellectual property rights regarding the service set out in the terms of use?", "44"),
    ("G. Commercial", "G.3 Does the Supplier carry cyber and professional liability insurance? Please state the insured amount.", "none"),
    ("G. Commercial", "G.4 Does the Supplier agree to an audit by Kroonwijk or an independent auditor appointed by Kroonwijk (Art. 28(3)(h) GDPR)?", "none"),
]
