"""The routes partner servers call (issue 22). Every call but `identity` is signed by the
caller's long-term key (kiosk.protocol.partners.verify_request); the partnership is found by
that key, never by anything the body says."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, TypeVar

from fastapi import FastAPI, HTTPException, Request
from pydantic import BaseModel, ValidationError
from starlette.concurrency import run_in_threadpool

from kiosk.protocol import partners as wire_p

from .partners import Partnerships

M = TypeVar("M", bound=BaseModel)


async def _signed(request: Request) -> tuple[str, bytes]:
    body = await request.body()
    headers = {h: request.headers.get(h) for h in (wire_p.KEY_HEADER, wire_p.TIME_HEADER, wire_p.SIGNATURE_HEADER)}
    try:
        caller = wire_p.verify_request(headers, request.method, request.url.path, body, datetime.now(UTC))
    except wire_p.BadDocument as exc:
        raise HTTPException(401, exc.code) from None
    return caller, body


def _parse(model: type[M], body: bytes) -> M:
    try:
        return model.model_validate_json(body)
    except ValidationError:
        raise HTTPException(422, "not a valid body") from None


SIGNED: dict[int | str, dict[str, Any]] = {
    400: {"description": "no such partnership with the caller, or a document that does not verify"},
    401: {"description": "not signed by the caller's long-term key, or signed too long ago"},
    413: {"description": "the request body is larger than the server takes"},
    422: {"description": "not a valid body"},
}


def add_partner_routes(app: FastAPI, partners: Partnerships) -> None:
    @app.get("/api/v1/partners/identity")
    def identity(request: Request) -> wire_p.Space:
        """Who this server is (its long-term key): what a host compares by fingerprint."""
        return partners.identity(partners.own_url or str(request.base_url).rstrip("/"))

    @app.post("/api/v1/partners/offers", responses=SIGNED)
    async def offer(request: Request) -> dict[str, str]:
        caller, body = await _signed(request)
        signed = _parse(wire_p.SignedAgreement, body)
        return {"id": await run_in_threadpool(partners.receive_offer, signed, caller), "status": "received"}

    @app.post("/api/v1/partners/accepted", responses=SIGNED)
    async def accepted(request: Request) -> dict[str, str]:
        caller, body = await _signed(request)
        signed = _parse(wire_p.SignedAgreement, body)
        return {"id": await run_in_threadpool(partners.take_acceptance, signed, caller), "status": "active"}

    @app.get("/api/v1/partners/feed", responses=SIGNED)
    async def feed(request: Request) -> wire_p.PartnerFeeds:
        caller, _ = await _signed(request)
        return await run_in_threadpool(partners.feeds_for, caller)

    @app.post("/api/v1/partners/visits", responses=SIGNED)
    async def visits(request: Request) -> dict[str, int]:
        caller, body = await _signed(request)
        report = _parse(wire_p.VisitReport, body)
        return {"new": await run_in_threadpool(partners.take_report, report, caller)}
