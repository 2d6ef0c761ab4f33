from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kiosk.domain.checkin import Notice, notices_for
from kiosk.domain.guests import (
    DEFAULT_VISITOR_TYPES,
    GUEST_NAME_MAX,
    GuestForm,
    InvalidGuest,
    clean_email,
    clean_text,
    dump_visitor_types,
    fold_query,
    format_price,
    name_matches,
    parse_visitor_types,
    validate_guest,
)
from kiosk.domain.members import Plan, PlanKind
from kiosk.domain.settings import InvalidSetting, SpaceSettings
from kiosk.domain.stats import VisitSpan, busyness
from kiosk.domain.visits import SpaceRules

POLICIES = {"house_rules": 1, "privacy": 2}


@pytest.mark.parametrize("name", ["Søren Ærø Østergård", "José Müller-Lüdenscheidt", "Zoë 🚲 Bike",
                                  "👩‍💻", "محمد عبد الله", "שרה כהן", "李小龍", "O'Brien"])
def test_any_unicode_name_is_kept_as_typed(name: str) -> None:
    assert clean_text(name, GUEST_NAME_MAX, "name", required=True) == name


def test_names_are_normalised_and_trimmed() -> None:
    assert clean_text("  Se\u0301bastien   Dupont ", 80, "name") == "Sébastien Dupont"


def test_too_long_empty_and_unprintable_input_is_refused_with_the_field_named() -> None:
    with pytest.raises(InvalidGuest) as err:
        clean_text("x" * 500, GUEST_NAME_MAX, "name")
    assert err.value.field == "name" and "80" in str(err.value)
    with pytest.raises(InvalidGuest, match="empty"):
        clean_text("   ", GUEST_NAME_MAX, "name", required=True)
    with pytest.raises(InvalidGuest, match="cannot be shown"):
        clean_text("Bobby\x00Tables", GUEST_NAME_MAX, "name")
    with pytest.raises(InvalidGuest, match="cannot be shown"):
        clean_text("evil\u202egnp.exe", GUEST_NAME_MAX, "name")  # a right-to-left override trick


def test_email_is_optional_but_must_look_like_one() -> None:
    assert clean_email("") == ""
    assert clean_email(" anne@example.dk ") == "anne@example.dk"
    for bad in ("anne", "anne@", "@x.dk", "a b@c.dk", "anne@example"):
        with pytest.raises(InvalidGuest):
            clean_email(bad)


def form(**kw: object) -> GuestForm:
    base: dict[str, object] = dict(name="Anne", visitor_type="daypass", payment_method="mobilepay",
                                   consents=dict(POLICIES))
    base.update(kw)
    return GuestForm(**base)  # type: ignore[arg-type]


def test_a_paid_visit_needs_a_payment_method_and_a_free_one_drops_it() -> None:
    with pytest.raises(InvalidGuest) as err:
        validate_guest(form(payment_method=None), DEFAULT_VISITOR_TYPES, POLICIES)
    assert err.value.field == "payment"
    clean = validate_guest(form(visitor_type="event", payment_method="host"), DEFAULT_VISITOR_TYPES, POLICIES)
    assert clean.payment_method is None


def test_a_guest_of_a_member_names_the_member() -> None:
    with pytest.raises(InvalidGuest) as err:
        validate_guest(form(visitor_type="guest"), DEFAULT_VISITOR_TYPES, POLICIES)
    assert err.value.field == "host"
    ok = validate_guest(form(visitor_type="guest", host_member_id="ab" * 8), DEFAULT_VISITOR_TYPES, POLICIES)
    assert ok.host_member_id == "ab" * 8


def test_every_current_text_version_must_be_accepted() -> None:
    with pytest.raises(InvalidGuest) as err:
        validate_guest(form(consents={"house_rules": 1, "privacy": 1}), DEFAULT_VISITOR_TYPES, POLICIES)
    assert err.value.field == "privacy"


def test_visitor_types_round_trip_and_bad_json_is_explained() -> None:
    assert parse_visitor_types(dump_visitor_types(DEFAULT_VISITOR_TYPES)) == DEFAULT_VISITOR_TYPES
    assert parse_visitor_types("") == DEFAULT_VISITOR_TYPES
    for bad, words in (("[", "not valid JSON"), ("{}", "non-empty JSON list"),
                       ('[{"key": "Day Pass", "names": {"da": "x"}}]', "key must be"),
                       ('[{"key": "a", "names": {"da": "x"}, "price_ore": -1}]', "price_ore"),
                       ('[{"key": "a", "names": {"da": "x"}}, {"key": "a", "names": {"da": "y"}}]', "different")):
        with pytest.raises(ValueError, match=words):
            parse_visitor_types(bad)
    with pytest.raises(InvalidSetting, match="price_ore"):
        SpaceSettings(visitor_types='[{"key": "a", "names": {"da": "x"}, "price_ore": "ten"}]').validate()


def test_settings_languages_and_retention_are_checked() -> None:
    assert SpaceSettings().offered_languages() == ["da", "en", "de"]
    with pytest.raises(InvalidSetting):
        SpaceSettings(languages="da,fr").validate()
    with pytest.raises(InvalidSetting):
        SpaceSettings(languages="en", language="da").validate()
    with pytest.raises(InvalidSetting):
        SpaceSettings(retention_days=0).validate()
    with pytest.raises(InvalidSetting):
        SpaceSettings(opening_hours="mon-sun 23:00-07:00").validate()


def test_prices_read_the_danish_way() -> None:
    assert format_price(15000) == "150,00 kr."
    assert format_price(123456) == "1.234,56 kr."
    assert format_price(123456, currency="") == "1.234,56"


def test_amounts_typed_in_any_usual_way() -> None:
    from kiosk.domain.guests import parse_kroner

    for typed, ore in (("450", 45000), ("450,50", 45050), (" 1.234,56 ", 123456), ("450.50", 45050),
                       ("", 0), ("1 234,00", 123400)):
        assert parse_kroner(typed) == ore, typed
    assert parse_kroner(format_price(123456, currency="")) == 123456
    for bad in ("lots", "-5", "nan", "inf", "4,5,6"):
        with pytest.raises(ValueError, match="not a number"):
            parse_kroner(bad)


def matches(name: str, query: str) -> bool:
    return name_matches(name, fold_query(query))


def test_member_search_needs_word_starts_and_ignores_case_and_accents() -> None:
    assert matches("Mette Østergård", "ost") is False  # ø is its own letter in Danish
    assert matches("Mette Østergård", "øst")
    assert matches("José Ruiz", "jose")
    assert matches("Mette Jensen", "met jen")
    assert not matches("Mette Jensen", "ette")


def test_welcome_notices() -> None:
    today = date(2026, 3, 2)
    clip = Plan(PlanKind.CLIPCARD, clips_total=10)
    assert notices_for(clip, 3, today) == ()
    assert notices_for(clip, 2, today) == (Notice.LOW_CLIPS,)
    assert notices_for(clip, 0, today) == (Notice.LOW_CLIPS,)
    monthly = Plan(PlanKind.MONTHLY, valid_until=today + timedelta(days=6))
    assert notices_for(monthly, None, today) == (Notice.PLAN_ENDS_SOON,)
    assert notices_for(Plan(PlanKind.MONTHLY, valid_until=today + timedelta(days=7)), None, today) == ()
    assert notices_for(Plan(PlanKind.MONTHLY), None, today) == ()
    day = Plan(PlanKind.DAYPASS, valid_from=today, valid_until=today)
    assert notices_for(day, None, today) == (Notice.DAYPASS_TONIGHT,)


def test_busyness_counts_members_and_guests_and_hours_present() -> None:
    tz = ZoneInfo("Europe/Copenhagen")
    d1, d2 = date(2026, 3, 2), date(2026, 3, 3)  # Monday, Tuesday

    def at(day: date, hh: int, mm: int = 0) -> datetime:
        return datetime(day.year, day.month, day.day, hh, mm, tzinfo=tz).astimezone(UTC)

    spans = [VisitSpan(d1, at(d1, 9), at(d1, 11), False),  # two hours: 9 and 10
             VisitSpan(d1, at(d1, 9, 30), at(d1, 10), True),  # half an hour in the 9 o'clock hour
             VisitSpan(d2, at(d2, 14), None, False),  # still in at "now" (15:00)
             VisitSpan(date(2026, 3, 9), at(date(2026, 3, 9), 9), None, False)]  # outside the period
    rules = SpaceRules(tz=tz)  # closing at 22:00
    b = busyness(spans, d1, d2, rules, now=at(d2, 15))
    assert (b.start, b.end) == (d1, d2)
    assert b.per_day == [(d1, 1, 1), (d2, 1, 0)]
    assert (b.members, b.guests, b.total) == (2, 1, 3)
    assert b.by_hour[9] == 0.75  # (1 + 0.5) person-hours over two open days
    assert b.by_hour[10] == 0.5 and b.by_hour[14] == 0.5 and b.by_hour[15] == 0
    assert b.by_weekday[0] == 2 and b.by_weekday[1] == 1 and b.by_weekday[2] == 0
    with pytest.raises(ValueError):
        busyness(spans, d2, d1, rules, now=at(d2, 15))
    # A stay past midnight counts to 24:00 of its day; seconds count too.
    late = VisitSpan(d1, at(d1, 23, 30), at(d2, 1, 0), False)
    assert busyness([late], d1, d1, rules, now=at(d2, 15)).by_hour[23] == 0.5
    # A visit forgotten open on an earlier day counts until closing time, as the door closes it.
    forgotten = VisitSpan(d1, at(d1, 21), None, True)
    b = busyness([forgotten], d1, d1, rules, now=at(d2, 15))
    assert b.by_hour[21] == 1.0 and b.by_hour[22] == 0 and b.by_hour[23] == 0


def test_the_clip_mark_on_a_check_in_reason() -> None:
    from kiosk.domain.events import clip_reason, spent_clip

    assert clip_reason(None, True) == "clip" and spent_clip("clip")
    assert clip_reason("no_card", True) == "clip no_card" and spent_clip("clip no_card")
    assert clip_reason("no_card", False) == "no_card" and not spent_clip("no_card")
    assert not spent_clip(None) and not spent_clip("clipboard")


@pytest.mark.parametrize("lang,text", [("da", "1.150,00 kr."), ("de", "1.150,00 DKK"), ("en", "DKK 1,150.00")])
def test_prices_are_written_the_way_each_language_reads_them(lang: str, text: str) -> None:
    from kiosk.domain.guests import money_text

    assert money_text(115000, lang) == text
