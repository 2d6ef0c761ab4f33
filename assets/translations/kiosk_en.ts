<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BusyPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="596"/>
        <source>%1 to %2: %3 member visits, %4 guest visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="600"/>
        <source>Visits per day (green members, yellow guests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="609"/>
        <source>People present by hour of day (average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="611"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="611"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="611"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="611"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="611"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="611"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="612"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="613"/>
        <source>Visits by weekday (average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="620"/>
        <source>Visits written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="623"/>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="623"/>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="623"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="624"/>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="626"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestFlow</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="454"/>
        <source>Please type your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="456"/>
        <source>That is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="458"/>
        <source>That does not look like an e-mail address (like name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="459"/>
        <source>Some of those characters cannot be used. Please type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="476"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="499"/>
        <source>Nobody by that name. Check the spelling, or ask at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="535"/>
        <source>MobilePay to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="535"/>
        <source>MobilePay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="536"/>
        <source>I pay the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="537"/>
        <source>Send me an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="558"/>
        <source>Your registration could not be saved. Please try again, or tell a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="577"/>
        <source>Welcome, %1! You are checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="578"/>
        <source>Take a photo of this code. Show it to the camera when you come back in and when you leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="580"/>
        <source>Valid on %1 until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="582"/>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="584"/>
        <source>Please let %1 know that you are here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="598"/>
        <source>‹ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="599"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="601"/>
        <source>Welcome! Which language?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="602"/>
        <source>Register as a guest in a minute. Nothing is kept until the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="603"/>
        <source>What is your name?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="604"/>
        <source>First name and last name, as you like to be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="605"/>
        <location filename="../../kiosk/ui/screens/guest.py" line="610"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="606"/>
        <source>E-mail and company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="607"/>
        <source>Both are optional. We only use them for a receipt or an invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="608"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="609"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="611"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="612"/>
        <source>Why are you here today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="613"/>
        <source>Whom are you visiting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="613"/>
        <source>Type at least three letters of their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="614"/>
        <source>House rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="615"/>
        <source>I accept the house rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="616"/>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="617"/>
        <source>I accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="618"/>
        <source>The price for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="618"/>
        <source>How will you pay? No payment is taken here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="619"/>
        <source>Your day pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="620"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="257"/>
        <source>Evacuation list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host.py" line="292"/>
        <source>%n in now</source>
        <translation>
            <numerusform>%n in now</numerusform>
            <numerusform>%n in now</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="300"/>
        <source>visiting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="301"/>
        <source>guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="304"/>
        <source>Check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="306"/>
        <source>Forgot to check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="307"/>
        <source>Left without scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="308"/>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="315"/>
        <source>Host view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="316"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="317"/>
        <source>Quit the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="318"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="319"/>
        <source>Evacuation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="320"/>
        <source>Evacuation PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="321"/>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="322"/>
        <source>In now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="322"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="322"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="323"/>
        <source>How busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="323"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostUnlockScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="119"/>
        <source>Wrong PIN. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="120"/>
        <source>Too many wrong PINs. The keypad is locked for five minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="121"/>
        <source>No host PIN is set on this kiosk (kiosk host-pin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="130"/>
        <source>Host PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="131"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="132"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualEntryScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="96"/>
        <source>That code is not right. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="114"/>
        <source>Type the code printed under your QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="115"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="116"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="342"/>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="342"/>
        <source>clip card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="343"/>
        <source>day pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="346"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="352"/>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="527"/>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages.py" line="363"/>
        <source>%n clip(s) in all</source>
        <translation>
            <numerusform>%n clip in all</numerusform>
            <numerusform>%n clips in all</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="365"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="365"/>
        <source>Add and make a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="367"/>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="368"/>
        <source>Pause membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="388"/>
        <source>valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="398"/>
        <source>Sent to the server; the member arrives with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="400"/>
        <source>Added %1. Card written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="414"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="417"/>
        <source>Sent to the server; it applies with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="428"/>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="428"/>
        <source>Active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="435"/>
        <source>New card issued; the old one no longer works. Written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="440"/>
        <source>Card written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="447"/>
        <source>Tap Erase again to delete %1 and all their data for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="451"/>
        <source>Erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="462"/>
        <source>The amount must be a number, like 450 or 450,00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="466"/>
        <source>%1 clips added, %2 paid by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="477"/>
        <source>No CSV file found. Put it on a USB stick, or in the kiosk&apos;s import folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="496"/>
        <source>Importing %1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages.py" line="507"/>
        <source>%n member(s) imported from %1</source>
        <translation>
            <numerusform>%n member imported from %1</numerusform>
            <numerusform>%n members imported from %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="512"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="519"/>
        <source>No members to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages.py" line="522"/>
        <source>%n card(s) written to %1</source>
        <translation>
            <numerusform>%n card written to %1</numerusform>
            <numerusform>%n cards written to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="526"/>
        <source>Search by name or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="528"/>
        <source>Print these cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="529"/>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="530"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="531"/>
        <source>E-mail (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="532"/>
        <source>Valid until, like 2026-12-31 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="533"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="533"/>
        <source>Clip card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="534"/>
        <source>Day pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="536"/>
        <source>New card (lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="537"/>
        <source>MobilePay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="537"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="538"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="540"/>
        <source>Print card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="541"/>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="542"/>
        <source>Top up the clip card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="543"/>
        <source>Amount paid, kr.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="184"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="185"/>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="122"/>
        <source>Demo member: not a real person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="127"/>
        <source>Sorry, that did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="128"/>
        <source>Your visit could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="129"/>
        <source>Please try again, or tell a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="135"/>
        <source>Goodbye, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="136"/>
        <source>You were here %1 today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="137"/>
        <source>See you soon!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="139"/>
        <source>Your day pass has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="140"/>
        <source>A day pass is valid on its day only. Register again for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="146"/>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="148"/>
        <source>Hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="149"/>
        <source>Good evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/result_screen.py" line="152"/>
        <source>%n other(s) in today</source>
        <translation>
            <numerusform>%n other is in today</numerusform>
            <numerusform>%n others are in today</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="153"/>
        <source>You are the first one in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/result_screen.py" line="155"/>
        <source>%n clip(s) left on your clip card</source>
        <translation>
            <numerusform>%n clip left on your clip card</numerusform>
            <numerusform>%n clips left on your clip card</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="161"/>
        <source>Membership valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="157"/>
        <source>Your day pass is valid until we close tonight</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/result_screen.py" line="169"/>
        <source>Only %n clip(s) left: top up with a host</source>
        <translation>
            <numerusform>Only %n clip left: top up with a host</numerusform>
            <numerusform>Only %n clips left: top up with a host</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="171"/>
        <source>Your membership ends soon: renew it with a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="178"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/result_screen.py" line="179"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="183"/>
        <source>That is not a member card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="184"/>
        <source>Show the QR code from your member card or day pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="185"/>
        <source>The code could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="186"/>
        <source>Try again, or ask a host for a new card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="187"/>
        <source>This card is from another space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="188"/>
        <source>Ask a host if you would like to work here today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="189"/>
        <source>This card is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="189"/>
        <source>Please ask a host for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="190"/>
        <source>We do not know this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="190"/>
        <source>Please ask a host to add you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="191"/>
        <source>This card has been replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="192"/>
        <source>Use your newest card, or ask a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="193"/>
        <source>Your membership is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="193"/>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="195"/>
        <source>Please talk to a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="194"/>
        <source>Your membership has not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="196"/>
        <source>Your membership has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="197"/>
        <source>Renew it with a host, and you are welcome back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="198"/>
        <source>Your clip card is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="198"/>
        <source>Buy a new clip card from a host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollCallScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="363"/>
        <source>%1 (guest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="376"/>
        <source>%1 of %2 accounted for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="380"/>
        <source>Evacuation: everyone in the building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="381"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="118"/>
        <source>%n in now</source>
        <translation>
            <numerusform>%n in now</numerusform>
            <numerusform>%n in now</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="135"/>
        <source>Server access revoked: tell a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="137"/>
        <source>Not syncing: this kiosk needs an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="137"/>
        <source>Not syncing: the server needs an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="137"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="141"/>
        <source>Offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="144"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="146"/>
        <source>%n set aside</source>
        <translation>
            <numerusform>%n set aside</numerusform>
            <numerusform>%n set aside</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="148"/>
        <source>%n changes wait for a host</source>
        <translation>
            <numerusform>%n change waits for a host</numerusform>
            <numerusform>%n changes wait for a host</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="166"/>
        <source>The camera only sees black. Is something covering it? Trying again...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="167"/>
        <source>The camera is not working right now. Trying again... Please tell a host if this stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="172"/>
        <source>Hold your QR code up to the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="174"/>
        <source>The camera is above the screen. Hold the code still, about a hand&apos;s width away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="175"/>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="176"/>
        <source>Hold the code up to the camera above the screen, not to the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="177"/>
        <source>Type code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="178"/>
        <source>Guest / day pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="179"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="795"/>
        <source>Version %1; a change makes a new version that guests accept from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="806"/>
        <source>Saved as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="817"/>
        <source>Keep at least one visitor type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="831"/>
        <source>Saved. A new camera or time zone applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="838"/>
        <source>Space name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="838"/>
        <source>Opens at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="839"/>
        <source>Closes at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="840"/>
        <source>Repeat scan guard (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="841"/>
        <source>Delete guests after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="846"/>
        <source>Visitor types: name, price in kr., host member needed. Clear a name to remove the type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="848"/>
        <source>+ Visitor type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="851"/>
        <source>New host PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="842"/>
        <source>MobilePay number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="653"/>
        <source>Host needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="843"/>
        <source>Languages (da,en,de)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="843"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="852"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="853"/>
        <source>Save text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="855"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="855"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages.py" line="147"/>
        <source>Today: %n visit(s)</source>
        <translation>
            <numerusform>Today: %n visit</numerusform>
            <numerusform>Today: %n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages.py" line="148"/>
        <source>%n of them guest(s)</source>
        <translation>
            <numerusform>%n of them a guest</numerusform>
            <numerusform>%n of them guests</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="155"/>
        <source>in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="158"/>
        <source>guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="162"/>
        <source>visiting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="185"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="189"/>
        <source>No card with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="190"/>
        <source>The code will not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="191"/>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="199"/>
        <source>%1 was not checked in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="202"/>
        <source>%1 is checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="211"/>
        <source>Check someone in by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="212"/>
        <source>Type a member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
