"""House rules and the privacy notice: texts a guest accepts, versioned per change.

Every edit makes a new version (of all languages at once); a guest's consent records the
version they saw, so an old consent always points at the exact words accepted.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from .problems import Code, Problem

POLICY_TEXT_MAX = 4000


class InvalidPolicyText(Problem):
    """A house rules or privacy text a host cannot save: empty, or too long."""


class PolicyKind(enum.StrEnum):
    HOUSE_RULES = "house_rules"
    PRIVACY = "privacy"


@dataclass(frozen=True)
class Policy:
    kind: PolicyKind
    version: int
    texts: dict[str, str]  # language -> text

    def text(self, lang: str, retention_days: int) -> str:
        raw = self.texts.get(lang) or self.texts.get("en") or next(iter(self.texts.values()), "")
        return raw.replace("{days}", str(retention_days))


def validate_texts(texts: dict[str, str]) -> dict[str, str]:
    cleaned = {lang: text.strip() for lang, text in texts.items() if text.strip()}
    if not cleaned:
        raise InvalidPolicyText("the text is empty", Code.POLICY_EMPTY)
    for lang, text in cleaned.items():
        if len(text) > POLICY_TEXT_MAX:
            raise InvalidPolicyText(f"the {lang} text is longer than {POLICY_TEXT_MAX} characters",
                                    Code.POLICY_TOO_LONG, limit=POLICY_TEXT_MAX)
    return cleaned


DEFAULT_TEXTS: dict[PolicyKind, dict[str, str]] = {
    PolicyKind.HOUSE_RULES: {
        "da": "• Tjek ind når du kommer, og ud når du går.\n• Tal lavt i de stille zoner, "
              "og tag telefonopkald i mødelokalet eller køkkenet.\n• Ryd op efter dig selv, og sæt koppen "
              "i opvaskemaskinen.\n• Ved brandalarm: forlad huset ad nærmeste udgang og mød op ved "
              "samlingsstedet.",
        "en": "• Check in when you arrive and out when you leave.\n• Keep your voice down "
              "in the quiet zones; take calls in the meeting room or the kitchen.\n• Clean up after "
              "yourself and put your cup in the dishwasher.\n• If the fire alarm sounds: leave by the "
              "nearest exit and go to the assembly point.",
        "de": "• Beim Kommen einchecken, beim Gehen auschecken.\n• In den Ruhezonen leise "
              "sprechen; Telefonate im Besprechungsraum oder in der Küche führen.\n• Den eigenen Platz "
              "aufräumen und die Tasse in die Spülmaschine stellen.\n• Bei Feueralarm: das Haus über den "
              "nächsten Ausgang verlassen und zum Sammelplatz gehen.",
    },
    PolicyKind.PRIVACY: {
        "da": "Vi gemmer dit navn, og hvis du skriver dem, din e-mail og dit firma, "
              "hvornår du kom og gik, hvem du besøger og hvordan du betaler. Vi bruger det til at vide, "
              "hvem der er i huset (også ved brand), og til at tage imod betaling. Oplysningerne bliver "
              "på denne skærm og slettes automatisk efter {days} dage; kun et anonymt antal besøg "
              "gemmes. Du kan bede værten om at få dem slettet før.",
        "en": "We store your name and, if you type them, your e-mail and company; when "
              "you came and left; whom you visit; and how you pay. We use this to know who is in the "
              "building (also in a fire) and to take payment. The data stays on this kiosk and is "
              "deleted automatically after {days} days; only an anonymous count of visits is kept. "
              "Ask the host to delete it sooner.",
        "de": "Wir speichern Ihren Namen und, falls angegeben, Ihre E-Mail und Firma; "
              "wann Sie kamen und gingen; wen Sie besuchen; und wie Sie bezahlen. Wir nutzen das, um zu "
              "wissen, wer im Haus ist (auch bei Feuer), und für die Bezahlung. Die Daten bleiben auf "
              "diesem Gerät und werden nach {days} Tagen automatisch gelöscht; nur eine anonyme Zahl "
              "der Besuche bleibt. Der Gastgeber löscht sie auf Wunsch früher.",
    },
}
