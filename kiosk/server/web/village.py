"""What the village sees without logging in: /spaceapi.json (SpaceAPI v15) and /badge.svg for the
space's own website. Counts always; first names only of members who opted in, and only when the
space enabled names. Both answers may be read by any website (CORS *).

No `from __future__ import annotations`: FastAPI reads these routes' annotations."""

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from kiosk.domain.social import badge_svg, space_api

from ..social import Social
from .context import Web
from .i18n import LANGUAGES, N_, translations

ANYONE = {"Access-Control-Allow-Origin": "*", "Cache-Control": "max-age=60"}


def village_routes(web: Web, social: Social) -> APIRouter:
    router = APIRouter()

    def here() -> tuple[object, datetime | None]:
        p = web.store.presence()
        in_now = p["in_now"]
        last = max((datetime.fromisoformat(str(v[k])) for v in p["visits"]  # type: ignore[attr-defined]
                    for k in ("checked_in_at", "checked_out_at") if v[k]), default=None)
        return social.here_now(in_now), last  # type: ignore[arg-type]

    @router.get("/spaceapi.json")
    def spaceapi() -> Response:
        here_now, last = here()
        return JSONResponse(space_api(social.space(), here_now, last), headers=ANYONE)  # type: ignore[arg-type]

    @router.get("/badge.svg")
    def badge(request: Request, lang: Annotated[str, Query(max_length=5)] = "") -> Response:
        here_now, _ = here()
        language = lang if lang in LANGUAGES else social.language()
        t = translations(language).gettext
        total = here_now.total  # type: ignore[attr-defined]
        svg = badge_svg(total > 0, total, t(N_("Open")), t(N_("Closed")), t(N_("here now")))
        return Response(svg, media_type="image/svg+xml", headers=ANYONE)

    return router
