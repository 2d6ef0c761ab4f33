"""The kiosk's screens: views that lay out widgets; the DoorController wires them."""
