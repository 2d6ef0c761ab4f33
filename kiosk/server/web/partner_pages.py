"""The Partners page (issue 22): this server's fingerprint (text and QR) to read out to a partner's
host, offering a partnership, accepting one a partner offered (asked once, saying what happens),
and each partnership's month both ways, with CSV.

No `from __future__ import annotations`: FastAPI reads these routes' annotations."""

import io
import uuid
from datetime import date, datetime, time
from typing import Annotated, Literal

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response
from markupsafe import Markup
from pydantic import Field

from kiosk.domain.partners import Terms

from ..errors import ServerError
from ..partners import ACTIVE, RECEIVED, Partnerships
from .context import Web
from .forms import ConfirmForm, CsrfForm, Optional
from .i18n import N_

Month = Annotated[str, Query(pattern="^([0-9]{4}-[0-9]{2})?$")]
WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))
STATUS = {"offered": N_("waiting for the partner's host"), "received": N_("offered to us: compare the fingerprint"),
          "active": N_("in force")}


class OfferForm(CsrfForm):
    new_id: str = Field(pattern="^[0-9a-f-]{36}$")  # made when the page was shown: posted twice, offered once
    partner_url: str = Field(min_length=8, max_length=200, pattern="^https?://")
    fingerprint: str = Field(min_length=32, max_length=60)
    own_url: str = Field(min_length=8, max_length=200, pattern="^https?://")
    days: int = Field(ge=1, le=31)
    plans: list[Literal["monthly", "clipcard", "daypass"]] = Field(default_factory=list)
    weekdays: list[int] = Field(default_factory=list)
    opens: time
    closes: time
    names_shown: bool = False
    starts: date
    ends: Annotated[date | None, Optional] = None


def fingerprint_qr_svg(fingerprint: str) -> Markup:
    import qrcode
    from qrcode.image.svg import SvgPathImage

    qr = qrcode.QRCode(image_factory=SvgPathImage, box_size=8, border=4)
    qr.add_data(f"door-kiosk-partner:?fingerprint={fingerprint.replace(' ', '')}")
    out = io.BytesIO()
    qr.make_image().save(out)
    svg = out.getvalue().decode()
    return Markup(svg[svg.index("<svg"):])  # our own text only


def partner_routes(web: Web) -> APIRouter:
    router = APIRouter()
    partners = Partnerships(web.store, web.settings.public_url)
    t = web.pages.gettext

    def page(request: Request, month: str = "", error: str = "", status_code: int = 200,
             draft: OfferForm | None = None) -> Response:
        """draft: an offer that was refused, shown again as typed (nothing is lost)."""
        who = web.who(request)
        if who is None:
            return web.to_login()
        month = month or datetime.now(web.store.tz).strftime("%Y-%m")
        rows = []
        for v in partners.partners():
            rows.append({"id": v.id, "name": v.partner_name, "url": v.partner_url, "fingerprint": v.fingerprint,
                         "status": v.status, "status_text": t(request, STATUS.get(v.status, v.status)),
                         "terms": v.terms, "days": ", ".join(t(request, WEEKDAYS[d]) for d in v.terms.weekdays),
                         "settled": partners.settlement(v.id, month) if v.status == ACTIVE else None})
        return web.pages.render(request, "partners.html", status_code=status_code, who=who, rows=rows,
                                month=month, error=error, fingerprint=partners.fingerprint(),
                                qr=fingerprint_qr_svg(partners.fingerprint()),
                                new_id=draft.new_id if draft else str(uuid.uuid4()),
                                own_url=draft.own_url if draft else web.settings.public_url,
                                weekdays=[t(request, d) for d in WEEKDAYS], draft=draft,
                                today=date.today().isoformat())

    @router.get("/partners")
    def show(request: Request, month: Month = "") -> Response:
        return page(request, month)

    @router.post("/partners")
    def offer(request: Request, form: Annotated[OfferForm, Form()]) -> Response:
        who = web.checked(request, form)
        if isinstance(who, Response):
            return who
        terms = Terms(plans=tuple(form.plans), days_per_month=form.days, weekdays=tuple(sorted(set(form.weekdays))),
                      opens=form.opens, closes=form.closes, names_shown=form.names_shown, starts=form.starts,
                      ends=form.ends)
        try:
            Partnerships(web.store, form.own_url).offer(form.partner_url, form.fingerprint, terms, form.new_id)
        except ServerError as exc:
            return page(request, error=web.problem(request, exc), status_code=400, draft=form)
        return RedirectResponse("/partners", status_code=303)

    @router.post("/partners/{partnership_id}/accept")
    def accept(partnership_id: str, request: Request, form: Annotated[ConfirmForm, Form()]) -> Response:
        who = web.checked(request, form)
        if isinstance(who, Response):
            return who
        found = next((v for v in partners.partners() if v.id == partnership_id and v.status == RECEIVED), None)
        if found is None:
            return page(request, error=t(request, N_("There is no such partnership.")), status_code=404)
        if form.confirmed != "yes":
            text = t(request, N_("Members of %(name)s with a qualifying plan may then work here %(days)s days a "
                                 "month, and this server signs the agreement with its key and sends it back to "
                                 "%(name)s. Neither side can change it afterwards. Only accept when the "
                                 "fingerprint %(fingerprint)s is the one their host read out to you.")) % {
                "name": found.partner_name, "days": found.terms.days_per_month, "fingerprint": found.fingerprint}
            return web.confirm(request, who, title=t(request, N_("Accept the partnership?")), text=text,
                               yes=t(request, N_("Accept and sign")), back="/partners")
        try:
            partners.accept(partnership_id)
        except ServerError as exc:
            return page(request, error=web.problem(request, exc), status_code=409)
        return RedirectResponse("/partners", status_code=303)

    @router.get("/partners/{partnership_id}/settlement.csv")
    def settlement_csv(partnership_id: str, request: Request, month: Month = "") -> Response:
        who = web.who(request)
        if who is None:
            return web.to_login()
        month = month or datetime.now(web.store.tz).strftime("%Y-%m")
        try:
            s = partners.settlement(partnership_id, month)
        except ServerError as exc:
            return page(request, error=web.problem(request, exc), status_code=404)
        text = ("month,our_members_days_there,our_members_there,their_members_days_here,their_members_here\n"
                f"{s.month},{s.ours_there_days},{s.ours_there_members},{s.theirs_here_days},{s.theirs_here_members}\n")
        return Response(text.encode("utf-8-sig"), media_type="text/csv; charset=utf-8", headers={
            "Cache-Control": "no-store", "Content-Disposition": f'attachment; filename="settlement-{month}.csv"'})

    return router
