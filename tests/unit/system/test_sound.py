"""The system's voice and tone players, found on a PATH of stand-in programs that log their argv.

Each stand-in is a small shell script that appends its name and arguments (NUL-separated, one
record per call) to a log, so the tests see the exact argument list a real program would get.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import wave
from collections.abc import Callable
from pathlib import Path

import pytest

from companion.paths import resource
from companion.system.sound import (
    LINUX_TONE_PLAYERS,
    LINUX_VOICES,
    SAPI_TEXT_VARIABLE,
    CommandTonePlayer,
    CommandVoice,
    CueProcess,
    detect_tone_player,
    detect_voice,
)

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="the stand-in programs are POSIX shell scripts"
)

RECORD_END = "\x1e"
# Everything a shell or a careless quote would trip over.
AWKWARD = 'Hold "10" seconds; then relax.\nDon\'t stop: $(rm -rf ~) `id` & echo *|x'


def _fake(folder: Path, name: str, log: Path, then: str = "exit 0") -> Path:
    """A stand-in program that logs its name, argv and the SAPI text variable, then `then`."""
    folder.mkdir(exist_ok=True)
    script = folder / name
    script.write_text(
        "#!/bin/sh\n"
        f'printf "%s\\0" "$(basename "$0")" "$@" >> "{log}"\n'
        f'printf "env=%s\\0{RECORD_END}" "${{{SAPI_TEXT_VARIABLE}}}" >> "{log}"\n'
        f"{then}\n"
    )
    script.chmod(0o755)
    return script


def _calls(log: Path) -> list[list[str]]:
    """Each call's argv (name first), with the environment record last."""
    if not log.exists():
        return []
    records = log.read_text().split(RECORD_END)
    return [record.split("\0")[:-1] for record in records if record]


def _wait(condition: Callable[[], bool], seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def _gone(pid: int) -> bool:
    """True once the process has ended and been reaped (a zombie still has /proc/<pid>)."""
    return not Path(f"/proc/{pid}").exists()


@pytest.fixture
def log(tmp_path: Path) -> Path:
    return tmp_path / "calls.log"


@pytest.fixture
def bin_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "bin"
    folder.mkdir()
    return folder


# --- Which program is chosen -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("present", "chosen"),
    [
        (LINUX_VOICES, "spd-say"),
        (("espeak", "espeak-ng"), "espeak-ng"),
        (("espeak",), "espeak"),
    ],
)
def test_linux_voice_is_the_first_found_in_order(
    bin_dir: Path, log: Path, present: tuple[str, ...], chosen: str
) -> None:
    for name in present:
        _fake(bin_dir, name, log)
    detection = detect_voice(platform="linux", search_path=str(bin_dir))
    assert detection.available and detection.found is not None
    assert detection.found.name == chosen
    assert str(bin_dir / chosen) in detection.reason


def test_spd_say_waits_so_a_cue_can_be_cut_off(bin_dir: Path, log: Path) -> None:
    _fake(bin_dir, "spd-say", log)
    voice = detect_voice(platform="linux", search_path=str(bin_dir)).found
    assert isinstance(voice, CommandVoice)
    assert voice.arguments("Rest.") == [str(bin_dir / "spd-say"), "--wait", "--", "Rest."]


def test_no_linux_voice_says_which_programs_it_looked_for(bin_dir: Path) -> None:
    detection = detect_voice(platform="linux", search_path=str(bin_dir))
    assert detection.found is None and not detection.available
    assert all(name in detection.reason for name in LINUX_VOICES)


@pytest.mark.parametrize(
    ("present", "chosen", "options"),
    [
        (LINUX_TONE_PLAYERS, "pw-play", []),
        (("aplay", "paplay"), "paplay", []),
        (("aplay",), "aplay", ["-q"]),
    ],
)
def test_linux_tone_player_is_the_first_found_in_order(
    bin_dir: Path, log: Path, present: tuple[str, ...], chosen: str, options: list[str]
) -> None:
    for name in present:
        _fake(bin_dir, name, log)
    player = detect_tone_player(platform="linux", search_path=str(bin_dir)).found
    assert player is not None and player.name == chosen
    wav = resource("sounds", "start.wav")
    player.play(wav)
    _wait(lambda: len(_calls(log)) == 1)
    assert _calls(log)[0][:-1] == [chosen, *options, str(wav)]


def test_no_tone_player_says_why(bin_dir: Path) -> None:
    detection = detect_tone_player(platform="linux", search_path=str(bin_dir))
    assert detection.found is None
    assert all(name in detection.reason for name in LINUX_TONE_PLAYERS)


def test_macos_uses_say_and_afplay(bin_dir: Path, log: Path) -> None:
    _fake(bin_dir, "say", log)
    _fake(bin_dir, "afplay", log)
    voice = detect_voice(platform="darwin", search_path=str(bin_dir)).found
    player = detect_tone_player(platform="darwin", search_path=str(bin_dir)).found
    assert voice is not None and player is not None
    voice.speak(AWKWARD)
    _wait(lambda: len(_calls(log)) == 1)
    wav = resource("sounds", "rest.wav")
    player.play(wav)
    _wait(lambda: len(_calls(log)) == 2)
    assert [call[:-1] for call in _calls(log)] == [["say", "--", AWKWARD], ["afplay", str(wav)]]


def test_macos_without_say_has_no_voice(bin_dir: Path) -> None:
    detection = detect_voice(platform="darwin", search_path=str(bin_dir))
    assert detection.found is None and "say" in detection.reason


def test_windows_speaks_through_sapi_with_the_text_outside_the_command_line(
    bin_dir: Path, log: Path
) -> None:
    # A stand-in "powershell": the script must reach it unchanged, the text only by environment.
    _fake(bin_dir, "powershell", log)
    voice = detect_voice(platform="win32", search_path=str(bin_dir)).found
    assert voice is not None and voice.name == "SAPI"
    voice.speak(AWKWARD)
    _wait(lambda: len(_calls(log)) == 1)
    (call,) = _calls(log)
    assert call[:5] == ["powershell", "-NoProfile", "-NonInteractive", "-Command", call[4]]
    assert "System.Speech" in call[4] and f"$env:{SAPI_TEXT_VARIABLE}" in call[4]
    assert AWKWARD not in call[:-1]  # never spliced into the script
    assert call[-1] == f"env={AWKWARD}"


def test_windows_tones_use_winsound(bin_dir: Path) -> None:
    player = detect_tone_player(platform="win32", search_path=str(bin_dir)).found
    assert player is not None and player.name == "winsound"


# --- Playing -------------------------------------------------------------------------------------


def test_text_reaches_the_voice_verbatim_as_one_argument(bin_dir: Path, log: Path) -> None:
    _fake(bin_dir, "espeak-ng", log)
    voice = detect_voice(platform="linux", search_path=str(bin_dir)).found
    assert voice is not None
    for text in (AWKWARD, "-v de --help", "Pelvic tilt. Start."):
        voice.speak(text)
        _wait(lambda: not voice.process.playing)  # type: ignore[attr-defined]
    assert [call[:-1] for call in _calls(log)] == [
        ["espeak-ng", "--", AWKWARD],
        ["espeak-ng", "--", "-v de --help"],  # after "--" it is words, not options
        ["espeak-ng", "--", "Pelvic tilt. Start."],
    ]
    assert not voice.failed


def test_speaking_returns_at_once_while_the_voice_goes_on(bin_dir: Path, log: Path) -> None:
    _fake(bin_dir, "espeak-ng", log, then="exec sleep 30")
    voice = CommandVoice("espeak-ng", [str(bin_dir / "espeak-ng")])
    started = time.monotonic()
    voice.speak("Start.")
    assert time.monotonic() - started < 1.0
    assert voice.process.playing
    voice.stop()
    pid = voice.process.pid
    assert pid is not None
    _wait(lambda: _gone(pid))


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="reads /proc to see zombies")
def test_a_new_cue_cuts_off_the_one_still_playing(bin_dir: Path, log: Path) -> None:
    _fake(bin_dir, "espeak-ng", log, then="exec sleep 30")
    voice = CommandVoice("espeak-ng", [str(bin_dir / "espeak-ng")])
    voice.speak("Start.")
    first = voice.process.pid
    _wait(lambda: len(_calls(log)) == 1)
    voice.speak("Rest.")
    second = voice.process.pid
    assert first is not None and second is not None and first != second
    _wait(lambda: _gone(first))  # ended and reaped, not left as a zombie
    assert Path(f"/proc/{second}").exists() and voice.process.playing
    assert not voice.failed  # cut off on purpose is not a failure
    _wait(lambda: len(_calls(log)) == 2)
    voice.stop()
    _wait(lambda: _gone(second))
    assert [call[-2] for call in _calls(log)] == ["Start.", "Rest."]


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="reads /proc to see zombies")
def test_finished_cues_leave_no_zombies(bin_dir: Path, log: Path) -> None:
    _fake(bin_dir, "aplay", log)
    player = CommandTonePlayer("aplay", [str(bin_dir / "aplay"), "-q"])
    pids: list[int] = []
    for _ in range(5):
        player.play(resource("sounds", "switch.wav"))
        assert player.process.pid is not None
        pids.append(player.process.pid)
        _wait(lambda: not player.process.playing)
    # No new cue comes to reap them: they must be gone all the same.
    for pid in pids:
        _wait(lambda pid=pid: _gone(pid))  # type: ignore[misc]
    assert len(_calls(log)) == 5


def test_a_voice_that_fails_says_so(bin_dir: Path, log: Path) -> None:
    # e.g. espeak-ng without a sound device, or spd-say without its service
    _fake(bin_dir, "spd-say", log, then="exit 1")
    voice = detect_voice(platform="linux", search_path=str(bin_dir)).found
    assert voice is not None and not voice.failed
    voice.speak("Start.")
    _wait(lambda: voice.failed)


def test_a_program_that_vanished_counts_as_failed(tmp_path: Path) -> None:
    process = CueProcess()
    process.start([str(tmp_path / "gone")])
    assert process.failed and not process.playing


def test_the_environment_reaches_the_cue(bin_dir: Path, log: Path) -> None:
    _fake(bin_dir, "powershell", log)
    voice = CommandVoice(
        "SAPI",
        [str(bin_dir / "powershell")],
        text_in_environment=SAPI_TEXT_VARIABLE,
        environment={"PATH": os.defpath},
    )
    voice.speak("Rest.")
    _wait(lambda: len(_calls(log)) == 1)
    assert _calls(log)[0] == ["powershell", "env=Rest."]


# --- Real programs, where this computer has them -------------------------------------------


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_real_espeak_ng_speaks_the_cue_arguments(tmp_path: Path) -> None:
    real = Path(str(shutil.which("espeak-ng"))).parent
    voice = detect_voice(platform="linux", search_path=str(real)).found
    if voice is None or voice.name != "espeak-ng":
        pytest.skip("spd-say is installed too and would be chosen first")
    assert isinstance(voice, CommandVoice)
    out = tmp_path / "cue.wav"
    arguments = voice.arguments(AWKWARD)
    # The same arguments, told to write a file instead of the sound card.
    subprocess.run([arguments[0], "-w", str(out), *arguments[1:]], check=True, timeout=60)
    with wave.open(str(out)) as spoken:
        seconds = spoken.getnframes() / spoken.getframerate()
    assert seconds > 2.0  # the whole text was spoken, not a word of it or an option error
    voice.speak("Start.")
    _wait(lambda: not voice.process.playing, 30)


@pytest.mark.skipif(shutil.which("aplay") is None, reason="aplay (alsa-utils) is not installed")
def test_real_aplay_plays_every_cue_tone() -> None:
    real = Path(str(shutil.which("aplay"))).parent
    player = detect_tone_player(platform="linux", search_path=str(real)).found
    if player is None or player.name != "aplay":
        pytest.skip("pw-play or paplay is installed too and would be chosen first")
    assert isinstance(player, CommandTonePlayer)
    for name in ("start", "relax", "rest", "switch", "done"):
        arguments = player.arguments(resource("sounds", f"{name}.wav"))
        # ALSA's null device: the file is read and played in full, with no sound card needed.
        done = subprocess.run(
            [arguments[0], "-D", "null", *arguments[1:]],
            check=False,
            capture_output=True,
            timeout=30,
        )
        assert done.returncode == 0, done.stderr
