"""What every host page answer carries: security headers, and cookies Secure behind https."""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .settings import WebSettings

HEADERS = {
    # Styles and images from this server only; no inline script or style; never framed.
    "Content-Security-Policy": "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


# FastAPI's /docs page loads Swagger UI from its CDN with an inline script: allowed there only.
DOCS_POLICY = ("default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
               "style-src 'self' https://cdn.jsdelivr.net; img-src 'self' data: https://fastapi.tiangolo.com; "
               "frame-ancestors 'none'; form-action 'self'; base-uri 'none'")


class SecurityHeaders:
    """Pure ASGI middleware: the headers above on every answer (the API's, its documentation's
    and its errors' too: it wraps the whole server), and `Cache-Control: no-store` on everything
    but the style sheet (pages hold names; card PDFs are credentials)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = scope.get("path", "").startswith("/static/")
        docs = scope.get("path", "") in ("/docs", "/docs/oauth2-redirect")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    headers[name] = value
                if docs:
                    headers["Content-Security-Policy"] = DOCS_POLICY
                if not static:
                    headers["Cache-Control"] = "no-store"
            await send(message)

        await self.app(scope, receive, send_with_headers)


def set_cookie(response: Response, request: Request, settings: WebSettings, name: str, value: str,
               max_age: int) -> None:
    """An HttpOnly, SameSite=Strict cookie; Secure when the pages are served over https (the
    public URL says so, or a trusted proxy's X-Forwarded-Proto did)."""
    secure = settings.https_only or request.url.scheme == "https"
    response.set_cookie(name, value, max_age=max_age, httponly=True, samesite="strict", secure=secure)


def client_address(request: Request) -> str:
    """The client's address: the peer, or what a configured proxy forwarded (ProxyHeadersMiddleware
    rewrites it only for the proxies in --trusted-proxy)."""
    return request.client.host if request.client else "unknown"
