"""Tune: Lakeland State Department of Personnel Services (US state agency, central HR for executive-branch employees) - Attachment F Information Security and Privacy Addendum to RFP DPS-2026-114.

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. Written by the agency's procurement officer with the state CISO office, in formal contract language ("The Contractor shall ...") with a Y/N response expected for each requirement and narrative only where asked.
"""

FILE = "tune/round16_en_gov/dps_rfp_2026_114_attachment_f.xlsx"
SHEET = "Attachment F - Security"
CREATOR = "Sandra K. Whitfield"
CREATED = (2026, 9, 14, 10, 0, 0)
MODIFIED = (2026, 9, 15, 16, 30, 0)
TITLE = "RFP DPS-2026-114 Human Capital Management SaaS - Attachment F: Information Security and Privacy Addendum"
INSTRUCTION = ("Offerors shall respond to each requirement by entering Y (will comply / currently complies) or N "
               "(will not comply) in the Response column. Any N response, and any requirement requesting a "
               "description or document, shall be explained in the Comments column. Failure to respond to a "
               "requirement may render the proposal non-responsive. \"State Data\" has the meaning given in "
               "Section 2 of the Master Agreement.")

QUESTIONS = [
    ("F.1 Security Governance", "F.1.1 The Contractor shall maintain a written information security program endorsed by its executive leadership, and shall communicate the governing security policy to all Contractor personnel and make it available to the State upon request. (Y/N)", "1"),
    ("F.1 Security Governance", "F.1.2 The Contractor shall review and, where necessary, revise its security policies no less than annually and whenever a material change is made to the hosted service. (Y/N)", "2"),
    ("F.1 Security Governance", "F.1.3 The Contractor shall document its security procedures, including routine operational activities and emergency response roles. Y/N; if Y, identify the controlling document.", "3"),
    ("F.1 Security Governance", "F.1.4 The Contractor shall verify, through periodic internal review performed at least once each year, that its personnel adhere to the Contractor's own security policies and rules. (Y/N)", "4"),
    ("F.1 Security Governance", "F.1.5 The Contractor shall hold a current SOC 2 Type II report covering the Security, Availability and Confidentiality criteria and shall furnish the most recent report to the State annually. (Y/N)", "none"),
    ("F.1 Security Governance", "F.1.6 Does the Contractor hold a current ISO/IEC 27001 certification for the organization delivering the proposed service? If Y, provide the certificate or registration number.", "51"),
    ("F.1 Security Governance", "F.1.7 Is the proposed solution FedRAMP or StateRAMP authorized (Ready, Provisional, or Authorized)? Indicate impact level.", "none"),
    ("F.1 Security Governance", "F.1.8 The Contractor shall subject its security controls to independent external assessment on a recurring basis, supplemented by internal audits. (Y/N)", "46"),
    ("F.2 Personnel and Third Parties", "F.2.1 The Contractor shall provide security awareness training to all personnel upon hire and at least annually thereafter. (Y/N)", "47"),
    ("F.2 Personnel and Third Parties", "F.2.2 The Contractor shall conduct fingerprint-based criminal history background checks on all personnel with access to State Data prior to granting access. (Y/N)", "none"),
    ("F.2 Personnel and Third Parties", "F.2.3 The Contractor shall ensure that State Data is not accessed, viewed or supported by personnel located outside the United States. (Y/N)", "none"),
    ("F.2 Personnel and Third Parties", "F.2.4 The Contractor shall evaluate the security posture of any subcontractor before engagement and shall bind each subcontractor by written agreement to confidentiality and security obligations no less stringent than those herein. (Y/N)", "48"),
    ("F.2 Personnel and Third Parties", "F.2.5 Provide a complete list of all subcontractors and third-party service providers that will store, process or transmit State Data, including the services each provides and their locations.", "none"),
    ("F.3 Hosting and Data Location", "F.3.1 Identify every country in which State Data will be stored or processed.", "43"),
    ("F.3 Hosting and Data Location", "F.3.2 The Contractor shall identify the hosting provider and describe the physical entry controls at the hosting facility (e.g., badge readers, on-site guards, CCTV recording). (Y/N)", "7"),
    ("F.3 Hosting and Data Location", "F.3.3 Describe the environmental safeguards at the hosting facility, including climate control, water detection, and siting with respect to flood and seismic risk.", "8"),
    ("F.3 Hosting and Data Location", "F.3.4 The hosting facility shall have redundant utility feeds with UPS and generator backup sufficient to sustain operations during a utility outage. (Y/N)", "41"),
    ("F.3 Hosting and Data Location", "F.3.5 Computer rooms at the hosting facility shall be equipped with fire detection, alarm, and automatic suppression systems. (Y/N)", "42"),
    ("F.4 Data Protection", "F.4.1 The Contractor shall encrypt all State Data at rest, including in databases and file storage. (Y/N)", "35"),
    ("F.4 Data Protection", "F.4.2 All cryptographic modules used to protect State Data shall be FIPS 140-2 or 140-3 validated. Provide the CMVP certificate numbers.", "none"),
    ("F.4 Data Protection", "F.4.3 The Contractor shall encrypt all State Data transmitted over public networks using TLS version 1.2 or higher. (Y/N)", "36"),
    ("F.4 Data Protection", "F.4.4 Will the State be able to supply and rotate its own encryption keys (BYOK / customer-managed keys)? (Y/N)", "none"),
    ("F.4 Data Protection", "F.4.5 The Contractor shall not embed passwords, API keys, database connection strings or other secrets in application source code. (Y/N)", "22"),
    ("F.4 Data Protection", "F.4.6 The Contractor shall logically segregate State Data from the data of its other customers within any multi-tenant environment. Describe the segregation method.", "28"),
    ("F.4 Data Protection", "F.4.7 The Contractor shall control the storage and handling of paper and electronic media containing State Data and shall destroy such media in a manner that renders the data unrecoverable. (Y/N)", "38"),
    ("F.5 Access Control", "F.5.1 Contractor administrators shall access production systems only through uniquely assigned named accounts protected by multi-factor authentication. (Y/N)", "23"),
    ("F.5 Access Control", "F.5.2 The Contractor shall follow documented procedures for granting, modifying and revoking privileged access, shall limit such access to the minimum necessary, and shall remove it when no longer required. (Y/N)", "24"),
    ("F.5 Access Control", "F.5.3 Passwords for Contractor administrative accounts shall conform to a documented password strength standard. (Y/N)", "25"),
    ("F.5 Access Control", "F.5.4 The Contractor shall review all privileged user access rights at least quarterly and retain evidence of each review for audit. (Y/N)", "none"),
    ("F.5 Access Control", "F.5.5 The solution shall support single sign-on and shall permit the State to restrict application access to State-designated IP address ranges. (Y/N)", "26"),
    ("F.5 Access Control", "F.5.6 The solution shall support multi-factor authentication for State end users. Identify the second factor(s) supported.", "27"),
    ("F.5 Access Control", "F.5.7 The solution shall support automated user provisioning and de-provisioning via SCIM 2.0 from the State's identity management system. (Y/N)", "none"),
    ("F.5 Access Control", "F.5.8 Authorized State administrators shall be able to create and deactivate user accounts, and to assign and revoke administrative permissions, within the application without Contractor involvement. (Y/N)", "29;30"),
    ("F.5 Access Control", "F.5.9 The solution shall allow the State to set minimum password length, password expiration and permitted character rules for end users. (Y/N)", "31"),
    ("F.5 Access Control", "F.5.10 User sessions shall be terminated automatically after no more than fifteen (15) minutes of inactivity, and the timeout value shall be configurable by the State. (Y/N)", "none"),
    ("F.6 Logging and Monitoring", "F.6.1 The Contractor shall record all actions performed by its personnel on systems that host or process State Data. (Y/N)", "17"),
    ("F.6 Logging and Monitoring", "F.6.2 Security-relevant events and system exceptions shall be captured in audit logs, shall generate alerts to responsible personnel, and shall be protected against alteration. (Y/N)", "18"),
    ("F.6 Logging and Monitoring", "F.6.3 The Contractor shall retain access and audit logs for a minimum of one (1) year and shall make them available to support incident investigations. State the Contractor's actual retention period.", "20"),
    ("F.6 Logging and Monitoring", "F.6.4 All servers and network devices supporting the service shall synchronize their clocks to an authoritative time source. (Y/N)", "21"),
    ("F.6 Logging and Monitoring", "F.6.5 Does the Contractor continuously monitor the operational status of the service and publish current service status to customers? (Y/N)", "15"),
    ("F.7 Vulnerability and Threat Management", "F.7.1 The Contractor shall track vulnerability disclosures affecting the components of the service and shall apply patches prioritized according to risk and severity. (Y/N)", "11"),
    ("F.7 Vulnerability and Threat Management", "F.7.2 Critical-severity vulnerabilities shall be remediated within fifteen (15) calendar days of identification and high-severity within thirty (30) calendar days. (Y/N)", "none"),
    ("F.7 Vulnerability and Threat Management", "F.7.3 The Contractor shall engage an independent third party to perform penetration testing of the application and hosting infrastructure at least annually, and shall remediate findings. (Y/N)", "13"),
    ("F.7 Vulnerability and Threat Management", "F.7.4 Provide an executive summary of the most recent penetration test, including the date performed, the testing firm, and the number of open high or critical findings.", "none"),
    ("F.7 Vulnerability and Threat Management", "F.7.5 The Contractor shall protect all servers and all Contractor endpoints used to administer the service with anti-malware or endpoint detection and response software kept current. (Y/N)", "19"),
    ("F.7 Vulnerability and Threat Management", "F.7.6 The service perimeter shall be protected by network firewalls and a web application firewall capable of detecting and blocking attacks. (Y/N)", "34"),
    ("F.7 Vulnerability and Threat Management", "F.7.7 Describe how the Contractor manages and monitors its network, including documented rules governing network access.", "33"),
    ("F.7 Vulnerability and Threat Management", "F.7.8 The Contractor shall maintain malware protection on its servers and shall apply security patches to those servers in a timely manner. (Y/N)", "19;11"),
    ("F.8 Operations", "F.8.1 The Contractor shall maintain written operating procedures for the applications, operating systems, servers and network equipment comprising the service, and shall update them whenever operational steps change. (Y/N)", "9"),
    ("F.8 Operations", "F.8.2 The Contractor shall control changes to the production environment and shall give the State advance notice of any change that will affect State users. (Y/N)", "10"),
    ("F.8 Operations", "F.8.3 The Contractor shall monitor system capacity and performance and shall scale resources to meet demand, including at payroll processing peaks. (Y/N)", "12"),
    ("F.9 Incident Response", "F.9.1 The Contractor shall maintain a documented security incident response procedure with defined roles, escalation paths, and root-cause and corrective-action steps. (Y/N)", "49"),
    ("F.9 Incident Response", "F.9.2 The Contractor shall notify the State Chief Information Security Officer by telephone within twenty-four (24) hours of discovering any actual or suspected Security Incident involving State Data. (Y/N)", "none"),
    ("F.9 Incident Response", "F.9.3 The Contractor shall bear all costs of breach notification, credit monitoring, and call center support required by state law where a breach results from the Contractor's acts or omissions. (Y/N)", "none"),
    ("F.9 Incident Response", "F.9.4 The Contractor shall inform the State of system failures and service disruptions affecting State users, including by direct communication to the State's designated contact where the impact warrants. (Y/N)", "16"),
    ("F.10 Business Continuity", "F.10.1 The Contractor shall back up State Data at least daily and retain backups for no less than ninety (90) days. State the Contractor's Recovery Point Objective (RPO) and Recovery Time Objective (RTO).", "none"),
    ("F.10 Business Continuity", "F.10.2 Are State Data, application software and system configurations backed up to a geographically separate location, with backup jobs monitored for success? (Y/N)", "14"),
    ("F.10 Business Continuity", "F.10.3 The Contractor shall maintain a business continuity plan for the service and shall exercise and update it at least annually. (Y/N)", "40"),
    ("F.10 Business Continuity", "F.10.4 The production environment shall be architected with redundancy across multiple data centers so that the loss of a single facility does not interrupt service. (Y/N)", "39"),
    ("F.10 Business Continuity", "F.10.5 State the guaranteed monthly availability percentage and the service credits payable to the State for failure to meet it.", "none"),
    ("F.11 Privacy and Legal", "F.11.1 The Contractor shall safeguard personally identifiable information of State employees as required by applicable federal and state privacy law. Reference the Contractor's privacy policy.", "45"),
    ("F.11 Privacy and Legal", "F.11.2 Upon expiration or termination, the Contractor shall make all State Data available for export in a non-proprietary format and shall thereafter delete it. Describe the process.", "37"),
    ("F.11 Privacy and Legal", "F.11.3 The Contractor shall certify in writing the destruction of all State Data, including backups, within thirty (30) days following termination. (Y/N)", "none"),
    ("F.11 Privacy and Legal", "F.11.4 The Contractor acknowledges that State Data may be subject to public records requests and litigation holds and shall assist the State in producing responsive records within five (5) business days. (Y/N)", "none"),
    ("F.11 Privacy and Legal", "F.11.5 Does the Contractor use generative AI or machine-learning services in processing State Data? If so, describe the controls applied and confirm that State Data is not used to train models.", "50"),
    ("F.11 Privacy and Legal", "F.11.6 Identify where the terms governing the State's license to use Contractor intellectual property, and any restrictions on that use, are set out.", "44"),
    ("F.11 Privacy and Legal", "F.11.7 Provide a current certificate of insurance evidencing cyber liability coverage of not less than $5,000,000 per occurrence, naming the State as additional insured.", "none"),
    ("F.11 Privacy and Legal", "F.11.8 The solution shall conform to Section 508 and WCAG 2.1 Level AA. Provide a current VPAT / Accessibility Conformance Report.", "none"),
    ("F.12 Service Information", "F.12.1 The Contractor shall furnish service-level and security documentation sufficient for the State to evaluate the offering prior to award, including the availability objective. (Y/N)", "5"),
    ("F.12 Service Information", "F.12.2 Describe the support channels and hours of coverage available to State administrators, and the process for registering complaints.", "6"),
    ("F.12 Service Information", "F.12.3 Provide audited financial statements for the Contractor's three (3) most recent fiscal years.", "none"),
]
