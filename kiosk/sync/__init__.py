"""The kiosk's sync client: push, pull, apply, rounds that survive failures (the wire schemas are in kiosk.protocol)."""
