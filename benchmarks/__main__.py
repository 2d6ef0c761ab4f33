"""Run every benchmark: .venv/bin/python -m benchmarks  (about 6 minutes on 2 cores)"""

from benchmarks import checkin, decoders, door, feed, fleet, guests, login_storm, requests, sync, trust

decoders.main()
print()
checkin.main()
print()
guests.main()
print()
door.main()
print()
sync.main()
print()
feed.main()
print()
fleet.main()
print()
requests.main()
print()
login_storm.main()
print()
trust.main()
