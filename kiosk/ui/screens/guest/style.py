"""The guest flow's look: big touch targets on the paper colour."""

from kiosk.ui import theme

STYLE = f"""
QWidget#GuestFlow {{ background: {theme.PAPER}; }}
QWidget#GuestFlow QPushButton {{
    font-size: 28px; font-weight: bold; color: {theme.INK}; background: white;
    border: 2px solid #c9c2b3; border-radius: 14px; min-height: 56px; padding: 0 28px;
}}
QWidget#GuestFlow QPushButton:pressed {{ background: {theme.ACCENT}; color: white; }}
QWidget#GuestFlow QPushButton#Primary {{ background: {theme.ACCENT}; color: white; border: none; }}
QWidget#GuestFlow QPushButton#Quiet {{ background: transparent; border: 2px solid #c9c2b3;
    font-size: 22px; min-height: 48px; }}
QWidget#GuestFlow QPushButton#Language {{ background: {theme.ACCENT}; color: white; border: none;
    font-size: 36px; min-height: 96px; }}
QWidget#GuestFlow QPushButton#Choice {{ padding: 0; min-height: 60px; }}
QWidget#GuestFlow QLineEdit {{
    font-size: 26px; color: {theme.INK}; background: white; border: 3px solid #c9c2b3;
    border-radius: 12px; padding: 4px 14px; min-height: 48px;
}}
QWidget#GuestFlow QLineEdit:focus {{ border-color: {theme.ACCENT}; }}
QLabel#Title {{ font-size: 32px; font-weight: bold; }}
QLabel#Help {{ font-size: 21px; color: {theme.MUTED}; }}
QLabel#Error {{ font-size: 21px; font-weight: bold; color: {theme.REFUSED}; }}
QLabel#Policy {{ font-size: 24px; background: white; border-radius: 12px; padding: 22px; }}
QLabel#Price {{ font-size: 56px; font-weight: bold; color: {theme.ACCENT}; }}
QLabel#StepDots {{ font-size: 22px; color: {theme.MUTED}; }}
"""

# Added on a panel under 1000x560 (the Pi's 800x480): the same look, closer together, every
# button still 48 px high for a finger.
COMPACT = """
QWidget#GuestFlow QPushButton { min-height: 44px; padding: 0 20px; }
QWidget#GuestFlow QPushButton#Primary { min-height: 48px; }
QWidget#GuestFlow QPushButton#Quiet { min-height: 44px; }
QWidget#GuestFlow QPushButton#Language { font-size: 30px; min-height: 60px; }
QWidget#GuestFlow QPushButton#Choice { min-height: 52px; }
QLabel#Title { font-size: 26px; }
QLabel#Help { font-size: 19px; }
QLabel#Policy { font-size: 22px; padding: 12px; }
QLabel#Price { font-size: 40px; }
"""
