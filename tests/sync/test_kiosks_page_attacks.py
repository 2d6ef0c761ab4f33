"""The server's Kiosks page tried as an attacker would, in real Chromium against the real server:
a kiosk's hostile health report and a hostile kiosk name show inert and bounded; the "Add a
kiosk" form cannot be posted from another site or without the session's CSRF token."""

from __future__ import annotations

import httpx

from kiosk.protocol import wire
from tests.conftest import build_kiosk
from tests.sync.test_host_pages import PASSWORD, browser, log_in, site  # noqa: F401  (fixtures)
from tests.sync.web_client import WebClient

HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'


def test_a_hostile_health_report_and_kiosk_name_show_inert_and_bounded(browser, site, tmp_path) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    kiosk = build_kiosk(tmp_path / "door")
    try:
        site.enroll(kiosk, name=HOSTILE[:60])
        state = kiosk.sync.local.state()
    finally:
        kiosk.close()
    says = HOSTILE + "\u202e\u2066" + "\x1b[31m" + "W" * 400 + " ø" * 50 + "\U0001F600" * 20 + "\u0301" * 40
    flood = {"version": "9.9.9<script>x</script>" + "9" * 200,
             "warnings": [{"check": "<svg onload=alert(1)>", "status": "problem", "says": says} for _ in range(40)]}
    answer = httpx.post(site.url + "/api/v1/events", timeout=30, json={"events": [], "pending": 0, "health": flood},
                        headers={"Authorization": f"Bearer {state['token']}", wire.PROTOCOL_HEADER: "2"})
    assert answer.status_code == 200, answer.text
    context = browser.new_context(viewport={"width": 1024, "height": 600})
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    log_in(page, site.url)
    page.goto(site.url + "/kiosks")
    page.wait_for_load_state("load")
    assert page.evaluate("window.__pwned") is None and not dialogs
    table = page.locator("#kiosks")
    assert table.locator("img, script, svg").count() == 0
    text = table.inner_text()
    assert "<img src=x" in text  # shown as text, not made into an element
    assert table.locator("ul.warnings li").count() == wire.MAX_WARNINGS  # at most so many warnings
    assert "W" * (wire.MAX_SAYS - len(HOSTILE)) not in text  # each cut short
    assert "\u202e" not in text and "\x1b" not in text
    # Bounded: no unbroken run of text pushes the page wider than the screen.
    width = page.evaluate("document.documentElement.scrollWidth")
    page.screenshot(path=str(tmp_path / "kiosks-hostile.png"), full_page=False)
    cells = page.evaluate("[...document.querySelectorAll('#kiosks tbody td')]"
                          ".map(c => c.getBoundingClientRect().width)")
    assert width <= 1024, (width, cells)
    context.close()


def test_the_add_a_kiosk_form_cannot_be_posted_from_another_site_or_without_the_token(browser, site) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    page = browser.new_page()
    log_in(page, site.url)
    attacker = "http://attacker.test/"
    page.route(attacker + "**", lambda route: route.fulfill(content_type="text/html", body=(
        f'<form id=f method=post action="{site.url}/kiosks"><input name=name value="Evil door">'
        '<input name=csrf value=""></form><script>document.getElementById("f").submit()</script>')))
    page.goto(attacker)
    page.wait_for_load_state("load")
    assert "Evil door" not in {k["name"] for k in site.store.kiosks()}
    assert "enroll-code" not in page.content()  # no code shown to the other site either
    # Without the session's token, or with another session's: 403, nothing added.
    anna, other = WebClient(site.url), WebClient(site.url)
    assert anna.log_in("anna", PASSWORD).status == 303 and other.log_in("anna", PASSWORD).status == 303
    foreign = other.csrf_of("/kiosks")
    for form in ({"name": "Evil door"}, {"csrf": "", "name": "Evil door"}, {"csrf": foreign, "name": "Evil door"}):
        assert anna.post("/kiosks", form).status == 403, form
    # A GET never adds one (no state changes on a link).
    assert anna.get("/kiosks?name=Evil+door").status == 200
    assert "Evil door" not in {k["name"] for k in site.store.kiosks()}
    mine = anna.csrf_of("/kiosks")
    assert anna.post("/kiosks", {"csrf": mine, "name": "Real door"}).status == 200
    assert "Real door" in {k["name"] for k in site.store.kiosks()}
