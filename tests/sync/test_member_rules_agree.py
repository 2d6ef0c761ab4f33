"""One rule for a new member (core.members.member_of): whatever a host types, the kiosk's
MemberAdmin and the server's add_members take it or refuse it alike, with the same message, and
keep the same normalised fields. Both real: a kiosk database and a server database."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.core.errors import InvalidInput
from kiosk.core.members import NewMember, parse_plan
from kiosk.domain.members import MAX_CLIPS, NAME_MAX
from kiosk.server.errors import ServerError
from kiosk.server.runner import build_store
from tests.conftest import build_kiosk, examples

fields = st.fixed_dictionaries({
    "name": st.one_of(st.text(st.sampled_from(" \tAaøØé-'."), max_size=NAME_MAX + 3),
                      st.sampled_from(["Mette Jensen", "  Lars  ", "", "   ", "x" * NAME_MAX, "x" * (NAME_MAX + 1)])),
    "email": st.sampled_from(["", " m@x.dk ", "@x.dk", "m@", "no-at-sign", "a" * 250 + "@x.dk", "  "]),
    "plan": st.sampled_from(["monthly", "clipcard", "daypass", "Clipcard"]),
    "clips": st.one_of(st.integers(-2, 3), st.integers(MAX_CLIPS - 1, MAX_CLIPS + 1)),
    "valid_until": st.one_of(st.none(), st.dates(date(2020, 1, 1), date(2040, 1, 1))),
})


def test_kiosk_and_server_take_and_refuse_new_members_alike(tmp_path, clock):
    kiosk = build_kiosk(tmp_path / "kiosk", clock=clock)
    server = build_store(tmp_path / "server")

    @settings(max_examples=examples(120), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(fields)
    def alike(f):  # type: ignore[no-untyped-def]
        at_kiosk: object
        at_server: object
        try:  # as `kiosk members add` and the host view hand it over
            m = kiosk.members.add(NewMember(name=f["name"], email=f["email"], plan=parse_plan(f["plan"]),
                                            clips=f["clips"], valid_until=f["valid_until"])).member
            at_kiosk = (m.name, m.email, m.plan.kind.value, m.plan.clips_total, m.plan.valid_until)
        except InvalidInput as exc:
            at_kiosk = str(exc)
        try:  # as `kiosk server members add`, the host pages and a kiosk's roster request hand it over
            (issued,) = server.add_members([dict(f)])
            s = issued.member
            at_server = (s.name, s.email, s.plan_kind, s.clips_total, s.valid_until)
        except ServerError as exc:
            at_server = str(exc)
        assert at_kiosk == at_server

    try:
        alike()
    finally:
        kiosk.close()
        server.engine.dispose()


@pytest.mark.parametrize(("plan", "clips", "message"), [
    ("weekly", 0, "plan 'weekly' is not one of monthly, clipcard, daypass"),
    ("clipcard", "ten", "clips 'ten' is not a whole number"),
])
def test_the_server_says_what_the_kiosks_csv_import_says(tmp_path, plan, clips, message):
    server = build_store(tmp_path / "server")
    try:
        with pytest.raises(ServerError) as refused:
            server.add_members([{"name": "Mette", "plan": plan, "clips": clips}])
        assert str(refused.value) == message
    finally:
        server.engine.dispose()
    kiosk = build_kiosk(tmp_path / "kiosk")
    try:
        with pytest.raises(InvalidInput) as at_kiosk:
            kiosk.members.import_csv(f"name,plan,clips\nMette,{plan},{clips}\n".encode())
        assert str(at_kiosk.value) == f"line 2: {message}"
    finally:
        kiosk.close()
