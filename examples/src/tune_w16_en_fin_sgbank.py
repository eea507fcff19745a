"""Tune: Straitsway Digital Bank Ltd. (Singapore digital bank) - Outsourcing Risk Assessment, Technology Service Provider.

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. Written by the bank's Third-Party Risk Office as a terse Y/N checklist in Singapore banking shorthand (TSP, the Bank, the Authority, material outsourcing), with MAS-style concerns phrased in the bank's own words.
"""

FILE = "tune/round16_en_fin/straitsway_tsp_ora.xlsx"
SHEET = "TSP ORA Checklist"
CREATOR = "Tan Wei Ling"
CREATED = (2026, 9, 14, 10, 0, 0)
MODIFIED = (2026, 9, 15, 16, 30, 0)
TITLE = "Straitsway Digital Bank - Outsourcing Risk Assessment (ORA) - Technology Service Provider Checklist v3.2"
INSTRUCTION = ("TSP to complete all items. Response: Y / N / Partial / NA. Give evidence ref. or short "
               "explanation in Comments. Incomplete returns will delay onboarding. Return to TPRM Office "
               "(Vendor Risk) within 10 business days.")

QUESTIONS = [
    # A. Engagement & materiality
    ("A. Engagement", "A1. Scope of service to the Bank - modules, users, customer/staff info processed. Brief description.", "none"),
    ("A. Engagement", "A2. TSP financial standing - audited financial statements, last 2 FYs.", "none"),
    ("A. Engagement", "A3. Group structure / ultimate holding co. / major shareholders.", "none"),
    ("A. Engagement", "A4. PI and cyber insurance in force? Insurer and limit of cover.", "none"),
    ("A. Engagement", "A5. Pre-contract pack for evaluation (service description, SLA/SLO) available to the Bank?", "5"),

    # B. Governance
    ("B. Governance", "B1. IS policy approved by senior mgmt? Communicated to all staff?", "1"),
    ("B. Governance", "B2. IS policy review - frequency; ad hoc review on major change to service?", "2"),
    ("B. Governance", "B3. Documented IS procedures / ISMS manual (BAU activities, emergency response).", "3"),
    ("B. Governance", "B4. Internal check of adherence to own IS policies - frequency.", "4"),
    ("B. Governance", "B5. ISO/IEC 27001 certified? Provide cert no.", "51"),
    ("B. Governance", "B6. SOC 2 Type II (or equiv.) report for last 12 mths - attach.", "none"),
    ("B. Governance", "B7. Staff security awareness training - on joining + periodic.", "47"),
    ("B. Governance", "B8. Pre-employment screening for staff with access to Bank data (criminal, credit).", "none"),
    ("B. Governance", "B9. Independent review of TSP controls (internal audit, external cert audit, pen test) performed regularly?", "46"),

    # C. Data & confidentiality
    ("C. Data", "C1. Country/countries where Bank data stored and processed (incl. DR).", "43"),
    ("C. Data", "C2. Laws and regulatory regimes TSP itself is subject to - list.", "none"),
    ("C. Data", "C3. Bank data encrypted at rest and in transit? (Y/N)", "35;36"),
    ("C. Data", "C4. In-transit encryption - TLS versions supported.", "36"),
    ("C. Data", "C5. Customer-managed keys / BYOK / HSM supported?", "none"),
    ("C. Data", "C6. Logical segregation of Bank data from other tenants.", "28"),
    ("C. Data", "C7. Personal data protected per applicable data protection law - privacy policy ref.", "45"),
    ("C. Data", "C8. Gen AI tools - Bank data used to train models? Controls over AI usage.", "50"),
    ("C. Data", "C9. Secure handling and disposal of media/hardcopy holding Bank data.", "38"),
    ("C. Data", "C10. Credentials / API keys kept out of source code; secrets vault used?", "22"),

    # D. Sub-contracting
    ("D. Sub-contracting", "D1. Full list of sub-contractors incl. cloud hosting, role and location.", "none"),
    ("D. Sub-contracting", "D2. Confidentiality and security obligations flowed down to sub-contractors?", "48"),
    ("D. Sub-contracting", "D3. Bank's prior written consent before new/changed sub-contracting - agreed?", "none"),
    ("D. Sub-contracting", "D4. Physical access control at hosting DC (guards, access card, CCTV).", "7"),

    # E. Access control
    ("E. Access", "E1. TSP admin/ops accounts unique per individual? MFA for server login?", "23"),
    ("E. Access", "E2. Privileged access - request/approval, least privilege, removal when no longer needed.", "24"),
    ("E. Access", "E3. Password standard for TSP ops accounts defined (strength)?", "25"),
    ("E. Access", "E4. Periodic recertification of privileged IDs - frequency, last review date.", "none"),
    ("E. Access", "E5. Bank users - SSO with Bank IdP supported?", "26"),
    ("E. Access", "E6. 2FA available for Bank users?", "27"),
    ("E. Access", "E7. Access restricted to Bank IP ranges (whitelisting)?", "26"),
    ("E. Access", "E8. Role-based privileges configurable by Bank admin.", "30"),
    ("E. Access", "E9. Bank-configurable password rules (min length, expiry).", "31"),
    ("E. Access", "E10. Auto-logout on idle session.", "32"),

    # F. Operations & security
    ("F. Operations", "F1. Regular VA scans and timely patch application?", "13;11"),
    ("F. Operations", "F2. Vulnerability intel monitored; remediation prioritised by severity.", "11"),
    ("F. Operations", "F3. Patch SLA for critical/high vulns (no. of days).", "none"),
    ("F. Operations", "F4. Independent VAPT - frequency; provide latest executive summary.", "none"),
    ("F. Operations", "F5. Anti-malware / EDR on servers and admin endpoints; real-time scanning.", "19"),
    ("F. Operations", "F6. FW / WAF protecting internet-facing services?", "34"),
    ("F. Operations", "F7. DDoS mitigation - provider and capacity.", "none"),
    ("F. Operations", "F8. Network config management, device monitoring, documented access rules.", "33"),
    ("F. Operations", "F9. Security event logging and alerting; logs protected from tampering.", "18"),
    ("F. Operations", "F10. Log retention period; sufficient for incident investigation?", "20"),
    ("F. Operations", "F11. Prod admin activity logged; maker-checker on prod work?", "17"),
    ("F. Operations", "F12. Clock sync (NTP) across all servers / network devices.", "21"),
    ("F. Operations", "F13. Change mgmt - advance notice to Bank of changes with user impact.", "10"),
    ("F. Operations", "F14. SOPs for application/OS/server/network ops documented and kept current.", "9"),
    ("F. Operations", "F15. Capacity monitoring and scaling (month-end payroll peaks).", "12"),
    ("F. Operations", "F16. 24x7 SOC - in-house or MSSP? Name.", "none"),

    # G. Incident management
    ("G. Incident", "G1. Incident response procedure and escalation structure in place.", "49"),
    ("G. Incident", "G2. Notify Bank within 1 hr of discovering incident affecting Bank data/service - confirm.", "none"),
    ("G. Incident", "G3. Service availability monitored; status page for the Bank?", "15"),
    ("G. Incident", "G4. System fault detection; channel for fault notification to Bank (portal/email).", "16"),
    ("G. Incident", "G5. Support / complaints contact point and hours.", "6"),

    # H. Resilience
    ("H. Resilience", "H1. Availability commitment (%) and exclusions.", "5"),
    ("H. Resilience", "H2. Service credits for SLA breach.", "none"),
    ("H. Resilience", "H3. Redundancy - multi-DC / multi-AZ; recovery in alternate region on major disaster?", "39"),
    ("H. Resilience", "H4. Backups - scope, offsite/alt-region copy, success monitoring.", "14"),
    ("H. Resilience", "H5. RTO / RPO committed to the Bank (hrs).", "none"),
    ("H. Resilience", "H6. BCP/DR exercised at least annually; plan updated after test?", "40"),
    ("H. Resilience", "H7. Hosting DC - fire suppression and backup power.", "42;41"),
    ("H. Resilience", "H8. Hosting DC - site selection vs flood/seismic; temp/humidity control.", "8"),

    # I. Audit, regulatory & exit
    ("I. Audit & Exit", "I1. Audit/inspection access for the Bank, its auditors and the Authority (incl. sub-contractors) - agreed?", "none"),
    ("I. Audit & Exit", "I2. IP - scope of Bank's licence to use the platform and restrictions.", "44"),
    ("I. Audit & Exit", "I3. Data return on termination - format / self-export.", "37"),
    ("I. Audit & Exit", "I4. Certificate of destruction for Bank data post-exit.", "none"),
    ("I. Audit & Exit", "I5. Exit plan - transition assistance to alternate provider, min. notice period.", "none"),
]
