"""The guest's way through the door's registration, without any screen: which step comes next,
what was decided so far, and what is wrong with what was typed (typed errors, not messages).

language -> name -> e-mail and company (optional) -> why here -> [whom they visit -> may we
tell them your name] -> house rules -> privacy notice -> [price and how to pay] -> the day pass.

The Qt screens (kiosk.ui.screens.guest) show one step each and ask this model what to do; a
test drives the whole flow here without Qt. Nothing is stored until `form()` is submitted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from kiosk.domain.guests import (
    GUEST_COMPANY_MAX,
    GUEST_NAME_MAX,
    PAYMENT_METHODS,
    SEARCH_MIN,
    GuestForm,
    VisitorType,
    clean_email,
    clean_text,
)
from kiosk.domain.policies import Policy, PolicyKind


class Step(Enum):
    LANGUAGE = "language"
    NAME = "name"
    CONTACT = "contact"
    REASON = "reason"
    HOST = "host"
    TELL_HOST = "tell_host"  # the member is told a guest arrived: with the guest's name? (default no)
    RULES = "rules"
    PRIVACY = "privacy"
    PAYMENT = "payment"
    PASS = "pass"


# The dots at the top: how far along the guest is (the language step is before the count).
PROGRESS = [Step.NAME, Step.CONTACT, Step.REASON, Step.HOST, Step.TELL_HOST, Step.RULES, Step.PRIVACY,
            Step.PAYMENT, Step.PASS]
TEXT_STEPS = (Step.NAME, Step.CONTACT, Step.HOST)  # the keyboard is shown on these


@dataclass(frozen=True)
class GuestOffer:
    """What the flow offers, read from the kiosk's settings and texts when it opens."""

    types: tuple[VisitorType, ...]
    policies: dict[PolicyKind, Policy]
    languages: list[str]
    retention_days: int = 30
    mobilepay_number: str = ""
    closing_time: str = "22:00"

    def payment_methods(self) -> tuple[str, ...]:
        """MobilePay only when the space has a number to pay to."""
        return tuple(m for m in PAYMENT_METHODS if m != "mobilepay" or self.mobilepay_number.strip())


@dataclass
class GuestDraft:
    language: str = "da"
    name: str = ""
    email: str = ""
    company: str = ""
    visitor_type: VisitorType | None = None
    host: tuple[str, str] | None = None  # member id, name
    share_name: bool = False  # the guest agreed that the member they visit is told their name
    consents: dict[str, int] = field(default_factory=dict)
    payment_method: str | None = None


class HostSearch(Enum):
    """What the 'whom do you visit' step says about the letters typed so far."""

    TOO_SHORT = "too_short"  # fewer than SEARCH_MIN letters: nobody is listed to strangers
    NOBODY = "nobody"
    CHOOSE = "choose"  # one or more members to tap: never chosen for the guest


def host_search_state(typed: str, hits: int) -> HostSearch:
    if len(typed.replace(" ", "")) < SEARCH_MIN:
        return HostSearch.TOO_SHORT
    return HostSearch.CHOOSE if hits else HostSearch.NOBODY


class GuestFlowModel:
    """The steps and the draft; every decision returns the step to show next."""

    def __init__(self) -> None:
        self.offer: GuestOffer | None = None
        self.draft = GuestDraft()
        self.step = Step.LANGUAGE
        self.history: list[Step] = []
        self.busy = False  # the form was submitted and no answer came yet

    def start(self, offer: GuestOffer, language: str) -> Step:
        self.offer, self.draft, self.history, self.busy = offer, GuestDraft(language=language), [], False
        self.step = Step.LANGUAGE if len(offer.languages) > 1 else Step.NAME
        return self.step

    def go(self, step: Step, remember: bool = True) -> Step:
        if remember and self.history[-1:] != [self.step] and step is not self.step:
            self.history.append(self.step)
        self.step = step
        return step

    def back(self) -> Step | None:
        if not self.history or self.busy:
            return None
        self.step = self.history.pop()
        return self.step

    def can_go_back(self) -> bool:
        return bool(self.history) and self.step not in (Step.LANGUAGE, Step.PASS)

    def progress(self) -> tuple[int, int] | None:
        """(steps done including this one, all steps) for the dots, None before the count."""
        if self.step not in PROGRESS:
            return None
        return PROGRESS.index(self.step) + 1, len(PROGRESS)

    # --- decisions ------------------------------------------------------------------------
    def choose_language(self, lang: str) -> Step:
        self.draft.language = lang
        return self.go(Step.NAME)

    def take_name(self, typed: str) -> Step:
        """InvalidGuest (with its problem) when the name will not do."""
        self.draft.name = clean_text(typed, GUEST_NAME_MAX, "name", required=True)
        return self.go(Step.CONTACT)

    def take_contact(self, email: str, company: str) -> Step:
        """InvalidGuest naming the field ('email' or 'company') when one will not do."""
        self.draft.email = clean_email(email)
        self.draft.company = clean_text(company, GUEST_COMPANY_MAX, "company")
        return self.go(Step.REASON)

    def skip_contact(self) -> Step:
        self.draft.email = self.draft.company = ""
        return self.go(Step.REASON)

    def choose_reason(self, vtype: VisitorType) -> Step:
        self.draft.visitor_type, self.draft.host, self.draft.share_name = vtype, None, False
        return self.go(Step.HOST if vtype.needs_host else Step.RULES)

    def choose_host(self, member_id: str, name: str) -> Step:
        self.draft.host, self.draft.share_name = (member_id, name), False
        return self.go(Step.TELL_HOST)

    def tell_host(self, share_name: bool) -> Step:
        """Whether the member they visit may be told the guest's name (they are told a guest
        arrived either way)."""
        self.draft.share_name = share_name
        return self.go(Step.RULES)

    def policy(self, step: Step) -> Policy:
        assert self.offer is not None
        return self.offer.policies[PolicyKind.HOUSE_RULES if step is Step.RULES else PolicyKind.PRIVACY]

    def policy_text(self, step: Step) -> str:
        assert self.offer is not None
        return self.policy(step).text(self.draft.language, self.offer.retention_days)

    def accept_policy(self, step: Step) -> Step | None:
        """The next step, or None when the form is complete and should be submitted."""
        policy = self.policy(step)
        self.draft.consents[policy.kind.value] = policy.version
        if step is Step.RULES:
            return self.go(Step.PRIVACY)
        if self.price_ore():
            return self.go(Step.PAYMENT)
        return None

    def choose_payment(self, method: str) -> None:
        assert self.offer is not None
        if method not in self.offer.payment_methods():
            raise ValueError(f"payment method {method!r} is not offered")
        self.draft.payment_method = method

    def price_ore(self) -> int:
        return self.draft.visitor_type.price_ore if self.draft.visitor_type is not None else 0

    def form(self) -> GuestForm | None:
        """The form to submit (busy from now on), or None while one is on its way."""
        if self.busy or self.draft.visitor_type is None:
            return None
        self.busy = True
        d = self.draft
        return GuestForm(name=d.name, visitor_type=d.visitor_type.key, email=d.email,  # type: ignore[union-attr]
                         company=d.company, host_member_id=d.host[0] if d.host else None,
                         payment_method=d.payment_method, language=d.language, consents=dict(d.consents),
                         share_name_with_host=bool(d.host and d.share_name))

    def failed(self) -> None:
        self.busy = False

    def registered(self) -> Step:
        self.busy, self.history = False, []
        return self.go(Step.PASS, remember=False)
