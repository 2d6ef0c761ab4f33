"""Run every benchmark: .venv/bin/python -m benchmarks"""

from benchmarks import checkin, decoders, door

decoders.main()
print()
checkin.main()
print()
door.main()
