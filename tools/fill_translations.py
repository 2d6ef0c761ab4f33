"""Fill translations into the .ts sources from the tables below, for messages still unfinished.

Usage: .venv/bin/python tools/fill_translations.py   (then tools/update_translations.sh compiles)
The .ts files stay the source of truth (Qt Linguist edits them); these tables only speed up
adding many strings at once. Numerus forms are (one, many).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent.parent / "assets" / "translations"

DE: dict[str, str | tuple[str, str]] = {
    "%1 to %2: %3 member visits, %4 guest visits": "%1 bis %2: %3 Besuche von Mitgliedern, %4 von Gästen",
    "Visits per day (green members, yellow guests)": "Besuche pro Tag (grün Mitglieder, gelb Gäste)",
    "People present by hour of day (average)": "Anwesende nach Uhrzeit (Durchschnitt)",
    "Mon": "Mo", "Tue": "Di", "Wed": "Mi", "Thu": "Do", "Fri": "Fr", "Sat": "Sa", "Sun": "So",
    "Visits by weekday (average)": "Besuche nach Wochentag (Durchschnitt)",
    "Visits written to %1": "Besuche gespeichert in %1",
    "Today": "Heute", "7 days": "7 Tage", "30 days": "30 Tage", "90 days": "90 Tage",
    "Export CSV": "CSV exportieren",
    "Please type your name.": "Bitte geben Sie Ihren Namen ein.",
    "That is too long: at most %1 characters.": "Das ist zu lang: höchstens %1 Zeichen.",
    "That does not look like an e-mail address (like name@example.com).":
        "Das sieht nicht wie eine E-Mail-Adresse aus (wie name@example.com).",
    "Some of those characters cannot be used. Please type it again.":
        "Einige Zeichen können nicht verwendet werden. Bitte noch einmal eingeben.",
    "free": "kostenlos",
    "Nobody by that name. Check the spelling, or ask at the desk.":
        "Niemand mit diesem Namen. Prüfen Sie die Schreibweise oder fragen Sie nach.",
    "MobilePay to %1": "MobilePay an %1", "MobilePay": "MobilePay",
    "I pay the host": "Ich bezahle beim Gastgeber", "Send me an invoice": "Schicken Sie mir eine Rechnung",
    "Your registration could not be saved. Please try again, or tell a host.":
        "Ihre Anmeldung konnte nicht gespeichert werden. Bitte versuchen Sie es noch einmal oder sagen Sie "
        "einem Gastgeber Bescheid.",
    "Welcome, %1! You are checked in.": "Willkommen, %1! Sie sind eingecheckt.",
    "Take a photo of this code. Show it to the camera when you come back in and when you leave.":
        "Fotografieren Sie diesen Code. Zeigen Sie ihn der Kamera, wenn Sie wiederkommen und wenn Sie gehen.",
    "Valid on %1 until %2.": "Gültig am %1 bis %2 Uhr.",
    "Code: %1": "Code: %1",
    "Please let %1 know that you are here.": "Bitte sagen Sie %1 Bescheid, dass Sie da sind.",
    "‹ Back": "‹ Zurück", "Cancel": "Abbrechen",
    "Welcome! Which language?": "Willkommen! Welche Sprache?",
    "Register as a guest in a minute. Nothing is kept until the end.":
        "In einer Minute als Gast anmelden. Bis zum Schluss wird nichts gespeichert.",
    "What is your name?": "Wie heißen Sie?",
    "First name and last name, as you like to be called.": "Vor- und Nachname, wie Sie genannt werden möchten.",
    "Next": "Weiter", "E-mail and company": "E-Mail und Firma",
    "Both are optional. We only use them for a receipt or an invoice.":
        "Beides ist freiwillig. Wir nutzen es nur für eine Quittung oder Rechnung.",
    "E-mail": "E-Mail", "Company": "Firma", "Skip": "Überspringen",
    "Why are you here today?": "Warum sind Sie heute hier?",
    "Whom are you visiting?": "Wen besuchen Sie?",
    "Type at least three letters of their name.": "Geben Sie mindestens drei Buchstaben des Namens ein.",
    "House rules": "Hausregeln", "I accept the house rules": "Ich akzeptiere die Hausregeln",
    "Your data": "Ihre Daten", "I accept": "Ich stimme zu",
    "The price for today": "Der Preis für heute",
    "How will you pay? No payment is taken here.": "Wie bezahlen Sie? Hier wird nichts abgebucht.",
    "Your day pass": "Ihr Tagespass", "Done": "Fertig",
    "%n in now": ("%n jetzt da", "%n jetzt da"),
    "Check out": "Auschecken", "Forgot to check out": "Auschecken vergessen",
    "Left without scanning": "Ohne Scannen gegangen", "Other reason": "Anderer Grund",
    "Host view": "Gastgeber", "Close": "Schließen", "Quit the kiosk": "Kiosk beenden",
    "Evacuation list": "Evakuierungsliste", "Evacuation PDF": "Evakuierungsliste als PDF",
    "Keyboard": "Tastatur", "In now": "Jetzt da", "Cash": "Bar", "Invoice": "Rechnung", "Members": "Mitglieder", "How busy": "Auslastung",
    "Settings": "Einstellungen",
    "Wrong PIN. Try again.": "Falsche PIN. Bitte noch einmal.",
    "Too many wrong PINs. The keypad is locked for five minutes.":
        "Zu viele falsche PINs. Die Tastatur ist für fünf Minuten gesperrt.",
    "No host PIN is set on this kiosk (kiosk host-pin).": "Auf diesem Kiosk ist keine Gastgeber-PIN gesetzt (kiosk host-pin).",
    "Host PIN": "Gastgeber-PIN", "Open": "Öffnen",
    "That code is not right. Check it and try again.": "Dieser Code stimmt nicht. Bitte prüfen und noch einmal.",
    "Type the code printed under your QR code": "Geben Sie den Code unter Ihrem QR-Code ein",
    "Check in": "Einchecken", "monthly": "monatlich", "clip card": "Mehrfachkarte", "day pass": "Tagespass",
    "paused": "pausiert", "New member": "Neues Mitglied",
    "%n clip(s) in all": ("%n Besuch insgesamt", "%n Besuche insgesamt"),
    "Save": "Speichern", "Add and make a card": "Anlegen und Karte erstellen",
    "Reactivate": "Wieder aktivieren", "Pause membership": "Pausieren",
    "Sent to the server; the member arrives with the next sync.":
        "An den Server geschickt; das Mitglied kommt mit der nächsten Synchronisation.",
    "Added %1. Card written to %2": "%1 angelegt. Karte gespeichert in %2",
    "Saved.": "Gespeichert.",
    "Sent to the server; it applies with the next sync.":
        "An den Server geschickt; es gilt ab der nächsten Synchronisation.",
    "Paused.": "Pausiert.", "Active again.": "Wieder aktiv.",
    "New card issued; the old one no longer works. Written to %1":
        "Neue Karte ausgestellt; die alte gilt nicht mehr. Gespeichert in %1",
    "Card written to %1": "Karte gespeichert in %1",
    "Tap Erase again to delete %1 and all their data for good.":
        "Tippen Sie noch einmal auf Löschen, um %1 mit allen Daten endgültig zu löschen.",
    "Erased.": "Gelöscht.",
    "The amount must be a number, like 450 or 450,00.": "Der Betrag muss eine Zahl sein, z. B. 450 oder 450,00.",
    "%1 clips added, %2 paid by %3.": "%1 Besuche hinzugefügt, %2 bezahlt per %3.",
    "No members to print.": "Keine Mitglieder zum Drucken.",
    "%n card(s) written to %1": ("%n Karte gespeichert in %1", "%n Karten gespeichert in %1"),
    "Search by name or e-mail": "Nach Name oder E-Mail suchen", "Print these cards": "Diese Karten drucken",
    "Name": "Name", "E-mail (optional)": "E-Mail (freiwillig)", "Monthly": "Monatlich",
    "Clip card": "Mehrfachkarte", "Day pass": "Tagespass", "New card (lost)": "Neue Karte (verloren)",
    "Print card": "Karte drucken", "Erase": "Löschen", "Top up the clip card": "Mehrfachkarte aufladen",
    "Amount paid, kr.": "Bezahlter Betrag, kr.", "space": "Leerzeichen",
    "Demo member: not a real person": "Demo-Mitglied: keine echte Person",
    "Sorry, that did not work": "Das hat leider nicht geklappt",
    "Your visit could not be saved.": "Ihr Besuch konnte nicht gespeichert werden.",
    "Please try again, or tell a host.": "Bitte noch einmal versuchen oder einem Gastgeber Bescheid sagen.",
    "Goodbye, %1": "Auf Wiedersehen, %1", "You were here %1 today": "Sie waren heute %1 hier",
    "See you soon!": "Bis bald!",
    "Your day pass has expired": "Ihr Tagespass ist abgelaufen",
    "A day pass is valid on its day only. Register again for today.":
        "Ein Tagespass gilt nur an seinem Tag. Melden Sie sich für heute neu an.",
    "Good morning": "Guten Morgen", "Hello": "Hallo", "Good evening": "Guten Abend",
    "%n other(s) in today": ("%n andere Person heute da", "%n andere heute da"),
    "You are the first one in": "Sie sind die erste Person heute",
    "%n clip(s) left on your clip card": ("Noch %n Besuch auf Ihrer Mehrfachkarte", "Noch %n Besuche auf Ihrer Mehrfachkarte"),
    "Your day pass is valid until we close tonight": "Ihr Tagespass gilt bis heute Abend zum Schluss",
    "Membership valid until %1": "Mitgliedschaft gültig bis %1",
    "Only %n clip(s) left: top up with a host": ("Nur noch %n Besuch: beim Gastgeber aufladen",
                                                 "Nur noch %n Besuche: beim Gastgeber aufladen"),
    "Your membership ends soon: renew it with a host": "Ihre Mitgliedschaft endet bald: beim Gastgeber verlängern",
    "%1 h %2 min": "%1 Std. %2 Min.", "%n minute(s)": ("%n Minute", "%n Minuten"),
    "That is not a member card": "Das ist keine Mitgliedskarte",
    "Show the QR code from your member card or day pass.": "Zeigen Sie den QR-Code Ihrer Mitgliedskarte oder Ihres Tagespasses.",
    "The code could not be read": "Der Code konnte nicht gelesen werden",
    "Try again, or ask a host for a new card.": "Noch einmal versuchen oder beim Gastgeber eine neue Karte holen.",
    "This card is from another space": "Diese Karte ist von einem anderen Ort",
    "Ask a host if you would like to work here today.": "Fragen Sie einen Gastgeber, wenn Sie heute hier arbeiten möchten.",
    "This card is not valid": "Diese Karte ist nicht gültig", "Please ask a host for help.": "Bitte fragen Sie einen Gastgeber.",
    "We do not know this card": "Diese Karte kennen wir nicht",
    "Please ask a host to add you.": "Bitten Sie einen Gastgeber, Sie einzutragen.",
    "This card has been replaced": "Diese Karte wurde ersetzt",
    "Use your newest card, or ask a host.": "Nehmen Sie Ihre neueste Karte oder fragen Sie einen Gastgeber.",
    "Your membership is paused": "Ihre Mitgliedschaft ist pausiert",
    "Please talk to a host.": "Bitte sprechen Sie mit einem Gastgeber.",
    "Your membership has not started yet": "Ihre Mitgliedschaft hat noch nicht begonnen",
    "Your membership has expired": "Ihre Mitgliedschaft ist abgelaufen",
    "Renew it with a host, and you are welcome back.": "Verlängern Sie beim Gastgeber, dann sind Sie wieder willkommen.",
    "Your clip card is used up": "Ihre Mehrfachkarte ist aufgebraucht",
    "Buy a new clip card from a host.": "Kaufen Sie beim Gastgeber eine neue Mehrfachkarte.",
    "%1 of %2 accounted for": "%1 von %2 da",
    "Evacuation: everyone in the building": "Evakuierung: alle im Gebäude",
    "Back": "Zurück", "Server access revoked: tell a host": "Serverzugang gesperrt: Gastgeber informieren",
    "Online": "Online", "Offline since %1": "Offline seit %1",
    "%n waiting": ("%n wartet", "%n warten"), "%n set aside": ("%n zurückgestellt", "%n zurückgestellt"),
    "The camera only sees black. Is something covering it? Trying again...":
        "Die Kamera sieht nur Schwarz. Ist sie verdeckt? Neuer Versuch ...",
    "The camera is not working right now. Trying again... Please tell a host if this stays.":
        "Die Kamera funktioniert gerade nicht. Neuer Versuch ... Bitte sagen Sie einem Gastgeber Bescheid, wenn das so bleibt.",
    "Hold your QR code up to the camera": "Halten Sie Ihren QR-Code vor die Kamera",
    "The camera is above the screen. Hold the code still, about a hand's width away.":
        "Die Kamera ist über dem Bildschirm. Halten Sie den Code ruhig, etwa eine Handbreit entfernt.",
    "DEMO": "DEMO",
    "Hold the code up to the camera above the screen, not to the screen":
        "Halten Sie den Code vor die Kamera über dem Bildschirm, nicht vor den Bildschirm",
    "Type code": "Code eingeben", "Guest / day pass": "Gast / Tagespass", "Host": "Gastgeber",
    "Version %1; a change makes a new version that guests accept from then on.":
        "Version %1; eine Änderung ergibt eine neue Version, der Gäste ab dann zustimmen.",
    "Saved as version %1.": "Als Version %1 gespeichert.",
    "Saved. A new camera or time zone applies at the next start.":
        "Gespeichert. Eine neue Kamera oder Zeitzone gilt ab dem nächsten Start.",
    "No CSV file found. Put it on a USB stick, or in the kiosk's import folder.":
        "Keine CSV-Datei gefunden. Legen Sie sie auf einen USB-Stick oder in den Import-Ordner des Kiosks.",
    "Importing %1 ...": "Importiere %1 ...", "Import CSV": "CSV importieren",
    "%n member(s) imported from %1": ("%n Mitglied aus %1 importiert", "%n Mitglieder aus %1 importiert"),
    "Nothing was imported: %1": "Nichts wurde importiert: %1",
    "Keep at least one visitor type.": "Mindestens eine Besucherart muss bleiben.",
    "Visitor types: name, price in kr., host member needed. Clear a name to remove the type.":
        "Besucherarten: Name, Preis in kr., Mitglied als Gastgeber nötig. Name leeren, um die Art zu entfernen.",
    "+ Visitor type": "+ Besucherart", "Host needed": "Gastgeber nötig",
    "valid until": "gültig bis", "Valid until, like 2026-12-31 (optional)": "Gültig bis, z. B. 2026-12-31 (freiwillig)",
    "Window": "Fenster", "1 day": "1 Tag", "%1 (guest)": "%1 (Gast)", "No card with them": "Keine Karte dabei",
    "The code will not read": "Der Code lässt sich nicht lesen",
    "Closes at": "Schließt um", "Repeat scan guard (s)": "Wiederholsperre (s)",
    "Delete guests after (days)": "Gäste löschen nach (Tagen)", "New host PIN": "Neue Gastgeber-PIN",
    "Space name": "Name des Ortes", "Opens at": "Öffnet um",
    "Closes at (open visits are closed then)": "Schließt um (offene Besuche werden dann beendet)",
    "Repeat scans ignored for (seconds)": "Wiederholte Scans ignoriert für (Sekunden)",
    "Guest data deleted after (days)": "Gästedaten gelöscht nach (Tagen)",
    "MobilePay number": "MobilePay-Nummer", "Languages (da,en,de)": "Sprachen (da,en,de)", "Camera": "Kamera",
    "Day pass price, kr.": "Preis Tagespass, kr.", "New host PIN (4-8 digits)": "Neue Gastgeber-PIN (4-8 Ziffern)",
    "Save settings": "Einstellungen speichern", "Save text": "Text speichern", "Rules": "Regeln",
    "Privacy": "Datenschutz",
    "Today: %n visit(s)": ("Heute: %n Besuch", "Heute: %n Besuche"),
    "%n of them guest(s)": ("davon %n Gast", "davon %n Gäste"),
    "in now": "jetzt da", "guest": "Gast", "visiting %1": "besucht %1",
    "%1 was not checked in: %2": "%1 wurde nicht eingecheckt: %2", "%1 is checked in.": "%1 ist eingecheckt.",
    "Check someone in by hand": "Jemanden von Hand einchecken", "Type a member's name": "Namen eines Mitglieds eingeben",
    "Evacuation list: %1": "Evakuierungsliste: %1",
    # the host view at the door (issue 11: real hands)
    "%1 is checked out.": "%1 ist ausgecheckt.",
    "Checking out %1 ...": "%1 wird ausgecheckt ...",
    "clip card, %1 of %2 left": "Mehrfachkarte, %1 von %2 Besuchen übrig",
    "%n clip(s) left": ("noch %n Besuch", "noch %n Besuche"),
    "A clip card needs a number of clips, 1 to 1000.": "Eine Mehrfachkarte braucht eine Anzahl Besuche, 1 bis 1000.",
    "Clips": "Besuche",
    "Roll call over": "Appell beendet",
    "Check in %1": "%1 einchecken",
}

DA: dict[str, str | tuple[str, str]] = {
    "%1 to %2: %3 member visits, %4 guest visits": "%1 til %2: %3 besøg af medlemmer, %4 af gæster",
    "Visits per day (green members, yellow guests)": "Besøg pr. dag (grøn medlemmer, gul gæster)",
    "People present by hour of day (average)": "Til stede efter klokkeslæt (gennemsnit)",
    "Mon": "man", "Tue": "tir", "Wed": "ons", "Thu": "tor", "Fri": "fre", "Sat": "lør", "Sun": "søn",
    "Visits by weekday (average)": "Besøg efter ugedag (gennemsnit)",
    "Visits written to %1": "Besøg gemt i %1",
    "Today": "I dag", "7 days": "7 dage", "30 days": "30 dage", "90 days": "90 dage",
    "Export CSV": "Eksportér CSV",
    "Please type your name.": "Skriv venligst dit navn.",
    "That is too long: at most %1 characters.": "Det er for langt: højst %1 tegn.",
    "That does not look like an e-mail address (like name@example.com).":
        "Det ligner ikke en e-mailadresse (som navn@eksempel.dk).",
    "Some of those characters cannot be used. Please type it again.":
        "Nogle af tegnene kan ikke bruges. Skriv det venligst igen.",
    "free": "gratis",
    "Nobody by that name. Check the spelling, or ask at the desk.":
        "Ingen med det navn. Tjek stavemåden, eller spørg en vært.",
    "MobilePay to %1": "MobilePay til %1", "MobilePay": "MobilePay",
    "I pay the host": "Jeg betaler værten", "Send me an invoice": "Send mig en faktura",
    "Your registration could not be saved. Please try again, or tell a host.":
        "Din tilmelding kunne ikke gemmes. Prøv igen, eller sig det til en vært.",
    "Welcome, %1! You are checked in.": "Velkommen, %1! Du er tjekket ind.",
    "Take a photo of this code. Show it to the camera when you come back in and when you leave.":
        "Tag et billede af koden. Vis den til kameraet, når du kommer ind igen, og når du går.",
    "Valid on %1 until %2.": "Gyldig %1 til kl. %2.",
    "Code: %1": "Kode: %1",
    "Please let %1 know that you are here.": "Sig venligst til %1, at du er kommet.",
    "‹ Back": "‹ Tilbage", "Cancel": "Annuller",
    "Welcome! Which language?": "Velkommen! Hvilket sprog?",
    "Register as a guest in a minute. Nothing is kept until the end.":
        "Tilmeld dig som gæst på et minut. Intet gemmes før til sidst.",
    "What is your name?": "Hvad hedder du?",
    "First name and last name, as you like to be called.": "Fornavn og efternavn, som du gerne vil kaldes.",
    "Next": "Næste", "E-mail and company": "E-mail og firma",
    "Both are optional. We only use them for a receipt or an invoice.":
        "Begge dele er frivillige. Vi bruger dem kun til en kvittering eller faktura.",
    "E-mail": "E-mail", "Company": "Firma", "Skip": "Spring over",
    "Why are you here today?": "Hvorfor er du her i dag?",
    "Whom are you visiting?": "Hvem besøger du?",
    "Type at least three letters of their name.": "Skriv mindst tre bogstaver af navnet.",
    "House rules": "Husregler", "I accept the house rules": "Jeg accepterer husreglerne",
    "Your data": "Dine oplysninger", "I accept": "Jeg accepterer",
    "The price for today": "Prisen for i dag",
    "How will you pay? No payment is taken here.": "Hvordan betaler du? Der trækkes ingen penge her.",
    "Your day pass": "Dit dagspas", "Done": "Færdig",
    "Evacuation PDF": "Evakueringsliste som PDF", "Cash": "Kontant", "Invoice": "Faktura", "Keyboard": "Tastatur", "In now": "Her nu",
    "Members": "Medlemmer", "How busy": "Travlhed", "Settings": "Indstillinger",
    "Check in": "Tjek ind", "monthly": "månedlig", "clip card": "klippekort", "day pass": "dagspas",
    "paused": "sat på pause", "New member": "Nyt medlem",
    "%n clip(s) in all": ("%n klip i alt", "%n klip i alt"),
    "Save": "Gem", "Add and make a card": "Opret og lav kort",
    "Reactivate": "Genaktivér", "Pause membership": "Sæt på pause",
    "Sent to the server; the member arrives with the next sync.":
        "Sendt til serveren; medlemmet kommer med næste synkronisering.",
    "Added %1. Card written to %2": "%1 er oprettet. Kortet er gemt i %2",
    "Saved.": "Gemt.",
    "Sent to the server; it applies with the next sync.": "Sendt til serveren; det gælder fra næste synkronisering.",
    "Paused.": "Sat på pause.", "Active again.": "Aktiv igen.",
    "New card issued; the old one no longer works. Written to %1":
        "Nyt kort udstedt; det gamle virker ikke længere. Gemt i %1",
    "Card written to %1": "Kortet er gemt i %1",
    "Tap Erase again to delete %1 and all their data for good.":
        "Tryk på Slet igen for at slette %1 og alle oplysninger for altid.",
    "Erased.": "Slettet.",
    "The amount must be a number, like 450 or 450,00.": "Beløbet skal være et tal, fx 450 eller 450,00.",
    "%1 clips added, %2 paid by %3.": "%1 klip tilføjet, %2 betalt med %3.",
    "No members to print.": "Ingen medlemmer at udskrive.",
    "%n card(s) written to %1": ("%n kort gemt i %1", "%n kort gemt i %1"),
    "Search by name or e-mail": "Søg på navn eller e-mail", "Print these cards": "Udskriv disse kort",
    "Name": "Navn", "E-mail (optional)": "E-mail (frivillig)", "Monthly": "Månedlig",
    "Clip card": "Klippekort", "Day pass": "Dagspas", "New card (lost)": "Nyt kort (mistet)",
    "Print card": "Udskriv kort", "Erase": "Slet", "Top up the clip card": "Fyld klippekortet op",
    "Amount paid, kr.": "Betalt beløb, kr.", "space": "mellemrum",
    "Your day pass has expired": "Dit dagspas er udløbet",
    "A day pass is valid on its day only. Register again for today.":
        "Et dagspas gælder kun på sin dag. Tilmeld dig igen for i dag.",
    "Your day pass is valid until we close tonight": "Dit dagspas gælder, til vi lukker i aften",
    "Only %n clip(s) left: top up with a host": ("Kun %n klip tilbage: fyld op hos en vært",
                                                 "Kun %n klip tilbage: fyld op hos en vært"),
    "Your membership ends soon: renew it with a host": "Dit medlemskab udløber snart: forny det hos en vært",
    "Guest / day pass": "Gæst / dagspas",
    "Version %1; a change makes a new version that guests accept from then on.":
        "Version %1; en ændring giver en ny version, som gæster accepterer fra da af.",
    "Saved as version %1.": "Gemt som version %1.",
    "Saved. A new camera or time zone applies at the next start.":
        "Gemt. Nyt kamera eller ny tidszone gælder fra næste start.",
    "No CSV file found. Put it on a USB stick, or in the kiosk's import folder.":
        "Ingen CSV-fil fundet. Læg den på en USB-nøgle eller i kioskens import-mappe.",
    "Importing %1 ...": "Importerer %1 ...", "Import CSV": "Importér CSV",
    "%n member(s) imported from %1": ("%n medlem importeret fra %1", "%n medlemmer importeret fra %1"),
    "Nothing was imported: %1": "Intet blev importeret: %1",
    "Keep at least one visitor type.": "Behold mindst én slags besøgende.",
    "Visitor types: name, price in kr., host member needed. Clear a name to remove the type.":
        "Slags besøgende: navn, pris i kr., medlem som vært nødvendig. Tøm navnet for at fjerne den.",
    "+ Visitor type": "+ Slags besøgende", "Host needed": "Vært nødvendig",
    "valid until": "gyldig til", "Valid until, like 2026-12-31 (optional)": "Gyldig til, fx 2026-12-31 (frivillig)",
    "Window": "Vindue", "1 day": "1 dag", "%1 (guest)": "%1 (gæst)", "No card with them": "Har ikke kortet med",
    "The code will not read": "Koden kan ikke læses", "Other reason": "Anden grund",
    "Closes at": "Lukker kl.", "Repeat scan guard (s)": "Spærring mod dobbeltscan (s)",
    "Delete guests after (days)": "Slet gæster efter (dage)", "New host PIN": "Ny værts-PIN",
    "Space name": "Stedets navn", "Opens at": "Åbner kl.",
    "Closes at (open visits are closed then)": "Lukker kl. (åbne besøg afsluttes da)",
    "Repeat scans ignored for (seconds)": "Gentagne scanninger ignoreres i (sekunder)",
    "Guest data deleted after (days)": "Gæsters oplysninger slettes efter (dage)",
    "MobilePay number": "MobilePay-nummer", "Languages (da,en,de)": "Sprog (da,en,de)", "Camera": "Kamera",
    "Day pass price, kr.": "Pris for dagspas, kr.", "New host PIN (4-8 digits)": "Ny værts-PIN (4-8 cifre)",
    "Save settings": "Gem indstillinger", "Save text": "Gem tekst", "Rules": "Regler", "Privacy": "Privatliv",
    "Today: %n visit(s)": ("I dag: %n besøg", "I dag: %n besøg"),
    "%n of them guest(s)": ("heraf %n gæst", "heraf %n gæster"),
    "in now": "her nu", "guest": "gæst", "visiting %1": "besøger %1",
    "%1 was not checked in: %2": "%1 blev ikke tjekket ind: %2", "%1 is checked in.": "%1 er tjekket ind.",
    "Check someone in by hand": "Tjek nogen ind i hånden", "Type a member's name": "Skriv et medlems navn",
    "Evacuation list: %1": "Evakueringsliste: %1",
    # the host view at the door (issue 11: real hands)
    "%1 is checked out.": "%1 er tjekket ud.",
    "Checking out %1 ...": "Tjekker %1 ud ...",
    "Back": "Tilbage",
    "clip card, %1 of %2 left": "klippekort, %1 af %2 tilbage",
    "%n clip(s) left": ("%n klip tilbage", "%n klip tilbage"),
    "A clip card needs a number of clips, 1 to 1000.": "Et klippekort skal have et antal klip, 1 til 1000.",
    "Clips": "Klip",
    "Roll call over": "Optællingen er slut",
    "Check in %1": "Tjek %1 ind",
}


# Trust at the door (issue 9): refusals, the host PIN pad and lockout.
DE.update({
    "This card is not valid here": "Diese Karte gilt hier nicht",
    "It was not issued for this person by this space. Please ask a host.":
        "Sie wurde nicht von diesem Ort für diese Person ausgestellt. Bitte fragen Sie einen Gastgeber.",
    "This card has been withdrawn": "Diese Karte wurde zurückgezogen",
    "Its signing key is no longer trusted. Ask a host for a new card.":
        "Ihr Signaturschlüssel gilt nicht mehr. Bitte fragen Sie einen Gastgeber nach einer neuen Karte.",
    "PIN for %1": "PIN für %1",
    "Evacuation roll call": "Evakuierung: Anwesenheit",
    "Too many wrong PINs. The keypad is locked: try again in %1.":
        "Zu viele falsche PINs. Die Tastatur ist gesperrt: erneut in %1.",
    "No PIN is set for this host (kiosk host-pin).": "Für diesen Gastgeber ist keine PIN gesetzt (kiosk host-pin).",
})
DA.update({
    "This card is not valid here": "Dette kort gælder ikke her",
    "It was not issued for this person by this space. Please ask a host.":
        "Det er ikke udstedt til denne person af dette sted. Spørg en vært.",
    "This card has been withdrawn": "Dette kort er trukket tilbage",
    "Its signing key is no longer trusted. Ask a host for a new card.":
        "Dets signeringsnøgle er ikke længere godkendt. Bed en vært om et nyt kort.",
    "PIN for %1": "PIN for %1",
    "Evacuation roll call": "Evakuering: optælling",
    "Too many wrong PINs. The keypad is locked: try again in %1.":
        "For mange forkerte PIN-koder. Tastaturet er låst: prøv igen om %1.",
    "No PIN is set for this host (kiosk host-pin).": "Der er ingen PIN for denne vært (kiosk host-pin).",
})
DE.update({
    'Log': 'Protokoll',
    'at the machine': 'an der Maschine',
    'Nothing done by hand yet.': 'Noch nichts von Hand getan.',
    'checked out by hand': 'von Hand ausgecheckt',
    'checked in by hand': 'von Hand eingecheckt',
    'added': 'hinzugefügt',
    'imported members': 'Mitglieder importiert',
    'edited': 'bearbeitet',
    'paused': 'pausiert',
    'reactivated': 'reaktiviert',
    'new card': 'neue Karte',
    'topped up': 'aufgeladen',
    'erased': 'gelöscht',
    'exported': 'exportiert',
    'evacuation list': 'Evakuierungsliste',
    'changed settings': 'Einstellungen geändert',
    'opened the host view': 'Gastgeberansicht geöffnet',
    'What hosts did by hand (kept for a year; ids and reasons, no names stored)': 'Was Gastgeber von Hand taten (ein Jahr lang aufbewahrt; Kennungen und Gründe, keine Namen gespeichert)',
})
DA.update({
    'Log': 'Log',
    'at the machine': 'ved maskinen',
    'Nothing done by hand yet.': 'Intet gjort i hånden endnu.',
    'checked out by hand': 'tjekket ud i hånden',
    'checked in by hand': 'tjekket ind i hånden',
    'added': 'tilføjet',
    'imported members': 'importerede medlemmer',
    'edited': 'rettet',
    'paused': 'sat på pause',
    'reactivated': 'genaktiveret',
    'new card': 'nyt kort',
    'topped up': 'fyldt op',
    'erased': 'slettet',
    'exported': 'eksporteret',
    'evacuation list': 'evakueringsliste',
    'changed settings': 'ændrede indstillinger',
    'opened the host view': 'åbnede værtsvisningen',
    'What hosts did by hand (kept for a year; ids and reasons, no names stored)': "Hvad værter gjorde i hånden (gemmes et år; id'er og grunde, ingen navne gemt)",
})

# English needs only its plural forms: the source strings are English already.
EN: dict[str, str | tuple[str, str]] = {
    "%n clip(s) in all": ("%n clip in all", "%n clips in all"),
    "%n member(s) imported from %1": ("%n member imported from %1", "%n members imported from %1"),
    "%n card(s) written to %1": ("%n card written to %1", "%n cards written to %1"),
    "Only %n clip(s) left: top up with a host": ("Only %n clip left: top up with a host",
                                                 "Only %n clips left: top up with a host"),
    "Today: %n visit(s)": ("Today: %n visit", "Today: %n visits"),
    "%n of them guest(s)": ("%n of them a guest", "%n of them guests"),
    "%n clip(s) left": ("%n clip left", "%n clips left"),
}


# The door's screens and the guest flow (issue 11).
DE.update({
    "Your guest pass": "Ihr Gästepass", "Yes, go on": "Ja, weiter", "Clear": "Löschen", "OK": "OK",
    "Are you still there? In %1 seconds this starts over and what you typed is forgotten.":
        "Sind Sie noch da? In %1 Sekunden beginnt alles von vorn, und Ihre Eingaben werden vergessen.",
    "Tap the name of the person you are visiting.": "Tippen Sie auf den Namen der Person, die Sie besuchen.",
    "The camera only reads codes. It keeps no pictures.": "Die Kamera liest nur Codes. Sie speichert keine Bilder.",
    "Questions: %1": "Fragen: %1",
    "Please pay %1 with MobilePay to %2.": "Bitte zahlen Sie %1 per MobilePay an %2.",
})
DA.update({
    "Your guest pass": "Dit gæstepas", "Yes, go on": "Ja, fortsæt", "Clear": "Ryd", "OK": "OK",
    "Are you still there? In %1 seconds this starts over and what you typed is forgotten.":
        "Er du her stadig? Om %1 sekunder begynder det forfra, og det du har skrevet glemmes.",
    "Tap the name of the person you are visiting.": "Tryk på navnet på den, du besøger.",
    "The camera only reads codes. It keeps no pictures.": "Kameraet læser kun koder. Det gemmer ingen billeder.",
    "Questions: %1": "Spørgsmål: %1",
    "Please pay %1 with MobilePay to %2.": "Betal venligst %1 med MobilePay til %2.",
})

# A bug, not a storage problem (issue 14): said plainly, nothing was saved.
DE.update({
    "Something went wrong": "Etwas ist schiefgelaufen",
    "The check-in was not recorded.": "Der Check-in wurde nicht gespeichert.",
    "Please tell a host.": "Bitte sagen Sie einem Gastgeber Bescheid.",
})
DA.update({
    "Something went wrong": "Noget gik galt",
    "The check-in was not recorded.": "Indtjekningen blev ikke registreret.",
    "Please tell a host.": "Sig venligst besked til en vært.",
})

# The host view's warnings and the lost card (appliance-data).
DE.update({
    "Tap again to stop %1's lost card and issue a new one.":
        "Noch einmal tippen, um die verlorene Karte von %1 zu sperren und eine neue auszustellen.",
    "Sent to the server: it stops the old card and signs the new one. This kiosk cannot print it: print it "
    "from the server's host pages.":
        "An den Server geschickt: Er sperrt die alte Karte und signiert die neue. Dieser Kiosk kann sie nicht "
        "drucken: Drucken Sie sie auf den Gastgeberseiten des Servers.",
    "The old card no longer works. New card: code %1, written to %2":
        "Die alte Karte gilt nicht mehr. Neue Karte: Code %1, gespeichert in %2",
    "Only %1 MB free on the kiosk's disk. Check-ins stop when it is full: delete old files or use a bigger card.":
        "Nur noch %1 MB frei auf dem Speicher des Kiosks. Wenn er voll ist, geht kein Check-in mehr: alte "
        "Dateien löschen oder eine größere Karte einsetzen.",
    "The kiosk's clock is behind its last check-in: it was probably reset at start. Check-ins stay in order; "
    "connect the network so the clock can set itself.":
        "Die Uhr des Kiosks geht hinter dem letzten Check-in zurück: Sie wurde wohl beim Start zurückgesetzt. "
        "Check-ins bleiben in der richtigen Reihenfolge; verbinden Sie das Netzwerk, damit sich die Uhr stellt.",
    "The kiosk's clock is not synchronised: check-in times may be wrong until it is. Connect the network.":
        "Die Uhr des Kiosks ist nicht synchronisiert: Check-in-Zeiten können bis dahin falsch sein. Verbinden "
        "Sie das Netzwerk.",
})
DA.update({
    "Tap again to stop %1's lost card and issue a new one.":
        "Tryk igen for at spærre %1s mistede kort og udstede et nyt.",
    "Sent to the server: it stops the old card and signs the new one. This kiosk cannot print it: print it "
    "from the server's host pages.":
        "Sendt til serveren: den spærrer det gamle kort og signerer det nye. Denne kiosk kan ikke udskrive "
        "det: udskriv det fra serverens værtssider.",
    "The old card no longer works. New card: code %1, written to %2":
        "Det gamle kort virker ikke længere. Nyt kort: kode %1, gemt i %2",
    "Only %1 MB free on the kiosk's disk. Check-ins stop when it is full: delete old files or use a bigger card.":
        "Kun %1 MB ledigt på kioskens disk. Når den er fuld, stopper check-in: slet gamle filer eller brug "
        "et større kort.",
    "The kiosk's clock is behind its last check-in: it was probably reset at start. Check-ins stay in order; "
    "connect the network so the clock can set itself.":
        "Kioskens ur er bagud i forhold til sidste check-in: det blev nok nulstillet ved start. Check-ins "
        "holdes i rækkefølge; tilslut netværket, så uret kan stille sig selv.",
    "The kiosk's clock is not synchronised: check-in times may be wrong until it is. Connect the network.":
        "Kioskens ur er ikke synkroniseret: check-in-tider kan være forkerte indtil da. Tilslut netværket.",
})
# The social door (issue 13): who is in, Who's here, Hide me, the checklists, critical mass.
DE.update({
    "%1 and %2": "%1 und %2", "%n other(s)": ("%n weitere Person", "%n weitere"),
    "%n here now": ("%n ist gerade da", "%n sind gerade da"), "Here now: %1": "Gerade da: %1",
    "%1 is in": "%1 ist da", "%1 are in": "%1 sind da",
    "Ask me about: %1": "Fragt mich nach: %1", "Nobody is in right now.": "Gerade ist niemand da.",
    "and %1": "und %1", "Who's here": "Wer ist da",
    "Only members who chose it on their own page are named here. Guests are never named.":
        "Genannt werden nur Mitglieder, die es auf ihrer eigenen Seite gewählt haben. Gäste nie.",
    "Close": "Schließen", "Hide me": "Mich verbergen",
    "You are no longer shown at the door. To be shown again, choose it on your own member page.":
        "Sie werden an der Tür nicht mehr angezeigt. Um wieder angezeigt zu werden, wählen Sie es auf Ihrer "
        "eigenen Mitgliederseite.",
    "You are the first one in": "Sie sind als Erste(r) da",
    "Please open up the space:": "Bitte öffnen Sie den Raum:",
    "You are the last one out": "Sie gehen als Letzte(r)",
    "Please close up the space:": "Bitte schließen Sie den Raum ab:", "Done": "Erledigt",
    "Critical mass (people)": "Kritische Masse (Personen)",
    "Opening checklist: shown to the first one in when no host is there. One item a line; empty = not shown.":
        "Checkliste zum Öffnen: für die erste Person, wenn kein Gastgeber da ist. Ein Punkt pro Zeile; "
        "leer = wird nicht gezeigt.",
    "Closing checklist: shown to the last one out. One item a line; empty = not shown.":
        "Checkliste zum Schließen: für die letzte Person. Ein Punkt pro Zeile; leer = wird nicht gezeigt.",
    "Critical mass, last 12 months: share of open days with at least %n people in":
        ("Kritische Masse, letzte 12 Monate: Anteil der offenen Tage mit mindestens %n Person",
         "Kritische Masse, letzte 12 Monate: Anteil der offenen Tage mit mindestens %n Personen"),
    "By weekday": "Nach Wochentag", "By month": "Nach Monat",
})
DA.update({
    "%1 and %2": "%1 og %2", "%n other(s)": ("%n anden", "%n andre"),
    "%n here now": ("%n her nu", "%n her nu"), "Here now: %1": "Her nu: %1",
    "%1 is in": "%1 er her", "%1 are in": "%1 er her",
    "Ask me about: %1": "Spørg mig om: %1", "Nobody is in right now.": "Der er ingen her lige nu.",
    "and %1": "og %1", "Who's here": "Hvem er her",
    "Only members who chose it on their own page are named here. Guests are never named.":
        "Kun medlemmer, der har valgt det på deres egen side, nævnes her. Gæster nævnes aldrig.",
    "Close": "Luk", "Hide me": "Skjul mig",
    "You are no longer shown at the door. To be shown again, choose it on your own member page.":
        "Du vises ikke længere ved døren. Vil du vises igen, så vælg det på din egen medlemsside.",
    "You are the first one in": "Du er den første her",
    "Please open up the space:": "Lås venligst stedet op:",
    "You are the last one out": "Du er den sidste, der går",
    "Please close up the space:": "Luk venligst stedet af:", "Done": "Færdig",
    "Critical mass (people)": "Kritisk masse (personer)",
    "Opening checklist: shown to the first one in when no host is there. One item a line; empty = not shown.":
        "Tjekliste ved åbning: vises for den første, når ingen vært er her. Ét punkt pr. linje; "
        "tom = vises ikke.",
    "Closing checklist: shown to the last one out. One item a line; empty = not shown.":
        "Tjekliste ved lukning: vises for den sidste, der går. Ét punkt pr. linje; tom = vises ikke.",
    "Critical mass, last 12 months: share of open days with at least %n people in":
        ("Kritisk masse, seneste 12 måneder: andel af åbne dage med mindst %n person",
         "Kritisk masse, seneste 12 måneder: andel af åbne dage med mindst %n personer"),
    "By weekday": "Efter ugedag", "By month": "Efter måned",
})
EN.update({
    "%n other(s)": ("%n other", "%n others"), "%n here now": ("%n here now", "%n here now"),
    "Critical mass, last 12 months: share of open days with at least %n people in":
        ("Critical mass, last 12 months: share of open days with at least %n person in",
         "Critical mass, last 12 months: share of open days with at least %n people in"),
})


# Phone passes at the door (issue 13): why one is refused.
DE.update({
    "This phone pass has expired": "Dieser Handy-Pass ist abgelaufen",
    "Show the live pass on your phone, not a picture of it.":
        "Zeigen Sie den Pass live auf Ihrem Handy, nicht ein Bild davon.",
    "This phone has been turned off": "Dieses Handy wurde gesperrt",
    "It was revoked on your page. Use your card, or set up the phone again.":
        "Es wurde auf Ihrer Seite gesperrt. Nutzen Sie Ihre Karte oder richten Sie das Handy neu ein.",
    "We do not know this phone yet": "Dieses Handy kennen wir noch nicht",
    "Use your card today. A new phone works here after the next update.":
        "Nutzen Sie heute Ihre Karte. Ein neues Handy funktioniert hier nach dem nächsten Abgleich.",
    "This phone pass is not valid": "Dieser Handy-Pass ist ungültig",
    "May we tell %1 your name?": "Dürfen wir %1 Ihren Namen sagen?",
    "We let them know that a guest has arrived. Your name goes with it only if you say yes.":
        "Wir sagen Bescheid, dass ein Gast angekommen ist. Ihren Namen nur, wenn Sie Ja sagen.",
    "No, just say that a guest has arrived": "Nein, nur sagen, dass ein Gast da ist",
    "Yes, tell them my name": "Ja, meinen Namen sagen",
})
DA.update({
    "This phone pass has expired": "Dette telefonpas er udløbet",
    "Show the live pass on your phone, not a picture of it.":
        "Vis passet direkte på din telefon, ikke et billede af det.",
    "This phone has been turned off": "Denne telefon er spærret",
    "It was revoked on your page. Use your card, or set up the phone again.":
        "Den blev spærret på din side. Brug dit kort, eller sæt telefonen op igen.",
    "We do not know this phone yet": "Vi kender ikke denne telefon endnu",
    "Use your card today. A new phone works here after the next update.":
        "Brug dit kort i dag. En ny telefon virker her efter næste opdatering.",
    "This phone pass is not valid": "Dette telefonpas er ikke gyldigt",
    "May we tell %1 your name?": "Må vi fortælle %1 dit navn?",
    "We let them know that a guest has arrived. Your name goes with it only if you say yes.":
        "Vi giver besked om, at en gæst er kommet. Dit navn kommer kun med, hvis du siger ja.",
    "No, just say that a guest has arrived": "Nej, sig bare at en gæst er kommet",
    "Yes, tell them my name": "Ja, sig mit navn",
})


# The first-run set-up (kiosk/ui/screens/setup.py).
DE.update({
    "Set up this kiosk: choose its language": "Diesen Kiosk einrichten: Sprache wählen",
    "What is the space called?": "Wie heißt der Ort?",
    "When is the space open?": "Wann ist geöffnet?",
    "Choose the host PIN": "Gastgeber-PIN wählen",
    "Type the host PIN again": "Gastgeber-PIN noch einmal eingeben",
    "Alone, or with a server?": "Allein oder mit einem Server?",
    "Join a server": "Mit einem Server verbinden",
    "Hold the server's QR code up to the camera": "Den QR-Code des Servers vor die Kamera halten",
    "Joining the server …": "Verbindung zum Server …",
    "The kiosk is ready": "Der Kiosk ist bereit",
    "Everything is chosen": "Alles ist gewählt",
    "Shown at the top of the door's screen and on the members' cards.":
        "Steht oben auf dem Bildschirm an der Tür und auf den Karten der Mitglieder.",
    "Outside these hours the screen goes dark when nobody is there; visits still open at closing time are closed.":
        "Außerhalb dieser Zeiten wird der Bildschirm dunkel, wenn niemand da ist; Besuche, die zur "
        "Schließzeit noch offen sind, werden beendet.",
    "4 to 8 digits. It opens the host view at the door; the first host you add takes it over as their own.":
        "4 bis 8 Ziffern. Sie öffnet die Gastgeberansicht an der Tür; der erste Gastgeber, den Sie "
        "anlegen, übernimmt sie als eigene.",
    "The same digits once more, so a typing slip cannot lock you out.":
        "Dieselben Ziffern noch einmal, damit ein Tippfehler Sie nicht aussperrt.",
    "On the server's page Kiosks, add a kiosk: it shows the address and a one-time code, and a QR code of both.":
        "Auf der Seite „Kioske“ des Servers einen Kiosk hinzufügen: Sie zeigt die Adresse und einen "
        "Einmalcode und einen QR-Code von beidem.",
    "The server's page Kiosks shows it after you add a kiosk.":
        "Die Seite „Kioske“ des Servers zeigt ihn, nachdem Sie einen Kiosk hinzugefügt haben.",
    "This takes a few seconds.": "Das dauert ein paar Sekunden.",
    "Read from the QR code, the server at:\n%1\nCheck that it is yours, then tap Join.":
        "Aus dem QR-Code gelesen, der Server unter:\n%1\nPrüfen Sie, dass es Ihrer ist, und tippen Sie "
        "dann auf Verbinden.",
    "Back": "Zurück", "Next": "Weiter", "Join": "Verbinden",
    "Start the kiosk": "Kiosk starten", "Save and start": "Speichern und starten",
    "Opens at": "Öffnet um", "Closes at": "Schließt um",
    "This kiosk alone\nmembers are added at the door": "Dieser Kiosk allein\nMitglieder werden an der Tür angelegt",
    "Join a server\nthe members come from the server": "Mit einem Server verbinden\ndie Mitglieder kommen vom Server",
    "Address": "Adresse", "Code": "Code", "Scan the QR code": "QR-Code scannen",
    "Space: %1": "Ort: %1", "Open %1 to %2": "Geöffnet %1 bis %2", "Language: %1": "Sprache: %1",
    "Server: %1": "Server: %1", "This kiosk is called %1 there.": "Dort heißt dieser Kiosk %1.",
    "Standalone: add members in the host view (Host, then the PIN).":
        "Allein: Mitglieder in der Gastgeberansicht anlegen (Gastgeber, dann die PIN).",
    "Type the space's name.": "Geben Sie den Namen des Ortes ein.",
    "The name can be at most 80 characters.": "Der Name darf höchstens 80 Zeichen haben.",
    "The space must open before it closes.": "Die Öffnungszeit muss vor der Schließzeit liegen.",
    "The PIN must be 4 to 8 digits.": "Die PIN muss 4 bis 8 Ziffern haben.",
    "The two PINs were not the same. Choose the PIN again.":
        "Die beiden PINs waren nicht gleich. Wählen Sie die PIN noch einmal.",
    "Type the server's address.": "Geben Sie die Adresse des Servers ein.",
    "The address starts with https:// (or http://).": "Die Adresse beginnt mit https:// (oder http://).",
    "Type the code the server's page shows.": "Geben Sie den Code ein, den die Seite des Servers zeigt.",
    "That is not the server's set-up QR code. Use the one on the server's page Kiosks.":
        "Das ist nicht der Einrichtungs-QR-Code des Servers. Nehmen Sie den auf der Seite „Kioske“ des Servers.",
    "The server did not answer. Check the address and that this kiosk is on the network, then try again.":
        "Der Server hat nicht geantwortet. Prüfen Sie die Adresse und ob dieser Kiosk im Netz ist, und "
        "versuchen Sie es noch einmal.",
    "The server did not accept the code: it is wrong, used or older than 24 hours. Add the kiosk again on the server's page for a new one.":
        "Der Server hat den Code nicht angenommen: Er ist falsch, schon benutzt oder älter als 24 Stunden. "
        "Fügen Sie den Kiosk auf der Seite des Servers erneut hinzu, um einen neuen zu bekommen.",
    "An http:// address to another machine would send the kiosk's key unencrypted. Use the server's https:// address.":
        "Eine http://-Adresse zu einem anderen Rechner würde den Schlüssel des Kiosks unverschlüsselt "
        "senden. Nehmen Sie die https://-Adresse des Servers.",
    "The server and this kiosk are different versions that cannot work together. Update the older one.":
        "Server und Kiosk sind Versionen, die nicht zusammenarbeiten. Aktualisieren Sie die ältere.",
    "This kiosk already has members of its own; join it from the command line instead (kiosk enroll).":
        "Dieser Kiosk hat schon eigene Mitglieder; verbinden Sie ihn stattdessen auf der Kommandozeile "
        "(kiosk enroll).",
    "Joining did not work: %1": "Das Verbinden hat nicht geklappt: %1",
    "Dark when closed, after idle (min, 0 = never)": "Dunkel wenn geschlossen, nach Ruhe (Min., 0 = nie)",
})
DA.update({
    "Set up this kiosk: choose its language": "Sæt kiosken op: vælg sprog",
    "What is the space called?": "Hvad hedder stedet?",
    "When is the space open?": "Hvornår er der åbent?",
    "Choose the host PIN": "Vælg værtens PIN",
    "Type the host PIN again": "Skriv værtens PIN igen",
    "Alone, or with a server?": "Alene eller med en server?",
    "Join a server": "Forbind til en server",
    "Hold the server's QR code up to the camera": "Hold serverens QR-kode op foran kameraet",
    "Joining the server …": "Forbinder til serveren …",
    "The kiosk is ready": "Kiosken er klar",
    "Everything is chosen": "Alt er valgt",
    "Shown at the top of the door's screen and on the members' cards.":
        "Står øverst på skærmen ved døren og på medlemmernes kort.",
    "Outside these hours the screen goes dark when nobody is there; visits still open at closing time are closed.":
        "Uden for disse tider bliver skærmen mørk, når ingen er der; besøg, der stadig er åbne ved "
        "lukketid, afsluttes.",
    "4 to 8 digits. It opens the host view at the door; the first host you add takes it over as their own.":
        "4 til 8 cifre. Den åbner værtsvisningen ved døren; den første vært, du opretter, overtager den "
        "som sin egen.",
    "The same digits once more, so a typing slip cannot lock you out.":
        "De samme cifre en gang til, så en tastefejl ikke låser dig ude.",
    "On the server's page Kiosks, add a kiosk: it shows the address and a one-time code, and a QR code of both.":
        "Tilføj en kiosk på serverens side Kiosker: den viser adressen og en engangskode og en QR-kode "
        "med begge.",
    "The server's page Kiosks shows it after you add a kiosk.":
        "Serverens side Kiosker viser den, når du har tilføjet en kiosk.",
    "This takes a few seconds.": "Det tager et par sekunder.",
    "Read from the QR code, the server at:\n%1\nCheck that it is yours, then tap Join.":
        "Læst fra QR-koden, serveren på:\n%1\nTjek at det er jeres, og tryk så på Forbind.",
    "Back": "Tilbage", "Next": "Næste", "Join": "Forbind",
    "Start the kiosk": "Start kiosken", "Save and start": "Gem og start",
    "Opens at": "Åbner kl.", "Closes at": "Lukker kl.",
    "This kiosk alone\nmembers are added at the door": "Kun denne kiosk\nmedlemmer oprettes ved døren",
    "Join a server\nthe members come from the server": "Forbind til en server\nmedlemmerne kommer fra serveren",
    "Address": "Adresse", "Code": "Kode", "Scan the QR code": "Scan QR-koden",
    "Space: %1": "Sted: %1", "Open %1 to %2": "Åbent %1 til %2", "Language: %1": "Sprog: %1",
    "Server: %1": "Server: %1", "This kiosk is called %1 there.": "Der hedder denne kiosk %1.",
    "Standalone: add members in the host view (Host, then the PIN).":
        "Alene: opret medlemmer i værtsvisningen (Vært, så PIN).",
    "Type the space's name.": "Skriv stedets navn.",
    "The name can be at most 80 characters.": "Navnet må højst være 80 tegn.",
    "The space must open before it closes.": "Stedet skal åbne, før det lukker.",
    "The PIN must be 4 to 8 digits.": "PIN skal være 4 til 8 cifre.",
    "The two PINs were not the same. Choose the PIN again.": "De to PIN var ikke ens. Vælg PIN igen.",
    "Type the server's address.": "Skriv serverens adresse.",
    "The address starts with https:// (or http://).": "Adressen begynder med https:// (eller http://).",
    "Type the code the server's page shows.": "Skriv koden, som serverens side viser.",
    "That is not the server's set-up QR code. Use the one on the server's page Kiosks.":
        "Det er ikke serverens QR-kode til opsætning. Brug den på serverens side Kiosker.",
    "The server did not answer. Check the address and that this kiosk is on the network, then try again.":
        "Serveren svarede ikke. Tjek adressen, og at kiosken er på netværket, og prøv igen.",
    "The server did not accept the code: it is wrong, used or older than 24 hours. Add the kiosk again on the server's page for a new one.":
        "Serveren tog ikke imod koden: den er forkert, brugt eller ældre end 24 timer. Tilføj kiosken "
        "igen på serverens side for at få en ny.",
    "An http:// address to another machine would send the kiosk's key unencrypted. Use the server's https:// address.":
        "En http://-adresse til en anden maskine ville sende kioskens nøgle ukrypteret. Brug serverens "
        "https://-adresse.",
    "The server and this kiosk are different versions that cannot work together. Update the older one.":
        "Serveren og kiosken er versioner, der ikke kan arbejde sammen. Opdater den ældste.",
    "This kiosk already has members of its own; join it from the command line instead (kiosk enroll).":
        "Kiosken har allerede sine egne medlemmer; forbind den i stedet fra kommandolinjen (kiosk enroll).",
    "Joining did not work: %1": "Forbindelsen lykkedes ikke: %1",
    "Dark when closed, after idle (min, 0 = never)": "Mørk når lukket, efter ro (min., 0 = aldrig)",
})

# A bug in a host task (kiosk.ui.tasks), said as the door's "Something went wrong".
DE["Something went wrong; it was written to the kiosk's log."] = \
    "Etwas ist schiefgelaufen; es wurde im Protokoll des Kiosks festgehalten."
DA["Something went wrong; it was written to the kiosk's log."] = "Noget gik galt; det er skrevet i kioskens log."


def _carried(root: ET.Element) -> dict[str, str | tuple[str, str]]:
    """Translations already in the file, by source text, whatever their context: a string that
    moved to another class (its context) keeps its translation. Run lupdate without
    -no-obsolete first, so the moved strings' old entries are still there to carry over."""
    known: dict[str, str | tuple[str, str]] = {}
    for message in root.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") == "unfinished":
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")]
        if message.get("numerus") == "yes" and len(forms) >= 2:
            known[source] = (forms[0], forms[1])
        elif translation.text:
            known[source] = translation.text
    return known


def fill(lang: str, table: dict[str, str | tuple[str, str]]) -> list[str]:
    path = TS / f"kiosk_{lang}.ts"
    tree = ET.parse(path)
    table = {**_carried(tree.getroot()), **table}
    missing = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished":
            continue
        if source not in table:
            missing.append(source)
            continue
        value = table[source]
        translation.attrib.pop("type")
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, tuple) else (value, value)
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value if isinstance(value, str) else value[1]
    tree.write(path, encoding="utf-8", xml_declaration=True)
    text = path.read_text(encoding="utf-8").replace("<?xml version='1.0' encoding='utf-8'?>",
                                                    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>')
    path.write_text(text, encoding="utf-8")
    return missing


def _english_plurals() -> set[str]:
    tree = ET.parse(TS / "kiosk_en.ts")
    return {m.findtext("source") or "" for m in tree.iter("message") if m.get("numerus") == "yes"}


PLURALS_EN = _english_plurals()


if __name__ == "__main__":
    problems = {lang: fill(lang, table) for lang, table in (("de", DE), ("da", DA))}
    problems["en"] = [m for m in fill("en", EN) if m in PLURALS_EN]
    for lang, missing in problems.items():
        for source in missing:
            print(f"{lang}: no translation for {source!r}", file=sys.stderr)
    sys.exit(1 if any(problems.values()) else 0)
