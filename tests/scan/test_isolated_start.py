"""The decoder process starts while the app builds its screen: the app does not wait for it
until its first frame or its `ready` (which names the decoders)."""

from kiosk.scan.isolated import IsolatedDecoder
from kiosk.scan.passes import PRIMARY
from tests.scan.test_isolation import SPECS, TEXT, code_gray


def test_a_decoder_started_without_waiting_reads_the_first_frame_and_names_its_decoders():
    isolated = IsolatedDecoder(SPECS, wait=False)
    try:
        assert isolated._active.info is None  # nothing read from the child yet: nobody waited
        assert [c.text for c in isolated.decode(code_gray(), [PRIMARY])] == [TEXT]
        assert isolated.decoders == ["zxing-cpp", "faulty"]
    finally:
        isolated.close()


def test_a_decoder_closed_before_it_was_ever_used_leaves_no_process():
    isolated = IsolatedDecoder(SPECS, wait=False)
    child = isolated._active
    isolated.close()
    assert child.proc.poll() is not None and isolated._spare is None
