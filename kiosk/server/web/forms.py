"""The host pages' forms as pydantic models: FastAPI parses each POST into one (unknown fields,
wrong types and oversize values are refused before any route code runs)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field


def _blank_is_none(value: object) -> object:
    return None if isinstance(value, str) and not value.strip() else value


Optional = BeforeValidator(_blank_is_none)


class CsrfForm(BaseModel):
    model_config = ConfigDict(extra="forbid", str_max_length=1024)
    csrf: str = Field("", max_length=200)


class ConfirmForm(CsrfForm):
    """A destructive action's form: posted from a list it asks (a page saying what will happen);
    posted again from that page, with confirmed=yes, it acts."""

    confirmed: Literal["", "yes"] = ""


class NewCardForm(ConfirmForm):
    """A new card's confirmation carries the serial of the card it replaces: posted twice (a
    double click, a reload), the second finds that card already replaced and issues none."""

    replaces: Annotated[int | None, Optional, Field(ge=0, le=1_000_000)] = None


class StatusForm(CsrfForm):
    """Suspend or reactivate: the status wanted, so the same form posted twice does not flip back."""

    to: Literal["", "active", "suspended"] = ""


class OnceForm(CsrfForm):
    """A form that makes a secret: its page's one-time id, so that posted twice it makes one."""

    form_id: str = Field("", pattern="^([0-9a-f]{16})?$")


class KioskForm(OnceForm):
    name: str = Field(min_length=1, max_length=64)
    location: str = Field("", max_length=80)


class LoginForm(CsrfForm):
    username: str = Field(max_length=64)
    password: str = Field(max_length=1024)


class MemberForm(CsrfForm):
    # The new member's id, made when the page was shown: the same form posted twice (a double
    # click, a reload) adds the member once.
    new_id: str = Field("", pattern="^([0-9a-f]{16})?$")
    name: str = Field(max_length=120)
    email: str = Field("", max_length=254)
    plan: Literal["monthly", "clipcard", "daypass"] = "monthly"
    clips: Annotated[int | None, Optional, Field(ge=0, le=100_000)] = None
    valid_until: Annotated[date | None, Optional] = None
    any_hour: bool = False  # may open a door with a lock at any hour (a checkbox: absent is off)
    language: Literal["", "da", "en", "de"] = ""  # the card is answered in it; "": the door's


class EditMemberForm(MemberForm):
    """The member form as an edit sends it: with the values the page showed (seen_*), so only
    what the host changed is written and a top-up or another edit made meanwhile is kept."""

    seen_name: str | None = Field(None, max_length=120)  # None: an older page, without them
    seen_email: str = Field("", max_length=254)
    seen_plan: Literal["monthly", "clipcard", "daypass"] = "monthly"
    seen_clips: Annotated[int | None, Optional, Field(ge=0, le=100_000)] = None
    seen_valid_until: Annotated[date | None, Optional] = None
    seen_any_hour: bool | None = None  # None: an older page, without the switch: the right stays
    # "door": the door's own (an empty field would read as absent); None: an older page: it stays
    seen_language: Literal["door", "da", "en", "de"] | None = None


class CodeForm(CsrfForm):
    code: str = Field(max_length=64)


class EmailCodeForm(CsrfForm):
    email: str = Field(max_length=254)


class VisibilityForm(CsrfForm):
    visible: bool = False
    tag1: str = Field("", max_length=60)
    tag2: str = Field("", max_length=60)
    tag3: str = Field("", max_length=60)


class SpaceForm(CsrfForm):
    name: str = Field(max_length=120)
    url: str = Field("", max_length=300)
    logo: str = Field("", max_length=300)
    email: str = Field("", max_length=254)
    address: str = Field("", max_length=300)
    lat: Annotated[float | None, Optional, Field(ge=-90, le=90)] = None
    lon: Annotated[float | None, Optional, Field(ge=-180, le=180)] = None
    language: Literal["da", "en", "de"] = "da"
    show_names: bool = False


class DeviceForm(BaseModel):
    """A phone's public key, sent by the phone pass page's script (JSON)."""

    model_config = ConfigDict(extra="forbid")
    algorithm: Literal["ecdsa-p256", "ed25519"]
    spki: str = Field(max_length=400)
    label: str = Field("", max_length=64)


class WebhookForm(CsrfForm):
    url: str = Field(max_length=500)
    format: Literal["json", "slack", "matrix", "discord"] = "json"
    first_in: bool = False
    last_out: bool = False
    guest_arrived: bool = False
    door_alert: bool = False  # a door with a lock gone silent, or its lock not answering


class MemberLanguageForm(CsrfForm):
    """A member's own choice on /me: the language their card is answered in at the door."""

    language: Literal["", "da", "en", "de"] = ""


class PartnerConsentForm(CsrfForm):
    """A member's own choice on /me: greeted by first name at partner spaces (issue 22)."""

    shown: bool = False
