"""The sync protocol's version numbers, apart from its schemas (wire.py re-exports them): the kiosk
needs them when it builds its sync engine, the schemas (pydantic) only for a sync round."""

PROTOCOL = 2
OLDEST_PROTOCOL = 1  # the oldest version this code can still serve
