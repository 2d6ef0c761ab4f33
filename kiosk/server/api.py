"""The server's HTTP API (FastAPI). Thin routes: each hands its parsed request to ServerStore.

No `from __future__ import annotations` here: FastAPI must see the real annotations of the
routes, whose dependencies are local functions."""


import contextlib
import logging
import os
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Annotated

import anyio
from fastapi import BackgroundTasks, Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import JSONResponse

from kiosk.sync import wire

from .errors import KeyConflict
from .requests import RosterRequests, for_protocol_1
from .social import Social
from .store import ServerError, ServerStore, Unauthorized
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


def observe_for_webhooks(store: ServerStore, webhooks: Webhooks) -> None:
    try:
        webhooks.observe(store.presence(), Social(store.engine, store.tz).space().name)
    except Exception:  # the events are stored; a missed message is logged, never a failed push
        log.exception("could not queue webhook messages")


def create_app(store: ServerStore) -> FastAPI:
    requests = RosterRequests(store)
    webhooks = Webhooks(store.engine, float(os.environ.get("KIOSK_SERVER_WEBHOOK_RETRY_SECONDS", "30") or 30))

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(deliver_webhooks, webhooks)
            yield
            tasks.cancel_scope.cancel()

    app = FastAPI(title="Door kiosk server", version="1", summary="Roster down, events up (sync protocol v1)",
                  lifespan=lifespan)

    @app.exception_handler(Unauthorized)
    async def _unauthorized(_: Request, exc: Unauthorized) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=401)

    @app.exception_handler(KeyConflict)
    async def _conflict(_: Request, exc: KeyConflict) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=409)

    @app.exception_handler(ServerError)
    async def _bad_request(_: Request, exc: ServerError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=400)

    def device(authorization: Annotated[str | None, Header()] = None) -> str:
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise HTTPException(401, "a device token is needed (Authorization: Bearer TOKEN)")
        return store.kiosk_for_token(token.strip())

    def protocol(kiosk_protocol: Annotated[str | None, Header(alias="Kiosk-Protocol")] = None) -> int:
        """The kiosk's protocol version (1 when it does not say). The version negotiation of
        protocol 2 replaces this; roster requests only need the number."""
        return 2 if (kiosk_protocol or "").strip() == "2" else 1

    @app.get("/api/v1/health")
    def health() -> dict[str, str]:
        return {"status": "ok", "server_id": store.server_id, "server_time": datetime.now(UTC).isoformat()}

    @app.post("/api/v1/enroll", responses={401: {"description": "wrong or expired code"}})
    def enroll(request: wire.EnrollRequest) -> wire.EnrollResponse:
        return store.enroll(request)

    @app.post("/api/v1/events", responses={401: {"description": "unknown or revoked token"}})
    def push(request: wire.PushRequest, device_id: Annotated[str, Depends(device)],
             after: BackgroundTasks) -> wire.PushResponse:
        results = store.ingest(device_id, request.events, request.pending)
        if any(r.status == "accepted" for r in results):  # after the answer is sent: never in the door's way
            after.add_task(observe_for_webhooks, store, webhooks)
        return wire.PushResponse(results=results, server_time=datetime.now(UTC))

    @app.post("/api/v1/roster-requests", responses={401: {"description": "unknown or revoked token"}})
    def roster_requests(request: wire.RosterRequestsPush, device_id: Annotated[str, Depends(device)],
                        version: Annotated[int, Depends(protocol)]) -> wire.RosterRequestsResponse:
        results = requests.apply(device_id, request.requests)
        return wire.RosterRequestsResponse(results=results if version >= 2 else for_protocol_1(results))

    @app.post("/api/v1/short-code-key", responses={401: {"description": "unknown or revoked token"},
                                                   409: {"description": "another key was given before"}})
    def short_code_key(request: wire.ShortCodeKey, device_id: Annotated[str, Depends(device)]) -> dict[str, str]:
        """Protocol 2: the kiosk's key for short codes, given once; the roster then carries
        HMAC(key, short code) for this kiosk instead of short codes."""
        return {"status": store.set_short_code_key(device_id, request.key)}

    @app.get("/api/v1/roster", responses={401: {"description": "unknown or revoked token"}})
    def pull(device_id: Annotated[str, Depends(device)], version: Annotated[int, Depends(protocol)],
             cursor: Annotated[str | None, Query(max_length=80)] = None,
             limit: Annotated[int, Query(ge=1, le=2000)] = 500) -> wire.PullResponse:
        return store.pull(cursor, limit, device_id, social=version >= 2)

    # No presence (names) for device tokens: a kiosk may push its own events, pull the roster it
    # needs (today's visits come with it, by id) and propose changes; names across doors are for
    # hosts, on the host pages.

    from .hosts import Hosts
    from .web import add_host_pages

    add_host_pages(app, store, Hosts(store.engine))
    return app
