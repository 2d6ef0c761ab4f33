"""The e-mail the hosts get from the door watch (server/door_watch.py), in the space's language:
a door gone silent, its lock or sensor failing, the door held or forced open, and all well again."""

from __future__ import annotations

from ..door_watch import DoorAlarm, DoorMail
from ..mail import send_mail
from ..social import Social
from .i18n import N_, translations
from .settings import WebSettings

SUBJECT = N_("Door alert: %(door)s")
SUBJECT_BACK = N_("All well again: %(door)s")
BODY = {
    "silent": N_("The door %(door)s has not been heard from since %(since)s: its lock may not open for members. "
                 "Check its power and network."),
    "lock_failing": N_("The lock of the door %(door)s does not answer: members may be kept out. Check its power "
                       "and network, then test it (kiosk lock test)."),
    "held_open": N_("The door %(door)s is held open: it has not closed since it opened."),
    "forced_open": N_("The door %(door)s was opened without the kiosk opening it. Someone may have forced it, or "
                      "left by the handle."),
    "sensor_failed": N_("The door sensor of %(door)s does not answer: a door held or forced open goes unseen."),
    "back": N_("All is well again at the door %(door)s: it and its lock answer, and the door is not held or forced "
               "open."),
}


def door_alert_mailer(settings: WebSettings, social: Social) -> DoorMail | None:
    """How to e-mail a host about a door; None without an SMTP server or an address to write to."""
    if not settings.smtp_host or not settings.door_alert_mail:
        return None

    def send(address: str, alarm: DoorAlarm) -> None:
        t = translations(social.language()).gettext
        since = alarm.since.astimezone(social.tz).strftime("%Y-%m-%d %H:%M") if alarm.since else "?"
        values = {"door": alarm.kiosk, "since": since}
        subject = t(SUBJECT_BACK if alarm.what == "back" else SUBJECT) % values
        send_mail(settings.smtp_host, settings.smtp_port, settings.smtp_from, address, subject,
                  t(BODY[alarm.what]) % values)

    return send
