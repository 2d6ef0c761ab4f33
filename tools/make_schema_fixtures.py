"""Write tests/data/kiosk-schema/<revision>.sqlite3: a used kiosk database at every earlier schema.

    .venv/bin/python tools/make_schema_fixtures.py

Checks nothing out: each database is made by migrating an empty file with Alembic to that
revision and inserting the rows below (only the columns that revision has). The data is what a
real kiosk holds: the demo key and a demo member, this kiosk's own key and a standalone
member and host signed with it, the shared host PIN, a clip card with a visit and its events,
and (from 0005) a guest with details, consent and payment. The tests migrate each to head and
check that every row and every card still works. Run it again after adding a migration: the
test asks for a fixture of every revision but the newest.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk import paths  # noqa: E402
from kiosk.core.db import open_engine  # noqa: E402
from kiosk.core.keys import load_private_key  # noqa: E402
from kiosk.domain.codes import issue_code, key_id_of, short_code_for, short_code_hash  # noqa: E402
from kiosk.store import MIGRATIONS  # noqa: E402

OUT = ROOT / "tests" / "data" / "kiosk-schema"
OWN_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))  # a test key, published here on purpose
DEMO_KEY = load_private_key(paths.DEMO_KEY)
HOST_PIN_SALT, HOST_PIN = bytes(16), "2468"
SHORT_CODE_KEY = bytes(range(100, 132))  # the kiosk's short-code key (keys/short-code-key), a test key

# id, name, role, plan, clips, demo, signing key
PEOPLE = [
    ("de00000000000001", "Demo Dorte", "member", "monthly", 0, True, DEMO_KEY),
    ("0000000000000a01", "Anna Standalone", "member", "monthly", 0, False, OWN_KEY),
    ("0000000000000a02", "Henrik Host", "host", "monthly", 0, False, OWN_KEY),
    ("0000000000000a03", "Clara Clips", "member", "clipcard", 10, False, OWN_KEY),
    ("0000000000000a04", "Gitte Guest", "guest", "daypass", 0, False, OWN_KEY),
]
CARD_SERIAL = 2  # serial 1 of each was revoked (a lost card)
AT = "2026-01-05 08:00:00.000000"


def codes() -> dict[str, str]:
    """Each person's live card, as printed (the tests scan these)."""
    return {pid: issue_code(key, pid, CARD_SERIAL) for pid, *_, key in PEOPLE}


def _raw(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def rows() -> dict[str, list[dict[str, object]]]:
    import hashlib

    def _hash(pin: str, salt: bytes) -> str:  # the kiosk PIN's first format: salt$digest
        return hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32).hex()

    out: dict[str, list[dict[str, object]]] = {
        "settings": [
            {"key": "kiosk_id", "value": "11111111-2222-4333-8444-555555555555"},
            {"key": "demo_seeded", "value": "yes"},
            {"key": "space_name", "value": "Fixture Hub"},
            {"key": "host_pin_hash", "value": f"{HOST_PIN_SALT.hex()}${_hash(HOST_PIN, HOST_PIN_SALT)}"},
        ],
        "trusted_keys": [
            {"key_id": key_id_of(DEMO_KEY.public_key()), "public_key": _raw(DEMO_KEY), "label": "demo",
             "demo": 1, "roster_gen": 0, "own": 0},
            {"key_id": key_id_of(OWN_KEY.public_key()), "public_key": _raw(OWN_KEY), "label": "this kiosk",
             "demo": 0, "roster_gen": 0, "own": 1},
        ],
        "members": [], "cards": [],
    }
    for pid, name, role, plan, clips, demo, key in PEOPLE:
        out["members"].append({"id": pid, "name": name, "email": f"{pid}@example.org", "plan_kind": plan,
                               "valid_from": "2026-01-01", "valid_until": "2030-12-31", "clips_total": clips,
                               "status": "active", "role": role, "demo": int(demo), "created_at": AT,
                               "roster_gen": 0})
        for serial in (1, CARD_SERIAL):
            out["cards"].append({"member_id": pid, "serial": serial, "revoked": int(serial != CARD_SERIAL),
                                 "short_code": short_code_for(issue_code(key, pid, serial)),
                                 "short_code_hash": short_code_hash(SHORT_CODE_KEY,
                                                                    short_code_for(issue_code(key, pid, serial))),
                                 "issued_at": AT, "roster_gen": 0, "issuer": key_id_of(key.public_key())})
    out["visits"] = [{"id": "v0000000-0000-4000-8000-000000000001", "member_id": "0000000000000a03",
                      "day": "2026-01-05", "checked_in_at": AT, "checked_out_at": "2026-01-05 15:00:00.000000",
                      "checkout_kind": "scan", "clip_charged": 1, "origin": None}]
    out["events"] = [
        {"id": "e0000000-0000-4000-8000-000000000001", "kiosk_id": "11111111-2222-4333-8444-555555555555",
         "kind": "check_in", "recorded_at": AT, "effective_at": AT, "member_id": "0000000000000a03",
         "card_serial": CARD_SERIAL, "visit_id": "v0000000-0000-4000-8000-000000000001", "reason": None,
         "source": "scan", "synced_at": None, "rejected_reason": None},
        {"id": "e0000000-0000-4000-8000-000000000002", "kiosk_id": "11111111-2222-4333-8444-555555555555",
         "kind": "refused", "recorded_at": AT, "effective_at": AT, "member_id": None, "card_serial": None,
         "visit_id": None, "reason": "foreign", "source": "scan", "synced_at": None, "rejected_reason": None},
    ]
    out["guest_details"] = [{"member_id": "0000000000000a04", "company": "Fjord ApS", "visitor_type": "visitor",
                             "host_member_id": "0000000000000a01", "payment_method": "mobilepay",
                             "price_ore": 15000, "language": "da", "registered_at": AT}]
    out["consents"] = [{"member_id": "0000000000000a04", "kind": "privacy", "version": 1, "accepted_at": AT}]
    out["payments"] = [{"id": "p0000000-0000-4000-8000-000000000001", "member_id": "0000000000000a04",
                        "kind": "daypass", "amount_ore": 15000, "method": "mobilepay", "clips": 0, "at": AT}]
    out["anonymous_visits"] = [{"day": "2026-01-04", "checked_in_at": AT, "checked_out_at": None, "guest": 1}]
    out["roster_requests"] = [{"id": "r0000000-0000-4000-8000-000000000001", "body": "{}", "created_at": AT,
                               "status": "accepted", "reason": None}]
    out["remote_clip_days"] = [{"member_id": "0000000000000a03", "day": "2026-01-02"}]
    return out


def revisions() -> list[str]:
    """Every kiosk schema revision, oldest first."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return [rev.revision for rev in reversed(list(ScriptDirectory.from_config(config).walk_revisions()))]


def make(revision: str, out: Path) -> None:
    out.unlink(missing_ok=True)
    engine = open_engine(out)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    engine.dispose()
    db = sqlite3.connect(out)
    for table, table_rows in rows().items():
        columns = {r[1] for r in db.execute(f"PRAGMA table_info({table})")}
        if not columns:
            continue  # not at this revision yet
        if table == "members" and "guest_details" not in {
                r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}:
            table_rows = [r for r in table_rows if r["role"] != "guest"]  # guests came with 0005
        if table == "cards":
            table_rows = [r for r in table_rows if r["member_id"] != "0000000000000a04" or "own" in {
                c[1] for c in db.execute("PRAGMA table_info(trusted_keys)")}]
        for row in table_rows:
            kept = {k: v for k, v in row.items() if k in columns}
            db.execute(f"INSERT INTO {table} ({', '.join(kept)}) VALUES ({', '.join('?' * len(kept))})",
                       list(kept.values()))
    db.commit()
    db.execute("PRAGMA journal_mode=DELETE")
    db.execute("VACUUM")
    db.close()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    pem = OWN_KEY.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    (OUT / "card-signing-key.pem").write_bytes(pem)
    (OUT / "short-code-key").write_bytes(SHORT_CODE_KEY)
    for revision in revisions()[:-1]:
        make(revision, OUT / f"{revision}.sqlite3")
        print(f"wrote {OUT / f'{revision}.sqlite3'}")


if __name__ == "__main__":
    main()
