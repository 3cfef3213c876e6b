"""The session player's sound: spoken cues where the computer can speak, tones or a beep else."""

from __future__ import annotations

import sys
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtWidgets import QApplication

from companion.domain.session import Cue
from companion.paths import resource
from companion.system.sound import TonePlayer, Voice, detect_tone_player, detect_voice

translate = QCoreApplication.translate


class CueSink(Protocol):
    """Where the player's cues go: speakers in the app, a list in tests."""

    muted: bool

    def cue(self, cue: Cue, words: str) -> None:
        """Announce one cue; `words` is what a voice would say."""


class SoundCues(QObject):
    """Spoken cues where the computer can speak, tones otherwise, else a beep.

    Best first: QtTextToSpeech, the operating system's own voice (SAPI, say, spd-say or
    espeak-ng), QtMultimedia's sound effects, the system's WAV player (winsound, afplay,
    pw-play, paplay or aplay), and last QApplication.beep(). QtTextToSpeech and QtMultimedia
    come with PySide6-Addons, which the app does not ship; where they are installed they are
    imported only here and only when asked for.
    """

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        speech: bool = True,
        addons: bool = True,
        search_path: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.muted = False
        self._addons = addons
        self._speech: Any = self._make_speech() if speech and addons else None
        self._voice: Voice | None = detect_voice(search_path=search_path).found if speech else None
        self._tones: dict[Cue, Any] | None = None  # made when first needed
        self._tone_player: TonePlayer | None = detect_tone_player(search_path=search_path).found

    @property
    def kind(self) -> str:
        """'speech', 'tones' or 'beep': what this computer can do."""
        if self._speaking() or self._voice_working():
            return "speech"
        return "tones" if self._tone_effects() or self._tone_player_working() else "beep"

    @property
    def mode_text(self) -> str:
        """What the person hears, in plain words for the player and Settings."""
        return sound_mode_text(self.kind)

    def cue(self, cue: Cue, words: str) -> None:
        """Say the words, or play the cue's tone, unless muted."""
        if self.muted:
            return
        if self._speaking():
            self._speech.stop()
            self._speech.say(words)
            return
        if self._voice is not None and self._voice_working():
            self._voice.speak(words)
            return
        tones = self._tone_effects()
        if cue in tones:
            tones[cue].play()
            return
        wav = resource("sounds", f"{cue.value}.wav")
        if self._tone_player is not None and self._tone_player_working() and wav.exists():
            self._tone_player.play(wav)
        else:
            QApplication.beep()

    def stop(self) -> None:
        """Cut off a cue that is still playing (the player closed)."""
        for player in (self._voice, self._tone_player):
            if player is not None:
                player.stop()

    def _voice_working(self) -> bool:
        # The voice program ran and failed (no sound device, service gone): tones take over.
        return self._voice is not None and not self._voice.failed

    def _tone_player_working(self) -> bool:
        return self._tone_player is not None and not self._tone_player.failed

    def _speaking(self) -> bool:
        # An engine can fail after it loaded (the speech service stopped): the next way takes over.
        if self._speech is None:
            return False
        from PySide6.QtTextToSpeech import QTextToSpeech

        return bool(self._speech.state() != QTextToSpeech.State.Error)

    def _tone_effects(self) -> dict[Cue, Any]:
        if self._tones is None:
            self._tones = self._make_tones() if self._addons else {}
        return self._tones

    def _make_speech(self) -> Any:
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            return None
        engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"]
        if not engines:
            return None
        speech = QTextToSpeech(engines[0], self)
        if speech.state() is QTextToSpeech.State.Error:
            speech.deleteLater()
            return None
        return speech

    def _make_tones(self) -> dict[Cue, Any]:
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError:
            return {}
        if not QMediaDevices.audioOutputs():
            return {}
        tones: dict[Cue, Any] = {}
        for cue in Cue:
            path = resource("sounds", f"{cue.value}.wav")
            if path.exists():
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                tones[cue] = effect
        return tones


def sound_mode_text(kind: str) -> str:
    """'Spoken cues', or what the person hears instead, in words for a patient."""
    if kind == "speech":
        return translate("SessionPlayer", "Spoken cues")
    if kind == "tones":
        return translate("SessionPlayer", "Tones (spoken cues are not available on this computer)")
    return translate("SessionPlayer", "Beeps only (spoken cues are not available on this computer)")


def sound_mode_details(kind: str, platform: str | None = None) -> str:
    """For whoever looks after the computer: what to install for spoken cues ("" if nothing)."""
    system = platform or sys.platform
    if kind == "speech" or system in ("win32", "darwin"):  # they always have a voice
        return ""
    return translate(
        "SessionPlayer",
        "Details: installing the espeak-ng or speech-dispatcher package gives spoken cues.",
    )


def sound_cues_mode() -> tuple[str, str]:
    """How the session player's cues sound on this computer, and the details (for Settings)."""
    sound = SoundCues()
    try:
        return sound.mode_text, sound_mode_details(sound.kind)
    finally:
        sound.deleteLater()
