"""One source of truth for a clip card's balance: the door's answer, the host view, `members
list`, the members CSV and the server say the same clips left after every kind of visit."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk import app
from kiosk.core.members import NewMember
from kiosk.domain.members import Plan, PlanKind, clips_left
from tests.conftest import build_kiosk, kiosk_command
from tests.sync.conftest import RunningServer


def cli(data_dir: Path, *args: str) -> str:
    done = kiosk_command(*args, env={"KIOSK_DATA_DIR": str(data_dir)})
    assert done.returncode == 0, done.stderr
    return done.stdout


def everywhere(kiosk: app.Kiosk, member_id: str) -> dict[str, object]:
    """Clips left for one member as each place that shows it says it."""
    data_dir = kiosk.data_dir
    listed = {m["id"]: m for m in json.loads(cli(data_dir, "members", "list", "--json"))}
    text = next(line for line in cli(data_dir, "members", "list").splitlines() if line.startswith(member_id))
    out = data_dir / "members.csv"
    cli(data_dir, "export", "members", "--out", str(out))
    rows = {r["member_id"]: r for r in csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")))}
    member = next(m for m in kiosk.members.roster() if m.id == member_id)
    return {"admin": kiosk.members.clips_left([member])[member_id],
            "json": listed[member_id]["clips_left"],
            "text": text.split("clips left")[0].split()[-3],  # "<left> of <total> clips left"
            "csv": int(rows[member_id]["clips_left"])}


def test_own_door_and_by_hand_agree_everywhere(kiosk, clock):
    [lars, mette] = kiosk.members.add_many([
        NewMember(name="Lars Demo", plan=PlanKind.CLIPCARD, clips=10),
        NewMember(name="Mette Klip", plan=PlanKind.CLIPCARD, clips=2)])
    door = kiosk.checkin.check_in_code(lars.code)
    assert door.clips_left == 9
    assert everywhere(kiosk, lars.member.id) == {"admin": 9, "json": 9, "text": "9", "csv": 9}
    by_hand = kiosk.checkin.host_check_in(mette.member.id, "no_card")
    assert by_hand.clips_left == 1
    assert everywhere(kiosk, mette.member.id) == {"admin": 1, "json": 1, "text": "1", "csv": 1}
    # Out and in again the same day: no second clip, and nobody says otherwise.
    clock.advance(hours=1)
    kiosk.checkin.check_in_code(lars.code)
    clock.advance(hours=1)
    assert kiosk.checkin.check_in_code(lars.code).clips_left == 9
    # The next day costs one more.
    clock.advance(hours=24)
    assert kiosk.checkin.check_in_code(lars.code).clips_left == 8
    assert everywhere(kiosk, lars.member.id)["csv"] == 8


def test_other_door_through_a_real_server(tmp_path, server: RunningServer):
    (lars,) = server.store.add_members([{"name": "Lars Demo", "plan": "clipcard", "clips": 10}])
    front = build_kiosk(tmp_path / "front")
    back = build_kiosk(tmp_path / "back")
    try:
        server.enroll(front, "front")
        server.enroll(back, "back")
        assert front.checkin.check_in_code(lars.code).clips_left == 9
        front.sync.run_once()
        back.sync.run_once()
        assert server.store.clips_left()[lars.member.id] == 9
        for door in (front, back):
            assert everywhere(door, lars.member.id) == {"admin": 9, "json": 9, "text": "9", "csv": 9}
        listed = json.loads(cli(server.data_dir, "server", "members", "list", "--json", "--data-dir",
                                str(server.data_dir),
                                *(["--db", server.db_url] if server.db_url else [])))
        assert [m["clips_left"] for m in listed if m["id"] == lars.member.id] == [9]
    finally:
        front.close()
        back.close()


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 1000), st.integers(0, 2000), st.sampled_from(list(PlanKind)))
def test_the_rule_never_goes_below_nothing_and_only_clip_cards_have_clips(total, used, kind):
    plan = Plan(kind=kind, clips_total=total if kind is PlanKind.CLIPCARD else 0)
    left = clips_left(plan, used)
    if kind is not PlanKind.CLIPCARD:
        assert left is None
    else:
        assert left == max(total - used, 0)
