"""Critical mass from the kiosk's real SQLite file: people per day, not visits."""

from kiosk.core.members import NewMember


def test_critical_mass_counts_people_not_visits(kiosk, clock):
    cards = [kiosk.members.add(NewMember(name=f"Medlem{i} Jensen")) for i in range(3)]
    # Monday: Anna in, out, in again (one person, two visits) and one more: 2 people.
    kiosk.checkin.check_in_code(cards[0].code)
    kiosk.checkin.check_in_code(cards[1].code)
    clock.advance(hours=1)
    kiosk.checkin.check_in_code(cards[0].code)
    clock.advance(hours=1)
    kiosk.checkin.check_in_code(cards[0].code)
    # Tuesday: three people. Wednesday: nobody (closed, not a lonely day).
    clock.advance(days=1)
    for card in cards:
        kiosk.checkin.check_in_code(card.code)
    clock.advance(days=1)
    mass = kiosk.stats.critical_mass(days=30, threshold=3)
    assert mass.by_weekday[:3] == [0.0, 1.0, None]
    assert mass.by_month == [("2026-03", 0.5)]
    assert kiosk.stats.critical_mass(days=30, threshold=2).by_weekday[:2] == [1.0, 1.0]
    assert kiosk.stats.critical_mass(days=30).threshold == 5  # the host's setting by default
