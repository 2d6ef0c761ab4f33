"""The stateful model of a space: a real server on PostgreSQL (uvicorn on loopback), two or three
kiosks on their own SQLite files, each behind its own fault proxy, driven by hypothesis one rule
at a time: check-ins, roster edits on the server (the host side) and roster requests from the
kiosks, CSV-sized imports, network cuts, kiosk and server restarts, clock skew.

After quiescence (network healed, sync rounds until every kiosk has nothing left to send and its
roster checksum matches): every kiosk event is on the server exactly once, every kiosk's roster
is the server's, every member a kiosk asked for exists on the server exactly once, and the
server's presence is the latest word of each member's scans.

Faults are deterministic (a proxy mode set by a rule, never a coin toss), clocks are fakes moved
by rules, so a failing run prints its steps and `@reproduce_failure` blob and replays the same.
Used by tests/proofs/test_model.py (a CI-sized run) and benchmarks/model.py (longer runs).
"""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk import app
from kiosk.core.members import parse_member_csv
from kiosk.domain.checkin import Outcome
from kiosk.domain.settings import SpaceSettings
from kiosk.server.models import ServerCardRow, ServerEventRow
from kiosk.services.members import NewMember
from tests.conftest import build_kiosk
from tests.fakes import FakeClock
from tests.sync.conftest import RunningServer, start_server, temporary_pg_database
from tests.sync.test_survival import FaultProxy

DOORS = st.integers(0, 2)  # which kiosk (modulo how many this run has)
SCAN_GAP = timedelta(minutes=5)  # between two scans; skews stay below it, so real order is clock order
MAX_SKEW_MINUTES = 2


class SwitchProxy(FaultProxy):
    """The fault proxy of tests/sync with the fault chosen by the model, not at random: every
    request passes, is dropped, or is reset halfway through the response (after the server did
    the work: the reply is lost), on a new connection or on one the kiosk kept open."""

    mode = "pass"

    def _mode(self) -> str:
        return self.mode


class SkewedClock(FakeClock):
    """A kiosk's clock: the space's real time (shared) plus this kiosk's own error."""

    def __init__(self, base: FakeClock) -> None:
        super().__init__()
        self.base, self.skew = base, timedelta(0)

    def now(self) -> datetime:
        return self.base.now() + self.skew


def _port(url: str) -> int:
    return int(url.rsplit(":", 1)[1])


class SpaceModel(RuleBasedStateMachine):
    """One space: its server, its kiosks, and what the people there did."""

    kiosk_count = 2  # benchmarks.model runs three
    def __init__(self) -> None:
        super().__init__()
        self.stack = ExitStack()
        try:
            self._start()
        except BaseException:
            self.stack.close()
            raise

    def _start(self) -> None:
        self.tmp = Path(self.stack.enter_context(TemporaryDirectory(prefix="kiosk-model-")))
        self.db_url = self.stack.enter_context(temporary_pg_database("kiosk_model", migrated=True))
        self.server: RunningServer = start_server(self.tmp / "server", self.db_url)
        self.stack.callback(lambda: self._stop_server())
        # The space's day: today, from 07:00 UTC, so the steps stay inside opening hours.
        today = datetime.now(UTC).date()
        self.base = FakeClock(datetime(today.year, today.month, today.day, 7, 0, tzinfo=UTC))
        self.clocks = [SkewedClock(self.base) for _ in range(self.kiosk_count)]
        self.proxies = [SwitchProxy(_port(self.server.url), seed=0) for _ in range(self.kiosk_count)]
        for proxy in self.proxies:
            self.stack.callback(proxy.close)
        self.codes: dict[str, str] = {}  # member id -> the code of their newest card
        self.last_word: dict[str, Outcome] = {}  # member id -> what their latest scan answered
        self.requested: list[str] = []  # names of members the kiosks asked the server to add
        self.kiosks: list[app.Kiosk] = []
        self.scans = 0  # how many scans this run made (benchmarks.model reports it)
        self._add_on_server(4)
        for i in range(self.kiosk_count):
            kiosk = build_kiosk(self.tmp / f"kiosk{i}", clock=self.clocks[i])
            app.apply_settings(kiosk, SpaceSettings(guard_seconds=0))
            code = self.server.store.add_kiosk(f"door-{i}", "Klitmøller")
            kiosk.sync.enroll(self.server.url, code)
            kiosk.sync.local.set_state(url=f"http://127.0.0.1:{self.proxies[i].port}")
            self.kiosks.append(kiosk)
        self.stack.callback(lambda: [k.close() for k in self.kiosks])

    # --- helpers -----------------------------------------------------------------------------
    def _stop_server(self) -> None:
        self.server.stop()
        self.server.store.engine.dispose()

    def _add_on_server(self, n: int) -> None:
        start = len(self.codes)
        for issued in self.server.store.add_members([{"name": f"Medlem {start + i}"} for i in range(n)]):
            self.codes[issued.member.id] = issued.code

    def _member(self, index: int) -> str | None:
        ids = sorted(self.codes)
        return ids[index % len(ids)] if ids else None

    def _sync(self, i: int) -> None:
        self.kiosks[i].sync.run_once()  # through whatever the network is doing; errors are reported

    # --- rules -------------------------------------------------------------------------------
    @rule(scans=st.lists(st.tuples(DOORS, st.integers(0, 1000)), min_size=1, max_size=8))
    def people_scan(self, scans: list[tuple[int, int]]) -> None:
        """A few people at the doors, one after the other."""
        for door, member in scans:
            kiosk = door % self.kiosk_count
            member_id = self._member(member)
            if member_id is None:
                return
            self.base.advance(seconds=SCAN_GAP.total_seconds())
            self.scans += 1
            result = self.kiosks[kiosk].checkin.check_in_code(self.codes[member_id])
            if result.outcome in (Outcome.CHECKED_IN, Outcome.CHECKED_OUT):
                self.last_word[member_id] = result.outcome

    @rule(kiosk=DOORS)
    def sync(self, kiosk: int) -> None:
        kiosk %= self.kiosk_count
        self._sync(kiosk)

    @rule(member=st.integers(0, 1000), name=st.sampled_from(["Åse", "Jürgen", "Mette", "Ole"]))
    def host_renames(self, member: int, name: str) -> None:
        member_id = self._member(member)
        if member_id is not None:
            self.server.store.update_member(member_id, name=f"{name} {member}")

    @rule(member=st.integers(0, 1000))
    def host_issues_a_new_card(self, member: int) -> None:
        member_id = self._member(member)
        if member_id is not None:
            self.codes[member_id] = self.server.store.new_card(member_id).code

    @precondition(lambda self: len(self.codes) > 3)
    @rule(member=st.integers(0, 1000))
    def host_deletes(self, member: int) -> None:
        member_id = self._member(member)
        assert member_id is not None
        self.server.store.delete_member(member_id)
        del self.codes[member_id]
        self.last_word.pop(member_id, None)

    @rule(rows=st.integers(1, 30), plan=st.sampled_from(["monthly", "clipcard"]))
    def host_imports_a_csv(self, rows: int, plan: str) -> None:
        """A CSV file as the host exports it from a spreadsheet, parsed as `kiosk server members
        import` parses it, added in one transaction."""
        start = len(self.codes)
        text = "name;email;plan;clips\n" + "".join(
            f"Importeret {start + i} Ærø;i{start + i}@example.dk;{plan};{10 if plan == 'clipcard' else 0}\n"
            for i in range(rows))
        news = [{"name": n.name, "email": n.email, "plan": n.plan.value, "clips": n.clips,
                 "valid_until": n.valid_until} for n in parse_member_csv(text.encode("utf-8-sig"))]
        for issued in self.server.store.add_members(news):
            self.codes[issued.member.id] = issued.code

    @rule(kiosk=DOORS)
    def kiosk_asks_for_a_member(self, kiosk: int) -> None:
        kiosk %= self.kiosk_count
        name = f"Anmodet {len(self.requested)}"
        self.kiosks[kiosk].members.request("add", new=NewMember(name=name))
        self.requested.append(name)

    @rule(kiosk=DOORS, member=st.integers(0, 1000))
    def kiosk_asks_for_a_rename(self, kiosk: int, member: int) -> None:
        kiosk %= self.kiosk_count
        member_id = self._member(member)
        if member_id is not None:
            self.kiosks[kiosk].members.edit(member_id, NewMember(name=f"Omdøbt {member}"))

    @rule(kiosk=DOORS, mode=st.sampled_from(["drop", "reset"]))
    def network_cut(self, kiosk: int, mode: str) -> None:
        kiosk %= self.kiosk_count
        self.proxies[kiosk].mode = mode

    @rule(kiosk=DOORS)
    def network_back(self, kiosk: int) -> None:
        kiosk %= self.kiosk_count
        self.proxies[kiosk].mode = "pass"

    @rule(kiosk=DOORS)
    def kiosk_restarts(self, kiosk: int) -> None:
        kiosk %= self.kiosk_count
        self.kiosks[kiosk].close()
        self.kiosks[kiosk] = build_kiosk(self.tmp / f"kiosk{kiosk}", clock=self.clocks[kiosk])

    @rule()
    def server_restarts(self) -> None:
        self._stop_server()
        self.server = start_server(self.tmp / "server", self.db_url)
        for proxy in self.proxies:
            proxy.upstream = ("127.0.0.1", _port(self.server.url))

    @rule(kiosk=DOORS, minutes=st.integers(-MAX_SKEW_MINUTES, MAX_SKEW_MINUTES))
    def clock_skew(self, kiosk: int, minutes: int) -> None:
        kiosk %= self.kiosk_count
        self.clocks[kiosk].skew = timedelta(minutes=minutes)

    @rule()
    def quiesce(self) -> None:
        self.check_after_quiescence()

    # --- the checks --------------------------------------------------------------------------
    def check_after_quiescence(self) -> None:
        for proxy in self.proxies:
            proxy.mode = "pass"
        # Two passes over the kiosks: a request sent by one kiosk reaches the others' rosters.
        for _ in range(2):
            for i, kiosk in enumerate(self.kiosks):
                for _attempt in range(5):
                    report = kiosk.sync.run_once()
                    if report.error is None and report.pending == 0 and report.roster_matches \
                            and not kiosk.sync.local.pending_requests(1):
                        break
                else:
                    raise AssertionError(f"kiosk {i} did not settle: {report}")
        store = self.server.store
        # Every event of every kiosk on the server, exactly once.
        with Session(store.engine) as s:
            on_server = sorted(s.scalars(select(ServerEventRow.id)))
            server_cards = sorted(s.execute(select(ServerCardRow.member_id, ServerCardRow.serial,
                                                   ServerCardRow.revoked)).all())
        local = sorted(e.id for k in self.kiosks for e in _all_events(k))
        assert on_server == local, f"{len(local)} kiosk events, {len(on_server)} on the server"
        # Every kiosk's roster is the server's.
        # The server's view for a kiosk: the roster without e-mail addresses (docs/sync-protocol.md:
        # no e-mail addresses at the door).
        server_members = sorted((replace(m.to_member(), email="") for m in store.members()), key=lambda m: m.id)
        for i, kiosk in enumerate(self.kiosks):
            members, cards = kiosk.sync.local.roster()
            mine = sorted(members, key=lambda m: m.id)
            extra = [m for m in mine if m not in server_members][:3]
            missing = [m for m in server_members if m not in mine][:3]
            assert mine == server_members, f"kiosk {i}'s roster differs: has {extra}, lacks {missing}"
            assert sorted((c.member_id, c.serial, c.revoked) for c in cards) == \
                [tuple(row) for row in server_cards], f"kiosk {i}'s cards differ"
        # Each member a kiosk asked for exists once.
        names = [m.name for m in server_members]
        for name in self.requested:
            assert names.count(name) == 1, f"{name!r} is on the server {names.count(name)} times"
        # Presence is the latest word of each member's scans.
        day = self.base.now().date()
        in_now = {e["member_id"] for e in store.presence(day)["in_now"]}  # type: ignore[index,union-attr]
        # The model's day is the UTC date (07:00 UTC on); once the space's own day has moved on
        # past it (the hour after midnight in Copenhagen, 23:00-24:00 UTC), that day is over and
        # the server's rule has nobody in (domain.presence.in_now): the same rule, not a skip.
        day_over = day < datetime.now(store.tz).date()
        for member_id, word in self.last_word.items():
            assert (member_id in in_now) == (word is Outcome.CHECKED_IN and not day_over), \
                f"member {member_id}: last word {word.value}, server says {'in' if member_id in in_now else 'out'}"

    @invariant()
    def kiosks_answer(self) -> None:
        """Whatever happened, each kiosk still reads its own database."""
        for kiosk in self.kiosks:
            kiosk.presence.count_in_now()

    def teardown(self) -> None:
        try:
            self.check_after_quiescence()
        finally:
            self.stack.close()


def _all_events(kiosk: app.Kiosk) -> list:  # type: ignore[type-arg]
    with kiosk.store.reading() as tx:
        return tx.events(10**6)

