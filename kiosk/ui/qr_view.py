"""A QR code painted crisply at any size, straight from the code's module matrix."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class QrView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix: list[list[bool]] = []
        self.text = ""
        self.setMinimumSize(260, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_text(self, text: str) -> None:
        # qrcode (and PIL with it) only when a day pass is shown, not with the app's start
        import qrcode
        from qrcode.constants import ERROR_CORRECT_M

        self.text = text
        qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4)
        qr.add_data(text)
        qr.make(fit=True)
        self._matrix = qr.get_matrix()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        side = min(self.width(), self.height())
        p.fillRect(QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side), QColor("white"))
        if self._matrix:
            n = len(self._matrix)
            module = int(side // n)  # whole pixels per module: no blurry edges for the camera
            size = module * n
            x0, y0 = (self.width() - size) // 2, (self.height() - size) // 2
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("black"))
            for r, row in enumerate(self._matrix):
                for c, dark in enumerate(row):
                    if dark:
                        p.drawRect(x0 + c * module, y0 + r * module, module, module)
        p.end()
