"""Two hosts agree a partnership on their servers' Partners pages (real Chromium, two real servers):
the fingerprint read off the page as text and as a QR, an offer posted twice offered once, an
accept that asks once and says what will happen."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from kiosk.protocol.partners import same_fingerprint
from kiosk.scan.decoders import ZxingDecoder
from kiosk.server.hosts import Hosts
from kiosk.server.partners import Partnerships
from tests.sync.test_host_pages import PASSWORD, browser, log_in  # noqa: F401  (fixtures)

from .conftest import start_server


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_two_hosts_agree_on_their_pages(browser, tmp_path) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    a, b = start_server(tmp_path / "a", None), start_server(tmp_path / "b", None)
    try:
        for s in (a, b):
            Hosts(s.store.engine).add("anna", PASSWORD)
        at_a, at_b = browser.new_context().new_page(), browser.new_context().new_page()
        log_in(at_a, a.url)
        log_in(at_b, b.url)
        at_b.goto(b.url + "/partners")
        read_aloud = at_b.inner_text("#fingerprint")  # B's host reads it out over the phone
        picture = cv2.imdecode(np.frombuffer(at_b.locator("#our-fingerprint .qr svg").screenshot(), np.uint8),
                               cv2.IMREAD_GRAYSCALE)
        scanned = [c.text for c in ZxingDecoder().decode(picture)]
        assert scanned == [f"door-kiosk-partner:?fingerprint={read_aloud.replace(' ', '')}"]
        assert same_fingerprint(read_aloud, Partnerships(b.store).public_key)

        at_a.goto(a.url + "/partners")
        at_a.fill("#offer-partnership input[name=partner_url]", b.url)
        at_a.fill("#offer-partnership input[name=fingerprint]", read_aloud)
        at_a.fill("#offer-partnership input[name=own_url]", a.url)
        at_a.fill("#offer-partnership input[name=days]", "4")
        sent = at_a.evaluate("""() => Array.from(new FormData(document.querySelector('#offer-partnership')))""")
        at_a.click("#offer-partnership button")
        at_a.wait_for_url(a.url + "/partners")
        # the same form posted again (a double click, a reload that resends): offered once
        again = at_a.request.post(a.url + "/partners", multipart=None, form=dict(sent), max_redirects=0)
        assert again.status == 303
        assert len(Partnerships(a.store).partners()) == 1 == len(Partnerships(b.store).partners())
        assert "waiting" in at_a.inner_text("#partners")

        at_b.reload()
        row = at_b.inner_text("#partners")
        assert Partnerships(a.store).fingerprint() in row and "4" in row
        at_b.click("#partners button")
        assert "4" in at_b.inner_text("#confirm-text") and Partnerships(a.store).fingerprint() in at_b.inner_text(
            "#confirm-text")
        assert [v.status for v in Partnerships(b.store).partners()] == ["received"]  # asked, nothing done yet
        at_b.click("#confirm-yes")
        at_b.wait_for_url(b.url + "/partners")
        assert [v.status for v in Partnerships(b.store).partners()] == ["active"]
        assert [v.status for v in Partnerships(a.store).partners()] == ["active"]
        at_a.reload()
        assert "Ours there: 0 days" in at_a.inner_text("#partners")

        at_a.fill("#offer-partnership input[name=partner_url]", b.url)
        at_a.fill("#offer-partnership input[name=fingerprint]", "0000 0000 0000 0000 0000 0000 0000 0000")
        at_a.fill("#offer-partnership input[name=own_url]", a.url)
        at_a.fill("#offer-partnership input[name=days]", "3")
        at_a.click("#offer-partnership button")
        assert "fingerprint" in at_a.inner_text("#partners-error")
        # nothing typed is lost: the form comes back as it was, to correct the fingerprint only
        assert at_a.input_value("#offer-partnership input[name=partner_url]") == b.url
        assert at_a.input_value("#offer-partnership input[name=days]") == "3"
        assert at_a.input_value("#offer-partnership input[name=fingerprint]").startswith("0000")
    finally:
        for s in (a, b):
            s.stop()
            s.store.engine.dispose()
