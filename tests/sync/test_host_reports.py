"""What a host away from the door reads, from the real server on loopback: who is in per
location with an evacuation PDF each, visits as spreadsheet-safe CSV, kiosks' health, how busy."""

from __future__ import annotations

import csv
import io

import pytest

from kiosk.server.hosts import Hosts
from kiosk.server.reports import spreadsheet_safe
from tests.conftest import build_kiosk
from tests.sync.conftest import start_server
from tests.sync.web_client import WebClient

PASSWORD = "correct horse battery"


@pytest.fixture
def site(tmp_path):
    server = start_server(tmp_path / "server", None)
    Hosts(server.store.engine).add("anna", PASSWORD)
    yield server
    server.stop()
    server.store.engine.dispose()


def test_two_locations_each_with_their_evacuation_list(site, tmp_path):
    mette, lars = site.store.add_members([{"name": "Mette Jensen"}, {"name": "=HYPERLINK(\"http://x\")"}])
    north = build_kiosk(tmp_path / "north")  # the real clock: the server's "today"
    south = build_kiosk(tmp_path / "south")
    try:
        for kiosk, name, place in ((north, "north-door", "Klitmøller"), (south, "south-door", "Hanstholm")):
            kiosk.sync.enroll(site.url, site.store.add_kiosk(name, place))
            kiosk.sync.run_once()  # the roster first
        assert north.checkin.check_in_code(mette.code).name == "Mette Jensen"
        assert south.checkin.check_in_code(lars.code).name.startswith("=HYPERLINK")
        north.sync.run_once()
        south.sync.run_once()
    finally:
        north.close()
        south.close()
    client = WebClient(site.url)
    assert client.log_in("anna", PASSWORD).status == 303
    today = client.get("/")
    assert "Klitmøller" in today.text and "Hanstholm" in today.text, today.text[today.text.find("<main>"):]
    for place in ("Klitm%C3%B8ller", "Hanstholm"):
        pdf = client.get(f"/evacuation.pdf?location={place}")
        assert pdf.status == 200 and pdf.body.startswith(b"%PDF")
        assert pdf.headers["Cache-Control"] == "no-store"
    assert WebClient(site.url).get("/evacuation.pdf?location=Hanstholm").status == 303  # not without a login

    export = client.get("/visits.csv")
    assert export.status == 200 and export.headers["Content-Type"].startswith("text/csv")
    assert export.headers["Cache-Control"] == "no-store"
    rows = list(csv.reader(io.StringIO(export.body.decode("utf-8-sig"))))
    assert rows[0][:3] == ["date", "member_id", "name"]
    names = {r[2] for r in rows[1:]}
    assert "Mette Jensen" in names
    assert "'=HYPERLINK(\"http://x\")" in names  # text in a spreadsheet, never a formula
    assert {r[7] for r in rows[1:]} == {"Klitmøller", "Hanstholm"}

    kiosks = client.get("/kiosks")
    assert "north-door" in kiosks.text and "south-door" in kiosks.text and "Hanstholm" in kiosks.text
    busy = client.get("/busy")
    assert busy.status == 200 and 'id="by-hour"' in busy.text and "<rect" in busy.text


def test_bad_csv_periods_are_a_message_not_a_500(site):
    client = WebClient(site.url)
    client.log_in("anna", PASSWORD)
    assert client.get("/visits.csv?from=2026-02-01&to=2026-01-01").status == 400
    assert client.get("/visits.csv?from=1900-01-01&to=2026-01-01").status == 400
    assert client.get("/visits.csv?from=yesterday").status == 400


@pytest.mark.parametrize(("cell", "safe"), [("=1+1", "'=1+1"), ("+45 1234", "'+45 1234"), ("-2", "'-2"),
                                            ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("Åse", "Åse"), ("", "")])
def test_spreadsheet_safe_cells(cell, safe):
    assert spreadsheet_safe(cell) == safe
