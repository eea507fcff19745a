"""Tune: Riverbend Community Federal Credit Union (US credit union) - Vendor Due Diligence Questionnaire.

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. Written by the credit union's vendor management coordinator in friendly plain English ("Please describe...", "Could you tell us..."), with NCUA/GLBA concerns and little security jargon.
"""

FILE = "tune/round16_en_fin/riverbend_fcu_vendor_dd.xlsx"
SHEET = "Vendor Due Diligence"
CREATOR = "Debbie Kowalski"
CREATED = (2026, 9, 14, 10, 0, 0)
MODIFIED = (2026, 9, 15, 16, 30, 0)
TITLE = "Riverbend Community FCU - Vendor Due Diligence Questionnaire (HR & Payroll Software)"
INSTRUCTION = ("Thank you for taking the time to fill this out! Please answer each question in the Response "
               "column and add any details or document names in Comments. If something doesn't apply, just "
               "write N/A and tell us why. Questions? Email vendormgmt@riverbendfcu.example.")

QUESTIONS = [
    # About your company
    ("About Your Company", "Please tell us how long your company has been in business and about how many employees you have.", "none"),
    ("About Your Company", "Please provide your most recent audited financial statements. If you are privately held, a letter from your CPA or bank is fine.", "none"),
    ("About Your Company", "Do you carry cyber liability insurance? If so, please share the coverage amount and a copy of your certificate of insurance.", "none"),
    ("About Your Company", "Has your company had a data breach in the last three years? If yes, please describe what happened.", "none"),
    ("About Your Company", "If our HR team has a question or a problem, how do they reach your support team, and what hours are you available? (We are on Central Time.)", "6"),
    ("About Your Company", "Is there any pending lawsuit or regulatory action against your company that we should know about?", "none"),

    # Security program
    ("Your Security Program", "Do you have a written information security policy that your senior leadership has approved? Please describe how your employees are made aware of it.", "1"),
    ("Your Security Program", "How often is your security policy reviewed and updated?", "2"),
    ("Your Security Program", "Please describe the written procedures that support your security program - for example, how day-to-day security tasks and emergencies are handled.", "3"),
    ("Your Security Program", "How do you check that your own staff are actually following your security policies, and how often do you check?", "4"),
    ("Your Security Program", "Do you have a SOC 1 or SOC 2 report? If so, please attach the most recent one along with any bridge letter.", "none"),
    ("Your Security Program", "Are you ISO 27001 certified, and do outside auditors review your security practices on a regular basis?", "51;46"),
    ("Your Security Program", "Please describe the security awareness training your employees receive and how often they take it.", "47"),
    ("Your Security Program", "Do you run background checks on new employees? Please describe what the checks include.", "none"),

    # Protecting our data
    ("Protecting Our Data", "Our employee records include Social Security numbers and direct deposit account numbers. Please describe how this information is encrypted while it is stored in your system.", "35"),
    ("Protecting Our Data", "Please describe how our data is protected while it travels between our staff's web browsers and your service.", "36"),
    ("Protecting Our Data", "Where will our data be physically stored? Please list the country and data center locations.", "43"),
    ("Protecting Our Data", "Please describe how you keep our data separate from your other customers' data.", "28"),
    ("Protecting Our Data", "Please describe how you protect personal information, and share a link to your privacy policy.", "45"),
    ("Protecting Our Data", "Please describe how your program meets the Gramm-Leach-Bliley Act (GLBA) Safeguards Rule.", "none"),
    ("Protecting Our Data", "Do you use artificial intelligence tools (like ChatGPT) in your business? If so, please describe how you make sure our information is not used to train them.", "50"),
    ("Protecting Our Data", "Please describe how you get rid of paper records and storage devices (hard drives, USB drives) so the information can't be recovered.", "38"),
    ("Protecting Our Data", "Please describe how passwords and keys used by your applications are protected - for example, are they kept out of your program code?", "22"),
    ("Protecting Our Data", "When our contract ends, what happens to our data? Please describe how we can get a copy and how it is deleted.", "37"),
    ("Protecting Our Data", "Will you give us written confirmation once our data has been deleted after the contract ends?", "none"),

    # Access
    ("Who Can Get In", "Please describe how your employees' access to the systems that hold our data is set up. Does each person have their own login, and is multi-factor authentication required?", "23"),
    ("Who Can Get In", "When one of your employees changes roles or leaves, how is their access changed or removed?", "24"),
    ("Who Can Get In", "Please describe the password rules for your system administrators.", "25"),
    ("Who Can Get In", "Do you support single sign-on so our staff can use their existing work login?", "26"),
    ("Who Can Get In", "Do you offer two-step verification for our users?", "27"),
    ("Who Can Get In", "Can we limit access to our account so it only works from our branch and office networks?", "26"),
    ("Who Can Get In", "Please describe how we add and remove users ourselves, and how we control what each person can do (for example, a payroll clerk vs. an HR manager).", "29;30"),
    ("Who Can Get In", "Can we set our own password rules for our users, like minimum length and how often passwords expire?", "31"),
    ("Who Can Get In", "Will users be signed out automatically if they walk away from their computer?", "32"),
    ("Who Can Get In", "Does your system keep a history of who viewed or changed an employee's record that we can pull a report on?", "none"),

    # Running the system
    ("Keeping Things Running Safely", "Please describe how you keep your systems up to date with security patches.", "11"),
    ("Keeping Things Running Safely", "How often do you have penetration testing or vulnerability scans done, and does an outside firm do it?", "13"),
    ("Keeping Things Running Safely", "Could you share a summary of your most recent penetration test results?", "none"),
    ("Keeping Things Running Safely", "Please describe your anti-virus or endpoint protection on servers and staff computers.", "19"),
    ("Keeping Things Running Safely", "Please describe how your service is protected from outside attacks (for example, firewalls).", "34"),
    ("Keeping Things Running Safely", "How do you manage and keep an eye on your internal network?", "33"),
    ("Keeping Things Running Safely", "Please describe what activity logs you keep and how long you keep them.", "20"),
    ("Keeping Things Running Safely", "Please describe how you watch for suspicious activity, and how your logs are protected from being altered.", "18"),
    ("Keeping Things Running Safely", "Do you keep a record of what your system administrators do on the live system?", "17"),
    ("Keeping Things Running Safely", "Please describe how you let customers know ahead of time about changes that will affect them.", "10"),
    ("Keeping Things Running Safely", "Do you have written procedures for operating and maintaining your systems? How do you keep them current?", "9"),
    ("Keeping Things Running Safely", "How do you make sure the system can handle busy times, like the days around payroll?", "12"),
    ("Keeping Things Running Safely", "Please describe how system clocks are kept in sync (this matters to us for audit trails).", "21"),

    # Business continuity
    ("If Something Goes Wrong", "Please describe your uptime commitment or service level agreement.", "5"),
    ("If Something Goes Wrong", "If the system is down longer than your SLA allows, what credits or other remedies do we receive?", "none"),
    ("If Something Goes Wrong", "Please describe your backups and how you make sure they are working.", "14"),
    ("If Something Goes Wrong", "Please describe your disaster recovery setup, such as backup data centers.", "39"),
    ("If Something Goes Wrong", "How often do you test your business continuity plan?", "40"),
    ("If Something Goes Wrong", "What are your recovery time and recovery point objectives (RTO / RPO)?", "none"),
    ("If Something Goes Wrong", "Please describe the physical security at the data center where our data lives.", "7"),
    ("If Something Goes Wrong", "Please describe how the data center is protected from power outages and from fires.", "41;42"),
    ("If Something Goes Wrong", "Please describe how the data center is protected from natural disasters such as floods and earthquakes.", "8"),
    ("If Something Goes Wrong", "Please describe your incident response plan.", "49"),
    ("If Something Goes Wrong", "If there is a security incident involving our data, how quickly will you notify us? Our regulator (NCUA) expects us to report within 72 hours, so please confirm you can tell us well before that.", "none"),
    ("If Something Goes Wrong", "How will we find out if the service is down? Do you have a status page?", "15"),
    ("If Something Goes Wrong", "If there is a system problem, how will you let our contact person know?", "16"),

    # Vendors & contract
    ("Your Vendors & Our Contract", "Please list the third parties (subcontractors) that will store or have access to our data.", "none"),
    ("Your Vendors & Our Contract", "Please describe how you make sure your own vendors protect the data they handle for you.", "48"),
    ("Your Vendors & Our Contract", "Do you screen your company's owners and employees against the OFAC sanctions list?", "none"),
    ("Your Vendors & Our Contract", "Please describe who owns the software and what we are allowed to do with it under your terms.", "44"),
    ("Your Vendors & Our Contract", "Will you allow the credit union, our auditors, or NCUA examiners to review your controls on request?", "none"),
    ("Your Vendors & Our Contract", "Can your payroll module handle multi-state withholding and produce W-2s for our employees?", "none"),
    ("Your Vendors & Our Contract", "Does your product meet accessibility standards (ADA / WCAG 2.1) for employees who use screen readers?", "none"),
]
