"""The server's pages word errors and kiosks' warnings from their codes in the reader's language:
every code a page can show has a Danish, English and German sentence in the catalogs, and a real
server on loopback answers a member's long tag, a host's bad e-mail and a kiosk's low disk in
Danish and German (an older kiosk's plain sentence is still shown as it came)."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime

import httpx
import pytest

from kiosk.domain.problems import SERVER, SHOWN_ON, Code, Problem
from kiosk.health import Machine
from kiosk.protocol import wire
from kiosk.server.hosts import Hosts
from kiosk.server.social import Social
from kiosk.server.web.error_text import WARNINGS, WORDING, describe, warning_text
from tests.sync.web_client import WebClient

PASSWORD = "correct horse battery"
PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def example(code: Code) -> Problem:
    return Problem("an English message", code, **{n: f"<{n}>" for n in PLACEHOLDER.findall(WORDING[code])})


@pytest.mark.parametrize("code", [c for c in Code if SERVER in SHOWN_ON[c]])
def test_every_code_a_page_shows_has_a_wording_in_each_language(code):
    assert code in WORDING, f"kiosk/server/web/error_text.py has no wording for {code}"
    said = {lang: describe(lang, example(code)) for lang in ("da", "en", "de")}
    for lang, text in said.items():
        assert "%(" not in text and "an English message" not in text, (lang, text)
        assert all(f"<{n}>" in text for n in PLACEHOLDER.findall(WORDING[code])), (lang, text)
    assert said["da"] != said["en"] and said["de"] != said["en"] and said["da"] != said["de"]


@pytest.mark.parametrize("code", wire.WARNING_CODES)
def test_every_kiosk_warning_has_a_wording_in_each_language(code):
    assert code in WARNINGS, f"kiosk/server/web/error_text.py has no wording for the warning {code}"
    params = {n: f"<{n}>" for n in PLACEHOLDER.findall(WARNINGS[code])}
    said = {lang: warning_text(lang, code, params, "the kiosk's English") for lang in ("da", "en", "de")}
    assert "the kiosk's English" not in said.values()
    assert len(set(said.values())) == 3, said


def test_a_warning_with_arguments_that_do_not_fit_falls_back_to_the_kiosks_words():
    assert warning_text("de", "disk_low", {"nope": 1}, "only 5 MB free") == "only 5 MB free"
    assert warning_text("de", "from_a_newer_kiosk", {}, "something new") == "something new"


@pytest.fixture
def site(server):
    Hosts(server.store.engine).add("anna", PASSWORD)
    return server


def in_language(client: WebClient, lang: str) -> WebClient:
    client.cookies["kiosk_lang"] = lang
    return client


@pytest.mark.parametrize(("lang", "expected"), [
    ("da", "Et emne er højst 30 tegn."),
    ("de", "Ein Stichwort hat höchstens 30 Zeichen."),
])
def test_a_members_own_page_refuses_a_long_tag_in_the_members_language(site, lang, expected):
    (anna,) = site.store.add_members([{"name": "Anna Holm"}])
    code = Social(site.store.engine, site.store.tz).issue_code(anna.member.id)
    client = in_language(WebClient(site.url), lang)
    token = client.csrf_of("/me/login")
    assert client.post("/me/login", {"csrf": token, "code": code}).status == 303
    token = client.csrf_of("/me")
    answer = client.post("/me/visibility", {"csrf": token, "visible": "true", "tag1": "x" * 31})
    assert answer.status == 400
    assert expected in answer.text and "a tag is at most" not in answer.text


@pytest.mark.parametrize(("lang", "expected"), [
    ("da", "anna(at)example.dk er ikke en e-mailadresse"),
    ("de", "anna(at)example.dk ist keine E-Mail-Adresse"),
])
def test_the_members_page_refuses_a_bad_address_in_the_hosts_language(site, lang, expected):
    client = WebClient(site.url)
    assert client.log_in("anna", PASSWORD).status == 303
    in_language(client, lang)
    token = client.csrf_of("/members")
    answer = client.post("/members", {"csrf": token, "name": "Bo", "email": "anna(at)example.dk@", "plan": "monthly"})
    assert answer.status == 400, answer.text[:500]
    assert expected.replace("anna(at)example.dk", "anna(at)example.dk@") in answer.text
    assert "is not an address" not in answer.text


def test_the_kiosks_page_words_a_kiosks_warning_and_keeps_an_older_kiosks_sentence(site, kiosk_at):
    kiosk = kiosk_at()
    kiosk.health.machine = Machine(disk_free=lambda _path: 120 * 1024 * 1024, clock_synchronised=lambda: (True, "t"))
    site.enroll(kiosk)
    older = kiosk_at("k2")
    site.enroll(older, "door-2")
    state = older.sync.local.state()
    now = datetime.now(UTC).isoformat()
    event = {"id": str(uuid.uuid4()), "kiosk_id": state["device_id"], "seq": 1, "kind": "refused",
             "recorded_at": now, "effective_at": now, "reason": "not_ours", "source": "scan"}
    old_health = {"version": "0.9", "warnings": [{"check": "camera", "status": "problem",
                                                  "says": "the camera sends only black pictures"}]}
    answer = httpx.post(site.url + "/api/v1/events", json={"events": [event], "pending": 0, "health": old_health},
                        headers={"Authorization": f"Bearer {state['token']}", wire.PROTOCOL_HEADER: "2"}, timeout=10)
    assert answer.status_code == 200
    client = WebClient(site.url)
    assert client.log_in("anna", PASSWORD).status == 303
    page = in_language(client, "de").get("/kiosks").text
    assert "Nur 120 MB frei, wo die Daten liegen" in page and "only 120 MB free" not in page
    assert "the camera sends only black pictures" in page  # the older kiosk's own words, as they came
    page = in_language(client, "da").get("/kiosks").text
    assert "Kun 120 MB fri plads, hvor data ligger" in page


@pytest.mark.parametrize(("lang", "backwards", "too_long"), [
    ("da", "Perioden slutter, før den begynder.", "Vælg en periode på højst 3660 dage."),
    ("de", "Der Zeitraum endet, bevor er beginnt.", "Wählen Sie einen Zeitraum von höchstens 3660 Tagen."),
])
def test_the_visits_csv_refuses_a_wrong_period_in_the_hosts_language(site, lang, backwards, too_long):
    client = WebClient(site.url)
    assert client.log_in("anna", PASSWORD).status == 303
    in_language(client, lang)
    answer = client.get("/visits.csv?from=2026-12-10&to=2026-12-01")
    assert answer.status == 400 and backwards in answer.text and "ends before" not in answer.text
    answer = client.get("/visits.csv?from=2000-01-01&to=2026-12-01")
    assert answer.status == 400 and too_long in answer.text and "ten years" not in answer.text


@pytest.mark.parametrize(("lang", "expected"), [
    ("da", "Telefonens nøgle kan ikke bruges. Genindlæs siden, og prøv igen."),
    ("de", "Der Schlüssel dieses Telefons kann nicht verwendet werden. Laden Sie die Seite neu und versuchen "
           "Sie es erneut."),
])
def test_the_phone_pass_page_refuses_a_broken_key_in_the_members_language(site, lang, expected):
    (anna,) = site.store.add_members([{"name": "Anna Holm"}])
    code = Social(site.store.engine, site.store.tz).issue_code(anna.member.id)
    client = in_language(WebClient(site.url), lang)
    assert client.post("/me/login", {"csrf": client.csrf_of("/me/login"), "code": code}).status == 303
    token = client.csrf_of("/me")
    for spki in ("not base64!", "AAAA"):  # not base64; base64 but not a public key
        answer = httpx.post(site.url + "/me/devices", json={"algorithm": "ed25519", "spki": spki},
                            headers={"X-CSRF-Token": token}, cookies=client.cookies, timeout=30)
        assert answer.status_code == 400 and answer.json() == {"detail": expected}, answer.text
