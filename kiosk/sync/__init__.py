"""The kiosk's sync client and the wire schemas shared with the server."""
