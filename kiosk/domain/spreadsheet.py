"""CSV cells that a spreadsheet reads as text, never as a formula.

A name typed at the door like `=HYPERLINK("http://evil","Click")` or `@SUM(A1)` would run as a
formula when the host opens the export in Excel or LibreOffice (CSV injection). Such a cell gets
a leading apostrophe, which spreadsheets show as nothing and read as "text" (OWASP's advice)."""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """The value for a CSV cell: text that a spreadsheet could take for a formula is quoted."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
