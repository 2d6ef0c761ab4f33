"""Members as both sides take them in: the fields of a new member, CSV import, dates, and the
JSON shape of a member. Shared by the kiosk and the server."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from kiosk.core.errors import InvalidInput
from kiosk.domain.members import InvalidMember, Member, Plan, PlanKind, Role, validate_member_fields
from kiosk.domain.problems import Code

CSV_COLUMNS = ("name", "email", "plan", "clips", "valid_until")
MAX_IMPORT_ROWS = 20_000


@dataclass(frozen=True)
class IssuedCard:
    member: Member
    serial: int
    code: str  # the text inside the QR
    short_code: str  # printed under the QR for manual entry


@dataclass(frozen=True)
class NewMember:
    name: str
    email: str = ""
    plan: PlanKind = PlanKind.MONTHLY
    clips: int = 0
    valid_until: date | None = None
    valid_from: date | None = None
    role: Role = Role.MEMBER
    demo: bool = False
    member_id: str | None = None  # given only for the fixed demo roster
    language: str | None = None  # the member's language, when known: the door answers their card in it


def parse_plan(text: str) -> PlanKind:
    try:
        return PlanKind(text.strip().lower() or "monthly")
    except ValueError:
        raise InvalidInput(f"plan {text!r} is not one of monthly, clipcard, daypass", Code.PLAN_UNKNOWN,
                           plan=text) from None


def parse_date(text: str, what: str = "date") -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(f"{what} {text!r} is not a date like 2026-12-31", Code.DATE_INVALID, text=text) from None


def plan_from(kind: object, clips: object = 0, valid_until: object = None, valid_from: date | None = None) -> Plan:
    """A plan from loose input (a form, a CSV cell, a request's JSON): its kind, clips and last
    day parsed, each with a plain message when it cannot be."""
    plan_kind = kind if isinstance(kind, PlanKind) else parse_plan(str(kind or ""))
    if isinstance(clips, int) and not isinstance(clips, bool):
        clips_total = clips
    else:
        text = str(clips if clips is not None else "").strip()
        try:
            clips_total = int(text) if text else 0
        except ValueError:
            raise InvalidInput(f"clips {text!r} is not a whole number", Code.CLIPS_NOT_A_NUMBER, text=text) from None
    if valid_until is not None and not isinstance(valid_until, date):
        valid_until = parse_date(str(valid_until), "valid_until")
    return Plan(kind=plan_kind, valid_from=valid_from, valid_until=valid_until, clips_total=clips_total)


def member_of(new: NewMember, member_id: str) -> Member:
    """The one rule for a new member, at the kiosk and on the server alike: the name and the
    e-mail without surrounding spaces, the plan built, every field checked (the domain's
    validate_member_fields); InvalidInput says which rule a field breaks."""
    plan = plan_from(new.plan, new.clips, new.valid_until, new.valid_from)
    name, email = new.name.strip(), new.email.strip()
    try:
        validate_member_fields(name, email, plan)
    except InvalidMember as exc:
        raise InvalidInput(str(exc), exc.code, **exc.params) from None
    return Member(id=member_id, name=name, email=email, plan=plan, role=new.role, demo=new.demo,
                  language=new.language)


def new_member_from(fields: Mapping[str, object]) -> NewMember:
    """A new member from loose fields (name, email, plan, clips, valid_until, role): a CSV row,
    the server's command line and pages, a kiosk's roster request. Checked at once by the same
    rule as every new member (member_of), so a bad row says so before anything is written."""
    role_text = str(fields.get("role") or Role.MEMBER.value)
    try:
        role = Role(role_text)
    except ValueError:
        raise InvalidInput(f"role {role_text!r} is not one of {', '.join(r.value for r in Role)}",
                           Code.ROLE_UNKNOWN, role=role_text) from None
    plan = plan_from(fields.get("plan"), fields.get("clips"), fields.get("valid_until") or None)
    new = NewMember(name=str(fields.get("name") or "").strip(), email=str(fields.get("email") or "").strip(),
                    plan=plan.kind, clips=plan.clips_total, valid_until=plan.valid_until, role=role)
    member_of(new, "0" * 16)  # the rule, before any id is spent on it
    return new


def parse_member_csv(data: bytes) -> list[NewMember]:
    """Parse a whole CSV file first; any bad row stops the import with its line number."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"the file is not UTF-8 text (byte {exc.start})", Code.CSV_NOT_UTF8,
                           byte=exc.start) from None
    if "\x00" in text:
        raise InvalidInput("the file is not a CSV text file (it contains NUL bytes)", Code.CSV_NOT_TEXT)
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise InvalidInput("the file is empty", Code.CSV_EMPTY) from None
    except csv.Error as exc:
        raise InvalidInput(f"line 1: {exc}", Code.CSV_UNREADABLE, line=1) from None
    if "name" not in header:
        raise InvalidInput(f"line 1: the header must name the columns {', '.join(CSV_COLUMNS)}",
                           Code.CSV_NO_NAME_COLUMN, columns=", ".join(CSV_COLUMNS))
    unknown = [h for h in header if h not in CSV_COLUMNS]
    if unknown:
        raise InvalidInput(f"line 1: unknown column {unknown[0]!r}; columns are {', '.join(CSV_COLUMNS)}",
                           Code.CSV_UNKNOWN_COLUMN, column=unknown[0], columns=", ".join(CSV_COLUMNS))
    rows: list[NewMember] = []
    errors: list[str] = []
    first: InvalidInput | None = None  # the first bad line, coded, for the screens
    try:
        for fields in reader:
            line = reader.line_num
            if not any(f.strip() for f in fields):
                continue
            if len(fields) != len(header):
                errors.append(f"line {line}: expected {len(header)} fields, found {len(fields)}")
                first = first or InvalidInput(errors[-1], Code.CSV_FIELD_COUNT, line=line, expected=len(header),
                                              found=len(fields))
                continue
            record = dict(zip(header, fields, strict=True))
            try:
                rows.append(_row(record))
            except InvalidInput as exc:
                errors.append(f"line {line}: {exc}")
                first = first or InvalidInput(errors[-1], Code.CSV_BAD_LINE, line=line, problem=exc)
            if len(rows) > MAX_IMPORT_ROWS:
                raise InvalidInput(f"more than {MAX_IMPORT_ROWS} rows; split the file", Code.CSV_TOO_MANY_ROWS,
                                   limit=MAX_IMPORT_ROWS)
    except csv.Error as exc:
        errors.append(f"line {reader.line_num}: {exc}")
        first = first or InvalidInput(errors[-1], Code.CSV_UNREADABLE, line=reader.line_num)
    if errors and first is not None:
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        message = "; ".join(errors[:5]) + (more if len(errors) > 5 else "")
        if len(errors) == 1:
            raise InvalidInput(message, first.code, **first.params)
        raise InvalidInput(message, Code.CSV_BAD_LINES, first=first, count=len(errors))
    if not rows:
        raise InvalidInput("the file has a header but no members", Code.CSV_NO_MEMBERS)
    return rows


def _row(record: dict[str, str]) -> NewMember:
    return new_member_from(record)


def member_json(m: Any, short_code: str | None = None) -> dict[str, Any]:
    """A member as `members list --json` and `members add --json` print it, kiosk and server alike."""
    out = {"id": m.id, "name": m.name, "email": m.email, "plan": m.plan.kind.value,
           "clips": m.plan.clips_total, "valid_until": iso_or_none(m.plan.valid_until),
           "status": m.status.value, "role": m.role.value, "demo": m.demo}
    if short_code is not None:
        out["short_code"] = short_code
    return out


def iso_or_none(value: Any) -> str | None:
    return value.isoformat() if value is not None else None
