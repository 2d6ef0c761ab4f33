"""The Door log page: openings, refusals and lock failures of every door; filter; CSV.

No `from __future__ import annotations`: FastAPI reads these routes' annotations."""

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from ..door_log import DoorLog
from .context import Web
from .i18n import N_

NO_STORE = {"Cache-Control": "no-store"}
WHAT = {"door_opened": N_("opened"), "door_refused": N_("stayed shut"), "lock_failed": N_("lock did not answer"),
        "door_held_open": N_("held open"), "door_forced_open": N_("forced open"), "door_closed": N_("closed again"),
        "sensor_failed": N_("door sensor did not answer"), "sensor_back": N_("door sensor answers again")}
WHY = {
    "after_hours": N_("after opening hours"), "needs_phone_or_pin": N_("card alone after hours"),
    "card_needs_pin": N_("card alone"), "closed_now": N_("closed now"), "clock_unknown": N_("clock not to trust"),
    "sync_too_old": N_("not synced for too long"), "guest_not_approved": N_("guest not approved"),
    "guest_after_hours": N_("guest after hours"), "repeat_limit": N_("shown again too often"),
    "not_answering": N_("no answer"), "wrong_secret": N_("wrong password or token"),
    "insecure": N_("lock has no password"), "failed": N_("error answer"), "opened": "",
}

Member = Annotated[str, Query(max_length=16, pattern="^[0-9A-Za-z]*$")]
Door = Annotated[str, Query(max_length=36, pattern="^[0-9A-Za-z-]*$")]


def door_routes(web: Web) -> APIRouter:
    router = APIRouter()
    log = DoorLog(web.store.engine, web.store.tz)

    @router.get("/door-log")
    def door_log(request: Request, member: Member = "", door: Door = "", day: date | None = None) -> Response:
        who = web.who(request)
        if who is None:
            return web.to_login()
        t = web.pages.gettext
        rows = [{"time": e.at.strftime("%Y-%m-%d %H:%M:%S"), "what": t(request, WHAT[e.kind]), "kind": e.kind,
                 "why": t(request, WHY[e.reason]) if WHY.get(e.reason) else e.reason, "credential": e.credential,
                 "member_id": e.member_id, "name": e.name, "door": e.door}
                for e in log.entries(member, door, day)]
        query = "&".join(f"{k}={v}" for k, v in (("member", member), ("door", door),
                                                   ("day", day.isoformat() if day else "")) if v)
        return web.pages.render(request, "door_log.html", who=who, rows=rows, doors=log.doors(), member=member,
                                door=door, day=day.isoformat() if day else "", query=query)

    @router.get("/door-log.csv")
    def door_log_csv(request: Request, member: Member = "", door: Door = "", day: date | None = None) -> Response:
        who = web.who(request)
        if who is None:
            return web.to_login()
        text = log.csv(member, door, day)
        return Response(text.encode("utf-8-sig"), media_type="text/csv; charset=utf-8", headers={
            **NO_STORE, "Content-Disposition": 'attachment; filename="door-log.csv"'})

    return router
