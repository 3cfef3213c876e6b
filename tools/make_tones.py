"""Write the player's cue tones: short sine WAVs in resources/sounds/ (run once; commit them).

    .venv/bin/python tools/make_tones.py [OUT_DIR]

Each cue has its own shape, so a person lying on the floor can tell them apart without
looking: a rising pair to start, a falling pair to relax, one low tone to rest, three quick
tones to switch sides, and a rising triad when an exercise is done. 16 kHz mono 8-bit keeps
every file a few kilobytes.
"""

from __future__ import annotations

import math
import sys
import wave
from pathlib import Path

RATE = 16_000
VOLUME = 0.6
FADE_S = 0.012  # a short fade in and out: no click at either end

# cue -> (frequency in Hz, seconds) notes; 0 Hz is silence.
TONES: dict[str, tuple[tuple[float, float], ...]] = {
    "start": ((660.0, 0.14), (0.0, 0.04), (880.0, 0.22)),
    "relax": ((880.0, 0.14), (0.0, 0.04), (660.0, 0.26)),
    "rest": ((440.0, 0.45),),
    "switch": ((740.0, 0.1), (0.0, 0.05), (740.0, 0.1), (0.0, 0.05), (740.0, 0.1)),
    "done": ((523.0, 0.14), (659.0, 0.14), (784.0, 0.3)),
}


def samples(notes: tuple[tuple[float, float], ...]) -> bytes:
    """Unsigned 8-bit samples of the notes, each faded in and out."""
    out = bytearray()
    for frequency, seconds in notes:
        count = round(RATE * seconds)
        fade = max(1, round(RATE * FADE_S))
        for n in range(count):
            envelope = min(1.0, n / fade, (count - 1 - n) / fade)
            value = VOLUME * envelope * math.sin(2 * math.pi * frequency * n / RATE)
            out.append(128 + round(127 * value) if frequency else 128)
    return bytes(out)


def write_tones(folder: Path) -> list[Path]:
    """Write every cue's WAV into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, notes in TONES.items():
        path = folder / f"{name}.wav"
        with wave.open(str(path), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(1)
            wav.setframerate(RATE)
            wav.writeframes(samples(notes))
        written.append(path)
    return written


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "resources" / "sounds"
    for made in write_tones(target):
        print(f"{made} ({made.stat().st_size} bytes)")
