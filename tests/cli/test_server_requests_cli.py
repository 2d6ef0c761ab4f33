"""`kiosk server requests ...` and `kiosk server kiosks permissions ...`, run as real processes."""

import json
import subprocess
import uuid
from pathlib import Path

from kiosk.server.runner import build_store
from kiosk.sync.client import ServerApi
from tests.conftest import kiosk_command
from tests.sync.conftest import start_server

ROOT = Path(__file__).resolve().parents[2]


def server_cmd(data_dir: Path, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    proc = kiosk_command("server", *args, "--data-dir", str(data_dir))
    if ok:
        assert proc.returncode == 0, proc.stderr
    return proc


def test_hosts_decide_waiting_requests_and_set_permissions_from_the_command_line(tmp_path):
    data_dir = tmp_path / "server"
    server = start_server(data_dir, None)
    try:
        store = server.store
        token = ServerApi(server.url).enroll(store.add_kiosk("door-1"), str(uuid.uuid4())).token
        (kim,) = store.add_members([{"name": "Klip Kim", "plan": "clipcard", "clips": 2}])
        (lars,) = store.add_members([{"name": "Lars"}])
        erase = {"id": str(uuid.uuid4()), "op": "erase", "member_id": kim.member.id}
        card = {"id": str(uuid.uuid4()), "op": "new_card", "member_id": lars.member.id}
        results = ServerApi(server.url, token).send_requests([erase, card]).results
        assert [r.status for r in results] == ["pending", "pending"]

        listed = json.loads(server_cmd(data_dir, "requests", "list", "--json").stdout)
        assert [(r["op"], r["member_name"], r["kiosk"]) for r in listed] == [
            ("erase", "Klip Kim", "door-1"), ("new_card", "Lars", "door-1")]
        assert "Klip Kim" in server_cmd(data_dir, "requests", "list").stdout

        server_cmd(data_dir, "requests", "approve", erase["id"], "--host", "anne")
        assert [m.name for m in store.members()] == ["Lars"]
        again = server_cmd(data_dir, "requests", "approve", erase["id"], ok=False)
        assert again.returncode == 2 and "not waiting any more" in again.stderr
        out = server_cmd(data_dir, "requests", "reject", card["id"], "--host", "anne", "--reason", "found it").stdout
        assert "refused by anne: found it" in out
        assert json.loads(server_cmd(data_dir, "requests", "list", "--json").stdout) == []

        shown = json.loads(server_cmd(data_dir, "kiosks", "permissions", "door-1", "--json").stdout)
        assert shown == {"kiosk": "door-1", "direct": ["add", "suspend", "top_up"], "top_up_limit": 50}
        changed = json.loads(server_cmd(data_dir, "kiosks", "permissions", "door-1", "--allow", "new_card",
                                        "--deny", "add", "--top-up-limit", "10", "--json").stdout)
        assert changed == {"kiosk": "door-1", "direct": ["suspend", "new_card", "top_up"], "top_up_limit": 10}
        refused = server_cmd(data_dir, "kiosks", "permissions", "door-1", "--allow", "erase", ok=False)
        assert refused.returncode == 2 and "erase" in refused.stderr
        assert "waiting for a host: add" in server_cmd(data_dir, "kiosks", "permissions", "door-1").stdout
        unknown = server_cmd(data_dir, "kiosks", "permissions", "door-9", ok=False)
        assert unknown.returncode == 2 and "no kiosk named 'door-9'" in unknown.stderr
    finally:
        server.stop()
        server.store.engine.dispose()
    build_store(data_dir).engine.dispose()  # the database is still whole and migrated
