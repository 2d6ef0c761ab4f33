"""The OpenAPI description is the real API: schemathesis generates requests from it and checks
every answer against it (no server errors, documented status codes, response schemas).

Driven through Hypothesis directly: schemathesis' pytest plugin does not run under pytest 9 here
(it reads a private attribute pytest no longer has)."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from kiosk.server.api import create_app
from kiosk.server.runner import build_store
from kiosk.sync import wire


@pytest.fixture
def app_and_token(tmp_path):
    store = build_store(tmp_path / "server")
    store.add_members([{"name": "Mette"}])
    code = store.add_kiosk("door-1")
    token = store.enroll(wire.EnrollRequest(code=code, device_id="0" * 36)).token
    yield create_app(store), token
    store.engine.dispose()


def test_api_conforms_to_its_openapi_description(app_and_token):
    app, token = app_and_token
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/api/v1/enroll", "/api/v1/events", "/api/v1/roster"}
    for operation in operations:

        @settings(max_examples=40, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def check(case):
            case.call_and_validate(headers={"Authorization": f"Bearer {token}"})

        check()
