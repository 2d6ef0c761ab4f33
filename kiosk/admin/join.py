"""The first-run set-up's join, its failures named for the screen."""

from __future__ import annotations

from kiosk.services.setup import JoinFailed, JoinProblem
from kiosk.sync.engine import SyncEngine


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
