"""The host pages, served by the server itself: who is in across doors, today's visits,
members, kiosks, how busy, evacuation lists and CSV.

Server-rendered HTML from Jinja2 templates (autoescaped) in Danish, English and German; forms
parsed into pydantic models; sessions kept on the server; a CSRF token on every form (csrf.py);
login throttled per account and address (../throttle.py); security headers on every answer
(guard.py). The pages are their own app, mounted below the API's routes."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.staticfiles import StaticFiles
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from ..hosts import Hosts
from ..reports import Reports
from ..social import Social
from ..store import ServerStore
from .approvals import approval_routes
from .auth import auth_routes
from .context import Web
from .documents import document_routes
from .door_pages import door_routes
from .guard import SecurityHeaders
from .guest_pages import guest_routes
from .held_pages import held_routes
from .i18n import N_
from .member_pages import member_routes
from .pages import page_routes
from .partner_pages import partner_routes
from .settings import WebSettings
from .social_pages import social_routes
from .templating import Pages
from .village import village_routes

STATIC = Path(__file__).with_name("static")


def host_pages_app(store: ServerStore, hosts: Hosts, settings: WebSettings) -> FastAPI:
    pages = Pages()
    web = Web(store, hosts, settings, pages, Reports(store.engine, store.tz))
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)

    @app.exception_handler(RequestValidationError)
    async def _bad_form(request: Request, exc: RequestValidationError) -> Response:
        """A form or query the pages never send: say which field, never echo what was sent."""
        fields = sorted({str(e["loc"][-1]) for e in exc.errors() if e.get("loc")})
        text = pages.gettext(request, N_("Please check: %(fields)s")) % {"fields": ", ".join(fields)[:200]}
        return pages.render(request, "message.html", status_code=400, who=None,
                            title=pages.gettext(request, N_("The form was not accepted")), text=text, back="/")

    social = Social(store.engine, store.tz)
    app.include_router(village_routes(web, social))
    app.include_router(member_routes(web, social))
    app.include_router(social_routes(web, social))
    app.include_router(auth_routes(web))
    app.include_router(page_routes(web))
    app.include_router(door_routes(web))
    app.include_router(document_routes(web))
    app.include_router(approval_routes(web))
    app.include_router(guest_routes(web))
    app.include_router(held_routes(web))
    app.include_router(partner_routes(web))
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(SecurityHeaders)
    if settings.trusted_proxies:  # X-Forwarded-For/-Proto believed from these addresses only
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=list(settings.trusted_proxies))
    return app


def add_host_pages(app: FastAPI, store: ServerStore, hosts: Hosts, settings: WebSettings | None = None) -> None:
    app.mount("/", host_pages_app(store, hosts, settings or WebSettings.from_env()))
