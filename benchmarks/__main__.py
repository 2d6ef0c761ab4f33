"""Run every benchmark: .venv/bin/python -m benchmarks  (about 6 minutes on 2 cores)"""

from benchmarks import (
    checkin,
    decoders,
    door,
    door_sensor,
    feed,
    fleet,
    guests,
    login_storm,
    partners,
    requests,
    slow_connections,
    sync,
    sync_client,
    trust,
)

decoders.main()
print()
checkin.main()
print()
checkin.phone_passes()
print()
guests.main()
print()
door.main()
print()
door_sensor.main([])
print()
sync.main()
print()
sync_client.main()
print()
feed.main()
print()
fleet.main()
print()
requests.main()
print()
login_storm.main()
print()
slow_connections.main([])
print()
trust.main()
print()
partners.main()
