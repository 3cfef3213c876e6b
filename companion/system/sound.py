"""Sound the operating system already offers: a voice that speaks a cue, a player for WAV tones.

The session player's cues must be heard by someone lying on the floor, and the app ships without
PySide6-Addons (QtTextToSpeech, QtMultimedia). So this module finds what the system has:
Windows speaks through SAPI (PowerShell's System.Speech) and plays tones with winsound; macOS has
`say` and `afplay`; Linux and the BSDs have `spd-say` or `espeak-ng`/`espeak`, and `pw-play`,
`paplay` or `aplay`. Every cue runs as its own process, started with an argument list (never a
shell string), so the text is passed verbatim and the UI thread never waits for the sound.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

# Linux and BSD programs, best first: spd-say goes through Speech Dispatcher, so it uses the
# voice and language the person chose for their screen reader; espeak-ng is the common engine.
LINUX_VOICES = ("spd-say", "espeak-ng", "espeak")
LINUX_TONE_PLAYERS = ("pw-play", "paplay", "aplay")

# Windows: the text travels in this environment variable, so no quoting can break the script.
SAPI_TEXT_VARIABLE = "COMPANION_CUE_TEXT"
SAPI_SCRIPT = (
    "Add-Type -AssemblyName System.Speech; "
    "$voice = New-Object System.Speech.Synthesis.SpeechSynthesizer; "
    f"$voice.Speak($env:{SAPI_TEXT_VARIABLE})"
)
_CREATE_NEW_PROCESS_GROUP = 0x00000200
_CREATE_NO_WINDOW = 0x08000000  # no console window flashes up for each cue


class _Sounding(Protocol):
    """What a voice and a tone player share: a name, whether the last sound failed, and stop."""

    @property
    def name(self) -> str:
        """The program or engine, for logs and Settings, e.g. "espeak-ng" or "aplay"."""
        ...

    @property
    def failed(self) -> bool:
        """True once the last cue or tone ended in an error (no sound device, the service gone)."""
        ...

    def stop(self) -> None:
        """Stop the sound that is playing."""
        ...


class Voice(_Sounding, Protocol):
    """Something that speaks a short text aloud without waiting for it."""

    def speak(self, text: str) -> None:
        """Start saying the text, cutting off a cue that is still being said."""
        ...


class TonePlayer(_Sounding, Protocol):
    """Something that plays a WAV file without waiting for it."""

    def play(self, wav: Path) -> None:
        """Start playing the file, cutting off a tone that is still playing."""
        ...


Found = TypeVar("Found")


@dataclass(frozen=True)
class SoundDetection(Generic[Found]):
    """What was found here, or None and why not (plain English, for logs)."""

    found: Found | None
    reason: str

    @property
    def available(self) -> bool:
        """True if something was found."""
        return self.found is not None


class CueProcess:
    """One cue at a time as a child process: a new cue ends the one still playing.

    Each child gets a small thread that waits for it, so a finished cue is reaped at once and
    never lingers as a zombie, and the caller never blocks.
    """

    def __init__(self, environment: Mapping[str, str] | None = None) -> None:
        self._environment = dict(environment) if environment is not None else None
        self._current: subprocess.Popen[bytes] | None = None
        self._stopped: set[int] = set()  # pids we ended ourselves: their exit is no failure
        self._failed = False
        self._lock = threading.Lock()

    @property
    def failed(self) -> bool:
        """True if the last cue that finished on its own exited with an error."""
        return self._failed

    @property
    def playing(self) -> bool:
        """True while a cue's process is still running."""
        current = self._current
        return current is not None and current.poll() is None

    @property
    def pid(self) -> int | None:
        """The running cue's process id (for tests and logs)."""
        current = self._current
        return current.pid if current is not None else None

    def start(
        self, arguments: Sequence[str], extra_environment: Mapping[str, str] | None = None
    ) -> None:
        """Start a cue, ending the previous one if it still plays."""
        self.stop()
        environment: dict[str, str] | None = None
        if extra_environment or self._environment is not None:
            environment = dict(os.environ if self._environment is None else self._environment)
            environment.update(extra_environment or {})
        detach: dict[str, Any]
        if sys.platform == "win32":
            detach = {"creationflags": _CREATE_NEW_PROCESS_GROUP | _CREATE_NO_WINDOW}
        else:
            # Its own session: a terminal's Ctrl+C or job control never reaches the cue.
            detach = {"close_fds": True, "start_new_session": True}
        try:
            process = subprocess.Popen(
                list(arguments),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=environment,
                **detach,
            )
        except OSError:
            # The program vanished or cannot run: the caller falls back to the next way.
            self._failed = True
            return
        self._current = process
        threading.Thread(target=self._reap, args=(process,), daemon=True).start()

    def stop(self) -> None:
        """End the cue that is playing, if any."""
        current = self._current
        if current is None or current.poll() is not None:
            return
        with self._lock:
            self._stopped.add(current.pid)
        with contextlib.suppress(OSError):  # it ended by itself just now
            current.terminate()

    def _reap(self, process: subprocess.Popen[bytes]) -> None:
        code = process.wait()
        with self._lock:
            ended_by_us = process.pid in self._stopped
            self._stopped.discard(process.pid)
        if not ended_by_us:
            self._failed = code != 0


class _CommandSound:
    """A program run once per cue or tone, each cutting off the one before."""

    def __init__(
        self, name: str, command: Sequence[str], *, environment: Mapping[str, str] | None = None
    ) -> None:
        self._name = name
        self._command = list(command)
        self.process = CueProcess(environment)

    @property
    def name(self) -> str:
        """The program that speaks or plays."""
        return self._name

    @property
    def failed(self) -> bool:
        """True once the last cue or tone ended in an error."""
        return self.process.failed

    def stop(self) -> None:
        """Stop the sound."""
        self.process.stop()


class CommandVoice(_CommandSound):
    """A voice that runs a program once per cue, with the text as one argument."""

    def __init__(
        self,
        name: str,
        command: Sequence[str],
        *,
        text_in_environment: str = "",
        environment: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(name, command, environment=environment)
        self._text_in_environment = text_in_environment

    def arguments(self, text: str) -> list[str]:
        """The exact argument list for one cue."""
        if self._text_in_environment:
            return list(self._command)
        # "--" ends the options, so a text that starts with "-" is still spoken, not parsed.
        return [*self._command, "--", text]

    def speak(self, text: str) -> None:
        """Start saying the text, cutting off the cue before."""
        extra = {self._text_in_environment: text} if self._text_in_environment else {}
        self.process.start(self.arguments(text), extra)


class CommandTonePlayer(_CommandSound):
    """A tone player that runs a program once per tone, with the file as its last argument."""

    def arguments(self, wav: Path) -> list[str]:
        """The exact argument list for one tone."""
        return [*self._command, str(wav)]

    def play(self, wav: Path) -> None:
        """Start playing the file, cutting off the tone before."""
        self.process.start(self.arguments(wav))


class WindowsTonePlayer:
    """Tones through the standard library's winsound; a new sound cuts off the one before."""

    name = "winsound"
    failed = False

    def play(self, wav: Path) -> None:
        """Start playing the file asynchronously."""
        if sys.platform == "win32":
            import winsound

            try:
                winsound.PlaySound(str(wav), winsound.SND_FILENAME | winsound.SND_ASYNC)
            except RuntimeError:
                self.failed = True  # no sound device

    def stop(self) -> None:
        """Stop the sound that is playing."""
        if sys.platform == "win32":
            import winsound

            winsound.PlaySound(None, winsound.SND_PURGE)


def _find(names: Sequence[str], search_path: str | None) -> tuple[str, str] | None:
    for name in names:
        found = shutil.which(name, path=search_path)
        if found:
            return name, found
    return None


def _first_program(
    make: Callable[[str, list[str]], Found],
    names: Sequence[str],
    search_path: str | None,
    options: Mapping[str, Sequence[str]] | None = None,
) -> SoundDetection[Found]:
    """The first of `names` on the path, run with its `options`, or None and why not."""
    found = _find(names, search_path)
    if found is None:
        if len(names) == 1:
            return SoundDetection(None, f"the {names[0]} command is not on PATH")
        return SoundDetection(None, f"none of {', '.join(names)} is on PATH")
    name, program = found
    command = [program, *(options or {}).get(name, ())]
    return SoundDetection(make(name, command), f"{name} at {program}")


def detect_voice(
    *, platform: str | None = None, search_path: str | None = None
) -> SoundDetection[Voice]:
    """The operating system's text-to-speech, or None and why not.

    `search_path` replaces PATH for the search (tests give a folder of stand-in programs).
    """
    system = platform or sys.platform
    if system == "win32":
        found = _find(("powershell", "pwsh"), search_path)
        if found is None:
            return SoundDetection(None, "PowerShell, which speaks through SAPI, is not on PATH")
        command = [found[1], "-NoProfile", "-NonInteractive", "-Command", SAPI_SCRIPT]
        voice = CommandVoice("SAPI", command, text_in_environment=SAPI_TEXT_VARIABLE)
        return SoundDetection(voice, f"SAPI through {found[1]}")
    if system == "darwin":
        return _first_program(CommandVoice, ("say",), search_path)
    # spd-say returns once the text is queued; --wait keeps it running while the text is
    # spoken, so "still playing" means what it says and a new cue can cut it off.
    return _first_program(CommandVoice, LINUX_VOICES, search_path, {"spd-say": ["--wait"]})


def detect_tone_player(
    *, platform: str | None = None, search_path: str | None = None
) -> SoundDetection[TonePlayer]:
    """A program that plays the cue tones (WAV files), or None and why not."""
    system = platform or sys.platform
    if system == "win32":
        return SoundDetection(WindowsTonePlayer(), "winsound, from the standard library")
    if system == "darwin":
        return _first_program(CommandTonePlayer, ("afplay",), search_path)
    # aplay prints a banner unless told to be quiet.
    return _first_program(CommandTonePlayer, LINUX_TONE_PLAYERS, search_path, {"aplay": ["-q"]})
