"""Tune: Kestrel Pay Ltd (London payments fintech) - Supplier Security Review, SaaS.

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. Written by the fintech's two-person security engineering team in very terse engineer shorthand (SSO? SCIM? MFA? TLS min?), FCA-regulated payments firm, UK GDPR focus.
"""

FILE = "tune/round16_en_fin/kestrelpay_saas_secreview.xlsx"
SHEET = "SaaS Sec Review"
CREATOR = "Priya Raman"
CREATED = (2026, 9, 14, 10, 0, 0)
MODIFIED = (2026, 9, 15, 16, 30, 0)
TITLE = "Kestrel Pay - Supplier Security Review (SaaS) - HRIS/Payroll"
INSTRUCTION = ("Short answers fine. Y/N + one line + link/evidence where you have it. Don't paste marketing. "
               "Anything 'N' that you plan to fix: give ETA in Comments. Sec team: security@kestrelpay.example")

QUESTIONS = [
    # Assurance
    ("Assurance", "ISO 27001? Cert #?", "51"),
    ("Assurance", "SOC 2 T2? Period covered + bridge letter.", "none"),
    ("Assurance", "PCI DSS AOC (if any CHD in scope)?", "none"),
    ("Assurance", "InfoSec policy - signed off by mgmt? Published to all staff?", "1"),
    ("Assurance", "Policy review cadence?", "2"),
    ("Assurance", "ISMS manual / documented control procedures?", "3"),
    ("Assurance", "Internal compliance checks vs own policies - freq?", "4"),
    ("Assurance", "Independent audit / ext assessment - how often?", "46"),
    ("Assurance", "Sec awareness training: joiners + annual refresh?", "47"),
    ("Assurance", "BG checks (BS 7858 or equiv) for staff w/ prod access?", "none"),

    # AuthN / AuthZ (customer side)
    ("AuthN/AuthZ", "SSO?", "26"),
    ("AuthN/AuthZ", "SAML 2.0 or OIDC? SP- and IdP-initiated?", "none"),
    ("AuthN/AuthZ", "SCIM?", "none"),
    ("AuthN/AuthZ", "MFA for end users (non-SSO logins)? Factor type?", "27"),
    ("AuthN/AuthZ", "FIDO2 / WebAuthn / hardware keys?", "none"),
    ("AuthN/AuthZ", "IP allowlisting per tenant?", "26"),
    ("AuthN/AuthZ", "Pwd policy configurable (len / expiry / charset)?", "31"),
    ("AuthN/AuthZ", "Idle session timeout?", "32"),
    ("AuthN/AuthZ", "Session TTL configurable by tenant admin?", "none"),
    ("AuthN/AuthZ", "RBAC - admin vs standard user privs?", "30"),
    ("AuthN/AuthZ", "User create/delete via admin UI?", "29"),
    ("AuthN/AuthZ", "Tenant audit log export / API for our SIEM (Sentinel)?", "none"),

    # Internal access
    ("Internal Access", "Prod access: named accts only, no shared? MFA to servers?", "23"),
    ("Internal Access", "Priv access - JML process, least priv, revoke when no longer needed?", "24"),
    ("Internal Access", "Access reviews - quarterly? Evidence?", "none"),
    ("Internal Access", "Admin pwd standard?", "25"),
    ("Internal Access", "Ops actions on prod logged? 4-eyes + pre-approval?", "17"),
    ("Internal Access", "Admin/operator actions logged? Log retention?", "17;20"),

    # Crypto
    ("Crypto", "Enc at rest? In transit?", "35;36"),
    ("Crypto", "TLS min version?", "36"),
    ("Crypto", "KMS - CMK / BYOK option?", "none"),
    ("Crypto", "Secrets: none in repo? Secrets manager?", "22"),

    # Infra
    ("Infra", "Data residency - country/region of prod + DR?", "43"),
    ("Infra", "UK or EU hosting option?", "none"),
    ("Infra", "Tenancy model + tenant isolation?", "28"),
    ("Infra", "Perimeter: FW + WAF?", "34"),
    ("Infra", "DDoS - Shield Advanced / Cloudflare / other?", "none"),
    ("Infra", "Net config mgmt + device monitoring?", "33"),
    ("Infra", "EDR on servers + eng laptops?", "19"),
    ("Infra", "Vuln mgmt - CVE intel, severity-based triage?", "11"),
    ("Infra", "Patch SLAs crit/high (days)?", "none"),
    ("Infra", "Pentest - 3rd party? cadence? findings tracked to fix?", "13"),
    ("Infra", "Latest pentest exec summary + remediation status (NDA ok)?", "none"),
    ("Infra", "Bug bounty / VDP?", "none"),
    ("Infra", "Runbooks documented + current?", "9"),
    ("Infra", "Change mgmt - advance notice to customers for impacting changes?", "10"),
    ("Infra", "Capacity mgmt / autoscaling?", "12"),
    ("Infra", "NTP?", "21"),
    ("Infra", "Media sanitisation / disposal?", "38"),
    ("Infra", "DC phys sec - inherited from CSP?", "7"),

    # Logging & IR
    ("Logging & IR", "Sec event logging + alerting? Tamper-resistant?", "18"),
    ("Logging & IR", "Audit/access log retention - how long? Enough for forensics?", "20"),
    ("Logging & IR", "IR plan + escalation / reporting lines?", "49"),
    ("Logging & IR", "Breach notification SLA to us (hrs)?", "none"),
    ("Logging & IR", "Status page URL?", "15"),
    ("Logging & IR", "Fault comms - email to named contacts?", "16"),
    ("Logging & IR", "Support channels + hours?", "6"),

    # BC/DR
    ("BC/DR", "SLA uptime %?", "5"),
    ("BC/DR", "Multi-AZ / multi-region?", "39"),
    ("BC/DR", "Backups - cross-region copy? Job success monitored?", "14"),
    ("BC/DR", "RTO/RPO?", "none"),
    ("BC/DR", "BCP exercised annually?", "40"),
    ("BC/DR", "DC power redundancy (UPS/gen)?", "41"),
    ("BC/DR", "DC fire detection + suppression?", "42"),
    ("BC/DR", "DC env hazards (flood/quake), HVAC?", "8"),

    # Data / privacy / 3P
    ("Data & 3P", "UK GDPR - DPA + IDTA/UK Addendum for transfer to JP?", "none"),
    ("Data & 3P", "Personal data handling - privacy notice link?", "45"),
    ("Data & 3P", "GenAI - our data used for training? Internal policy?", "50"),
    ("Data & 3P", "Offboarding - data export + deletion on exit?", "37"),
    ("Data & 3P", "Deletion within 30d of termination - confirm in writing?", "none"),
    ("Data & 3P", "Subprocessor list + change notification?", "none"),
    ("Data & 3P", "Sec reqs flowed down to subcontractors via contract?", "48"),
    ("Data & 3P", "IP / licence terms - where documented?", "44"),
]
