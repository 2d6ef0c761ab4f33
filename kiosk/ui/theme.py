"""Colours, fonts and the style sheet: large type, high contrast, one decision per screen."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase

from kiosk.paths import ASSETS

INK = "#14202b"
PAPER = "#f5f2ea"
BAR = "#17313f"
ACCENT = "#16795f"
WELCOME = "#1a7a50"  # white text on it: 5.4:1 (WCAG AA)
GOODBYE = "#2a5d8f"
REFUSED = "#b3432f"
WARNING = "#d99a1e"
MUTED = "#5f6b76"
OFFLINE = "#8a5d00"  # 'offline since', small text on the page: dark enough for WCAG AA

# The larger text's higher contrast (kiosk/ui/text_size.py): each colour of text, or of a ground
# under white text, swapped for a darker twin at 7:1 or more (WCAG AAA; tests/ui/test_accessibility.py).
HIGH_CONTRAST = {
    MUTED: "#3a4550",  # help lines on the page: 8.7:1
    WELCOME: "#0f5434",  # white on it: 9.0:1
    GOODBYE: "#1f4a75",  # 9.2:1
    REFUSED: "#8c2a1a",  # white on it 8.5:1; on the page 7.6:1
    ACCENT: "#0d5643",  # white on it 8.6:1; on the page 7.7:1
    OFFLINE: "#5c3d00",  # 8.8:1
    WARNING: "#eab040",  # a lighter amber under ink: 8.5:1
    "#c9c2b3": "#525d68",  # the outline of buttons and fields: seen, not a faint line (6.6:1 on white)
}

FAMILY = "DejaVu Sans"
# Looked up for characters DejaVu lacks (emoji in a guest's name): Debian's fonts-noto-color-emoji,
# installed by scripts/setup.sh. Without it Qt's own fallback draws what the system has.
EMOJI_FAMILY = "Noto Color Emoji"


def load_fonts() -> None:
    for path in sorted((ASSETS / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))


def font(px: int, bold: bool = False) -> QFont:
    f = QFont()
    f.setFamilies([FAMILY, EMOJI_FAMILY])
    f.setPixelSize(px)
    f.setBold(bold)
    return f


def colour(hex_code: str) -> QColor:
    return QColor(hex_code)


STYLE = f"""
QWidget#ScanScreen {{ background: {PAPER}; }}
QWidget#TopBar {{ background: {BAR}; }}
QLabel {{ color: {INK}; }}
QWidget#TopBar QLabel {{ color: white; }}
QLabel#SpaceName {{ font-size: 30px; font-weight: bold; }}
QLabel#Clock {{ font-size: 30px; }}
QLabel#InNow {{ font-size: 22px; background: {ACCENT}; border-radius: 18px; padding: 6px 18px; }}
QPushButton#LanguageButton {{
    color: white; background: transparent; border: 2px solid white; border-radius: 22px;
    font-size: 22px; font-weight: bold; padding: 6px 18px; min-height: 32px;
}}
QPushButton#LanguageButton:pressed {{ background: {ACCENT}; }}
QPushButton#LanguageButton:checked {{ background: white; color: {BAR}; }}
QLabel#Instruction {{ font-size: 44px; font-weight: bold; }}
QLabel#SubInstruction {{ font-size: 22px; color: {MUTED}; }}
QLabel#HereNow {{ font-size: 24px; font-weight: bold; color: {ACCENT}; }}
QLabel#CameraNotice {{ font-size: 18px; color: {MUTED}; }}
QLabel#CameraProblem {{
    font-size: 26px; color: {INK}; background: {WARNING}; border-radius: 12px; padding: 14px 20px;
}}
QLabel#Hint {{
    font-size: 30px; font-weight: bold; color: white; background: {ACCENT};
    border-radius: 12px; padding: 12px 20px;
}}
QPushButton#ManualButton {{
    font-size: 22px; color: {INK}; background: white; border: 2px solid #c9c2b3;
    border-radius: 22px; padding: 8px 22px; min-height: 30px;
}}
QPushButton#ManualButton:pressed {{ background: {ACCENT}; color: white; }}
QPushButton#GuestButton {{
    font-size: 26px; font-weight: bold; color: white; background: {ACCENT}; border: none;
    border-radius: 26px; padding: 10px 30px; min-height: 40px;
}}
QPushButton#GuestButton:pressed {{ background: {BAR}; }}
QLabel#DemoBadge {{
    font-size: 20px; font-weight: bold; color: {INK}; background: {WARNING};
    border-radius: 6px; padding: 4px 12px;
}}
"""
