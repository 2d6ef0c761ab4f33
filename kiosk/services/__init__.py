"""Use cases of the kiosk: check in a scan, manage members, close the day. Qt-free."""
