"""Speech at the door: what a screen says aloud, offline, in Danish, English and German.

Qt-free and behind a small port (`Speaker`): the running door uses espeak-ng (the only Danish
voice in Debian), tests use the same engine and read the WAV files it writes. The GUI decides
when to speak (kiosk/ui/voice.py); this package only speaks.
"""

from .speaker import EspeakSpeaker, Speaker, Utterance, speakable

__all__ = ["EspeakSpeaker", "Speaker", "Utterance", "speakable"]
