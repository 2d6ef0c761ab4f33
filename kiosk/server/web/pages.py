"""Today, members, kiosks, how busy. Every route is a plain `def`: FastAPI runs it in the
thread pool, so database work never blocks the event loop.

No `from __future__ import annotations`: FastAPI reads these routes' annotations."""

import secrets
import urllib.parse
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response
from markupsafe import Markup

from kiosk.domain.codes import new_member_id

from ..guest_passes import GuestPasses
from ..social import Social
from ..store import ServerError
from .context import Web
from .forms import EditMemberForm, KioskForm, MemberForm, NewCardForm, StatusForm
from .held_pages import held_rows
from .i18n import N_
from .once import OncePerForm

WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))
PLANS = {"monthly": N_("Monthly"), "clipcard": N_("Clip card"), "daypass": N_("Day pass")}
STATUSES = {"active": N_("active"), "suspended": N_("suspended")}


def _clock(value: object) -> str:
    return value[11:16] if isinstance(value, str) else ""


def enrollment_qr_svg(url: str, code: str) -> Markup:
    """The QR of the address and the code as inline SVG (the page's CSP allows no data: images)."""
    from kiosk.core.enrollment import enrollment_qr_text

    return qr_svg(enrollment_qr_text(url, code))


def qr_svg(text: str) -> Markup:
    """A QR code of text as inline SVG, made here from our own text, so it is safe to put in the
    page as it is."""
    import io

    import qrcode
    from qrcode.image.svg import SvgPathImage

    qr = qrcode.QRCode(image_factory=SvgPathImage, box_size=10, border=4)
    qr.add_data(text)
    out = io.BytesIO()
    qr.make_image().save(out)
    svg = out.getvalue().decode()
    return Markup(svg[svg.index("<svg"):])  # our own QR: no outside text in it


def _bars(values: list[float], height: int = 100) -> list[tuple[float, int]]:
    top = max(values, default=0) or 1
    return [(v, round(v / top * height)) for v in values]


def page_routes(web: Web) -> APIRouter:
    router = APIRouter()
    t = web.pages.gettext

    @router.get("/")
    def today(request: Request) -> Response:
        who = web.who(request)
        if who is None:
            return web.to_login()
        p = web.store.presence()
        in_now = p["in_now"]
        places: dict[str, list[dict[str, object]]] = {}
        for v in in_now:  # type: ignore[attr-defined]
            places.setdefault(v["location"], []).append({"name": v["name"], "kiosk": v["kiosk"],
                                                         "since": _clock(v["checked_in_at"])})
        visits = [{"name": v["name"], "kiosk": v["kiosk"], "since": _clock(v["checked_in_at"]),
                   "until": _clock(v["checked_out_at"])} for v in p["visits"]]  # type: ignore[attr-defined]
        guests = [{"id": g.guest_id, "door": g.door, "host": g.host_name, "name": g.guest_name,
                   "since": g.arrived_at.astimezone(web.store.tz).strftime("%H:%M"),
                   "approved": g.approved_by is not None}
                  for g in GuestPasses(web.store.engine, web.store.tz).today()]
        return web.pages.render(request, "today.html", who=who, date=p["date"], in_now_count=len(in_now),  # type: ignore[arg-type]
                                places=[{"name": k, "people": v} for k, v in sorted(places.items())], visits=visits,
                                guests=guests)

    @router.get("/kiosks")
    def kiosks(request: Request) -> Response:
        who = web.who(request)
        if who is None:
            return web.to_login()
        return web.pages.render(request, "kiosks.html", who=who, kiosks=web.reports.kiosks(),
                                held=held_rows(web, request))

    kiosk_codes = OncePerForm(keep_seconds=24 * 3600)  # an enrollment code is valid 24 hours

    @router.post("/kiosks")
    def add_kiosk(request: Request, form: Annotated[KioskForm, Form()]) -> Response:
        """A new kiosk (or a new code for one): the address and the one-time code, typed on the
        kiosk's first-run set-up or read there from the QR of both (kiosk.core.enrollment)."""
        who = web.checked(request, form)
        if isinstance(who, Response):
            return who
        name = " ".join(form.name.split())
        if not name:
            return web.pages.render(request, "kiosks.html", status_code=400, who=who, kiosks=web.reports.kiosks(),
                                    held=held_rows(web, request),
                                    error=t(request, N_("Give the kiosk a name.")))
        location = " ".join(form.location.split()) or None
        code = kiosk_codes.make(form.form_id, name, lambda: web.store.add_kiosk(name, location))
        url = web.settings.public_url or str(request.base_url).rstrip("/")
        return web.pages.render(request, "kiosks.html", who=who, kiosks=web.reports.kiosks(),
                                held=held_rows(web, request), enrollment={"name": name, "url": url, "code": code,
                                            "qr": enrollment_qr_svg(url, code)},
                                headers={"Cache-Control": "no-store"})

    @router.get("/busy")
    def busy(request: Request) -> Response:
        who = web.who(request)
        if who is None:
            return web.to_login()
        b = web.reports.busyness()
        used = [h for h, v in enumerate(b.by_hour) if v > 0]
        first, last = min([*used, 8]), max([*used, 17])  # at least 8 to 17, widened to any hour used
        hours = [(first + i, v, h) for i, (v, h) in enumerate(_bars(b.by_hour[first:last + 1]))]
        weekdays = [(t(request, WEEKDAYS[i]), v, h) for i, (v, h) in enumerate(_bars(b.by_weekday))]
        return web.pages.render(request, "busy.html", who=who, b=b, hours=hours, weekdays=weekdays)

    def members_page(request: Request, error: str = "", status_code: int = 200, query: str = "") -> Response:
        who = web.who(request)
        if who is None:
            return web.to_login()
        wanted = query.strip().casefold()
        members = [m for m in web.store.members()
                   if not wanted or wanted in m.name.casefold() or wanted in m.email.casefold()]
        left = web.store.clips_left()
        return web.pages.render(request, "members.html", status_code=status_code, who=who, members=members,
                                error=error, query=query, clips_left={m.id: left[m.id] for m in members
                                                                      if m.plan_kind == "clipcard" and m.id in left},
                                new_id=new_member_id(secrets.token_bytes(8)),
                                plans={k: t(request, v) for k, v in PLANS.items()},
                                statuses={k: t(request, v) for k, v in STATUSES.items()})

    @router.get("/members")
    def members(request: Request, q: Annotated[str, Query(max_length=120)] = "") -> Response:
        return members_page(request, query=q)

    @router.post("/members")
    def add_member(request: Request, form: Annotated[MemberForm, Form()]) -> Response:
        who = web.checked(request, form)
        if isinstance(who, Response):
            return who
        if form.new_id and web.store.member_known(form.new_id):
            return RedirectResponse("/members", status_code=303)  # this form was saved already: once
        try:
            web.store.add_members([{"id": form.new_id or None, "name": form.name, "email": form.email,
                                    "plan": form.plan, "clips": form.clips or 0, "valid_until": form.valid_until,
                                    "any_hour": form.any_hour, "language": form.language}])
        except (ServerError, ValueError) as exc:  # shown to the host on the page, never a 500
            if form.new_id and web.store.member_known(form.new_id):  # the same form, saved at the same moment
                return RedirectResponse("/members", status_code=303)
            return members_page(request, web.problem(request, exc), status_code=400)
        return RedirectResponse("/members", status_code=303)

    def member_page(request: Request, member_id: str, error: str = "", status_code: int = 200) -> Response:
        who = web.who(request)
        if who is None:
            return web.to_login()
        try:
            member = web.store.member(member_id)
        except ServerError as exc:
            return web.not_found(request, who, web.problem(request, exc))
        return web.pages.render(request, "member.html", status_code=status_code, who=who, member=member,
                                error=error, any_hour=web.store.any_hour(member_id),
                                devices=Social(web.store.engine, web.store.tz).devices(member_id))

    @router.get("/members/{member_id}")
    def show_member(member_id: str, request: Request) -> Response:
        return member_page(request, member_id)

    @router.post("/members/{member_id}")
    def save_member(member_id: str, request: Request, form: Annotated[EditMemberForm, Form()]) -> Response:
        who = web.checked(request, form)
        if isinstance(who, Response):
            return who
        try:
            seen = None if form.seen_name is None else web.store.member(member_id).model_copy(update={
                "name": form.seen_name, "email": form.seen_email, "plan_kind": form.seen_plan,
                "clips_total": form.seen_clips or 0, "valid_until": form.seen_valid_until})
            web.store.edit_member(member_id, form.name, form.email, form.plan, form.clips or 0, form.valid_until,
                                  seen=seen)
            if form.seen_any_hour is not None and form.any_hour != form.seen_any_hour:
                web.store.set_any_hour(member_id, form.any_hour)  # only what the host changed
            if form.seen_language is not None and (form.language or "door") != form.seen_language:
                web.store.set_language(member_id, form.language or None)
        except (ServerError, ValueError) as exc:
            return member_page(request, member_id, web.problem(request, exc), status_code=400)
        return RedirectResponse("/members", status_code=303)

    @router.post("/members/{member_id}/status")
    def toggle_status(member_id: str, request: Request, form: Annotated[StatusForm, Form()]) -> Response:
        who = web.checked(request, form)
        if isinstance(who, Response):
            return who
        try:
            if form.to:  # the status the page offered: the same form twice does not flip it back
                web.store.set_suspended(member_id, form.to == "suspended")
            else:
                web.store.toggle_suspended(member_id)  # read and written in one statement
        except ServerError as exc:
            return web.not_found(request, who, web.problem(request, exc))
        return RedirectResponse("/members", status_code=303)

    @router.post("/members/{member_id}/card")
    def new_card(member_id: str, request: Request, form: Annotated[NewCardForm, Form()]) -> Response:
        who = web.checked(request, form)
        if isinstance(who, Response):
            return who
        try:
            if form.confirmed != "yes":  # asked once, saying what will happen
                member = web.store.member(member_id)
                return web.confirm(
                    request, who, title=t(request, N_("A new card for %(name)s?")) % {"name": member.name},
                    text=t(request, N_("The old card stops working at every door after the door's next sync "
                                       "(within minutes while it is online). Only the new card works then.")),
                    yes=t(request, N_("Yes, stop the old card and make a new one")), back="/members",
                    fields={"replaces": web.store.newest_serial(member_id)})
            web.store.new_card(member_id, form.replaces)  # posted twice: the second finds it replaced
        except ServerError as exc:
            return web.not_found(request, who, web.problem(request, exc))
        return RedirectResponse(f"/members/{urllib.parse.quote(member_id)}/card.pdf", status_code=303)

    return router
