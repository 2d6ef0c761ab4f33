"""The Kiosks page's guard against a stolen door: the events held for a host (which kiosk, what,
when, why), each applied or discarded once; and revoking a kiosk's token, optionally undoing what
it sent since a moment (asked once, saying what will happen: kiosk/server/store/held.py).

No `from __future__ import annotations`: FastAPI reads these routes' annotations."""

from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import Field

from ..errors import ServerError
from ..event_rules import Hold
from .context import Web
from .forms import CsrfForm, Optional
from .i18n import N_

KINDS = {"check_in": N_("Check-in"), "check_out": N_("Check-out"), "auto_checkout": N_("Closed at day's end"),
         "repeat": N_("Repeated scan"), "refused": N_("Refused scan")}
WHY = {Hold.MASS_CHECKOUT: N_("many people of other doors checked out at one instant"),
       Hold.TOO_MANY_VISITS: N_("more check-ins of one person in a day than a person makes"),
       Hold.BEFORE_JOINED: N_("dated before this kiosk joined"),
       Hold.OLDER_THAN_HISTORY: N_("older than what this kiosk sent before"),
       Hold.AHEAD: N_("dated ahead of the server's clock"),
       Hold.BACKDATED: N_("a scan recorded long after it claims to have happened"),
       Hold.BURST: N_("more new days for one person than days have passed")}


class RevokeForm(CsrfForm):
    name: str = Field(min_length=1, max_length=64)
    undo_since: Annotated[datetime | None, Optional] = None  # the page's local time (datetime-local)
    confirm: Literal["", "yes"] = ""


def held_rows(web: Web, request: Request) -> list[dict[str, str]]:
    """The held events as the Kiosks page lists them, in the page's language."""
    t = web.pages.gettext

    def local(at: datetime) -> str:
        return at.astimezone(web.store.tz).strftime("%Y-%m-%d %H:%M")

    return [{"id": h.id, "kiosk": h.kiosk, "what": t(request, KINDS.get(h.kind, h.kind)), "member": h.member,
             "when": local(h.effective_at), "why": t(request, WHY[Hold(h.reason)]) if h.reason in WHY else h.reason,
             "received": local(h.received_at)} for h in web.store.held_events()]


def held_routes(web: Web) -> APIRouter:
    router = APIRouter()
    t = web.pages.gettext

    def local(at: datetime) -> str:
        return at.astimezone(web.store.tz).strftime("%Y-%m-%d %H:%M")

    def back(request: Request, error: str = "", status_code: int = 200, **extra: Any) -> Response:
        who = web.who(request)
        if who is None:
            return web.to_login()
        return web.pages.render(request, "kiosks.html", status_code=status_code, who=who,
                                kiosks=web.reports.kiosks(), held=held_rows(web, request), held_error=error, **extra)

    @router.post("/kiosks/held/{event_id}/apply")
    def apply(event_id: str, request: Request, form: Annotated[CsrfForm, Form()]) -> Response:
        who = web.checked(request, form)
        if isinstance(who, Response):
            return who
        try:
            outcome = web.store.apply_held(event_id[:36], who.username)
        except ServerError as exc:  # decided by another host a moment ago
            return back(request, web.problem(request, exc), 409)
        if outcome != "applied":
            return back(request, t(request, N_("That event cannot be applied any more (%(code)s); it was discarded."))
                        % {"code": outcome}, 409)
        return RedirectResponse("/kiosks#held", status_code=303)

    @router.post("/kiosks/held/{event_id}/discard")
    def discard(event_id: str, request: Request, form: Annotated[CsrfForm, Form()]) -> Response:
        who = web.checked(request, form)
        if isinstance(who, Response):
            return who
        try:
            web.store.discard_held(event_id[:36], who.username)
        except ServerError as exc:  # decided by another host a moment ago
            return back(request, web.problem(request, exc), 409)
        return RedirectResponse("/kiosks#held", status_code=303)

    @router.post("/kiosks/revoke")
    def revoke(request: Request, form: Annotated[RevokeForm, Form()]) -> Response:
        """Asked once: the first post shows what will happen; the confirming post does it."""
        who = web.checked(request, form)
        if isinstance(who, Response):
            return who
        since = form.undo_since.replace(tzinfo=web.store.tz) if form.undo_since and not form.undo_since.tzinfo \
            else form.undo_since
        if form.name not in {k.name for k in web.reports.kiosks()}:
            return back(request, t(request, N_("There is no kiosk of that name.")), 404)
        if form.confirm != "yes":
            return back(request, revoking={"name": form.name, "since": local(since) if since else "",
                                           "since_value": form.undo_since.strftime("%Y-%m-%dT%H:%M")
                                           if form.undo_since else ""})
        done = web.store.revoke_and_roll_back(form.name, since, who.username)
        return back(request, revoked={"name": form.name, "undone": done.undone, "discarded": done.discarded,
                                      "corrected": done.corrected, "since": local(since) if since else ""})

    return router
