"""The social door on the host pages: the space's public details, a member's login code and
phones, and critical mass (the share of open days with at least N people).

No `from __future__ import annotations`: FastAPI reads these routes' annotations."""

import urllib.parse
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response

from kiosk.domain.social import SpaceInfo, critical_mass

from ..social import CODE_VALID, Social
from ..store import ServerError
from ..webhooks import Webhooks
from .context import Web
from .forms import ConfirmForm, OnceForm, SpaceForm, WebhookForm
from .i18n import N_
from .once import OncePerForm
from .pages import WEEKDAYS, qr_svg


def social_routes(web: Web, social: Social) -> APIRouter:
    router = APIRouter()
    t = web.pages.gettext
    webhooks = Webhooks.from_env(web.store.engine)
    login_codes = OncePerForm(keep_seconds=CODE_VALID.total_seconds())

    def space_page(request: Request, error: str = "", status_code: int = 200) -> Response:
        who = web.who(request)
        if who is None:
            return web.to_login()
        return web.pages.render(request, "space.html", status_code=status_code, who=who, error=error,
                                space=social.space(), space_language=social.language())

    @router.get("/space")
    def show_space(request: Request) -> Response:
        return space_page(request)

    @router.post("/space")
    def save_space(request: Request, form: Annotated[SpaceForm, Form()]) -> Response:
        who = web.checked(request, form)
        if isinstance(who, Response):
            return who
        info = SpaceInfo(name=form.name.strip(), url=form.url.strip(), logo=form.logo.strip(),
                         email=form.email.strip(), address=form.address.strip(), lat=form.lat, lon=form.lon,
                         timezone=str(web.store.tz), show_names=form.show_names)
        try:
            social.set_space(info, form.language)
        except ServerError as exc:
            return space_page(request, web.problem(request, exc), status_code=400)
        return RedirectResponse("/space", status_code=303)

    @router.post("/members/{member_id}/login-code")
    def login_code(member_id: str, request: Request, form: Annotated[OnceForm, Form()]) -> Response:
        """A one-time code for the member's own page, shown once to the host to pass on. The same
        form posted twice answers with the code it made first: the host passes on the code on the
        screen, and no second live code exists that nobody saw. (A new code never cancels one
        already given, issue 19: a code e-mailed to the member keeps working.)"""
        who = web.checked(request, form)
        if isinstance(who, Response):
            return who
        try:
            code = login_codes.make(form.form_id, member_id, lambda: social.issue_code(member_id))
            member = web.store.member(member_id)
        except ServerError as exc:
            return web.not_found(request, who, web.problem(request, exc))
        # The whole address, and a QR of it with the code filled in: the member's phone opens it.
        address = (web.settings.public_url or str(request.base_url)).rstrip("/") + "/me/login"
        return web.pages.render(request, "login_code.html", who=who, member=member, code=code, address=address,
                                qr=qr_svg(f"{address}?code={code}"), minutes=int(CODE_VALID.total_seconds() // 60),
                                headers={"Cache-Control": "no-store"})

    @router.post("/members/{member_id}/devices/{key_id}/revoke")
    def revoke_device(member_id: str, key_id: str, request: Request,
                      form: Annotated[ConfirmForm, Form()]) -> Response:
        who = web.checked(request, form)
        if isinstance(who, Response):
            return who
        back = f"/members/{urllib.parse.quote(member_id)}"
        try:
            if form.confirmed != "yes":
                member = web.store.member(member_id)
                return web.confirm(
                    request, who, title=t(request, N_("Turn off this phone of %(name)s?")) % {"name": member.name},
                    text=t(request, N_("Its phone pass stops working at every door after the door's next sync. "
                                       "The member's card still works.")),
                    yes=t(request, N_("Yes, turn the phone off")), back=back)
            social.revoke_device(key_id, member_id)
        except ServerError as exc:
            return web.not_found(request, who, web.problem(request, exc))
        return RedirectResponse(f"/members/{urllib.parse.quote(member_id)}", status_code=303)

    @router.get("/critical-mass")
    def mass(request: Request, n: Annotated[int, Query(ge=1, le=1000)] = 3) -> Response:
        who = web.who(request)
        if who is None:
            return web.to_login()
        result = critical_mass(social.people_per_day(), n)
        weekdays = [(t(request, WEEKDAYS[i]), share) for i, share in enumerate(result.by_weekday)]
        return web.pages.render(request, "critical_mass.html", who=who, n=n, weekdays=weekdays,
                                months=result.by_month)

    def webhooks_page(request: Request, error: str = "", status_code: int = 200) -> Response:
        who = web.who(request)
        if who is None:
            return web.to_login()
        return web.pages.render(request, "webhooks.html", status_code=status_code, who=who, error=error,
                                hooks=webhooks.list())

    @router.get("/webhooks")
    def show_webhooks(request: Request) -> Response:
        return webhooks_page(request)

    @router.post("/webhooks")
    def add_webhook(request: Request, form: Annotated[WebhookForm, Form()]) -> Response:
        who = web.checked(request, form)
        if isinstance(who, Response):
            return who
        moments = [m for m in ("first_in", "last_out", "guest_arrived", "door_alert") if getattr(form, m)]
        try:
            webhooks.add(form.url, form.format, moments)
        except ServerError as exc:
            return webhooks_page(request, web.problem(request, exc), status_code=400)
        return RedirectResponse("/webhooks", status_code=303)

    @router.post("/webhooks/{webhook_id}/delete")
    def delete_webhook(webhook_id: int, request: Request, form: Annotated[ConfirmForm, Form()]) -> Response:
        who = web.checked(request, form)
        if isinstance(who, Response):
            return who
        if form.confirmed != "yes":
            return web.confirm(request, who, title=t(request, N_("Delete this webhook?")),
                               text=t(request, N_("Nothing more is sent to its address. Add it again to "
                                                  "start again.")),
                               yes=t(request, N_("Yes, delete it")), back="/webhooks")
        try:
            webhooks.remove(webhook_id)
        except ServerError as exc:
            return web.not_found(request, who, web.problem(request, exc))
        return RedirectResponse("/webhooks", status_code=303)

    return router

