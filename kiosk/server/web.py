"""The host pages, served by the server itself: who is in, today's visits, members, kiosks.

Plain server-rendered HTML (works on any phone or old laptop), every value HTML-escaped. Host
login with scrypt-hashed passwords; an HttpOnly, SameSite=Strict session cookie that expires;
every form carries the session's CSRF token, checked on each POST.

No `from __future__ import annotations`: FastAPI reads these routes' annotations.
"""

import html
import io
import secrets
import urllib.parse
from datetime import UTC, datetime

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from kiosk.core.documents.cards import DPI, render_card
from kiosk.core.errors import InvalidInput
from kiosk.core.members import parse_date

from .hosts import SESSION_HOURS, Hosts, WebSession
from .store import ServerError, ServerStore

COOKIE = "kiosk_session"
LOGIN_CSRF = "kiosk_login_csrf"

STYLE = """
body { font-family: 'DejaVu Sans', sans-serif; margin: 0; background: #f5f2ea; color: #14202b; }
header { background: #17313f; color: white; padding: 14px 24px; display: flex; gap: 24px; align-items: center; }
header a { color: white; } header .who { margin-left: auto; }
main { padding: 20px 24px; max-width: 1100px; }
table { border-collapse: collapse; width: 100%; background: white; margin-bottom: 24px; }
th, td { text-align: left; padding: 8px 10px; border-bottom: 1px solid #e4ddd0; }
h2 { margin-top: 28px; } .pill { background: #16795f; color: white; border-radius: 12px; padding: 2px 10px; }
.warn { color: #b3432f; } form.inline { display: inline; } input, select, button { font-size: 16px; padding: 6px; }
button { background: #16795f; color: white; border: none; border-radius: 6px; padding: 6px 14px; }
.error { background: #b3432f; color: white; padding: 10px; border-radius: 6px; }
"""


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _page(title: str, body: str, who: WebSession | None = None) -> HTMLResponse:
    nav = ""
    if who is not None:
        nav = (f'<a href="/">Today</a><a href="/members">Members</a><a href="/kiosks">Kiosks</a>'
               f'<span class="who">{_e(who.username)} &middot; <form class="inline" method="post" action="/logout">'
               f'<input type="hidden" name="csrf" value="{_e(who.csrf)}"><button>Log out</button></form></span>')
    return HTMLResponse(f"<!doctype html><html lang='en'><head><meta charset='utf-8'>"
                        f"<meta name='viewport' content='width=device-width, initial-scale=1'>"
                        f"<title>{_e(title)}</title><style>{STYLE}</style></head><body>"
                        f"<header><strong>Door kiosk</strong>{nav}</header><main>{body}</main></body></html>",
                        headers={"Cache-Control": "no-store", "X-Frame-Options": "DENY"})


async def _form(request: Request) -> dict[str, str]:
    body = (await request.body())[:100_000].decode("utf-8", "replace")
    return {k: v[0] for k, v in urllib.parse.parse_qs(body, keep_blank_values=True).items()}


def _local(value: str | None) -> str:
    return value[11:16] if value else ""


def add_host_pages(app: FastAPI, store: ServerStore, hosts: Hosts) -> None:
    def session_of(request: Request) -> WebSession | None:
        return hosts.session(request.cookies.get(COOKIE))

    def to_login() -> RedirectResponse:
        return RedirectResponse("/login", status_code=303)

    async def checked_form(request: Request, who: WebSession) -> dict[str, str] | None:
        form = await _form(request)
        return form if secrets.compare_digest(form.get("csrf", ""), who.csrf) else None

    async def host_form(request: Request) -> dict[str, str] | Response:
        """The posted form of a logged-in host with the session's CSRF token, or the answer to
        give instead (to the login page, or 403 for a form without the token)."""
        who = session_of(request)
        if who is None:
            return to_login()
        form = await checked_form(request, who)
        return form if form is not None else Response("the form expired; reload the page", status_code=403)

    @app.get("/login", include_in_schema=False)
    def login_page(error: str = "") -> HTMLResponse:
        token = secrets.token_urlsafe(24)
        message = '<p class="error">Wrong name or password.</p>' if error else ""
        page = _page("Log in", f"""<h1>Host log in</h1>{message}
            <form method="post" action="/login">
            <input type="hidden" name="csrf" value="{token}">
            <p><label>Name <input name="username" autocomplete="username" required></label></p>
            <p><label>Password <input name="password" type="password" autocomplete="current-password" required>
            </label></p><button>Log in</button></form>""")
        page.set_cookie(LOGIN_CSRF, token, httponly=True, samesite="strict", max_age=3600)
        return page

    @app.post("/login", include_in_schema=False)
    async def login(request: Request) -> Response:
        form = await _form(request)
        if not secrets.compare_digest(form.get("csrf", "x"), request.cookies.get(LOGIN_CSRF, "y")):
            return RedirectResponse("/login?error=1", status_code=303)
        result = hosts.login(form.get("username", ""), form.get("password", ""))
        if result is None:
            return RedirectResponse("/login?error=1", status_code=303)
        token, _ = result
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(COOKIE, token, httponly=True, samesite="strict", max_age=SESSION_HOURS * 3600)
        response.delete_cookie(LOGIN_CSRF)
        return response

    @app.post("/logout", include_in_schema=False)
    async def logout(request: Request) -> Response:
        who = session_of(request)
        if who is not None and await checked_form(request, who) is not None:
            hosts.logout(request.cookies.get(COOKIE))
        response = to_login()
        response.delete_cookie(COOKIE)
        return response

    @app.get("/", include_in_schema=False)
    def today(request: Request) -> Response:
        who = session_of(request)
        if who is None:
            return to_login()
        p = store.presence()
        rows_now = "".join(f"<tr><td>{_e(v['name'])}</td><td>{_e(v['location'])} {_e(v['kiosk'])}</td>"
                           f"<td>{_e(_local(v['checked_in_at']))}</td></tr>" for v in p["in_now"])  # type: ignore[attr-defined]
        rows_all = "".join(f"<tr><td>{_e(v['name'])}</td><td>{_e(v['kiosk'])}</td>"
                           f"<td>{_e(_local(v['checked_in_at']))}</td>"
                           f"<td>{_e(_local(v['checked_out_at'])) or 'in now'}</td></tr>"
                           for v in p["visits"])  # type: ignore[attr-defined]
        body = (f"<h1>Today, {_e(p['date'])}</h1>"
                f"<h2>In now <span class='pill' id='in-now-count'>{len(p['in_now'])}</span></h2>"  # type: ignore[arg-type]
                f"<table id='in-now'><tr><th>Name</th><th>Where</th><th>Since</th></tr>{rows_now}</table>"
                f"<h2>Today's visits</h2><table id='visits'><tr><th>Name</th><th>Kiosk</th><th>In</th>"
                f"<th>Out</th></tr>{rows_all}</table>")
        return _page("Today", body, who)

    @app.get("/kiosks", include_in_schema=False)
    def kiosks(request: Request) -> Response:
        who = session_of(request)
        if who is None:
            return to_login()
        now = datetime.now(UTC)
        rows = ""
        for k in store.kiosks():
            seen = k["last_seen_at"]
            ago = f"{int((now - seen).total_seconds() // 60)} min ago" if isinstance(seen, datetime) else "never"
            rows += (f"<tr><td>{_e(k['name'])}</td><td>{'yes' if k['enrolled'] else 'no'}</td>"
                     f"<td>{_e(ago)}</td><td>{_e(k['pending'])}</td></tr>")
        body = ("<h1>Kiosks</h1><table id='kiosks'><tr><th>Kiosk</th><th>Enrolled</th><th>Last heard from</th>"
                f"<th>Events still to send</th></tr>{rows}</table>")
        return _page("Kiosks", body, who)

    @app.get("/members", include_in_schema=False)
    def members(request: Request, error: str = "") -> Response:
        who = session_of(request)
        if who is None:
            return to_login()
        csrf = _e(who.csrf)
        rows = ""
        for m in store.members():
            suspended = m.status == "suspended"
            rows += (f"<tr><td><a href='/members/{_e(m.id)}'>{_e(m.name)}</a></td><td>{_e(m.email)}</td>"
                     f"<td>{_e(m.plan_kind)}</td>"
                     f"<td class='{'warn' if suspended else ''}'>{_e(m.status)}</td><td>"
                     f"<form class='inline' method='post' action='/members/{_e(m.id)}/status'>"
                     f"<input type='hidden' name='csrf' value='{csrf}'>"
                     f"<button>{'Reactivate' if suspended else 'Suspend'}</button></form> "
                     f"<form class='inline' method='post' action='/members/{_e(m.id)}/card'>"
                     f"<input type='hidden' name='csrf' value='{csrf}'><button>New card</button></form> "
                     f"<a href='/members/{_e(m.id)}/card.pdf'>Print card</a></td></tr>")
        message = f"<p class='error'>{_e(error)}</p>" if error else ""
        body = (f"<h1>Members</h1>{message}<form method='post' action='/members' id='add-member'>"
                f"<input type='hidden' name='csrf' value='{csrf}'>"
                "<input name='name' placeholder='Name' required maxlength='120'> "
                "<input name='email' placeholder='E-mail' maxlength='254'> "
                "<select name='plan'><option>monthly</option><option>clipcard</option>"
                "<option>daypass</option></select> "
                "<input name='clips' type='number' min='0' placeholder='Clips' style='width:6em'> "
                "<input name='valid_until' type='date'> <button>Add member</button></form><br>"
                f"<table id='members'><tr><th>Name</th><th>E-mail</th><th>Plan</th><th>Status</th><th></th></tr>"
                f"{rows}</table>")
        return _page("Members", body, who)

    @app.post("/members", include_in_schema=False)
    async def add_member(request: Request) -> Response:
        form = await host_form(request)
        if isinstance(form, Response):
            return form
        try:
            store.add_members([{"name": form.get("name", ""), "email": form.get("email", ""),
                                "plan": form.get("plan") or "monthly", "clips": int(form.get("clips") or 0),
                                "valid_until": parse_date(form.get("valid_until", ""), "valid until")}])
        except (ServerError, InvalidInput, ValueError) as exc:  # shown to the host, never a 500
            return RedirectResponse(f"/members?error={urllib.parse.quote(str(exc))}", status_code=303)
        return RedirectResponse("/members", status_code=303)

    @app.get("/members/{member_id}", include_in_schema=False)
    def member_page(member_id: str, request: Request, error: str = "") -> Response:
        who = session_of(request)
        if who is None:
            return to_login()
        try:
            m = store.member(member_id)
        except ServerError as exc:
            return Response(str(exc), status_code=404)
        options = "".join(f"<option{' selected' if p == m.plan_kind else ''}>{p}</option>"
                          for p in ("monthly", "clipcard", "daypass"))
        message = f"<p class='error'>{_e(error)}</p>" if error else ""
        body = (f"<h1>{_e(m.name)}</h1>{message}<form method='post' action='/members/{_e(m.id)}' id='edit-member'>"
                f"<input type='hidden' name='csrf' value='{_e(who.csrf)}'>"
                f"<p><label>Name <input name='name' value='{_e(m.name)}' required maxlength='120'></label></p>"
                f"<p><label>E-mail <input name='email' value='{_e(m.email)}' maxlength='254'></label></p>"
                f"<p><label>Plan <select name='plan'>{options}</select></label> "
                f"<label>Clips <input name='clips' type='number' min='0' value='{m.clips_total}'></label> "
                f"<label>Valid until <input name='valid_until' type='date' value='{_e(m.valid_until or '')}'>"
                f"</label></p><button>Save</button></form>")
        return _page(m.name, body, who)

    @app.post("/members/{member_id}", include_in_schema=False)
    async def save_member(member_id: str, request: Request) -> Response:
        form = await host_form(request)
        if isinstance(form, Response):
            return form
        try:
            store.edit_member(member_id, form.get("name", ""), form.get("email", ""), form.get("plan", "monthly"),
                              int(form.get("clips") or 0), parse_date(form.get("valid_until", ""), "valid until"))
        except (ServerError, InvalidInput, ValueError) as exc:
            return RedirectResponse(f"/members/{member_id}?error={urllib.parse.quote(str(exc))}", status_code=303)
        return RedirectResponse("/members", status_code=303)

    @app.post("/members/{member_id}/status", include_in_schema=False)
    async def toggle_status(member_id: str, request: Request) -> Response:
        form = await host_form(request)
        if isinstance(form, Response):
            return form
        try:
            member = store.member(member_id)
        except ServerError as exc:
            return Response(str(exc), status_code=404)
        store.update_member(member_id, status="active" if member.status == "suspended" else "suspended")
        return RedirectResponse("/members", status_code=303)

    @app.post("/members/{member_id}/card", include_in_schema=False)
    async def new_card(member_id: str, request: Request) -> Response:
        form = await host_form(request)
        if isinstance(form, Response):
            return form
        try:
            store.new_card(member_id)
        except ServerError as exc:
            return Response(str(exc), status_code=404)
        return RedirectResponse(f"/members/{member_id}/card.pdf", status_code=303)

    @app.get("/members/{member_id}/card.pdf", include_in_schema=False)
    def card_pdf(member_id: str, request: Request) -> Response:
        who = session_of(request)
        if who is None:
            return to_login()
        try:
            card = store.card(member_id).printable()
        except ServerError as exc:
            return Response(str(exc), status_code=404)
        buf = io.BytesIO()
        render_card(card, "Coworking").save(buf, format="PDF", resolution=DPI)
        return Response(buf.getvalue(), media_type="application/pdf",
                        headers={"Content-Disposition": f'inline; filename="card-{member_id}.pdf"'})
