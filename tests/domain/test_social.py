"""The social door's rules: nobody is named without their own choice; the door can only
withdraw it; guests never; the village sees counts; critical mass is arithmetic over open days."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.problems import Code
from kiosk.domain.social import (
    VISIBILITY_TEXT_VERSION,
    InvalidChoice,
    Person,
    Source,
    SpaceInfo,
    Visibility,
    badge_svg,
    choose,
    clean_tags,
    critical_mass,
    here_now,
    latest,
    space_api,
)

T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
SCHEMA = json.loads((Path(__file__).parents[1] / "data" / "spaceapi" / "v15-subset.schema.json").read_text())


def test_the_door_can_withdraw_but_never_grant():
    with pytest.raises(InvalidChoice):
        choose("m1", True, ["web design"], Source.DOOR, T0)
    shown = choose("m1", True, ["web design"], Source.MEMBER_PAGE, T0)
    hidden = choose("m1", False, [], Source.DOOR, T0 + timedelta(minutes=1), current=shown)
    assert (hidden.visible, hidden.tags, hidden.source) == (False, (), Source.DOOR)


def test_the_newest_choice_holds_and_a_tie_withdraws():
    shown = choose("m1", True, [], Source.MEMBER_PAGE, T0)
    withdrawn = choose("m1", False, [], Source.DOOR, T0 + timedelta(seconds=1))
    assert latest(shown, withdrawn) == withdrawn and latest(withdrawn, shown) == withdrawn
    same_moment = choose("m1", False, [], Source.DOOR, T0)
    assert latest(shown, same_moment) == same_moment and latest(same_moment, shown) == same_moment
    # A withdrawal that reached this door late does not bring back an older "shown".
    assert choose("m1", True, [], Source.MEMBER_PAGE, T0 - timedelta(hours=1), current=withdrawn) == withdrawn


def test_tags_are_three_short_clean_words():
    assert clean_tags(["  web   design ", "Web design", "beekeeping", ""]) == ("web design", "beekeeping")
    with pytest.raises(InvalidChoice):
        clean_tags(["a", "b", "c", "d"])
    with pytest.raises(InvalidChoice):
        clean_tags(["x" * 31])
    with pytest.raises(InvalidChoice):
        clean_tags(["bell\x07"])


def people() -> list[Person]:
    return [Person("anna", "Anna Holm", False), Person("lars", "Lars Jensen", False),
            Person("mette", "Mette Kirk", False), Person("g1", "Guest Person", True)]


def test_only_opted_in_members_are_named_and_guests_never():
    choices = {"anna": choose("anna", True, ["web design"], Source.MEMBER_PAGE, T0),
               "lars": Visibility.hidden("lars"),
               # a guest can never be named, whatever a record says
               "g1": Visibility("g1", True, (), 1, T0, Source.MEMBER_PAGE)}
    here = here_now(people(), choices)
    assert here.named == (("Anna", ("web design",)),) and here.others == 3 and here.total == 4
    welcome = here_now(people(), choices, exclude="anna")  # said to Anna herself
    assert welcome.named == () and welcome.others == 3


@given(st.lists(st.tuples(st.booleans(), st.booleans()), max_size=30))
def test_nobody_without_a_visible_choice_is_ever_named(flags):
    persons = [Person(f"p{i}", f"Name{i} Surname", guest) for i, (guest, _) in enumerate(flags)]
    choices = {f"p{i}": choose(f"p{i}", visible, [], Source.MEMBER_PAGE, T0)
               for i, (_, visible) in enumerate(flags)}
    here = here_now(persons, choices)
    allowed = {f"Name{i}" for i, (guest, visible) in enumerate(flags) if visible and not guest}
    assert {name for name, _ in here.named} == allowed
    assert here.total == len(persons)


def test_space_api_answer_follows_the_schema_and_names_only_when_enabled():
    choices = {"anna": choose("anna", True, ["web design"], Source.MEMBER_PAGE, T0)}
    here = here_now(people(), choices)
    info = SpaceInfo(name="Cowork Klitmøller", url="https://example.dk", logo="https://example.dk/logo.png",
                     email="hej@example.dk", address="Ørhagevej 1, 7700 Thisted", lat=57.04, lon=8.49,
                     timezone="Europe/Copenhagen")
    doc = space_api(info, here, T0)
    jsonschema.validate(doc, SCHEMA)
    assert doc["state"] == {"open": True, "message": "4 here now", "lastchange": int(T0.timestamp())}
    assert doc["sensors"] == {"people_now_present": [{"value": 4}]}  # no names by default
    named = space_api(SpaceInfo(**{**info.__dict__, "show_names": True}), here, T0)
    jsonschema.validate(named, SCHEMA)
    assert named["sensors"]["people_now_present"][0]["names"] == ["Anna"]
    empty = space_api(info, here_now([], {}), None)
    jsonschema.validate(empty, SCHEMA)
    assert empty["state"]["open"] is False and empty["sensors"]["people_now_present"] == [{"value": 0}]


def test_the_schema_check_is_real():
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"api_compatibility": ["14"], "space": "x", "logo": "", "url": "", "contact": {}}, SCHEMA)


def test_badge_escapes_its_text():
    svg = badge_svg(True, 5, "Open", "Closed", "here <now>")
    assert "Open · 5 here &lt;now&gt;" in svg and "<now>" not in svg
    assert "Closed" in badge_svg(False, 0, "Open", "Closed", "here")


def test_critical_mass_counts_open_days_only():
    monday = date(2026, 11, 2)
    days = {monday: 5, monday + timedelta(days=7): 2, monday + timedelta(days=14): 0,  # closed
            monday + timedelta(days=1): 3, date(2026, 12, 1): 4}
    mass = critical_mass(days, threshold=3)
    assert mass.by_weekday[0] == 0.5  # two open Mondays, one with >= 3
    assert mass.by_weekday[1] == 1.0 and mass.by_weekday[2] is None
    assert mass.by_month == [("2026-11", 2 / 3), ("2026-12", 1.0)]
    with pytest.raises(InvalidChoice):
        critical_mass(days, threshold=0)


# --- found by mutation testing (tools/mutation.sh): the limits exactly, the codes and their arguments


def test_tags_at_their_limits_and_each_refusal_with_its_code():
    assert clean_tags(["x" * 30]) == ("x" * 30,)  # 30 characters is allowed
    assert clean_tags(["a", "b", "c"]) == ("a", "b", "c")  # three tags are allowed
    assert clean_tags(["", "  ", "after blanks"]) == ("after blanks",)  # a blank tag is skipped, not the end
    for raw, code, params in ((["x" * 31], Code.TAG_TOO_LONG, {"limit": 30}),
                              (["a", "b", "c", "d"], Code.TOO_MANY_TAGS, {"limit": 3}),
                              (["bell\x07"], Code.TAG_CONTROL_CHARACTERS, {})):
        with pytest.raises(InvalidChoice) as refused:
            clean_tags(raw)
        assert (refused.value.code, refused.value.params) == (code, params)


def test_a_choice_records_who_what_and_the_wording_agreed_to():
    shown = choose("m1", True, ["bees"], Source.MEMBER_PAGE, T0)
    assert shown == Visibility("m1", True, ("bees",), VISIBILITY_TEXT_VERSION, T0, Source.MEMBER_PAGE)
    hidden = choose("m1", False, ["bees"], Source.MEMBER_PAGE, T0)
    assert hidden.tags == ()  # tags are kept only for someone shown
    with pytest.raises(InvalidChoice) as refused:
        choose("m1", True, [], Source.DOOR, T0)
    assert refused.value.code is Code.SHOWN_ONLY_BY_MEMBER
    # Two choices at the same moment: the later call holds (only an older one is ignored).
    assert choose("m1", False, [], Source.MEMBER_PAGE, T0, current=shown).visible is False


def test_no_choice_is_no_consent_and_older_than_any_choice():
    nothing = Visibility.hidden("m1")
    assert nothing == Visibility("m1", False, (), 0, datetime.min, Source.MEMBER_PAGE)
    made = choose("m1", True, [], Source.MEMBER_PAGE, datetime(2000, 1, 1))
    assert latest(nothing, made) == made


def test_critical_mass_at_its_limits():
    monday = date(2026, 11, 2)
    mass = critical_mass({monday: 1, monday + timedelta(days=7): 0}, threshold=1)  # one person is enough
    assert len(mass.by_weekday) == 7 and mass.by_weekday[0] == 1.0  # a day with one person was open
    with pytest.raises(InvalidChoice) as refused:
        critical_mass({}, threshold=0)
    assert refused.value.code is Code.INVALID_INPUT


def test_space_api_with_one_person_and_with_part_of_the_details():
    one = here_now([Person("anna", "Anna Holm", False)], {})
    bare = SpaceInfo(name="Cowork", url="https://example.dk", logo="https://example.dk/l.png", lat=57.0)
    doc = space_api(bare, one, None)
    jsonschema.validate(doc, SCHEMA)
    assert doc["state"] == {"open": True, "message": "1 here now"}
    assert doc["contact"] == {} and "location" not in doc  # a latitude without a longitude is no place
    assert "location" not in space_api(SpaceInfo(**{**bare.__dict__, "lat": None, "lon": 8.5}), one, None)
    closed = space_api(SpaceInfo(**{**bare.__dict__, "email": "hej@example.dk", "address": "Vej 1",
                                    "timezone": "Europe/Copenhagen"}), here_now([], {}), None)
    jsonschema.validate(closed, SCHEMA)
    assert closed["state"] == {"open": False, "message": "closed"}
    assert closed["contact"] == {"email": "hej@example.dk"}
    assert closed["location"] == {"address": "Vej 1", "timezone": "Europe/Copenhagen"}


def test_the_badge_grows_with_its_text_and_is_green_only_when_open():
    import re

    def drawn(svg: str) -> tuple[int, int, str]:
        width = re.search(r'<svg [^>]*width="(\d+)"', svg)
        x = re.search(r'<text x="(\d+)"', svg)
        fill = re.search(r'<rect [^>]*fill="(#[0-9a-f]{6})"', svg)
        assert width and x and fill, svg
        return int(width.group(1)), int(x.group(1)), fill.group(1)

    short, long = drawn(badge_svg(True, 5, "Open", "Closed", "here")), drawn(badge_svg(True, 5, "Open", "Closed",
                                                                                         "here now, come in"))
    assert long[0] > short[0] > 7 * len("Open · 5 here")  # room for every letter
    assert short[1] == short[0] // 2 and long[1] == long[0] // 2  # the text in the middle
    closed = drawn(badge_svg(False, 0, "Open", "Closed", "here"))
    assert short[2] == long[2] == "#1f7a3a" and closed[2] != short[2]


def test_a_blank_name_shows_nothing_rather_than_failing():
    from kiosk.domain.social import first_name

    assert first_name("  ") == "" and first_name(" Anna  Holm") == "Anna"


def test_the_named_are_in_alphabetical_order_whatever_the_case():
    persons = [Person("b", "bo Lund", False), Person("a", "Anna Holm", False), Person("c", "Carl", False)]
    choices = {p.member_id: choose(p.member_id, True, [], Source.MEMBER_PAGE, T0) for p in persons}
    assert [name for name, _ in here_now(persons, choices).named] == ["Anna", "bo", "Carl"]
