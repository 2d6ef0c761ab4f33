"""Demo members for a brand-new kiosk, so that the bundled demo feed is welcomed at once.

Their cards are signed with the demo key bundled in assets/demo. That key is trusted only while
demo data exists: `kiosk demo remove` deletes the demo members and stops trusting the key.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from kiosk.core.members import NewMember
from kiosk.domain.members import PlanKind

DEMO_MEMBERS: list[NewMember] = [
    NewMember(member_id="de00000000000001", name="Mette Demo", plan=PlanKind.MONTHLY, demo=True),
    NewMember(member_id="de00000000000002", name="Lars Demo", plan=PlanKind.CLIPCARD, clips=10,
              demo=True),
    NewMember(member_id="de00000000000003", name="Sofie Demo", plan=PlanKind.MONTHLY,
              valid_until=date(2024, 12, 31), demo=True),
]


def demo_members(today: date) -> list[NewMember]:
    """The demo roster; the expired member's plan ended a month before today."""
    return [replace(m, valid_until=today - timedelta(days=30)) if m.valid_until else m
            for m in DEMO_MEMBERS]
