"""Where a file the host asked for went, in the language on screen: its path, and whether the
printer took it (kiosk.admin.files.HostFiles answers a path that may carry `printed` and `printer_says`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def where(value: object) -> str:
    path, printed = str(value), getattr(value, "printed", None)
    if printed is True:
        return QCoreApplication.translate("HostFiles", "%1 (sent to the printer)").replace("%1", path)
    if printed is False:
        # The printer's own words (CUPS's lp): a tool's message, shown as it came, after ours.
        return (QCoreApplication.translate("HostFiles", "%1 (the printer did not take it: %2)")
                .replace("%1", path).replace("%2", str(getattr(value, "printer_says", ""))))
    return path
