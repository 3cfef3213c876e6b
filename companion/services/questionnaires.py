"""A clinic's licensed questionnaires: install, list and remove the files; record the answers.

A file is copied into the data folder's `questionnaires/` only after the loader in
companion.content.questionnaires has accepted it, so a refused file leaves nothing behind.
Answers are stored in questionnaire_responses under the questionnaire's id and version;
removing the file never removes what the user answered, and adding it again brings the
history back into view.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from companion.content.questionnaires import (
    FILE_SUFFIX,
    MAX_FILE_BYTES,
    QuestionnaireFileError,
    id_already_used,
    load_questionnaire,
    parse_questionnaire,
)
from companion.domain.changes import Changes, Topic
from companion.domain.file_problems import FileProblem, FileReason
from companion.domain.measures import (
    ChangeFromBaseline,
    DueQuestionnaire,
    MeasureError,
    MeasureResult,
    change_from_baseline,
    next_due,
)
from companion.domain.questionnaire import ItemKind, Questionnaire, QuestionnaireError
from companion.services.data_store import Store
from companion.services.measures import RecordedMeasure, due_items
from companion.services.tray_data import QUESTIONNAIRES
from companion.storage.models import QuestionnaireResponse
from companion.storage.queries.responses import (
    first_response_to,
    last_taken_at,
    responses_to,
)
from companion.storage.queries.responses import response_count as stored_responses

Answer = int | bool | None


class QuestionnaireRefused(ValueError):
    """A questionnaire file that was not installed; nothing was copied.

    `problems` are FileProblem values (the message is their English, for logs); the app and
    the command line word them in the reader's language.
    """

    def __init__(self, source: str, problems: Iterable[FileProblem]) -> None:
        self.source = source
        self.problems: tuple[FileProblem, ...] = tuple(problems)
        super().__init__(f"{source}: " + "; ".join(self.problems))


class QuestionnaireNotInstalled(LookupError):
    """No installed questionnaire has the id that was asked for; `installed` lists the ids."""

    def __init__(self, questionnaire_id: str, installed: tuple[str, ...]) -> None:
        self.questionnaire_id = questionnaire_id
        self.installed = installed
        known = ", ".join(installed) or "none"
        # A log line: the settings page and the command line word the values themselves.
        super().__init__(
            f"no questionnaire called '{questionnaire_id}' is installed (installed: {known})"
        )


class QuestionnaireAnswersInvalid(ValueError):
    """Answers that cannot be scored; nothing was stored. The message names the question."""


@dataclass(frozen=True)
class InstalledQuestionnaire:
    """A questionnaire in the data folder, ready to be answered."""

    questionnaire: Questionnaire
    file_name: str

    @property
    def id(self) -> str:
        """The id stored with every response."""
        return self.questionnaire.id

    @property
    def title(self) -> str:
        """The name the user sees."""
        return self.questionnaire.title


@dataclass(frozen=True)
class UnusableQuestionnaireFile:
    """A file in the questionnaires folder that cannot be used (edited by hand, say)."""

    file_name: str
    problems: tuple[FileProblem, ...]

    @property
    def message(self) -> str:
        """The file and what is wrong with it, on one line, in English (for logs)."""
        return f"{self.file_name}: " + "; ".join(self.problems)


@dataclass(frozen=True)
class InstalledQuestionnaires:
    """What the questionnaires folder holds: usable questionnaires and files that are not."""

    installed: tuple[InstalledQuestionnaire, ...] = ()
    unusable: tuple[UnusableQuestionnaireFile, ...] = ()

    def find(self, questionnaire_id: str) -> InstalledQuestionnaire | None:
        """The installed questionnaire with this id, if there is one."""
        return next((q for q in self.installed if q.id == questionnaire_id), None)

    @property
    def questionnaires(self) -> tuple[Questionnaire, ...]:
        """The usable questionnaires, in file-name order."""
        return tuple(q.questionnaire for q in self.installed)


@dataclass(frozen=True)
class AddedQuestionnaire:
    """The result of installing a file: what is now installed and what it replaced."""

    installed: InstalledQuestionnaire
    replaced_version: str | None  # the version of the same id installed before, if any


def questionnaires_folder(data_root: Path) -> Path:
    """Where a data folder keeps its installed questionnaire files."""
    return data_root / QUESTIONNAIRES


# --- Files ---------------------------------------------------------------------------------------


def read_questionnaire_file(source: Path) -> Questionnaire:
    """Read and check a questionnaire file without installing it (to show what it contains)."""
    return _parse(source, _read_capped(source))


def add_questionnaire(folder: Path, source: Path) -> tuple[AddedQuestionnaire, Changes]:
    """Check the file at `source` and copy it into `folder` under its id.

    A file with the id of an installed questionnaire replaces it (an update: same id, new
    version). A file the loader refuses raises QuestionnaireRefused and nothing is copied.
    """
    raw = _read_capped(source)
    questionnaire = _parse(source, raw)  # the very bytes that will be written
    before = list_questionnaires(folder)
    previous = before.find(questionnaire.id)
    _make_private_folder(folder)
    target = folder / f"{questionnaire.id}{FILE_SUFFIX}"
    _write_atomically(target, raw)
    if previous is not None and previous.file_name != target.name:
        # The same id under a name given by hand: two files would make the id ambiguous.
        with contextlib.suppress(FileNotFoundError):
            (folder / previous.file_name).unlink()
    installed = InstalledQuestionnaire(questionnaire, target.name)
    replaced = previous.questionnaire.version if previous is not None else None
    return AddedQuestionnaire(installed, replaced), Changes.of(Topic.MEASURES)


def list_questionnaires(folder: Path) -> InstalledQuestionnaires:
    """Every questionnaire file in `folder`, usable or not (a repeated id makes a file unusable)."""
    if not folder.is_dir():
        return InstalledQuestionnaires()
    installed: list[InstalledQuestionnaire] = []
    unusable: list[UnusableQuestionnaireFile] = []
    owners: dict[str, str] = {}
    for path in sorted(folder.glob(f"*{FILE_SUFFIX}")):
        loaded = _load_unless_unchanged(path)
        if isinstance(loaded, QuestionnaireFileError):
            unusable.append(UnusableQuestionnaireFile(path.name, loaded.problems))
            continue
        questionnaire = loaded
        if questionnaire.id in owners:
            problem = id_already_used(questionnaire.id, owners[questionnaire.id])
            unusable.append(UnusableQuestionnaireFile(path.name, (problem,)))
            continue
        owners[questionnaire.id] = path.name
        installed.append(InstalledQuestionnaire(questionnaire, path.name))
    return InstalledQuestionnaires(tuple(installed), tuple(unusable))


def find_questionnaire(folder: Path, questionnaire_id: str) -> Questionnaire | None:
    """The installed questionnaire with this id, or None."""
    found = list_questionnaires(folder).find(questionnaire_id)
    return found.questionnaire if found is not None else None


def remove_questionnaire(folder: Path, questionnaire_id: str) -> tuple[str, Changes]:
    """Delete the installed file with this id (or an unusable file of that name).

    Stored responses are kept. Returns the name of the file removed.
    """
    found = list_questionnaires(folder)
    installed = found.find(questionnaire_id)
    if installed is not None:
        name = installed.file_name
    else:
        name = f"{questionnaire_id}{FILE_SUFFIX}"
        if not any(u.file_name == name for u in found.unusable):
            raise QuestionnaireNotInstalled(questionnaire_id, tuple(q.id for q in found.installed))
    (folder / name).unlink()
    return name, Changes.of(Topic.MEASURES)


# --- Answers -------------------------------------------------------------------------------------


def record_response(
    store: Store, questionnaire: Questionnaire, answers: Mapping[str, Answer], now: datetime
) -> tuple[RecordedMeasure, Changes]:
    """Score the answers with the questionnaire's rule and store them with its id and version.

    `answers` maps item id -> option position (choice) or True/False (checkbox); a choice left
    out or None is unanswered. The first stored response is the baseline.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise QuestionnaireAnswersInvalid("the time of a response must include its time zone")
    try:
        score = questionnaire.score(answers)
    except QuestionnaireError as error:
        raise QuestionnaireAnswersInvalid(_plain_answer_problem(questionnaire, error)) from None
    stored: dict[str, Answer] = {}
    for item in questionnaire.items:
        answer = answers.get(item.id)
        stored[item.id] = bool(answer) if item.kind is ItemKind.CHECKBOX else answer
    measure = questionnaire.as_measure()
    with store.units.write() as uow:
        first = first_response_to(uow.session, questionnaire.id)
        row = QuestionnaireResponse(
            instrument=questionnaire.id,
            instrument_version=questionnaire.version,
            taken_at=now,
            answers=stored,
            score=float(score),
        )
        uow.session.add(row)
        uow.commit()
        baseline = _result(questionnaire, first) if first is not None else None
        taken_at, row_id = row.taken_at, row.id
    result = MeasureResult(measure, float(score), _local_day(taken_at))
    change = _compare(baseline, result)
    recorded = RecordedMeasure(
        row_id,
        taken_at,
        result,
        starts_baseline=baseline is None,
        change=change,
    )
    return recorded, Changes.of(Topic.MEASURES)


def response_count(store: Store, questionnaire_id: str) -> int:
    """How many responses are stored for this questionnaire id."""
    with store.units.read() as uow:
        return stored_responses(uow.session, questionnaire_id)


def questionnaire_history(store: Store, questionnaire: Questionnaire) -> list[MeasureResult]:
    """Every score of this questionnaire, oldest first.

    A score outside the current file's range (left by an earlier version of the file) is
    left out: it cannot be placed on this version's scale.
    """
    with store.units.read() as uow:
        rows = responses_to(uow.session, questionnaire.id)
        results = [_result(questionnaire, row) for row in rows]
    return [result for result in results if result is not None]


def questionnaire_progress(store: Store, questionnaire: Questionnaire) -> ChangeFromBaseline | None:
    """The newest score against the first one, judged by the file's MCID; None before two."""
    results = questionnaire_history(store, questionnaire)
    if len(results) < 2:
        return None
    return change_from_baseline(results[0], results[-1])


# --- What is due ---------------------------------------------------------------------------------


def questionnaire_due_items(
    store: Store, questionnaires: Iterable[Questionnaire], today: date
) -> list[DueQuestionnaire]:
    """Questionnaires with a due interval that are due on `today` (the user's local date)."""
    scheduled = [q for q in questionnaires if q.due_interval_days is not None]
    due: list[DueQuestionnaire] = []
    with store.units.read() as uow:
        for questionnaire in scheduled:
            newest = last_taken_at(uow.session, questionnaire.id)
            last = _local_day(newest) if newest is not None else None
            interval = questionnaire.due_interval_days
            assert interval is not None  # filtered above
            on = next_due(last, interval, today)
            if on <= today:
                overdue = max(0, (today - on).days)
                due.append(
                    DueQuestionnaire(
                        questionnaire.id, questionnaire.title, on, last is None, overdue
                    )
                )
    return due


def all_due_items(store: Store, folder: Path, today: date) -> list[DueQuestionnaire]:
    """The built-in measures and the installed questionnaires that are due, most overdue first."""
    installed = list_questionnaires(folder).questionnaires
    merged = due_items(store, today) + questionnaire_due_items(store, installed, today)
    return sorted(merged, key=lambda item: (item.due_on, item.measure_id))


# --- Helpers -------------------------------------------------------------------------------------


def _read_capped(source: Path) -> bytes:
    try:
        if not source.is_file():
            raise QuestionnaireRefused(
                source.name, [FileProblem("", FileReason.QUESTIONNAIRE_NOT_A_FILE)]
            )
        with source.open("rb") as file:
            # Read no more than the loader accepts, whatever the file's size.
            return file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise QuestionnaireRefused(
            source.name, [FileProblem("", FileReason.UNREADABLE, detail=error.strerror)]
        ) from None


# The Today page lists what is due each time data changes; checking a long questionnaire
# against the schema takes tens of milliseconds, so a file is checked again only when it changed.
_FileStamp = tuple[int, int, int]  # inode, size, modification time in nanoseconds
_checked: dict[Path, tuple[_FileStamp, Questionnaire | QuestionnaireFileError]] = {}
_CHECKED_LIMIT = 256


def _load_unless_unchanged(path: Path) -> Questionnaire | QuestionnaireFileError:
    try:
        status = path.stat()
    except OSError:
        status = None
    stamp = (status.st_ino, status.st_size, status.st_mtime_ns) if status is not None else None
    known = _checked.get(path)
    if stamp is not None and known is not None and known[0] == stamp:
        return known[1]
    try:
        result: Questionnaire | QuestionnaireFileError = load_questionnaire(path)
    except QuestionnaireFileError as error:
        result = error
    if stamp is not None:
        if len(_checked) >= _CHECKED_LIMIT:
            _checked.clear()
        _checked[path] = (stamp, result)
    return result


def _parse(source: Path, raw: bytes) -> Questionnaire:
    try:
        return parse_questionnaire(raw, source.name)
    except QuestionnaireFileError as error:
        raise QuestionnaireRefused(error.source, error.problems) from None


def _make_private_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        folder.chmod(0o700)


def _write_atomically(target: Path, raw: bytes) -> None:
    # A crash mid-copy must never leave a half-written questionnaire under its real name.
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=".adding-", suffix=".tmp")
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(raw)
            file.flush()
            os.fsync(file.fileno())
        if os.name == "posix":
            temporary.chmod(0o600)
        temporary.replace(target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise


def _local_day(moment: datetime) -> date:
    # Day grouping follows the user's own clock, not UTC.
    return moment.astimezone().date()


def _result(questionnaire: Questionnaire, row: QuestionnaireResponse) -> MeasureResult | None:
    try:
        return MeasureResult(
            questionnaire.as_measure(), float(row.score or 0.0), _local_day(row.taken_at)
        )
    except MeasureError:
        return None


def _compare(baseline: MeasureResult | None, current: MeasureResult) -> ChangeFromBaseline | None:
    if baseline is None:
        return None
    return change_from_baseline(baseline, current)


def _plain_answer_problem(questionnaire: Questionnaire, error: QuestionnaireError) -> str:
    text = str(error)
    prefix = f"{questionnaire.id}: "
    return f"These answers cannot be scored: {text.removeprefix(prefix)}."
