"""The evacuation list: everyone in the building now, as a printable PDF that needs no network.

A vector PDF with real text in the space's language: a tick box, the name (shrunk, then
wrapped, never into the next column), who a guest visits, and the time in."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from kiosk.core.documents.cards import INK_RGB, MUTED_RGB
from kiosk.core.documents.vector import BOLD, REGULAR, fit_lines, new_canvas, words
from kiosk.domain.presence import PresenceEntry

MARGIN = 18 * mm
ROW = 8.6 * mm
PER_PAGE = 28
NAME_X = MARGIN + 10 * mm
TIME_W = 26 * mm  # the time column on the right
NAME_W = A4[0] - MARGIN - TIME_W - NAME_X - 4 * mm


def save_evacuation_pdf(space_name: str, entries: list[PresenceEntry], made_at: datetime, out: Path,
                        lang: str = "da") -> int:
    """Writes the list; returns the number of pages."""
    return _write(space_name, entries, made_at, str(out), lang)


def evacuation_pdf(space_name: str, entries: list[PresenceEntry], made_at: datetime, lang: str = "da") -> bytes:
    """The list as PDF bytes (the server's host pages send it)."""
    buf = io.BytesIO()
    _write(space_name, entries, made_at, buf, lang)
    return buf.getvalue()


def _write(space_name: str, entries: list[PresenceEntry], made_at: datetime, out: str | BinaryIO,
           lang: str) -> int:
    w = words(lang)
    people = sorted(entries, key=lambda e: e.name.casefold())
    chunks = [people[i:i + PER_PAGE] for i in range(0, len(people), PER_PAGE)] or [[]]
    title = f"{w['evacuation']} - {space_name}"
    canvas = new_canvas(out, A4, title)
    width, height = A4
    for number, chunk in enumerate(chunks, start=1):
        y = height - MARGIN - 20
        size, lines = fit_lines(title, BOLD, 20, 10, width - 2 * MARGIN, 16 * mm)
        canvas.setFillColorRGB(*INK_RGB)
        for line in lines:
            canvas.setFont(BOLD, size)
            canvas.drawString(MARGIN, y, line)
            y -= size * 1.2
        canvas.setFillColorRGB(*MUTED_RGB)
        canvas.setFont(REGULAR, 11)
        at = f"{made_at:%Y-%m-%d %H:%M}"
        canvas.drawString(MARGIN, y - 4, w["in building"].format(n=len(people), at=at) + "    "
                          + w["page"].format(page=number, pages=len(chunks)))
        canvas.drawString(MARGIN, y - 20, w["tick"])
        y -= 48
        for entry in chunk:
            _row(canvas, entry, made_at, y, lang)
            y -= ROW
        if not people:
            canvas.setFillColorRGB(*INK_RGB)
            canvas.setFont(REGULAR, 14)
            canvas.drawString(MARGIN, y, w["nobody"])
        canvas.showPage()
    canvas.save()
    return len(chunks)


def _row(canvas: Canvas, entry: PresenceEntry, made_at: datetime, y: float, lang: str) -> None:
    w = words(lang)
    canvas.setStrokeColorRGB(*INK_RGB)
    canvas.setLineWidth(1.2)
    canvas.rect(MARGIN, y - 1.5 * mm, 5 * mm, 5 * mm, stroke=1, fill=0)
    note = ""
    if entry.guest:  # who to look for: a guest may not know the building
        note = w["guest of"].format(host=entry.host_name) if entry.host_name else w["guest"]
    # The row's baseline is y (the time's); a guest's note sits under the name.
    size, lines = fit_lines(entry.name, REGULAR, 13, 6, NAME_W, (4.6 if note else 7.4) * mm, leading=1.1)
    step = size * 1.1
    # the first line's baseline: the block of lines centred on the row (above the note)
    first = y + (len(lines) - 1) * step / 2 + (2.4 * mm if note else 0)
    canvas.setFillColorRGB(*INK_RGB)
    canvas.setFont(REGULAR, size)
    for i, line in enumerate(lines):
        canvas.drawString(NAME_X, first - i * step, line)
    if note:
        canvas.setFillColorRGB(*MUTED_RGB)
        note_size, note_lines = fit_lines(note, REGULAR, 8, 5, NAME_W, 3 * mm)
        canvas.setFont(REGULAR, note_size)
        canvas.drawString(NAME_X, y - 1.6 * mm, note_lines[0])
    canvas.setFillColorRGB(*MUTED_RGB)
    canvas.setFont(REGULAR, 12)
    time_in = w["in"].format(at=f"{entry.checked_in_at.astimezone(made_at.tzinfo):%H:%M}")
    canvas.drawString(A4[0] - MARGIN - pdfmetrics.stringWidth(time_in, REGULAR, 12), y, time_in)
