"""Issue 24, the server's pages: a card says the space's name (never "Coworking space"), and a
member's login code comes with the full address and a QR that opens it with the code filled in."""

from __future__ import annotations

import html
import re

import pytest

from kiosk.server.hosts import Hosts
from kiosk.server.social import Social
from tests.sync.conftest import start_server
from tests.sync.web_client import WebClient

PASSWORD = "correct horse battery"


@pytest.fixture
def site(tmp_path, db_url):  # type: ignore[no-untyped-def]
    server = start_server(tmp_path / "server", db_url)
    Hosts(server.store.engine).add("anna", PASSWORD)
    yield server
    server.stop()
    server.store.engine.dispose()


def test_before_the_space_page_is_filled_in_its_name_is_where_its_kiosks_are(site):
    social = Social(site.store.engine, site.store.tz)
    assert social.space().name != "Coworking space"
    site.store.add_kiosk("front-door", "Klitmøller Kontorfællesskab")
    assert social.space().name == "Klitmøller Kontorfællesskab"
    (mette,) = site.store.add_members([{"name": "Mette Jensen"}])
    client = WebClient(site.url)
    assert client.log_in("anna", PASSWORD).status == 303
    pdf = client.get(f"/members/{mette.member.id}/card.pdf")
    assert pdf.status == 200 and b"Coworking space" not in pdf.body
    assert b"Klitm" in pdf.body  # the document's title: the space's name and the member's


def test_a_login_code_comes_with_the_full_address_and_a_qr(site):
    (mette,) = site.store.add_members([{"name": "Mette Jensen"}])
    client = WebClient(site.url)
    assert client.log_in("anna", PASSWORD).status == 303
    shown = client.post(f"/members/{mette.member.id}/login-code",
                        {"csrf": client.csrf_of(f"/members/{mette.member.id}")})
    code = re.search(r'id="login-code">([0-9A-Z]+)<', shown.text).group(1)
    address = re.search(r'id="login-address">([^<]+)<', shown.text).group(1)
    assert address == f"{site.url}/me/login"
    assert '<div class="enroll-qr" id="login-qr"' in shown.text and "<svg" in shown.text
    # What the QR opens: the login page with the code filled in; the member taps Log in.
    member = WebClient(site.url)
    page = member.get(f"/me/login?code={code}")
    assert page.status == 200 and f'value="{html.escape(code)}"' in page.text
    assert member.get("/me/login?code=<script>").status == 400  # only a code's letters
