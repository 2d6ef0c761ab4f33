"""A guest's approval from the server (issue 20): a host lets today's guests of any door in at
that door (the Today page), and the member visited through the single-use link of their
arrival mail (their own page has the same button: member_pages.py). The door gets the approval
with its next pull (kiosk/server/guest_passes.py).

No `from __future__ import annotations`: FastAPI reads these routes' annotations."""

from typing import Annotated

from fastapi import APIRouter, Form, Path, Request
from fastapi.responses import RedirectResponse, Response

from ..errors import ServerError
from ..guest_passes import GuestPasses
from .context import Web
from .forms import CsrfForm
from .i18n import N_

GuestId = Annotated[str, Path(min_length=16, max_length=16, pattern="^[0-9a-f]{16}$")]
LinkToken = Annotated[str, Path(min_length=20, max_length=64, pattern="^[0-9A-Za-z_-]*$")]
NO_STORE = {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"}


def guest_routes(web: Web) -> APIRouter:
    router = APIRouter()
    passes = GuestPasses(web.store.engine, web.store.tz)
    t = web.pages.gettext

    def said(request: Request, title: str, text: str, status_code: int = 200, back: str = "/") -> Response:
        return web.pages.render(request, "message.html", status_code=status_code, title=t(request, title),
                                text=text, back=back, headers=NO_STORE)

    @router.post("/guests/{guest_id}/approve")
    def host_approves(guest_id: GuestId, request: Request, form: Annotated[CsrfForm, Form()]) -> Response:
        who = web.checked(request, form)
        if isinstance(who, Response):
            return who
        try:
            passes.approve(guest_id, "host")
        except ServerError as exc:
            return said(request, N_("The guest was not approved"), web.problem(request, exc), status_code=409)
        return RedirectResponse("/#guests", status_code=303)

    @router.get("/guest-link/{token}")
    def link(token: LinkToken, request: Request) -> Response:
        """What the mail's link would approve; nothing happens until the member confirms (a
        mail program that opens links to look at them approves nothing)."""
        found = passes.by_link(token)
        if found is None or found.approved_by is not None:
            return said(request, N_("This link was used already"),
                        t(request, N_("The guest was let in already, or the link is old.")), status_code=410)
        return web.pages.render(request, "guest_link.html", token=token, guest=found, headers=NO_STORE, me=None,
                                time=found.arrived_at.astimezone(web.store.tz).strftime("%H:%M"))

    @router.post("/guest-link/{token}")
    def link_approves(token: LinkToken, request: Request) -> Response:
        try:
            passes.approve_by_link(token)
        except ServerError as exc:
            return said(request, N_("The guest was not approved"), web.problem(request, exc), status_code=410)
        return said(request, N_("Your guest can come in"),
                    t(request, N_("The door lets your guest in today, inside opening hours, at their next scan.")))

    return router
