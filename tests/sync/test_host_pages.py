"""The host pages in a real headless Chromium (Debian's), driven by Playwright."""

from __future__ import annotations

import shutil

import pytest

from kiosk.server.hosts import Hosts
from tests.conftest import build_kiosk, need
from tests.sync.conftest import start_server

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
PASSWORD = "correct horse battery"


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
    Hosts(server.store.engine).add("anna", PASSWORD)
    yield server
    server.stop()
    server.store.engine.dispose()


def log_in(page, url):
    page.goto(url + "/")
    assert page.url.endswith("/login")
    page.fill("input[name=username]", "anna")
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('Log in')")
    page.wait_for_url(url + "/")


def test_host_sees_a_check_in_made_at_a_kiosk(browser, site, tmp_path):

    (mette,) = site.store.add_members([{"name": "Mette Jensen"}])
    kiosk = build_kiosk(tmp_path / "kiosk")  # the real clock: the page shows today
    site.enroll(kiosk)
    page = browser.new_page()
    log_in(page, site.url)
    assert page.inner_text("#in-now-count") == "0"
    kiosk.checkin.check_in_code(mette.code)
    kiosk.sync.run_once()
    page.reload()
    assert page.inner_text("#in-now-count") == "1"
    assert "Mette Jensen" in page.inner_text("#in-now")
    page.screenshot(path=str(tmp_path / "host-today.png"), full_page=True)
    page.click("text=Kiosks")
    assert "door-1" in page.inner_text("#kiosks")
    page.screenshot(path=str(tmp_path / "host-kiosks.png"), full_page=True)
    page.click("text=How busy")
    assert page.locator("#by-hour rect").count() >= 10 and page.locator("#by-weekday rect").count() == 7
    page.screenshot(path=str(tmp_path / "host-busy.png"), full_page=True)
    kiosk.close()


def test_member_added_on_the_page_checks_in_at_the_kiosk(browser, site, kiosk_at):
    kiosk = kiosk_at()
    site.enroll(kiosk)
    page = browser.new_page()
    log_in(page, site.url)
    page.click("text=Members")
    page.fill("#add-member input[name=name]", "Åse Ørum")
    page.fill("#add-member input[name=email]", "ase@example.dk")
    page.click("#add-member button")
    page.wait_for_selector("#members >> text=Åse Ørum")
    kiosk.sync.run_once()
    (member,) = [m for m in site.store.members() if m.name == "Åse Ørum"]
    assert kiosk.checkin.check_in_code(site.store.card(member.id).code).name == "Åse Ørum"


def test_wrong_password_and_forged_form_are_refused(browser, site):
    page = browser.new_page()
    page.goto(site.url + "/login")
    page.fill("input[name=username]", "anna")
    page.fill("input[name=password]", "wrong password!")
    page.click("button:has-text('Log in')")
    assert "Wrong name or password" in page.inner_text("main")
    log_in(page, site.url)
    # A form posted without the session's CSRF token (another site's form) does nothing.
    status = page.evaluate("""async () => (await fetch('/members', {method: 'POST',
        headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: 'name=Mallory'})).status""")
    assert status == 403
    assert all(m.name != "Mallory" for m in site.store.members())


def test_host_edits_suspends_and_reissues_and_the_kiosk_follows(browser, site, kiosk_at):
    (lars,) = site.store.add_members([{"name": "Lars Holm"}])
    kiosk = kiosk_at()
    site.enroll(kiosk)
    page = browser.new_page()
    log_in(page, site.url)
    page.click("text=Members")
    page.click("text=Lars Holm")
    page.fill("#edit-member input[name=name]", "Lars Holm-Jensen")
    page.select_option("#edit-member select[name=plan]", "clipcard")
    page.fill("#edit-member input[name=clips]", "10")
    page.click("#edit-member button")
    page.wait_for_selector("#members >> text=Lars Holm-Jensen")
    kiosk.sync.run_once()
    assert kiosk.checkin.check_in_code(lars.code).clips_left == 9
    # The card is lost: a new one is issued; the old one stops working at the door.
    row = page.locator("#members tr", has_text="Lars Holm-Jensen")
    row.locator("button:has-text('New card')").click()
    # Asked once, saying what will happen; Cancel goes back with the card still working.
    assert "every door" in page.inner_text("#confirm-text") and site.store.card(lars.member.id).serial == 1
    page.click("#confirm-cancel")
    page.wait_for_selector("#members")
    assert site.store.card(lars.member.id).serial == 1
    page.locator("#members tr", has_text="Lars Holm-Jensen").locator("button:has-text('New card')").click()
    page.click("#confirm-yes", no_wait_after=True)  # answers with the new card's PDF
    import time

    deadline = time.monotonic() + 10
    while site.store.card(lars.member.id).serial != 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    kiosk.sync.run_once()
    from kiosk.domain.checkin import Refusal

    assert kiosk.checkin.check_in_code(lars.code).refusal is Refusal.REVOKED
    assert kiosk.checkin.check_in_code(site.store.card(lars.member.id).code).name == "Lars Holm-Jensen"



@pytest.mark.parametrize(("accept", "login", "members", "wrong"), [
    ("da-DK,da;q=0.9", "Log ind", "Medlemmer", "Forkert navn eller adgangskode."),
    ("de-DE,de;q=0.9,en;q=0.5", "Anmelden", "Mitglieder", "Falscher Name oder falsches Passwort."),
    ("en-GB,en;q=0.9", "Log in", "Members", "Wrong name or password."),
])
@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_pages_speak_the_browsers_language(browser, site, tmp_path, accept, login, members, wrong):
    lang = accept[:2]
    context = browser.new_context(extra_http_headers={"Accept-Language": accept}, locale=accept.split(",")[0])
    page = context.new_page()
    page.goto(site.url + "/login")
    assert page.get_attribute("html", "lang") == lang
    page.fill("input[name=username]", "anna")
    page.fill("input[name=password]", "not the password")
    page.click(f"button:has-text('{login}')")
    assert wrong in page.inner_text("main")
    page.fill("input[name=username]", "anna")
    page.fill("input[name=password]", PASSWORD)
    page.click(f"button:has-text('{login}')")
    page.wait_for_url(site.url + "/")
    page.click(f"nav >> text={members}")
    assert members in page.inner_text("h1")
    page.screenshot(path=str(tmp_path / f"host-members-{lang}.png"), full_page=True)
    context.close()


def test_language_switcher_overrides_the_browser(browser, site):
    context = browser.new_context(extra_http_headers={"Accept-Language": "en-US,en;q=0.9"})
    page = context.new_page()
    log_in(page, site.url)
    page.click("header >> text=Dansk")
    page.wait_for_selector("nav >> text=Medlemmer")
    assert page.url == site.url + "/"
    page.click("nav >> text=Medlemmer")
    page.click("header >> text=Deutsch")
    page.wait_for_selector("h1 >> text=Mitglieder")  # back on the same page, now in German
    assert page.url == site.url + "/members"
    page.reload()
    assert page.get_attribute("html", "lang") == "de"
    context.close()


def test_members_fit_a_390px_phone(browser, site, tmp_path):
    site.store.add_members([{"name": "Wolfgang Amadeus Schwarzenberg-Hohenlohe von Ingelheim",
                             "email": "wolfgang.schwarzenberg-hohenlohe@ein-sehr-langer-domainname.example.de",
                             "plan": "clipcard", "clips": 10}]
                           + [{"name": f"Medlem {i:02d} Åse Ørum", "email": f"m{i}@example.dk"} for i in range(8)])
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                                  has_touch=True, extra_http_headers={"Accept-Language": "de-DE,de;q=0.9"})
    page = context.new_page()
    page.goto(site.url + "/login")
    page.fill("input[name=username]", "anna")
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('Anmelden')")
    page.wait_for_url(site.url + "/")
    for path in ("/", "/members", "/kiosks", "/busy"):
        page.goto(site.url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{path} is {width} px wide on a 390 px phone"
    page.goto(site.url + "/members")
    row = page.locator("#members tr", has_text="Wolfgang")
    box = row.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
    assert row.locator("button:has-text('Neue Karte')").is_visible()
    page.screenshot(path=str(tmp_path / "host-members-phone.png"), full_page=True)
    context.close()


def test_a_name_with_markup_is_shown_as_text(browser, site):
    site.store.add_members([{"name": "<img src=x onerror=alert(1)><b>Bold</b>"}])
    page = browser.new_page()
    log_in(page, site.url)
    page.goto(site.url + "/members")
    assert "<b>Bold</b>" in page.inner_text("#members")
    assert page.locator("#members img").count() == 0


def test_a_host_approves_a_kiosks_request_on_a_phone_in_danish(browser, site, tmp_path):
    import uuid

    from kiosk.sync.client import ServerApi

    (kim,) = site.store.add_members([{"name": "Kim Ørum"}])
    token = ServerApi(site.url).enroll(site.store.add_kiosk("door-1", "Klitmøller"), str(uuid.uuid4())).token
    (result,) = ServerApi(site.url, token).send_requests(
        [{"id": str(uuid.uuid4()), "op": "erase", "member_id": kim.member.id}]).results
    assert result.status == "pending"
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                                  extra_http_headers={"Accept-Language": "da"})
    page = context.new_page()
    page.goto(site.url + "/login")
    page.fill("input[name=username]", "anna")
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('Log ind')")
    page.wait_for_url(site.url + "/")
    page.click("nav >> text=Anmodninger")
    row = page.locator("#requests tr", has_text="Kim Ørum")
    assert "Slet et medlem" in row.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=str(tmp_path / "host-requests-phone.png"), full_page=True)
    row.locator("button:has-text('Godkend')").click()
    page.wait_for_selector("text=Ingen anmodninger venter.")
    assert site.store.members() == []
    context.close()


def test_the_kiosks_page_shows_a_real_kiosks_warnings_in_plain_words(browser, site, tmp_path):
    """Two real kiosks sync: one with little disk left and its camera lost (the readings of the
    hardware), one from before kiosks reported their health. The host reads it in Danish on a
    phone and in English on a desktop."""
    from kiosk.health import Machine, door_kiosk_version

    front, back = build_kiosk(tmp_path / "front"), build_kiosk(tmp_path / "back")
    try:
        front.health.machine = Machine(disk_free=lambda _path: 120 * 1024 * 1024,
                                       clock_synchronised=lambda: (True, "test"))
        front.health.camera_seen(
            "lost", "/dev/v4l/by-id/usb-046d_HD_Pro_Webcam_C920-video-index0 stopped sending frames")
        back.sync.health = None
        site.enroll(front, "front-door")
        site.enroll(back, "back-door")
        back.checkin.check_in_code("not a card")
    finally:
        front.close()
        back.close()
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                                  extra_http_headers={"Accept-Language": "da"})
    page = context.new_page()
    page.goto(site.url + "/login")
    page.fill("input[name=username]", "anna")
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('Log ind')")
    page.wait_for_url(site.url + "/")
    page.goto(site.url + "/kiosks")
    row = page.locator("#kiosks tr", has_text="front-door")
    text = row.inner_text()
    # The kiosk sends codes and arguments; the page words them in Danish (not the kiosk's English).
    assert "Fri diskplads: Kun 120 MB fri plads, hvor data ligger" in text, text
    assert "Kamera: Kameraet holdt op med at sende billeder" in text and "only 120 MB" not in text
    assert door_kiosk_version() in text and "lige nu" in text
    assert row.locator("li.problem", has_text="Kameraet").count() == 1  # a problem stands out from a warning
    assert "ikke oplyst" in page.locator("#kiosks tr", has_text="back-door").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.screenshot(path=str(tmp_path / "host-kiosks-phone-da.png"), full_page=True)
    context.close()

    page = browser.new_page(viewport={"width": 1280, "height": 800})
    log_in(page, site.url)
    page.goto(site.url + "/kiosks")
    cells = page.locator("#kiosks tr", has_text="front-door").locator("td")
    assert "Free disk: Only 120 MB free" in cells.nth(6).inner_text() and cells.nth(4).inner_text() == "0"
    assert page.locator("#kiosks tr", has_text="back-door").locator("td").nth(6).inner_text() == "not reported"
    page.screenshot(path=str(tmp_path / "host-kiosks-desktop-en.png"), full_page=True)
