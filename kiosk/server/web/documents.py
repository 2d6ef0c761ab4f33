"""Files for a host: a member's card (a credential: never cached), the evacuation list of a
location, and visits as CSV.

No `from __future__ import annotations`: FastAPI reads these routes' annotations."""

from datetime import UTC, date, datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from kiosk.core.documents.cards import card_pdf as card_document
from kiosk.core.documents.evacuation import evacuation_pdf as evacuation_document
from kiosk.domain.presence import PresenceEntry

from ..social import Social
from ..store import ServerError
from .context import Web
from .i18n import N_

NO_STORE = {"Cache-Control": "no-store"}


def document_routes(web: Web) -> APIRouter:
    router = APIRouter()

    @router.get("/members/{member_id}/card.pdf")
    def card_pdf(member_id: str, request: Request) -> Response:
        who = web.who(request)
        if who is None:
            return web.to_login()
        try:
            card = web.store.card(member_id).printable()
        except ServerError as exc:
            return web.not_found(request, who, web.problem(request, exc))
        space = Social(web.store.engine, web.store.tz).space().name  # as the space calls itself
        body = card_document(card, space, web.pages.language(request))  # vector, real text
        return Response(body, media_type="application/pdf", headers={
            **NO_STORE, "Content-Disposition": f'inline; filename="card-{member_id}.pdf"'})

    @router.get("/evacuation.pdf")
    def evacuation_pdf(request: Request, location: Annotated[str, Query(max_length=80)] = "") -> Response:
        """Everyone in now at one location (all kiosks there), as the kiosk prints it."""
        who = web.who(request)
        if who is None:
            return web.to_login()
        now = datetime.now(web.store.tz)
        members = {m.id for m in web.store.members()}
        people = []
        for v in web.store.presence()["in_now"]:  # type: ignore[attr-defined]
            if v["location"] != location:
                continue
            guest = v["member_id"] not in members  # a guest's name stays at the door that registered them
            people.append(PresenceEntry(member_id=str(v["member_id"]), demo=False, guest=guest,
                                        name=f"Guest at {v['kiosk']}" if guest else str(v["name"]),
                                        checked_in_at=datetime.fromisoformat(str(v["checked_in_at"])),
                                        checked_out_at=None, checkout_kind=None))
        title = location or Social(web.store.engine, web.store.tz).space().name
        body = evacuation_document(title, people, now, web.pages.language(request))
        return Response(body, media_type="application/pdf",
                        headers={**NO_STORE, "Content-Disposition": 'inline; filename="evacuation.pdf"'})

    @router.get("/visits.csv")
    def visits_csv(request: Request, first: Annotated[date | None, Query(alias="from")] = None,
                   last: Annotated[date | None, Query(alias="to")] = None) -> Response:
        who = web.who(request)
        if who is None:
            return web.to_login()
        last = last or datetime.now(UTC).astimezone(web.store.tz).date()
        first = first or last - timedelta(days=29)
        try:
            text = web.reports.visits_csv(first, last)
        except ServerError as exc:
            return web.pages.render(request, "message.html", status_code=400, who=who, back="/",
                                    title=web.pages.gettext(request, N_("Visits as CSV")),
                                    text=web.problem(request, exc))
        return Response(text.encode("utf-8-sig"), media_type="text/csv; charset=utf-8", headers={
            **NO_STORE, "Content-Disposition": f'attachment; filename="visits-{first}-{last}.csv"'})

    return router
