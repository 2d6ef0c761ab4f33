"""The server's Kiosks page makes a kiosk's code and shows the QR of address and code; a kiosk's
first-run set-up joins with what the camera reads off that page (real Chromium, real server)."""

from __future__ import annotations

import cv2
import numpy as np

from kiosk.core.enrollment import parse_enrollment_qr
from kiosk.domain.setup_flow import Mode, SetupDraft
from kiosk.scan.decoders import ZxingDecoder
from tests.conftest import build_kiosk
from tests.sync.test_host_pages import browser, log_in, site  # noqa: F401  (fixtures)


def test_add_a_kiosk_and_join_it_from_the_qr_on_the_page(browser, site, tmp_path) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    page = browser.new_page()
    log_in(page, site.url)
    page.goto(site.url + "/kiosks")
    page.fill("#add-kiosk input[name=name]", "Front door")
    page.click("#add-kiosk button")
    code = page.inner_text("#enroll-code")
    assert page.inner_text("#enroll-url") == site.url
    picture = cv2.imdecode(np.frombuffer(page.locator(".enroll-qr svg").screenshot(), np.uint8), cv2.IMREAD_GRAYSCALE)
    read = [c.text for c in ZxingDecoder().decode(picture)]
    assert len(read) == 1
    assert parse_enrollment_qr(read[0]) == (site.url, code)
    kiosk = build_kiosk(tmp_path / "kiosk")
    try:
        url, typed = parse_enrollment_qr(read[0]) or ("", "")
        name = kiosk.setup.finish(SetupDraft(language="da", space_name="Hanstholm", opening="08:00",
                                             closing="17:00", pin="2468", mode=Mode.JOIN, server_url=url, code=typed))
        assert name == "Front door" and kiosk.members.server_owned
    finally:
        kiosk.close()
    page.fill("#add-kiosk input[name=name]", "   ")
    page.click("#add-kiosk button")
    assert "name" in page.inner_text("p.error")
