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

from kiosk.domain.social import (
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
