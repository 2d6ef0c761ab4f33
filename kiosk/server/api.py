"""The server's HTTP API (FastAPI). Thin routes: each hands its parsed request to ServerStore.

Every route is a plain `def`: FastAPI runs it on its thread pool, so database work never holds
the event loop (health answers while another request waits on the database).

No `from __future__ import annotations` here: FastAPI must see the real annotations of the
routes, whose dependencies are local functions."""


import contextlib
import logging
import os
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Annotated, Any

import anyio
from fastapi import BackgroundTasks, Depends, FastAPI, Header, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from pydantic import WithJsonSchema
from starlette.middleware.trustedhost import TrustedHostMiddleware

from kiosk.protocol import wire

from .arrivals import Arrival, GuestArrivals, Send, arrivals_in
from .door_watch import DoorWatch
from .errors import KeyConflict
from .guest_passes import GuestPasses
from .kiosk_backups import COPY_NAME, DEVICE_ID, KEEP_DAYS, UPLOAD_ID, BackupTooLarge, KioskBackups, UploadConflict
from .limits import BodyLimit
from .partner_api import add_partner_routes
from .partners import Partnerships
from .requests import RosterRequests, for_protocol_1
from .social import Social
from .store import Device, ServerError, ServerStore, Unauthorized
from .web.arrivals import arrival_mailer
from .web.door_mail import door_alert_mailer
from .web.guard import SecurityHeaders
from .web.settings import WebSettings
from .webhooks import Webhooks

log = logging.getLogger(__name__)


WEBHOOK_POLL_SECONDS = 2


async def deliver_webhooks(webhooks: Webhooks) -> None:
    """Each server process sends queued webhook messages that are due, every few seconds."""
    while True:
        try:
            await anyio.to_thread.run_sync(webhooks.deliver_due)
        except Exception:  # a database hiccup must not end the loop
            log.exception("webhook delivery failed; trying again")
        await anyio.sleep(WEBHOOK_POLL_SECONDS)


DOOR_WATCH_SECONDS = 60


async def watch_doors(watch: DoorWatch, every: float = DOOR_WATCH_SECONDS) -> None:
    """Each server process looks at the doors with a lock now and then (server/door_watch.py);
    the state row makes two processes alert once."""
    while True:
        await anyio.sleep(every)
        try:
            await anyio.to_thread.run_sync(watch.look)
        except Exception:  # a database hiccup must not end the loop
            log.exception("the door watch failed; trying again")


ARRIVAL_MAIL_POLL_SECONDS = 60
PARTNER_SECONDS = 300  # how often this server pulls its partners' members and reports their visits


async def keep_partners(partners: Partnerships, every: float) -> None:
    """Each partner's feed pulled and its members' days here reported, every few minutes (0: never,
    only `kiosk server partners pull|report`). A partner that does not answer keeps its last feed."""
    if every <= 0:
        return
    while True:
        await anyio.sleep(every)
        try:
            await anyio.to_thread.run_sync(partners.pull_partners)
            await anyio.to_thread.run_sync(partners.report_visits, partners.report_since())
        except Exception:  # a database hiccup must not end the loop
            log.exception("partner exchange failed; trying again")


async def send_arrival_mail(arrivals: GuestArrivals, mailer: Send | None) -> None:
    """Each server process tries again, now and then, the guest-arrival e-mails that failed."""
    while True:
        await anyio.sleep(ARRIVAL_MAIL_POLL_SECONDS)
        try:
            await anyio.to_thread.run_sync(arrivals.send_due, mailer)
        except Exception:  # a database hiccup must not end the loop
            log.exception("guest-arrival e-mail failed; trying again")


def tell_members(arrivals: GuestArrivals, arrived: list[tuple[str, Arrival]], mailer: Send | None) -> None:
    """After a push is answered: the members whose guests arrived get their message."""
    try:
        arrivals.record(arrived)
        arrivals.send_due(mailer)
    except Exception:  # the events are stored; a missed message is logged, never a failed push
        log.exception("could not pass on a guest's arrival")


def observe_for_webhooks(store: ServerStore, webhooks: Webhooks) -> None:
    try:
        webhooks.observe(store.presence(), Social(store.engine, store.tz).space().name)
    except Exception:  # the events are stored; a missed message is logged, never a failed push
        log.exception("could not queue webhook messages")


# A device token is 32 random bytes in URL-safe base64 (43 characters); anything else is not one.
TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{20,100}")
MAX_ERRORS_SHOWN = 10


class ProtocolRefused(Exception):
    def __init__(self, answer: wire.ProtocolMismatch) -> None:
        super().__init__(answer.detail)
        self.answer = answer


def _responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    described: dict[int, dict[str, Any]] = {
        400: {"description": "the body cannot be read (not JSON, not UTF-8)"},
        401: {"description": "no device token, or an unknown or revoked one"},
        403: {"description": "that is not a device token"},
        413: {"description": "the request body is larger than the server takes"},
        426: {"description": "the kiosk's protocol version is not served here", "model": wire.ProtocolMismatch},
    }
    return {code: described[code] for code in codes}


def create_app(store: ServerStore, max_body_bytes: int = wire.MAX_BODY_BYTES,
               oldest_protocol: int = wire.OLDEST_PROTOCOL, max_backup_bytes: int | None = None,
               partner_seconds: float | None = None) -> FastAPI:
    """oldest_protocol: kiosks older than this are told to upgrade (raise it once every kiosk
    speaks the newer version). Kiosks' sealed backups are kept in the data dir (beside keys/)."""
    requests = RosterRequests(store)
    webhooks = Webhooks.from_env(store.engine)
    web_settings = WebSettings.from_env()
    partners = Partnerships(store, web_settings.public_url)
    arrivals = GuestArrivals(store.engine)
    guest_passes = GuestPasses(store.engine, store.tz)
    mailer = arrival_mailer(web_settings, Social(store.engine, store.tz), guest_passes)

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(deliver_webhooks, webhooks)
            tasks.start_soon(send_arrival_mail, arrivals, mailer)
            every = partner_seconds if partner_seconds is not None else float(
                os.environ.get("KIOSK_SERVER_PARTNER_SECONDS", "") or PARTNER_SECONDS)
            tasks.start_soon(keep_partners, partners, every)
            watch = DoorWatch(store.engine, webhooks, mail_to=web_settings.door_alert_mail,
                              mailer=door_alert_mailer(web_settings, Social(store.engine, store.tz)))
            tasks.start_soon(watch_doors, watch,
                             float(os.environ.get("KIOSK_SERVER_DOOR_WATCH_SECONDS") or DOOR_WATCH_SECONDS))
            yield
            tasks.cancel_scope.cancel()

    served = list(range(oldest_protocol, wire.PROTOCOL + 1))
    app = FastAPI(title="Door kiosk server", version=str(wire.PROTOCOL),
                  summary=f"Roster down, events up (sync protocol versions {served[0]}-{served[-1]})",
                  lifespan=lifespan)
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    # Other Host headers get 400 before anything runs: no page or e-mail is made for a name
    # the sender chose (issue 19). Starlette's own middleware; outermost but for the headers.
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=web_settings.host_allow_list(), www_redirect=False)
    app.add_middleware(SecurityHeaders)  # outermost: every answer, a refused Host's 400 too
    if web_settings.smtp_host and not web_settings.public_url:
        log.warning("no login codes by e-mail: --smtp-host is set but --public-url is not, and the e-mail's "
                    "link is made from the public URL only")

    @app.exception_handler(Unauthorized)
    async def _unauthorized(_: Request, exc: Unauthorized) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=401, headers={"WWW-Authenticate": "Bearer"})

    @app.exception_handler(UploadConflict)
    async def _upload_conflict(_: Request, exc: UploadConflict) -> JSONResponse:
        return JSONResponse({"detail": str(exc), "have": exc.have}, status_code=409)

    @app.exception_handler(BackupTooLarge)
    async def _backup_too_large(_: Request, exc: BackupTooLarge) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=413)

    @app.exception_handler(KeyConflict)
    async def _conflict(_: Request, exc: KeyConflict) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=409)

    @app.exception_handler(ServerError)
    async def _bad_request(_: Request, exc: ServerError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    @app.exception_handler(ProtocolRefused)
    async def _protocol(_: Request, exc: ProtocolRefused) -> JSONResponse:
        return JSONResponse(exc.answer.model_dump(), status_code=426)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        # Where and what, never the input itself (a 10 MB body must not come back as a 10 MB 422).
        errors = [{"loc": [str(part)[:40] for part in e.get("loc", ())][:8], "msg": str(e.get("msg", ""))[:200],
                   "type": str(e.get("type", ""))[:40]} for e in exc.errors()[:MAX_ERRORS_SHOWN]]
        return JSONResponse({"detail": errors}, status_code=422)

    # The OpenAPI lists the versions served; any other value gets the 426 that says which side to update.
    served_text = [str(v) for v in served]
    version_schema = WithJsonSchema({"type": "string", "enum": served_text})

    def protocol(kiosk_protocol: Annotated[str | None, Header(
            alias=wire.PROTOCOL_HEADER, max_length=8,
            description="the kiosk's sync protocol version; none means version 1"), version_schema] = None) -> int:
        text = "1" if kiosk_protocol is None else kiosk_protocol
        if text in served_text:
            return int(text)
        version = int(text) if text.isascii() and text.isdigit() else 0
        if version > served[-1]:
            detail = (f"this kiosk speaks sync protocol {version}, newer than this server "
                      f"(versions {served[0]}-{served[-1]}): update the server")
        else:
            detail = (f"this kiosk speaks sync protocol {text[:8]!r}, which this server does not serve "
                      f"(versions {served[0]}-{served[-1]}): update the kiosk")
        raise ProtocolRefused(wire.ProtocolMismatch(detail=detail, kiosk_protocol=version, server_protocols=served))

    def device(authorization: Annotated[str | None, Header()] = None) -> Device:
        scheme, _, token = (authorization or "").partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise HTTPException(401, "a device token is needed (Authorization: Bearer TOKEN)",
                                headers={"WWW-Authenticate": "Bearer"})
        if not TOKEN_SHAPE.fullmatch(token):
            raise HTTPException(403, "that is not a device token")
        return store.device_for_token(token)

    @app.get("/api/v1/health")
    def health() -> dict[str, object]:
        return {"status": "ok", "server_id": store.server_id, "server_time": datetime.now(UTC).isoformat(),
                "protocols": served, "max_body_bytes": max_body_bytes}

    @app.post("/api/v1/enroll", responses={401: {"description": "wrong or expired code"},
                                           **_responses(400, 413, 426)})
    def enroll(request: wire.EnrollRequest, version: Annotated[int, Depends(protocol)]) -> wire.EnrollResponse:
        response = store.enroll(request)
        return response.model_copy(update={"protocol": version, "max_body_bytes": max_body_bytes})

    @app.post("/api/v1/events", responses=_responses(400, 401, 403, 413, 426))
    def push(request: wire.PushRequest, version: Annotated[int, Depends(protocol)],
             who: Annotated[Device, Depends(device)], after: BackgroundTasks) -> wire.PushResponse:
        health = wire.read_health(request.health) if version >= 2 else None
        results = store.ingest(who, request.events, request.pending, health)
        try:  # the door's guests, for a host or the member visited to approve (never fails the push)
            guest_passes.record(who.device_id, request.events, results)
        except Exception:
            log.exception("could not keep the guests' day passes of a push")
        if any(r.status == "accepted" for r in results):  # after the answer is sent: never in the door's way
            after.add_task(observe_for_webhooks, store, webhooks)
        arrived = arrivals_in(request.events, results)
        if arrived:
            after.add_task(tell_members, arrivals, arrived, mailer)
        return wire.PushResponse(results=results, server_time=datetime.now(UTC), protocol=version)

    @app.post("/api/v1/roster-requests", responses=_responses(400, 401, 403, 413, 426))
    def roster_requests(request: wire.RosterRequestsPush, version: Annotated[int, Depends(protocol)],
                        who: Annotated[Device, Depends(device)]) -> wire.RosterRequestsResponse:
        results = requests.apply(who.device_id, request.requests)
        return wire.RosterRequestsResponse(results=results if version >= 2 else for_protocol_1(results),
                                           protocol=version)

    @app.post("/api/v1/short-code-key", responses={**_responses(400, 401, 403, 413, 426),
                                                   409: {"description": "another key was given before"}})
    def short_code_key(request: wire.ShortCodeKey, version: Annotated[int, Depends(protocol)],
                       who: Annotated[Device, Depends(device)]) -> dict[str, str]:
        """Protocol 2: the kiosk's key for short codes, given once; the roster then carries
        HMAC(key, short code) for this kiosk instead of short codes."""
        return {"status": store.set_short_code_key(who.device_id, request.key)}

    @app.get("/api/v1/roster", responses=_responses(401, 403, 426))
    def pull(version: Annotated[int, Depends(protocol)], who: Annotated[Device, Depends(device)],
             cursor: Annotated[str | None, Query(max_length=80)] = None,
             limit: Annotated[int, Query(ge=1, le=2000)] = 500) -> wire.PullResponse:
        page = store.pull(cursor, limit, who.device_id, who.own_visits_as(version), social=version >= 2)
        if not page.more:
            store.heard_from(who.device_id)
            if version >= 2:  # optional: older kiosks ignore them, and the roster checksum does not cover them
                page = page.model_copy(update={"partners": partners.spaces_for_kiosks(datetime.now(store.tz).date()),
                                               "guest_approvals": guest_passes.for_kiosk(who.device_id) or None})
        return page.model_copy(update={"protocol": version, "device_id": who.device_id if version >= 2 else None})

    # One copy a day for the kiosks' retention period (their retention_days; never longer).
    keep_days = int(os.environ.get("KIOSK_SERVER_KIOSK_BACKUP_DAYS", "") or KEEP_DAYS)
    backups = (KioskBackups(store.keys_dir.parent / "kiosk-backups", keep_days=max(1, min(keep_days, 3650)),
                            max_bytes=max_backup_bytes or KioskBackups.max_bytes_default())
               if store.keys_dir is not None else None)

    def kiosk_backups() -> KioskBackups:
        if backups is None:
            raise HTTPException(503, "this server keeps no kiosk backups (it has no data dir)")
        return backups

    upload_path = Path(pattern=UPLOAD_ID.pattern, description="32 hex digits, chosen by the kiosk")
    backup_answers: dict[int | str, dict[str, Any]] = {
        **_responses(400, 401, 403, 413), 404: {"description": "no such upload, or no copy of that kiosk"},
        409: {"description": "a piece at another offset than the size the server has (`have`), or a "
                             "finished upload whose length or SHA-256 does not match (it is dropped)"}}

    @app.put("/api/v1/backups/{upload_id}", responses=backup_answers)
    async def backup_piece(upload_id: Annotated[str, upload_path], request: Request,
                           who: Annotated[Device, Depends(device)],
                           offset: Annotated[int, Query(ge=0, le=2**40)]) -> dict[str, int]:
        """A piece of a kiosk's sealed backup (raw bytes, each under the body cap), at `offset`."""
        data = await request.body()  # the body cap holds here too: pieces, never one big body
        size = await anyio.to_thread.run_sync(kiosk_backups().append, who.device_id, upload_id, offset, data)
        return {"bytes": size}

    @app.post("/api/v1/backups/{upload_id}/done", responses=backup_answers)
    def backup_done(upload_id: Annotated[str, upload_path], request: wire.BackupDone,
                    who: Annotated[Device, Depends(device)]) -> dict[str, object]:
        try:
            return kiosk_backups().finish(who.device_id, upload_id, request.bytes, request.sha256)
        except LookupError as exc:
            raise HTTPException(404, str(exc)) from None

    @app.get("/api/v1/backups/newest", response_class=FileResponse, responses={
        **_responses(401, 403), 404: {"description": "the server holds no copy of that kiosk"},
        200: {"content": {"application/octet-stream": {}}, "description": "the sealed copy"}})
    def backup_newest(who: Annotated[Device, Depends(device)],
                      kiosk: Annotated[str | None, Query(pattern=DEVICE_ID.pattern)] = None) -> FileResponse:
        """The newest sealed backup of this kiosk, or of another kiosk of this server (a kiosk
        that replaces a broken one): sealed, so only the holder of the backup key can open it."""
        try:
            path = kiosk_backups().newest(kiosk or who.device_id)
        except LookupError as exc:
            raise HTTPException(404, str(exc)) from None
        return FileResponse(path, media_type="application/octet-stream", filename=path.name)

    @app.get("/api/v1/backups", responses={**_responses(401, 403)})
    def backup_list(who: Annotated[Device, Depends(device)],
                    kiosk: Annotated[str | None, Query(pattern=DEVICE_ID.pattern)] = None) -> dict[str, object]:
        """The sealed copies the server holds of this kiosk (or of another kiosk of this server),
        newest first: one a day, for the retention period. A kiosk restoring tries them in turn."""
        return {"copies": [{"name": p.name, "bytes": p.stat().st_size}
                           for p in reversed(kiosk_backups().list(kiosk or who.device_id))]}

    @app.get("/api/v1/backups/copies/{name}", response_class=FileResponse, responses={
        **_responses(401, 403), 404: {"description": "no such copy"},
        200: {"content": {"application/octet-stream": {}}, "description": "the sealed copy"}})
    def backup_copy(name: Annotated[str, Path(pattern=COPY_NAME.pattern)], who: Annotated[Device, Depends(device)],
                    kiosk: Annotated[str | None, Query(pattern=DEVICE_ID.pattern)] = None) -> FileResponse:
        try:
            path = kiosk_backups().copy(kiosk or who.device_id, name)
        except LookupError as exc:
            raise HTTPException(404, str(exc)) from None
        return FileResponse(path, media_type="application/octet-stream", filename=path.name)

    # No presence (names) for device tokens: a kiosk may push its own events, pull the roster it
    # needs (today's visits come with it, by id) and propose changes; names across doors are for
    # hosts, on the host pages.

    from .hosts import Hosts
    from .web import add_host_pages

    add_partner_routes(app, partners)
    add_host_pages(app, store, Hosts(store.engine), web_settings)
    return app
