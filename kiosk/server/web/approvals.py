"""Requests from kiosks that wait for a host (erasing a member, host roles, big top-ups, or what
a kiosk's permissions hold back): listed with what they would change, approved or rejected here.
Each is decided exactly once however many hosts press at once (kiosk/server/requests.py).

No `from __future__ import annotations`: FastAPI reads these routes' annotations."""

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import Field

from ..errors import ServerError
from ..requests import RosterRequests
from .context import Web
from .forms import CsrfForm
from .i18n import N_

OPS = {"add": N_("Add a member"), "update": N_("Change a member"), "suspend": N_("Suspend"),
       "reactivate": N_("Reactivate"), "new_card": N_("New card"), "top_up": N_("Add clips"),
       "erase": N_("Erase a member")}


class RejectForm(CsrfForm):
    reason: str = Field("", max_length=200)


def approval_routes(web: Web) -> APIRouter:
    router = APIRouter()
    requests = RosterRequests(web.store)
    t = web.pages.gettext

    def page(request: Request, error: str = "", status_code: int = 200) -> Response:
        who = web.who(request)
        if who is None:
            return web.to_login()
        pending = [{"id": p.id, "kiosk": p.kiosk, "op": t(request, OPS[p.op]) if p.op in OPS else p.op,
                    "member": p.member_name or p.member_id, "changes": sorted(p.changes.items()),
                    "why": p.waiting_because, "received": p.received_at.astimezone(web.store.tz)
                    .strftime("%Y-%m-%d %H:%M")} for p in requests.pending()]
        return web.pages.render(request, "requests.html", status_code=status_code, who=who, pending=pending,
                                error=error)

    @router.get("/requests")
    def show(request: Request) -> Response:
        return page(request)

    @router.post("/requests/{request_id}/approve")
    def approve(request_id: str, request: Request, form: Annotated[CsrfForm, Form()]) -> Response:
        who = web.checked(request, form)
        if isinstance(who, Response):
            return who
        try:
            result = requests.approve(request_id, who.username)
        except ServerError as exc:  # decided by someone else a moment ago, or unknown
            return page(request, web.problem(request, exc), status_code=409)
        if result.status != "accepted":  # the change itself was refused (e.g. the member is gone)
            return page(request, t(request, N_("The request could not be applied: %(reason)s"))
                        % {"reason": result.reason or ""}, status_code=409)
        return RedirectResponse("/requests", status_code=303)

    @router.post("/requests/{request_id}/reject")
    def reject(request_id: str, request: Request, form: Annotated[RejectForm, Form()]) -> Response:
        who = web.checked(request, form)
        if isinstance(who, Response):
            return who
        try:
            requests.reject(request_id, who.username, form.reason)
        except ServerError as exc:
            return page(request, web.problem(request, exc), status_code=409)
        return RedirectResponse("/requests", status_code=303)

    return router
