"""What the host view writes: cards, sheets of cards, the evacuation list and exports."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from kiosk.core.errors import StorageFailed
from kiosk.domain.problems import Code
from kiosk.domain.settings import SpaceSettings
from kiosk.services.audit import AuditTrail
from kiosk.services.members import MemberAdmin
from kiosk.services.ports import Clock, ExportTx, Store
from kiosk.services.presence import PresenceService

log = logging.getLogger(__name__)


class Written(str):
    """A file the host asked for: its path (the string), and whether the printer took it (None:
    no printer here), so the host view words it in its own language (host_pages/written.py)."""

    printed: bool | None
    printer_says: str

    def __new__(cls, path: Path, printed: bool | None = None, printer_says: str = "") -> Written:
        made = super().__new__(cls, str(path))
        made.printed, made.printer_says = printed, printer_says
        return made


class HostFiles:
    """What the host view writes: cards, sheets of cards, the evacuation list and exports, as
    files in <data dir>/host-files (a printer, a USB stick or scp takes them from there). When
    CUPS's `lp` is installed, PDFs are also sent to the default printer."""

    def __init__(self, data_dir: Path, clock: Clock, settings: Callable[[], SpaceSettings], members: MemberAdmin,
                 presence: PresenceService, store: Store[ExportTx], audit: AuditTrail | None) -> None:
        self.data_dir, self.clock, self.settings = data_dir, clock, settings
        self.members, self.presence, self.store, self.audit = members, presence, store, audit
        self.folder = data_dir / "host-files"

    def _path(self, name: str) -> Path:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageFailed(f"cannot create {self.folder}: {exc.strerror}", Code.FOLDER_NOT_MADE,
                                folder=str(self.folder)) from None
        stamp = self.clock.now().astimezone(self.settings().rules().tz).strftime("%Y-%m-%d-%H%M%S")
        return self.folder / f"{name}-{stamp}"

    def _print(self, path: Path) -> Written:
        import shutil
        import subprocess

        lp = shutil.which("lp")
        if lp is None:
            return Written(path)
        done = subprocess.run([lp, str(path)], capture_output=True, text=True, timeout=20, check=False)
        return Written(path, printed=done.returncode == 0, printer_says=done.stderr.strip())

    def card(self, member_id: str) -> str:
        from kiosk.core.documents.cards import save_card

        issued = self.members.card(member_id)
        out = self._path(f"card-{member_id}").with_suffix(".pdf")
        self._write(lambda: save_card(issued, self.settings().space_name, out,
                                              self.settings().language))
        return self._print(out)

    def sheet(self, member_ids: list[str]) -> str:
        from kiosk.core.documents.cards import save_card_sheet

        cards = [self.members.card(m) for m in member_ids]
        out = self._path("cards").with_suffix(".pdf")
        self._write(lambda: save_card_sheet(cards, self.settings().space_name, out,
                                                    self.settings().language))
        return self._print(out)

    def evacuation(self) -> str:
        from kiosk.core.documents.evacuation import save_evacuation_pdf

        people = self.presence.on().in_now
        made_at = self.clock.now().astimezone(self.settings().rules().tz)
        out = self._path("evacuation").with_suffix(".pdf")
        self._write(lambda: save_evacuation_pdf(self.settings().space_name, people, made_at, out,
                                                        self.settings().language))
        self._audit("evacuation_list", f"{len(people)} people")
        return self._print(out)

    def visits(self, first: date, last: date) -> str:
        from kiosk.services.exports import visits_csv

        text = visits_csv(self.store, first, last, self.settings().rules().tz)
        out = self._path(f"visits-{first}-{last}").with_suffix(".csv")
        self._write(lambda: out.write_text(text, encoding="utf-8"))
        self._audit("export", f"visits {first}..{last}")
        return str(out)

    def prune(self, days: int) -> int:
        """Delete the files written here more than `days` days ago: evacuation lists, exports and
        cards carry names, so they follow the guests' retention period. Returns how many."""
        cutoff = self.clock.now().timestamp() - days * 86400
        removed = 0
        for path in self.folder.glob("*") if self.folder.is_dir() else []:
            try:
                if path.is_file() and path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
            except OSError as exc:
                log.warning("cannot remove %s: %s", path, exc.strerror)
        return removed

    def csv_files(self) -> list[str]:
        """CSV files to import: in <data dir>/import, and on USB sticks mounted under /media."""
        places = [self.data_dir / "import", *Path("/media").glob("*"), *Path("/media").glob("*/*")]
        found: list[str] = []
        for place in places:
            try:
                found.extend(str(p) for p in sorted(place.glob("*.csv")) if p.is_file())
            except OSError:
                continue  # a stick pulled out while looking
        return found[:20]

    @staticmethod
    def read_file(path: str) -> bytes:
        try:
            return Path(path).read_bytes()
        except OSError as exc:
            raise StorageFailed(f"cannot read {path}: {exc.strerror}", Code.FILE_NOT_READ, path=path) from None

    def _audit(self, action: str, detail: str) -> None:
        if self.audit is not None:
            self.audit.record(action, None, detail)

    @staticmethod
    def _write(write: Callable[[], object]) -> None:
        try:
            write()
        except OSError as exc:
            raise StorageFailed(f"cannot write the file: {exc.strerror}", Code.FILE_NOT_WRITTEN) from None
