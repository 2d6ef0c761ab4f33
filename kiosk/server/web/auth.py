"""Logging in and out, and the language switcher.

No `from __future__ import annotations`: FastAPI reads these routes' annotations."""

import urllib.parse
from typing import Annotated

import anyio
from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from ..hosts import SESSION_HOURS
from ..throttle import account_key, address_key
from .context import LOGIN_CSRF_COOKIE, SESSION_COOKIE, Web
from .csrf import new_token, same_token
from .forms import LoginForm
from .guard import client_address, set_cookie
from .i18n import COOKIE as LANGUAGE_COOKIE
from .i18n import LANGUAGES, N_


def safe_next(target: str) -> str:
    """Only a path on this server (never //elsewhere or a scheme): no open redirect."""
    return target if target.startswith("/") and not target.startswith(("//", "/\\")) else "/"


def auth_routes(web: Web) -> APIRouter:
    router = APIRouter()

    def login_page(request: Request, error: str = "", status_code: int = 200,
                   headers: dict[str, str] | None = None, username: str = "") -> Response:
        token = new_token()
        page = web.pages.render(request, "login.html", status_code=status_code, headers=headers, csrf=token,
                                error=error, username=username[:64])
        set_cookie(page, request, web.settings, LOGIN_CSRF_COOKIE, token, max_age=3600)
        return page

    @router.get("/login")
    def show_login(request: Request, error: str = "", name: str = "") -> Response:
        messages = {"1": N_("Wrong name or password."), "expired": N_("The form expired; log in again.")}
        # After a wrong password the name stays typed (only the password is asked again).
        return login_page(request, web.pages.gettext(request, messages[error]) if error in messages else "",
                          username=name)

    @router.post("/login")
    async def login(request: Request, form: Annotated[LoginForm, Form()]) -> Response:
        if not same_token(form.csrf, request.cookies.get(LOGIN_CSRF_COOKIE)):
            return RedirectResponse("/login?error=expired", status_code=303)
        keys = [account_key(form.username), address_key(client_address(request))]
        # Counted before the password work, atomically: a hundred guesses at once get ten checks.
        wait = await run_in_threadpool(web.hosts.throttle.attempt, keys)
        if wait:  # no password is checked while throttled: a right one is refused too
            minutes = max(1, -(-wait // 60))
            text = web.pages.gettext(request, N_("Too many failed logins. Try again in %(minutes)d min."))
            return login_page(request, text % {"minutes": minutes}, status_code=429,
                              headers={"Retry-After": str(wait)})
        host_id = await anyio.to_thread.run_sync(web.hosts.check_password, form.username, form.password,
                                                 limiter=web.password_limiter())
        if host_id is None:  # the failure is counted already; the name stays in its field
            return RedirectResponse("/login?" + urllib.parse.urlencode({"error": "1", "name": form.username[:64]}),
                                    status_code=303)
        await run_in_threadpool(web.hosts.throttle.succeeded, keys)
        token, _ = await run_in_threadpool(web.hosts.start_session, host_id)
        response = RedirectResponse("/", status_code=303)
        set_cookie(response, request, web.settings, SESSION_COOKIE, token, max_age=SESSION_HOURS * 3600)
        response.delete_cookie(LOGIN_CSRF_COOKIE)
        return response

    @router.post("/logout")
    def logout(request: Request) -> Response:
        """The session ends whatever the form holds: logging out is never refused."""
        web.hosts.logout(request.cookies.get(SESSION_COOKIE))
        response = web.to_login()
        response.delete_cookie(SESSION_COOKIE)
        return response

    @router.get("/language/{code}")
    def language(request: Request, code: str, next: str = "/") -> Response:
        response = RedirectResponse(safe_next(next), status_code=303)
        if code in LANGUAGES:
            set_cookie(response, request, web.settings, LANGUAGE_COOKIE, code, max_age=365 * 24 * 3600)
        return response

    return router
