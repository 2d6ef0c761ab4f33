"""The composition root: the one place that builds the kiosk's parts and wires them together."""

from __future__ import annotations

import logging
import os
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from kiosk import paths
from kiosk.admin import keys
from kiosk.admin import settings as admin_settings
from kiosk.admin.demo import seed_demo_if_new
from kiosk.admin.files import HostFiles
from kiosk.admin.join import join_server_by_setup
from kiosk.admin.settings import stored_settings
from kiosk.backup_keeper import BackupKeeper
from kiosk.core.errors import StorageFailed
from kiosk.core.keys import load_or_create_secret, load_or_create_signing_key, load_private_key
from kiosk.domain.settings import SpaceSettings
from kiosk.exitcodes import EXIT_NO_DISPLAY, EXIT_USAGE
from kiosk.health_report import HealthReporter
from kiosk.lock.config import LockConfig
from kiosk.lock.drivers import make_lock
from kiosk.services.audit import AuditTrail
from kiosk.services.checkin import CheckInService
from kiosk.services.door import LOCK_SETTING, DoorGate, LockHolder
from kiosk.services.door_sensor import POLL_SECONDS, DoorSensorWatch
from kiosk.services.guests import GuestService
from kiosk.services.host import HostAccess
from kiosk.services.live_settings import LiveSettings
from kiosk.services.members import MemberAdmin
from kiosk.services.ports import Clock, RandomIds, SystemClock
from kiosk.services.presence import PresenceService
from kiosk.services.privacy import PrivacyService
from kiosk.services.setup import FirstRunSetup
from kiosk.services.social import SocialService
from kiosk.services.stats import StatsService
from kiosk.services.visitors import VisitorDoor
from kiosk.store import HEAD as STORE_HEAD
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
    door_sensor: DoorSensorWatch  # held open, forced open: read on its own thread while the door runs

    @property
    def settings(self) -> SpaceSettings:
        return self.live.current()

    def close(self) -> None:
        self.door_sensor.stop()
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
    sensor_seconds = os.environ.get("KIOSK_SENSOR_SECONDS", "").strip()  # tests read the sensor faster
    try:
        sensor_interval = float(sensor_seconds) if sensor_seconds else POLL_SECONDS
    except ValueError:
        raise SystemExit(f"kiosk: error: KIOSK_SENSOR_SECONDS={sensor_seconds!r}: give seconds") from None
    try:
        short_code_key = load_or_create_secret(paths.short_code_key_path(data_dir))
    except OSError as exc:
        raise StorageFailed(f"cannot read or create the short-code key in {data_dir}: {exc.strerror}") from None
    engine = open_migrated(paths.database_path(data_dir), paths.backups_dir(data_dir), clock.now,
                           short_code_key=short_code_key, head=STORE_HEAD)
    store = SqlDoorStore(engine, short_code_key)
    signing_key = load_or_create_signing_key(paths.signing_key_path(data_dir))
    tighten(data_dir)  # a database or key created just now
    with store.transaction() as tx:
        kiosk_id = tx.setting("kiosk_id")
        if kiosk_id is None:
            kiosk_id = str(uuid.uuid4())
            tx.set_setting("kiosk_id", kiosk_id)
        keys.trust_own_key(tx, signing_key)
        live = LiveSettings(stored_settings(tx))
        lock_config = LockConfig.from_json(tx.setting(LOCK_SETTING))
    ids = RandomIds()
    journal = ErasureJournal(paths.erasure_journal_path(data_dir))
    sync_store = SqlSyncStore(engine, short_code_key, journal)
    audit = AuditTrail(store, clock)
    locks = LockHolder(lock_config, make_lock)
    door = DoorGate(store, clock, live, locks, audit, ids, kiosk_id)
    checkin = CheckInService(store, clock, ids, live, kiosk_id, audit=audit, door=door, visitors=VisitorDoor(live))
    host = HostAccess(store, clock, audit)
    host.adopt_kiosk_pin()
    members = MemberAdmin(store, clock, os.urandom, signing_key, outbox=sync_store,
                          reprint_keys=[load_private_key(paths.DEMO_KEY)], audit=audit)
    reporter = HealthReporter(data_dir, sync_state=sync_store.state, lock_state=door.lock_problem)
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
        door_sensor=DoorSensorWatch(store, clock, live, locks, audit, ids, kiosk_id, interval=sensor_interval),
    )


def after_restore(kiosk: Kiosk) -> int:
    """After `kiosk restore`: everyone the erasure journal names is erased again (the copy was
    taken before some of those erasures; guests past the retention period go at the kiosk's
    next start, by its purge). Returns how many were erased again."""
    return kiosk.privacy.erase_again([e.member_id for e in kiosk.journal.entries()])


def after_theft(kiosk: Kiosk) -> tuple[str, list[str], int, str, int]:
    """`kiosk restore --stolen`: new card keys (the old ones revoked), a new short-code key (the
    fobs' enrolments end) and the lock's secret changed on the lock; (new key id, revoked keys,
    cards to reissue, what became of the lock, fobs to enrol again). Close the kiosk after it:
    the new short-code key is read at the next start."""
    new, revoked, stopped = keys.after_theft(kiosk.data_dir, kiosk.store)
    fobs = keys.new_short_code_key(kiosk.data_dir, kiosk.store)
    kiosk.sync.local.set_state(short_code_key_sent=None)  # the next enrollment gives the new key
    return new, revoked, stopped, kiosk.door.rotate_secret(), fobs


def apply_settings(kiosk: Kiosk, settings: SpaceSettings) -> SpaceSettings:
    """Save new settings and hand them to the running services, as one swap (kiosk.admin.settings)."""
    return admin_settings.apply_settings(kiosk.live, kiosk.store, kiosk.host.audit, settings)


def host_files(kiosk: Kiosk) -> HostFiles:
    return HostFiles(kiosk.data_dir, kiosk.clock, lambda: kiosk.settings, kiosk.members, kiosk.presence,
                     kiosk.store, kiosk.host.audit)


def host_desk(kiosk: Kiosk, machine: Any = None) -> Any:  # ui.screens.host_pages.desk.HostDesk (Qt)
    """The services the host view works with, wired to this kiosk (imports Qt: GUI only).
    machine: health.Machine for the host view's warnings (None: this machine's own readings)."""
    from kiosk.ui.screens.host_pages.desk import HostDesk

    return HostDesk(checkin=kiosk.checkin, presence=kiosk.presence, members=kiosk.members, stats=kiosk.stats,
                    guests=kiosk.guests, host=kiosk.host, privacy=kiosk.privacy, files=host_files(kiosk),
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
    sensor = kiosk.door_sensor.problem()
    if sensor is not None:
        warnings.append((sensor, {}))
    return warnings


def show_problem(message: str, windowed: bool) -> None:
    """`kiosk run` could not build the kiosk: say why on the screen (imports Qt: GUI only)."""
    from kiosk.ui.main import show_problem as show

    show(f"The kiosk cannot start.\n\n{message}", windowed)


def door_timeouts() -> Any:
    """The door's timer lengths: the real ones, or with KIOSK_SECOND_MS a shorter second for every
    one of them (end-to-end tests and demos: a guest's 90 s pause in 9 s with 100)."""
    from kiosk.domain.countdown import DoorTimeouts

    second = os.environ.get("KIOSK_SECOND_MS", "").strip()
    if not second:
        return DoorTimeouts()
    if not second.isdigit() or not 10 <= int(second) <= 1000:
        raise SystemExit(f"kiosk: error: KIOSK_SECOND_MS={second!r}: give 10 to 1000 (milliseconds in a second)")
    return DoorTimeouts(second_ms=int(second))


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


def door_sockets() -> Any:
    """The headphone sockets the drivers report and the USB headsets plugged in later
    (kiosk.speech.hotplug): plugging in starts speech. KIOSK_DEVICE_ROOT=DIR reads a tree laid
    out as the machine's (DIR/proc/bus/input/devices, DIR/dev/input, DIR/dev/snd,
    DIR/sys/class/sound) instead: the hardware boundary for the end-to-end tests."""
    from kiosk.speech.hotplug import DEV_SND, SYS_SOUND, DoorSockets
    from kiosk.speech.jack import DEV_INPUT, PROC_DEVICES

    root = os.environ.get("KIOSK_DEVICE_ROOT", "").strip()
    if not root:
        return DoorSockets()
    return DoorSockets(*(Path(root) / p.relative_to("/") for p in (PROC_DEVICES, DEV_INPUT, DEV_SND, SYS_SOUND)))


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
        seed_demo_if_new(kiosk.store, kiosk.members, kiosk.live, kiosk.clock)
    has_demo = any(m.demo for m in kiosk.members.roster())

    from kiosk.ui.main import GuiParts, run_gui

    desk = host_desk(kiosk)
    kiosk.door_sensor.start()  # its own thread; reads nothing until a sensor is set

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
            sockets=door_sockets() if speaker is not None else None, timeouts=door_timeouts()))
    finally:
        decoder.close()
