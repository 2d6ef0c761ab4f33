"""What every host page route shares: the stores, the templates, the session and CSRF checks."""

from __future__ import annotations

from dataclasses import dataclass, field

import anyio
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ..hosts import Hosts, WebSession
from ..reports import Reports
from ..store import ServerStore
from .csrf import same_token
from .error_text import describe
from .forms import CsrfForm
from .i18n import N_
from .settings import WebSettings
from .templating import Pages

SESSION_COOKIE = "kiosk_session"
LOGIN_CSRF_COOKIE = "kiosk_login_csrf"
PASSWORD_CHECKS_AT_ONCE = 2  # scrypt runs in parallel; more guessers wait their turn


@dataclass
class Web:
    store: ServerStore
    hosts: Hosts
    settings: WebSettings
    pages: Pages
    reports: Reports
    _limiter: anyio.CapacityLimiter | None = field(default=None, init=False)

    def password_limiter(self) -> anyio.CapacityLimiter:
        """Password checks get their own few threads: a login storm queues here, while the
        kiosks' sync requests keep the ordinary thread pool (and the event loop stays free)."""
        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(PASSWORD_CHECKS_AT_ONCE)
        return self._limiter

    def who(self, request: Request) -> WebSession | None:
        return self.hosts.session(request.cookies.get(SESSION_COOKIE))

    @staticmethod
    def to_login() -> RedirectResponse:
        return RedirectResponse("/login", status_code=303)

    def forbidden(self, request: Request, who: WebSession | None) -> Response:
        t = self.pages.gettext
        return self.pages.render(request, "message.html", status_code=403, who=who,
                                 title=t(request, N_("The form expired")),
                                 text=t(request, N_("Reload the page and try again.")), back=request.url.path)

    def checked(self, request: Request, form: CsrfForm) -> WebSession | Response:
        """The host posting this form, or the answer instead: the login page without a session,
        403 without the session's CSRF token."""
        who = self.who(request)
        if who is None:
            return self.to_login()
        if not same_token(form.csrf, who.csrf):
            return self.forbidden(request, who)
        return who

    def problem(self, request: Request, exc: BaseException) -> str:
        """An error's code worded in the reader's language (error_text), never str(exc)."""
        return describe(self.pages.language(request), exc)

    def not_found(self, request: Request, who: WebSession | None, text: str) -> Response:
        return self.pages.render(request, "message.html", status_code=404, who=who,
                                 title=self.pages.gettext(request, N_("Not found")), text=text, back="/")
