<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>GuestFlow</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="443"/>
        <source>Please type your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="445"/>
        <source>That is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="447"/>
        <source>That does not look like an e-mail address (like name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="448"/>
        <source>Some of those characters cannot be used. Please type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="467"/>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="492"/>
        <source>Nobody by that name. Check the spelling, or ask at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="528"/>
        <source>MobilePay to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="528"/>
        <source>MobilePay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="529"/>
        <source>I pay the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="530"/>
        <source>Send me an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="551"/>
        <source>Your registration could not be saved. Please try again, or tell a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="571"/>
        <source>Welcome, %1! You are checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="572"/>
        <source>Take a photo of this code. Show it to the camera when you come back in and when you leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="574"/>
        <source>Valid on %1 until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="576"/>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="578"/>
        <source>Please let %1 know that you are here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="597"/>
        <source>‹ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="598"/>
        <source>Cancel</source>
        <translation type="unfinished">Annuller</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="600"/>
        <source>Welcome! Which language?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="601"/>
        <source>Register as a guest in a minute. Nothing is kept until the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="602"/>
        <source>What is your name?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="603"/>
        <source>First name and last name, as you like to be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="604"/>
        <location filename="../../kiosk/ui/screens/guest.py" line="609"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="605"/>
        <source>E-mail and company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="606"/>
        <source>Both are optional. We only use them for a receipt or an invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="607"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="608"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="610"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="611"/>
        <source>Why are you here today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="613"/>
        <source>Whom are you visiting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="614"/>
        <source>Type at least three letters of their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="615"/>
        <source>House rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="617"/>
        <source>I accept the house rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="618"/>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="620"/>
        <source>I accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="621"/>
        <source>The price for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="622"/>
        <source>How will you pay? No payment is taken here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="623"/>
        <source>Your day pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="625"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host.py" line="205"/>
        <source>%n in now</source>
        <translation>
            <numerusform>%n her nu</numerusform>
            <numerusform>%n her nu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="213"/>
        <source>Check out</source>
        <translation>Tjek ud</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="218"/>
        <source>Forgot to check out</source>
        <translation>Glemte at tjekke ud</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="219"/>
        <source>Left without scanning</source>
        <translation>Gik uden at scanne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="220"/>
        <source>Other reason</source>
        <translation>Anden grund</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="238"/>
        <source>Host view</source>
        <translation>Værtsvisning</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="239"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="240"/>
        <source>Quit the kiosk</source>
        <translation>Afslut kiosken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="241"/>
        <source>Evacuation list</source>
        <translation>Evakueringsliste</translation>
    </message>
</context>
<context>
    <name>HostUnlockScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="104"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Forkert PIN. Prøv igen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="105"/>
        <source>Too many wrong PINs. The keypad is locked for five minutes.</source>
        <translation>For mange forkerte PIN-koder. Tastaturet er låst i fem minutter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="106"/>
        <source>No host PIN is set on this kiosk (kiosk host-pin).</source>
        <translation>Der er ikke sat en værts-PIN på denne kiosk (kiosk host-pin).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="120"/>
        <source>Host PIN</source>
        <translation>Værts-PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="121"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="122"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>ManualEntryScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="96"/>
        <source>That code is not right. Check it and try again.</source>
        <translation>Koden passer ikke. Tjek den, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="119"/>
        <source>Type the code printed under your QR code</source>
        <translation>Skriv koden, der står under din QR-kode</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="120"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="121"/>
        <source>Check in</source>
        <translation>Tjek ind</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="179"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="180"/>
        <source>space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="120"/>
        <source>Demo member: not a real person</source>
        <translation>Demomedlem: ikke en rigtig person</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="125"/>
        <source>Sorry, that did not work</source>
        <translation>Beklager, det lykkedes ikke</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="126"/>
        <source>Your visit could not be saved.</source>
        <translation>Dit besøg kunne ikke gemmes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="127"/>
        <source>Please try again, or tell a host.</source>
        <translation>Prøv igen, eller sig det til en vært.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="133"/>
        <source>Goodbye, %1</source>
        <translation>Farvel, %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="134"/>
        <source>You were here %1 today</source>
        <translation>Du var her %1 i dag</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="135"/>
        <source>See you soon!</source>
        <translation>Vi ses!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="137"/>
        <source>Your day pass has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="138"/>
        <source>A day pass is valid on its day only. Register again for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="144"/>
        <source>Good morning</source>
        <translation>Godmorgen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="146"/>
        <source>Hello</source>
        <translation>Goddag</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="147"/>
        <source>Good evening</source>
        <translation>Godaften</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/result_screen.py" line="150"/>
        <source>%n other(s) in today</source>
        <translation>
            <numerusform>%n anden er her i dag</numerusform>
            <numerusform>%n andre er her i dag</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="151"/>
        <source>You are the first one in</source>
        <translation>Du er den første i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/result_screen.py" line="153"/>
        <source>%n clip(s) left on your clip card</source>
        <translation>
            <numerusform>%n klip tilbage på dit klippekort</numerusform>
            <numerusform>%n klip tilbage på dit klippekort</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="159"/>
        <source>Membership valid until %1</source>
        <translation>Medlemskab gyldigt til %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="155"/>
        <source>Your day pass is valid until we close tonight</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/result_screen.py" line="167"/>
        <source>Only %n clip(s) left: top up with a host</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="169"/>
        <source>Your membership ends soon: renew it with a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="176"/>
        <source>%1 h %2 min</source>
        <translation>%1 t %2 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/result_screen.py" line="177"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minutter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="181"/>
        <source>That is not a member card</source>
        <translation>Det er ikke et medlemskort</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="182"/>
        <source>Show the QR code from your member card or day pass.</source>
        <translation>Vis QR-koden fra dit medlemskort eller dagspas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="183"/>
        <source>The code could not be read</source>
        <translation>Koden kunne ikke læses</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="184"/>
        <source>Try again, or ask a host for a new card.</source>
        <translation>Prøv igen, eller bed en vært om et nyt kort.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="185"/>
        <source>This card is from another space</source>
        <translation>Kortet er fra et andet sted</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="186"/>
        <source>Ask a host if you would like to work here today.</source>
        <translation>Spørg en vært, hvis du gerne vil arbejde her i dag.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="187"/>
        <source>This card is not valid</source>
        <translation>Kortet er ikke gyldigt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="187"/>
        <source>Please ask a host for help.</source>
        <translation>Bed en vært om hjælp.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="188"/>
        <source>We do not know this card</source>
        <translation>Vi kender ikke dette kort</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="188"/>
        <source>Please ask a host to add you.</source>
        <translation>Bed en vært om at oprette dig.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="189"/>
        <source>This card has been replaced</source>
        <translation>Kortet er erstattet af et nyt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="190"/>
        <source>Use your newest card, or ask a host.</source>
        <translation>Brug dit nyeste kort, eller spørg en vært.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="191"/>
        <source>Your membership is paused</source>
        <translation>Dit medlemskab er sat på pause</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="191"/>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="193"/>
        <source>Please talk to a host.</source>
        <translation>Tal med en vært.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="192"/>
        <source>Your membership has not started yet</source>
        <translation>Dit medlemskab er ikke begyndt endnu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="194"/>
        <source>Your membership has expired</source>
        <translation>Dit medlemskab er udløbet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="195"/>
        <source>Renew it with a host, and you are welcome back.</source>
        <translation>Forny det hos en vært, så er du velkommen igen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="196"/>
        <source>Your clip card is used up</source>
        <translation>Dit klippekort er brugt op</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="196"/>
        <source>Buy a new clip card from a host.</source>
        <translation>Køb et nyt klippekort hos en vært.</translation>
    </message>
</context>
<context>
    <name>RollCallScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="296"/>
        <source>%1 of %2 accounted for</source>
        <translation>%1 af %2 er talt op</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="305"/>
        <source>Evacuation: everyone in the building</source>
        <translation>Evakuering: alle i huset</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="306"/>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="118"/>
        <source>%n in now</source>
        <translation>
            <numerusform>%n her nu</numerusform>
            <numerusform>%n her nu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="135"/>
        <source>Server access revoked: tell a host</source>
        <translation>Adgang til serveren er trukket tilbage: sig det til en vært</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="137"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="141"/>
        <source>Offline since %1</source>
        <translation>Offline siden %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="144"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n venter</numerusform>
            <numerusform>%n venter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="146"/>
        <source>%n set aside</source>
        <translation>
            <numerusform>%n lagt til side</numerusform>
            <numerusform>%n lagt til side</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="166"/>
        <source>The camera only sees black. Is something covering it? Trying again...</source>
        <translation>Kameraet ser kun sort. Dækker noget for det? Prøver igen ...</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="167"/>
        <source>The camera is not working right now. Trying again... Please tell a host if this stays.</source>
        <translation>Kameraet virker ikke lige nu. Prøver igen ... Sig det til en vært, hvis det bliver ved.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="177"/>
        <source>Hold your QR code up to the camera</source>
        <translation>Hold din QR-kode op mod kameraet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="179"/>
        <source>The camera is above the screen. Hold the code still, about a hand&apos;s width away.</source>
        <translation>Kameraet sidder over skærmen. Hold koden stille, cirka en hånds bredde væk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="180"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="181"/>
        <source>Hold the code up to the camera above the screen, not to the screen</source>
        <translation>Hold koden op mod kameraet over skærmen, ikke mod skærmen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="182"/>
        <source>Type code</source>
        <translation>Skriv koden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="183"/>
        <source>Guest / day pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="184"/>
        <source>Host</source>
        <translation>Vært</translation>
    </message>
</context>
</TS>
