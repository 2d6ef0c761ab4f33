import pytest

from kiosk.core.errors import InvalidInput, NotFound
from kiosk.core.members import NewMember, parse_member_csv
from kiosk.domain.members import PlanKind


def test_add_issues_a_card_that_checks_in(kiosk):
    card = kiosk.members.add(NewMember(name="  Åse Ørum-Ægidius  ", email="ase@example.dk"))
    assert card.member.name == "Åse Ørum-Ægidius" and card.serial == 1
    assert kiosk.members.card(card.member.id).code == card.code
    assert [m.id for m in kiosk.members.roster()] == [card.member.id]


@pytest.mark.parametrize("new,message", [
    (NewMember(name=""), "name is empty"),
    (NewMember(name="x" * 121), "longer than 120"),
    (NewMember(name="A", email="nope"), "not an address"),
    (NewMember(name="A", plan=PlanKind.CLIPCARD), "at least one clip"),
    (NewMember(name="A", clips=3), "only a clip card"),
])
def test_invalid_members_are_refused_with_a_reason(kiosk, new, message):
    with pytest.raises(InvalidInput, match=message):
        kiosk.members.add(new)
    assert kiosk.members.roster() == []


def test_unknown_member_card(kiosk):
    with pytest.raises(NotFound):
        kiosk.members.card("ffffffffffffffff")


def test_csv_import_all_or_nothing(kiosk):
    good = b"name,email,plan,clips,valid_until\nMette,m@x.dk,monthly,,2026-12-31\nLars,,clipcard,10,\n"
    assert len(kiosk.members.import_csv(good)) == 2
    bad = (b"name,email,plan,clips,valid_until\nSofie,,monthly,,\nBo,,weekly,,\n"
           b"Ib,,clipcard,ten,\n")
    with pytest.raises(InvalidInput) as info:
        kiosk.members.import_csv(bad)
    assert "line 3: plan 'weekly'" in str(info.value) and "line 4: clips 'ten'" in str(info.value)
    assert len(kiosk.members.roster()) == 2  # Sofie was not half-imported


@pytest.mark.parametrize("data,message", [
    (b"", "empty"),
    (b"\xff\xfe\x00n\x00a", "not UTF-8"),
    (b"naam,mail\nx,y\n", "header"),
    (b"name,phone\nx,1\n", "unknown column 'phone'"),
    (b"name,email\n", "no members"),
    (b"name,email\nMette,m@x.dk,extra\n", "line 2: expected 2 fields"),
    (b"name,valid_until\nMette,31/12/2026\n", "line 2: valid_until"),
])
def test_garbled_csv_gets_a_clear_message(data, message):
    with pytest.raises(InvalidInput, match=message):
        parse_member_csv(data)


def test_csv_semicolons_bom_and_unicode():
    rows = parse_member_csv("\ufeffname;email\nJosé 😀 Ørsted;j@x.dk\nمحمد;\n".encode())
    assert [r.name for r in rows] == ["José 😀 Ørsted", "محمد"]
