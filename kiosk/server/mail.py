"""E-mail from the server: a member's one-time login code (members' page). Plain SMTP with
STARTTLS when the server offers it; no password (a local relay, e.g. the space's mail server)."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage

TIMEOUT_SECONDS = 10


def send_mail(host: str, port: int, sender: str, to: str, subject: str, body: str) -> None:
    """Send one message; OSError or smtplib.SMTPException when it cannot be delivered."""
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, subject
    message.set_content(body)
    with smtplib.SMTP(host, port, timeout=TIMEOUT_SECONDS) as smtp:
        smtp.ehlo()
        if smtp.has_extn("starttls"):
            smtp.starttls(context=ssl.create_default_context())
            smtp.ehlo()
        smtp.send_message(message)
