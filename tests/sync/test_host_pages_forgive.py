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
