"""The host pages forgive (issue 24 item 10), in a real headless Chromium."""

from __future__ import annotations

from tests.sync.test_host_pages import PASSWORD, browser, log_in, site  # noqa: F401 (fixtures)


def test_a_wrong_password_keeps_the_name_typed(browser, site):  # noqa: F811
    page = browser.new_page()
    page.goto(site.url + "/login")
    page.fill("input[name=username]", "anna")
    page.fill("input[name=password]", "wrong password!")
    page.click("#login button")
    page.wait_for_selector(".error")
    assert page.input_value("input[name=username]") == "anna"
    assert page.input_value("input[name=password]") == ""


def test_members_are_searched_show_clips_left_and_a_monthly_member_has_no_clips(browser, site):  # noqa: F811
    site.store.add_members([{"name": "Kim Klip", "plan": "clipcard", "clips": 10},
                            {"name": "Lars Holm", "email": "lars@example.dk"}])
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    log_in(page, site.url)
    page.goto(site.url + "/members")
    assert "10" in page.inner_text("#members tr:has-text('Kim Klip') .clips-left")
    page.fill("#member-search input[name=q]", "lars@")
    page.click("#member-search button")
    page.wait_for_url("**/members?q=*")
    assert "Lars Holm" in page.inner_text("#members") and "Kim Klip" not in page.inner_text("#members")
    page.click("text=Lars Holm")
    assert page.input_value("#edit-member input[name=clips]") == ""  # not "Clips 0" for a monthly member
    page.goto(site.url + "/kiosks")
    assert page.locator("p.error").count() == 0  # no empty red bar above "Add a kiosk"


def test_the_phone_pass_shows_the_members_name_and_the_time_left(browser, site):  # noqa: F811
    import re

    from tests.sync.test_phone_pass_page import PHONE, log_in_as_member

    (anna,) = site.store.add_members([{"name": "Anna Holm"}])
    page = browser.new_context(viewport=PHONE).new_page()
    log_in_as_member(page, site, anna.member.id)
    page.goto(site.url + "/me/pass")
    page.wait_for_selector("#pass[data-step]", timeout=20_000)
    assert page.inner_text("#pass-name") == "Anna Holm"
    page.wait_for_selector("#pass-left:not(:empty)", timeout=5000)
    assert re.search(r"\b([1-9]|[12][0-9]|30) s\b", page.inner_text("#pass-left"))


def test_kiosk_names_keep_their_words_whole_at_1280(browser, site):  # noqa: F811
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    log_in(page, site.url)
    page.goto(site.url + "/kiosks")
    page.fill("#add-kiosk input[name=name]", "Hovedindgangen")
    page.fill("#add-kiosk input[name=location]", "Klitmøller Kontorfællesskab")
    page.click("#add-kiosk button")
    page.wait_for_selector("#enrollment")
    lines = page.evaluate("""() => { const td = document.querySelector('#kiosks td.name');
        const r = document.createRange(); r.selectNodeContents(td);
        return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size; }""")
    assert lines == 1, "the kiosk's name breaks mid-word"
