"""The members' own pages (/me): log in with a one-time code from a host (or e-mail), see plan,
clips and visits, download the card, choose to be seen at the door (a consent: version and time),
report the card lost, see the busiest days, and open a phone pass.

A member's session is its own (member_sessions), never a host's: nothing here shows anyone
else's name. No `from __future__ import annotations`: FastAPI reads these routes' annotations."""

import logging
import smtplib
from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Form, Header, Path, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool

from kiosk.core.documents.cards import card_pdf as card_document
from kiosk.domain.social import MAX_TAGS

from ..arrivals import GuestArrivals
from ..guest_passes import GuestPasses
from ..mail import send_mail
from ..partners import Partnerships
from ..social import MEMBER_SESSION_HOURS, MemberSession, Social
from ..store import ServerError
from ..throttle import address_key
from .context import Web
from .csrf import new_token, same_token
from .forms import (
    CodeForm,
    ConfirmForm,
    CsrfForm,
    DeviceForm,
    EmailCodeForm,
    MemberLanguageForm,
    NewCardForm,
    PartnerConsentForm,
    VisibilityForm,
)
from .guard import client_address, set_cookie
from .i18n import N_, translations
from .pages import PLANS, WEEKDAYS

log = logging.getLogger(__name__)
MEMBER_COOKIE = "kiosk_member"
MEMBER_LOGIN_CSRF = "kiosk_member_login_csrf"
BUSIEST_WEEKS = 12


def mail_key(address: str) -> str:
    """Requests for a code by e-mail are counted per client address too."""
    return "member-mail:" + address_key(address)


def code_key(address: str) -> str:
    """Wrong member codes are counted per client address, in the host logins' throttle table."""
    return "member-code:" + address_key(address)


def member_routes(web: Web, social: Social) -> APIRouter:
    router = APIRouter()
    partnerships = Partnerships(web.store, web.settings.public_url)
    t = web.pages.gettext
    arrivals = GuestArrivals(web.store.engine)
    guest_passes = GuestPasses(web.store.engine, web.store.tz)

    def me(request: Request) -> MemberSession | None:
        return social.member_session(request.cookies.get(MEMBER_COOKIE))

    def to_login() -> RedirectResponse:
        return RedirectResponse("/me/login", status_code=303)

    def checked(request: Request, form: CsrfForm) -> MemberSession | Response:
        session = me(request)
        if session is None:
            return to_login()
        if not same_token(form.csrf, session.csrf):
            return web.forbidden(request, None)
        return session

    def login_page(request: Request, error: str = "", status_code: int = 200,
                   headers: dict[str, str] | None = None, sent: bool = False, code: str = "") -> Response:
        token = new_token()
        page = web.pages.render(request, "me_login.html", status_code=status_code, headers=headers,
                                csrf=token, error=error, me=None, sent=sent, by_mail=web.settings.mails_links,
                                code=code)
        set_cookie(page, request, web.settings, MEMBER_LOGIN_CSRF, token, max_age=3600)
        return page

    @router.get("/me/login")
    def show_login(request: Request, error: str = "",
                   code: Annotated[str, Query(max_length=64, pattern="^[0-9A-Za-z-]*$")] = "") -> Response:
        """code: filled in from the QR the host showed (the member still taps Log in)."""
        messages = {"1": N_("That code is wrong, used or expired. Ask a host for a new one."),
                    "expired": N_("The form expired; try again.")}
        return login_page(request, t(request, messages[error]) if error in messages else "", code=code,
                          headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"} if code else None)

    @router.post("/me/login")
    async def login(request: Request, form: Annotated[CodeForm, Form()]) -> Response:
        if not same_token(form.csrf, request.cookies.get(MEMBER_LOGIN_CSRF)):
            return RedirectResponse("/me/login?error=expired", status_code=303)
        keys = [code_key(client_address(request))]
        wait = await run_in_threadpool(web.hosts.throttle.attempt, keys)  # counted before the check
        if wait:  # no code is checked while throttled: a right one is refused too
            text = t(request, N_("Too many wrong codes. Try again in %(minutes)d min."))
            return login_page(request, text % {"minutes": max(1, -(-wait // 60))}, status_code=429,
                              headers={"Retry-After": str(wait)})
        started = await run_in_threadpool(social.redeem_code, form.code)
        if started is None:  # the failure is counted already
            return RedirectResponse("/me/login?error=1", status_code=303)
        await run_in_threadpool(web.hosts.throttle.succeeded, keys)
        response = RedirectResponse("/me", status_code=303)
        set_cookie(response, request, web.settings, MEMBER_COOKIE, started[0], max_age=MEMBER_SESSION_HOURS * 3600)
        response.delete_cookie(MEMBER_LOGIN_CSRF)
        return response

    @router.post("/me/email-code")
    async def email_code(request: Request, form: Annotated[EmailCodeForm, Form()]) -> Response:
        """A code by e-mail, when the server has an SMTP server. The answer is the same whether
        or not the address is a member's (no one learns who is a member), and every request
        counts against the address's throttle, so the page cannot be used to flood a mailbox."""
        if not same_token(form.csrf, request.cookies.get(MEMBER_LOGIN_CSRF)):
            return RedirectResponse("/me/login?error=expired", status_code=303)
        if not web.settings.smtp_host:
            return login_page(request, t(request, N_("This server sends no e-mail; ask a host for a code.")),
                              status_code=400)
        if not web.settings.mails_links:  # a link from the Host header would go where the sender chose
            return login_page(request, t(request, N_("This server sends no login e-mails until its public "
                                                     "address is set; ask a host for a code.")), status_code=400)
        keys = [mail_key(client_address(request))]
        wait = await run_in_threadpool(web.hosts.throttle.attempt, keys)  # every request counts
        if wait:
            text = t(request, N_("Too many requests. Try again in %(minutes)d min."))
            return login_page(request, text % {"minutes": max(1, -(-wait // 60))}, status_code=429,
                              headers={"Retry-After": str(wait)})
        # Answered first, for every address alike; the lookup, the code and the e-mail come after
        # the answer is sent, so its timing tells no one whether the address is a member's.
        answer = login_page(request, "", sent=True)
        answer.background = BackgroundTask(mail_a_code, form.email.strip(), web.pages.language(request))
        return answer

    def mail_a_code(address: str, language: str) -> None:
        member_id = social.member_by_email(address)
        if member_id is None:
            return
        try:
            code = social.issue_mailed_code(member_id)
        except ServerError:  # suspended meanwhile
            return
        if code is None:  # enough live codes: no more are made, none is cancelled
            return
        t_ = translations(language).gettext
        body = t_(N_("Your login code for your membership page: %(code)s\n\nIt works once, "
                     "within 15 minutes, at %(url)s")) % {
            "code": code, "url": web.settings.public_url.rstrip("/") + "/me/login"}
        try:
            send_mail(web.settings.smtp_host, web.settings.smtp_port, web.settings.smtp_from, address,
                      t_(N_("Your login code")), body)
        except (OSError, smtplib.SMTPException) as exc:  # said the same way: no one learns who is a member
            log.warning("the login code e-mail for member %s could not be sent: %s", member_id, exc)

    @router.post("/me/logout")
    def logout(request: Request) -> Response:
        social.logout(request.cookies.get(MEMBER_COOKIE))
        response = to_login()
        response.delete_cookie(MEMBER_COOKIE)
        return response

    def page(request: Request, session: MemberSession, error: str = "", status_code: int = 200) -> Response:
        member = web.store.member(session.member_id)
        visits = social.visits_of(session.member_id)
        # The one rule (kiosk.domain.members.clips_left) over the days charged at any door
        clips_left = web.store.clips_left().get(session.member_id) if member.plan_kind == "clipcard" else None
        today = datetime.now(web.store.tz).date()
        per_day = social.people_per_day(today - timedelta(weeks=BUSIEST_WEEKS))
        by_weekday = [0.0] * 7
        open_days = [0] * 7
        for day, n in per_day.items():
            by_weekday[day.weekday()] += n
            open_days[day.weekday()] += 1
        busiest = [(t(request, WEEKDAYS[i]), round(by_weekday[i] / open_days[i], 1) if open_days[i] else 0.0)
                   for i in range(7)]
        choice = social.visibility(session.member_id)
        tags = [*choice.tags, *[""] * MAX_TAGS][:MAX_TAGS]

        def clock(moment: datetime | None) -> str:
            return moment.astimezone(web.store.tz).strftime("%H:%M") if moment else ""

        midnight = datetime.combine(today, datetime.min.time(), tzinfo=web.store.tz)
        guests = [{"name": a.guest_name, "time": clock(a.at)} for a in arrivals.of_member(session.member_id, midnight)]
        waiting = [{"id": g.guest_id, "name": g.guest_name, "door": g.door, "time": clock(g.arrived_at),
                    "approved": g.approved_by is not None}
                   for g in guest_passes.today(member_id=session.member_id)]

        return web.pages.render(
            request, "me.html", status_code=status_code, me=session, member=member, error=error,
            plan=t(request, PLANS.get(member.plan_kind, member.plan_kind)), clips_left=clips_left,
            visits=[{"day": v.day.isoformat(), "in": clock(v.checked_in_at), "out": clock(v.checked_out_at)}
                    for v in visits],
            busiest=busiest, choice=choice, tags=tags,
            decided=choice.decided_at.astimezone(web.store.tz).strftime("%Y-%m-%d %H:%M")
            if choice.version else "",
            devices=social.devices(session.member_id), guests=guests, guest_passes=waiting,
            partners=[{"name": d.name, "address": d.address, "url": d.url, "days_left": d.days_left,
                       "allowance": d.terms.days_per_month, "named": d.named,
                       "when": ", ".join(t(request, WEEKDAYS[i]) for i in d.terms.weekdays) + " "
                       + f"{d.terms.opens:%H:%M}-{d.terms.closes:%H:%M}"}
                      for d in partnerships.directory(session.member_id, today)],
            partner_consent=partnerships.consent(session.member_id))

    @router.get("/me")
    def show(request: Request) -> Response:
        session = me(request)
        if session is None:
            return to_login()
        return page(request, session)

    @router.post("/me/guests/{guest_id}/approve")
    def approve_guest(guest_id: Annotated[str, Path(pattern="^[0-9a-f]{16}$")], request: Request,
                      form: Annotated[CsrfForm, Form()]) -> Response:
        """The member lets their own guest in at the door today (never another member's guest)."""
        session = checked(request, form)
        if isinstance(session, Response):
            return session
        try:
            guest_passes.approve(guest_id, "member", session.member_id)
        except ServerError as exc:
            return page(request, session, web.problem(request, exc), status_code=409)
        return RedirectResponse("/me", status_code=303)

    @router.post("/me/visibility")
    def visibility(request: Request, form: Annotated[VisibilityForm, Form()]) -> Response:
        session = checked(request, form)
        if isinstance(session, Response):
            return session
        try:
            social.choose(session.member_id, form.visible, [form.tag1, form.tag2, form.tag3])
        except ServerError as exc:
            return page(request, session, web.problem(request, exc), status_code=400)
        return RedirectResponse("/me", status_code=303)

    @router.post("/me/language")
    def language(request: Request, form: Annotated[MemberLanguageForm, Form()]) -> Response:
        """The member chooses the language their card is answered in at every door."""
        session = checked(request, form)
        if isinstance(session, Response):
            return session
        web.store.set_language(session.member_id, form.language or None)
        return RedirectResponse("/me", status_code=303)

    @router.post("/me/partners")
    def partner_consent(request: Request, form: Annotated[PartnerConsentForm, Form()]) -> Response:
        session = checked(request, form)
        if isinstance(session, Response):
            return session
        partnerships.set_consent(session.member_id, form.shown)
        return RedirectResponse("/me", status_code=303)

    @router.post("/me/lost-card")
    def lost_card(request: Request, form: Annotated[NewCardForm, Form()]) -> Response:
        """Every card of the member is revoked (at every door with its next pull), a new one issued."""
        session = checked(request, form)
        if isinstance(session, Response):
            return session
        if form.confirmed != "yes":
            return web.confirm(request, session, layout="me_layout.html", me=session,
                               title=t(request, N_("Block your card and make a new one?")),
                               text=t(request, N_("Your old card stops working at every door after the door's next "
                                                  "sync. Print or download the new card on your page.")),
                               yes=t(request, N_("Yes, block my card")), back="/me",
                               fields={"replaces": web.store.newest_serial(session.member_id)})
        web.store.new_card(session.member_id, form.replaces)  # posted twice: one new card
        return RedirectResponse("/me?card=new", status_code=303)

    @router.get("/me/card.pdf")
    def card_pdf(request: Request) -> Response:
        session = me(request)
        if session is None:
            return to_login()
        try:
            card = web.store.card(session.member_id).printable()
        except ServerError as exc:
            return web.not_found(request, None, web.problem(request, exc))
        pdf = card_document(card, social.space().name, web.pages.language(request))
        return Response(pdf, media_type="application/pdf", headers={
            "Content-Disposition": f'inline; filename="card-{session.member_id}.pdf"'})

    @router.post("/me/devices/{key_id}/revoke")
    def revoke(key_id: str, request: Request, form: Annotated[ConfirmForm, Form()]) -> Response:
        session = checked(request, form)
        if isinstance(session, Response):
            return session
        if form.confirmed != "yes":
            return web.confirm(request, session, layout="me_layout.html", me=session,
                               title=t(request, N_("Turn off this phone?")),
                               text=t(request, N_("Its phone pass stops working at every door after the door's "
                                                  "next sync. Your card still works.")),
                               yes=t(request, N_("Yes, turn the phone off")), back="/me")
        try:
            social.revoke_device(key_id, session.member_id)
        except ServerError as exc:
            return page(request, session, web.problem(request, exc), status_code=404)
        return RedirectResponse("/me", status_code=303)

    @router.get("/me/pass")
    def phone_pass(request: Request) -> Response:
        session = me(request)
        if session is None:
            return to_login()
        return web.pages.render(request, "me_pass.html", me=session, member=web.store.member(session.member_id))

    @router.post("/me/devices")
    def register(request: Request, device: DeviceForm,
                 csrf: Annotated[str, Header(alias="X-CSRF-Token", max_length=200)] = "") -> Response:
        """The phone pass page's script registers its public key (JSON; the CSRF token in a header)."""
        session = me(request)
        if session is None:
            return JSONResponse({"detail": "log in first"}, status_code=401)
        if not same_token(csrf, session.csrf):
            return JSONResponse({"detail": "reload the page"}, status_code=403)
        try:
            key_id = social.register_device(session.member_id, device.algorithm, device.spki, device.label)
        except ServerError as exc:
            return JSONResponse({"detail": web.problem(request, exc)}, status_code=400)
        return JSONResponse({"key_id": key_id, "member_id": session.member_id,
                             "server_time": datetime.now(UTC).isoformat()})

    return router
