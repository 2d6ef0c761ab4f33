from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from kiosk.domain.blanking import BlankingRule
from kiosk.domain.hours import every_day
from kiosk.domain.settings import InvalidSetting, SpaceSettings

CPH = ZoneInfo("Europe/Copenhagen")
RULE = BlankingRule(tz=CPH, hours=every_day(time(7, 0), time(22, 0)), idle_minutes=5)


def local(y: int, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=CPH)


@pytest.mark.parametrize(("at", "is_open"), [
    (local(2026, 6, 10, 6, 59), False), (local(2026, 6, 10, 7, 0), True),
    (local(2026, 6, 10, 21, 59), True), (local(2026, 6, 10, 22, 0), False),
    (local(2026, 6, 10, 0, 0), False),
])
def test_opening_hours_at_the_edges(at: datetime, is_open: bool) -> None:
    assert RULE.open_at(at) is is_open
    assert RULE.open_at(at.astimezone(UTC)) is is_open  # the same instant in UTC


def test_never_dark_during_opening_hours_however_long_idle() -> None:
    now = local(2026, 6, 10, 12, 0)
    assert not RULE.dark(now, now - timedelta(hours=30))


def test_dark_after_the_idle_minutes_outside_opening_hours() -> None:
    now = local(2026, 6, 10, 22, 10)
    assert not RULE.dark(now, now - timedelta(minutes=4, seconds=59))
    assert RULE.dark(now, now - timedelta(minutes=5))
    assert RULE.seconds_until_dark(now, now - timedelta(minutes=4)) == 60
    # Idle since before closing: dark as soon as the space closes.
    closing = local(2026, 6, 10, 22, 0)
    assert RULE.dark(closing, local(2026, 6, 10, 21, 0))
    assert not RULE.dark(closing - timedelta(seconds=1), local(2026, 6, 10, 21, 0))


def test_opening_wakes_nothing_but_ends_the_dark_rule() -> None:
    assert not RULE.dark(local(2026, 6, 11, 7, 0), local(2026, 6, 10, 22, 0))
    assert RULE.dark(local(2026, 6, 11, 6, 59), local(2026, 6, 10, 22, 0))


def test_zero_minutes_means_never() -> None:
    never = BlankingRule(CPH, every_day(time(7), time(22)), 0)
    assert not never.dark(local(2026, 6, 10, 3, 0), local(2026, 6, 9, 3, 0))
    assert never.seconds_until_dark(local(2026, 6, 10, 3, 0), local(2026, 6, 9, 3, 0)) is None


def test_spring_forward_opening_is_local_wall_time() -> None:
    # 29 March 2026: clocks go 02:00 CET -> 03:00 CEST. 07:00 CEST is 05:00 UTC (not 06:00).
    assert RULE.open_at(datetime(2026, 3, 29, 5, 0, tzinfo=UTC))
    assert not RULE.open_at(datetime(2026, 3, 29, 4, 59, tzinfo=UTC))
    # A day earlier (CET) 05:00 UTC is 06:00 local: still closed.
    assert not RULE.open_at(datetime(2026, 3, 28, 5, 0, tzinfo=UTC))


def test_idle_time_is_real_time_across_the_autumn_change() -> None:
    # 25 October 2026: 03:00 CEST -> 02:00 CET. Last touch 02:30 CEST (00:30 UTC); now 02:10 CET
    # (01:10 UTC): the wall clock went back 20 minutes, but 40 real minutes passed.
    last = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    now = datetime(2026, 10, 25, 1, 10, tzinfo=UTC)
    assert now.astimezone(CPH).hour == 2 and last.astimezone(CPH).hour == 2
    assert RULE.dark(now, last)
    # And three real minutes across the change are three, not sixty-three.
    assert not RULE.dark(datetime(2026, 10, 25, 1, 1, tzinfo=UTC), datetime(2026, 10, 25, 0, 58, tzinfo=UTC))


def test_the_setting_validates_and_feeds_the_rule() -> None:
    settings = SpaceSettings.from_mapping({"blank_after_minutes": "12", "opening_hours": "mon-fri 08:30-17:00",
                                           "closed_days": "dk-holidays"})
    rule = settings.blanking()
    assert rule.idle_minutes == 12 and rule.tz == CPH
    assert rule.open_at(datetime(2026, 12, 7, 7, 30, tzinfo=UTC))  # Monday 08:30 in Copenhagen
    assert not rule.open_at(datetime(2026, 12, 5, 11, 0, tzinfo=UTC))  # a Saturday
    assert not rule.open_at(datetime(2026, 12, 25, 11, 0, tzinfo=UTC))  # Christmas Day, a holiday
    assert SpaceSettings().blank_after_minutes == 5
    with pytest.raises(InvalidSetting):
        SpaceSettings.from_mapping({"blank_after_minutes": "-1"})
    with pytest.raises(InvalidSetting):
        SpaceSettings.from_mapping({"blank_after_minutes": "241"})


def test_one_idle_minute_darkens_and_past_it_there_is_no_time_left() -> None:
    # Found by mutation testing (tools/mutation.sh): 1 minute is a length, not "never"; the
    # rule's closing time comes from the setting.
    rule = BlankingRule(tz=CPH, hours=every_day(time(7, 0), time(22, 0)), idle_minutes=1)
    night = local(2026, 6, 10, 23, 0)
    assert rule.dark(night, night - timedelta(minutes=1))
    assert rule.seconds_until_dark(night, night - timedelta(minutes=1)) == 0.0
    assert rule.seconds_until_dark(night, night - timedelta(seconds=30)) == 30.0
    settings = SpaceSettings.from_mapping({"opening_hours": "mon-sun 08:30-18:15"})
    assert settings.blanking().hours.span() == (time(8, 30), time(18, 15))
