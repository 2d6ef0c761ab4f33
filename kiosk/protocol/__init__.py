"""The sync protocol that the kiosk and the server both speak: its wire schemas (wire.py).

A package of its own so neither program reaches into the other for it: the kiosk's sync client
(kiosk.sync) and the server (kiosk.server) both import it, and it stands on the domain only.
"""
