"""Sound devices that come and go while the door runs: a USB headset (a USB sound card, with no
jack switch), and a headphone socket's input device that appears after start or goes away.

How the door hears of them: inotify on /dev/input and /dev/snd. The kernel (devtmpfs) makes a
device's node when the device appears and removes it when it goes; udev then gives the node its
group (an attribute change), after which the kiosk's user may open it. The inotify descriptor
sits in the GUI loop's poll beside the others: no thread, no timer, no wake-up while nothing
changes (docs/benchmarks.md, the speech benchmark's idle CPU). Chosen over pyudev (a package
and libudev for the same kind of descriptor) and over the kernel's own uevents on a netlink
socket (they come before udev has set a node's group, so an open would need a retry timer);
/proc and /sys give inotify no events at all. They are read once something changed: which cards
are USB (/sys/class/sound/cardN/device/subsystem is `usb`), what ALSA calls them (`id`), and
which input devices have a headphone switch (/proc/bus/input/devices, kiosk.speech.jack).

A USB sound card that is there at start is the door's own speaker, not a person's headset; one
that appears while the door runs is a person's, and speech goes to it until it is pulled out.
Tests point a `DoorSockets` at a directory tree of their own and make and remove the nodes.
"""

from __future__ import annotations

import ctypes
import errno
import logging
import os
import re
import struct
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.speech.jack import DEV_INPUT, PROC_DEVICES, InputJack, jack_devices

log = logging.getLogger(__name__)

DEV_SND = Path("/dev/snd")
SYS_SOUND = Path("/sys/class/sound")

# <sys/inotify.h>
IN_ATTRIB, IN_MOVED_FROM, IN_MOVED_TO, IN_CREATE, IN_DELETE = 0x4, 0x40, 0x80, 0x100, 0x200
IN_DELETE_SELF, IN_Q_OVERFLOW, IN_IGNORED = 0x400, 0x4000, 0x8000
NODES = IN_ATTRIB | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_DELETE_SELF
EVENT_HEAD = struct.Struct("iIII")  # wd, mask, cookie, len; then the name, NUL-padded
PLAYBACK = re.compile(r"pcmC(\d+)D(\d+)p")


class Inotify:
    """The kernel's inotify through libc (no package): a descriptor that becomes readable when a
    watched directory's entries change."""

    def __init__(self) -> None:
        self._libc = ctypes.CDLL(None, use_errno=True)
        fd = self._libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if fd < 0:
            code = ctypes.get_errno()
            raise OSError(code, os.strerror(code))
        self._fd: int | None = fd

    def fileno(self) -> int:
        if self._fd is None:
            raise ValueError("closed")
        return self._fd

    def watch(self, path: Path, mask: int) -> int | None:
        """A watch on `path` (its descriptor), or None where it does not exist (yet)."""
        wd = self._libc.inotify_add_watch(self.fileno(), os.fsencode(path), mask)
        if wd < 0:
            code = ctypes.get_errno()
            if code in (errno.ENOENT, errno.ENOTDIR, errno.EACCES):
                return None
            raise OSError(code, os.strerror(code), str(path))
        return int(wd)

    def read(self) -> list[tuple[int, int, str]]:
        """(watch, mask, name) of each event that came, oldest first ([] if none)."""
        data = b""
        while True:
            try:
                chunk = os.read(self.fileno(), 64 * 1024)
            except BlockingIOError:
                break
            if not chunk:
                break
            data += chunk
        events, at = [], 0
        while at + EVENT_HEAD.size <= len(data):
            wd, mask, _cookie, size = EVENT_HEAD.unpack_from(data, at)
            name = data[at + EVENT_HEAD.size:at + EVENT_HEAD.size + size].rstrip(b"\0")
            events.append((wd, mask, os.fsdecode(name)))
            at += EVENT_HEAD.size + size
        return events

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


@dataclass(frozen=True)
class UsbCard:
    """A USB sound card with a playback device: a headset, a headphone dongle, a USB speaker."""

    number: int  # ALSA's card number (cardN)
    card_id: str  # ALSA's id for it ("Headset"): stays the same when the numbers shift
    pcm: int  # its first playback device

    @property
    def device(self) -> str:
        """The ALSA device that plays on it, converting rate and format (aplay -D)."""
        return f"plughw:CARD={self.card_id},DEV={self.pcm}"


def usb_playback_cards(dev_snd: Path = DEV_SND, sys_sound: Path = SYS_SOUND) -> dict[int, UsbCard]:
    """The USB sound cards whose playback node is in `dev_snd` now, by card number. A card whose
    /sys entry is not readable yet is left for the next change (udev's comes right after)."""
    try:
        names = os.listdir(dev_snd)
    except OSError:
        return {}
    first: dict[int, int] = {}
    for name in names:
        if m := PLAYBACK.fullmatch(name):
            card, pcm = int(m[1]), int(m[2])
            first[card] = min(pcm, first.get(card, pcm))
    cards = {}
    for number, pcm in sorted(first.items()):
        entry = sys_sound / f"card{number}"
        try:
            subsystem = os.path.basename(os.path.realpath(entry / "device" / "subsystem"))
            card_id = (entry / "id").read_text().strip()
        except OSError:
            continue
        if subsystem == "usb" and card_id:
            cards[number] = UsbCard(number, card_id, pcm)
    return cards


@dataclass
class SocketChanges:
    """What one look at the device directories found."""

    added: list[InputJack] = field(default_factory=list)  # jacks to watch from now on
    # Jacks gone: the caller closes each once it has stopped waiting on it (closed here, its
    # descriptor's number could come back at once as a new jack's while still being waited on).
    dropped: list[InputJack] = field(default_factory=list)
    headsets_in: list[UsbCard] = field(default_factory=list)
    headsets_out: list[UsbCard] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.dropped or self.headsets_in or self.headsets_out)


class DoorSockets:
    """Every way a person's headphones reach the door, kept current as devices come and go."""

    def __init__(self, devices: Path = PROC_DEVICES, dev_input: Path = DEV_INPUT,
                 dev_snd: Path = DEV_SND, sys_sound: Path = SYS_SOUND) -> None:
        self.devices, self.dev_input, self.dev_snd, self.sys_sound = devices, dev_input, dev_snd, sys_sound
        self.jacks: dict[str, InputJack] = {}  # by handler (event10)
        self._refused: set[str] = set()  # handlers said once in the log as not readable
        self._watches: dict[int, Path] = {}
        try:
            self._inotify: Inotify | None = Inotify()
        except OSError as exc:  # no inotify (a kernel without it): the devices at start only
            log.warning("cannot watch for sound devices: %s", exc.strerror, extra={"event": "no_hotplug"})
            self._inotify = None
        for path in (dev_input, dev_snd):
            self._watch(path)
        # The USB cards there now are the door's own speaker: only one plugged in later is a headset.
        # By ALSA id, so that the speaker pulled out and put back is still the door's own.
        self._speakers = {card.card_id for card in usb_playback_cards(dev_snd, sys_sound).values()}
        self.headsets: dict[int, UsbCard] = {}
        self._look_for_jacks()
        if self.jacks:
            log.info("watching %d headphone jack(s)", len(self.jacks),
                     extra={"event": "jacks", "count": len(self.jacks)})

    def fileno(self) -> int | None:
        """What to wait on for a change (None: no inotify, nothing will change)."""
        return self._inotify.fileno() if self._inotify is not None else None

    @property
    def headset(self) -> UsbCard | None:
        """The USB headset plugged in last that is still there."""
        return next(reversed(self.headsets.values()), None)

    def update(self) -> SocketChanges:
        """Read what changed in the device directories and look again where something did."""
        changes = SocketChanges()
        if self._inotify is None:
            return changes
        touched: set[Path] = set()
        for wd, mask, name in self._inotify.read():
            where = self._watches.get(wd)
            if mask & IN_Q_OVERFLOW:
                touched |= {self.dev_input, self.dev_snd}
            if where is None:
                continue
            if mask & IN_IGNORED:  # the directory went (the last sound card left): watch for it again
                del self._watches[wd]
                self._watch(where)
                touched.add(where)
            elif where in (self.dev_input, self.dev_snd):
                touched.add(where)
            elif name in (self.dev_input.name, self.dev_snd.name) and where / name in (self.dev_input, self.dev_snd):
                self._watch(where / name)  # /dev/snd made for a first sound card
                touched.add(where / name)
        if self.dev_input in touched:
            self._look_for_jacks(changes)
        if self.dev_snd in touched:
            self._look_for_headsets(changes)
        return changes

    def close(self) -> None:
        for jack in self.jacks.values():
            jack.close()
        self.jacks.clear()
        if self._inotify is not None:
            self._inotify.close()
            self._inotify = None

    # --- inside ------------------------------------------------------------------------------------
    def _watch(self, path: Path) -> None:
        """Watch `path`'s entries; where it does not exist yet, its parent's, for its making."""
        if self._inotify is None:
            return
        wd = self._inotify.watch(path, NODES)
        if wd is None:
            wd = self._inotify.watch(path.parent, IN_CREATE | IN_MOVED_TO)
            path = path.parent
        if wd is not None:
            self._watches[wd] = path

    def _look_for_jacks(self, changes: SocketChanges | None = None) -> None:
        try:
            listed = dict((handler, name) for name, handler in jack_devices(
                self.devices.read_text(errors="replace")))
        except OSError:
            listed = {}
        for handler in list(self.jacks):
            if handler not in listed or not (self.dev_input / handler).exists():
                jack = self.jacks.pop(handler)
                log.info("headphone jack %s went away", jack.name, extra={"event": "jack_gone"})
                if changes is not None:
                    changes.dropped.append(jack)
                else:
                    jack.close()
        for handler, name in listed.items():
            if handler in self.jacks or not (self.dev_input / handler).exists():
                continue
            try:
                jack = InputJack(self.dev_input / handler, name)
            except OSError as exc:
                # Made by the kernel as root's: udev's group comes next, and with it another look.
                if exc.errno != errno.EACCES or handler not in self._refused:
                    log.warning("cannot watch the headphone jack %s: %s", name, exc.strerror,
                                extra={"event": "no_jack", "device": handler})
                self._refused.add(handler)
                continue
            self._refused.discard(handler)
            self.jacks[handler] = jack
            if changes is not None:
                log.info("headphone jack %s found", name, extra={"event": "jack_found", "device": handler})
                changes.added.append(jack)

    def _look_for_headsets(self, changes: SocketChanges) -> None:
        now = usb_playback_cards(self.dev_snd, self.sys_sound)
        for number in list(self.headsets):
            if number not in now or now[number].card_id != self.headsets[number].card_id:
                card = self.headsets.pop(number)
                log.info("USB headset out", extra={"event": "headset", "plugged": False})
                changes.headsets_out.append(card)
        for number, card in now.items():
            if number not in self.headsets and card.card_id not in self._speakers:
                self.headsets[number] = card
                log.info("USB headset in", extra={"event": "headset", "plugged": True, "device": card.device})
                changes.headsets_in.append(card)
