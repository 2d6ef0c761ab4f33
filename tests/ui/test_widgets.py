import sys

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QImage

from kiosk.ui.widgets import PreviewView, ResultIcon, breakable


def test_painting_keeps_python_refcounts(qtbot):
    """PySide6 6.12.0 dropped a reference to Py_True in QPainter calls; after enough frames
    CPython aborted with 'deallocating True'. We pin below it; this test catches a relapse."""
    view = PreviewView()
    view.resize(640, 360)
    qtbot.addWidget(view)
    view.show()
    image = QImage(640, 360, QImage.Format.Format_RGB888)
    image.fill(0x336699)
    before = sys.getrefcount(True)
    for _ in range(200):
        view.show_frame(image)
        view.repaint()
    assert abs(sys.getrefcount(True) - before) < 50


def test_preview_signals_each_drawn_frame(qtbot):
    view = PreviewView()
    view.resize(320, 180)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.drawn, timeout=2000):
        view.show_frame(QImage(64, 36, QImage.Format.Format_RGB888))


def test_result_icon_kinds_render(qtbot):
    icon = ResultIcon()
    qtbot.addWidget(icon)
    icon.resize(170, 170)
    drawn = {}
    for kind in ("welcome", "goodbye", "refused"):
        icon.set_kind(kind)
        image = icon.grab().toImage()
        assert not image.isNull()
        drawn[kind] = bytes(image.constBits())
    # Each kind draws something of its own (a grab is never null, so that alone proved nothing).
    assert len(set(drawn.values())) == 3


@given(st.text(alphabet=st.characters(categories=("L", "Zs", "Pd")), max_size=90))
def test_breakable_keeps_the_text_and_leaves_no_long_unbroken_run(text):
    shown = breakable(text)
    assert shown.replace("\u200b", "") == text
    for piece in shown.replace("-", " ").replace("\u200b", " ").split(" "):
        assert len(piece) <= 16
