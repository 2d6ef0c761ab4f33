<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="42"/>
        <source>at the machine</source>
        <translation>ved maskinen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="50"/>
        <source>Nothing done by hand yet.</source>
        <translation>Intet gjort i hånden endnu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="54"/>
        <source>checked out by hand</source>
        <translation>tjekket ud i hånden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="54"/>
        <source>checked in by hand</source>
        <translation>tjekket ind i hånden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="55"/>
        <source>added</source>
        <translation>tilføjet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="55"/>
        <source>imported members</source>
        <translation>importerede medlemmer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="55"/>
        <source>edited</source>
        <translation>rettet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="56"/>
        <source>paused</source>
        <translation>sat på pause</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="56"/>
        <source>reactivated</source>
        <translation>genaktiveret</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="56"/>
        <source>new card</source>
        <translation>nyt kort</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="57"/>
        <source>topped up</source>
        <translation>fyldt op</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="57"/>
        <source>erased</source>
        <translation>slettet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="57"/>
        <source>exported</source>
        <translation>eksporteret</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="58"/>
        <source>evacuation list</source>
        <translation>evakueringsliste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="58"/>
        <source>changed settings</source>
        <translation>ændrede indstillinger</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="59"/>
        <source>opened the host view</source>
        <translation>åbnede værtsvisningen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="60"/>
        <source>wrong door PIN after their card</source>
        <translation>forkert dør-PIN efter sit kort</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="61"/>
        <source>card refused for a while: too many wrong door PINs</source>
        <translation>kort afvist en tid: for mange forkerte dør-PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="62"/>
        <source>door held open (seconds)</source>
        <translation>døren holdt åben (sekunder)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="63"/>
        <source>door opened without the kiosk opening it (forced?)</source>
        <translation>døren åbnet, uden at kiosken åbnede den (brudt op?)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="64"/>
        <source>door closed again (seconds it was open)</source>
        <translation>døren lukket igen (sekunder den stod åben)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="65"/>
        <source>the door sensor did not answer</source>
        <translation>dørsensoren svarede ikke</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="66"/>
        <source>the door sensor answers again</source>
        <translation>dørsensoren svarer igen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/audit.py" line="70"/>
        <source>What hosts did by hand (kept for a year; ids and reasons, no names stored)</source>
        <translation>Hvad værter gjorde i hånden (gemmes et år; id&apos;er og grunde, ingen navne gemt)</translation>
    </message>
</context>
<context>
    <name>BusyPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="92"/>
        <source>%1 to %2: %3 member visits, %4 guest visits</source>
        <translation>%1 til %2: %3 besøg af medlemmer, %4 af gæster</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="96"/>
        <source>Visits per day (green members, yellow guests)</source>
        <translation>Besøg pr. dag (grøn medlemmer, gul gæster)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="105"/>
        <source>People present by hour of day (average)</source>
        <translation>Til stede efter klokkeslæt (gennemsnit)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="111"/>
        <source>Mon</source>
        <translation>man</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="111"/>
        <source>Tue</source>
        <translation>tir</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="111"/>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="111"/>
        <source>Thu</source>
        <translation>tor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="111"/>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="111"/>
        <source>Sat</source>
        <translation>lør</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="112"/>
        <source>Sun</source>
        <translation>søn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="107"/>
        <source>Visits by weekday (average)</source>
        <translation>Besøg efter ugedag (gennemsnit)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="82"/>
        <source>Critical mass, last 12 months: share of open days with at least %n people in</source>
        <translation>
            <numerusform>Kritisk masse, seneste 12 måneder: andel af åbne dage med mindst %n person</numerusform>
            <numerusform>Kritisk masse, seneste 12 måneder: andel af åbne dage med mindst %n personer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="84"/>
        <source>By weekday</source>
        <translation>Efter ugedag</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="87"/>
        <source>By month</source>
        <translation>Efter måned</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="119"/>
        <source>Visits written to %1</source>
        <translation>Besøg gemt i %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="122"/>
        <source>7 days</source>
        <translation>7 dage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="122"/>
        <source>30 days</source>
        <translation>30 dage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="122"/>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="123"/>
        <source>90 days</source>
        <translation>90 dage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/busy.py" line="125"/>
        <source>Export CSV</source>
        <translation>Eksportér CSV</translation>
    </message>
</context>
<context>
    <name>ChecklistScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/checklist.py" line="113"/>
        <source>You are the first one in</source>
        <translation>Du er den første her</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checklist.py" line="114"/>
        <source>Please open up the space:</source>
        <translation>Lås venligst stedet op:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checklist.py" line="116"/>
        <source>You are the last one out</source>
        <translation>Du er den sidste, der går</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checklist.py" line="117"/>
        <source>Please close up the space:</source>
        <translation>Luk venligst stedet af:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/checklist.py" line="118"/>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <location filename="../../kiosk/ui/confirm.py" line="65"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/contact.py" line="44"/>
        <source>E-mail and company</source>
        <translation>E-mail og firma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/contact.py" line="45"/>
        <source>Both are optional. We only use them for a receipt or an invoice.</source>
        <translation>Begge dele er frivillige. Vi bruger dem kun til en kvittering eller faktura.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/contact.py" line="46"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/contact.py" line="47"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/contact.py" line="51"/>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/contact.py" line="52"/>
        <source>Skip</source>
        <translation>Spring over</translation>
    </message>
</context>
<context>
    <name>CountdownBanner</name>
    <message>
        <location filename="../../kiosk/ui/countdown.py" line="178"/>
        <source>More time</source>
        <translation>Mere tid</translation>
    </message>
</context>
<context>
    <name>DayPassPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/day_pass.py" line="77"/>
        <source>Welcome, %1! You are checked in.</source>
        <translation>Velkommen, %1! Du er tjekket ind.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/day_pass.py" line="78"/>
        <source>Take a photo of this code. Show it to the camera when you come back in and when you leave.</source>
        <translation>Tag et billede af koden. Vis den til kameraet, når du kommer ind igen, og når du går.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/day_pass.py" line="80"/>
        <source>Valid on %1 until %2.</source>
        <translation>Gyldig %1 til kl. %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/day_pass.py" line="81"/>
        <source>Code: %1</source>
        <translation>Kode: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/day_pass.py" line="83"/>
        <source>Please let %1 know that you are here.</source>
        <translation>Sig venligst til %1, at du er kommet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/day_pass.py" line="90"/>
        <source>Please pay %1 with MobilePay to %2.</source>
        <translation>Betal venligst %1 med MobilePay til %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/day_pass.py" line="104"/>
        <source>Your day pass</source>
        <translation>Dit dagspas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/day_pass.py" line="104"/>
        <source>Your guest pass</source>
        <translation>Dit gæstepas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/day_pass.py" line="108"/>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
</context>
<context>
    <name>DoorPanel</name>
    <message>
        <location filename="../../kiosk/ui/door_panel.py" line="116"/>
        <source>In</source>
        <translation>Ind</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_panel.py" line="117"/>
        <source>Out</source>
        <translation>Ud</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/door_panel.py" line="119"/>
        <source>The door is open: %n second(s)</source>
        <translation>
            <numerusform>Døren er åben: %n sekund</numerusform>
            <numerusform>Døren er åben: %n sekunder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_panel.py" line="120"/>
        <source>The door is locked again. Scan again to open it.</source>
        <translation>Døren er låst igen. Scan igen for at åbne den.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_panel.py" line="122"/>
        <source>The door did not open: the lock is not answering. Please use your key or call a host.</source>
        <translation>Døren åbnede ikke: låsen svarer ikke. Brug din nøgle eller ring til en vært.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_panel.py" line="124"/>
        <source>The door has opened twice for this card. Please wait a minute.</source>
        <translation>Døren er åbnet to gange for dette kort. Vent venligst et minut.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_panel.py" line="126"/>
        <source>The door opens once a host or the member you visit has approved your day pass.</source>
        <translation>Døren åbner, når en vært eller det medlem, du besøger, har godkendt dit dagspas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/door_panel.py" line="128"/>
        <source>A day pass opens the door only inside opening hours.</source>
        <translation>Et dagspas åbner kun døren i åbningstiden.</translation>
    </message>
</context>
<context>
    <name>DoorPinScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/door_pin.py" line="134"/>
        <source>Wrong PIN. %n more tries before this card is refused for a while.</source>
        <translation>
            <numerusform>Forkert PIN. %n forsøg mere, før kortet afvises en tid.</numerusform>
            <numerusform>Forkert PIN. %n forsøg mere, før kortet afvises en tid.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door_pin.py" line="145"/>
        <source>Type your door PIN on the keypad, then Open.</source>
        <translation>Tast din dør-PIN på tastaturet, og tryk Åbn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door_pin.py" line="155"/>
        <source>Still there? Back to the door in %1 seconds.</source>
        <translation>Er du der stadig? Tilbage til døren om %1 sekunder.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door_pin.py" line="159"/>
        <source>%1, your door PIN</source>
        <translation>%1, din dør-PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door_pin.py" line="160"/>
        <source>Your door PIN</source>
        <translation>Din dør-PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door_pin.py" line="161"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door_pin.py" line="162"/>
        <source>Delete last character</source>
        <translation>Slet sidste tegn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door_pin.py" line="163"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/door_pin.py" line="166"/>
        <source>Number key. Type the digits on your keypad.</source>
        <translation>Taltast. Skriv cifrene på dit tastatur.</translation>
    </message>
</context>
<context>
    <name>DoorRow</name>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door.py" line="48"/>
        <source>Open the door</source>
        <translation>Åbn døren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door.py" line="49"/>
        <source>Test the lock</source>
        <translation>Test låsen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door.py" line="53"/>
        <source>Opening the door from here needs a host PIN of at least 6 digits that is not easy to guess. Set one: kiosk host-pin.</source>
        <translation>For at åbne døren herfra skal værtens PIN have mindst 6 cifre og ikke være let at gætte. Sæt en: kiosk host-pin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages/door.py" line="63"/>
        <source>The door is open for %n second(s).</source>
        <translation>
            <numerusform>Døren er åben i %n sekund.</numerusform>
            <numerusform>Døren er åben i %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door.py" line="65"/>
        <source>The lock did not answer. Check its power and network.</source>
        <translation>Låsen svarede ikke. Tjek strøm og netværk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door.py" line="69"/>
        <source>The lock answered and opened: %1</source>
        <translation>Låsen svarede og åbnede: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door.py" line="71"/>
        <source>The lock did not open: %1 (%2)</source>
        <translation>Låsen åbnede ikke: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DoorSettingsSection</name>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="213"/>
        <source>Hours since the last sync: a number from 1 to 720.</source>
        <translation>Timer siden sidste synkronisering: et tal fra 1 til 720.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="215"/>
        <source>Seconds before a door is held open: 5 to 3600.</source>
        <translation>Sekunder før en dør holdes åben: 5 til 3600.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="220"/>
        <source>Without a lock the door only records check-ins: no scan opens it any more, and the lock&apos;s settings here are forgotten.</source>
        <translation>Uden lås registrerer døren kun indtjekninger: ingen scanning åbner den længere, og låsens indstillinger her glemmes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="222"/>
        <source>Remove the lock</source>
        <translation>Fjern låsen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="241"/>
        <source>The door&apos;s settings are saved.</source>
        <translation>Dørens indstillinger er gemt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="254"/>
        <source>No lock is saved yet: choose one, save, then test it.</source>
        <translation>Der er ikke gemt nogen lås endnu: vælg en, gem, og test den så.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="260"/>
        <source>The lock answered and opened: %1</source>
        <translation>Låsen svarede og åbnede: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="262"/>
        <source>The lock did not open: %1 (%2)</source>
        <translation>Låsen åbnede ikke: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="268"/>
        <source>Nothing was saved: see the door&apos;s settings.</source>
        <translation>Intet blev gemt: se dørens indstillinger.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="273"/>
        <source>Seconds the door stays open: a number from 1 to 30.</source>
        <translation>Sekunder døren står åben: et tal fra 1 til 30.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="274"/>
        <source>The lock&apos;s address is like http://192.168.1.20</source>
        <translation>Låsens adresse ser sådan ud: http://192.168.1.20</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="275"/>
        <source>A Shelly needs its password: a Shelly without one is refused.</source>
        <translation>En Shelly skal have sin adgangskode: en Shelly uden adgangskode afvises.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="276"/>
        <source>The Nuki Bridge&apos;s token is needed.</source>
        <translation>Nuki Bridgens token skal udfyldes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="277"/>
        <source>The Nuki lock&apos;s id is a number (the bridge&apos;s /list shows it).</source>
        <translation>Nuki-låsens id er et tal (bridgens /list viser det).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="278"/>
        <source>The GPIO line is like gpiochip0:17</source>
        <translation>GPIO-linjen ser sådan ud: gpiochip0:17</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="279"/>
        <source>The Shelly&apos;s input for the door contact: 0 to 3, or empty for none.</source>
        <translation>Shellyens indgang til dørkontakten: 0 til 3, eller tom for ingen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="280"/>
        <source>This lock setting is not right.</source>
        <translation>Denne låseindstilling er ikke rigtig.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="285"/>
        <source>%1 is not a weekday: use mon, tue, wed, thu, fri, sat, sun (mon-fri).</source>
        <translation>%1 er ikke en ugedag: brug mon, tue, wed, thu, fri, sat, sun (mon-fri).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="286"/>
        <source>%1 is not a time like 08:00.</source>
        <translation>%1 er ikke et klokkeslæt som 08:00.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="287"/>
        <source>%1 is not a range like 08:00-17:00.</source>
        <translation>%1 er ikke et tidsrum som 08:00-17:00.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="288"/>
        <source>%1 ends before it starts.</source>
        <translation>%1 slutter, før det begynder.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="289"/>
        <source>%1 is not a date like 2026-12-24.</source>
        <translation>%1 er ikke en dato som 2026-12-24.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="290"/>
        <source>These hours are not right.</source>
        <translation>Disse åbningstider er ikke rigtige.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="294"/>
        <source>it does not answer</source>
        <translation>den svarer ikke</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="294"/>
        <source>wrong password or token</source>
        <translation>forkert adgangskode eller token</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="295"/>
        <source>it has no password: refused</source>
        <translation>den har ingen adgangskode: afvist</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="295"/>
        <source>it answered with an error</source>
        <translation>den svarede med en fejl</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="296"/>
        <source>no lock set</source>
        <translation>ingen lås valgt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="300"/>
        <source>The door lock and its hours</source>
        <translation>Dørlåsen og dens åbningstider</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="301"/>
        <source>No lock</source>
        <translation>Ingen lås</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="301"/>
        <source>Shelly relay</source>
        <translation>Shelly-relæ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="301"/>
        <source>Nuki lock</source>
        <translation>Nuki-lås</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="302"/>
        <source>GPIO relay</source>
        <translation>GPIO-relæ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="305"/>
        <source>set; leave empty to keep it</source>
        <translation>sat; lad feltet stå tomt for at beholde den</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="307"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="307"/>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="307"/>
        <source>Bridge token</source>
        <translation>Bridge-token</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="308"/>
        <source>Nuki lock id</source>
        <translation>Nuki-låsens id</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="308"/>
        <source>GPIO line</source>
        <translation>GPIO-linje</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="309"/>
        <source>Seconds open</source>
        <translation>Sekunder åben</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="310"/>
        <source>Door contact on the Shelly&apos;s input (0-3; empty: none)</source>
        <translation>Dørkontakt på Shellyens indgang (0-3; tom: ingen)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="311"/>
        <source>A door open this long is held open (seconds)</source>
        <translation>En dør, der står åben så længe, holdes åben (sekunder)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="312"/>
        <source>Opening hours (mon-fri 08:00-17:00; sat 10:00-14:00)</source>
        <translation>Åbningstider (mon-fri 08:00-17:00; sat 10:00-14:00)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="313"/>
        <source>Closed days (2026-12-24, 2026-12-31)</source>
        <translation>Lukkedage (2026-12-24, 2026-12-31)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="314"/>
        <source>After hours, refuse when not synced for (hours)</source>
        <translation>Uden for åbningstid: afvis, når der ikke er synkroniseret i (timer)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="320"/>
        <source>Relay on when the line is low</source>
        <translation>Relæet er tændt, når linjen er lav</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="321"/>
        <source>Watch the Nuki&apos;s door sensor (held or forced open)</source>
        <translation>Hold øje med Nukiens dørsensor (holdt åben eller brudt op)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="322"/>
        <source>Closed on Danish public holidays</source>
        <translation>Lukket på danske helligdage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="323"/>
        <source>A card alone opens inside opening hours</source>
        <translation>Et kort alene åbner i åbningstiden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="324"/>
        <source>Closed now (only people inside and hosts open)</source>
        <translation>Lukket nu (kun dem, der er inde, og værter kan åbne)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="325"/>
        <source>Save the door&apos;s settings</source>
        <translation>Gem dørens indstillinger</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/door_settings.py" line="326"/>
        <source>Test the lock</source>
        <translation>Test låsen</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="23"/>
        <source>That cannot be used. Please check what you typed.</source>
        <translation>Det kan ikke bruges. Tjek venligst, hvad du har skrevet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="24"/>
        <source>That is not here any more.</source>
        <translation>Det findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="25"/>
        <source>The kiosk could not read or write its files. Tell the kiosk&apos;s owner.</source>
        <translation>Kiosken kunne ikke læse eller skrive sine filer. Sig det til kioskens ejer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="27"/>
        <source>Type the member&apos;s name.</source>
        <translation>Skriv medlemmets navn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="28"/>
        <source>The name is too long: at most {limit} characters.</source>
        <translation>Navnet er for langt: højst {limit} tegn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="29"/>
        <source>The e-mail address is too long: at most {limit} characters.</source>
        <translation>E-mailadressen er for lang: højst {limit} tegn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="30"/>
        <source>{email} is not an e-mail address (like name@example.com).</source>
        <translation>{email} er ikke en e-mailadresse (som navn@eksempel.dk).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="31"/>
        <source>The number of clips cannot be negative.</source>
        <translation>Antallet af klip kan ikke være negativt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="32"/>
        <source>A clip card holds at most {limit} clips.</source>
        <translation>Et klippekort har højst {limit} klip.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="33"/>
        <source>A clip card needs at least one clip.</source>
        <translation>Et klippekort skal have mindst ét klip.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="34"/>
        <source>Only a clip card has clips.</source>
        <translation>Kun et klippekort har klip.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="35"/>
        <source>The end date is before the start date.</source>
        <translation>Slutdatoen ligger før startdatoen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="36"/>
        <source>{plan} is not a plan: use monthly, clipcard or daypass.</source>
        <translation>{plan} er ikke en ordning: brug monthly, clipcard eller daypass.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="37"/>
        <source>{text} is not a date like 2026-12-31.</source>
        <translation>{text} er ikke en dato som 2026-12-31.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="38"/>
        <source>{text} is not a whole number of clips.</source>
        <translation>{text} er ikke et helt antal klip.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="39"/>
        <source>{role} is not a role: use member or host.</source>
        <translation>{role} er ikke en rolle: brug member eller host.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="40"/>
        <source>That member is not on this kiosk any more.</source>
        <translation>Det medlem findes ikke længere på kiosken.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="41"/>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="42"/>
        <source>Choose a period of at most {days} days.</source>
        <translation>Vælg en periode på højst {days} dage.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="43"/>
        <source>The file is not UTF-8 text (at byte {byte}). Save it as CSV UTF-8.</source>
        <translation>Filen er ikke UTF-8-tekst (ved byte {byte}). Gem den som CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="45"/>
        <source>The file is not a CSV text file.</source>
        <translation>Filen er ikke en CSV-tekstfil.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="46"/>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="47"/>
        <source>Line {line} cannot be read as CSV.</source>
        <translation>Linje {line} kan ikke læses som CSV.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="48"/>
        <source>The first line must name the columns: {columns}.</source>
        <translation>Første linje skal navngive kolonnerne: {columns}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="49"/>
        <source>The column {column} is unknown; the columns are {columns}.</source>
        <translation>Kolonnen {column} kendes ikke; kolonnerne er {columns}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="51"/>
        <source>More than {limit} rows: split the file.</source>
        <translation>Mere end {limit} rækker: del filen op.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="52"/>
        <source>Line {line} has {found} fields; it needs {expected}.</source>
        <translation>Linje {line} har {found} felter; der skal være {expected}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="53"/>
        <source>Line {line}: {problem}</source>
        <translation>Linje {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="54"/>
        <source>{first} Lines with mistakes in all: {count}.</source>
        <translation>{first} Linjer med fejl i alt: {count}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="55"/>
        <source>The file has a header but no members.</source>
        <translation>Filen har en overskrift, men ingen medlemmer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="56"/>
        <source>No printer is set up on this kiosk.</source>
        <translation>Der er ingen printer sat op på kiosken.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="57"/>
        <source>This kiosk gets its members from the server: add members there.</source>
        <translation>Kiosken får sine medlemmer fra serveren: opret medlemmer der.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="59"/>
        <source>This kiosk gets its members from the server: import members there.</source>
        <translation>Kiosken får sine medlemmer fra serveren: importér medlemmer der.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="61"/>
        <source>This kiosk gets its members from the server: print cards there.</source>
        <translation>Kiosken får sine medlemmer fra serveren: udskriv kort der.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="63"/>
        <source>This member has no valid card: make a new card first.</source>
        <translation>Medlemmet har intet gyldigt kort: lav først et nyt kort.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="64"/>
        <source>{name}&apos;s card was made with an earlier key of this kiosk: make a new card.</source>
        <translation>{name}s kort er lavet med en tidligere nøgle på kiosken: lav et nyt kort.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="66"/>
        <source>This kiosk has no key to sign cards with, so it cannot make cards.</source>
        <translation>Kiosken har ingen nøgle at underskrive kort med, så den kan ikke lave kort.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="68"/>
        <source>Add {low} to {high} clips.</source>
        <translation>Tilføj {low} til {high} klip.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="69"/>
        <source>The amount must be 0 to 100,000 kr.</source>
        <translation>Beløbet skal være 0 til 100.000 kr.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="70"/>
        <source>{name} has no clip card.</source>
        <translation>{name} har intet klippekort.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="71"/>
        <source>Choose how the clips were paid: {methods}.</source>
        <translation>Vælg, hvordan klippene blev betalt: {methods}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="72"/>
        <source>The text is empty: write the house rules or privacy notice.</source>
        <translation>Teksten er tom: skriv husreglerne eller privatlivserklæringen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="73"/>
        <source>The text is too long: at most {limit} characters.</source>
        <translation>Teksten er for lang: højst {limit} tegn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="74"/>
        <source>The house rules or the privacy notice changed a moment ago: please read and accept them again.</source>
        <translation>Husreglerne eller privatlivserklæringen blev ændret for et øjeblik siden: læs og accepter dem igen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="76"/>
        <source>This kiosk is not joined to a server (any more), so it cannot ask the server for that.</source>
        <translation>Kiosken er ikke (længere) tilsluttet en server, så den kan ikke bede serveren om det.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="78"/>
        <source>That person is not checked in.</source>
        <translation>Personen er ikke tjekket ind.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="79"/>
        <source>That person is already checked in.</source>
        <translation>Personen er allerede tjekket ind.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="80"/>
        <source>A host PIN is 4 to 8 digits.</source>
        <translation>En værts-PIN er 4 til 8 cifre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="81"/>
        <source>That PIN is too easy to guess (like 1111, 1234 or a year). Choose another.</source>
        <translation>Den PIN-kode er for let at gætte (som 1111, 1234 eller et årstal). Vælg en anden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="83"/>
        <source>The folder {folder} cannot be made.</source>
        <translation>Mappen {folder} kan ikke oprettes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="84"/>
        <source>The file {path} cannot be read.</source>
        <translation>Filen {path} kan ikke læses.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="85"/>
        <source>The file cannot be written: is the disk full or read-only?</source>
        <translation>Filen kan ikke skrives: er disken fuld eller skrivebeskyttet?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="87"/>
        <source>The disk is full: free some space.</source>
        <translation>Disken er fuld: frigør noget plads.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="88"/>
        <source>The database is locked by another program (a backup or a second kiosk?).</source>
        <translation>Databasen er låst af et andet program (en backup eller en anden kiosk?).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="90"/>
        <source>The database is read-only (a read-only file or disk).</source>
        <translation>Databasen er skrivebeskyttet (en skrivebeskyttet fil eller disk).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="91"/>
        <source>The database file cannot be opened (missing, moved or not allowed).</source>
        <translation>Databasefilen kan ikke åbnes (mangler, er flyttet eller ikke tilladt).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="93"/>
        <source>The database file may not be written (its permissions).</source>
        <translation>Der må ikke skrives i databasefilen (dens rettigheder).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="95"/>
        <source>The disk could not be read or written (full, failing or unplugged?).</source>
        <translation>Disken kunne ikke læses eller skrives (fuld, defekt eller taget ud?).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="97"/>
        <source>The database file is damaged: restore a backup.</source>
        <translation>Databasefilen er beskadiget: gendan en backup.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="98"/>
        <source>The machine ran out of memory: restart it.</source>
        <translation>Maskinen løb tør for hukommelse: genstart den.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="99"/>
        <source>{value} is not a time like 22:00.</source>
        <translation>{value} er ikke et klokkeslæt som 22:00.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="100"/>
        <source>The opening time must be before the closing time.</source>
        <translation>Åbningstiden skal ligge før lukketiden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="102"/>
        <source>Languages: a comma-separated choice of {choices}.</source>
        <translation>Sprog: et kommasepareret udvalg af {choices}.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="103"/>
        <source>The door&apos;s language must be one of the offered languages.</source>
        <translation>Dørens sprog skal være et af de tilbudte sprog.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="105"/>
        <source>Guests are deleted after {low} to {high} days.</source>
        <translation>Gæster slettes efter {low} til {high} dage.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="106"/>
        <source>The MobilePay number may have digits, spaces and + only (at most {limit}).</source>
        <translation>MobilePay-nummeret må kun have cifre, mellemrum og + (højst {limit}).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="108"/>
        <source>Repeat scans are ignored for {low} to {high} seconds.</source>
        <translation>Gentagne scanninger ignoreres i {low} til {high} sekunder.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="109"/>
        <source>The space&apos;s name has 1 to {limit} characters.</source>
        <translation>Stedets navn har 1 til {limit} tegn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="110"/>
        <source>The contact may be at most {limit} characters.</source>
        <translation>Kontakten må højst være {limit} tegn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="111"/>
        <source>A setting is out of its range; check the numbers.</source>
        <translation>En indstilling ligger uden for det tilladte; tjek tallene.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="112"/>
        <source>A checklist has at most {lines} lines of at most {length} characters.</source>
        <translation>En tjekliste har højst {lines} linjer med højst {length} tegn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="114"/>
        <source>A visitor type cannot be used: check its name and price.</source>
        <translation>En slags besøgende kan ikke bruges: tjek navn og pris.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="116"/>
        <source>Critical mass is {low} to {high} people.</source>
        <translation>Kritisk masse er {low} til {high} personer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="117"/>
        <source>{value} is not a whole number: type digits only, like 30.</source>
        <translation>{value} er ikke et helt tal: skriv kun cifre, fx 30.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/error_text.py" line="118"/>
        <source>Type a number from {low} to {high}.</source>
        <translation>Skriv et tal fra {low} til {high}.</translation>
    </message>
</context>
<context>
    <name>GuestFlow</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/texts.py" line="15"/>
        <source>Please type your name.</source>
        <translation>Skriv venligst dit navn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/texts.py" line="17"/>
        <source>That is too long: at most %1 characters.</source>
        <translation>Det er for langt: højst %1 tegn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/texts.py" line="19"/>
        <source>That does not look like an e-mail address (like name@example.com).</source>
        <translation>Det ligner ikke en e-mailadresse (som navn@eksempel.dk).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/texts.py" line="20"/>
        <source>Some of those characters cannot be used. Please type it again.</source>
        <translation>Nogle af tegnene kan ikke bruges. Skriv det venligst igen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/flow.py" line="410"/>
        <source>Your registration could not be saved. Please try again, or tell a host.</source>
        <translation>Din tilmelding kunne ikke gemmes. Prøv igen, eller sig det til en vært.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/flow.py" line="315"/>
        <source>Are you still there? In %1 seconds this starts over and what you typed is forgotten.</source>
        <translation>Er du her stadig? Om %1 sekunder begynder det forfra, og det du har skrevet glemmes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/flow.py" line="427"/>
        <source>‹ Back</source>
        <translation>‹ Tilbage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/flow.py" line="428"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>HostFiles</name>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/written.py" line="12"/>
        <source>%1 (sent to the printer)</source>
        <translation>%1 (sendt til printeren)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/written.py" line="15"/>
        <source>%1 (the printer did not take it: %2)</source>
        <translation>%1 (printeren tog ikke imod den: %2)</translation>
    </message>
</context>
<context>
    <name>HostPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/host.py" line="54"/>
        <location filename="../../kiosk/ui/screens/guest/host.py" line="66"/>
        <source>Nobody by that name. Check the spelling, or ask at the desk.</source>
        <translation>Ingen med det navn. Tjek stavemåden, eller spørg en vært.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/host.py" line="62"/>
        <location filename="../../kiosk/ui/screens/guest/host.py" line="69"/>
        <source>Type at least three letters of their name.</source>
        <translation>Skriv mindst tre bogstaver af navnet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/host.py" line="64"/>
        <source>Tap the name of the person you are visiting.</source>
        <translation>Tryk på navnet på den, du besøger.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/host.py" line="69"/>
        <source>Whom are you visiting?</source>
        <translation>Hvem besøger du?</translation>
    </message>
</context>
<context>
    <name>HostScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="219"/>
        <source>Quit the kiosk? The door stops checking people in, and the screen stays dark until the kiosk is started again.</source>
        <translation>Afslut kiosken? Døren holder op med at tjekke folk ind, og skærmen forbliver sort, indtil kiosken startes igen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="221"/>
        <source>Yes, quit the kiosk</source>
        <translation>Ja, afslut kiosken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="304"/>
        <source>Evacuation list: %1</source>
        <translation>Evakueringsliste: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="318"/>
        <source>Only %1 MB free on the kiosk&apos;s disk. Check-ins stop when it is full: delete old files or use a bigger card.</source>
        <translation>Kun %1 MB ledigt på kioskens disk. Når den er fuld, stopper check-in: slet gamle filer eller brug et større kort.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="321"/>
        <source>The kiosk&apos;s clock is behind its last check-in: it was probably reset at start. Check-ins stay in order; connect the network so the clock can set itself.</source>
        <translation>Kioskens ur er bagud i forhold til sidste check-in: det blev nok nulstillet ved start. Check-ins holdes i rækkefølge; tilslut netværket, så uret kan stille sig selv.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="325"/>
        <source>The door&apos;s lock did not answer the last time it was asked to open. Check its power and network, then test it (kiosk lock test).</source>
        <translation>Dørens lås svarede ikke, sidste gang den skulle åbne. Tjek strøm og netværk, og test den derefter (kiosk lock test).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="328"/>
        <source>The door is held open: it has not closed since it opened. Close it.</source>
        <translation>Døren holdes åben: den er ikke lukket, siden den blev åbnet. Luk den.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="330"/>
        <source>The door was opened without the kiosk opening it and is still open. Check who is there.</source>
        <translation>Døren blev åbnet, uden at kiosken åbnede den, og står stadig åben. Se efter, hvem der er der.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="333"/>
        <source>The door sensor does not answer: a door held or forced open goes unseen. Check the lock&apos;s power and network (kiosk lock sensor).</source>
        <translation>Dørsensoren svarer ikke: en dør, der holdes åben eller brydes op, bliver ikke set. Tjek låsens strøm og netværk (kiosk lock sensor).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="336"/>
        <source>The kiosk&apos;s clock is not synchronised: check-in times may be wrong until it is. Connect the network.</source>
        <translation>Kioskens ur er ikke synkroniseret: check-in-tider kan være forkerte indtil da. Tilslut netværket.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="389"/>
        <source>%1 is checked out.</source>
        <translation>%1 er tjekket ud.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="395"/>
        <source>%n in now</source>
        <translation>
            <numerusform>%n her nu</numerusform>
            <numerusform>%n her nu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="407"/>
        <source>visiting %1</source>
        <translation>besøger %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="408"/>
        <source>guest</source>
        <translation>gæst</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="411"/>
        <source>Check out</source>
        <translation>Tjek ud</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="418"/>
        <source>Checking out %1 ...</source>
        <translation>Tjekker %1 ud ...</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="421"/>
        <source>Forgot to check out</source>
        <translation>Glemte at tjekke ud</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="422"/>
        <source>Left without scanning</source>
        <translation>Gik uden at scanne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="423"/>
        <source>Other reason</source>
        <translation>Anden grund</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="424"/>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="435"/>
        <source>Nobody has touched the host view for a while: it closes in %1 seconds.</source>
        <translation>Ingen har rørt værtsvisningen et stykke tid: den lukker om %1 sekunder.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="441"/>
        <source>Host view</source>
        <translation>Værtsvisning</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="442"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="443"/>
        <source>Quit the kiosk</source>
        <translation>Afslut kiosken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="444"/>
        <source>Window</source>
        <translation>Vindue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="445"/>
        <source>Evacuation list</source>
        <translation>Evakueringsliste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="446"/>
        <source>Evacuation PDF</source>
        <translation>Evakueringsliste som PDF</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="447"/>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="448"/>
        <source>In now</source>
        <translation>Her nu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="448"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="448"/>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="449"/>
        <source>How busy</source>
        <translation>Travlhed</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="449"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/view.py" line="449"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
</context>
<context>
    <name>HostUnlockScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="136"/>
        <source>Type your PIN on the keypad, then Open.</source>
        <translation>Tast din PIN på tastaturet, og tryk så Åbn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="172"/>
        <source>No PIN is set for this host (kiosk host-pin).</source>
        <translation>Der er ingen PIN for denne vært (kiosk host-pin).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="189"/>
        <source>Too many wrong PINs. The keypad is locked: try again in %1.</source>
        <translation>For mange forkerte PIN-koder. Tastaturet er låst: prøv igen om %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="207"/>
        <source>Still there? Back to the door in %1 seconds.</source>
        <translation>Er du der stadig? Tilbage til døren om %1 sekunder.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="210"/>
        <source>PIN for %1</source>
        <translation>PIN for %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="211"/>
        <source>Host PIN</source>
        <translation>Værts-PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="212"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="213"/>
        <source>Delete last character</source>
        <translation>Slet sidste tegn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="214"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host.py" line="217"/>
        <source>Number key. Type the digits on your keypad.</source>
        <translation>Taltast. Skriv cifrene på dit tastatur.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/language.py" line="16"/>
        <source>Welcome! Choose your language.</source>
        <translation>Velkommen! Vælg dit sprog.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/language.py" line="45"/>
        <source>Register as a guest in a minute. Nothing is kept until the end.</source>
        <translation>Tilmeld dig som gæst på et minut. Intet gemmes før til sidst.</translation>
    </message>
</context>
<context>
    <name>ManualEntryScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="127"/>
        <source>That code is not right. Check it and try again.</source>
        <translation>Koden passer ikke. Tjek den, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="146"/>
        <source>Still typing? Back to the door in %1 seconds.</source>
        <translation>Skriver du stadig? Tilbage til døren om %1 sekunder.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="149"/>
        <source>Type the code printed under your QR code</source>
        <translation>Skriv koden, der står under din QR-kode</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="150"/>
        <source>Delete last character</source>
        <translation>Slet sidste tegn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_entry.py" line="151"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
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
        <translation>månedlig</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="211"/>
        <source>clip card</source>
        <translation>klippekort</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="212"/>
        <source>day pass</source>
        <translation>dagspas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="214"/>
        <source>clip card, %1 of %2 left</source>
        <translation>klippekort, %1 af %2 tilbage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="216"/>
        <source>paused</source>
        <translation>sat på pause</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="220"/>
        <source>expired %1</source>
        <translation>udløbet %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="232"/>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="254"/>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="528"/>
        <source>New member</source>
        <translation>Nyt medlem</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="247"/>
        <source>%n clip(s) left</source>
        <translation>
            <numerusform>%n klip tilbage</numerusform>
            <numerusform>%n klip tilbage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="248"/>
        <source>%n clip(s) in all</source>
        <translation>
            <numerusform>%n klip i alt</numerusform>
            <numerusform>%n klip i alt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="251"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="251"/>
        <source>Add and make a card</source>
        <translation>Opret og lav kort</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="253"/>
        <source>Editing %1</source>
        <translation>Redigerer %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="257"/>
        <source>Reactivate</source>
        <translation>Genaktivér</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="258"/>
        <source>Pause membership</source>
        <translation>Sæt på pause</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="271"/>
        <source>Hold the fob to its reader now.</source>
        <translation>Hold brikken mod dens læser nu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="281"/>
        <source>The fob opens for %1 like their card, inside opening hours.</source>
        <translation>Brikken åbner for %1 ligesom kortet, i åbningstiden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="339"/>
        <source>A clip card needs a number of clips, 1 to 1000.</source>
        <translation>Et klippekort skal have et antal klip, 1 til 1000.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="343"/>
        <source>valid until</source>
        <translation>gyldig til</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="361"/>
        <source>Sent to the server; the member arrives with the next sync.</source>
        <translation>Sendt til serveren; medlemmet kommer med næste synkronisering.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="363"/>
        <source>Added %1. Card written to %2</source>
        <translation>%1 er oprettet. Kortet er gemt i %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="381"/>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="404"/>
        <source>Sent to the server; it applies with the next sync.</source>
        <translation>Sendt til serveren; det gælder fra næste synkronisering.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="415"/>
        <source>Paused.</source>
        <translation>Sat på pause.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="415"/>
        <source>Active again.</source>
        <translation>Aktiv igen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="421"/>
        <source>Card written to %1</source>
        <translation>Kortet er gemt i %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="423"/>
        <source>Erase %1? Their name, cards, visits and payments are deleted for good, here and at every door after its next sync.</source>
        <translation>Slet %1? Navn, kort, besøg og betalinger slettes for altid, her og ved hver dør efter dens næste synkronisering.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="425"/>
        <source>Yes, erase %1</source>
        <translation>Ja, slet %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="440"/>
        <source>Sent to the server: it stops the old card and signs the new one. This kiosk cannot print it: print it from the server&apos;s host pages.</source>
        <translation>Sendt til serveren: den spærrer det gamle kort og signerer det nye. Denne kiosk kan ikke udskrive det: udskriv det fra serverens værtssider.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="444"/>
        <source>The old card no longer works. New card: code %1, written to %2</source>
        <translation>Det gamle kort virker ikke længere. Nyt kort: kode %1, gemt i %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="448"/>
        <source>Stop %1&apos;s card and issue a new one? The old card stops working at this door now, and at every other door after its next sync.</source>
        <translation>Stop %1s kort og lav et nyt? Det gamle kort holder op med at virke ved denne dør nu og ved hver anden dør efter dens næste synkronisering.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="450"/>
        <source>Yes, new card</source>
        <translation>Ja, nyt kort</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="453"/>
        <source>Erased.</source>
        <translation>Slettet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="464"/>
        <source>The amount must be a number, like 450 or 450,00.</source>
        <translation>Beløbet skal være et tal, fx 450 eller 450,00.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="468"/>
        <source>%1 clips added, %2 paid by %3.</source>
        <translation>%1 klip tilføjet, %2 betalt med %3.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="479"/>
        <source>No CSV file found. Put it on a USB stick, or in the kiosk&apos;s import folder.</source>
        <translation>Ingen CSV-fil fundet. Læg den på en USB-nøgle eller i kioskens import-mappe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="496"/>
        <source>Importing %1 ...</source>
        <translation>Importerer %1 ...</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="507"/>
        <source>%n member(s) imported from %1</source>
        <translation>
            <numerusform>%n medlem importeret fra %1</numerusform>
            <numerusform>%n medlemmer importeret fra %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="512"/>
        <source>Nothing was imported: %1</source>
        <translation>Intet blev importeret: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="519"/>
        <source>No members to print.</source>
        <translation>Ingen medlemmer at udskrive.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="522"/>
        <source>%n card(s) written to %1</source>
        <translation>
            <numerusform>%n kort gemt i %1</numerusform>
            <numerusform>%n kort gemt i %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="527"/>
        <source>Search by name or e-mail</source>
        <translation>Søg på navn eller e-mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="529"/>
        <source>Print these cards</source>
        <translation>Udskriv disse kort</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="530"/>
        <source>Import CSV</source>
        <translation>Importér CSV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="531"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="532"/>
        <source>E-mail (optional)</source>
        <translation>E-mail (frivillig)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="533"/>
        <source>Valid until, like 2026-12-31 (optional)</source>
        <translation>Gyldig til, fx 2026-12-31 (frivillig)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="534"/>
        <source>Clips</source>
        <translation>Klip</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="535"/>
        <source>Opens the door at any hour (24/7)</source>
        <translation>Åbner døren på alle tider (døgnet rundt)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="536"/>
        <source>Enrol a fob</source>
        <translation>Tilknyt en brik</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="537"/>
        <source>Monthly</source>
        <translation>Månedlig</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="537"/>
        <source>Clip card</source>
        <translation>Klippekort</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="538"/>
        <source>Day pass</source>
        <translation>Dagspas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="540"/>
        <source>New card (lost)</source>
        <translation>Nyt kort (mistet)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="541"/>
        <source>MobilePay</source>
        <translation>MobilePay</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="541"/>
        <source>Cash</source>
        <translation>Kontant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="542"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="544"/>
        <source>Print card</source>
        <translation>Udskriv kort</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="545"/>
        <source>Erase</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="546"/>
        <source>Top up the clip card</source>
        <translation>Fyld klippekortet op</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/members.py" line="547"/>
        <source>Amount paid, kr.</source>
        <translation>Betalt beløb, kr.</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/name.py" line="57"/>
        <source>What is your name?</source>
        <translation>Hvad hedder du?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/name.py" line="57"/>
        <source>First name and last name, as you like to be called.</source>
        <translation>Fornavn og efternavn, som du gerne vil kaldes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/name.py" line="58"/>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="104"/>
        <location filename="../../kiosk/ui/keyboard.py" line="214"/>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="215"/>
        <source>space</source>
        <translation>mellemrum</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="216"/>
        <source>Clear</source>
        <translation>Ryd</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="218"/>
        <source>Capital letters</source>
        <translation>Store bogstaver</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/keyboard.py" line="219"/>
        <source>Delete last character</source>
        <translation>Slet sidste tegn</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/payment.py" line="38"/>
        <source>MobilePay to %1</source>
        <translation>MobilePay til %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/payment.py" line="39"/>
        <source>I pay the host</source>
        <translation>Jeg betaler værten</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/payment.py" line="40"/>
        <source>Send me an invoice</source>
        <translation>Send mig en faktura</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/payment.py" line="43"/>
        <source>The price for today</source>
        <translation>Prisen for i dag</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/payment.py" line="43"/>
        <source>How will you pay? No payment is taken here.</source>
        <translation>Hvordan betaler du? Der trækkes ingen penge her.</translation>
    </message>
</context>
<context>
    <name>PinKeypad</name>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="271"/>
        <source>Digit typed.</source>
        <translation>Ciffer tastet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="273"/>
        <source>Digit removed.</source>
        <translation>Ciffer slettet.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="275"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Forkert PIN. Prøv igen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="277"/>
        <source>Too many wrong PINs. The keypad is locked for a while.</source>
        <translation>For mange forkerte PIN-koder. Tastaturet er låst et stykke tid.</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/policy.py" line="41"/>
        <source>House rules</source>
        <translation>Husregler</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/policy.py" line="42"/>
        <source>I accept the house rules</source>
        <translation>Jeg accepterer husreglerne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/policy.py" line="44"/>
        <source>Your data</source>
        <translation>Dine oplysninger</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/policy.py" line="45"/>
        <source>I accept</source>
        <translation>Jeg accepterer</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/reason.py" line="47"/>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/reason.py" line="51"/>
        <source>Why are you here today?</source>
        <translation>Hvorfor er du her i dag?</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="219"/>
        <source>Demo member: not a real person</source>
        <translation>Demomedlem: ikke en rigtig person</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="245"/>
        <source>Sorry, that did not work</source>
        <translation>Beklager, det lykkedes ikke</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="246"/>
        <source>Your visit could not be saved.</source>
        <translation>Dit besøg kunne ikke gemmes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="247"/>
        <source>Please try again, or tell a host.</source>
        <translation>Prøv igen, eller sig det til en vært.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="255"/>
        <source>Goodbye, %1</source>
        <translation>Farvel, %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="256"/>
        <source>You were here %1 today</source>
        <translation>Du var her %1 i dag</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="257"/>
        <source>See you soon!</source>
        <translation>Vi ses!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="259"/>
        <source>Your day pass has expired</source>
        <translation>Dit dagspas er udløbet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="260"/>
        <source>A day pass is valid on its day only. Register again for today.</source>
        <translation>Et dagspas gælder kun på sin dag. Tilmeld dig igen for i dag.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="325"/>
        <source>Good morning</source>
        <translation>Godmorgen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="327"/>
        <source>Hello</source>
        <translation>Goddag</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="328"/>
        <source>Good evening</source>
        <translation>Godaften</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/result_screen.py" line="332"/>
        <source>%n other(s) in today</source>
        <translation>
            <numerusform>%n anden er her i dag</numerusform>
            <numerusform>%n andre er her i dag</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="333"/>
        <source>You are the first one in</source>
        <translation>Du er den første i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/result_screen.py" line="335"/>
        <source>%n clip(s) left on your clip card</source>
        <translation>
            <numerusform>%n klip tilbage på dit klippekort</numerusform>
            <numerusform>%n klip tilbage på dit klippekort</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="341"/>
        <source>Membership valid until %1</source>
        <translation>Medlemskab gyldigt til %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="337"/>
        <source>Your day pass is valid until we close tonight</source>
        <translation>Dit dagspas gælder, til vi lukker i aften</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="209"/>
        <source>Hide me</source>
        <translation>Skjul mig</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="215"/>
        <source>You are no longer shown at the door. To be shown again, choose it on your own member page.</source>
        <translation>Du vises ikke længere ved døren. Vil du vises igen, så vælg det på din egen medlemsside.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="241"/>
        <source>Something went wrong</source>
        <translation>Noget gik galt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="242"/>
        <source>The check-in was not recorded.</source>
        <translation>Indtjekningen blev ikke registreret.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="243"/>
        <source>Please tell a host.</source>
        <translation>Sig venligst besked til en vært.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="271"/>
        <source>Welcome from %1, %2</source>
        <translation>Velkommen fra %1, %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="272"/>
        <source>Welcome from %1</source>
        <translation>Velkommen fra %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="274"/>
        <source>Day %1 of %2 in %3</source>
        <translation>Dag %1 af %2 i %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="280"/>
        <source>Please ask at your home space, %1.</source>
        <translation>Spørg venligst i dit eget fællesskab, %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="282"/>
        <source>Your membership does not include visits here</source>
        <translation>Dit medlemskab giver ikke adgang her</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="284"/>
        <source>Use your newest card from %1.</source>
        <translation>Brug dit nyeste kort fra %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="286"/>
        <source>The partnership with %1 is not in force today</source>
        <translation>Samarbejdet med %1 gælder ikke i dag</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="287"/>
        <source>Please ask a host here, or at %1.</source>
        <translation>Spørg venligst en vært her eller hos %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="288"/>
        <source>Visits from %1 are not agreed for this time</source>
        <translation>Besøg fra %1 er ikke aftalt på dette tidspunkt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="289"/>
        <source>Please come back within the agreed hours, or ask a host here.</source>
        <translation>Kom venligst igen inden for de aftalte tider, eller spørg en vært her.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="290"/>
        <source>The space is closed now</source>
        <translation>Stedet er lukket nu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="291"/>
        <source>Opening hours: %1</source>
        <translation>Åbningstider: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/result_screen.py" line="292"/>
        <source>You have used your %n day(s) here this month</source>
        <translation>
            <numerusform>Du har brugt din %n dag her denne måned</numerusform>
            <numerusform>Du har brugt dine %n dage her denne måned</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="293"/>
        <source>Ask a host here about a day pass, or ask at %1.</source>
        <translation>Spørg en vært her om et dagspas, eller spørg hos %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="302"/>
        <source>The door is closed now</source>
        <translation>Døren er lukket nu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="303"/>
        <source>Only members with 24/7 access can come in now. Opening hours: %1</source>
        <translation>Kun medlemmer med adgang døgnet rundt kan komme ind nu. Åbningstider: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="305"/>
        <source>A card alone does not open the door now</source>
        <translation>Et kort alene åbner ikke døren nu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="306"/>
        <source>After opening hours, show the pass on your phone.</source>
        <translation>Uden for åbningstiden: vis passet på din telefon.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="307"/>
        <source>A card alone does not open the door</source>
        <translation>Et kort alene åbner ikke døren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="308"/>
        <source>Show the pass on your phone, or ask a host.</source>
        <translation>Vis passet på din telefon, eller spørg en vært.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="309"/>
        <source>The space is closed right now</source>
        <translation>Stedet er lukket lige nu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="310"/>
        <source>A host has closed it for now. Please come back later.</source>
        <translation>En vært har lukket for nu. Kom venligst igen senere.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="311"/>
        <source>The door cannot tell the time</source>
        <translation>Døren kender ikke klokken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="312"/>
        <source>Until its clock is right, only key-holders can come in. Please call a host.</source>
        <translation>Indtil uret går rigtigt, kan kun nøgleholdere komme ind. Ring venligst til en vært.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="313"/>
        <source>This card does not open the door for a while</source>
        <translation>Dette kort åbner ikke døren i et stykke tid</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="314"/>
        <source>Too many wrong PINs. Show the pass on your phone, or ask a host.</source>
        <translation>For mange forkerte PIN-koder. Vis passet på din telefon, eller spørg en vært.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="315"/>
        <source>The door has been offline too long</source>
        <translation>Døren har været offline for længe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="316"/>
        <source>After opening hours it opens again once it is back online. Opening hours: %1</source>
        <translation>Uden for åbningstiden åbner den igen, når den er online. Åbningstider: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/result_screen.py" line="349"/>
        <source>Only %n clip(s) left: top up with a host</source>
        <translation>
            <numerusform>Kun %n klip tilbage: fyld op hos en vært</numerusform>
            <numerusform>Kun %n klip tilbage: fyld op hos en vært</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="351"/>
        <source>Your membership ends soon: renew it with a host</source>
        <translation>Dit medlemskab udløber snart: forny det hos en vært</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="358"/>
        <source>%1 h %2 min</source>
        <translation>%1 t %2 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/result_screen.py" line="359"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minutter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="363"/>
        <source>That is not a member card</source>
        <translation>Det er ikke et medlemskort</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="364"/>
        <source>Show the QR code from your member card or day pass.</source>
        <translation>Vis QR-koden fra dit medlemskort eller dagspas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="365"/>
        <source>The code could not be read</source>
        <translation>Koden kunne ikke læses</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="366"/>
        <source>Try again, or ask a host for a new card.</source>
        <translation>Prøv igen, eller bed en vært om et nyt kort.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="367"/>
        <source>This card is from another space</source>
        <translation>Kortet er fra et andet sted</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="368"/>
        <source>Ask a host if you would like to work here today.</source>
        <translation>Spørg en vært, hvis du gerne vil arbejde her i dag.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="369"/>
        <source>This card is not valid</source>
        <translation>Kortet er ikke gyldigt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="369"/>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="389"/>
        <source>Please ask a host for help.</source>
        <translation>Bed en vært om hjælp.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="370"/>
        <source>We do not know this card</source>
        <translation>Vi kender ikke dette kort</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="370"/>
        <source>Please ask a host to add you.</source>
        <translation>Bed en vært om at oprette dig.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="283"/>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="371"/>
        <source>This card has been replaced</source>
        <translation>Kortet er erstattet af et nyt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="372"/>
        <source>Use your newest card, or ask a host.</source>
        <translation>Brug dit nyeste kort, eller spørg en vært.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="373"/>
        <source>Your membership is paused</source>
        <translation>Dit medlemskab er sat på pause</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="373"/>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="375"/>
        <source>Please talk to a host.</source>
        <translation>Tal med en vært.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="374"/>
        <source>Your membership has not started yet</source>
        <translation>Dit medlemskab er ikke begyndt endnu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="376"/>
        <source>Your membership has expired</source>
        <translation>Dit medlemskab er udløbet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="377"/>
        <source>Renew it with a host, and you are welcome back.</source>
        <translation>Forny det hos en vært, så er du velkommen igen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="378"/>
        <source>Your clip card is used up</source>
        <translation>Dit klippekort er brugt op</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="378"/>
        <source>Buy a new clip card from a host.</source>
        <translation>Køb et nyt klippekort hos en vært.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="379"/>
        <source>This card is not valid here</source>
        <translation>Dette kort gælder ikke her</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="380"/>
        <source>It was not issued for this person by this space. Please ask a host.</source>
        <translation>Det er ikke udstedt til denne person af dette sted. Spørg en vært.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="285"/>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="381"/>
        <source>This card has been withdrawn</source>
        <translation>Dette kort er trukket tilbage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="382"/>
        <source>Its signing key is no longer trusted. Ask a host for a new card.</source>
        <translation>Dets signeringsnøgle er ikke længere godkendt. Bed en vært om et nyt kort.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="383"/>
        <source>This phone pass has expired</source>
        <translation>Dette telefonpas er udløbet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="384"/>
        <source>Show the live pass on your phone, not a picture of it.</source>
        <translation>Vis passet direkte på din telefon, ikke et billede af det.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="385"/>
        <source>This phone has been turned off</source>
        <translation>Denne telefon er spærret</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="386"/>
        <source>It was revoked on your page. Use your card, or set up the phone again.</source>
        <translation>Den blev spærret på din side. Brug dit kort, eller sæt telefonen op igen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="387"/>
        <source>We do not know this phone yet</source>
        <translation>Vi kender ikke denne telefon endnu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="388"/>
        <source>Use your card today. A new phone works here after the next update.</source>
        <translation>Brug dit kort i dag. En ny telefon virker her efter næste opdatering.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/result_screen.py" line="389"/>
        <source>This phone pass is not valid</source>
        <translation>Dette telefonpas er ikke gyldigt</translation>
    </message>
</context>
<context>
    <name>RollCallScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/roll_call.py" line="63"/>
        <source>%1 (guest)</source>
        <translation>%1 (gæst)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/roll_call.py" line="91"/>
        <source>%1 of %2 accounted for</source>
        <translation>%1 af %2 er talt op</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/roll_call.py" line="95"/>
        <source>Evacuation: everyone in the building</source>
        <translation>Evakuering: alle i huset</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/roll_call.py" line="96"/>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/roll_call.py" line="97"/>
        <source>Roll call over</source>
        <translation>Optællingen er slut</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="241"/>
        <source>%n in now</source>
        <translation>
            <numerusform>%n her nu</numerusform>
            <numerusform>%n her nu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="295"/>
        <source>Server access revoked: tell a host</source>
        <translation>Adgang til serveren er trukket tilbage: sig det til en vært</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="297"/>
        <source>Not syncing: this kiosk needs an update</source>
        <translation>Synkroniserer ikke: denne kiosk skal opdateres</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="299"/>
        <source>Not syncing: the server needs an update</source>
        <translation>Synkroniserer ikke: serveren skal opdateres</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="301"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="305"/>
        <source>Offline since %1</source>
        <translation>Offline siden %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="308"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n venter</numerusform>
            <numerusform>%n venter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="310"/>
        <source>%n set aside</source>
        <translation>
            <numerusform>%n lagt til side</numerusform>
            <numerusform>%n lagt til side</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="312"/>
        <source>%n changes wait for a host</source>
        <translation>
            <numerusform>%n ændring venter på en vært</numerusform>
            <numerusform>%n ændringer venter på en vært</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="346"/>
        <source>The camera only sees black. Is something covering it? Trying again...</source>
        <translation>Kameraet ser kun sort. Dækker noget for det? Prøver igen ...</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="347"/>
        <source>The camera is not working right now. Trying again... Please tell a host if this stays.</source>
        <translation>Kameraet virker ikke lige nu. Prøver igen ... Sig det til en vært, hvis det bliver ved.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="352"/>
        <source>Hold your QR code up to the camera</source>
        <translation>Hold din QR-kode op mod kameraet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="354"/>
        <source>The camera is above the screen. Hold the code still, about a hand&apos;s width away.</source>
        <translation>Kameraet sidder over skærmen. Hold koden stille, cirka en hånds bredde væk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="355"/>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="356"/>
        <source>Hold the code up to the camera above the screen, not to the screen</source>
        <translation>Hold koden op mod kameraet over skærmen, ikke mod skærmen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="357"/>
        <source>One scan per person: everyone who comes in scans their own code.</source>
        <translation>Én scanning pr. person: alle, der kommer ind, scanner deres egen kode.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="358"/>
        <source>Type code</source>
        <translation>Skriv koden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="359"/>
        <source>Guest / day pass</source>
        <translation>Gæst / dagspas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="360"/>
        <source>Host</source>
        <translation>Vært</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="361"/>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="362"/>
        <source>Read aloud</source>
        <translation>Oplæsning</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="363"/>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="364"/>
        <source>Larger text</source>
        <translation>Større tekst</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="366"/>
        <source>The camera only reads codes. It keeps no pictures.</source>
        <translation>Kameraet læser kun koder. Det gemmer ingen billeder.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="368"/>
        <source>Questions: %1</source>
        <translation>Spørgsmål: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/scan_screen.py" line="371"/>
        <source>Who&apos;s here</source>
        <translation>Hvem er her</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="297"/>
        <source>Version %1; a change makes a new version that guests accept from then on.</source>
        <translation>Version %1; en ændring giver en ny version, som gæster accepterer fra da af.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="308"/>
        <source>Saved as version %1.</source>
        <translation>Gemt som version %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="241"/>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>PIN skal være 4 til 8 cifre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="242"/>
        <source>That PIN is too easy to guess (like 1111, 1234 or a year). Choose another.</source>
        <translation>Den PIN-kode er for let at gætte (som 1111, 1234 eller et årstal). Vælg en anden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="326"/>
        <source>Keep at least one visitor type.</source>
        <translation>Behold mindst én slags besøgende.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="354"/>
        <source>Saved. A new camera or time zone applies at the next start.</source>
        <translation>Gemt. Nyt kamera eller ny tidszone gælder fra næste start.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="365"/>
        <source>Space name</source>
        <translation>Stedets navn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="366"/>
        <source>Dark when closed, after idle (min, 0 = never)</source>
        <translation>Mørk når lukket, efter ro (min., 0 = aldrig)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="367"/>
        <source>Repeat scan guard (s)</source>
        <translation>Spærring mod dobbeltscan (s)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="368"/>
        <source>Delete guests after (days)</source>
        <translation>Slet gæster efter (dage)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="371"/>
        <source>Critical mass (people)</source>
        <translation>Kritisk masse (personer)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="380"/>
        <source>Visitor types: name, price in kr., host member needed. Clear a name to remove the type.</source>
        <translation>Slags besøgende: navn, pris i kr., medlem som vært nødvendig. Tøm navnet for at fjerne den.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="382"/>
        <source>+ Visitor type</source>
        <translation>+ Slags besøgende</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="384"/>
        <source>Opening checklist: shown to the first one in when no host is there. One item a line; empty = not shown.</source>
        <translation>Tjekliste ved åbning: vises for den første, når ingen vært er her. Ét punkt pr. linje; tom = vises ikke.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="387"/>
        <source>Closing checklist: shown to the last one out. One item a line; empty = not shown.</source>
        <translation>Tjekliste ved lukning: vises for den sidste, der går. Ét punkt pr. linje; tom = vises ikke.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="390"/>
        <source>New host PIN</source>
        <translation>Ny værts-PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="369"/>
        <source>MobilePay number</source>
        <translation>MobilePay-nummer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="58"/>
        <source>Host needed</source>
        <translation>Vært nødvendig</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="59"/>
        <source>Visitor type&apos;s name</source>
        <translation>Besøgstypens navn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="60"/>
        <source>Price in kr.</source>
        <translation>Pris i kr.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="171"/>
        <source>The space</source>
        <translation>Stedet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="173"/>
        <source>Guests</source>
        <translation>Gæster</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="179"/>
        <source>Camera and screen</source>
        <translation>Kamera og skærm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="181"/>
        <source>Checklists</source>
        <translation>Tjeklister</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="185"/>
        <source>Rules and privacy</source>
        <translation>Regler og privatliv</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="190"/>
        <source>Host PIN</source>
        <translation>Værts-PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="194"/>
        <source>Door and hours</source>
        <translation>Dør og åbningstider</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="321"/>
        <source>A price is a number of kroner, like 150 or 150,50.</source>
        <translation>En pris er et beløb i kroner, fx 150 eller 150,50.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="333"/>
        <source>Nothing was saved: see what is marked in red.</source>
        <translation>Intet blev gemt: se det, der er markeret med rødt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="361"/>
        <source>House rules</source>
        <translation>Husregler</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="361"/>
        <source>Privacy notice</source>
        <translation>Privatlivserklæring</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="370"/>
        <source>Languages (da,en,de)</source>
        <translation>Sprog (da,en,de)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="370"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="393"/>
        <source>Opening checklist</source>
        <translation>Tjekliste ved åbning</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="394"/>
        <source>Closing checklist</source>
        <translation>Tjekliste ved lukning</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="396"/>
        <source>Save settings</source>
        <translation>Gem indstillinger</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="397"/>
        <source>Save text</source>
        <translation>Gem tekst</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="399"/>
        <source>Rules</source>
        <translation>Regler</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/settings.py" line="399"/>
        <source>Privacy</source>
        <translation>Privatliv</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="338"/>
        <source>The server did not answer. Check the address and that this kiosk is on the network, then try again.</source>
        <translation>Serveren svarede ikke. Tjek adressen, og at kiosken er på netværket, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="340"/>
        <source>The server did not accept the code: it is wrong, used or older than 24 hours. Add the kiosk again on the server&apos;s page for a new one.</source>
        <translation>Serveren tog ikke imod koden: den er forkert, brugt eller ældre end 24 timer. Tilføj kiosken igen på serverens side for at få en ny.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="342"/>
        <source>An http:// address to another machine would send the kiosk&apos;s key unencrypted. Use the server&apos;s https:// address.</source>
        <translation>En http://-adresse til en anden maskine ville sende kioskens nøgle ukrypteret. Brug serverens https://-adresse.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="344"/>
        <source>The server and this kiosk are different versions that cannot work together. Update the older one.</source>
        <translation>Serveren og kiosken er versioner, der ikke kan arbejde sammen. Opdater den ældste.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="346"/>
        <source>This kiosk already has members of its own; join it from the command line instead (kiosk enroll).</source>
        <translation>Kiosken har allerede sine egne medlemmer; forbind den i stedet fra kommandolinjen (kiosk enroll).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="348"/>
        <source>Joining did not work: %1</source>
        <translation>Forbindelsen lykkedes ikke: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="384"/>
        <source>Set up this kiosk: choose its language</source>
        <translation>Sæt kiosken op: vælg sprog</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="385"/>
        <source>What is the space called?</source>
        <translation>Hvad hedder stedet?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="386"/>
        <source>When is the space open?</source>
        <translation>Hvornår er der åbent?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="387"/>
        <source>Choose the host PIN</source>
        <translation>Vælg værtens PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="388"/>
        <source>Type the host PIN again</source>
        <translation>Skriv værtens PIN igen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="389"/>
        <source>Alone, or with a server?</source>
        <translation>Alene eller med en server?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="390"/>
        <source>Join a server</source>
        <translation>Forbind til en server</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="391"/>
        <source>Hold the server&apos;s QR code up to the camera</source>
        <translation>Hold serverens QR-kode op foran kameraet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="392"/>
        <source>Joining the server …</source>
        <translation>Forbinder til serveren …</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="393"/>
        <source>The kiosk is ready</source>
        <translation>Kiosken er klar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="393"/>
        <source>Everything is chosen</source>
        <translation>Alt er valgt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="397"/>
        <source>Shown at the top of the door&apos;s screen and on the members&apos; cards.</source>
        <translation>Står øverst på skærmen ved døren og på medlemmernes kort.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="398"/>
        <source>Outside these hours the screen goes dark when nobody is there; visits still open at closing time are closed.</source>
        <translation>Uden for disse tider bliver skærmen mørk, når ingen er der; besøg, der stadig er åbne ved lukketid, afsluttes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="400"/>
        <source>4 to 8 digits. It opens the host view at the door; the first host you add takes it over as their own.</source>
        <translation>4 til 8 cifre. Den åbner værtsvisningen ved døren; den første vært, du opretter, overtager den som sin egen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="402"/>
        <source>The same digits once more, so a typing slip cannot lock you out.</source>
        <translation>De samme cifre en gang til, så en tastefejl ikke låser dig ude.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="404"/>
        <source>On the server&apos;s page Kiosks, add a kiosk: it shows the address and a one-time code, and a QR code of both.</source>
        <translation>Tilføj en kiosk på serverens side Kiosker: den viser adressen og en engangskode og en QR-kode med begge.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="406"/>
        <source>The server&apos;s page Kiosks shows it after you add a kiosk.</source>
        <translation>Serverens side Kiosker viser den, når du har tilføjet en kiosk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="407"/>
        <source>This takes a few seconds.</source>
        <translation>Det tager et par sekunder.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="412"/>
        <source>Read from the QR code, the server at:
%1
Check that it is yours, then tap Join.</source>
        <translation>Læst fra QR-koden, serveren på:
%1
Tjek at det er jeres, og tryk så på Forbind.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="421"/>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="422"/>
        <source>Start the kiosk</source>
        <translation>Start kiosken</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="423"/>
        <source>Save and start</source>
        <translation>Gem og start</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="424"/>
        <source>Join</source>
        <translation>Forbind</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="424"/>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="428"/>
        <source>Opens at</source>
        <translation>Åbner kl.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="428"/>
        <source>Closes at</source>
        <translation>Lukker kl.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="429"/>
        <source>This kiosk alone
members are added at the door</source>
        <translation>Kun denne kiosk
medlemmer oprettes ved døren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="430"/>
        <source>Join a server
the members come from the server</source>
        <translation>Forbind til en server
medlemmerne kommer fra serveren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="431"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="432"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="433"/>
        <source>Scan the QR code</source>
        <translation>Scan QR-koden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="440"/>
        <source>Space: %1</source>
        <translation>Sted: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="441"/>
        <source>Open %1 to %2</source>
        <translation>Åbent %1 til %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="442"/>
        <source>Language: %1</source>
        <translation>Sprog: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="444"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="446"/>
        <source>This kiosk is called %1 there.</source>
        <translation>Der hedder denne kiosk %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="448"/>
        <source>Standalone: add members in the host view (Host, then the PIN).</source>
        <translation>Alene: opret medlemmer i værtsvisningen (Vært, så PIN).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="454"/>
        <source>Type the space&apos;s name.</source>
        <translation>Skriv stedets navn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="455"/>
        <source>The name can be at most 80 characters.</source>
        <translation>Navnet må højst være 80 tegn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="456"/>
        <source>The space must open before it closes.</source>
        <translation>Stedet skal åbne, før det lukker.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="457"/>
        <source>The PIN must be 4 to 8 digits.</source>
        <translation>PIN skal være 4 til 8 cifre.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="458"/>
        <source>That PIN is too easy to guess (like 1111, 1234 or a year). Choose another.</source>
        <translation>Den PIN-kode er for let at gætte (som 1111, 1234 eller et årstal). Vælg en anden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="459"/>
        <source>The two PINs were not the same. Choose the PIN again.</source>
        <translation>De to PIN var ikke ens. Vælg PIN igen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="460"/>
        <source>Type the server&apos;s address.</source>
        <translation>Skriv serverens adresse.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="461"/>
        <source>The address starts with https:// (or http://).</source>
        <translation>Adressen begynder med https:// (eller http://).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="462"/>
        <source>Type the code the server&apos;s page shows.</source>
        <translation>Skriv koden, som serverens side viser.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/setup.py" line="463"/>
        <source>That is not the server&apos;s set-up QR code. Use the one on the server&apos;s page Kiosks.</source>
        <translation>Det er ikke serverens QR-kode til opsætning. Brug den på serverens side Kiosker.</translation>
    </message>
</context>
<context>
    <name>SocialText</name>
    <message>
        <location filename="../../kiosk/ui/social_text.py" line="24"/>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/social_text.py" line="27"/>
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n anden</numerusform>
            <numerusform>%n andre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/social_text.py" line="30"/>
        <source>%n here now</source>
        <translation>
            <numerusform>%n her nu</numerusform>
            <numerusform>%n her nu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/social_text.py" line="33"/>
        <source>Here now: %1</source>
        <translation>Her nu: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/social_text.py" line="36"/>
        <source>%1 is in</source>
        <translation>%1 er her</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/social_text.py" line="36"/>
        <source>%1 are in</source>
        <translation>%1 er her</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../kiosk/ui/tasks.py" line="84"/>
        <source>Something went wrong; it was written to the kiosk&apos;s log.</source>
        <translation>Noget gik galt; det er skrevet i kioskens log.</translation>
    </message>
</context>
<context>
    <name>TellHostPage</name>
    <message>
        <location filename="../../kiosk/ui/screens/guest/tell_host.py" line="32"/>
        <source>May we tell %1 your name?</source>
        <translation>Må vi fortælle %1 dit navn?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/tell_host.py" line="33"/>
        <source>We let them know that a guest has arrived. Your name goes with it only if you say yes.</source>
        <translation>Vi giver besked om, at en gæst er kommet. Dit navn kommer kun med, hvis du siger ja.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/tell_host.py" line="35"/>
        <source>No, just say that a guest has arrived</source>
        <translation>Nej, sig bare at en gæst er kommet</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/guest/tell_host.py" line="36"/>
        <source>Yes, tell them my name</source>
        <translation>Ja, sig mit navn</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="90"/>
        <source>Today: %n visit(s)</source>
        <translation>
            <numerusform>I dag: %n besøg</numerusform>
            <numerusform>I dag: %n besøg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="91"/>
        <source>%n of them guest(s)</source>
        <translation>
            <numerusform>heraf %n gæst</numerusform>
            <numerusform>heraf %n gæster</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="96"/>
        <source>Let %1 in at the door today</source>
        <translation>Lad %1 komme ind ad døren i dag</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="108"/>
        <source>%1&apos;s day pass opens the door today, inside opening hours.</source>
        <translation>%1s dagspas åbner døren i dag, i åbningstiden.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="115"/>
        <source>in now</source>
        <translation>her nu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="118"/>
        <source>guest</source>
        <translation>gæst</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="122"/>
        <source>visiting %1</source>
        <translation>besøger %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="145"/>
        <source>Check in %1</source>
        <translation>Tjek %1 ind</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="148"/>
        <source>No card with them</source>
        <translation>Har ikke kortet med</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="149"/>
        <source>The code will not read</source>
        <translation>Koden kan ikke læses</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="150"/>
        <source>Other reason</source>
        <translation>Anden grund</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="154"/>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="165"/>
        <source>%1 was not checked in: %2</source>
        <translation>%1 blev ikke tjekket ind: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="168"/>
        <source>%1 is checked in.</source>
        <translation>%1 er tjekket ind.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="177"/>
        <source>Check someone in by hand</source>
        <translation>Tjek nogen ind i hånden</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/host_pages/today.py" line="178"/>
        <source>Type a member&apos;s name</source>
        <translation>Skriv et medlems navn</translation>
    </message>
</context>
<context>
    <name>WhosHereScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/whos_here.py" line="98"/>
        <source>Ask me about: %1</source>
        <translation>Spørg mig om: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/whos_here.py" line="111"/>
        <source>Nobody is in right now.</source>
        <translation>Der er ingen her lige nu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/whos_here.py" line="113"/>
        <source>and %1</source>
        <translation>og %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/whos_here.py" line="136"/>
        <source>Who&apos;s here</source>
        <translation>Hvem er her</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/whos_here.py" line="138"/>
        <source>Only members who chose it on their own page are named here. Guests are never named.</source>
        <translation>Kun medlemmer, der har valgt det på deres egen side, nævnes her. Gæster nævnes aldrig.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/whos_here.py" line="141"/>
        <source>Only members who agreed to it are named here. Guests are never named.</source>
        <translation>Kun medlemmer, der har sagt ja til det, nævnes her. Gæster nævnes aldrig.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/whos_here.py" line="142"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
</TS>
