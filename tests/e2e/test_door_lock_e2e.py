"""The door lock end to end: the real app under Xvfb, fed videos of a member's card and a 24/7
member's phone pass, makes a local Shelly-protocol server and a Nuki-protocol server switch,
refuses after hours for a daytime plan, opens for the 24/7 member's phone pass, keeps working
with the lock unplugged, and the server's Door log shows each of them."""

from __future__ import annotations

import base64
import re
import time
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import cv2
import numpy as np
import pytest
import qrcode

from kiosk import app
from kiosk.core.documents.cards import render_card
from kiosk.domain.phone_pass import Algorithm
from kiosk.domain.settings import SpaceSettings
from kiosk.lock.config import LockConfig
from kiosk.scan.synth import empty_frames, held_up_sequence, write_video
from kiosk.server.hosts import Hosts
from kiosk.server.social import Social
from tests.conftest import ALL_DAY, build_kiosk, need
from tests.domain.test_phone_pass import Phone
from tests.e2e.harness import KioskProcess, Xvfb, have_xvfb
from tests.lock.fake_devices import FakeNukiBridge, FakeShelly
from tests.sync.conftest import start_server
from tests.sync.web_client import WebClient

pytestmark = pytest.mark.e2e
PASSWORD = "correct horse battery"


@pytest.fixture
def screen():  # type: ignore[no-untyped-def]
    need(have_xvfb(), "Xvfb is not installed (apt-get install xvfb)")
    xvfb = Xvfb()
    yield xvfb
    xvfb.stop()


def video_of(path: Path, pictures: list[np.ndarray]) -> Path:
    rng = np.random.default_rng(5)
    frames: list[np.ndarray] = []
    for picture in pictures:
        frames += [*empty_frames(rng, 15), *held_up_sequence(picture, rng, frames=20)]
    write_video(path, [*frames, *empty_frames(rng, 30)], fps=15)
    return path


def card_picture(server, member_id: str) -> np.ndarray:  # type: ignore[no-untyped-def]
    printable = server.store.card(member_id).printable()  # as the server's card page prints it
    return cv2.cvtColor(np.asarray(render_card(printable, "Cowork")), cv2.COLOR_RGB2BGR)


def pass_picture(text: str) -> np.ndarray:
    image = qrcode.make(text, box_size=8, border=4).get_image().convert("RGB").resize((720, 720))
    canvas = np.full((900, 1400, 3), 255, np.uint8)
    canvas[90:810, 340:1060] = np.asarray(image)[:, :, ::-1]
    return canvas


def settings(data: Path, **values: str) -> None:
    kiosk = build_kiosk(data)
    try:
        app.apply_settings(kiosk, SpaceSettings.from_mapping({**kiosk.settings.to_mapping(), **values}))
    finally:
        kiosk.close()


def lock(data: Path, config: LockConfig) -> None:
    kiosk = build_kiosk(data)
    try:
        kiosk.door.set_lock(config)
    finally:
        kiosk.close()


def run_door(screen: Xvfb, data: Path, video: Path, answers: list[dict[str, str]]) -> list[dict[str, object]]:
    """Start the app on the video, wait for each door answer in turn (matching fields), stop it."""
    door = KioskProcess(screen.display, data, "--camera", str(video), "--no-demo")
    got = []
    try:
        door.wait_for(event="ready", timeout=60)
        for match in answers:
            got.append(door.wait_for(event="door_answer", timeout=60, **match))
    finally:
        code = door.stop()
    assert code == 0, "\n".join(door.log[-20:])
    return got


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_the_door_opens_refuses_and_survives_an_unplugged_lock(screen, tmp_path) -> None:  # type: ignore[no-untyped-def]
    server = start_server(tmp_path / "server", None)
    shelly, bridge = FakeShelly("s3cret").start(), FakeNukiBridge("tok-123456", "987654321").start()
    try:
        Hosts(server.store.engine).add("anna", PASSWORD)
        mette, kim = server.store.add_members([{"name": "Mette Jensen"}, {"name": "Kim Nøgle", "any_hour": True}])
        phone = Phone(Algorithm.ED25519, kim.member.id)
        Social(server.store.engine, server.store.tz).register_device(
            kim.member.id, "ed25519", base64.b64encode(phone.spki).decode())
        data = tmp_path / "door"
        kiosk = build_kiosk(data, hours=ALL_DAY)  # the real clock: open at any hour of a run
        try:
            server.enroll(kiosk, "front-door")
        finally:
            kiosk.close()

        # 1. Inside opening hours, a Shelly: the member's card opens it.
        lock(data, LockConfig("shelly", url=shelly.url, password="s3cret", seconds=3))
        [opened] = run_door(screen, data, video_of(tmp_path / "mette.mp4", [card_picture(server, mette.member.id)]),
                            [{"door": "opened"}])
        assert opened["member_id"] == mette.member.id
        assert {s.toggle_after for s in shelly.switchings if s.on} == {3.0}
        shelly_openings = len([s for s in shelly.switchings if s.on])

        # 2. After hours (closed today), a Nuki: the daytime member is refused, the 24/7 member's
        #    phone pass opens it. Mette checked out first, so her scan is a new entry.
        kiosk = build_kiosk(data)
        try:
            kiosk.checkin.check_out_at_door(mette.member.id)
        finally:
            kiosk.close()
        today = datetime.now(ZoneInfo("Europe/Copenhagen")).date().isoformat()
        settings(data, closed_days=today)
        lock(data, LockConfig("nuki", url=bridge.url, token="tok-123456", lock_id="987654321"))
        pictures = [card_picture(server, mette.member.id), pass_picture(phone.show(datetime.now(UTC)))]
        video = video_of(tmp_path / "night.mp4", pictures)
        refused, by_phone = run_door(screen, data, video, [{"door": "not_opened", "reason": "after_hours"},
                                                            {"door": "opened"}])
        assert refused["member_id"] == mette.member.id and by_phone["member_id"] == kim.member.id
        assert bridge.unlatches and len([s for s in shelly.switchings if s.on]) == shelly_openings

        # 3. The lock unplugged: the member is told, the door keeps working.
        bridge.stop()
        settings(data, closed_days="")
        [failed] = run_door(screen, data, video_of(tmp_path / "again.mp4", [card_picture(server, mette.member.id)]),
                            [{"door": "lock_failed"}])
        assert failed["reason"] == "not_answering"

        kiosk = build_kiosk(data)
        try:
            # The door kept working: the scan whose lock did not answer is recorded, and the card
            # shown again (the video loops) never makes a second check-in of one entry.
            with kiosk.store.reading() as tx:
                kinds = [e.kind.value for e in tx.events() if e.member_id == mette.member.id]
            assert "lock_failed" in kinds and kinds.count("check_in") <= 2, kinds
            kiosk.sync.run_once()
        finally:
            kiosk.close()
        client = WebClient(server.url)
        assert client.log_in("anna", PASSWORD).status == 303
        body = client.get(f"/door-log?day={today}").text
        body = body[body.find("<tbody>"):]
        # The videos loop: a card shown again may add a refusal or (once) an opening; never fewer.
        assert body.count('class="door_opened"') >= 2, body
        assert body.count('class="door_refused"') >= 1 and body.count('class="lock_failed"') >= 1
        assert "Kim Nøgle" in body and "Mette Jensen" in body and "front-door" in body
        # Each of them, by whom: Mette's opening (Shelly), her refusal after hours and her scan
        # with the lock unplugged; Kim's opening by phone pass (Nuki).
        rows = {(kind, name) for kind, row in re.findall(r'<tr class="(\w+)">(.*?)</tr>', body, re.DOTALL)
                for name in ("Mette Jensen", "Kim Nøgle") if name in row}
        assert {("door_opened", "Mette Jensen"), ("door_refused", "Mette Jensen"), ("lock_failed", "Mette Jensen"),
                ("door_opened", "Kim Nøgle")} <= rows, rows
        assert ("door_refused", "Kim Nøgle") not in rows
    finally:
        shelly.stop()
        bridge.stop()
        server.stop()
        server.store.engine.dispose()


@pytest.mark.slow  # long: 6 s or more of a quiet 2-core machine (--all)
def test_the_running_door_watches_its_sensor_and_the_door_log_shows_it(screen, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The app's own sensor thread (read every 0.2 s here: KIOSK_SENSOR_SECONDS) sees a door opened
    with nobody let in, its closing and a sensor unplugged, each once; the Door log shows them."""
    server = start_server(tmp_path / "server", None)
    shelly = FakeShelly("s3cret").start()
    try:
        Hosts(server.store.engine).add("anna", PASSWORD)
        data = tmp_path / "door"
        kiosk = app.build(data)
        try:
            server.enroll(kiosk, "side-door")
        finally:
            kiosk.close()
        lock(data, LockConfig("shelly", url=shelly.url, password="s3cret", seconds=3, sensor_input=0))
        door = KioskProcess(screen.display, data, "--camera", str(video_of(tmp_path / "empty.mp4", [])), "--no-demo",
                            extra_env={"KIOSK_SENSOR_SECONDS": "0.2"})
        try:
            door.wait_for(event="ready", timeout=60)
            deadline = time.monotonic() + 30
            while shelly.readings < 2 and time.monotonic() < deadline:  # polling for a state, with a deadline
                time.sleep(0.02)
            assert shelly.readings >= 2  # it has seen the door closed
            shelly.door_open = True
            door.wait_for(event="door_forced_open", timeout=30)
            shelly.door_open = False
            door.wait_for(event="door_closed", timeout=30)
            shelly.stop()
            door.wait_for(event="sensor_failed", timeout=30)
        finally:
            code = door.stop()
        assert code == 0, "\n".join(door.log[-20:])
        said = [line for line in door.log if '"door_forced_open"' in line or '"sensor_failed"' in line]
        assert len(said) == 2, said  # once each, not once per reading

        kiosk = app.build(data)
        try:
            kiosk.sync.run_once()
        finally:
            kiosk.close()
        client = WebClient(server.url)
        assert client.log_in("anna", PASSWORD).status == 303
        client.get("/language/en?next=/door-log")
        body = client.get("/door-log").text
        assert body.count('class="door_forced_open"') == 1 and body.count('class="sensor_failed"') == 1, body
        assert "forced open" in body and "side-door" in body
    finally:
        shelly.stop()
        server.stop()
        server.store.engine.dispose()
