"""The session player, run by keyboard over a real store with a clock the test moves."""

from __future__ import annotations

import importlib.util
import sys
import wave
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from companion.domain.red_flags import QUESTIONS, ScreeningReason
from companion.domain.session import Cue, Step
from companion.domain.vocabulary import ExerciseResponse, SessionStatus, Side, TriageLevel
from companion.paths import resource
from companion.services import sessions
from companion.services.data_store import Store
from companion.services.programmes import active_programme, import_programme_file
from companion.services.screening import pending_reasons, record_screening
from companion.ui.context import AppContext
from companion.ui.exercises.player import window as session_player
from companion.ui.exercises.player.session_player import PLAYER_MUTED, SessionPlayer
from companion.ui.exercises.player.sound import SoundCues, sound_mode_details
from companion.ui.exercises.player.window import start_session
from companion.ui.safety.screening_dialog import ScreeningDialog, exercise_locked_text
from companion.ui.ui_state import UiState

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
ALL_NO = {q.id: False for q in QUESTIONS}


class FakeClock:
    """Monotonic seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


class RecordedCues:
    """A cue sink that writes down what a speaker would have said."""

    def __init__(self) -> None:
        self.muted = False
        self.heard: list[tuple[Cue, str]] = []

    def cue(self, cue: Cue, words: str) -> None:
        if not self.muted:
            self.heard.append((cue, words))

    @property
    def kinds(self) -> list[Cue]:
        return [cue for cue, _ in self.heard]


@pytest.fixture
def context(store: Store, data_dir: Path) -> Iterator[AppContext]:
    yield AppContext(store, UiState(data_dir))
    # The player deletes itself when closed; close whatever a test left open.
    for player in list(session_player._open_players.values()):
        if shiboken6.isValid(player):
            player.close()
    session_player._open_players.clear()


@pytest.fixture
def screened(context: AppContext) -> AppContext:
    """A user whose safety questions were answered (all clear) just before."""
    record_screening(context.store, ALL_NO, ScreeningReason.FIRST_RUN, NOW - timedelta(hours=1))
    return context


def _open(
    qtbot: QtBot, context: AppContext, exercise_ids: list[str], clock: FakeClock, cues: RecordedCues
) -> SessionPlayer:
    player = start_session(
        context, None, exercise_ids=exercise_ids, clock=clock, now=lambda: NOW, cues=cues
    )
    assert isinstance(player, SessionPlayer)
    player.activateWindow()
    qtbot.waitExposed(player)
    qtbot.waitUntil(player.isActiveWindow)
    player._timer.stop()  # the test ticks; a timer would only add ticks that change nothing
    return player


def _press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> None:
    """Press a key as the user would: it goes to whatever has the keyboard focus."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier or Qt.KeyboardModifier.NoModifier)


def _play(player: SessionPlayer, clock: FakeClock, seconds: float, step: float = 0.5) -> None:
    for _ in range(round(seconds / step)):
        clock.now += step
        player.tick()


def _play_until(player: SessionPlayer, clock: FakeClock, page: int, limit: float = 600) -> None:
    spent = 0.0
    while player.pages.currentIndex() != page:
        assert spent < limit, f"still on page {player.pages.currentIndex()} after {spent} s"
        _play(player, clock, 0.5)
        spent += 0.5


def test_a_whole_session_by_keyboard(qtbot: QtBot, screened: AppContext) -> None:
    clock, cues = FakeClock(), RecordedCues()
    player = _open(qtbot, screened, ["pelvic-tilt", "glute-bridge"], clock, cues)
    assert player.pages.currentIndex() == player.PAGE_INTRO
    assert player.start_button.hasFocus()

    # pain before, by keyboard: Alt+B to back pain, up to 3; Alt+L to leg pain, up to 5
    _press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert player.back_before.hasFocus()
    for _ in range(4):
        _press(qtbot, Qt.Key.Key_Up)
    _press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    for _ in range(6):
        _press(qtbot, Qt.Key.Key_Up)
    _press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # clicks after a moment

    # exercise 1: pelvic tilt, 10 × hold 5 s
    qtbot.waitUntil(lambda: player.pages.currentIndex() == player.PAGE_EXERCISE)
    assert player.session_id is not None
    assert player.exercise_title.text() == screened.library.get("pelvic-tilt").name
    assert player.step_label.text() == "Get into position"
    assert player.countdown.text() == "5"
    _play(player, clock, 5)
    assert cues.kinds == [Cue.START]
    assert "Pelvic" in cues.heard[0][1]  # the first start names the exercise
    _play(player, clock, 3)  # 2 s moving, 1 s into the hold
    assert player.step_label.text() == "Hold"
    assert player.countdown.text() == "4"
    assert player.counters.text() == "Rep 1 of 10"
    assert player.figure._phase == pytest.approx(0.5)  # held at the end position

    _press(qtbot, Qt.Key.Key_Space)  # pause
    assert player.timeline.paused and player.step_label.text() == "Paused"
    _play(player, clock, 60)
    assert player.countdown.text() == "4"
    _press(qtbot, Qt.Key.Key_Space)  # resume
    assert not player.timeline.paused
    _play(player, clock, 4)
    assert player.step_label.text() == "Slowly back"
    assert cues.kinds[-1] is Cue.RELAX

    _play_until(player, clock, player.PAGE_RESPONSE)
    assert cues.kinds.count(Cue.RELAX) == 10 and cues.kinds[-1] is Cue.DONE
    stored = sessions.get_session(screened.store, player.session_id)
    assert stored.exercises[0].done.reps == 10  # stored as it went, before the answer
    _press(qtbot, Qt.Key.Key_1)  # better or the same

    # exercise 2: glute bridge; skip after two repetitions, and answer "worse"
    assert player.pages.currentIndex() == player.PAGE_EXERCISE
    assert player.position_label.text() == "Exercise 2 of 2"
    _play(player, clock, 5 + 2 * (2 + 4 + 2))
    assert sessions.get_session(screened.store, player.session_id).exercises[1].done.reps == 2
    _press(qtbot, Qt.Key.Key_Right)
    assert player.pages.currentIndex() == player.PAGE_RESPONSE
    _press(qtbot, Qt.Key.Key_3)
    assert player.advice_box.isVisible()
    bridge_name = screened.library.get("glute-bridge").name
    assert f"Stop “{bridge_name}” for today" in player.advice_text.text()
    assert player.easier_button.hasFocus()
    assert player.easier_button.text().replace("&", "") == "Try Pelvic tilt"
    _press(qtbot, Qt.Key.Key_Space)  # take the easier version

    # the easier version comes next; go back once (restart), then end early with Esc
    assert player.position_label.text() == "Exercise 3 of 3"
    assert player.exercise_title.text() == screened.library.get("pelvic-tilt").name
    _play(player, clock, 10)
    _press(qtbot, Qt.Key.Key_Left)
    assert player.timeline.step is Step.GET_READY and player.timeline.exercise_index == 2
    _play(player, clock, 7)
    # Esc asks first: "Carry on" changes nothing, "End the session" ends it.
    _press(qtbot, Qt.Key.Key_Escape)
    question = player.end_question
    assert question is not None and question.isVisible()
    assert player.pages.currentIndex() == player.PAGE_EXERCISE and player.timeline.paused
    question.reject()
    assert player.end_question is None and not player.timeline.paused
    _press(qtbot, Qt.Key.Key_Escape)
    assert player.end_question is not None
    end = next(
        b for b in player.end_question.buttons() if b.text().replace("&", "") == "End the session"
    )
    end.click()
    assert player.pages.currentIndex() == player.PAGE_FINISH
    assert player.finish_title.text() == "Session ended early"

    # pain after, then save and close
    _press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    for _ in range(3):
        _press(qtbot, Qt.Key.Key_Up)
    _press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not shiboken6.isValid(player) or not player.isVisible())

    (session,) = sessions.session_history(screened.store)
    assert session.status is SessionStatus.ENDED_EARLY
    assert (session.back_pain_before, session.leg_pain_before) == (3, 5)
    assert (session.back_pain_after, session.leg_pain_after) == (None, 2)
    tilt, bridge, easier = session.exercises
    assert (tilt.done.reps, tilt.done.sets, tilt.done.hold_seconds) == (10, 1, 50)
    assert tilt.response is ExerciseResponse.BETTER_OR_SAME
    assert bridge.done.reps == 2 and bridge.response is ExerciseResponse.WORSE
    assert easier.exercise_id == "pelvic-tilt"
    assert easier.prescribed["instead_of"] == "glute-bridge"
    # 3 s held before Back restarted it, none after: what was done is kept
    assert (easier.done.reps, easier.done.hold_seconds) == (0, 3)
    assert easier.response is None


def test_each_side_switches_and_mirrors_the_figure(qtbot: QtBot, screened: AppContext) -> None:
    clock, cues = FakeClock(), RecordedCues()
    player = _open(qtbot, screened, ["clamshell"], clock, cues)  # 2 × 12, each side
    player.begin()
    _play(player, clock, 6)
    assert player.counters.text() == "Set 1 of 2 · Rep 1 of 12 · left side"
    left = player.figure.primitives()
    _play_until_step(player, clock, Step.SWITCH)
    assert cues.kinds[-1] is Cue.SWITCH
    assert player.step_label.text() == "Change to the other side"
    assert Cue.REST in cues.kinds  # between the two sets on the left
    _play(player, clock, 7)
    assert player.counters.text().endswith("right side")
    assert player.figure.primitives() != left


def _play_until_step(player: SessionPlayer, clock: FakeClock, step: Step) -> None:
    for _ in range(4000):
        if player.timeline.step is step:
            return
        _play(player, clock, 0.5)
    raise AssertionError(f"never reached {step}")


def test_mute_is_one_click_and_remembered(qtbot: QtBot, screened: AppContext) -> None:
    clock, cues = FakeClock(), RecordedCues()
    player = _open(qtbot, screened, ["pelvic-tilt"], clock, cues)
    player.begin()
    _press(qtbot, Qt.Key.Key_M)
    assert player.mute_button.isChecked() and cues.muted
    _play(player, clock, 6)
    assert cues.heard == []
    assert screened.ui_state.get(PLAYER_MUTED) is True
    qtbot.mouseClick(player.mute_button, Qt.MouseButton.LeftButton)
    assert not cues.muted and player.mute_button.text().replace("&", "") == "Sound on"


def test_exercise_locked_after_an_emergency_screening(qtbot: QtBot, context: AppContext) -> None:
    emergency = next(q for q in QUESTIONS if q.level is TriageLevel.EMERGENCY)
    answers = {emergency.id: True}
    record_screening(context.store, answers, ScreeningReason.ON_DEMAND, NOW - timedelta(hours=1))
    player = start_session(context, None, now=lambda: NOW, cues=RecordedCues())
    assert player is None
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "exerciseLocked")
    assert isinstance(box, QMessageBox)
    qtbot.addWidget(box)
    assert box.text() == exercise_locked_text()
    box.close()
    assert sessions.session_history(context.store) == []


def test_safety_questions_come_first_when_due(qtbot: QtBot, context: AppContext) -> None:
    clock, cues = FakeClock(), RecordedCues()
    player = _open(qtbot, context, ["pelvic-tilt"], clock, cues)  # never screened: due now
    dialog = player.findChild(ScreeningDialog)
    assert dialog is not None and dialog.isVisible()
    assert not player.start_button.isEnabled()

    dialog.reject()  # "Not now": no session without the answers
    assert player.pages.currentIndex() == player.PAGE_GATE
    assert player.gate_ask_button.isVisible()
    player.begin()
    assert player.session_id is None

    qtbot.mouseClick(player.gate_ask_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in player.findChildren(ScreeningDialog) if d.isVisible())
    for row in dialog.questions:
        row.set_answer(False)
    dialog.submit()
    assert dialog.showing_result()
    dialog.accept()
    assert player.pages.currentIndex() == player.PAGE_INTRO
    assert player.start_button.isEnabled()
    player.begin()
    assert player.session_id is not None


def test_an_emergency_answer_before_the_session_locks_it(qtbot: QtBot, context: AppContext) -> None:
    player = _open(qtbot, context, ["pelvic-tilt"], FakeClock(), RecordedCues())
    dialog = player.findChild(ScreeningDialog)
    assert dialog is not None
    emergency = next(r for r in dialog.questions if r.question.level is TriageLevel.EMERGENCY)
    emergency.set_answer(True)
    dialog.submit()
    dialog.accept()
    assert player.pages.currentIndex() == player.PAGE_GATE
    assert player.gate_text.text() == exercise_locked_text()
    assert not player.gate_ask_button.isVisible()
    player.begin()
    assert player.session_id is None


def test_quitting_mid_session_keeps_it_as_interrupted(qtbot: QtBot, screened: AppContext) -> None:
    clock, cues = FakeClock(), RecordedCues()
    player = _open(qtbot, screened, ["pelvic-tilt"], clock, cues)
    player.begin()
    _play(player, clock, 5 + 9 + 9)
    session_id = player.session_id
    player.close()  # as the app does when it quits: not the person closing the window
    assert session_id is not None
    stored = sessions.get_session(screened.store, session_id)
    assert stored.status is SessionStatus.INTERRUPTED
    assert stored.exercises[0].done.reps == 2


def test_a_second_start_brings_the_open_player_forward(qtbot: QtBot, screened: AppContext) -> None:
    first = _open(qtbot, screened, ["pelvic-tilt"], FakeClock(), RecordedCues())
    assert start_session(screened, None, now=lambda: NOW) is first


def test_sound_falls_back_to_a_beep_without_speech_or_audio(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # As on a computer without PySide6-Addons or without sound libraries.
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    # ...and without the system's own voice or WAV player on PATH.
    monkeypatch.setenv("PATH", str(tmp_path))
    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", lambda: beeps.append(1))
    sound = SoundCues()
    assert sound.kind == "beep"
    sound.cue(Cue.START, "Start.")
    sound.muted = True
    sound.cue(Cue.DONE, "Done.")
    assert beeps == [1]


def _stand_in(folder: Path, name: str, log: Path, then: str = "exit 0") -> None:
    """A stand-in for a system sound program: it appends its name and argv to a log."""
    folder.mkdir(exist_ok=True)
    script = folder / name
    script.write_text(
        f'#!/bin/sh\nprintf "%s\\0" "$(basename "$0")" "$@" >> "{log}"\n'
        f'printf "\\n" >> "{log}"\n{then}\n'
    )
    script.chmod(0o755)


def _logged(log: Path) -> list[list[str]]:
    if not log.exists():
        return []
    # Only whole records: the last one may still be being written.
    return [record.split("\0") for record in log.read_text().split("\0\n")[:-1]]


def _wait_for_calls(qtbot: QtBot, log: Path, count: int) -> list[list[str]]:
    qtbot.waitUntil(lambda: len(_logged(log)) >= count, timeout=10_000)
    return _logged(log)


posix_only = pytest.mark.skipif(sys.platform == "win32", reason="stand-ins are shell scripts")


@posix_only
@pytest.mark.skipif(sys.platform == "darwin", reason="macOS needs no hint to install a voice")
@pytest.mark.parametrize(
    ("programs", "kind", "mode"),
    [
        (["espeak-ng", "aplay"], "speech", "Spoken cues"),
        (["aplay"], "tones", "Tones (spoken cues are not available on this computer)"),
        ([], "beep", "Beeps only (spoken cues are not available on this computer)"),
    ],
)
def test_the_player_says_how_its_cues_sound(  # noqa: PLR0917 (pytest parameters)
    qtbot: QtBot, screened: AppContext, tmp_path: Path, programs: list[str], kind: str, mode: str
) -> None:
    bin_dir, log = tmp_path / "bin", tmp_path / "calls.log"
    bin_dir.mkdir()
    for name in programs:
        _stand_in(bin_dir, name, log)
    sound = SoundCues(addons=False, search_path=str(bin_dir))
    assert (sound.kind, sound.mode_text) == (kind, mode)
    assert "espeak" not in sound.mode_text  # package names only in the details line
    assert ("espeak-ng" in sound_mode_details(kind, "linux")) is (kind != "speech")
    assert sound_mode_details(kind, "win32") == ""
    player = start_session(
        screened, None, exercise_ids=["pelvic-tilt"], now=lambda: NOW, cues=sound
    )
    assert isinstance(player, SessionPlayer)
    qtbot.waitExposed(player)
    assert player.sound_mode.isVisible()
    assert player.sound_mode.text() == f"Sound cues: {mode}"
    assert player.mute_button.accessibleDescription() == mode
    assert mode in player.mute_button.toolTip()


@posix_only
def test_system_voice_speaks_the_cues_and_tones_take_over_when_it_fails(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_dir, log = tmp_path / "bin", tmp_path / "calls.log"
    _stand_in(bin_dir, "espeak-ng", log)
    _stand_in(bin_dir, "paplay", log)
    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", lambda: beeps.append(1))
    sound = SoundCues(addons=False, search_path=str(bin_dir))
    sound.cue(Cue.START, "Pelvic tilt. Start.")
    assert _wait_for_calls(qtbot, log, 1)[0] == ["espeak-ng", "--", "Pelvic tilt. Start."]

    # The voice breaks (no sound device, say): the next cue is the tone, not silence.
    _stand_in(bin_dir, "espeak-ng", log, then="exit 1")
    sound.cue(Cue.REST, "Rest.")
    qtbot.waitUntil(lambda: sound.kind == "tones", timeout=10_000)
    assert sound.mode_text.startswith("Tones")
    sound.cue(Cue.SWITCH, "Change to the other side.")
    calls = _wait_for_calls(qtbot, log, 3)
    assert calls[2] == ["paplay", str(resource("sounds", "switch.wav"))]
    sound.muted = True
    sound.cue(Cue.DONE, "Done.")
    qtbot.wait(200)
    assert len(_logged(log)) == 3 and beeps == []


def test_a_test_sink_shows_no_sound_mode(qtbot: QtBot, screened: AppContext) -> None:
    player = _open(qtbot, screened, ["pelvic-tilt"], FakeClock(), RecordedCues())
    assert not player.sound_mode.isVisible()


def test_the_player_renders(qtbot: QtBot, screened: AppContext, tmp_path: Path) -> None:
    clock = FakeClock()
    player = _open(qtbot, screened, ["clamshell", "glute-bridge"], clock, RecordedCues())
    player.resize(960, 640)
    player.begin()
    _play(player, clock, 5 + 2 + 0.5)
    assert player.timeline.moment().side is Side.LEFT
    image = player.grab()
    assert not image.isNull()
    out = Path(tmp_path / "player.png")
    image.save(str(out))
    assert out.stat().st_size > 0
    assert isinstance(player.figure, QWidget) and player.figure.height() >= 240


def test_a_programme_session_feeds_its_progression_rules(
    qtbot: QtBot, screened: AppContext
) -> None:
    programme_file = Path(__file__).parents[1] / "unit" / "content" / "fixtures" / "example.scprog"
    import_programme_file(screened.store, programme_file, screened.library, NOW)
    monday = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    record_screening(screened.store, ALL_NO, ScreeningReason.ON_DEMAND, monday)
    clock, cues = FakeClock(), RecordedCues()
    player = start_session(screened, None, clock=clock, now=lambda: monday, cues=cues)
    assert isinstance(player, SessionPlayer)
    player._timer.stop()
    assert [i.exercise_id for i in player.timeline.plan][::3] == ["knee-to-chest-single", "walking"]
    player.begin()
    _play_until(player, clock, player.PAGE_RESPONSE)
    player.respond(ExerciseResponse.BETTER_OR_SAME)
    # the physiotherapist's own exercise shows its own name and figure
    player.skip()
    assert player.timeline.current is not None
    assert player.timeline.current.exercise_id == "chair-hip-circles"
    assert player.exercise_title.text() == "Seated hip circles"
    assert player.figure.primitives()
    player.end_early()
    assert player.pages.currentIndex() == player.PAGE_FINISH

    record = active_programme(screened.store)
    assert record is not None
    streaks = {item.exercise_id: item.streak for item in record.items}
    assert streaks["knee-to-chest-single"] == 1  # one steady session counted
    assert streaks["glute-bridge"] == 0  # skipped: nothing counted


def test_the_finish_page_says_which_dose_stepped_up(qtbot: QtBot, screened: AppContext) -> None:
    from companion.services.progression import progress_after_session
    from tests.integration.checkin_history import daily_checkins, steady_session

    programme_file = Path(__file__).parents[1] / "unit" / "content" / "fixtures" / "example.scprog"
    import_programme_file(screened.store, programme_file, screened.library, NOW)
    active = active_programme(screened.store)
    assert active is not None
    monday = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    daily_checkins(screened.store, monday + timedelta(days=3), days=17)
    # Two steady sessions before; the third, in the player, completes the streak.
    for day in range(2):
        at = monday + timedelta(days=day)
        earlier = steady_session(screened.store, active.id, at, "knee-to-chest-single")
        progress_after_session(screened.store, earlier, at)
    today = monday + timedelta(days=2)
    record_screening(screened.store, ALL_NO, ScreeningReason.ON_DEMAND, today)
    clock, cues = FakeClock(), RecordedCues()
    player = start_session(screened, None, clock=clock, now=lambda: today, cues=cues)
    assert isinstance(player, SessionPlayer)
    player._timer.stop()
    player.begin()
    _play_until(player, clock, player.PAGE_RESPONSE)
    player.respond(ExerciseResponse.BETTER_OR_SAME)
    player.end_early()

    assert player.pages.currentIndex() == player.PAGE_FINISH
    assert (
        "Single knee to chest: hold (seconds) went up from 20 to 25 after steady days "
        "with no worse response."
    ) in player.finish_text.text()


def test_every_cue_has_a_short_tone_made_by_the_tool(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "make_tones", Path(__file__).parents[2] / "tools" / "make_tones.py"
    )
    assert spec is not None and spec.loader is not None
    make_tones = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_tones)
    made = {p.name: p.read_bytes() for p in make_tones.write_tones(tmp_path)}
    for cue in Cue:
        committed = resource("sounds", f"{cue.value}.wav")
        assert committed.read_bytes() == made[f"{cue.value}.wav"], "run tools/make_tones.py"
        with wave.open(str(committed)) as tone:
            seconds = tone.getnframes() / tone.getframerate()
        assert 0.2 <= seconds <= 0.6 and committed.stat().st_size < 12_000


def test_after_the_computer_slept_the_player_waits_paused(
    qtbot: QtBot, screened: AppContext
) -> None:
    clock, cues = FakeClock(), RecordedCues()
    player = _open(qtbot, screened, ["pelvic-tilt"], clock, cues)
    player.begin()
    _play(player, clock, 8)
    clock.now += 3600  # an hour asleep between two ticks
    player.tick()
    assert player.timeline.paused
    assert "asleep" in player.save_problem.text() and player.save_problem.isVisible()
    assert player.countdown.text() == "4"  # where the hold was
    _press(qtbot, Qt.Key.Key_Space)
    assert not player.timeline.paused and not player.save_problem.isVisible()


def test_new_numbness_or_weakness_ends_the_session_and_opens_the_safety_questions(
    qtbot: QtBot, screened: AppContext
) -> None:
    clock, cues = FakeClock(), RecordedCues()
    player = _open(qtbot, screened, ["pelvic-tilt", "glute-bridge"], clock, cues)
    player.begin()
    _play_until(player, clock, player.PAGE_RESPONSE)
    buttons = player.response_buttons
    assert buttons[ExerciseResponse.WORSE].accessibleName() == "Spread further down my leg"
    assert buttons[ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS].accessibleName() == (
        "New numbness or weakness"
    )
    _press(qtbot, Qt.Key.Key_4)

    # No easier version, no next exercise: the session is over and the questions are open.
    assert player.pages.currentIndex() == player.PAGE_FINISH
    assert player.finish_title.text() == "Session ended early"
    assert "get medical advice today" in player.finish_text.text()
    dialog = next(d for d in player.findChildren(ScreeningDialog) if d.isVisible())
    reason = dialog.findChild(QLabel, "screeningReason")
    assert reason is not None and "new numbness or weakness" in reason.text()
    assert player.session_id is not None
    stored = sessions.get_session(screened.store, player.session_id)
    assert stored.exercises[0].response is ExerciseResponse.NEW_NUMBNESS_OR_WEAKNESS
    assert stored.exercises[1].response is None  # never started
    assert pending_reasons(screened.store, NOW) == (ScreeningReason.SESSION_NUMBNESS_OR_WEAKNESS,)

    for row in dialog.questions:
        row.set_answer(False)
    dialog.submit()
    assert dialog.record is not None
    assert dialog.record.reason is ScreeningReason.SESSION_NUMBNESS_OR_WEAKNESS
    dialog.accept()


def test_the_curl_up_counts_each_set_down_from_its_own_number(
    qtbot: QtBot, screened: AppContext
) -> None:
    clock, cues = FakeClock(), RecordedCues()
    player = _open(qtbot, screened, ["modified-curl-up"], clock, cues)
    player.begin()
    assert "6, 4, then 2 holds of 10 s" in player.dose_label.text()
    seen: set[str] = set()
    while player.timeline.step is not Step.RESPONSE:
        _play(player, clock, 0.5)
        text = player.counters.text()
        if "Rep" in text:
            seen.add(text.split(" · Rep ")[0] + " · of " + text.rsplit(" of ", 1)[1])
    assert seen == {"Set 1 of 3 · of 6", "Set 2 of 3 · of 4", "Set 3 of 3 · of 2"}
    assert player.timeline.progress[0].reps == 12


def test_prone_on_elbows_shows_each_phase_with_its_frame_and_countdown(
    qtbot: QtBot, screened: AppContext
) -> None:
    clock, cues = FakeClock(), RecordedCues()
    player = _open(qtbot, screened, ["prone-on-elbows"], clock, cues)
    player.begin()
    _play_until_step(player, clock, Step.HOLD)
    _play(player, clock, 0.5)
    assert player.step_label.text() == "Lie flat and relax"
    assert player.counters.text() == "Part 1 of 2"
    assert player.countdown.text() == "3:00"  # 179.5 s left, counted up as a countdown does
    flat = player.figure.primitives()
    _play(player, clock, 180)
    assert player.step_label.text() == "On your elbows"
    assert player.counters.text() == "Part 2 of 2"
    assert player.countdown.text() == "3:00"  # 179.5 s left, counted up as a countdown does
    assert cues.heard[-1] == (Cue.START, "On your elbows.")
    assert player.figure.primitives() != flat
    _play_until_step(player, clock, Step.RESPONSE)
    assert player.timeline.progress[0].hold_seconds == pytest.approx(360, abs=1)
