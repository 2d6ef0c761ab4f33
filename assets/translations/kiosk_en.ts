<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BusyPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="597"/>
        <source>%1 to %2: %3 member visits, %4 guest visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="601"/>
        <source>Visits per day (green members, yellow guests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="610"/>
        <source>People present by hour of day (average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="612"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="612"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="612"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="612"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="612"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="612"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="613"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="614"/>
        <source>Visits by weekday (average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="621"/>
        <source>Visits written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="624"/>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="624"/>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="624"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="625"/>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="627"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/contact.py" line="43"/>
        <source>E-mail and company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/contact.py" line="44"/>
        <source>Both are optional. We only use them for a receipt or an invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/contact.py" line="45"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/contact.py" line="46"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/contact.py" line="47"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/contact.py" line="48"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayPassPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/day_pass.py" line="63"/>
        <source>Welcome, %1! You are checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/day_pass.py" line="64"/>
        <source>Take a photo of this code. Show it to the camera when you come back in and when you leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/day_pass.py" line="66"/>
        <source>Valid on %1 until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/day_pass.py" line="67"/>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/day_pass.py" line="69"/>
        <source>Please let %1 know that you are here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/day_pass.py" line="76"/>
        <source>Please pay %1 with MobilePay to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/day_pass.py" line="84"/>
        <source>Your day pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/day_pass.py" line="84"/>
        <source>Your guest pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/day_pass.py" line="88"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestFlow</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/flow.py" line="295"/>
        <source>Are you still there? In %1 seconds this starts over and what you typed is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/flow.py" line="380"/>
        <source>Your registration could not be saved. Please try again, or tell a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/flow.py" line="397"/>
        <source>Yes, go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/flow.py" line="398"/>
        <source>‹ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/flow.py" line="399"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/texts.py" line="15"/>
        <source>Please type your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/texts.py" line="17"/>
        <source>That is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/texts.py" line="19"/>
        <source>That does not look like an e-mail address (like name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/texts.py" line="20"/>
        <source>Some of those characters cannot be used. Please type it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/host.py" line="53"/>
        <location filename="../../kiosk/ui/screens/guest/host.py" line="65"/>
        <source>Nobody by that name. Check the spelling, or ask at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/host.py" line="63"/>
        <source>Tap the name of the person you are visiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/host.py" line="68"/>
        <source>Whom are you visiting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/host.py" line="61"/>
        <location filename="../../kiosk/ui/screens/guest/host.py" line="68"/>
        <source>Type at least three letters of their name.</source>
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
    <name>LanguagePage</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/language.py" line="46"/>
        <source>Register as a guest in a minute. Nothing is kept until the end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualEntryScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="99"/>
        <source>That code is not right. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="116"/>
        <source>Type the code printed under your QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="117"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="119"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="343"/>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="343"/>
        <source>clip card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="344"/>
        <source>day pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="347"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="353"/>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="528"/>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages.py" line="364"/>
        <source>%n clip(s) in all</source>
        <translation>
            <numerusform>%n clip in all</numerusform>
            <numerusform>%n clips in all</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="366"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="366"/>
        <source>Add and make a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="368"/>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="369"/>
        <source>Pause membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="389"/>
        <source>valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="399"/>
        <source>Sent to the server; the member arrives with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="401"/>
        <source>Added %1. Card written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="415"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="418"/>
        <source>Sent to the server; it applies with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="429"/>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="429"/>
        <source>Active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="436"/>
        <source>New card issued; the old one no longer works. Written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="441"/>
        <source>Card written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="448"/>
        <source>Tap Erase again to delete %1 and all their data for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="452"/>
        <source>Erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="463"/>
        <source>The amount must be a number, like 450 or 450,00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="467"/>
        <source>%1 clips added, %2 paid by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="478"/>
        <source>No CSV file found. Put it on a USB stick, or in the kiosk&apos;s import folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="497"/>
        <source>Importing %1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages.py" line="508"/>
        <source>%n member(s) imported from %1</source>
        <translation>
            <numerusform>%n member imported from %1</numerusform>
            <numerusform>%n members imported from %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="513"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="520"/>
        <source>No members to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages.py" line="523"/>
        <source>%n card(s) written to %1</source>
        <translation>
            <numerusform>%n card written to %1</numerusform>
            <numerusform>%n cards written to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="527"/>
        <source>Search by name or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="529"/>
        <source>Print these cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="530"/>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="531"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="532"/>
        <source>E-mail (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="533"/>
        <source>Valid until, like 2026-12-31 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="534"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="534"/>
        <source>Clip card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="535"/>
        <source>Day pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="537"/>
        <source>New card (lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="538"/>
        <source>MobilePay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="538"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="539"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="541"/>
        <source>Print card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="542"/>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="543"/>
        <source>Top up the clip card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="544"/>
        <source>Amount paid, kr.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/name.py" line="57"/>
        <source>What is your name?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/name.py" line="57"/>
        <source>First name and last name, as you like to be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/name.py" line="58"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="196"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="197"/>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="198"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/payment.py" line="38"/>
        <source>MobilePay to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/payment.py" line="39"/>
        <source>I pay the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/payment.py" line="40"/>
        <source>Send me an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/payment.py" line="43"/>
        <source>The price for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/payment.py" line="43"/>
        <source>How will you pay? No payment is taken here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/policy.py" line="40"/>
        <source>House rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/policy.py" line="41"/>
        <source>I accept the house rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/policy.py" line="43"/>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/policy.py" line="44"/>
        <source>I accept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/reason.py" line="47"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/reason.py" line="51"/>
        <source>Why are you here today?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="123"/>
        <source>Demo member: not a real person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="128"/>
        <source>Sorry, that did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="129"/>
        <source>Your visit could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="130"/>
        <source>Please try again, or tell a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="136"/>
        <source>Goodbye, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="137"/>
        <source>You were here %1 today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="138"/>
        <source>See you soon!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="140"/>
        <source>Your day pass has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="141"/>
        <source>A day pass is valid on its day only. Register again for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="147"/>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="149"/>
        <source>Hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="150"/>
        <source>Good evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/result_screen.py" line="153"/>
        <source>%n other(s) in today</source>
        <translation>
            <numerusform>%n other is in today</numerusform>
            <numerusform>%n others are in today</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="154"/>
        <source>You are the first one in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/result_screen.py" line="156"/>
        <source>%n clip(s) left on your clip card</source>
        <translation>
            <numerusform>%n clip left on your clip card</numerusform>
            <numerusform>%n clips left on your clip card</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="162"/>
        <source>Membership valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="158"/>
        <source>Your day pass is valid until we close tonight</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/result_screen.py" line="170"/>
        <source>Only %n clip(s) left: top up with a host</source>
        <translation>
            <numerusform>Only %n clip left: top up with a host</numerusform>
            <numerusform>Only %n clips left: top up with a host</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="172"/>
        <source>Your membership ends soon: renew it with a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="179"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/result_screen.py" line="180"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="184"/>
        <source>That is not a member card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="185"/>
        <source>Show the QR code from your member card or day pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="186"/>
        <source>The code could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="187"/>
        <source>Try again, or ask a host for a new card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="188"/>
        <source>This card is from another space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="189"/>
        <source>Ask a host if you would like to work here today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="190"/>
        <source>This card is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="190"/>
        <source>Please ask a host for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="191"/>
        <source>We do not know this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="191"/>
        <source>Please ask a host to add you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="192"/>
        <source>This card has been replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="193"/>
        <source>Use your newest card, or ask a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="194"/>
        <source>Your membership is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="194"/>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="196"/>
        <source>Please talk to a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="195"/>
        <source>Your membership has not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="197"/>
        <source>Your membership has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="198"/>
        <source>Renew it with a host, and you are welcome back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="199"/>
        <source>Your clip card is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="199"/>
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
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="141"/>
        <source>%n in now</source>
        <translation>
            <numerusform>%n in now</numerusform>
            <numerusform>%n in now</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="163"/>
        <source>Server access revoked: tell a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="165"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="169"/>
        <source>Offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="172"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="174"/>
        <source>%n set aside</source>
        <translation>
            <numerusform>%n set aside</numerusform>
            <numerusform>%n set aside</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="176"/>
        <source>%n changes wait for a host</source>
        <translation>
            <numerusform>%n change waits for a host</numerusform>
            <numerusform>%n changes wait for a host</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="199"/>
        <source>The camera only sees black. Is something covering it? Trying again...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="200"/>
        <source>The camera is not working right now. Trying again... Please tell a host if this stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="205"/>
        <source>Hold your QR code up to the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="207"/>
        <source>The camera is above the screen. Hold the code still, about a hand&apos;s width away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="208"/>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="209"/>
        <source>Hold the code up to the camera above the screen, not to the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="210"/>
        <source>Type code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="211"/>
        <source>Guest / day pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="212"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="214"/>
        <source>The camera only reads codes. It keeps no pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="216"/>
        <source>Questions: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="796"/>
        <source>Version %1; a change makes a new version that guests accept from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="807"/>
        <source>Saved as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="818"/>
        <source>Keep at least one visitor type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="832"/>
        <source>Saved. A new camera or time zone applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="839"/>
        <source>Space name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="839"/>
        <source>Opens at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="840"/>
        <source>Closes at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="841"/>
        <source>Repeat scan guard (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="842"/>
        <source>Delete guests after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="847"/>
        <source>Visitor types: name, price in kr., host member needed. Clear a name to remove the type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="849"/>
        <source>+ Visitor type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="852"/>
        <source>New host PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="843"/>
        <source>MobilePay number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="654"/>
        <source>Host needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="844"/>
        <source>Languages (da,en,de)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="844"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="853"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="854"/>
        <source>Save text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="856"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="856"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages.py" line="148"/>
        <source>Today: %n visit(s)</source>
        <translation>
            <numerusform>Today: %n visit</numerusform>
            <numerusform>Today: %n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages.py" line="149"/>
        <source>%n of them guest(s)</source>
        <translation>
            <numerusform>%n of them a guest</numerusform>
            <numerusform>%n of them guests</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="156"/>
        <source>in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="159"/>
        <source>guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="163"/>
        <source>visiting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="186"/>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="190"/>
        <source>No card with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="191"/>
        <source>The code will not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="192"/>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="200"/>
        <source>%1 was not checked in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="203"/>
        <source>%1 is checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="212"/>
        <source>Check someone in by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="213"/>
        <source>Type a member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flow</name>
    <message>
        <location filename="../../kiosk/ui/gallery.py" line="117"/>
        <source>Some of those characters cannot be used. Please type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/gallery.py" line="124"/>
        <source>That does not look like an e-mail address (like name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
