"""The guest flow's steps and decisions without any screen (no Qt imported)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain.guest_flow import GuestFlowModel, GuestOffer, HostSearch, Step, host_search_state
from kiosk.domain.guests import DEFAULT_VISITOR_TYPES, GuestProblem, InvalidGuest, validate_guest
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
    assert model.choose_host("m1", "Lars Holm") is Step.TELL_HOST
    assert model.tell_host(False) is Step.RULES
    model.accept_policy(Step.RULES)
    assert model.accept_policy(Step.PRIVACY) is None
    form = model.form()
    assert form is not None and form.host_member_id == "m1" and form.payment_method is None
    assert form.share_name_with_host is False


def test_the_guest_s_name_goes_to_the_member_they_visit_only_with_a_yes() -> None:
    model = GuestFlowModel()
    model.start(offer(), "da")
    model.take_name("Bo")
    model.choose_reason(TYPES["guest"])
    model.choose_host("m1", "Lars Holm")
    assert model.draft.share_name is False  # the default: no
    model.tell_host(True)
    assert model.back() is Step.TELL_HOST and model.back() is Step.HOST
    model.choose_host("m2", "Mette Holm")  # another member: asked again, from no
    assert model.draft.share_name is False
    model.tell_host(True)
    model.accept_policy(Step.RULES)
    model.accept_policy(Step.PRIVACY)
    form = model.form()
    assert form is not None and (form.host_member_id, form.share_name_with_host) == ("m2", True)
    # A visitor type without a host never passes a name on.
    model = GuestFlowModel()
    model.start(offer(), "da")
    model.take_name("Bo")
    model.choose_reason(TYPES["guest"])
    model.choose_host("m1", "Lars Holm")
    model.tell_host(True)
    model.back()
    model.back()
    model.choose_reason(TYPES["daypass"])
    assert model.draft.share_name is False and model.draft.host is None


@pytest.mark.parametrize("typed,hits,state", [
    ("", 0, HostSearch.TOO_SHORT), ("La", 0, HostSearch.TOO_SHORT), ("L a", 3, HostSearch.TOO_SHORT),
    ("Lar", 0, HostSearch.NOBODY), ("Lar", 1, HostSearch.CHOOSE), ("Lars H", 2, HostSearch.CHOOSE)])
def test_what_the_host_search_says(typed: str, hits: int, state: HostSearch) -> None:
    assert host_search_state(typed, hits) is state


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_any_walk_a_person_can_take_submits_a_form_the_service_accepts(data) -> None:  # type: ignore[no-untyped-def]
    """Taps in any order the screens allow (back included): whatever reaches submission is a
    complete, valid form: every current text accepted, a host when needed, a payment when paid."""
    o = offer(mobilepay_number=data.draw(st.sampled_from(["", "12 34 56 78"])))
    model = GuestFlowModel()
    model.start(o, "da")
    names = st.text(alphabet=st.characters(categories=("L", "Zs")), min_size=0, max_size=90)
    for _ in range(40):
        step = model.step
        moves = ["back"] if model.can_go_back() else []
        if step is Step.LANGUAGE:
            moves.append("language")
        elif step is Step.NAME:
            moves.append("name")
        elif step is Step.CONTACT:
            moves += ["contact", "skip"]
        elif step is Step.REASON:
            moves.append("reason")
        elif step is Step.HOST:
            moves.append("host")
        elif step is Step.TELL_HOST:
            moves.append("tell")
        elif step in (Step.RULES, Step.PRIVACY):
            moves.append("accept")
        elif step is Step.PAYMENT:
            moves.append("pay")
        move = data.draw(st.sampled_from(moves))
        submitted = False
        try:
            if move == "back":
                model.back()
            elif move == "language":
                model.choose_language(data.draw(st.sampled_from(["da", "en", "de"])))
            elif move == "name":
                model.take_name(data.draw(names))
            elif move == "contact":
                model.take_contact(data.draw(st.sampled_from(["", "a@b.dk", "nope"])), "")
            elif move == "skip":
                model.skip_contact()
            elif move == "reason":
                model.choose_reason(data.draw(st.sampled_from(DEFAULT_VISITOR_TYPES)))
            elif move == "host":
                model.choose_host("m1", "Lars Holm")
            elif move == "tell":
                model.tell_host(data.draw(st.booleans()))
            elif move == "accept":
                submitted = model.accept_policy(step) is None
            elif move == "pay":
                model.choose_payment(data.draw(st.sampled_from(o.payment_methods())))
                submitted = True
        except InvalidGuest:
            continue
        if submitted:
            form = model.form()
            assert form is not None
            versions = {kind.value: policy.version for kind, policy in o.policies.items()}
            clean = validate_guest(form, DEFAULT_VISITOR_TYPES, versions)  # raises if anything is missing
            assert not clean.share_name_with_host or clean.host_member_id  # a name only to a host
            return


def test_after_the_pass_there_is_no_way_back_to_the_payment() -> None:
    # Found by mutation testing (tools/mutation.sh): the pass forgets the steps before it.
    model = GuestFlowModel()
    model.start(offer(mobilepay_number="12 34 56"), "da")
    model.choose_language("da")
    model.take_name("Jens")
    model.skip_contact()
    model.choose_reason(TYPES["daypass"])
    model.accept_policy(Step.RULES)
    model.accept_policy(Step.PRIVACY)
    model.choose_payment("mobilepay")
    assert model.form() is not None
    assert model.registered() is Step.PASS
    assert model.history == [] and model.busy is False and model.back() is None


def test_going_back_is_offered_mid_way_only_and_each_policy_step_shows_its_own_text() -> None:
    # Found by mutation testing (tools/mutation.sh).
    from kiosk.domain.policies import PolicyKind

    model = GuestFlowModel()
    model.start(offer(), "da")
    assert not model.can_go_back() and model.price_ore() == 0  # nothing chosen yet: nothing to pay
    model.choose_language("da")
    assert model.can_go_back()
    assert model.policy(Step.RULES).kind is PolicyKind.HOUSE_RULES
    assert model.policy(Step.PRIVACY).kind is PolicyKind.PRIVACY
