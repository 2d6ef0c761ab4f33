"""The composition root: the one place that builds the kiosk's parts and wires them together."""

from __future__ import annotations

import logging
import os
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import Engine

from kiosk import paths
from kiosk.backup_keeper import BackupKeeper
from kiosk.core.errors import InvalidInput, StorageFailed
from kiosk.core.keys import load_or_create_secret, load_or_create_signing_key, load_private_key, write_new_signing_key
from kiosk.domain.codes import key_id_of
from kiosk.domain.problems import Code
from kiosk.domain.settings import SpaceSettings
from kiosk.exitcodes import EXIT_NO_DISPLAY, EXIT_USAGE
from kiosk.health_report import HealthReporter
from kiosk.lock.config import LockConfig
from kiosk.lock.drivers import make_lock
from kiosk.services.audit import AuditTrail
from kiosk.services.checkin import CheckInService
from kiosk.services.demo import demo_members
from kiosk.services.door import LOCK_SETTING, DoorGate, LockHolder
from kiosk.services.guests import GuestService
from kiosk.services.host import HostAccess
from kiosk.services.live_settings import LiveSettings
from kiosk.services.members import MemberAdmin
from kiosk.services.ports import Clock, RandomIds, SystemClock
from kiosk.services.presence import PresenceService
from kiosk.services.privacy import PrivacyService
from kiosk.services.setup import FirstRunSetup, JoinFailed, JoinProblem
from kiosk.services.social import SocialService
from kiosk.services.stats import StatsService
from kiosk.store.backup import open_migrated
from kiosk.store.door_store import SqlDoorStore
from kiosk.store.erasure_journal import ErasureJournal
from kiosk.store.permissions import tighten
from kiosk.store.sync_store import SqlSyncStore
from kiosk.sync.engine import SyncEngine

log = logging.getLogger(__name__)


@dataclass
class Kiosk:
    data_dir: Path
    engine: Engine
    store: SqlDoorStore
    live: LiveSettings  # the settings every service reads, swapped whole by apply_settings
    kiosk_id: str
    clock: Clock
    checkin: CheckInService
    members: MemberAdmin
    presence: PresenceService
    sync: SyncEngine
    host: HostAccess
    guests: GuestService
    privacy: PrivacyService
    stats: StatsService
    health: HealthReporter  # what the kiosk tells the server about itself with each sync
    setup: FirstRunSetup
    social: SocialService
    journal: ErasureJournal
    backups: BackupKeeper
    door: DoorGate  # the lock: whether a scan opens it, opening it, its settings

    @property
    def settings(self) -> SpaceSettings:
        return self.live.current()

    def close(self) -> None:
        self.door.close()
        self.sync.close()
        self.engine.dispose()


def build(data_dir: Path | None = None, clock: Clock | None = None) -> Kiosk:
    """Open (and migrate) the database in data_dir and build every service on top of it."""
    data_dir = data_dir or paths.default_data_dir()
    try:
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise StorageFailed(f"cannot create the data directory {data_dir}: {exc.strerror}") from None
    tighten(data_dir)  # before the database is opened: never readable by others, not even briefly
    clock = clock or SystemClock()
    try:
        short_code_key = load_or_create_secret(paths.short_code_key_path(data_dir))
    except OSError as exc:
        raise StorageFailed(f"cannot read or create the short-code key in {data_dir}: {exc.strerror}") from None
    engine = open_migrated(paths.database_path(data_dir), paths.backups_dir(data_dir), clock.now,
                           short_code_key=short_code_key)
    store = SqlDoorStore(engine, short_code_key)
    signing_key = load_or_create_signing_key(paths.signing_key_path(data_dir))
    tighten(data_dir)  # a database or key created just now
    with store.transaction() as tx:
        kiosk_id = tx.setting("kiosk_id")
        if kiosk_id is None:
            kiosk_id = str(uuid.uuid4())
            tx.set_setting("kiosk_id", kiosk_id)
        own_key_id = key_id_of(signing_key.public_key())
        if own_key_id not in tx.trusted_keys():
            raw = signing_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
            tx.add_trusted_key(own_key_id, raw, label="this kiosk", demo=False, own=True)
        # Cards the issuer migration could not place (no key of this kiosk was on record then)
        # were signed here: nothing else signs cards on a kiosk without the server's roster.
        tx.claim_unissued_cards(own_key_id)
        stored = {k: v for k in SpaceSettings().to_mapping() if (v := tx.setting(k)) is not None}
        lock_config = LockConfig.from_json(tx.setting(LOCK_SETTING))
    live = LiveSettings(SpaceSettings.from_stored(stored))
    ids = RandomIds()
    journal = ErasureJournal(paths.erasure_journal_path(data_dir))
    sync_store = SqlSyncStore(engine, short_code_key, journal)
    audit = AuditTrail(store, clock)
    door = DoorGate(store, clock, live, LockHolder(lock_config, make_lock), audit, ids, kiosk_id)
    checkin = CheckInService(store, clock, ids, live, kiosk_id, audit=audit, door=door)
    host = HostAccess(store, clock, audit)
    host.adopt_kiosk_pin()
    members = MemberAdmin(store, clock, os.urandom, signing_key, outbox=sync_store,
                          reprint_keys=[load_private_key(paths.DEMO_KEY)], audit=audit)
    reporter = HealthReporter(data_dir, sync_state=sync_store.state)
    sync = SyncEngine(sync_store, clock, kiosk_id, day_of=live.local_day, health=reporter.report)
    return Kiosk(
        data_dir=data_dir, engine=engine, store=store, live=live, kiosk_id=kiosk_id,
        clock=clock,
        checkin=checkin,
        members=members,
        presence=PresenceService(store, clock, live),
        sync=sync,
        host=host,
        guests=GuestService(store, clock, os.urandom, signing_key, checkin, live),
        privacy=PrivacyService(store, clock, live, members, audit=audit, journal=journal),
        stats=StatsService(store, clock, live),
        health=reporter,
        setup=FirstRunSetup(store, live, enrolled=lambda: "token" in sync_store.state(),
                            join=lambda url, code: join_server_by_setup(sync, url, code), audit=audit,
                            leave=sync_store.leave_server),
        social=SocialService(store, clock, ids, live, outbox=sync_store),
        journal=journal,
        backups=BackupKeeper(data_dir, clock.now, lambda: live.current().retention_days,
                             lambda: live.current().rules().tz),
        door=door,
    )


def after_restore(kiosk: Kiosk) -> int:
    """After `kiosk restore`: everyone the erasure journal names is erased again (the copy was
    taken before some of those erasures; guests past the retention period go at the kiosk's
    next start, by its purge). Returns how many were erased again."""
    return kiosk.privacy.erase_again([e.member_id for e in kiosk.journal.entries()])


def join_server_by_setup(sync: SyncEngine, url: str, code: str) -> str:
    """The first-run set-up's join: the one enrollment use case (kiosk.sync.enrollment), its
    failures named for the screen. Returns the name the server gave this kiosk."""
    from kiosk.sync.client import Incompatible, Rejected, ServerUnavailable
    from kiosk.sync.engine import EnrollRefused
    from kiosk.sync.enrollment import PlainHttpRefused, join_server

    try:
        return join_server(sync, url, code).response.kiosk_name
    except PlainHttpRefused as exc:
        raise JoinFailed(JoinProblem.PLAIN_HTTP, str(exc)) from None
    except ServerUnavailable as exc:
        raise JoinFailed(JoinProblem.AWAY, str(exc)) from None
    except Rejected as exc:
        problem = JoinProblem.WRONG_CODE if exc.status in (400, 401, 403, 404) else JoinProblem.OTHER
        raise JoinFailed(problem, str(exc)) from None
    except Incompatible as exc:
        raise JoinFailed(JoinProblem.INCOMPATIBLE, str(exc)) from None
    except EnrollRefused as exc:
        raise JoinFailed(JoinProblem.OWN_MEMBERS, str(exc)) from None
    except ValueError as exc:  # an address that is not one (http://exa mple)
        raise JoinFailed(JoinProblem.AWAY, str(exc)) from None


def seed_demo_if_new(kiosk: Kiosk) -> bool:
    """On a brand-new database (no member ever), add the demo members and trust the demo key."""
    with kiosk.store.transaction() as tx:
        if tx.setting("demo_seeded") is not None or tx.members():
            return False
        tx.set_setting("demo_seeded", "yes")
    demo_key = load_private_key(paths.DEMO_KEY)
    raw = demo_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    with kiosk.store.transaction() as tx:
        tx.add_trusted_key(key_id_of(demo_key.public_key()), raw, label="demo", demo=True)
    today = kiosk.settings.rules().local_day(kiosk.clock.now())
    news = demo_members(today)
    kiosk.members.add_many(news, signing_key=demo_key)
    log.info("brand-new database: added %d demo members", len(news), extra={"event": "demo_seeded"})
    return True


def remove_demo(kiosk: Kiosk) -> int:
    with kiosk.store.transaction() as tx:
        removed = tx.delete_demo_members()
        tx.remove_demo_keys()
    return removed


@dataclass(frozen=True)
class KeyInfo:
    key_id: str
    label: str
    own: bool
    demo: bool
    revoked: bool
    signing: bool  # signs this kiosk's new cards now
    live_cards: int


def list_keys(kiosk: Kiosk) -> list[KeyInfo]:
    signing = key_id_of(load_private_key(paths.signing_key_path(kiosk.data_dir)).public_key())
    with kiosk.store.transaction() as tx:
        rows = tx.key_rows()
    return [KeyInfo(k.key_id, label, k.own, k.demo, k.revoked, k.key_id == signing, cards)
            for k, label, cards in rows]


def rotate_key(kiosk: Kiosk) -> str:
    """A new signing key for this kiosk's new cards (and day passes). Cards of the old key stay
    valid until reissued or until the old key is revoked. Takes effect at the next start of the
    running kiosk. Returns the new key id."""
    key = write_new_signing_key(paths.signing_key_path(kiosk.data_dir))
    key_id = key_id_of(key.public_key())
    raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    with kiosk.store.transaction() as tx:
        tx.add_trusted_key(key_id, raw, label="this kiosk", demo=False, own=True)
    log.info("signing key rotated", extra={"event": "key_rotated", "key_id": key_id})
    return key_id


def revoke_key(kiosk: Kiosk, key_id: str) -> int:
    """Refuse every card the key signed from now on. Returns how many live cards that stops."""
    key_id = key_id.strip().lower()
    info = {k.key_id: k for k in list_keys(kiosk)}.get(key_id)
    if info is None:
        raise InvalidInput(f"no key {key_id!r} is trusted here (kiosk keys list)")
    if info.signing:
        raise InvalidInput("that key signs this kiosk's new cards: run `kiosk keys rotate` first, then revoke it")
    with kiosk.store.transaction() as tx:
        tx.revoke_key(key_id)
    log.warning("key revoked", extra={"event": "key_revoked", "key_id": key_id})
    return info.live_cards


def save_settings(kiosk: Kiosk, settings: SpaceSettings) -> SpaceSettings:
    """Save new settings and hand them to the running services, as one swap (see apply_settings)."""
    return apply_settings(kiosk, settings)


def _write_settings(kiosk: Kiosk, settings: SpaceSettings) -> None:
    with kiosk.store.transaction() as tx:
        for key, value in settings.to_mapping().items():
            tx.set_setting(key, value)


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

    def __init__(self, kiosk: Kiosk) -> None:
        self.kiosk = kiosk
        self.folder = kiosk.data_dir / "host-files"

    def _path(self, name: str) -> Path:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageFailed(f"cannot create {self.folder}: {exc.strerror}", Code.FOLDER_NOT_MADE,
                                folder=str(self.folder)) from None
        stamp = self.kiosk.clock.now().astimezone(self.kiosk.settings.rules().tz).strftime("%Y-%m-%d-%H%M%S")
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

        issued = self.kiosk.members.card(member_id)
        out = self._path(f"card-{member_id}").with_suffix(".pdf")
        self._write(lambda: save_card(issued, self.kiosk.settings.space_name, out,
                                              self.kiosk.settings.language))
        return self._print(out)

    def sheet(self, member_ids: list[str]) -> str:
        from kiosk.core.documents.cards import save_card_sheet

        cards = [self.kiosk.members.card(m) for m in member_ids]
        out = self._path("cards").with_suffix(".pdf")
        self._write(lambda: save_card_sheet(cards, self.kiosk.settings.space_name, out,
                                                    self.kiosk.settings.language))
        return self._print(out)

    def evacuation(self) -> str:
        from kiosk.core.documents.evacuation import save_evacuation_pdf

        people = self.kiosk.presence.on().in_now
        made_at = self.kiosk.clock.now().astimezone(self.kiosk.settings.rules().tz)
        out = self._path("evacuation").with_suffix(".pdf")
        self._write(lambda: save_evacuation_pdf(self.kiosk.settings.space_name, people, made_at, out,
                                                        self.kiosk.settings.language))
        self._audit("evacuation_list", f"{len(people)} people")
        return self._print(out)

    def visits(self, first: date, last: date) -> str:
        from kiosk.services.exports import visits_csv

        text = visits_csv(self.kiosk.store, first, last, self.kiosk.settings.rules().tz)
        out = self._path(f"visits-{first}-{last}").with_suffix(".csv")
        self._write(lambda: out.write_text(text, encoding="utf-8"))
        self._audit("export", f"visits {first}..{last}")
        return str(out)

    def prune(self, days: int) -> int:
        """Delete the files written here more than `days` days ago: evacuation lists, exports and
        cards carry names, so they follow the guests' retention period. Returns how many."""
        cutoff = self.kiosk.clock.now().timestamp() - days * 86400
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
        places = [self.kiosk.data_dir / "import", *Path("/media").glob("*"), *Path("/media").glob("*/*")]
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
        if self.kiosk.host.audit is not None:
            self.kiosk.host.audit.record(action, None, detail)

    @staticmethod
    def _write(write: Callable[[], object]) -> None:
        try:
            write()
        except OSError as exc:
            raise StorageFailed(f"cannot write the file: {exc.strerror}", Code.FILE_NOT_WRITTEN) from None


def apply_settings(kiosk: Kiosk, settings: SpaceSettings) -> SpaceSettings:
    """Save new settings and hand them to the running services: the database first, then one
    swap of the one immutable value every service reads (kiosk.services.live_settings), so an
    operation on another thread sees all of the old settings or all of the new. (The camera
    and the screens' time zone take effect at the next start.)"""
    saved = kiosk.live.replace(settings, lambda s: _write_settings(kiosk, s))
    if kiosk.host.audit is not None:
        kiosk.host.audit.record("settings")
    return saved


def host_desk(kiosk: Kiosk, machine: Any = None) -> Any:  # ui.screens.host_pages.desk.HostDesk (Qt)
    """The services the host view works with, wired to this kiosk (imports Qt: GUI only).
    machine: health.Machine for the host view's warnings (None: this machine's own readings)."""
    from kiosk.ui.screens.host_pages.desk import HostDesk

    return HostDesk(checkin=kiosk.checkin, presence=kiosk.presence, members=kiosk.members, stats=kiosk.stats,
                    guests=kiosk.guests, host=kiosk.host, privacy=kiosk.privacy, files=HostFiles(kiosk),
                    backups=kiosk.backups, warnings=lambda: door_warnings(kiosk, machine),
                    settings=lambda: kiosk.settings, save_settings=lambda s: apply_settings(kiosk, s),
                    door=kiosk.door)


def door_warnings(kiosk: Kiosk, machine: Any = None) -> list[tuple[str, dict[str, Any]]]:
    """What the host view warns about (health.door_warnings): low disk, a clock not to trust.
    machine: health.Machine, the readings of the machine (a test stands in for a full disk)."""
    from kiosk import health

    warnings = health.door_warnings(kiosk.data_dir, machine)
    problem = kiosk.door.lock_problem()
    if problem is not None:
        warnings.append(("lock_failed", {"status": problem[0], "at": problem[1].isoformat()}))
    return warnings


def show_problem(message: str, windowed: bool) -> None:
    """`kiosk run` could not build the kiosk: say why on the screen (imports Qt: GUI only)."""
    from kiosk.ui.main import show_problem as show

    show(f"The kiosk cannot start.\n\n{message}", windowed)


def door_speaker() -> Any:
    """espeak-ng where it is installed (the package depends on it), playing through aplay where
    there is a sound card; KIOSK_SPEECH_OUT=DIR also writes each utterance there as a WAV file."""
    from kiosk.speech import EspeakSpeaker
    from kiosk.speech.speaker import default_player

    if not EspeakSpeaker.available():
        log.warning("no speech engine (espeak-ng): the door cannot read aloud", extra={"event": "no_speech"})
        return None
    out = os.environ.get("KIOSK_SPEECH_OUT")
    return EspeakSpeaker(out_dir=Path(out) if out else None, player=default_player())


def door_jacks() -> list[Any]:
    """The headphone sockets the drivers report (kiosk.speech.jack): plugging in starts speech."""
    from kiosk.speech.jack import open_jacks

    return list(open_jacks())


def run_kiosk(kiosk: Kiosk, camera: str | None, windowed: bool, lang: str | None, demo: bool) -> int:
    """Pick the camera and decoder, seed the demo on a new database, and hand over to the GUI."""
    from kiosk.scan.isolated import IsolatedDecoder, timeout_scale
    from kiosk.scan.pipeline import LiveDecoder
    from kiosk.scan.sources import SourceUnavailable, find_webcam, source_for

    if not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        print("kiosk: error: no screen found (DISPLAY is not set); start it in a desktop session, "
              "or set QT_QPA_PLATFORM=offscreen to run without one", file=sys.stderr)
        return EXIT_NO_DISPLAY
    settings = kiosk.settings
    spec = camera or settings.camera or find_webcam() or str(paths.DEMO_FEED)
    try:
        source = source_for(spec, settings.camera_width, settings.camera_height, settings.camera_fps)
    except SourceUnavailable as exc:
        print(f"kiosk: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    # Starts while Qt does; the GUI waits for it before `ready`. scale > 1 only on an emulated machine.
    isolated = IsolatedDecoder(scale=timeout_scale(), wait=False)
    decoder = LiveDecoder(isolated)
    kiosk.health.watch_decoder(isolated)
    if spec == str(paths.DEMO_FEED):
        kiosk.health.showing_demo_feed()
    # KIOSK_SETUP=1 (the packaged unit sets it): a database nobody has set up opens the first-run
    # set-up on the screen instead of the demo. Without it (./run-kiosk) a new database gets the demo.
    first_run = os.environ.get("KIOSK_SETUP", "").strip().lower() in ("1", "yes", "on", "true") \
        and kiosk.setup.needed()
    if demo and not first_run:
        seed_demo_if_new(kiosk)
    has_demo = any(m.demo for m in kiosk.members.roster())

    from kiosk.ui.main import GuiParts, run_gui

    desk = host_desk(kiosk)

    try:
        return run_gui(GuiParts(
            checkin=kiosk.checkin, presence=kiosk.presence, sync=kiosk.sync, host=kiosk.host,
            guests=kiosk.guests, desk=desk,
            settings=kiosk.settings,
            clock=kiosk.clock,
            source=source, decoder=decoder, demo=has_demo, windowed=windowed,
            camera_status=kiosk.health.camera_seen, door=kiosk.door,
            lang=lang or kiosk.settings.language, data_dir=kiosk.data_dir,
            setup=kiosk.setup if first_run else None, live_settings=lambda: kiosk.settings,
            social=kiosk.social, speaker=(speaker := door_speaker()),
            jacks=door_jacks() if speaker is not None else []))
    finally:
        decoder.close()
