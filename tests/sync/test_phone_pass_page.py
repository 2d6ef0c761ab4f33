"""The members' page and the phone pass in real Chromium (Debian's, via Playwright): the QR the
page draws, read off a screenshot, is a pass the door verifies with the registered key; a minute
later the same QR is refused as expired; a revoked phone is refused."""

from __future__ import annotations

import io
import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from kiosk.domain.codes import CodeRejected
from kiosk.domain.phone_pass import PassProblem, PassRefused, verify_pass
from kiosk.server.social import Social
from tests.conftest import build_kiosk, need
from tests.sync.conftest import start_server
from tests.sync.test_host_pages import CHROMIUM

SCREENSHOTS = Path(__file__).parents[2] / "docs" / "screenshots"
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def browser():
    need(shutil.which("chromium") is not None, "Chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


@pytest.fixture
def site(tmp_path):
    server = start_server(tmp_path / "server", None)
    yield server
    server.stop()
    server.store.engine.dispose()


def log_in_as_member(page, site, member_id: str) -> None:
    code = Social(site.store.engine, site.store.tz).issue_code(member_id)
    page.goto(site.url + "/me/login")
    page.fill("input[name=code]", code)
    page.click("#code-login button")
    page.wait_for_url(site.url + "/me")


def qr_text(page) -> str:
    shot = page.locator("#qr").screenshot()
    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(shot)))
    assert len(found) == 1, "one QR on the page"
    return found[0].text


def test_the_phone_pass_from_the_page_verifies_and_a_minute_later_is_expired(browser, site, tmp_path):
    (anna,) = site.store.add_members([{"name": "Anna Holm"}])
    social = Social(site.store.engine, site.store.tz)
    context = browser.new_context(viewport=PHONE, locale="da-DK")
    page = context.new_page()
    log_in_as_member(page, site, anna.member.id)
    page.goto(site.url + "/me/pass")
    page.wait_for_selector("#pass[data-step]", timeout=20_000)
    text = qr_text(page)
    read_at = datetime.now(UTC)
    assert text.startswith("KP1:")
    keys = social.all_devices()
    assert len(keys) == 1 and next(iter(keys.values())).member_id == anna.member.id
    checked = verify_pass(text, keys, read_at)
    assert checked.member_id == anna.member.id and checked.key_id == page.get_attribute("#pass", "data-key-id")
    with pytest.raises(PassRefused) as late:
        verify_pass(text, keys, read_at + timedelta(minutes=1))
    assert late.value.problem is PassProblem.EXPIRED
    tampered = text[:-3] + ("AAA" if not text.endswith("AAA") else "BBB")
    with pytest.raises(CodeRejected):
        verify_pass(tampered, keys, read_at)

    # The private key stays in the browser and cannot be exported; a reload keeps the same key.
    extractable = page.evaluate("""() => new Promise((ok, fail) => {
        const open = indexedDB.open("door-kiosk-pass", 1);
        open.onsuccess = () => { const r = open.result.transaction("keys").objectStore("keys").getAll();
                                 r.onsuccess = () => ok(r.result.map(e => e.privateKey.extractable)); };
        open.onerror = () => fail(open.error); })""")
    assert extractable == [False]
    page.screenshot(path=str(tmp_path / "phone-pass.png"), full_page=True)
    page.reload()
    page.wait_for_selector("#pass[data-step]", timeout=20_000)
    assert len(social.all_devices()) == 1

    # Revoked on the member's page: the door refuses the phone (with the next pull).
    page.goto(site.url + "/me")
    page.screenshot(path=str(tmp_path / "member-page.png"), full_page=True)
    page.click("#devices button:has-text('Spær')")
    page.wait_for_selector("#confirm-yes")  # asked once: what will happen, and a way back
    page.click("#confirm-yes")
    page.wait_for_url(site.url + "/me")
    with pytest.raises(PassRefused) as revoked:
        verify_pass(text, social.all_devices(), read_at)
    assert revoked.value.problem is PassProblem.DEVICE_REVOKED
    if os.environ.get("KIOSK_UPDATE_SCREENSHOTS") == "1":  # never dirty a checkout by just testing
        shutil.copy(tmp_path / "member-page.png", SCREENSHOTS / "member-page.png")
        shutil.copy(tmp_path / "phone-pass.png", SCREENSHOTS / "phone-pass.png")
    context.close()


def test_a_host_revokes_a_phone_on_the_member_page(browser, site):
    from kiosk.server.hosts import Hosts
    from tests.sync.test_host_pages import PASSWORD, log_in

    (anna,) = site.store.add_members([{"name": "Anna Holm"}])
    Hosts(site.store.engine).add("anna", PASSWORD)
    social = Social(site.store.engine, site.store.tz)
    member = browser.new_context(viewport=PHONE).new_page()
    log_in_as_member(member, site, anna.member.id)
    member.goto(site.url + "/me/pass")
    member.wait_for_selector("#pass[data-step]", timeout=20_000)
    (key_id,) = social.all_devices()
    hostp = browser.new_page()
    log_in(hostp, site.url)
    hostp.goto(f"{site.url}/members/{anna.member.id}")
    assert key_id in hostp.inner_text("#member-devices")
    hostp.click("#member-devices button")
    assert "Anna Holm" in hostp.inner_text("#confirm") and not social.all_devices()[key_id].revoked  # asked once
    hostp.click("#confirm-yes")
    hostp.wait_for_url(f"{site.url}/members/{anna.member.id}")
    assert social.all_devices()[key_id].revoked


def test_the_qr_off_the_phone_s_screen_checks_the_member_in_at_the_kiosk(browser, site, tmp_path):
    """The whole way: the member's page makes the key in Chromium, the kiosk pulls it with the
    roster, and the QR read off the page's screenshot checks the member in at the door; the same
    QR again is the same answer, a minute later it is refused as expired; revoked on the page,
    the phone stops at the door with the next pull."""
    from kiosk.domain.checkin import Outcome, Refusal
    from tests.fakes import FakeClock

    (anna,) = site.store.add_members([{"name": "Anna Holm"}])
    clock = FakeClock(datetime.now(UTC))
    kiosk = build_kiosk(tmp_path / "door", clock=clock)
    try:
        site.enroll(kiosk)
        context = browser.new_context(viewport=PHONE, locale="de-DE")
        page = context.new_page()
        log_in_as_member(page, site, anna.member.id)
        page.goto(site.url + "/me/pass")
        page.wait_for_selector("#pass[data-step]", timeout=20_000)
        assert kiosk.sync.run_once().error is None  # the door learns the phone's public key
        text = qr_text(page)
        clock.set(datetime.now(UTC))
        welcome = kiosk.checkin.check_in_code(text)
        assert (welcome.outcome, welcome.first_name) == (Outcome.CHECKED_IN, "Anna")
        clock.advance(seconds=3)
        again = kiosk.checkin.check_in_code(text)
        assert again.outcome is Outcome.CHECKED_IN and again.event_id is None  # no second event
        clock.advance(minutes=1)
        late = kiosk.checkin.check_in_code(text)
        assert (late.outcome, late.refusal) == (Outcome.REFUSED, Refusal.PASS_EXPIRED)
        assert kiosk.presence.count_in_now() == 1
        assert kiosk.sync.run_once().error is None
        assert [e["member_id"] for e in site.store.presence()["in_now"]] == [anna.member.id]

        fresh = qr_text(page)  # the phone's pass now, then the phone is turned off on its page
        account = context.new_page()
        account.goto(site.url + "/me")
        account.click("#devices button:has-text('Sperren')")
        account.click("#confirm-yes")  # asked once
        account.wait_for_url(site.url + "/me")
        assert kiosk.sync.run_once().error is None
        clock.set(datetime.now(UTC) + timedelta(minutes=2))  # past the guard window of any earlier answer
        assert kiosk.checkin.check_in_code(fresh).refusal is Refusal.PHONE_REVOKED
        context.close()
    finally:
        kiosk.close()
