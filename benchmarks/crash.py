"""The crash harness: a real kiosk process working at full speed is SIGKILLed at random moments.

    .venv/bin/python -m benchmarks.crash --kills 1000 [--seed 1]

Each victim is a process forked from this one (imports done once, nothing open at the fork)
that builds the kiosk (kiosk.app.build: migrations, the real services, SqlDoorStore) and then
works as fast as it can in one of four ways:

- door:   check-ins of random members (guard window 0, so in, out, in ...);
- guest:  guest registrations (the member, card, consents, payment and first check-in);
- sync:   check-ins and sync rounds against a real server process on loopback;
- roster: sync rounds while the server's roster grows and changes between kills.

A victim writes each result the services returned to it (the event id, after the commit) to
a log file and fsyncs it, so the log holds only answers a person at the door could have seen.
After every kill: `PRAGMA integrity_check` is ok, every logged check-in is stored exactly once,
no member has two open visits, a logged guest has all of their registration. At the end one
last sync (not killed) must put every kiosk event on the server exactly once and make the
kiosk's roster the server's.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import random
import select
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODES = ("door", "guest", "sync", "roster")


class CrashFinding(AssertionError):
    """An invariant broken after a kill: the harness stops and says which."""


@dataclass
class Tally:
    kills: int = 0
    by_mode: Counter[str] = field(default_factory=Counter)
    logged: int = 0  # results the victims reported (and the checks found stored)
    before_ready: int = 0  # kills while the kiosk was still starting (opening, migrating)


# --- the victim (a forked child) ------------------------------------------------------------------

def _victim(mode: str, kiosk_dir: Path, log_path: Path, codes: list[str], ready_fd: int) -> None:
    from kiosk import app
    from kiosk.domain.guests import GuestForm

    kiosk = app.build(kiosk_dir)
    log = os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    os.write(ready_fd, b"ready\n")
    rng = random.Random(os.getpid())

    def report(line: str) -> None:
        os.write(log, line.encode() + b"\n")
        os.fsync(log)

    if mode == "guest":
        consents = {kind.value: p.version for kind, p in kiosk.guests.policies().items()}
    n = 0
    while True:
        n += 1
        if mode == "guest":
            day_pass = kiosk.guests.register(GuestForm(
                name=f"Gæst {n} Østergård", visitor_type="daypass", payment_method="mobilepay",
                language="da", consents=consents))
            report(f"guest {day_pass.member_id} {day_pass.checked_in.event_id}")
        elif mode == "roster":
            kiosk.sync.run_once()
        else:
            result = kiosk.checkin.check_in_code(rng.choice(codes))
            report(f"scan {result.member_id} {result.event_id} {result.outcome.value}")
            if mode == "sync" and n % 5 == 0:
                kiosk.sync.run_once()


def _spawn(mode: str, kiosk_dir: Path, log_path: Path, codes: list[str]) -> tuple[int, int]:
    """Fork a victim; returns its pid and the read end of its ready pipe."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the victim: never returns
        os.close(read_end)
        try:
            _victim(mode, kiosk_dir, log_path, codes, write_end)
        except BaseException:  # a victim that fails says so and stops
            import traceback

            traceback.print_exc()
            os._exit(70)
        os._exit(0)
    os.close(write_end)
    return pid, read_end


# --- the checks -------------------------------------------------------------------------------------

def _logged(log_path: Path) -> list[list[str]]:
    """The complete lines of the log: a line the kill cut short was never a reported result."""
    if not log_path.exists():
        return []
    text = log_path.read_text(encoding="utf-8")
    lines = text.split("\n")
    return [line.split() for line in lines[:-1] if line]


def check_kiosk(db: Path, log_path: Path) -> int:
    """The invariants after a kill; returns how many logged results were checked."""
    con = sqlite3.connect(db)
    try:
        ok = con.execute("PRAGMA integrity_check").fetchall()
        if ok != [("ok",)]:
            raise CrashFinding(f"integrity_check: {ok[:5]}")
        doubled = con.execute("SELECT member_id, count(*) FROM visits WHERE checked_out_at IS NULL "
                              "GROUP BY member_id HAVING count(*) > 1").fetchall()
        if doubled:
            raise CrashFinding(f"members with two open visits: {doubled[:5]}")
        entries = _logged(log_path)
        event_ids = [e[2] for e in entries]
        if len(set(event_ids)) != len(event_ids):
            raise CrashFinding("one event id was reported twice")
        stored = Counter(row[0] for row in con.execute("SELECT id FROM events"))
        for entry in entries:
            kind, member_id, event_id = entry[:3]
            if stored[event_id] != 1:
                raise CrashFinding(f"reported {entry} but the database holds that event {stored[event_id]} times")
            if kind == "guest":
                (cards,) = con.execute("SELECT count(*) FROM cards WHERE member_id = ?", (member_id,)).fetchone()
                (consents,) = con.execute("SELECT count(*) FROM consents WHERE member_id = ?",
                                          (member_id,)).fetchone()
                (visits,) = con.execute("SELECT count(*) FROM visits WHERE member_id = ?", (member_id,)).fetchone()
                if (cards, consents, visits) != (1, 2, 1):
                    raise CrashFinding(f"guest {member_id}: cards {cards}, consents {consents}, visits {visits}")
        return len(entries)
    finally:
        con.close()


# --- the server (a real process on loopback) --------------------------------------------------------

class ServerProcess:
    def __init__(self, data_dir: Path) -> None:
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        sock.close()
        self.url = f"http://127.0.0.1:{self.port}"
        self.data_dir = data_dir
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "server", "run", "--data-dir", str(data_dir),
             "--port", str(self.port)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("the server did not start")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(30)


# --- the run ------------------------------------------------------------------------------------------

@dataclass
class Scene:
    mode: str
    kiosk_dir: Path
    log_path: Path
    codes: list[str]
    server: ServerProcess | None = None


def _setup(mode: str, base: Path, server: ServerProcess | None) -> Scene:
    from kiosk import app
    from kiosk.domain.settings import SpaceSettings
    from kiosk.services.members import NewMember

    kiosk_dir = base / mode
    kiosk = app.build(kiosk_dir)
    try:
        app.apply_settings(kiosk, SpaceSettings(guard_seconds=0))
        if server is None:
            codes = [c.code for c in kiosk.members.add_many([NewMember(name=f"Medlem {i}") for i in range(30)])]
        else:
            from kiosk.server.runner import build_store

            store = build_store(server.data_dir)
            issued = store.add_members([{"name": f"Medlem {i} ({mode})"} for i in range(30)])
            code = store.add_kiosk(f"door-{mode}", "Klitmøller")
            store.engine.dispose()
            kiosk.sync.enroll(server.url, code)
            kiosk.sync.run_once()
            codes = [c.code for c in issued]
    finally:
        kiosk.close()
    return Scene(mode, kiosk_dir, base / f"{mode}.log", codes, server)


def _edit_server_roster(scene: Scene, rng: random.Random) -> None:
    """Between roster kills the host changes the roster: adds a few, renames one, deletes one."""
    from kiosk.server.runner import build_store

    assert scene.server is not None
    store = build_store(scene.server.data_dir)
    try:
        store.add_members([{"name": f"Ny {rng.randrange(10**6)}"} for _ in range(rng.randint(1, 20))])
        members = store.members()
        if len(members) > 5:
            store.update_member(rng.choice(members).id, name=f"Omdøbt {rng.randrange(10**6)}")
            store.delete_member(rng.choice(members).id)
    finally:
        store.engine.dispose()


def _kill_one(scene: Scene, rng: random.Random, tally: Tally) -> None:
    pid, ready = _spawn(scene.mode, scene.kiosk_dir, scene.log_path, scene.codes)
    try:
        if rng.random() < 0.1:
            time.sleep(rng.uniform(0, 0.3))  # now and then while it starts: opening, migrating
            if not select.select([ready], [], [], 0)[0]:
                tally.before_ready += 1
        else:
            readable, _, _ = select.select([ready], [], [], 120)
            if not readable or not os.read(ready, 16):
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                raise CrashFinding(f"the {scene.mode} victim did not start")
            time.sleep(rng.uniform(0, 0.4))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    finally:
        os.close(ready)
    if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
        raise CrashFinding(f"the {scene.mode} victim ended by itself (status {status}) before the kill")
    tally.kills += 1
    tally.by_mode[scene.mode] += 1
    check_kiosk(_db_of(scene.kiosk_dir), scene.log_path)


def _db_of(kiosk_dir: Path) -> Path:
    from kiosk import paths

    return paths.database_path(kiosk_dir)


def _final_sync(scene: Scene) -> None:
    """One round that is not killed: every event on the server once, the roster the server's."""
    from sqlalchemy import select as sql_select
    from sqlalchemy.orm import Session

    from kiosk import app
    from kiosk.server.models import ServerEventRow
    from kiosk.server.runner import build_store

    assert scene.server is not None
    kiosk = app.build(scene.kiosk_dir)
    store = build_store(scene.server.data_dir)
    try:
        for _ in range(20):
            report = kiosk.sync.run_once()
            if report.error is None and report.pending == 0 and report.roster_matches:
                break
        else:
            raise CrashFinding(f"{scene.mode}: the last sync did not finish: {report}")
        with kiosk.store.reading() as tx:
            local = sorted(e.id for e in tx.events(10**7))
        with Session(store.engine) as s:
            on_server = [e for e in s.scalars(sql_select(ServerEventRow.id).where(
                ServerEventRow.id.in_(local)))]
        if sorted(on_server) != local:
            raise CrashFinding(f"{scene.mode}: {len(local)} kiosk events, {len(on_server)} of them on the server "
                               f"({len(set(on_server))} different)")
        mine = {(m.id, m.name) for m in kiosk.members.roster()}
        theirs = {(m.id, m.name) for m in store.members()}
        if mine != theirs:
            raise CrashFinding(f"{scene.mode}: the kiosk's roster differs from the server's: "
                               f"{len(mine - theirs)} extra, {len(theirs - mine)} missing")
    finally:
        kiosk.close()
        store.engine.dispose()


def run(kills: int, seed: int, base: Path, modes: tuple[str, ...] = MODES, quiet: bool = False) -> Tally:
    """Kill `kills` victims, spread over the modes; raises CrashFinding at the first broken invariant."""
    for module in ("kiosk.app", "kiosk.server.runner", "kiosk.domain.guests"):
        importlib.import_module(module)  # once here: every forked victim starts with them loaded

    rng = random.Random(seed)
    server = ServerProcess(base / "server") if {"sync", "roster"} & set(modes) else None
    tally = Tally()
    try:
        scenes = [_setup(mode, base, server if mode in ("sync", "roster") else None) for mode in modes]
        weights = {"door": 5, "guest": 2, "sync": 2, "roster": 2}
        plan = rng.choices(scenes, weights=[weights[s.mode] for s in scenes], k=kills)
        started = time.monotonic()
        for i, scene in enumerate(plan, 1):
            if scene.mode == "roster":
                _edit_server_roster(scene, rng)
            _kill_one(scene, rng, tally)
            if not quiet and (i % 50 == 0 or i == kills):
                print(f"  {i} kills ({dict(tally.by_mode)}), {time.monotonic() - started:.0f} s", flush=True)
        tally.logged = sum(check_kiosk(_db_of(s.kiosk_dir), s.log_path) for s in scenes)
        for scene in scenes:
            if scene.server is not None:
                _final_sync(scene)
    finally:
        if server is not None:
            server.stop()
    return tally


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.crash", description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--modes", default=",".join(MODES), help=f"a comma-separated choice of {', '.join(MODES)}")
    args = parser.parse_args(argv)
    modes = tuple(m for m in args.modes.split(",") if m)
    with tempfile.TemporaryDirectory(prefix="kiosk-crash-") as tmp:
        started = time.monotonic()
        tally = run(args.kills, args.seed, Path(tmp), modes)
        took = time.monotonic() - started
    print(json.dumps({"kills": tally.kills, "by_mode": dict(tally.by_mode), "results_checked": tally.logged,
                      "kills_while_starting": tally.before_ready, "seconds": round(took)}))
    print(f"crash: {tally.kills} kills, {tally.logged} reported results each stored exactly once, "
          f"integrity ok after every kill, no double open visit, everything on the server once ({took:.0f} s)")


if __name__ == "__main__":
    main()
