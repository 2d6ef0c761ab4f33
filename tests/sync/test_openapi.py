"""The OpenAPI description is the real API: schemathesis generates requests from it and checks
every answer against it (no server errors, documented status codes, response schemas), on SQLite
and on PostgreSQL, with a good device token, with none, and with bad and odd ones.

Driven through Hypothesis directly: schemathesis' pytest plugin does not run under pytest 9 here
(it reads a private attribute pytest no longer has)."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.config import SchemathesisConfig
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import negative_data_rejection

from kiosk.protocol import wire
from kiosk.server.api import create_app
from tests.conftest import examples as fewer
from tests.sync.conftest import build_server_store

# Push and roster-request batches validate each item on their own: a batch with a bad item is
# answered 200 with that item refused, by design, so "invalid data must get a 4xx" does not hold.
PER_ITEM = {"/api/v1/events", "/api/v1/roster-requests"}
AUTHENTICATED = {"/api/v1/events", "/api/v1/roster-requests", "/api/v1/roster", "/api/v1/presence"}


@pytest.fixture
def app_and_token(tmp_path, db_url, monkeypatch):
    monkeypatch.setenv("KIOSK_SERVER_ALLOWED_HOSTS", "testserver")  # the in-process client's Host
    store = build_server_store(tmp_path / "server", db_url)
    store.add_members([{"name": "Mette"}])
    code = store.add_kiosk("door-1")
    token = store.enroll(wire.EnrollRequest(code=code, device_id="0" * 36)).token
    yield create_app(store), token
    store.engine.dispose()


# Besides the usual refusals of invalid data: 426, a protocol version this server does not serve.
CONFIG = SchemathesisConfig.from_dict({"checks": {"negative_data_rejection": {
    "expected-statuses": [400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 426, 428, 429]}}})


def _operations(app):
    schema = schemathesis.openapi.from_asgi("/openapi.json", app, config=CONFIG)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/api/v1/enroll", "/api/v1/events", "/api/v1/roster",
                                              "/api/v1/roster-requests", "/api/v1/health"}
    return operations


def _validate(operation, mode, examples, headers, excluded):
    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy(generation_mode=mode))
    def check(case):
        case.call_and_validate(headers=headers, excluded_checks=excluded)

    try:
        check()
    except Unsatisfiable:
        # Nothing in this operation can be made invalid (no parameters, no body): nothing to test.
        assert mode is GenerationMode.NEGATIVE, operation.path


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_api_conforms_to_its_openapi_description(app_and_token):
    app, token = app_and_token
    for operation in _operations(app):
        excluded = [negative_data_rejection] if operation.path in PER_ITEM else []
        for mode, examples in ((GenerationMode.POSITIVE, fewer(30)), (GenerationMode.NEGATIVE, fewer(20))):
            _validate(operation, mode, examples, {"Authorization": f"Bearer {token}"}, excluded)


@pytest.mark.parametrize("authorization", [
    None,  # no token at all
    "Bearer " + "A" * 43,  # well-formed, unknown
    "Bearer tøken-ß-Ünïcode-wrong-0123456789abcdef",  # not ASCII
    "Bearer " + "x" * 300,  # far too long
    "Basic dXNlcjpwYXNz",  # another scheme
    "Bearer",  # a scheme and nothing
])
@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_api_with_missing_bad_and_odd_tokens_refuses_and_never_fails(app_and_token, authorization):
    app, _ = app_and_token
    headers = {"Authorization": authorization} if authorization else {}
    for operation in _operations(app):
        if operation.path in AUTHENTICATED:
            _refused(operation, headers, drop_token=authorization is None)


def _refused(operation, headers, drop_token):
    @settings(max_examples=fewer(8), deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy())
    def check(case):
        if drop_token:
            case.headers = {k: v for k, v in (case.headers or {}).items() if k.lower() != "authorization"}
        response = case.call(headers=headers)
        assert response.status_code in (401, 403), (operation.path, response.status_code, response.text[:200])
        assert len(response.content) < 1000  # a short reason, nothing of the request echoed

    check()
