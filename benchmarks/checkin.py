"""Time from a decoded code to a committed check-in event, on a real SQLite file (WAL, FULL sync).

    .venv/bin/python -m benchmarks.checkin

This is the part of "scan to welcome" that the database costs: verify the signature, read the
member's state, decide, write the visit and event, fsync. The camera-to-screen path adds the
decode (see benchmarks.decoders) and one queued signal.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from kiosk import app
from kiosk.core.members import NewMember


def main(members: int = 500, scans: int = 400) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        kiosk = app.build(Path(tmp))
        cards = kiosk.members.add_many([NewMember(name=f"Member {i}") for i in range(members)])
        times = []
        for i in range(scans):
            card = cards[i % members]
            start = time.perf_counter()
            kiosk.checkin.check_in_code(card.code)
            times.append((time.perf_counter() - start) * 1000)
        kiosk.close()
    q = statistics.quantiles(times, n=100, method="inclusive")
    print(f"decoded code -> committed event, {scans} scans, {members} members, synchronous=FULL\n")
    print("| median ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|")
    print(f"| {statistics.median(times):.1f} | {q[94]:.1f} | {q[98]:.1f} | {max(times):.1f} |")


def phone_passes(members: int = 500, scans: int = 400) -> None:
    """The same with phone passes: each member has a phone (ECDSA P-256, as WebCrypto makes it);
    the door looks up the pass's key, verifies the signature, records the (phone, step) once."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

    from kiosk.domain.phone_pass import Algorithm, DeviceKey, device_key_id, encode_pass, signed_bytes, step_at
    from kiosk.domain.social import SocialEntry
    from kiosk.store.sync_store import SqlSyncStore

    with tempfile.TemporaryDirectory() as tmp:
        kiosk = app.build(Path(tmp))
        kiosk.members.add_many([NewMember(name=f"Member {i}") for i in range(members)])
        roster = kiosk.members.roster()
        phones = {}
        social = {}
        for m in roster:
            key = ec.generate_private_key(ec.SECP256R1())
            spki = key.public_key().public_bytes(serialization.Encoding.DER,
                                                 serialization.PublicFormat.SubjectPublicKeyInfo)
            phones[m.id] = (key, device_key_id(spki))
            social[m.id] = SocialEntry(None, (DeviceKey(device_key_id(spki), m.id, Algorithm.ECDSA_P256, spki),))
        SqlSyncStore(kiosk.engine, b"k" * 32).apply_roster(roster, [], [], [], "c", False, True, social=social)
        step = step_at(kiosk.clock.now())
        passes = []
        for m in roster:
            key, key_id = phones[m.id]
            r, s = decode_dss_signature(key.sign(signed_bytes(m.id, key_id, step), ec.ECDSA(hashes.SHA256())))
            passes.append(encode_pass(m.id, key_id, step, r.to_bytes(32, "big") + s.to_bytes(32, "big")))
        times = []
        for i in range(scans):
            start = time.perf_counter()
            kiosk.checkin.check_in_code(passes[i % members])
            times.append((time.perf_counter() - start) * 1000)
        kiosk.close()
    q = statistics.quantiles(times, n=100, method="inclusive")
    print(f"phone pass -> committed event, {scans} scans, {members} members with a phone, synchronous=FULL\n")
    print("| median ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|")
    print(f"| {statistics.median(times):.1f} | {q[94]:.1f} | {q[98]:.1f} | {max(times):.1f} |")


if __name__ == "__main__":
    main()
    print()
    phone_passes()
