<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BusyPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="596"/>
        <source>%1 to %2: %3 member visits, %4 guest visits</source>
        <translation>%1 bis %2: %3 Besuche von Mitgliedern, %4 von Gästen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="600"/>
        <source>Visits per day (green members, yellow guests)</source>
        <translation>Besuche pro Tag (grün Mitglieder, gelb Gäste)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="609"/>
        <source>People present by hour of day (average)</source>
        <translation>Anwesende nach Uhrzeit (Durchschnitt)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="611"/>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="611"/>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="611"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="611"/>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="611"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="611"/>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="612"/>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="613"/>
        <source>Visits by weekday (average)</source>
        <translation>Besuche nach Wochentag (Durchschnitt)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="620"/>
        <source>Visits written to %1</source>
        <translation>Besuche gespeichert in %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="623"/>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="623"/>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="623"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="624"/>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="626"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
</context>
<context>
    <name>GuestFlow</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="454"/>
        <source>Please type your name.</source>
        <translation>Bitte geben Sie Ihren Namen ein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="456"/>
        <source>That is too long: at most %1 characters.</source>
        <translation>Das ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="458"/>
        <source>That does not look like an e-mail address (like name@example.com).</source>
        <translation>Das sieht nicht wie eine E-Mail-Adresse aus (wie name@example.com).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="459"/>
        <source>Some of those characters cannot be used. Please type it again.</source>
        <translation>Einige Zeichen können nicht verwendet werden. Bitte noch einmal eingeben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="476"/>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="499"/>
        <source>Nobody by that name. Check the spelling, or ask at the desk.</source>
        <translation>Niemand mit diesem Namen. Prüfen Sie die Schreibweise oder fragen Sie nach.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="535"/>
        <source>MobilePay to %1</source>
        <translation>MobilePay an %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="535"/>
        <source>MobilePay</source>
        <translation>MobilePay</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="536"/>
        <source>I pay the host</source>
        <translation>Ich bezahle beim Gastgeber</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="537"/>
        <source>Send me an invoice</source>
        <translation>Schicken Sie mir eine Rechnung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="558"/>
        <source>Your registration could not be saved. Please try again, or tell a host.</source>
        <translation>Ihre Anmeldung konnte nicht gespeichert werden. Bitte versuchen Sie es noch einmal oder sagen Sie einem Gastgeber Bescheid.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="577"/>
        <source>Welcome, %1! You are checked in.</source>
        <translation>Willkommen, %1! Sie sind eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="578"/>
        <source>Take a photo of this code. Show it to the camera when you come back in and when you leave.</source>
        <translation>Fotografieren Sie diesen Code. Zeigen Sie ihn der Kamera, wenn Sie wiederkommen und wenn Sie gehen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="580"/>
        <source>Valid on %1 until %2.</source>
        <translation>Gültig am %1 bis %2 Uhr.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="582"/>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="584"/>
        <source>Please let %1 know that you are here.</source>
        <translation>Bitte sagen Sie %1 Bescheid, dass Sie da sind.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="598"/>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="599"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="601"/>
        <source>Welcome! Which language?</source>
        <translation>Willkommen! Welche Sprache?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="602"/>
        <source>Register as a guest in a minute. Nothing is kept until the end.</source>
        <translation>In einer Minute als Gast anmelden. Bis zum Schluss wird nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="603"/>
        <source>What is your name?</source>
        <translation>Wie heißen Sie?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="604"/>
        <source>First name and last name, as you like to be called.</source>
        <translation>Vor- und Nachname, wie Sie genannt werden möchten.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="605"/>
        <location filename="../../kiosk/ui/screens/guest.py" line="610"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="606"/>
        <source>E-mail and company</source>
        <translation>E-Mail und Firma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="607"/>
        <source>Both are optional. We only use them for a receipt or an invoice.</source>
        <translation>Beides ist freiwillig. Wir nutzen es nur für eine Quittung oder Rechnung.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="608"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="609"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="611"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="612"/>
        <source>Why are you here today?</source>
        <translation>Warum sind Sie heute hier?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="613"/>
        <source>Whom are you visiting?</source>
        <translation>Wen besuchen Sie?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="613"/>
        <source>Type at least three letters of their name.</source>
        <translation>Geben Sie mindestens drei Buchstaben des Namens ein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="614"/>
        <source>House rules</source>
        <translation>Hausregeln</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="615"/>
        <source>I accept the house rules</source>
        <translation>Ich akzeptiere die Hausregeln</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="616"/>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="617"/>
        <source>I accept</source>
        <translation>Ich stimme zu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="618"/>
        <source>The price for today</source>
        <translation>Der Preis für heute</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="618"/>
        <source>How will you pay? No payment is taken here.</source>
        <translation>Wie bezahlen Sie? Hier wird nichts abgebucht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="619"/>
        <source>Your day pass</source>
        <translation>Ihr Tagespass</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest.py" line="620"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>HostScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="257"/>
        <source>Evacuation list: %1</source>
        <translation>Evakuierungsliste: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host.py" line="292"/>
        <source>%n in now</source>
        <translation>
            <numerusform>%n jetzt da</numerusform>
            <numerusform>%n jetzt da</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="300"/>
        <source>visiting %1</source>
        <translation>besucht %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="301"/>
        <source>guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="304"/>
        <source>Check out</source>
        <translation>Auschecken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="306"/>
        <source>Forgot to check out</source>
        <translation>Auschecken vergessen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="307"/>
        <source>Left without scanning</source>
        <translation>Ohne Scannen gegangen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="308"/>
        <source>Other reason</source>
        <translation>Anderer Grund</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="315"/>
        <source>Host view</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="316"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="317"/>
        <source>Quit the kiosk</source>
        <translation>Kiosk beenden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="318"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="319"/>
        <source>Evacuation list</source>
        <translation>Evakuierungsliste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="320"/>
        <source>Evacuation PDF</source>
        <translation>Evakuierungsliste als PDF</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="321"/>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="322"/>
        <source>In now</source>
        <translation>Jetzt da</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="322"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="322"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="323"/>
        <source>How busy</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="323"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>HostUnlockScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="119"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Falsche PIN. Bitte noch einmal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="120"/>
        <source>Too many wrong PINs. The keypad is locked for five minutes.</source>
        <translation>Zu viele falsche PINs. Die Tastatur ist für fünf Minuten gesperrt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="121"/>
        <source>No host PIN is set on this kiosk (kiosk host-pin).</source>
        <translation>Auf diesem Kiosk ist keine Gastgeber-PIN gesetzt (kiosk host-pin).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="130"/>
        <source>Host PIN</source>
        <translation>Gastgeber-PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="131"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="132"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ManualEntryScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="96"/>
        <source>That code is not right. Check it and try again.</source>
        <translation>Dieser Code stimmt nicht. Bitte prüfen und noch einmal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="114"/>
        <source>Type the code printed under your QR code</source>
        <translation>Geben Sie den Code unter Ihrem QR-Code ein</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="115"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="116"/>
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="342"/>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="342"/>
        <source>clip card</source>
        <translation>Zehnerkarte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="343"/>
        <source>day pass</source>
        <translation>Tagespass</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="346"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="352"/>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="527"/>
        <source>New member</source>
        <translation>Neues Mitglied</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages.py" line="363"/>
        <source>%n clip(s) in all</source>
        <translation>
            <numerusform>%n Besuch insgesamt</numerusform>
            <numerusform>%n Besuche insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="365"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="365"/>
        <source>Add and make a card</source>
        <translation>Anlegen und Karte erstellen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="367"/>
        <source>Reactivate</source>
        <translation>Wieder aktivieren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="368"/>
        <source>Pause membership</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="388"/>
        <source>valid until</source>
        <translation>gültig bis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="398"/>
        <source>Sent to the server; the member arrives with the next sync.</source>
        <translation>An den Server geschickt; das Mitglied kommt mit der nächsten Synchronisation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="400"/>
        <source>Added %1. Card written to %2</source>
        <translation>%1 angelegt. Karte gespeichert in %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="414"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="417"/>
        <source>Sent to the server; it applies with the next sync.</source>
        <translation>An den Server geschickt; es gilt ab der nächsten Synchronisation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="428"/>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="428"/>
        <source>Active again.</source>
        <translation>Wieder aktiv.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="435"/>
        <source>New card issued; the old one no longer works. Written to %1</source>
        <translation>Neue Karte ausgestellt; die alte gilt nicht mehr. Gespeichert in %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="440"/>
        <source>Card written to %1</source>
        <translation>Karte gespeichert in %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="447"/>
        <source>Tap Erase again to delete %1 and all their data for good.</source>
        <translation>Tippen Sie noch einmal auf Löschen, um %1 mit allen Daten endgültig zu löschen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="451"/>
        <source>Erased.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="462"/>
        <source>The amount must be a number, like 450 or 450,00.</source>
        <translation>Der Betrag muss eine Zahl sein, z. B. 450 oder 450,00.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="466"/>
        <source>%1 clips added, %2 paid by %3.</source>
        <translation>%1 Besuche hinzugefügt, %2 bezahlt per %3.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="477"/>
        <source>No CSV file found. Put it on a USB stick, or in the kiosk&apos;s import folder.</source>
        <translation>Keine CSV-Datei gefunden. Legen Sie sie auf einen USB-Stick oder in den Import-Ordner des Kiosks.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="496"/>
        <source>Importing %1 ...</source>
        <translation>Importiere %1 ...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages.py" line="507"/>
        <source>%n member(s) imported from %1</source>
        <translation>
            <numerusform>%n Mitglied aus %1 importiert</numerusform>
            <numerusform>%n Mitglieder aus %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="512"/>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="519"/>
        <source>No members to print.</source>
        <translation>Keine Mitglieder zum Drucken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages.py" line="522"/>
        <source>%n card(s) written to %1</source>
        <translation>
            <numerusform>%n Karte gespeichert in %1</numerusform>
            <numerusform>%n Karten gespeichert in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="526"/>
        <source>Search by name or e-mail</source>
        <translation>Nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="528"/>
        <source>Print these cards</source>
        <translation>Diese Karten drucken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="529"/>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="530"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="531"/>
        <source>E-mail (optional)</source>
        <translation>E-Mail (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="532"/>
        <source>Valid until, like 2026-12-31 (optional)</source>
        <translation>Gültig bis, z. B. 2026-12-31 (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="533"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="533"/>
        <source>Clip card</source>
        <translation>Zehnerkarte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="534"/>
        <source>Day pass</source>
        <translation>Tagespass</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="536"/>
        <source>New card (lost)</source>
        <translation>Neue Karte (verloren)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="537"/>
        <source>MobilePay</source>
        <translation>MobilePay</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="537"/>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="538"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="540"/>
        <source>Print card</source>
        <translation>Karte drucken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="541"/>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="542"/>
        <source>Top up the clip card</source>
        <translation>Zehnerkarte aufladen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="543"/>
        <source>Amount paid, kr.</source>
        <translation>Bezahlter Betrag, kr.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="184"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="185"/>
        <source>space</source>
        <translation>Leerzeichen</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="122"/>
        <source>Demo member: not a real person</source>
        <translation>Demo-Mitglied: keine echte Person</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="127"/>
        <source>Sorry, that did not work</source>
        <translation>Das hat leider nicht geklappt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="128"/>
        <source>Your visit could not be saved.</source>
        <translation>Ihr Besuch konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="129"/>
        <source>Please try again, or tell a host.</source>
        <translation>Bitte noch einmal versuchen oder einem Gastgeber Bescheid sagen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="135"/>
        <source>Goodbye, %1</source>
        <translation>Auf Wiedersehen, %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="136"/>
        <source>You were here %1 today</source>
        <translation>Sie waren heute %1 hier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="137"/>
        <source>See you soon!</source>
        <translation>Bis bald!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="139"/>
        <source>Your day pass has expired</source>
        <translation>Ihr Tagespass ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="140"/>
        <source>A day pass is valid on its day only. Register again for today.</source>
        <translation>Ein Tagespass gilt nur an seinem Tag. Melden Sie sich für heute neu an.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="146"/>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="148"/>
        <source>Hello</source>
        <translation>Hallo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="149"/>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/result_screen.py" line="152"/>
        <source>%n other(s) in today</source>
        <translation>
            <numerusform>%n andere Person heute da</numerusform>
            <numerusform>%n andere heute da</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="153"/>
        <source>You are the first one in</source>
        <translation>Sie sind die erste Person heute</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/result_screen.py" line="155"/>
        <source>%n clip(s) left on your clip card</source>
        <translation>
            <numerusform>Noch %n Besuch auf Ihrer Zehnerkarte</numerusform>
            <numerusform>Noch %n Besuche auf Ihrer Zehnerkarte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="157"/>
        <source>Your day pass is valid until we close tonight</source>
        <translation>Ihr Tagespass gilt bis heute Abend zum Schluss</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="161"/>
        <source>Membership valid until %1</source>
        <translation>Mitgliedschaft gültig bis %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/result_screen.py" line="169"/>
        <source>Only %n clip(s) left: top up with a host</source>
        <translation>
            <numerusform>Nur noch %n Besuch: beim Gastgeber aufladen</numerusform>
            <numerusform>Nur noch %n Besuche: beim Gastgeber aufladen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="171"/>
        <source>Your membership ends soon: renew it with a host</source>
        <translation>Ihre Mitgliedschaft endet bald: beim Gastgeber verlängern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="178"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/result_screen.py" line="179"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="183"/>
        <source>That is not a member card</source>
        <translation>Das ist keine Mitgliedskarte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="184"/>
        <source>Show the QR code from your member card or day pass.</source>
        <translation>Zeigen Sie den QR-Code Ihrer Mitgliedskarte oder Ihres Tagespasses.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="185"/>
        <source>The code could not be read</source>
        <translation>Der Code konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="186"/>
        <source>Try again, or ask a host for a new card.</source>
        <translation>Noch einmal versuchen oder beim Gastgeber eine neue Karte holen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="187"/>
        <source>This card is from another space</source>
        <translation>Diese Karte ist von einem anderen Ort</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="188"/>
        <source>Ask a host if you would like to work here today.</source>
        <translation>Fragen Sie einen Gastgeber, wenn Sie heute hier arbeiten möchten.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="189"/>
        <source>This card is not valid</source>
        <translation>Diese Karte ist nicht gültig</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="189"/>
        <source>Please ask a host for help.</source>
        <translation>Bitte fragen Sie einen Gastgeber.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="190"/>
        <source>We do not know this card</source>
        <translation>Diese Karte kennen wir nicht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="190"/>
        <source>Please ask a host to add you.</source>
        <translation>Bitten Sie einen Gastgeber, Sie einzutragen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="191"/>
        <source>This card has been replaced</source>
        <translation>Diese Karte wurde ersetzt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="192"/>
        <source>Use your newest card, or ask a host.</source>
        <translation>Nehmen Sie Ihre neueste Karte oder fragen Sie einen Gastgeber.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="193"/>
        <source>Your membership is paused</source>
        <translation>Ihre Mitgliedschaft ist pausiert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="193"/>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="195"/>
        <source>Please talk to a host.</source>
        <translation>Bitte sprechen Sie mit einem Gastgeber.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="194"/>
        <source>Your membership has not started yet</source>
        <translation>Ihre Mitgliedschaft hat noch nicht begonnen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="196"/>
        <source>Your membership has expired</source>
        <translation>Ihre Mitgliedschaft ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="197"/>
        <source>Renew it with a host, and you are welcome back.</source>
        <translation>Verlängern Sie beim Gastgeber, dann sind Sie wieder willkommen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="198"/>
        <source>Your clip card is used up</source>
        <translation>Ihre Zehnerkarte ist aufgebraucht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="198"/>
        <source>Buy a new clip card from a host.</source>
        <translation>Kaufen Sie beim Gastgeber eine neue Zehnerkarte.</translation>
    </message>
</context>
<context>
    <name>RollCallScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="363"/>
        <source>%1 (guest)</source>
        <translation>%1 (Gast)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="376"/>
        <source>%1 of %2 accounted for</source>
        <translation>%1 von %2 da</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="380"/>
        <source>Evacuation: everyone in the building</source>
        <translation>Evakuierung: alle im Gebäude</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="381"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="118"/>
        <source>%n in now</source>
        <translation>
            <numerusform>%n jetzt da</numerusform>
            <numerusform>%n jetzt da</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="135"/>
        <source>Server access revoked: tell a host</source>
        <translation>Serverzugang gesperrt: Gastgeber informieren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="137"/>
        <source>Not syncing: this kiosk needs an update</source>
        <translation>Keine Synchronisierung: dieser Kiosk braucht ein Update</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="137"/>
        <source>Not syncing: the server needs an update</source>
        <translation>Keine Synchronisierung: der Server braucht ein Update</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="137"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="141"/>
        <source>Offline since %1</source>
        <translation>Offline seit %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="144"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="146"/>
        <source>%n set aside</source>
        <translation>
            <numerusform>%n zurückgestellt</numerusform>
            <numerusform>%n zurückgestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="148"/>
        <source>%n changes wait for a host</source>
        <translation>
            <numerusform>%n Änderung wartet auf einen Gastgeber</numerusform>
            <numerusform>%n Änderungen warten auf einen Gastgeber</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="166"/>
        <source>The camera only sees black. Is something covering it? Trying again...</source>
        <translation>Die Kamera sieht nur Schwarz. Ist sie verdeckt? Neuer Versuch ...</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="167"/>
        <source>The camera is not working right now. Trying again... Please tell a host if this stays.</source>
        <translation>Die Kamera funktioniert gerade nicht. Neuer Versuch ... Bitte sagen Sie einem Gastgeber Bescheid, wenn das so bleibt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="172"/>
        <source>Hold your QR code up to the camera</source>
        <translation>Halten Sie Ihren QR-Code vor die Kamera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="174"/>
        <source>The camera is above the screen. Hold the code still, about a hand&apos;s width away.</source>
        <translation>Die Kamera ist über dem Bildschirm. Halten Sie den Code ruhig, etwa eine Handbreit entfernt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="175"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="176"/>
        <source>Hold the code up to the camera above the screen, not to the screen</source>
        <translation>Halten Sie den Code vor die Kamera über dem Bildschirm, nicht vor den Bildschirm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="177"/>
        <source>Type code</source>
        <translation>Code eingeben</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="178"/>
        <source>Guest / day pass</source>
        <translation>Gast / Tagespass</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="179"/>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="795"/>
        <source>Version %1; a change makes a new version that guests accept from then on.</source>
        <translation>Version %1; eine Änderung ergibt eine neue Version, der Gäste ab dann zustimmen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="806"/>
        <source>Saved as version %1.</source>
        <translation>Als Version %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="817"/>
        <source>Keep at least one visitor type.</source>
        <translation>Mindestens eine Besucherart muss bleiben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="831"/>
        <source>Saved. A new camera or time zone applies at the next start.</source>
        <translation>Gespeichert. Eine neue Kamera oder Zeitzone gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="838"/>
        <source>Space name</source>
        <translation>Name des Ortes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="838"/>
        <source>Opens at</source>
        <translation>Öffnet um</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="839"/>
        <source>Closes at</source>
        <translation>Schließt um</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="840"/>
        <source>Repeat scan guard (s)</source>
        <translation>Wiederholsperre (s)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="841"/>
        <source>Delete guests after (days)</source>
        <translation>Gäste löschen nach (Tagen)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="846"/>
        <source>Visitor types: name, price in kr., host member needed. Clear a name to remove the type.</source>
        <translation>Besucherarten: Name, Preis in kr., Mitglied als Gastgeber nötig. Name leeren, um die Art zu entfernen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="848"/>
        <source>+ Visitor type</source>
        <translation>+ Besucherart</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="851"/>
        <source>New host PIN</source>
        <translation>Neue Gastgeber-PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="842"/>
        <source>MobilePay number</source>
        <translation>MobilePay-Nummer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="653"/>
        <source>Host needed</source>
        <translation>Gastgeber nötig</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="843"/>
        <source>Languages (da,en,de)</source>
        <translation>Sprachen (da,en,de)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="843"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="852"/>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="853"/>
        <source>Save text</source>
        <translation>Text speichern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="855"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="855"/>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages.py" line="147"/>
        <source>Today: %n visit(s)</source>
        <translation>
            <numerusform>Heute: %n Besuch</numerusform>
            <numerusform>Heute: %n Besuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages.py" line="148"/>
        <source>%n of them guest(s)</source>
        <translation>
            <numerusform>davon %n Gast</numerusform>
            <numerusform>davon %n Gäste</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="155"/>
        <source>in now</source>
        <translation>jetzt da</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="158"/>
        <source>guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="162"/>
        <source>visiting %1</source>
        <translation>besucht %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="185"/>
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="189"/>
        <source>No card with them</source>
        <translation>Keine Karte dabei</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="190"/>
        <source>The code will not read</source>
        <translation>Der Code lässt sich nicht lesen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="191"/>
        <source>Other reason</source>
        <translation>Anderer Grund</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="199"/>
        <source>%1 was not checked in: %2</source>
        <translation>%1 wurde nicht eingecheckt: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="202"/>
        <source>%1 is checked in.</source>
        <translation>%1 ist eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="211"/>
        <source>Check someone in by hand</source>
        <translation>Jemanden von Hand einchecken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages.py" line="212"/>
        <source>Type a member&apos;s name</source>
        <translation>Namen eines Mitglieds eingeben</translation>
    </message>
</context>
</TS>
