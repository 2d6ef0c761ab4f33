"""The guest flow's steps and decisions without any screen (no Qt imported)."""

from __future__ import annotations

import pytest

from kiosk.domain.guest_flow import GuestFlowModel, GuestOffer, HostSearch, Step, host_search_state
from kiosk.domain.guests import DEFAULT_VISITOR_TYPES, GuestProblem, InvalidGuest
from kiosk.domain.policies import DEFAULT_TEXTS, Policy, PolicyKind

TYPES = {t.key: t for t in DEFAULT_VISITOR_TYPES}


def offer(**kw) -> GuestOffer:  # type: ignore[no-untyped-def]
    policies = {kind: Policy(kind, 3, DEFAULT_TEXTS[kind]) for kind in PolicyKind}
    return GuestOffer(types=DEFAULT_VISITOR_TYPES, policies=policies, languages=["da", "en", "de"], **kw)


def test_a_paying_day_guest_walks_every_step_and_back() -> None:
    model = GuestFlowModel()
    assert model.start(offer(mobilepay_number="12 34 56"), "da") is Step.LANGUAGE
    assert model.choose_language("de") is Step.NAME
    assert model.take_name("  Jürgen   von Weiß ") is Step.CONTACT
    assert model.skip_contact() is Step.REASON
    assert model.choose_reason(TYPES["daypass"]) is Step.RULES
    assert model.back() is Step.REASON and model.back() is Step.CONTACT
    assert model.go(Step.REASON) is Step.REASON
    model.choose_reason(TYPES["daypass"])
    assert model.accept_policy(Step.RULES) is Step.PRIVACY
    assert model.accept_policy(Step.PRIVACY) is Step.PAYMENT
    model.choose_payment("mobilepay")
    form = model.form()
    assert form is not None and model.form() is None  # one submission at a time
    assert (form.name, form.language, form.payment_method, form.consents) == (
        "Jürgen von Weiß", "de", "mobilepay", {"house_rules": 3, "privacy": 3})
    assert model.back() is None  # busy: no way back while it is stored
    model.failed()
    assert model.form() is not None
    assert model.registered() is Step.PASS and not model.can_go_back()


def test_errors_are_typed_not_worded() -> None:
    model = GuestFlowModel()
    model.start(offer(), "en")
    with pytest.raises(InvalidGuest) as empty:
        model.take_name("   ")
    assert empty.value.problem is GuestProblem.EMPTY
    with pytest.raises(InvalidGuest) as long:
        model.take_name("x" * 81)
    assert (long.value.problem, long.value.limit) == (GuestProblem.TOO_LONG, 80)
    with pytest.raises(InvalidGuest) as mail:
        model.take_contact("not-an-address", "")
    assert (mail.value.field, mail.value.problem) == ("email", GuestProblem.NOT_EMAIL)
    with pytest.raises(InvalidGuest) as company:
        model.take_contact("", "Bad\x07Co")
    assert (company.value.field, company.value.problem) == ("company", GuestProblem.UNSHOWABLE)


def test_mobilepay_is_offered_only_with_a_number() -> None:
    assert offer().payment_methods() == ("host", "invoice")
    assert offer(mobilepay_number="  ").payment_methods() == ("host", "invoice")
    assert offer(mobilepay_number="12345").payment_methods() == ("mobilepay", "host", "invoice")
    model = GuestFlowModel()
    model.start(offer(), "da")
    model.choose_reason(TYPES["daypass"])
    with pytest.raises(ValueError, match="not offered"):
        model.choose_payment("mobilepay")


def test_a_free_visit_submits_after_the_privacy_notice() -> None:
    model = GuestFlowModel()
    model.start(offer(), "da")
    model.take_name("Bo")
    assert model.choose_reason(TYPES["guest"]) is Step.HOST
    assert model.choose_host("m1", "Lars Holm") is Step.RULES
    model.accept_policy(Step.RULES)
    assert model.accept_policy(Step.PRIVACY) is None
    form = model.form()
    assert form is not None and form.host_member_id == "m1" and form.payment_method is None


@pytest.mark.parametrize("typed,hits,state", [
    ("", 0, HostSearch.TOO_SHORT), ("La", 0, HostSearch.TOO_SHORT), ("L a", 3, HostSearch.TOO_SHORT),
    ("Lar", 0, HostSearch.NOBODY), ("Lar", 1, HostSearch.CHOOSE), ("Lars H", 2, HostSearch.CHOOSE)])
def test_what_the_host_search_says(typed: str, hits: int, state: HostSearch) -> None:
    assert host_search_state(typed, hits) is state
