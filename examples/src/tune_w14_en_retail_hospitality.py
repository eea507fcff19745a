"""Tune: Harbourside Hospitality Group (New Zealand hotels, bars and restaurants) - Supplier Security Questions.

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. Written by the group's operations/IT manager (not a security specialist) for an HR, rostering and payroll SaaS. Friendly plain English, "you/your" for the vendor, concrete examples from venues (casual staff, shared back-office PCs, payday, Wellington earthquakes), several questions about how their own managers and staff will use the service, NZ-specific legal asks.
"""

FILE = "tune/round14_en_retail/harbourside_supplier_questions.xlsx"
SHEET = "Supplier Questions"
CREATOR = "Aroha Whitfield"
CREATED = (2025, 10, 1, 10, 0, 0)
MODIFIED = (2025, 10, 2, 15, 0, 0)
TITLE = "Harbourside Hospitality Group - Supplier Security Questions"
INSTRUCTION = ("Kia ora - please answer each question in plain English in the Response column, and pop any links or extra notes in Comments.")

QUESTIONS = [
    ("About you", "Have you got a written security policy that your leadership team has signed off?", "1"),
    ("About you", "Is anyone outside your company checking your security regularly, like auditors or testers?", "46"),
    ("About you", "Do you hold ISO 27001 or a similar certification?", "51"),
    ("About you", "How long has your company been operating, and roughly how many customers use the product?", "none"),
    ("About you", "Do you have any customers in New Zealand or Australia we could talk to as a reference?", "none"),
    ("About you", "Do you regularly check internally that your team is actually following your own security rules?", "4"),
    ("About you", "Are your staff trained in security, and do you hold the Privacy Mark as well as ISO?", "47;51"),
    ("About you", "Do you check the security of the other companies you rely on to run the service?", "48"),
    ("Our people using the system", "Our rosters and pay are run by venue managers. Can we set it up so a manager at one venue can't see staff details from another venue?", "30"),
    ("Our people using the system", "When a bartender or chef leaves us, can our office team remove their login the same day themselves?", "29"),
    ("Our people using the system", "Lots of our casual staff share the back-office PC. Will the system log someone out automatically if they walk away?", "32"),
    ("Our people using the system", "Can our team sign in through single sign-on rather than having yet another password to remember?", "26"),
    ("Our people using the system", "We'd like to stop people looking at payroll info from home. Can logins be limited to our office and venue networks?", "26"),
    ("Our people using the system", "Is there an extra check when logging in, like a code sent to them, on top of the password?", "27"),
    ("Our people using the system", "Can we make staff choose longer passwords and change them every so often?", "31"),
    ("Our people using the system", "Is there a mobile app our staff can use to check payslips and clock in?", "none"),
    ("Our people using the system", "Will it still work if a venue loses internet for a few hours?", "none"),
    ("Our people using the system", "Does it handle NZ public holidays and the Holidays Act calculations out of the box?", "none"),
    ("Our people using the system", "Can we see which of our managers changed someone's pay rate, and when?", "none"),
    ("Our people using the system", "Do you run training sessions for our managers on using the system safely?", "none"),
    ("Our people using the system", "Some of our staff use ChatGPT at work. Does your product use any AI on our staff's information, and does that information get used to train it?", "50"),
    ("Keeping data safe", "Where in the world will our staff's personal details be stored?", "43"),
    ("Keeping data safe", "Can our data be kept in New Zealand?", "none"),
    ("Keeping data safe", "Is our information scrambled (encrypted) while it's sitting on your servers?", "35"),
    ("Keeping data safe", "And is it protected while it travels between our computers and your system?", "36"),
    ("Keeping data safe", "Could another business using your product ever see our staff records by mistake?", "28"),
    ("Keeping data safe", "Which of your people can get into the back end, and how do you keep that to only those who really need it?", "24"),
    ("Keeping data safe", "Do your own engineers need a second factor to log in to the servers, and do they each have their own login?", "23"),
    ("Keeping data safe", "How do you make sure the passwords your tech team use are strong?", "25"),
    ("Keeping data safe", "How do you protect your servers and laptops from viruses and ransomware?", "19"),
    ("Keeping data safe", "What stops hackers getting in from the internet?", "34"),
    ("Keeping data safe", "Do you keep up with security fixes for the software you run?", "11"),
    ("Keeping data safe", "Do you get outside experts to try to break into the system, and how often?", "13"),
    ("Keeping data safe", "Can we see the results of that testing?", "none"),
    ("Keeping data safe", "Are passwords and keys kept out of your software code?", "22"),
    ("Keeping data safe", "Are your team's laptops encrypted and managed centrally?", "none"),
    ("Keeping data safe", "Do you keep a record of what your technical staff do on the live system?", "17"),
    ("Keeping data safe", "How long do you hold on to logs, in case we need to look into something later?", "20"),
    ("Keeping data safe", "Are the clocks on your systems kept accurate so the times in records are right?", "21"),
    ("Keeping data safe", "Do you watch for suspicious activity and get alerted straight away?", "18"),
    ("Keeping data safe", "Old hard drives and paper records - how do you get rid of them safely?", "38"),
    ("Keeping data safe", "How are your data centres physically protected - locks, guards, cameras?", "7"),
    ("Keeping data safe", "Are the data centres protected against earthquakes, floods and fire? (We're in Wellington, so this one matters to us!)", "8"),
    ("If things go wrong", "Is there a page we can check to see whether the system is up?", "15"),
    ("If things go wrong", "Will you let us know before updates that affect us, and tell us directly if something breaks?", "10;16"),
    ("If things go wrong", "What uptime do you aim for?", "5"),
    ("If things go wrong", "Do you practise your disaster plan, and are backups kept somewhere away from the main site?", "40;14"),
    ("If things go wrong", "How quickly would you be back up after a major disaster, in hours?", "none"),
    ("If things go wrong", "Is the system set up so one server failing won't take it all down?", "39"),
    ("If things go wrong", "What happens if your data centre loses power?", "41"),
    ("If things go wrong", "If there's a data breach involving our staff's details, what's your process and how will you tell us?", "49"),
    ("If things go wrong", "Would you help us notify the Office of the Privacy Commissioner if a breach was serious?", "none"),
    ("If things go wrong", "What are your support hours, and how do we reach you?", "6"),
    ("If things go wrong", "Is phone support available during NZ business hours?", "none"),
    ("If things go wrong", "Will it slow down when all our venues run payroll on the same day?", "12"),
    ("Legal bits", "How do you look after personal information under privacy law?", "45"),
    ("Legal bits", "Do you meet the NZ Privacy Act 2020, including the information privacy principles?", "none"),
    ("Legal bits", "If we stop using you, can we take our data with us, and will you delete it afterwards?", "37"),
    ("Legal bits", "What are we allowed to do with your software and content? Where's that written down?", "44"),
    ("Legal bits", "Is the contract governed by New Zealand law?", "none"),
    ("Legal bits", "Do you have insurance in case something goes wrong on your side?", "none"),
    ("Legal bits", "Do you police-vet staff who can see customer data?", "none"),
]
