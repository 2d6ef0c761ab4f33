"""The host view at the door: one module per page.

desk.py is Qt-free (the services the pages use, handed over by kiosk.app); view.py is the frame
(tabs, "in now", the bottom bar); roll_call.py the evacuation roll call; today, members, busy and
settings one page each. Import from the modules, not from here: importing the desk must not pull
in Qt.
"""
