"""Tune: Northshore Hospitality Group (Canadian hotel and resort chain with a ski property in Niseko, Japan) - Vendor Security Questions for the Niseko HR/payroll system.

Layout e: title + instruction rows, header on row 4: # | Domain | Question | Response | Comments. Written by the group's IT manager, a generalist rather than a security specialist, in casual everyday Canadian English ("you guys", "what happens if ...").
"""

FILE = "tune/round16_en_apac/northshore_niseko_hr_vendor_questions.xlsx"
SHEET = "Vendor Questions"
CREATOR = "Dave MacLeod"
CREATED = (2026, 9, 14, 10, 0, 0)
MODIFIED = (2026, 9, 15, 16, 30, 0)
TITLE = "Northshore Hospitality Group - Vendor Security Questions (Niseko HR & Payroll System)"
INSTRUCTION = ("Thanks for taking the time on this! Just fill in the Response column - plain answers are great, "
               "links are fine too. Anything you can't answer, just say so in Comments. - Dave, IT")

QUESTIONS = [
    ("About You", "How long have you been in business, and roughly how many companies use jinjer today?", "none"),
    ("About You", "Are you guys financially stable? Anything you can share (annual report, credit rating, etc.)?", "none"),
    ("About You", "Do you have an office or reseller in Canada or the US we can deal with locally?", "none"),
    ("Security Basics", "Do you have a written security policy that your management has actually signed off on?", "1"),
    ("Security Basics", "How often does that policy get looked at and updated?", "2"),
    ("Security Basics", "Are your security procedures written down somewhere, like a security manual your team works from?", "3"),
    ("Security Basics", "Do you check that your own people are following your security rules? How often?", "4"),
    ("Security Basics", "Do your staff get security training (phishing, handling personal info, that kind of thing)? How often?", "47"),
    ("Security Basics", "Do you do criminal background checks on employees who can see customer data?", "none"),
    ("Security Basics", "Have you got any security certifications - ISO 27001 or anything like that?", "51"),
    ("Security Basics", "Do you have a SOC 2 report? Our auditors usually ask for one.", "none"),
    ("Security Basics", "Does anyone from outside your company audit you, or is it all in-house?", "46"),
    ("Logging In", "Can we set it up so staff log in with single sign-on instead of yet another password to remember? And can we lock it down so it only works from the hotel's own network?", "26"),
    ("Logging In", "Is there two-step login, like getting a code by email on top of the password?", "27"),
    ("Logging In", "Can we set our own password rules - minimum length, make people change it every so often, that sort of thing?", "31"),
    ("Logging In", "If someone walks away from the back-office PC and leaves it logged in, does it kick them out after a while?", "32"),
    ("Logging In", "Can our managers add and remove staff accounts themselves? We have a lot of seasonal staff coming and going every winter.", "29"),
    ("Logging In", "Can we control who sees what? e.g. the GM sees everything, front office supervisors only get limited access.", "30"),
    ("Logging In", "Is there a report showing which of our users looked at or changed an employee's record?", "none"),
    ("Your Team's Access", "Your own people who run the system - do they each have their own login, and do they need MFA to get onto the servers?", "23"),
    ("Your Team's Access", "How do you make sure only the right people on your side can get into the back end, and that access gets pulled when they don't need it anymore?", "24"),
    ("Your Team's Access", "Are your admins' passwords held to some kind of strength rule?", "25"),
    ("Your Team's Access", "Does your team record every change they make on the live system, and does somebody double-check it?", "17"),
    ("Our Data", "Where exactly will our employee data be stored? Which country?", "43"),
    ("Our Data", "Is our data kept separate from your other customers' data?", "28"),
    ("Our Data", "Is the data encrypted while it's sitting on your servers? And when it's going back and forth over the internet?", "35;36"),
    ("Our Data", "Can we hold our own encryption keys?", "none"),
    ("Our Data", "Does anyone outside Japan ever get access to our data, e.g. support staff in another country?", "none"),
    ("Our Data", "What happens to our data if we stop using you? Can we get a copy out first?", "37"),
    ("Our Data", "How long after we cancel is everything actually wiped, and do we get something in writing saying it's gone?", "none"),
    ("Our Data", "Do you follow privacy laws for our staff's personal info? Where can I read your privacy policy?", "45"),
    ("Our Data", "We're headquartered in BC - can you meet PIPEDA / BC PIPA requirements for our Canadian head office staff who'll be in the system?", "none"),
    ("Our Data", "What do you do with old hard drives, USB sticks and paper records - are they destroyed properly?", "38"),
    ("Our Data", "Your developers don't leave passwords or keys sitting in the code, right?", "22"),
    ("Our Data", "Are you using ChatGPT or any other AI tools with our data? Would our data end up training somebody's AI?", "50"),
    ("Keeping It Running", "What uptime can we expect? Payroll runs twice a month and it can't be down on those days.", "5"),
    ("Keeping It Running", "If it does go down, do you pay us back anything (service credits)?", "none"),
    ("Keeping It Running", "How would we know if the system is down? Is there a status page we can check?", "15"),
    ("Keeping It Running", "If something breaks, will you email us or do we have to go looking for it?", "16"),
    ("Keeping It Running", "Will you tell us ahead of time before you make changes or updates that affect us?", "10"),
    ("Keeping It Running", "Does it slow down when everyone hits it at once, like at month end?", "12"),
    ("Keeping It Running", "What happens if one of your data centres goes offline - is there another one that takes over?", "39"),
    ("Keeping It Running", "Do you back up our data, and is the backup kept somewhere else in case of an earthquake?", "14"),
    ("Keeping It Running", "Worst case, how much data could we lose and how long until we're back up (RPO / RTO)?", "none"),
    ("Keeping It Running", "Do you have a disaster plan, and do you actually practise it?", "40"),
    ("Keeping It Running", "Do you have written step-by-step instructions for running your servers, and do they get kept current?", "9"),
    ("Where It's Hosted", "Is the building where the servers are locked down - guards, cameras, key cards?", "7"),
    ("Where It's Hosted", "Backup power if the grid goes down? Fire suppression in the server room?", "41;42"),
    ("Where It's Hosted", "Is the data centre protected from stuff like floods, earthquakes and overheating?", "8"),
    ("Security Day-to-Day", "Do you keep your systems patched with the latest security fixes?", "11"),
    ("Security Day-to-Day", "Do you have somebody test your system by trying to hack into it? How often?", "13"),
    ("Security Day-to-Day", "Could we get a copy of the latest pen test results?", "none"),
    ("Security Day-to-Day", "Do you have firewalls and that kind of thing to stop attacks from the internet?", "34"),
    ("Security Day-to-Day", "How do you control who and what can get onto your internal network?", "33"),
    ("Security Day-to-Day", "Antivirus on your servers and on your staff's laptops?", "19"),
    ("Security Day-to-Day", "Do you keep logs of who got into what, and how long do you hang on to them?", "20"),
    ("Security Day-to-Day", "Do you get alerted if something suspicious happens on the servers, and can those logs be tampered with?", "18"),
    ("Security Day-to-Day", "Are all your server clocks kept in sync? (our auditor asked for this one, not sure why)", "21"),
    ("If Something Goes Wrong", "If you get hacked and our staff info gets out, what's your game plan, and would you let us know?", "49"),
    ("If Something Goes Wrong", "Have you ever had a breach or data leak? Anything in the last few years?", "none"),
    ("If Something Goes Wrong", "Do you carry cyber insurance? How much coverage?", "none"),
    ("Other Companies", "Do you use other companies or contractors to help run the service? Are they held to the same security rules?", "48"),
    ("Other Companies", "Can you send a list of those companies and what they do with our data?", "none"),
    ("Support", "What are your support hours, and how do we reach you? Our HQ team is in Vancouver so there's a big time difference.", "6"),
    ("Support", "Is support available in English?", "none"),
    ("Support", "Is there a phone number we can call in an emergency, like if payroll won't run?", "none"),
    ("The Fine Print", "What are we allowed to do with your software - is that spelled out in your terms somewhere?", "44"),
]
