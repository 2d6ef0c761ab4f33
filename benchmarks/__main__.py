"""Run every benchmark: .venv/bin/python -m benchmarks"""

from benchmarks import checkin, decoders

decoders.main()
print()
checkin.main()
