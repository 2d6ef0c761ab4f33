<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="42"/>
        <source>at the machine</source>
        <translation>an der Maschine</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="50"/>
        <source>Nothing done by hand yet.</source>
        <translation>Noch nichts von Hand getan.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="54"/>
        <source>checked out by hand</source>
        <translation>von Hand ausgecheckt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="54"/>
        <source>checked in by hand</source>
        <translation>von Hand eingecheckt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="55"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="55"/>
        <source>imported members</source>
        <translation>Mitglieder importiert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="55"/>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="56"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="56"/>
        <source>reactivated</source>
        <translation>reaktiviert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="56"/>
        <source>new card</source>
        <translation>neue Karte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="57"/>
        <source>topped up</source>
        <translation>aufgeladen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="57"/>
        <source>erased</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="57"/>
        <source>exported</source>
        <translation>exportiert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="58"/>
        <source>evacuation list</source>
        <translation>Evakuierungsliste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="58"/>
        <source>changed settings</source>
        <translation>Einstellungen geändert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="59"/>
        <source>opened the host view</source>
        <translation>Gastgeberansicht geöffnet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="60"/>
        <source>wrong door PIN after their card</source>
        <translation>falsche Tür-PIN nach der eigenen Karte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="61"/>
        <source>card refused for a while: too many wrong door PINs</source>
        <translation>Karte eine Weile abgewiesen: zu viele falsche Tür-PINs</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="62"/>
        <source>door held open (seconds)</source>
        <translation>Tür offen gehalten (Sekunden)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="63"/>
        <source>door opened without the kiosk opening it (forced?)</source>
        <translation>Tür geöffnet, ohne dass der Kiosk sie öffnete (aufgebrochen?)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="64"/>
        <source>door closed again (seconds it was open)</source>
        <translation>Tür wieder geschlossen (Sekunden offen)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="65"/>
        <source>the door sensor did not answer</source>
        <translation>der Türsensor hat nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="66"/>
        <source>the door sensor answers again</source>
        <translation>der Türsensor antwortet wieder</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="70"/>
        <source>What hosts did by hand (kept for a year; ids and reasons, no names stored)</source>
        <translation>Was Gastgeber von Hand taten (ein Jahr lang aufbewahrt; Kennungen und Gründe, keine Namen gespeichert)</translation>
    </message>
</context>
<context>
    <name>BusyPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="92"/>
        <source>%1 to %2: %3 member visits, %4 guest visits</source>
        <translation>%1 bis %2: %3 Besuche von Mitgliedern, %4 von Gästen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="96"/>
        <source>Visits per day (green members, yellow guests)</source>
        <translation>Besuche pro Tag (grün Mitglieder, gelb Gäste)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="105"/>
        <source>People present by hour of day (average)</source>
        <translation>Anwesende nach Uhrzeit (Durchschnitt)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="111"/>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="111"/>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="111"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="111"/>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="111"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="111"/>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="112"/>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="107"/>
        <source>Visits by weekday (average)</source>
        <translation>Besuche nach Wochentag (Durchschnitt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="82"/>
        <source>Critical mass, last 12 months: share of open days with at least %n people in</source>
        <translation>
            <numerusform>Kritische Masse, letzte 12 Monate: Anteil der offenen Tage mit mindestens %n Person</numerusform>
            <numerusform>Kritische Masse, letzte 12 Monate: Anteil der offenen Tage mit mindestens %n Personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="84"/>
        <source>By weekday</source>
        <translation>Nach Wochentag</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="87"/>
        <source>By month</source>
        <translation>Nach Monat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="119"/>
        <source>Visits written to %1</source>
        <translation>Besuche gespeichert in %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="122"/>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="122"/>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="122"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="123"/>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="125"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
</context>
<context>
    <name>ChecklistScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/checklist.py" line="113"/>
        <source>You are the first one in</source>
        <translation>Sie sind als Erste(r) da</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checklist.py" line="114"/>
        <source>Please open up the space:</source>
        <translation>Bitte öffnen Sie den Raum:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checklist.py" line="116"/>
        <source>You are the last one out</source>
        <translation>Sie gehen als Letzte(r)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checklist.py" line="117"/>
        <source>Please close up the space:</source>
        <translation>Bitte schließen Sie den Raum ab:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checklist.py" line="118"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <location filename="../../kiosk/ui/confirm.py" line="65"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/contact.py" line="44"/>
        <source>E-mail and company</source>
        <translation>E-Mail und Firma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/contact.py" line="45"/>
        <source>Both are optional. We only use them for a receipt or an invoice.</source>
        <translation>Beides ist freiwillig. Wir nutzen es nur für eine Quittung oder Rechnung.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/contact.py" line="46"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/contact.py" line="47"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/contact.py" line="51"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/contact.py" line="52"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>CountdownBanner</name>
    <message>
        <location filename="../../kiosk/ui/countdown.py" line="178"/>
        <source>More time</source>
        <translation>Mehr Zeit</translation>
    </message>
</context>
<context>
    <name>DayPassPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/day_pass.py" line="77"/>
        <source>Welcome, %1! You are checked in.</source>
        <translation>Willkommen, %1! Sie sind eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/day_pass.py" line="78"/>
        <source>Take a photo of this code. Show it to the camera when you come back in and when you leave.</source>
        <translation>Fotografieren Sie diesen Code. Zeigen Sie ihn der Kamera, wenn Sie wiederkommen und wenn Sie gehen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/day_pass.py" line="80"/>
        <source>Valid on %1 until %2.</source>
        <translation>Gültig am %1 bis %2 Uhr.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/day_pass.py" line="81"/>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/day_pass.py" line="83"/>
        <source>Please let %1 know that you are here.</source>
        <translation>Bitte sagen Sie %1 Bescheid, dass Sie da sind.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/day_pass.py" line="90"/>
        <source>Please pay %1 with MobilePay to %2.</source>
        <translation>Bitte zahlen Sie %1 per MobilePay an %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/day_pass.py" line="104"/>
        <source>Your day pass</source>
        <translation>Ihr Tagespass</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/day_pass.py" line="104"/>
        <source>Your guest pass</source>
        <translation>Ihr Gästepass</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/day_pass.py" line="108"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>DoorPanel</name>
    <message>
        <location filename="../../kiosk/ui/door_panel.py" line="116"/>
        <source>In</source>
        <translation>Rein</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_panel.py" line="117"/>
        <source>Out</source>
        <translation>Raus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/door_panel.py" line="119"/>
        <source>The door is open: %n second(s)</source>
        <translation>
            <numerusform>Die Tür ist offen: %n Sekunde</numerusform>
            <numerusform>Die Tür ist offen: %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_panel.py" line="120"/>
        <source>The door is locked again. Scan again to open it.</source>
        <translation>Die Tür ist wieder zu. Erneut scannen, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_panel.py" line="122"/>
        <source>The door did not open: the lock is not answering. Please use your key or call a host.</source>
        <translation>Die Tür hat sich nicht geöffnet: Das Schloss antwortet nicht. Bitte benutzen Sie Ihren Schlüssel oder rufen Sie einen Gastgeber an.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_panel.py" line="124"/>
        <source>The door has opened twice for this card. Please wait a minute.</source>
        <translation>Die Tür wurde für diese Karte schon zweimal geöffnet. Bitte warten Sie eine Minute.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_panel.py" line="126"/>
        <source>The door opens once a host or the member you visit has approved your day pass.</source>
        <translation>Die Tür öffnet sich, sobald ein Gastgeber oder das Mitglied, das Sie besuchen, Ihren Tagespass freigegeben hat.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_panel.py" line="128"/>
        <source>A day pass opens the door only inside opening hours.</source>
        <translation>Ein Tagespass öffnet die Tür nur während der Öffnungszeiten.</translation>
    </message>
</context>
<context>
    <name>DoorPinScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/door_pin.py" line="134"/>
        <source>Wrong PIN. %n more tries before this card is refused for a while.</source>
        <translation>
            <numerusform>Falsche PIN. Noch %n Versuch, dann wird diese Karte eine Weile abgewiesen.</numerusform>
            <numerusform>Falsche PIN. Noch %n Versuche, dann wird diese Karte eine Weile abgewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door_pin.py" line="145"/>
        <source>Type your door PIN on the keypad, then Open.</source>
        <translation>Geben Sie Ihre Tür-PIN auf dem Tastenfeld ein und tippen Sie auf Öffnen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door_pin.py" line="155"/>
        <source>Still there? Back to the door in %1 seconds.</source>
        <translation>Noch da? Zurück zur Tür in %1 Sekunden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door_pin.py" line="159"/>
        <source>%1, your door PIN</source>
        <translation>%1, Ihre Tür-PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door_pin.py" line="160"/>
        <source>Your door PIN</source>
        <translation>Ihre Tür-PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door_pin.py" line="161"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door_pin.py" line="162"/>
        <source>Delete last character</source>
        <translation>Letztes Zeichen löschen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door_pin.py" line="163"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door_pin.py" line="166"/>
        <source>Number key. Type the digits on your keypad.</source>
        <translation>Zifferntaste. Tippen Sie die Ziffern auf Ihrem Tastenfeld.</translation>
    </message>
</context>
<context>
    <name>DoorRow</name>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door.py" line="48"/>
        <source>Open the door</source>
        <translation>Tür öffnen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door.py" line="49"/>
        <source>Test the lock</source>
        <translation>Schloss testen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door.py" line="53"/>
        <source>Opening the door from here needs a host PIN of at least 6 digits that is not easy to guess. Set one: kiosk host-pin.</source>
        <translation>Um die Tür von hier zu öffnen, braucht der Gastgeber eine PIN mit mindestens 6 Ziffern, die nicht leicht zu erraten ist. Festlegen: kiosk host-pin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages/door.py" line="63"/>
        <source>The door is open for %n second(s).</source>
        <translation>
            <numerusform>Die Tür ist %n Sekunde offen.</numerusform>
            <numerusform>Die Tür ist %n Sekunden offen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door.py" line="65"/>
        <source>The lock did not answer. Check its power and network.</source>
        <translation>Das Schloss hat nicht geantwortet. Prüfen Sie Strom und Netzwerk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door.py" line="69"/>
        <source>The lock answered and opened: %1</source>
        <translation>Das Schloss hat geantwortet und geöffnet: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door.py" line="71"/>
        <source>The lock did not open: %1 (%2)</source>
        <translation>Das Schloss hat nicht geöffnet: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DoorSettingsSection</name>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="213"/>
        <source>Hours since the last sync: a number from 1 to 720.</source>
        <translation>Stunden seit der letzten Synchronisierung: eine Zahl von 1 bis 720.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="215"/>
        <source>Seconds before a door is held open: 5 to 3600.</source>
        <translation>Sekunden, bis eine Tür offen gehalten ist: 5 bis 3600.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="220"/>
        <source>Without a lock the door only records check-ins: no scan opens it any more, and the lock&apos;s settings here are forgotten.</source>
        <translation>Ohne Schloss zeichnet die Tür nur Check-ins auf: kein Scan öffnet sie mehr, und die Einstellungen des Schlosses hier werden vergessen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="222"/>
        <source>Remove the lock</source>
        <translation>Schloss entfernen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="241"/>
        <source>The door&apos;s settings are saved.</source>
        <translation>Die Einstellungen der Tür sind gespeichert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="254"/>
        <source>No lock is saved yet: choose one, save, then test it.</source>
        <translation>Noch kein Schloss gespeichert: wählen Sie eines, speichern Sie, dann testen Sie es.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="260"/>
        <source>The lock answered and opened: %1</source>
        <translation>Das Schloss hat geantwortet und geöffnet: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="262"/>
        <source>The lock did not open: %1 (%2)</source>
        <translation>Das Schloss hat nicht geöffnet: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="268"/>
        <source>Nothing was saved: see the door&apos;s settings.</source>
        <translation>Nichts wurde gespeichert: siehe die Einstellungen der Tür.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="273"/>
        <source>Seconds the door stays open: a number from 1 to 30.</source>
        <translation>Sekunden, die die Tür offen bleibt: eine Zahl von 1 bis 30.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="274"/>
        <source>The lock&apos;s address is like http://192.168.1.20</source>
        <translation>Die Adresse des Schlosses sieht so aus: http://192.168.1.20</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="275"/>
        <source>A Shelly needs its password: a Shelly without one is refused.</source>
        <translation>Ein Shelly braucht sein Passwort: ein Shelly ohne Passwort wird abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="276"/>
        <source>The Nuki Bridge&apos;s token is needed.</source>
        <translation>Das Token der Nuki Bridge wird gebraucht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="277"/>
        <source>The Nuki lock&apos;s id is a number (the bridge&apos;s /list shows it).</source>
        <translation>Die ID des Nuki-Schlosses ist eine Zahl (die /list der Bridge zeigt sie).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="278"/>
        <source>The GPIO line is like gpiochip0:17</source>
        <translation>Die GPIO-Leitung sieht so aus: gpiochip0:17</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="279"/>
        <source>The Shelly&apos;s input for the door contact: 0 to 3, or empty for none.</source>
        <translation>Der Eingang des Shelly für den Türkontakt: 0 bis 3, oder leer für keinen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="280"/>
        <source>This lock setting is not right.</source>
        <translation>Diese Schlosseinstellung stimmt nicht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="285"/>
        <source>%1 is not a weekday: use mon, tue, wed, thu, fri, sat, sun (mon-fri).</source>
        <translation>%1 ist kein Wochentag: verwenden Sie mon, tue, wed, thu, fri, sat, sun (mon-fri).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="286"/>
        <source>%1 is not a time like 08:00.</source>
        <translation>%1 ist keine Uhrzeit wie 08:00.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="287"/>
        <source>%1 is not a range like 08:00-17:00.</source>
        <translation>%1 ist kein Zeitraum wie 08:00-17:00.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="288"/>
        <source>%1 ends before it starts.</source>
        <translation>%1 endet, bevor es beginnt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="289"/>
        <source>%1 is not a date like 2026-12-24.</source>
        <translation>%1 ist kein Datum wie 2026-12-24.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="290"/>
        <source>These hours are not right.</source>
        <translation>Diese Öffnungszeiten stimmen nicht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="294"/>
        <source>it does not answer</source>
        <translation>es antwortet nicht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="294"/>
        <source>wrong password or token</source>
        <translation>falsches Passwort oder Token</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="295"/>
        <source>it has no password: refused</source>
        <translation>es hat kein Passwort: abgelehnt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="295"/>
        <source>it answered with an error</source>
        <translation>es hat mit einem Fehler geantwortet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="296"/>
        <source>no lock set</source>
        <translation>kein Schloss eingestellt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="300"/>
        <source>The door lock and its hours</source>
        <translation>Das Türschloss und seine Öffnungszeiten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="301"/>
        <source>No lock</source>
        <translation>Kein Schloss</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="301"/>
        <source>Shelly relay</source>
        <translation>Shelly-Relais</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="301"/>
        <source>Nuki lock</source>
        <translation>Nuki-Schloss</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="302"/>
        <source>GPIO relay</source>
        <translation>GPIO-Relais</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="305"/>
        <source>set; leave empty to keep it</source>
        <translation>gesetzt; leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="307"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="307"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="307"/>
        <source>Bridge token</source>
        <translation>Bridge-Token</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="308"/>
        <source>Nuki lock id</source>
        <translation>ID des Nuki-Schlosses</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="308"/>
        <source>GPIO line</source>
        <translation>GPIO-Leitung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="309"/>
        <source>Seconds open</source>
        <translation>Sekunden offen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="310"/>
        <source>Door contact on the Shelly&apos;s input (0-3; empty: none)</source>
        <translation>Türkontakt am Eingang des Shelly (0-3; leer: keiner)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="311"/>
        <source>A door open this long is held open (seconds)</source>
        <translation>Eine so lange offene Tür wird offen gehalten (Sekunden)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="312"/>
        <source>Opening hours (mon-fri 08:00-17:00; sat 10:00-14:00)</source>
        <translation>Öffnungszeiten (mon-fri 08:00-17:00; sat 10:00-14:00)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="313"/>
        <source>Closed days (2026-12-24, 2026-12-31)</source>
        <translation>Schließtage (2026-12-24, 2026-12-31)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="314"/>
        <source>After hours, refuse when not synced for (hours)</source>
        <translation>Außerhalb der Öffnungszeiten ablehnen, wenn nicht synchronisiert seit (Stunden)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="320"/>
        <source>Relay on when the line is low</source>
        <translation>Relais an, wenn die Leitung low ist</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="321"/>
        <source>Watch the Nuki&apos;s door sensor (held or forced open)</source>
        <translation>Türsensor des Nuki beobachten (offen gehalten oder aufgebrochen)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="322"/>
        <source>Closed on Danish public holidays</source>
        <translation>Geschlossen an dänischen Feiertagen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="323"/>
        <source>A card alone opens inside opening hours</source>
        <translation>Eine Karte allein öffnet während der Öffnungszeiten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="324"/>
        <source>Closed now (only people inside and hosts open)</source>
        <translation>Jetzt geschlossen (nur wer drinnen ist und Gastgeber öffnen)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="325"/>
        <source>Save the door&apos;s settings</source>
        <translation>Türeinstellungen speichern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="326"/>
        <source>Test the lock</source>
        <translation>Schloss testen</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="23"/>
        <source>That cannot be used. Please check what you typed.</source>
        <translation>Das kann nicht verwendet werden. Bitte prüfen Sie Ihre Eingabe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="24"/>
        <source>That is not here any more.</source>
        <translation>Das gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="25"/>
        <source>The kiosk could not read or write its files. Tell the kiosk&apos;s owner.</source>
        <translation>Der Kiosk konnte seine Dateien nicht lesen oder schreiben. Sagen Sie es dem Betreiber des Kiosks.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="27"/>
        <source>Type the member&apos;s name.</source>
        <translation>Geben Sie den Namen des Mitglieds ein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="28"/>
        <source>The name is too long: at most {limit} characters.</source>
        <translation>Der Name ist zu lang: höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="29"/>
        <source>The e-mail address is too long: at most {limit} characters.</source>
        <translation>Die E-Mail-Adresse ist zu lang: höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="30"/>
        <source>{email} is not an e-mail address (like name@example.com).</source>
        <translation>{email} ist keine E-Mail-Adresse (wie name@beispiel.de).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="31"/>
        <source>The number of clips cannot be negative.</source>
        <translation>Die Zahl der Besuche kann nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="32"/>
        <source>A clip card holds at most {limit} clips.</source>
        <translation>Eine Mehrfachkarte hat höchstens {limit} Besuche.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="33"/>
        <source>A clip card needs at least one clip.</source>
        <translation>Eine Mehrfachkarte braucht mindestens einen Besuch.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="34"/>
        <source>Only a clip card has clips.</source>
        <translation>Nur eine Mehrfachkarte hat Besuche.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="35"/>
        <source>The end date is before the start date.</source>
        <translation>Das Enddatum liegt vor dem Startdatum.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="36"/>
        <source>{plan} is not a plan: use monthly, clipcard or daypass.</source>
        <translation>{plan} ist kein Tarif: verwenden Sie monthly, clipcard oder daypass.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="37"/>
        <source>{text} is not a date like 2026-12-31.</source>
        <translation>{text} ist kein Datum wie 2026-12-31.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="38"/>
        <source>{text} is not a whole number of clips.</source>
        <translation>{text} ist keine ganze Zahl von Besuchen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="39"/>
        <source>{role} is not a role: use member or host.</source>
        <translation>{role} ist keine Rolle: verwenden Sie member oder host.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="40"/>
        <source>That member is not on this kiosk any more.</source>
        <translation>Dieses Mitglied gibt es auf diesem Kiosk nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="41"/>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="42"/>
        <source>Choose a period of at most {days} days.</source>
        <translation>Wählen Sie einen Zeitraum von höchstens {days} Tagen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="43"/>
        <source>The file is not UTF-8 text (at byte {byte}). Save it as CSV UTF-8.</source>
        <translation>Die Datei ist kein UTF-8-Text (bei Byte {byte}). Speichern Sie sie als CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="45"/>
        <source>The file is not a CSV text file.</source>
        <translation>Die Datei ist keine CSV-Textdatei.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="46"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="47"/>
        <source>Line {line} cannot be read as CSV.</source>
        <translation>Zeile {line} lässt sich nicht als CSV lesen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="48"/>
        <source>The first line must name the columns: {columns}.</source>
        <translation>Die erste Zeile muss die Spalten nennen: {columns}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="49"/>
        <source>The column {column} is unknown; the columns are {columns}.</source>
        <translation>Die Spalte {column} ist unbekannt; die Spalten sind {columns}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="51"/>
        <source>More than {limit} rows: split the file.</source>
        <translation>Mehr als {limit} Zeilen: teilen Sie die Datei auf.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="52"/>
        <source>Line {line} has {found} fields; it needs {expected}.</source>
        <translation>Zeile {line} hat {found} Felder; nötig sind {expected}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="53"/>
        <source>Line {line}: {problem}</source>
        <translation>Zeile {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="54"/>
        <source>{first} Lines with mistakes in all: {count}.</source>
        <translation>{first} Zeilen mit Fehlern insgesamt: {count}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="55"/>
        <source>The file has a header but no members.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Mitglieder.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="56"/>
        <source>No printer is set up on this kiosk.</source>
        <translation>Auf diesem Kiosk ist kein Drucker eingerichtet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="57"/>
        <source>This kiosk gets its members from the server: add members there.</source>
        <translation>Dieser Kiosk bekommt seine Mitglieder vom Server: legen Sie Mitglieder dort an.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="59"/>
        <source>This kiosk gets its members from the server: import members there.</source>
        <translation>Dieser Kiosk bekommt seine Mitglieder vom Server: importieren Sie Mitglieder dort.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="61"/>
        <source>This kiosk gets its members from the server: print cards there.</source>
        <translation>Dieser Kiosk bekommt seine Mitglieder vom Server: drucken Sie Karten dort.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="63"/>
        <source>This member has no valid card: make a new card first.</source>
        <translation>Dieses Mitglied hat keine gültige Karte: erstellen Sie zuerst eine neue Karte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="64"/>
        <source>{name}&apos;s card was made with an earlier key of this kiosk: make a new card.</source>
        <translation>Die Karte von {name} wurde mit einem früheren Schlüssel dieses Kiosks erstellt: erstellen Sie eine neue Karte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="66"/>
        <source>This kiosk has no key to sign cards with, so it cannot make cards.</source>
        <translation>Dieser Kiosk hat keinen Schlüssel zum Signieren von Karten und kann deshalb keine Karten erstellen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="68"/>
        <source>Add {low} to {high} clips.</source>
        <translation>Fügen Sie {low} bis {high} Besuche hinzu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="69"/>
        <source>The amount must be 0 to 100,000 kr.</source>
        <translation>Der Betrag muss 0 bis 100.000 kr. sein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="70"/>
        <source>{name} has no clip card.</source>
        <translation>{name} hat keine Mehrfachkarte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="71"/>
        <source>Choose how the clips were paid: {methods}.</source>
        <translation>Wählen Sie, wie die Besuche bezahlt wurden: {methods}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="72"/>
        <source>The text is empty: write the house rules or privacy notice.</source>
        <translation>Der Text ist leer: Schreiben Sie die Hausregeln oder den Datenschutzhinweis.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="73"/>
        <source>The text is too long: at most {limit} characters.</source>
        <translation>Der Text ist zu lang: höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="74"/>
        <source>The house rules or the privacy notice changed a moment ago: please read and accept them again.</source>
        <translation>Die Hausregeln oder der Datenschutzhinweis wurden gerade geändert: Bitte lesen und akzeptieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="76"/>
        <source>This kiosk is not joined to a server (any more), so it cannot ask the server for that.</source>
        <translation>Dieser Kiosk ist mit keinem Server (mehr) verbunden und kann den Server daher nicht darum bitten.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="78"/>
        <source>That person is not checked in.</source>
        <translation>Diese Person ist nicht eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="79"/>
        <source>That person is already checked in.</source>
        <translation>Diese Person ist schon eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="80"/>
        <source>A host PIN is 4 to 8 digits.</source>
        <translation>Eine Gastgeber-PIN hat 4 bis 8 Ziffern.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="81"/>
        <source>That PIN is too easy to guess (like 1111, 1234 or a year). Choose another.</source>
        <translation>Diese PIN ist zu leicht zu erraten (wie 1111, 1234 oder eine Jahreszahl). Wählen Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="83"/>
        <source>The folder {folder} cannot be made.</source>
        <translation>Der Ordner {folder} kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="84"/>
        <source>The file {path} cannot be read.</source>
        <translation>Die Datei {path} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="85"/>
        <source>The file cannot be written: is the disk full or read-only?</source>
        <translation>Die Datei kann nicht geschrieben werden: ist der Datenträger voll oder schreibgeschützt?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="87"/>
        <source>The disk is full: free some space.</source>
        <translation>Der Datenträger ist voll: schaffen Sie etwas Platz.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="88"/>
        <source>The database is locked by another program (a backup or a second kiosk?).</source>
        <translation>Die Datenbank ist von einem anderen Programm gesperrt (eine Sicherung oder ein zweiter Kiosk?).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="90"/>
        <source>The database is read-only (a read-only file or disk).</source>
        <translation>Die Datenbank ist schreibgeschützt (eine schreibgeschützte Datei oder ein solcher Datenträger).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="91"/>
        <source>The database file cannot be opened (missing, moved or not allowed).</source>
        <translation>Die Datenbankdatei lässt sich nicht öffnen (fehlt, verschoben oder nicht erlaubt).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="93"/>
        <source>The database file may not be written (its permissions).</source>
        <translation>Die Datenbankdatei darf nicht beschrieben werden (ihre Rechte).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="95"/>
        <source>The disk could not be read or written (full, failing or unplugged?).</source>
        <translation>Der Datenträger ließ sich nicht lesen oder beschreiben (voll, defekt oder abgezogen?).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="97"/>
        <source>The database file is damaged: restore a backup.</source>
        <translation>Die Datenbankdatei ist beschädigt: stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="98"/>
        <source>The machine ran out of memory: restart it.</source>
        <translation>Dem Gerät ist der Speicher ausgegangen: starten Sie es neu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="99"/>
        <source>{value} is not a time like 22:00.</source>
        <translation>{value} ist keine Uhrzeit wie 22:00.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="100"/>
        <source>The opening time must be before the closing time.</source>
        <translation>Die Öffnungszeit muss vor der Schließzeit liegen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="102"/>
        <source>Languages: a comma-separated choice of {choices}.</source>
        <translation>Sprachen: eine durch Kommas getrennte Auswahl aus {choices}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="103"/>
        <source>The door&apos;s language must be one of the offered languages.</source>
        <translation>Die Sprache der Tür muss eine der angebotenen Sprachen sein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="105"/>
        <source>Guests are deleted after {low} to {high} days.</source>
        <translation>Gäste werden nach {low} bis {high} Tagen gelöscht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="106"/>
        <source>The MobilePay number may have digits, spaces and + only (at most {limit}).</source>
        <translation>Die MobilePay-Nummer darf nur Ziffern, Leerzeichen und + enthalten (höchstens {limit}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="108"/>
        <source>Repeat scans are ignored for {low} to {high} seconds.</source>
        <translation>Wiederholte Scans werden {low} bis {high} Sekunden lang ignoriert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="109"/>
        <source>The space&apos;s name has 1 to {limit} characters.</source>
        <translation>Der Name des Ortes hat 1 bis {limit} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="110"/>
        <source>The contact may be at most {limit} characters.</source>
        <translation>Der Kontakt darf höchstens {limit} Zeichen haben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="111"/>
        <source>A setting is out of its range; check the numbers.</source>
        <translation>Eine Einstellung liegt außerhalb ihres Bereichs; prüfen Sie die Zahlen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="112"/>
        <source>A checklist has at most {lines} lines of at most {length} characters.</source>
        <translation>Eine Checkliste hat höchstens {lines} Zeilen mit höchstens {length} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="114"/>
        <source>A visitor type cannot be used: check its name and price.</source>
        <translation>Eine Besucherart kann nicht verwendet werden: prüfen Sie Name und Preis.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="116"/>
        <source>Critical mass is {low} to {high} people.</source>
        <translation>Die kritische Masse ist {low} bis {high} Personen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="117"/>
        <source>{value} is not a whole number: type digits only, like 30.</source>
        <translation>{value} ist keine ganze Zahl: nur Ziffern eingeben, z. B. 30.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="118"/>
        <source>Type a number from {low} to {high}.</source>
        <translation>Geben Sie eine Zahl von {low} bis {high} ein.</translation>
    </message>
</context>
<context>
    <name>GuestFlow</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/texts.py" line="15"/>
        <source>Please type your name.</source>
        <translation>Bitte geben Sie Ihren Namen ein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/texts.py" line="17"/>
        <source>That is too long: at most %1 characters.</source>
        <translation>Das ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/texts.py" line="19"/>
        <source>That does not look like an e-mail address (like name@example.com).</source>
        <translation>Das sieht nicht wie eine E-Mail-Adresse aus (wie name@example.com).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/texts.py" line="20"/>
        <source>Some of those characters cannot be used. Please type it again.</source>
        <translation>Einige Zeichen können nicht verwendet werden. Bitte noch einmal eingeben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/flow.py" line="410"/>
        <source>Your registration could not be saved. Please try again, or tell a host.</source>
        <translation>Ihre Anmeldung konnte nicht gespeichert werden. Bitte versuchen Sie es noch einmal oder sagen Sie einem Gastgeber Bescheid.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/flow.py" line="315"/>
        <source>Are you still there? In %1 seconds this starts over and what you typed is forgotten.</source>
        <translation>Sind Sie noch da? In %1 Sekunden beginnt alles von vorn, und Ihre Eingaben werden vergessen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/flow.py" line="427"/>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/flow.py" line="428"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>HostFiles</name>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/written.py" line="12"/>
        <source>%1 (sent to the printer)</source>
        <translation>%1 (an den Drucker geschickt)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/written.py" line="15"/>
        <source>%1 (the printer did not take it: %2)</source>
        <translation>%1 (der Drucker hat sie nicht angenommen: %2)</translation>
    </message>
</context>
<context>
    <name>HostPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/host.py" line="54"/>
        <location filename="../../kiosk/ui/screens/guest/host.py" line="66"/>
        <source>Nobody by that name. Check the spelling, or ask at the desk.</source>
        <translation>Niemand mit diesem Namen. Prüfen Sie die Schreibweise oder fragen Sie nach.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/host.py" line="62"/>
        <location filename="../../kiosk/ui/screens/guest/host.py" line="69"/>
        <source>Type at least three letters of their name.</source>
        <translation>Geben Sie mindestens drei Buchstaben des Namens ein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/host.py" line="64"/>
        <source>Tap the name of the person you are visiting.</source>
        <translation>Tippen Sie auf den Namen der Person, die Sie besuchen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/host.py" line="69"/>
        <source>Whom are you visiting?</source>
        <translation>Wen besuchen Sie?</translation>
    </message>
</context>
<context>
    <name>HostScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="219"/>
        <source>Quit the kiosk? The door stops checking people in, and the screen stays dark until the kiosk is started again.</source>
        <translation>Kiosk beenden? Die Tür checkt niemanden mehr ein, und der Bildschirm bleibt dunkel, bis der Kiosk wieder gestartet wird.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="221"/>
        <source>Yes, quit the kiosk</source>
        <translation>Ja, Kiosk beenden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="304"/>
        <source>Evacuation list: %1</source>
        <translation>Evakuierungsliste: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="318"/>
        <source>Only %1 MB free on the kiosk&apos;s disk. Check-ins stop when it is full: delete old files or use a bigger card.</source>
        <translation>Nur noch %1 MB frei auf dem Speicher des Kiosks. Wenn er voll ist, geht kein Check-in mehr: alte Dateien löschen oder eine größere Karte einsetzen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="321"/>
        <source>The kiosk&apos;s clock is behind its last check-in: it was probably reset at start. Check-ins stay in order; connect the network so the clock can set itself.</source>
        <translation>Die Uhr des Kiosks geht hinter dem letzten Check-in zurück: Sie wurde wohl beim Start zurückgesetzt. Check-ins bleiben in der richtigen Reihenfolge; verbinden Sie das Netzwerk, damit sich die Uhr stellt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="325"/>
        <source>The door&apos;s lock did not answer the last time it was asked to open. Check its power and network, then test it (kiosk lock test).</source>
        <translation>Das Türschloss hat beim letzten Öffnen nicht geantwortet. Prüfen Sie Strom und Netzwerk und testen Sie es dann (kiosk lock test).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="328"/>
        <source>The door is held open: it has not closed since it opened. Close it.</source>
        <translation>Die Tür wird offen gehalten: sie ist seit dem Öffnen nicht zugegangen. Schließen Sie sie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="330"/>
        <source>The door was opened without the kiosk opening it and is still open. Check who is there.</source>
        <translation>Die Tür wurde geöffnet, ohne dass der Kiosk sie öffnete, und ist noch offen. Sehen Sie nach, wer da ist.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="333"/>
        <source>The door sensor does not answer: a door held or forced open goes unseen. Check the lock&apos;s power and network (kiosk lock sensor).</source>
        <translation>Der Türsensor antwortet nicht: eine offen gehaltene oder aufgebrochene Tür bleibt unbemerkt. Prüfen Sie Strom und Netzwerk des Schlosses (kiosk lock sensor).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="336"/>
        <source>The kiosk&apos;s clock is not synchronised: check-in times may be wrong until it is. Connect the network.</source>
        <translation>Die Uhr des Kiosks ist nicht synchronisiert: Check-in-Zeiten können bis dahin falsch sein. Verbinden Sie das Netzwerk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="389"/>
        <source>%1 is checked out.</source>
        <translation>%1 ist ausgecheckt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="395"/>
        <source>%n in now</source>
        <translation>
            <numerusform>%n jetzt da</numerusform>
            <numerusform>%n jetzt da</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="407"/>
        <source>visiting %1</source>
        <translation>besucht %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="408"/>
        <source>guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="411"/>
        <source>Check out</source>
        <translation>Auschecken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="418"/>
        <source>Checking out %1 ...</source>
        <translation>%1 wird ausgecheckt ...</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="421"/>
        <source>Forgot to check out</source>
        <translation>Auschecken vergessen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="422"/>
        <source>Left without scanning</source>
        <translation>Ohne Scannen gegangen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="423"/>
        <source>Other reason</source>
        <translation>Anderer Grund</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="424"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="435"/>
        <source>Nobody has touched the host view for a while: it closes in %1 seconds.</source>
        <translation>Die Gastgeberansicht wurde eine Weile nicht berührt: Sie schließt in %1 Sekunden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="441"/>
        <source>Host view</source>
        <translation>Gastgeberansicht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="442"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="443"/>
        <source>Quit the kiosk</source>
        <translation>Kiosk beenden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="444"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="445"/>
        <source>Evacuation list</source>
        <translation>Evakuierungsliste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="446"/>
        <source>Evacuation PDF</source>
        <translation>Evakuierungsliste als PDF</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="447"/>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="448"/>
        <source>In now</source>
        <translation>Jetzt da</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="448"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="448"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="449"/>
        <source>How busy</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="449"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="449"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
</context>
<context>
    <name>HostUnlockScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="136"/>
        <source>Type your PIN on the keypad, then Open.</source>
        <translation>Geben Sie Ihre PIN ein und tippen Sie dann auf Öffnen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="172"/>
        <source>No PIN is set for this host (kiosk host-pin).</source>
        <translation>Für diesen Gastgeber ist keine PIN gesetzt (kiosk host-pin).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="189"/>
        <source>Too many wrong PINs. The keypad is locked: try again in %1.</source>
        <translation>Zu viele falsche PINs. Das Tastenfeld ist gesperrt: erneut in %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="207"/>
        <source>Still there? Back to the door in %1 seconds.</source>
        <translation>Noch da? In %1 Sekunden zurück zur Tür.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="210"/>
        <source>PIN for %1</source>
        <translation>PIN für %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="211"/>
        <source>Host PIN</source>
        <translation>Gastgeber-PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="212"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="213"/>
        <source>Delete last character</source>
        <translation>Letztes Zeichen löschen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="214"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="217"/>
        <source>Number key. Type the digits on your keypad.</source>
        <translation>Zifferntaste. Tippen Sie die Ziffern auf Ihrem Tastenfeld.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/language.py" line="16"/>
        <source>Welcome! Choose your language.</source>
        <translation>Willkommen! Wählen Sie Ihre Sprache.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/language.py" line="45"/>
        <source>Register as a guest in a minute. Nothing is kept until the end.</source>
        <translation>In einer Minute als Gast anmelden. Bis zum Schluss wird nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>ManualEntryScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="127"/>
        <source>That code is not right. Check it and try again.</source>
        <translation>Dieser Code stimmt nicht. Bitte prüfen und noch einmal versuchen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="146"/>
        <source>Still typing? Back to the door in %1 seconds.</source>
        <translation>Noch am Tippen? In %1 Sekunden zurück zur Tür.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="149"/>
        <source>Type the code printed under your QR code</source>
        <translation>Geben Sie den Code unter Ihrem QR-Code ein</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="150"/>
        <source>Delete last character</source>
        <translation>Letztes Zeichen löschen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="151"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="153"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="211"/>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="211"/>
        <source>clip card</source>
        <translation>Mehrfachkarte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="212"/>
        <source>day pass</source>
        <translation>Tagespass</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="214"/>
        <source>clip card, %1 of %2 left</source>
        <translation>Mehrfachkarte, %1 von %2 Besuchen übrig</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="216"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="220"/>
        <source>expired %1</source>
        <translation>abgelaufen %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="232"/>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="254"/>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="528"/>
        <source>New member</source>
        <translation>Neues Mitglied</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="247"/>
        <source>%n clip(s) left</source>
        <translation>
            <numerusform>noch %n Besuch</numerusform>
            <numerusform>noch %n Besuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="248"/>
        <source>%n clip(s) in all</source>
        <translation>
            <numerusform>%n Besuch insgesamt</numerusform>
            <numerusform>%n Besuche insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="251"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="251"/>
        <source>Add and make a card</source>
        <translation>Anlegen und Karte erstellen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="253"/>
        <source>Editing %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="257"/>
        <source>Reactivate</source>
        <translation>Wieder aktivieren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="258"/>
        <source>Pause membership</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="271"/>
        <source>Hold the fob to its reader now.</source>
        <translation>Halten Sie den Chip jetzt an sein Lesegerät.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="281"/>
        <source>The fob opens for %1 like their card, inside opening hours.</source>
        <translation>Der Chip öffnet für %1 wie die Karte, während der Öffnungszeiten.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="339"/>
        <source>A clip card needs a number of clips, 1 to 1000.</source>
        <translation>Eine Mehrfachkarte braucht eine Anzahl Besuche, 1 bis 1000.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="343"/>
        <source>valid until</source>
        <translation>gültig bis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="361"/>
        <source>Sent to the server; the member arrives with the next sync.</source>
        <translation>An den Server geschickt; das Mitglied kommt mit der nächsten Synchronisation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="363"/>
        <source>Added %1. Card written to %2</source>
        <translation>%1 angelegt. Karte gespeichert in %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="381"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="404"/>
        <source>Sent to the server; it applies with the next sync.</source>
        <translation>An den Server geschickt; es gilt ab der nächsten Synchronisation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="415"/>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="415"/>
        <source>Active again.</source>
        <translation>Wieder aktiv.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="421"/>
        <source>Card written to %1</source>
        <translation>Karte gespeichert in %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="423"/>
        <source>Erase %1? Their name, cards, visits and payments are deleted for good, here and at every door after its next sync.</source>
        <translation>%1 löschen? Name, Karten, Besuche und Zahlungen werden endgültig gelöscht, hier und an jeder Tür nach ihrer nächsten Synchronisierung.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="425"/>
        <source>Yes, erase %1</source>
        <translation>Ja, %1 löschen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="440"/>
        <source>Sent to the server: it stops the old card and signs the new one. This kiosk cannot print it: print it from the server&apos;s host pages.</source>
        <translation>An den Server geschickt: Er sperrt die alte Karte und signiert die neue. Dieser Kiosk kann sie nicht drucken: Drucken Sie sie auf den Gastgeberseiten des Servers.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="444"/>
        <source>The old card no longer works. New card: code %1, written to %2</source>
        <translation>Die alte Karte gilt nicht mehr. Neue Karte: Code %1, gespeichert in %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="448"/>
        <source>Stop %1&apos;s card and issue a new one? The old card stops working at this door now, and at every other door after its next sync.</source>
        <translation>Karte von %1 sperren und eine neue ausstellen? Die alte Karte funktioniert an dieser Tür ab sofort nicht mehr, an jeder anderen Tür nach ihrer nächsten Synchronisierung.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="450"/>
        <source>Yes, new card</source>
        <translation>Ja, neue Karte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="453"/>
        <source>Erased.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="464"/>
        <source>The amount must be a number, like 450 or 450,00.</source>
        <translation>Der Betrag muss eine Zahl sein, z. B. 450 oder 450,00.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="468"/>
        <source>%1 clips added, %2 paid by %3.</source>
        <translation>%1 Besuche hinzugefügt, %2 bezahlt per %3.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="479"/>
        <source>No CSV file found. Put it on a USB stick, or in the kiosk&apos;s import folder.</source>
        <translation>Keine CSV-Datei gefunden. Legen Sie sie auf einen USB-Stick oder in den Import-Ordner des Kiosks.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="496"/>
        <source>Importing %1 ...</source>
        <translation>Importiere %1 ...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="507"/>
        <source>%n member(s) imported from %1</source>
        <translation>
            <numerusform>%n Mitglied aus %1 importiert</numerusform>
            <numerusform>%n Mitglieder aus %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="512"/>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="519"/>
        <source>No members to print.</source>
        <translation>Keine Mitglieder zum Drucken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="522"/>
        <source>%n card(s) written to %1</source>
        <translation>
            <numerusform>%n Karte gespeichert in %1</numerusform>
            <numerusform>%n Karten gespeichert in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="527"/>
        <source>Search by name or e-mail</source>
        <translation>Nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="529"/>
        <source>Print these cards</source>
        <translation>Diese Karten drucken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="530"/>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="531"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="532"/>
        <source>E-mail (optional)</source>
        <translation>E-Mail (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="533"/>
        <source>Valid until, like 2026-12-31 (optional)</source>
        <translation>Gültig bis, z. B. 2026-12-31 (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="534"/>
        <source>Clips</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="535"/>
        <source>Opens the door at any hour (24/7)</source>
        <translation>Öffnet die Tür zu jeder Zeit (rund um die Uhr)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="536"/>
        <source>Enrol a fob</source>
        <translation>Chip zuordnen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="537"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="537"/>
        <source>Clip card</source>
        <translation>Mehrfachkarte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="538"/>
        <source>Day pass</source>
        <translation>Tagespass</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="540"/>
        <source>New card (lost)</source>
        <translation>Neue Karte (verloren)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="541"/>
        <source>MobilePay</source>
        <translation>MobilePay</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="541"/>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="542"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="544"/>
        <source>Print card</source>
        <translation>Karte drucken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="545"/>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="546"/>
        <source>Top up the clip card</source>
        <translation>Mehrfachkarte aufladen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="547"/>
        <source>Amount paid, kr.</source>
        <translation>Bezahlter Betrag, kr.</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/name.py" line="57"/>
        <source>What is your name?</source>
        <translation>Wie heißen Sie?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/name.py" line="57"/>
        <source>First name and last name, as you like to be called.</source>
        <translation>Vor- und Nachname, wie Sie genannt werden möchten.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/name.py" line="58"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="104"/>
        <location filename="../../kiosk/ui/keyboard.py" line="214"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="215"/>
        <source>space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="216"/>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="218"/>
        <source>Capital letters</source>
        <translation>Großbuchstaben</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="219"/>
        <source>Delete last character</source>
        <translation>Letztes Zeichen löschen</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/payment.py" line="38"/>
        <source>MobilePay to %1</source>
        <translation>MobilePay an %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/payment.py" line="39"/>
        <source>I pay the host</source>
        <translation>Ich bezahle beim Gastgeber</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/payment.py" line="40"/>
        <source>Send me an invoice</source>
        <translation>Schicken Sie mir eine Rechnung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/payment.py" line="43"/>
        <source>The price for today</source>
        <translation>Der Preis für heute</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/payment.py" line="43"/>
        <source>How will you pay? No payment is taken here.</source>
        <translation>Wie bezahlen Sie? Hier wird nichts abgebucht.</translation>
    </message>
</context>
<context>
    <name>PinKeypad</name>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="271"/>
        <source>Digit typed.</source>
        <translation>Ziffer eingegeben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="273"/>
        <source>Digit removed.</source>
        <translation>Ziffer gelöscht.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="275"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Falsche PIN. Bitte noch einmal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="277"/>
        <source>Too many wrong PINs. The keypad is locked for a while.</source>
        <translation>Zu viele falsche PINs. Das Tastenfeld ist eine Weile gesperrt.</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/policy.py" line="41"/>
        <source>House rules</source>
        <translation>Hausregeln</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/policy.py" line="42"/>
        <source>I accept the house rules</source>
        <translation>Ich akzeptiere die Hausregeln</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/policy.py" line="44"/>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/policy.py" line="45"/>
        <source>I accept</source>
        <translation>Ich stimme zu</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/reason.py" line="47"/>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/reason.py" line="51"/>
        <source>Why are you here today?</source>
        <translation>Warum sind Sie heute hier?</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="209"/>
        <source>Hide me</source>
        <translation>Mich verbergen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="215"/>
        <source>You are no longer shown at the door. To be shown again, choose it on your own member page.</source>
        <translation>Sie werden an der Tür nicht mehr angezeigt. Um wieder angezeigt zu werden, wählen Sie es auf Ihrer eigenen Mitgliederseite.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="219"/>
        <source>Demo member: not a real person</source>
        <translation>Demo-Mitglied: keine echte Person</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="241"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="242"/>
        <source>The check-in was not recorded.</source>
        <translation>Der Check-in wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="243"/>
        <source>Please tell a host.</source>
        <translation>Bitte sagen Sie einem Gastgeber Bescheid.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="245"/>
        <source>Sorry, that did not work</source>
        <translation>Das hat leider nicht geklappt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="246"/>
        <source>Your visit could not be saved.</source>
        <translation>Ihr Besuch konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="247"/>
        <source>Please try again, or tell a host.</source>
        <translation>Bitte noch einmal versuchen oder einem Gastgeber Bescheid sagen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="255"/>
        <source>Goodbye, %1</source>
        <translation>Auf Wiedersehen, %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="256"/>
        <source>You were here %1 today</source>
        <translation>Sie waren heute %1 hier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="257"/>
        <source>See you soon!</source>
        <translation>Bis bald!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="259"/>
        <source>Your day pass has expired</source>
        <translation>Ihr Tagespass ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="260"/>
        <source>A day pass is valid on its day only. Register again for today.</source>
        <translation>Ein Tagespass gilt nur an seinem Tag. Melden Sie sich für heute neu an.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="271"/>
        <source>Welcome from %1, %2</source>
        <translation>Willkommen aus %1, %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="272"/>
        <source>Welcome from %1</source>
        <translation>Willkommen aus %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="274"/>
        <source>Day %1 of %2 in %3</source>
        <translation>Tag %1 von %2 im %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="280"/>
        <source>Please ask at your home space, %1.</source>
        <translation>Bitte fragen Sie in Ihrem eigenen Space, %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="282"/>
        <source>Your membership does not include visits here</source>
        <translation>Ihre Mitgliedschaft schließt Besuche hier nicht ein</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="284"/>
        <source>Use your newest card from %1.</source>
        <translation>Nutzen Sie Ihre neueste Karte von %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="286"/>
        <source>The partnership with %1 is not in force today</source>
        <translation>Die Partnerschaft mit %1 gilt heute nicht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="287"/>
        <source>Please ask a host here, or at %1.</source>
        <translation>Bitte fragen Sie einen Gastgeber hier oder bei %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="288"/>
        <source>Visits from %1 are not agreed for this time</source>
        <translation>Besuche aus %1 sind zu dieser Zeit nicht vereinbart</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="289"/>
        <source>Please come back within the agreed hours, or ask a host here.</source>
        <translation>Bitte kommen Sie zu den vereinbarten Zeiten wieder oder fragen Sie einen Gastgeber hier.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="290"/>
        <source>The space is closed now</source>
        <translation>Der Space ist jetzt geschlossen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="291"/>
        <source>Opening hours: %1</source>
        <translation>Öffnungszeiten: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/result_screen.py" line="292"/>
        <source>You have used your %n day(s) here this month</source>
        <translation>
            <numerusform>Sie haben Ihren %n Tag hier in diesem Monat genutzt</numerusform>
            <numerusform>Sie haben Ihre %n Tage hier in diesem Monat genutzt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="293"/>
        <source>Ask a host here about a day pass, or ask at %1.</source>
        <translation>Fragen Sie einen Gastgeber hier nach einem Tagespass oder fragen Sie bei %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="302"/>
        <source>The door is closed now</source>
        <translation>Die Tür ist jetzt geschlossen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="303"/>
        <source>Only members with 24/7 access can come in now. Opening hours: %1</source>
        <translation>Nur Mitglieder mit Zugang rund um die Uhr können jetzt hinein. Öffnungszeiten: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="305"/>
        <source>A card alone does not open the door now</source>
        <translation>Eine Karte allein öffnet die Tür jetzt nicht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="306"/>
        <source>After opening hours, show the pass on your phone.</source>
        <translation>Außerhalb der Öffnungszeiten zeigen Sie bitte den Pass auf Ihrem Telefon.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="307"/>
        <source>A card alone does not open the door</source>
        <translation>Eine Karte allein öffnet die Tür nicht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="308"/>
        <source>Show the pass on your phone, or ask a host.</source>
        <translation>Zeigen Sie den Pass auf Ihrem Telefon oder fragen Sie einen Gastgeber.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="309"/>
        <source>The space is closed right now</source>
        <translation>Der Raum ist gerade geschlossen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="310"/>
        <source>A host has closed it for now. Please come back later.</source>
        <translation>Ein Gastgeber hat vorerst geschlossen. Bitte kommen Sie später wieder.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="311"/>
        <source>The door cannot tell the time</source>
        <translation>Die Tür kennt die Uhrzeit nicht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="312"/>
        <source>Until its clock is right, only key-holders can come in. Please call a host.</source>
        <translation>Bis die Uhr stimmt, können nur Schlüsselinhaber hinein. Bitte rufen Sie einen Gastgeber an.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="313"/>
        <source>This card does not open the door for a while</source>
        <translation>Diese Karte öffnet die Tür eine Weile nicht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="314"/>
        <source>Too many wrong PINs. Show the pass on your phone, or ask a host.</source>
        <translation>Zu viele falsche PINs. Zeigen Sie den Pass auf Ihrem Telefon oder fragen Sie einen Gastgeber.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="315"/>
        <source>The door has been offline too long</source>
        <translation>Die Tür war zu lange offline</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="316"/>
        <source>After opening hours it opens again once it is back online. Opening hours: %1</source>
        <translation>Außerhalb der Öffnungszeiten öffnet sie wieder, sobald sie online ist. Öffnungszeiten: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="325"/>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="327"/>
        <source>Hello</source>
        <translation>Hallo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="328"/>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/result_screen.py" line="332"/>
        <source>%n other(s) in today</source>
        <translation>
            <numerusform>%n andere Person heute da</numerusform>
            <numerusform>%n andere heute da</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="333"/>
        <source>You are the first one in</source>
        <translation>Sie sind die erste Person heute</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/result_screen.py" line="335"/>
        <source>%n clip(s) left on your clip card</source>
        <translation>
            <numerusform>Noch %n Besuch auf Ihrer Mehrfachkarte</numerusform>
            <numerusform>Noch %n Besuche auf Ihrer Mehrfachkarte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="337"/>
        <source>Your day pass is valid until we close tonight</source>
        <translation>Ihr Tagespass gilt bis zum Schließen heute Abend</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="341"/>
        <source>Membership valid until %1</source>
        <translation>Mitgliedschaft gültig bis %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/result_screen.py" line="349"/>
        <source>Only %n clip(s) left: top up with a host</source>
        <translation>
            <numerusform>Nur noch %n Besuch: beim Gastgeber aufladen</numerusform>
            <numerusform>Nur noch %n Besuche: beim Gastgeber aufladen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="351"/>
        <source>Your membership ends soon: renew it with a host</source>
        <translation>Ihre Mitgliedschaft endet bald: beim Gastgeber verlängern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="358"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/result_screen.py" line="359"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="363"/>
        <source>That is not a member card</source>
        <translation>Das ist keine Mitgliedskarte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="364"/>
        <source>Show the QR code from your member card or day pass.</source>
        <translation>Zeigen Sie den QR-Code Ihrer Mitgliedskarte oder Ihres Tagespasses.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="365"/>
        <source>The code could not be read</source>
        <translation>Der Code konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="366"/>
        <source>Try again, or ask a host for a new card.</source>
        <translation>Noch einmal versuchen oder beim Gastgeber eine neue Karte holen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="367"/>
        <source>This card is from another space</source>
        <translation>Diese Karte ist von einem anderen Ort</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="368"/>
        <source>Ask a host if you would like to work here today.</source>
        <translation>Fragen Sie einen Gastgeber, wenn Sie heute hier arbeiten möchten.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="369"/>
        <source>This card is not valid</source>
        <translation>Diese Karte ist nicht gültig</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="369"/>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="389"/>
        <source>Please ask a host for help.</source>
        <translation>Bitte fragen Sie einen Gastgeber.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="370"/>
        <source>We do not know this card</source>
        <translation>Diese Karte kennen wir nicht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="370"/>
        <source>Please ask a host to add you.</source>
        <translation>Bitten Sie einen Gastgeber, Sie einzutragen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="283"/>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="371"/>
        <source>This card has been replaced</source>
        <translation>Diese Karte wurde ersetzt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="372"/>
        <source>Use your newest card, or ask a host.</source>
        <translation>Nehmen Sie Ihre neueste Karte oder fragen Sie einen Gastgeber.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="373"/>
        <source>Your membership is paused</source>
        <translation>Ihre Mitgliedschaft ist pausiert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="373"/>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="375"/>
        <source>Please talk to a host.</source>
        <translation>Bitte sprechen Sie mit einem Gastgeber.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="374"/>
        <source>Your membership has not started yet</source>
        <translation>Ihre Mitgliedschaft hat noch nicht begonnen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="376"/>
        <source>Your membership has expired</source>
        <translation>Ihre Mitgliedschaft ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="377"/>
        <source>Renew it with a host, and you are welcome back.</source>
        <translation>Verlängern Sie beim Gastgeber, dann sind Sie wieder willkommen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="378"/>
        <source>Your clip card is used up</source>
        <translation>Ihre Mehrfachkarte ist aufgebraucht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="378"/>
        <source>Buy a new clip card from a host.</source>
        <translation>Kaufen Sie beim Gastgeber eine neue Mehrfachkarte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="379"/>
        <source>This card is not valid here</source>
        <translation>Diese Karte gilt hier nicht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="380"/>
        <source>It was not issued for this person by this space. Please ask a host.</source>
        <translation>Sie wurde nicht von diesem Ort für diese Person ausgestellt. Bitte fragen Sie einen Gastgeber.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="285"/>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="381"/>
        <source>This card has been withdrawn</source>
        <translation>Diese Karte wurde zurückgezogen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="382"/>
        <source>Its signing key is no longer trusted. Ask a host for a new card.</source>
        <translation>Der Schlüssel, mit dem sie signiert wurde, gilt nicht mehr. Bitte fragen Sie einen Gastgeber nach einer neuen Karte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="383"/>
        <source>This phone pass has expired</source>
        <translation>Dieser Handy-Pass ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="384"/>
        <source>Show the live pass on your phone, not a picture of it.</source>
        <translation>Zeigen Sie den Pass live auf Ihrem Handy, nicht ein Bild davon.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="385"/>
        <source>This phone has been turned off</source>
        <translation>Dieses Handy wurde gesperrt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="386"/>
        <source>It was revoked on your page. Use your card, or set up the phone again.</source>
        <translation>Das Handy wurde auf Ihrer Seite gesperrt. Nutzen Sie Ihre Karte oder richten Sie das Handy neu ein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="387"/>
        <source>We do not know this phone yet</source>
        <translation>Dieses Handy kennen wir noch nicht</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="388"/>
        <source>Use your card today. A new phone works here after the next update.</source>
        <translation>Nutzen Sie heute Ihre Karte. Ein neues Handy funktioniert hier nach dem nächsten Abgleich.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="389"/>
        <source>This phone pass is not valid</source>
        <translation>Dieser Handy-Pass ist ungültig</translation>
    </message>
</context>
<context>
    <name>RollCallScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/roll_call.py" line="63"/>
        <source>%1 (guest)</source>
        <translation>%1 (Gast)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/roll_call.py" line="91"/>
        <source>%1 of %2 accounted for</source>
        <translation>%1 von %2 da</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/roll_call.py" line="95"/>
        <source>Evacuation: everyone in the building</source>
        <translation>Evakuierung: alle im Gebäude</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/roll_call.py" line="96"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/roll_call.py" line="97"/>
        <source>Roll call over</source>
        <translation>Appell beendet</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="241"/>
        <source>%n in now</source>
        <translation>
            <numerusform>%n jetzt da</numerusform>
            <numerusform>%n jetzt da</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="295"/>
        <source>Server access revoked: tell a host</source>
        <translation>Serverzugang gesperrt: Gastgeber informieren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="297"/>
        <source>Not syncing: this kiosk needs an update</source>
        <translation>Keine Synchronisierung: dieser Kiosk braucht ein Update</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="299"/>
        <source>Not syncing: the server needs an update</source>
        <translation>Keine Synchronisierung: der Server braucht ein Update</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="301"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="305"/>
        <source>Offline since %1</source>
        <translation>Offline seit %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="308"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="310"/>
        <source>%n set aside</source>
        <translation>
            <numerusform>%n zurückgestellt</numerusform>
            <numerusform>%n zurückgestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="312"/>
        <source>%n changes wait for a host</source>
        <translation>
            <numerusform>%n Änderung wartet auf einen Gastgeber</numerusform>
            <numerusform>%n Änderungen warten auf einen Gastgeber</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="346"/>
        <source>The camera only sees black. Is something covering it? Trying again...</source>
        <translation>Die Kamera sieht nur Schwarz. Ist sie verdeckt? Neuer Versuch ...</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="347"/>
        <source>The camera is not working right now. Trying again... Please tell a host if this stays.</source>
        <translation>Die Kamera funktioniert gerade nicht. Neuer Versuch ... Bitte sagen Sie einem Gastgeber Bescheid, wenn das so bleibt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="352"/>
        <source>Hold your QR code up to the camera</source>
        <translation>Halten Sie Ihren QR-Code vor die Kamera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="354"/>
        <source>The camera is above the screen. Hold the code still, about a hand&apos;s width away.</source>
        <translation>Die Kamera ist über dem Bildschirm. Halten Sie den Code ruhig, etwa eine Handbreit entfernt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="355"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="356"/>
        <source>Hold the code up to the camera above the screen, not to the screen</source>
        <translation>Halten Sie den Code vor die Kamera über dem Bildschirm, nicht vor den Bildschirm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="357"/>
        <source>One scan per person: everyone who comes in scans their own code.</source>
        <translation>Ein Scan pro Person: Jeder, der hereinkommt, scannt seinen eigenen Code.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="358"/>
        <source>Type code</source>
        <translation>Code eingeben</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="359"/>
        <source>Guest / day pass</source>
        <translation>Gast / Tagespass</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="360"/>
        <source>Host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="361"/>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="362"/>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="363"/>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="364"/>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="366"/>
        <source>The camera only reads codes. It keeps no pictures.</source>
        <translation>Die Kamera liest nur Codes. Sie speichert keine Bilder.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="368"/>
        <source>Questions: %1</source>
        <translation>Fragen: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="371"/>
        <source>Who&apos;s here</source>
        <translation>Wer ist da</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="297"/>
        <source>Version %1; a change makes a new version that guests accept from then on.</source>
        <translation>Version %1; eine Änderung ergibt eine neue Version, der Gäste ab dann zustimmen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="308"/>
        <source>Saved as version %1.</source>
        <translation>Als Version %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="241"/>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>Die PIN muss 4 bis 8 Ziffern haben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="242"/>
        <source>That PIN is too easy to guess (like 1111, 1234 or a year). Choose another.</source>
        <translation>Diese PIN ist zu leicht zu erraten (wie 1111, 1234 oder eine Jahreszahl). Wählen Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="326"/>
        <source>Keep at least one visitor type.</source>
        <translation>Mindestens eine Besucherart muss bleiben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="354"/>
        <source>Saved. A new camera or time zone applies at the next start.</source>
        <translation>Gespeichert. Eine neue Kamera oder Zeitzone gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="365"/>
        <source>Space name</source>
        <translation>Name des Ortes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="366"/>
        <source>Dark when closed, after idle (min, 0 = never)</source>
        <translation>Dunkel wenn geschlossen, nach Ruhe (Min., 0 = nie)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="367"/>
        <source>Repeat scan guard (s)</source>
        <translation>Wiederholsperre (s)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="368"/>
        <source>Delete guests after (days)</source>
        <translation>Gäste löschen nach (Tagen)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="371"/>
        <source>Critical mass (people)</source>
        <translation>Kritische Masse (Personen)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="380"/>
        <source>Visitor types: name, price in kr., host member needed. Clear a name to remove the type.</source>
        <translation>Besucherarten: Name, Preis in kr., Mitglied als Gastgeber nötig. Name leeren, um die Art zu entfernen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="382"/>
        <source>+ Visitor type</source>
        <translation>+ Besucherart</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="384"/>
        <source>Opening checklist: shown to the first one in when no host is there. One item a line; empty = not shown.</source>
        <translation>Checkliste zum Öffnen: für die erste Person, wenn kein Gastgeber da ist. Ein Punkt pro Zeile; leer = wird nicht gezeigt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="387"/>
        <source>Closing checklist: shown to the last one out. One item a line; empty = not shown.</source>
        <translation>Checkliste zum Schließen: für die letzte Person. Ein Punkt pro Zeile; leer = wird nicht gezeigt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="390"/>
        <source>New host PIN</source>
        <translation>Neue Gastgeber-PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="369"/>
        <source>MobilePay number</source>
        <translation>MobilePay-Nummer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="58"/>
        <source>Host needed</source>
        <translation>Gastgeber nötig</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="59"/>
        <source>Visitor type&apos;s name</source>
        <translation>Name der Besucherart</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="60"/>
        <source>Price in kr.</source>
        <translation>Preis in kr.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="171"/>
        <source>The space</source>
        <translation>Der Raum</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="173"/>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="179"/>
        <source>Camera and screen</source>
        <translation>Kamera und Bildschirm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="181"/>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="185"/>
        <source>Rules and privacy</source>
        <translation>Regeln und Datenschutz</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="190"/>
        <source>Host PIN</source>
        <translation>Gastgeber-PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="194"/>
        <source>Door and hours</source>
        <translation>Tür und Öffnungszeiten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="321"/>
        <source>A price is a number of kroner, like 150 or 150,50.</source>
        <translation>Ein Preis ist ein Betrag in Kronen, z. B. 150 oder 150,50.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="333"/>
        <source>Nothing was saved: see what is marked in red.</source>
        <translation>Nichts wurde gespeichert: siehe die rot markierten Stellen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="361"/>
        <source>House rules</source>
        <translation>Hausordnung</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="361"/>
        <source>Privacy notice</source>
        <translation>Datenschutzhinweis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="370"/>
        <source>Languages (da,en,de)</source>
        <translation>Sprachen (da,en,de)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="370"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="393"/>
        <source>Opening checklist</source>
        <translation>Checkliste zum Öffnen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="394"/>
        <source>Closing checklist</source>
        <translation>Checkliste zum Schließen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="396"/>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="397"/>
        <source>Save text</source>
        <translation>Text speichern</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="399"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="399"/>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="338"/>
        <source>The server did not answer. Check the address and that this kiosk is on the network, then try again.</source>
        <translation>Der Server hat nicht geantwortet. Prüfen Sie die Adresse und ob dieser Kiosk im Netz ist, und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="340"/>
        <source>The server did not accept the code: it is wrong, used or older than 24 hours. Add the kiosk again on the server&apos;s page for a new one.</source>
        <translation>Der Server hat den Code nicht angenommen: Er ist falsch, schon benutzt oder älter als 24 Stunden. Fügen Sie den Kiosk auf der Seite des Servers erneut hinzu, um einen neuen zu bekommen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="342"/>
        <source>An http:// address to another machine would send the kiosk&apos;s key unencrypted. Use the server&apos;s https:// address.</source>
        <translation>Eine http://-Adresse zu einem anderen Rechner würde den Schlüssel des Kiosks unverschlüsselt senden. Nehmen Sie die https://-Adresse des Servers.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="344"/>
        <source>The server and this kiosk are different versions that cannot work together. Update the older one.</source>
        <translation>Server und Kiosk sind Versionen, die nicht zusammenarbeiten. Aktualisieren Sie die ältere.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="346"/>
        <source>This kiosk already has members of its own; join it from the command line instead (kiosk enroll).</source>
        <translation>Dieser Kiosk hat schon eigene Mitglieder; verbinden Sie ihn stattdessen auf der Kommandozeile (kiosk enroll).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="348"/>
        <source>Joining did not work: %1</source>
        <translation>Das Verbinden hat nicht geklappt: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="384"/>
        <source>Set up this kiosk: choose its language</source>
        <translation>Diesen Kiosk einrichten: Sprache wählen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="385"/>
        <source>What is the space called?</source>
        <translation>Wie heißt der Ort?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="386"/>
        <source>When is the space open?</source>
        <translation>Wann ist geöffnet?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="387"/>
        <source>Choose the host PIN</source>
        <translation>Gastgeber-PIN wählen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="388"/>
        <source>Type the host PIN again</source>
        <translation>Gastgeber-PIN noch einmal eingeben</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="389"/>
        <source>Alone, or with a server?</source>
        <translation>Allein oder mit einem Server?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="390"/>
        <source>Join a server</source>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="391"/>
        <source>Hold the server&apos;s QR code up to the camera</source>
        <translation>Den QR-Code des Servers vor die Kamera halten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="392"/>
        <source>Joining the server …</source>
        <translation>Verbindung zum Server …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="393"/>
        <source>The kiosk is ready</source>
        <translation>Der Kiosk ist bereit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="393"/>
        <source>Everything is chosen</source>
        <translation>Alles ist gewählt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="397"/>
        <source>Shown at the top of the door&apos;s screen and on the members&apos; cards.</source>
        <translation>Steht oben auf dem Bildschirm an der Tür und auf den Karten der Mitglieder.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="398"/>
        <source>Outside these hours the screen goes dark when nobody is there; visits still open at closing time are closed.</source>
        <translation>Außerhalb dieser Zeiten wird der Bildschirm dunkel, wenn niemand da ist; Besuche, die zur Schließzeit noch offen sind, werden beendet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="400"/>
        <source>4 to 8 digits. It opens the host view at the door; the first host you add takes it over as their own.</source>
        <translation>4 bis 8 Ziffern. Sie öffnet die Gastgeberansicht an der Tür; der erste Gastgeber, den Sie anlegen, übernimmt sie als eigene.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="402"/>
        <source>The same digits once more, so a typing slip cannot lock you out.</source>
        <translation>Dieselben Ziffern noch einmal, damit ein Tippfehler Sie nicht aussperrt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="404"/>
        <source>On the server&apos;s page Kiosks, add a kiosk: it shows the address and a one-time code, and a QR code of both.</source>
        <translation>Auf der Seite „Kioske“ des Servers einen Kiosk hinzufügen: Sie zeigt die Adresse und einen Einmalcode und einen QR-Code von beidem.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="406"/>
        <source>The server&apos;s page Kiosks shows it after you add a kiosk.</source>
        <translation>Die Seite „Kioske“ des Servers zeigt ihn, nachdem Sie einen Kiosk hinzugefügt haben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="407"/>
        <source>This takes a few seconds.</source>
        <translation>Das dauert ein paar Sekunden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="412"/>
        <source>Read from the QR code, the server at:
%1
Check that it is yours, then tap Join.</source>
        <translation>Aus dem QR-Code gelesen, der Server unter:
%1
Prüfen Sie, dass es Ihrer ist, und tippen Sie dann auf Verbinden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="421"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="422"/>
        <source>Start the kiosk</source>
        <translation>Kiosk starten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="423"/>
        <source>Save and start</source>
        <translation>Speichern und starten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="424"/>
        <source>Join</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="424"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="428"/>
        <source>Opens at</source>
        <translation>Öffnet um</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="428"/>
        <source>Closes at</source>
        <translation>Schließt um</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="429"/>
        <source>This kiosk alone
members are added at the door</source>
        <translation>Dieser Kiosk allein
Mitglieder werden an der Tür angelegt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="430"/>
        <source>Join a server
the members come from the server</source>
        <translation>Mit einem Server verbinden
die Mitglieder kommen vom Server</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="431"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="432"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="433"/>
        <source>Scan the QR code</source>
        <translation>QR-Code scannen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="440"/>
        <source>Space: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="441"/>
        <source>Open %1 to %2</source>
        <translation>Geöffnet %1 bis %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="442"/>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="444"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="446"/>
        <source>This kiosk is called %1 there.</source>
        <translation>Dort heißt dieser Kiosk %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="448"/>
        <source>Standalone: add members in the host view (Host, then the PIN).</source>
        <translation>Allein: Mitglieder in der Gastgeberansicht anlegen (Gastgeber, dann die PIN).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="454"/>
        <source>Type the space&apos;s name.</source>
        <translation>Geben Sie den Namen des Ortes ein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="455"/>
        <source>The name can be at most 80 characters.</source>
        <translation>Der Name darf höchstens 80 Zeichen haben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="456"/>
        <source>The space must open before it closes.</source>
        <translation>Die Öffnungszeit muss vor der Schließzeit liegen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="457"/>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>Die PIN muss 4 bis 8 Ziffern haben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="458"/>
        <source>That PIN is too easy to guess (like 1111, 1234 or a year). Choose another.</source>
        <translation>Diese PIN ist zu leicht zu erraten (wie 1111, 1234 oder eine Jahreszahl). Wählen Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="459"/>
        <source>The two PINs were not the same. Choose the PIN again.</source>
        <translation>Die beiden PINs waren nicht gleich. Wählen Sie die PIN noch einmal.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="460"/>
        <source>Type the server&apos;s address.</source>
        <translation>Geben Sie die Adresse des Servers ein.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="461"/>
        <source>The address starts with https:// (or http://).</source>
        <translation>Die Adresse beginnt mit https:// (oder http://).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="462"/>
        <source>Type the code the server&apos;s page shows.</source>
        <translation>Geben Sie den Code ein, den die Seite des Servers zeigt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="463"/>
        <source>That is not the server&apos;s set-up QR code. Use the one on the server&apos;s page Kiosks.</source>
        <translation>Das ist nicht der Einrichtungs-QR-Code des Servers. Nehmen Sie den auf der Seite „Kioske“ des Servers.</translation>
    </message>
</context>
<context>
    <name>SocialText</name>
    <message>
        <location filename="../../kiosk/ui/social_text.py" line="24"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/social_text.py" line="27"/>
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n weitere Person</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/social_text.py" line="30"/>
        <source>%n here now</source>
        <translation>
            <numerusform>%n jetzt da</numerusform>
            <numerusform>%n jetzt da</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/social_text.py" line="33"/>
        <source>Here now: %1</source>
        <translation>Jetzt da: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/social_text.py" line="36"/>
        <source>%1 is in</source>
        <translation>%1 ist da</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/social_text.py" line="36"/>
        <source>%1 are in</source>
        <translation>%1 sind da</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../kiosk/ui/tasks.py" line="84"/>
        <source>Something went wrong; it was written to the kiosk&apos;s log.</source>
        <translation>Etwas ist schiefgelaufen; es wurde im Protokoll des Kiosks festgehalten.</translation>
    </message>
</context>
<context>
    <name>TellHostPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/tell_host.py" line="32"/>
        <source>May we tell %1 your name?</source>
        <translation>Dürfen wir %1 Ihren Namen sagen?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/tell_host.py" line="33"/>
        <source>We let them know that a guest has arrived. Your name goes with it only if you say yes.</source>
        <translation>Wir sagen Bescheid, dass ein Gast angekommen ist. Ihren Namen nur, wenn Sie Ja sagen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/tell_host.py" line="35"/>
        <source>No, just say that a guest has arrived</source>
        <translation>Nein, nur sagen, dass ein Gast da ist</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/tell_host.py" line="36"/>
        <source>Yes, tell them my name</source>
        <translation>Ja, meinen Namen sagen</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="90"/>
        <source>Today: %n visit(s)</source>
        <translation>
            <numerusform>Heute: %n Besuch</numerusform>
            <numerusform>Heute: %n Besuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="91"/>
        <source>%n of them guest(s)</source>
        <translation>
            <numerusform>davon %n Gast</numerusform>
            <numerusform>davon %n Gäste</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="96"/>
        <source>Let %1 in at the door today</source>
        <translation>%1 heute durch die Tür lassen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="108"/>
        <source>%1&apos;s day pass opens the door today, inside opening hours.</source>
        <translation>Der Tagespass von %1 öffnet heute die Tür, während der Öffnungszeiten.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="115"/>
        <source>in now</source>
        <translation>jetzt da</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="118"/>
        <source>guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="122"/>
        <source>visiting %1</source>
        <translation>besucht %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="145"/>
        <source>Check in %1</source>
        <translation>%1 einchecken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="148"/>
        <source>No card with them</source>
        <translation>Keine Karte dabei</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="149"/>
        <source>The code will not read</source>
        <translation>Der Code lässt sich nicht lesen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="150"/>
        <source>Other reason</source>
        <translation>Anderer Grund</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="154"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="165"/>
        <source>%1 was not checked in: %2</source>
        <translation>%1 wurde nicht eingecheckt: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="168"/>
        <source>%1 is checked in.</source>
        <translation>%1 ist eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="177"/>
        <source>Check someone in by hand</source>
        <translation>Jemanden von Hand einchecken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="178"/>
        <source>Type a member&apos;s name</source>
        <translation>Namen eines Mitglieds eingeben</translation>
    </message>
</context>
<context>
    <name>WhosHereScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/whos_here.py" line="98"/>
        <source>Ask me about: %1</source>
        <translation>Fragen Sie mich nach: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/whos_here.py" line="111"/>
        <source>Nobody is in right now.</source>
        <translation>Gerade ist niemand da.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/whos_here.py" line="113"/>
        <source>and %1</source>
        <translation>und %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/whos_here.py" line="136"/>
        <source>Who&apos;s here</source>
        <translation>Wer ist da</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/whos_here.py" line="138"/>
        <source>Only members who chose it on their own page are named here. Guests are never named.</source>
        <translation>Genannt werden nur Mitglieder, die es auf ihrer eigenen Seite gewählt haben. Gäste nie.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/whos_here.py" line="141"/>
        <source>Only members who agreed to it are named here. Guests are never named.</source>
        <translation>Hier werden nur Mitglieder genannt, die zugestimmt haben. Gäste werden nie genannt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/whos_here.py" line="142"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
</TS>
