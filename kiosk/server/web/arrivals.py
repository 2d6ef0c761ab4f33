"""The e-mail a member gets when their guest arrives (kiosk.server.arrivals keeps the message),
in the space's language: with the guest's name when the guest agreed at the door, else "a guest"."""

from __future__ import annotations

from ..arrivals import Arrival, Send
from ..guest_passes import GuestPasses
from ..mail import send_mail
from ..social import Social
from .i18n import N_, translations
from .settings import WebSettings


def arrival_mailer(settings: WebSettings, social: Social, passes: GuestPasses | None = None) -> Send | None:
    """How to e-mail a member about their guest; None without an SMTP server. With the server's
    public address, the mail has a single-use link that lets the guest in at the door today."""
    if not settings.smtp_host:
        return None

    def send(address: str, arrival: Arrival) -> None:
        t = translations(social.language()).gettext
        values = {"name": arrival.guest_name or "", "space": social.space().name,
                  "time": arrival.at.astimezone(social.tz).strftime("%H:%M")}
        body = t(N_("Your guest %(name)s has arrived at %(space)s (%(time)s).")) if arrival.guest_name \
            else t(N_("A guest of yours has arrived at %(space)s (%(time)s)."))
        token = passes.link(arrival.guest_id) if passes and settings.public_url and arrival.guest_id else None
        if token:
            body += "\n\n" + t(N_("To let them in at the door today (inside opening hours): %(link)s"))
            values["link"] = settings.public_url.rstrip("/") + "/guest-link/" + token
        send_mail(settings.smtp_host, settings.smtp_port, settings.smtp_from, address,
                  t(N_("Your guest has arrived")), body % values)

    return send
