"""The session player, where the rest of the app has always imported it from.

The code lives in companion.ui.player: window (SessionPlayer over SessionTimeline, start_session),
pages (one class per page), words and sound.
"""

# Re-exported names: the app, settings and the tests import these from here.
from PySide6.QtWidgets import QLabel as QLabel  # noqa: PLC0414 (tests look up labels by it)

from companion.ui.player.sound import CueSink as CueSink  # noqa: PLC0414
from companion.ui.player.sound import SoundCues as SoundCues  # noqa: PLC0414
from companion.ui.player.sound import sound_cues_mode as sound_cues_mode  # noqa: PLC0414
from companion.ui.player.sound import sound_mode_details as sound_mode_details  # noqa: PLC0414
from companion.ui.player.sound import sound_mode_text as sound_mode_text  # noqa: PLC0414
from companion.ui.player.window import PLAYER_MUTED as PLAYER_MUTED  # noqa: PLC0414
from companion.ui.player.window import SessionPlayer as SessionPlayer  # noqa: PLC0414
from companion.ui.player.window import _open_notes as _open_notes  # noqa: PLC0414
from companion.ui.player.window import _open_players as _open_players  # noqa: PLC0414
from companion.ui.player.window import session_open as session_open  # noqa: PLC0414
from companion.ui.player.window import start_session as start_session  # noqa: PLC0414
from companion.ui.player.words import countdown_text as countdown_text  # noqa: PLC0414
from companion.ui.player.words import counters_text as counters_text  # noqa: PLC0414
from companion.ui.player.words import cue_words as cue_words  # noqa: PLC0414
from companion.ui.player.words import frame_phase as frame_phase  # noqa: PLC0414
from companion.ui.player.words import step_label as step_label  # noqa: PLC0414
