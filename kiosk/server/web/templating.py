"""Jinja2 templates (autoescaped) in three languages: one environment per language, each with
its Babel catalog installed, so rendering never switches a shared language between threads."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

import jinja2
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.templating import Jinja2Templates

from .error_text import warning_text
from .i18n import COOKIE, LANGUAGES, choose_language, translations

TEMPLATES = Path(__file__).with_name("templates")


def _environment(lang: str) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined, extensions=["jinja2.ext.i18n"])
    env.install_gettext_translations(translations(lang), newstyle=True)  # type: ignore[attr-defined]
    env.globals.update(LANGUAGES=LANGUAGES, lang=lang, new_form_id=lambda: secrets.token_hex(8),
                       warning_text=lambda w: warning_text(lang, w.code, dict(w.params), w.says))
    return env


class Pages:
    def __init__(self) -> None:
        self.templates = {lang: Jinja2Templates(env=_environment(lang)) for lang in LANGUAGES}

    @staticmethod
    def language(request: Request) -> str:
        return choose_language(request.cookies.get(COOKIE), request.headers.get("accept-language"))

    def gettext(self, request: Request, message: str) -> str:
        return translations(self.language(request)).gettext(message)

    def render(self, request: Request, name: str, status_code: int = 200, headers: dict[str, str] | None = None,
               **context: Any) -> HTMLResponse:
        context.setdefault("who", None)
        context.setdefault("error", "")
        here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return self.templates[self.language(request)].TemplateResponse(
            request, name, {"here": here, **context}, status_code=status_code, headers=headers)
