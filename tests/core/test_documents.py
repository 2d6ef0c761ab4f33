"""Printed PDFs read back as a person's tools read them: pdftotext finds real text in the
space's language, the QR is vector and scans, long names never run into the QR or the next
column. (poppler-utils is installed by scripts/setup.sh --dev.)"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.etree import ElementTree as ET

import cv2
import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics

from kiosk.core.documents import cards, evacuation
from kiosk.core.documents.vector import BOLD, fit_lines, register_fonts
from kiosk.core.members import IssuedCard
from kiosk.domain.codes import issue_code, short_code_for
from kiosk.domain.members import Member, Plan, PlanKind, Role
from kiosk.domain.presence import PresenceEntry
from tests.conftest import examples

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None and not __import__("os").environ.get("CI"),
                                reason="poppler-utils not installed (scripts/setup.sh --dev)")

LONG_NAMES = [
    "Maria-Magdalena Sophie Charlotte Wilhelmine von Hohenzollern-Sigmaringen-Løvenskiold",
    "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",  # no space at all
    "Αλέξανδρος Παπαδόπουλος-Καραμανλής Κωνσταντινουπολίτης Θεσσαλονικεύς Ηρακλειδης",
    "Александра Владимировна Константинопольская-Преображенская Санкт-Петербургская",
]


def a_card(name: str, serial: int = 1) -> IssuedCard:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    member_id = "a1b2c3d4e5f60718"
    code = issue_code(key, member_id, serial)
    member = Member(id=member_id, name=name, email="", role=Role.MEMBER,
                    plan=Plan(kind=PlanKind.MONTHLY))
    return IssuedCard(member, serial, code, short_code_for(code))


def text_of(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def words_of(pdf: Path) -> list[tuple[str, float, float, float, float, int]]:
    """Every word with its box in points (xMin, yMin, xMax, yMax) and its page."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    html = re.sub(r"<!DOCTYPE[^>]*>", "", html).replace('xmlns="http://www.w3.org/1999/xhtml"', "")
    out = []
    for page_no, page in enumerate(ET.fromstring(html).iter("page"), 1):
        for w in page.iter("word"):
            out.append((w.text or "", float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")),
                        float(w.get("yMax")), page_no))
    return out


def test_a_card_is_real_text_in_the_spaces_language_with_a_vector_qr(tmp_path):
    card = a_card("Åse Ørum-Müller")
    out = tmp_path / "card.pdf"
    cards.save_card(card, "Cowork Klitmøller", out, "da")
    text = text_of(out)
    for expected in ("Åse Ørum-Müller", "Cowork Klitmøller", "Medlemskort", "Hold koden op mod kameraet",
                     card.short_code, "Nr. 1"):
        assert expected in text, expected
    assert "Member card" not in text
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True).stdout
    assert len(images.strip().splitlines()) == 2  # the header only: no picture inside, all vector
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts

    # The vector QR scans, at print resolution, as the code the door accepts.
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-singlefile", str(out), str(tmp_path / "card")], check=True)
    picture = cv2.imread(str(tmp_path / "card.png"))
    assert [r.text for r in zxingcpp.read_barcodes(picture)] == [card.code]

    cards.save_card(card, "Cowork", tmp_path / "en.pdf", "en")
    cards.save_card(card, "Cowork", tmp_path / "de.pdf", "de")
    assert "Member card" in text_of(tmp_path / "en.pdf") and "Mitgliedskarte" in text_of(tmp_path / "de.pdf")


@pytest.mark.parametrize("name", LONG_NAMES)
def test_long_names_fit_beside_the_qr_and_on_the_card(tmp_path, name):
    out = tmp_path / "card.pdf"
    cards.save_card(a_card(name), "Cowork Klitmøller og Omegns Andelsforening for Fjernarbejde", out, "de")
    words = words_of(out)
    assert "".join(w[0] for w in words).replace(" ", "").find(name.replace(" ", "")[:20]) >= 0
    qr_left = cards.QR_X
    width, height = cards.CARD_PT
    for text, x0, y0, x1, y1, _page in words:
        assert x0 >= 0 and x1 <= width + 0.5 and y0 >= 0 and y1 <= height + 0.5, text
        if x0 < qr_left:  # the text column (the short code is centred under the QR, right of this)
            assert x1 <= qr_left + 0.5, (text, x1, qr_left)
    # the whole name is on the card (shrunk or wrapped, never cut off)
    flat = "".join(w[0] for w in words)
    assert name.replace(" ", "") in flat.replace(" ", "")


def test_a_card_sheet_has_ten_to_a_page_all_searchable(tmp_path):
    people = [a_card(f"Person {i:02d} Ærø", serial=i + 1) for i in range(12)]
    out = tmp_path / "sheet.pdf"
    assert cards.save_card_sheet(people, "Cowork", out, "en") == 2
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Pages:\s+2", info)
    text = text_of(out)
    assert all(f"Person {i:02d} Ærø" in text for i in range(12)) and text.count("Member card") == 12


def test_the_evacuation_list_in_danish_with_guests_and_long_names(tmp_path):
    at = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    entries = [PresenceEntry(f"m{i}", f"Person {i:02d}", False, at + timedelta(minutes=i), None, None)
               for i in range(26)]
    entries += [PresenceEntry("g1", LONG_NAMES[0], False, at, None, None, guest=True, host_name="Lars Holm"),
                PresenceEntry("g2", LONG_NAMES[1], False, at, None, None),
                PresenceEntry("g3", LONG_NAMES[3], False, at, None, None, guest=True)]
    out = tmp_path / "evacuation.pdf"
    made_at = at.astimezone(__import__("zoneinfo").ZoneInfo("Europe/Copenhagen"))
    assert evacuation.save_evacuation_pdf("Cowork Klitmøller", entries, made_at, out, "da") == 2
    text = text_of(out)
    for expected in ("Evakueringsliste - Cowork Klitmøller", "29 i bygningen kl. 2026-03-02 10:00",
                     "side 1 af 2", "side 2 af 2", "Sæt kryds ved hver person på samlingsstedet.",
                     "gæst hos Lars Holm", "ind 10:00"):
        assert expected in text, expected
    assert "Evacuation" not in text
    time_column = evacuation.A4[0] - evacuation.MARGIN - evacuation.TIME_W
    flat = "".join(w[0] for w in words_of(out))
    for name in LONG_NAMES[:2] + LONG_NAMES[3:]:
        assert name.replace(" ", "") in flat  # the whole name, wrapped or shrunk
    for text_, x0, _y0, x1, _y1, _page in words_of(out):
        if x0 < time_column and x0 >= evacuation.NAME_X - 1:
            assert x1 <= time_column + 0.5, (text_, x1)

    empty = tmp_path / "empty.pdf"
    evacuation.save_evacuation_pdf("Cowork", [], made_at, empty, "en")
    assert "Nobody is checked in." in text_of(empty)


@settings(max_examples=examples(60), deadline=None)
@given(st.text(alphabet=st.characters(categories=("L", "Zs", "Pd")), min_size=1, max_size=80))
def test_fitted_lines_never_exceed_their_box(name):
    register_fonts()
    size, lines = fit_lines(name, BOLD, 15, 6, 90.0, 48.0)
    assert 6 <= size <= 15
    assert all(pdfmetrics.stringWidth(line, BOLD, size) <= 90.0 + 1e-6 for line in lines)
    assert "".join(lines).replace(" ", "") == name.replace(" ", "").replace("\u3000", "").replace("\xa0", "") \
        or "".join("".join(lines).split()) == "".join(name.split())


def test_the_server_gets_the_same_documents_as_bytes(tmp_path):
    """The host pages send the card and the evacuation list without a file: the same vector PDFs."""
    at = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    body = evacuation.evacuation_pdf("Hanstholm", [PresenceEntry("m1", "Ida Bak", False, at, None, None)], at, "de")
    (tmp_path / "e.pdf").write_bytes(body)
    assert "Evakuierungsliste - Hanstholm" in text_of(tmp_path / "e.pdf") and "Ida Bak" in text_of(tmp_path / "e.pdf")
    (tmp_path / "c.pdf").write_bytes(cards.card_pdf(a_card("Ida Bak"), "Coworking", "en"))
    assert "Member card" in text_of(tmp_path / "c.pdf")


def test_the_png_card_speaks_the_pdfs_language_and_an_80_character_name_stays_off_the_qr(tmp_path):
    """Issue 24: the PNG was English first while the PDF was Danish, and an 80-character name
    ran across the QR."""
    import numpy as np
    from PIL import Image

    name = "Maximiliane Wilhelmine Friederike von Hohenzollern-Sigmaringen-Klitmøller Østergård"[:80]
    card = a_card(name)
    out = tmp_path / "card.png"
    cards.save_card(card, "Cowork Klitmøller", out, "da")
    with Image.open(out) as saved:
        pixels = np.asarray(saved.convert("RGB"))
    assert (pixels == np.asarray(cards.render_card(card, "Cowork Klitmøller", "da"))).all()
    assert not (pixels == np.asarray(cards.render_card(card, "Cowork Klitmøller", "en"))).all()  # not English
    qr_side = cards.CARD_H - 120
    qr_left = cards.CARD_W - qr_side - 30
    gap = pixels[30:cards.CARD_H - 90, qr_left - 9:qr_left]  # the strip between the text column and the QR
    assert (gap > 200).all(), "text runs into the QR"
