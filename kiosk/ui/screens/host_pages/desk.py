"""The services the host view uses, as the composition root hands them over. Qt-free."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from kiosk.domain.settings import SpaceSettings
from kiosk.services.checkin import CheckInService
from kiosk.services.guests import GuestService
from kiosk.services.host import HostAccess
from kiosk.services.members import MemberAdmin
from kiosk.services.presence import PresenceService
from kiosk.services.privacy import PrivacyService
from kiosk.services.stats import StatsService


class HostFilesPort(Protocol):
    def card(self, member_id: str) -> str: ...
    def sheet(self, member_ids: list[str]) -> str: ...
    def evacuation(self) -> str: ...
    def visits(self, first: Any, last: Any) -> str: ...
    def csv_files(self) -> list[str]: ...
    def prune(self, days: int) -> int: ...
    def read_file(self, path: str) -> bytes: ...


class BackupsPort(Protocol):
    def nightly(self) -> Any: ...


@dataclass
class HostDesk:
    """The services the host view uses, handed over by the composition root."""

    checkin: CheckInService
    presence: PresenceService
    members: MemberAdmin
    stats: StatsService
    guests: GuestService
    host: HostAccess
    privacy: PrivacyService
    files: HostFilesPort
    settings: Callable[[], SpaceSettings]
    save_settings: Callable[[SpaceSettings], SpaceSettings]
    backups: BackupsPort | None = None  # the nightly copy, taken on the host-tasks thread
    # (what, its numbers): low disk, a clock behind or not synchronised (kiosk.health.door_warnings)
    warnings: Callable[[], list[tuple[str, dict[str, Any]]]] = lambda: []
    door: Any = None  # kiosk.services.door.DoorGate: open the door, test the lock (once one is set)
