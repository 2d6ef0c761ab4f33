"""The social door on the server (issue 13): SpaceAPI and badge for the village, members' own
page with one-time codes, consent records, lost cards, phones, critical mass. A real server on
loopback, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jsonschema
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk import app
from kiosk.domain.checkin import Outcome, Refusal
from kiosk.domain.social import SpaceInfo
from kiosk.server.hosts import Hosts
from kiosk.server.models import MemberLoginCodeRow, ServerCardRow
from kiosk.server.social import CODE_VALID, Social
from tests.conftest import build_kiosk, kiosk_command
from tests.sync.web_client import WebClient

PASSWORD = "correct horse battery"
SCHEMA = json.loads((Path(__file__).parents[1] / "data" / "spaceapi" / "v15-subset.schema.json").read_text())


@pytest.fixture
def site(server):
    Hosts(server.store.engine).add("anna", PASSWORD)
    return server


def social_of(site) -> Social:
    return Social(site.store.engine, site.store.tz)


def host(site) -> WebClient:
    client = WebClient(site.url)
    assert client.log_in("anna", PASSWORD).status == 303
    return client


def member_client(site, member_id: str, source: str | None = None) -> WebClient:
    code = social_of(site).issue_code(member_id)
    client = WebClient(site.url, source=source)
    token = client.csrf_of("/me/login")
    answer = client.post("/me/login", {"csrf": token, "code": code})
    assert answer.status == 303 and answer.location == "/me", answer.text[:300]
    return client


def checked_in(site, tmp_path, *members) -> app.Kiosk:
    kiosk = build_kiosk(tmp_path / "kiosk")  # the real clock: presence is today's
    site.enroll(kiosk)
    for m in members:
        kiosk.checkin.check_in_code(m.code)
    kiosk.sync.run_once()
    return kiosk


def test_spaceapi_and_badge_count_everyone_but_name_only_who_agreed(site, tmp_path):
    anna, lars = site.store.add_members([{"name": "Anna Holm"}, {"name": "Lars Vestergaard"}])
    social = social_of(site)
    social.set_space(SpaceInfo(name="Klitmøller Kontor", url="https://kontor.example.dk",
                               logo="https://kontor.example.dk/logo.png", email="hej@example.dk",
                               address="Ørhagevej 1", lat=57.04, lon=8.49, show_names=True), "da")
    client = WebClient(site.url)
    closed = client.get("/spaceapi.json")
    assert closed.status == 200 and closed.headers["Access-Control-Allow-Origin"] == "*"
    doc = json.loads(closed.text)
    jsonschema.validate(doc, SCHEMA)
    assert doc["state"]["open"] is False and doc["sensors"]["people_now_present"][0]["value"] == 0

    kiosk = checked_in(site, tmp_path, anna, lars)
    social.choose(anna.member.id, True, ["web design"])
    doc = json.loads(client.get("/spaceapi.json").text)
    jsonschema.validate(doc, SCHEMA)
    assert doc["state"]["open"] is True
    assert doc["sensors"]["people_now_present"][0] == {"value": 2, "names": ["Anna"]}
    badge = client.get("/badge.svg?lang=en")
    assert badge.headers["Content-Type"].startswith("image/svg+xml")
    assert badge.headers["Access-Control-Allow-Origin"] == "*"
    assert "Open · 2 here now" in badge.text
    assert "Åben · 2 her nu" in client.get("/badge.svg").text  # the space's language
    assert "Geöffnet · 2 jetzt hier" in client.get("/badge.svg?lang=de").text
    everything = client.get("/spaceapi.json").text + badge.text
    assert "Lars" not in everything and "Vestergaard" not in everything and "Holm" not in everything

    social.choose(anna.member.id, False, [])  # withdrawn: gone at once
    assert "Anna" not in client.get("/spaceapi.json").text
    social.choose(anna.member.id, True, [])
    social.set_space(SpaceInfo(name="Klitmøller Kontor", url="https://kontor.example.dk", logo=""), "da")
    assert "Anna" not in client.get("/spaceapi.json").text  # the space did not enable names
    kiosk.close()


def test_a_member_page_shows_only_the_member_and_no_one_else(site, tmp_path):
    anna, lars = site.store.add_members([{"name": "Anna Holm", "plan": "clipcard", "clips": 10},
                                         {"name": "Lars Vestergaard"}])
    kiosk = checked_in(site, tmp_path, anna, lars)
    client = member_client(site, anna.member.id)
    page = client.get("/me")
    assert page.status == 200 and "Anna Holm" in page.text
    assert re.search(r'id="clips-left">9<', page.text)  # today's clip is spent
    assert "Lars" not in page.text and "Vestergaard" not in page.text
    assert client.get("/").location == "/login"  # a member is not a host
    assert client.get("/members").location == "/login"
    pdf = client.get("/me/card.pdf")
    assert pdf.status == 200 and pdf.body.startswith(b"%PDF")
    kiosk.close()


def test_a_login_code_from_the_host_page_works_once(site):
    (anna,) = site.store.add_members([{"name": "Anna Holm"}])
    hostc = host(site)
    token = hostc.csrf_of(f"/members/{anna.member.id}")
    shown = hostc.post(f"/members/{anna.member.id}/login-code", {"csrf": token})
    assert shown.status == 200
    code = re.search(r'id="login-code">([0-9A-Z]+)<', shown.text).group(1)
    with Session(site.store.engine) as s:  # stored hashed only
        stored = s.scalars(select(MemberLoginCodeRow.code_hash)).all()
    assert stored and code not in stored and all(len(h) == 64 for h in stored)

    first, second = WebClient(site.url), WebClient(site.url)
    t1, t2 = first.csrf_of("/me/login"), second.csrf_of("/me/login")
    typed = "-".join([code[:4].lower(), code[4:]])  # as a person types it
    assert first.post("/me/login", {"csrf": t1, "code": typed}).location == "/me"
    assert second.post("/me/login", {"csrf": t2, "code": code}).location == "/me/login?error=1"
    assert first.get("/me").status == 200 and second.get("/me").location == "/me/login"


def test_a_code_expires_after_15_minutes_and_a_new_one_leaves_the_old(site):
    (anna,) = site.store.add_members([{"name": "Anna Holm"}])
    social = social_of(site)
    old = social.issue_code(anna.member.id, now=datetime.now(UTC) - CODE_VALID - timedelta(seconds=1))
    assert social.redeem_code(old) is None
    earlier = social.issue_code(anna.member.id)
    newer = social.issue_code(anna.member.id)
    assert social.redeem_code(earlier) is not None  # a new code never cancels one already given (issue 19)
    assert social.redeem_code(newer) is not None


def test_wrong_codes_are_throttled_like_host_logins(site):
    (anna,) = site.store.add_members([{"name": "Anna Holm"}])
    client = WebClient(site.url, source="127.0.0.9")
    statuses = []
    for i in range(12):
        token = client.csrf_of("/me/login")
        statuses.append(client.post("/me/login", {"csrf": token, "code": f"WRONG{i:03d}"}).status)
    right = social_of(site).issue_code(anna.member.id)
    token = client.csrf_of("/me/login")
    refused = client.post("/me/login", {"csrf": token, "code": right})
    assert refused.status == 429 and "Retry-After" in refused.headers
    other = WebClient(site.url, source="127.0.0.10")  # another address is not held up
    token = other.csrf_of("/me/login")
    assert other.post("/me/login", {"csrf": token, "code": right}).location == "/me"


def test_consent_is_recorded_with_version_and_time_and_tags_are_checked(site):
    (anna,) = site.store.add_members([{"name": "Anna Holm"}])
    client = member_client(site, anna.member.id)
    token = client.csrf_of("/me")
    before = datetime.now(UTC)
    answer = client.post("/me/visibility", {"csrf": token, "visible": "true", "tag1": " web  design ",
                                            "tag2": "Beekeeping", "tag3": "beekeeping"})
    assert answer.status == 303
    choice = social_of(site).visibility(anna.member.id)
    assert choice.visible and choice.tags == ("web design", "Beekeeping") and choice.version == 1
    assert choice.source == "member_page" and choice.decided_at >= before - timedelta(seconds=1)
    bad = client.post("/me/visibility", {"csrf": token, "visible": "true", "tag1": "x" * 31})
    assert bad.status == 400 and social_of(site).visibility(anna.member.id).tags == ("web design", "Beekeeping")
    assert client.post("/me/visibility", {"csrf": "not it", "visible": "false"}).status == 403
    assert social_of(site).visibility(anna.member.id).visible


def test_a_card_reported_lost_is_revoked_at_the_door_with_the_next_pull(site, tmp_path):
    (anna,) = site.store.add_members([{"name": "Anna Holm"}])
    kiosk = build_kiosk(tmp_path / "kiosk")
    site.enroll(kiosk)
    client = member_client(site, anna.member.id)
    token = client.csrf_of("/me")
    asked = client.post("/me/lost-card", {"csrf": token})  # asked once, saying what will happen
    assert asked.status == 200 and 'id="confirm-yes"' in asked.text and site.store.card(anna.member.id).serial == 1
    assert client.post("/me/lost-card", {"csrf": token, "confirmed": "yes"}).location == "/me?card=new"
    with Session(site.store.engine) as s:
        cards = s.scalars(select(ServerCardRow).where(ServerCardRow.member_id == anna.member.id)
                          .order_by(ServerCardRow.serial)).all()
    assert [(c.serial, c.revoked) for c in cards] == [(1, True), (2, False)]
    kiosk.sync.run_once()
    refused = kiosk.checkin.check_in_code(anna.code)
    assert refused.outcome is Outcome.REFUSED and refused.refusal is Refusal.REVOKED
    new = site.store.card(anna.member.id)
    assert new.serial == 2 and client.get("/me/card.pdf").body.startswith(b"%PDF")
    assert kiosk.checkin.check_in_code(new.code).outcome is Outcome.CHECKED_IN
    kiosk.close()


def test_space_settings_on_the_host_page(site):
    hostc = host(site)
    token = hostc.csrf_of("/space")
    answer = hostc.post("/space", {"csrf": token, "name": "Bright Park", "url": "https://bp.example.dk",
                                   "logo": "", "email": "", "address": "", "lat": "55.1", "lon": "14.7",
                                   "language": "de"})
    assert answer.status == 303
    info = social_of(site).space()
    assert (info.name, info.lat, info.lon, info.show_names) == ("Bright Park", 55.1, 14.7, False)
    assert social_of(site).language() == "de"
    bad = hostc.post("/space", {"csrf": token, "name": "Bright Park", "lat": "91"})
    assert bad.status == 400 and social_of(site).space().lat == 55.1
    assert WebClient(site.url).get("/space").location == "/login"


def test_critical_mass_page(site):
    from datetime import date

    from kiosk.server.models import ServerVisitRow

    # Monday 3 and 1 people, Tuesday 2, a Tuesday in October 2
    days = {date(2026, 11, 2): 3, date(2026, 11, 9): 1, date(2026, 11, 3): 2, date(2026, 10, 6): 2}
    with Session(site.store.engine) as s, s.begin():
        for day, people in days.items():
            for i in range(people):
                at = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
                s.add(ServerVisitRow(id=f"{day}-{i}", member_id=f"{i:016x}", kiosk_id="k", day=day,
                                     checked_in_at=at, checked_out_at=at + timedelta(hours=2)))
    hostc = host(site)
    hostc.get("/language/en")
    page = hostc.get("/critical-mass?n=2").text
    weekday = re.search(r'id="mass-weekday">(.*?)</table>', page, re.S).group(1)
    cells = re.findall(r"<th>(\w+)</th><td>([^<]*)</td>", weekday)
    assert cells[:3] == [("Mon", "50 %"), ("Tue", "100 %"), ("Wed", "—")]
    month_table = re.search(r'id="mass-month">(.*?)</table>', page, re.S).group(1)
    months = re.findall(r"<th>([\d-]+)</th><td>([^<]*)</td>", month_table)
    assert months == [("2026-10", "100 %"), ("2026-11", "66 %")]
    assert hostc.get("/critical-mass?n=0").status == 400


def pull_all(site, token: str, protocol: str | None) -> list[dict]:
    client = WebClient(site.url)
    headers = {"Authorization": f"Bearer {token}"}
    if protocol:
        headers["Kiosk-Protocol"] = protocol
    changes, cursor = [], ""
    while True:
        answer = client.get(f"/api/v1/roster?limit=3{'&cursor=' + cursor if cursor else ''}", headers=headers)
        assert answer.status == 200, answer.text
        page = json.loads(answer.text)
        changes += page["changes"]
        cursor = page["cursor"]
        if not page["more"]:
            return changes


def test_the_roster_carries_visibility_and_phone_keys_to_version_2_kiosks(site, tmp_path):
    import base64

    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    from kiosk.protocol import wire

    anna, lars = site.store.add_members([{"name": "Anna Holm"}, {"name": "Lars Vestergaard"}])
    social = social_of(site)
    social.choose(anna.member.id, True, ["3D print"])
    spki = ec.generate_private_key(ec.SECP256R1()).public_key().public_bytes(
        Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    key_id = social.register_device(anna.member.id, "ecdsa-p256", base64.b64encode(spki).decode())
    code = site.store.add_kiosk("door-9")
    token = site.store.enroll(wire.EnrollRequest(code=code, device_id="0" * 8 + "-aaaa-bbbb-cccc-" + "d" * 12)).token

    v1 = pull_all(site, token, None)
    assert all(c.get("social") is None for c in v1)
    v2 = {c["ref"]: c for c in pull_all(site, token, "2") if c["kind"] == "member"}
    got = v2[anna.member.id]["social"]
    assert got["visibility"]["visible"] is True and got["visibility"]["tags"] == ["3D print"]
    assert got["visibility"]["version"] == 1 and got["visibility"]["decided_at"]
    assert got["devices"] == [{"key_id": key_id, "algorithm": "ecdsa-p256",
                               "spki": base64.b64encode(spki).decode(), "revoked": False}]
    assert v2[lars.member.id]["social"] == {"visibility": None, "devices": [], "any_hour": False}

    # A revocation and a withdrawal go out as member changes with the next pull.
    social.revoke_device(key_id)
    social.choose(anna.member.id, False, [])
    later = [c for c in pull_all(site, token, "2") if c["ref"] == anna.member.id]
    assert len(later) >= 1 and later[-1]["social"]["devices"][0]["revoked"] is True
    assert later[-1]["social"]["visibility"]["visible"] is False

    # A real kiosk's roster checksum still matches: the extra lies beside the member, not in it.
    kiosk = build_kiosk(tmp_path / "kiosk")
    site.enroll(kiosk)
    report = kiosk.sync.run_once()
    assert report.roster_matches
    kiosk.close()


def _pdf_text(body: bytes, tmp_path: Path) -> str:
    import subprocess

    pdf = tmp_path / "read.pdf"
    pdf.write_bytes(body)
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_the_servers_card_and_evacuation_pdfs_carry_the_spaces_own_name(site, tmp_path):
    """They said "Coworking" whatever the space is called."""

    (anna,) = site.store.add_members([{"name": "Anna Holm"}])
    social_of(site).set_space(SpaceInfo(name="Klitmøller Kontor", url="", logo=""), "da")
    hostc = host(site)
    card = hostc.get(f"/members/{anna.member.id}/card.pdf")
    assert card.status == 200 and "Klitmøller Kontor" in _pdf_text(card.body, tmp_path)
    evacuation = hostc.get("/evacuation.pdf")
    assert evacuation.status == 200 and "Klitmøller Kontor" in _pdf_text(evacuation.body, tmp_path)
    out = tmp_path / "card.pdf"
    db = ["--db", site.db_url] if site.db_url else []
    done = kiosk_command("server", "card", anna.member.id, "--out", str(out), "--data-dir", str(site.data_dir), *db)
    assert done.returncode == 0, done.stderr
    text = _pdf_text(out.read_bytes(), tmp_path)
    assert "Klitmøller Kontor" in text and "Coworking" not in text
