"""The one rule for a new host PIN (issue 24): the PINs a stranger tries first are refused in
the set-up, the host view and `kiosk host-pin` alike; an old PIN of that kind still opens."""

from __future__ import annotations

import pytest

from kiosk.domain.host import PinProblem, pin_problem, valid_pin


@pytest.mark.parametrize("pin", ["1111", "0000", "9999", "1234", "0123", "6789", "4321", "9876", "3210",
                                 "12345678", "87654321", "1900", "1984", "2026", "2099", "77777777"])
def test_the_first_pins_a_stranger_tries_are_weak(pin):
    assert pin_problem(pin) is PinProblem.WEAK
    assert valid_pin(pin)  # still a PIN's form: one set before this rule still unlocks


@pytest.mark.parametrize("pin", ["2468", "1357", "1899", "2100", "8024", "1593", "90817", "13572468"])
def test_other_pins_are_fine(pin):
    assert pin_problem(pin) is None


@pytest.mark.parametrize("pin", ["", "123", "12a4", "123456789", "١٢٣٤"])
def test_not_a_pin(pin):
    assert pin_problem(pin) is PinProblem.RULES
