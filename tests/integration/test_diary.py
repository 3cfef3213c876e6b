"""The diary service over a real, migrated SQLite store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from companion.domain.changes import Topic
from companion.domain.red_flags import QUESTIONS, ScreeningReason
from companion.domain.safety_lock import AssessedBy
from companion.domain.vocabulary import ActivityKind, LegReach, SessionStatus, Side, TreatmentKind
from companion.services.data_store import Store
from companion.services.diary import (
    ActivityFields,
    CheckInSummary,
    DiaryEntryInvalid,
    DiaryEntryMissing,
    EntryKind,
    TreatmentFields,
    add_activity,
    add_treatment,
    delete_entry,
    diary_entries,
    edit_activity,
    edit_treatment,
    get_activity,
    get_treatment,
    undo,
)
from companion.services.screening import AssessmentRecord, record_assessment, record_screening
from companion.storage.models import (
    Activity,
    CheckIn,
    ExerciseSession,
    QuestionnaireResponse,
    TreatmentEvent,
)
from companion.ui.diary.diary_texts import entry_texts, kinds_named, refusal_text

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def _walk(minutes: int = 30, hours_ago: float = 2, note: str = "") -> ActivityFields:
    return ActivityFields(ActivityKind.WALKING, minutes, NOW - timedelta(hours=hours_ago), note)


def _medicine(
    name: str = "Naproxen", dose: str = "250 mg", hours_ago: float = 1
) -> TreatmentFields:
    return TreatmentFields(
        TreatmentKind.MEDICATION_STARTED, NOW - timedelta(hours=hours_ago), name, dose
    )


def _add_checkin(store: Store, at: datetime, leg: int = 5, note: str = "") -> int:
    with store.units.write() as uow:
        row = CheckIn(
            recorded_at=at,
            back_pain=3,
            leg_pain=leg,
            leg_reach=LegReach.THIGH,
            side=Side.LEFT,
            note=note,
        )
        uow.session.add(row)
        uow.commit()
        return row.id


def _add_response(store: Store, at: datetime, score: float, note: str = "") -> int:
    with store.units.write() as uow:
        row = QuestionnaireResponse(
            instrument="sbi", taken_at=at, answers={"leg_pain": 3}, score=score, note=note
        )
        uow.session.add(row)
        uow.commit()
        return row.id


def test_an_added_activity_is_listed_and_read_back(store: Store) -> None:
    saved = add_activity(store, _walk(45, note="  by the river  "), now=NOW)

    assert saved.changes.concerns(Topic.DIARY)
    assert saved.record.fields.note == "by the river"  # trimmed
    assert get_activity(store, saved.record.id) == saved.record
    [entry] = diary_entries(store)
    assert entry.kind is EntryKind.ACTIVITY
    assert entry.id == saved.record.id
    assert entry.when == NOW - timedelta(hours=2)
    assert entry.when.tzinfo is not None
    assert entry.editable
    title, _detail = entry_texts(entry)
    assert "45 min" in title and "Walking" in title


def test_undo_of_an_add_takes_the_entry_away_but_keeps_the_row(store: Store) -> None:
    saved = add_activity(store, _walk(), now=NOW)
    undo(store, saved.undo)
    assert diary_entries(store) == []
    with store.units.read() as uow:
        row = uow.session.get(Activity, saved.record.id)
        assert row is not None and row.deleted_at is not None


def test_edit_then_undo_puts_the_previous_values_back(store: Store) -> None:
    saved = add_activity(store, _walk(30, note="short"), now=NOW)
    changed = ActivityFields(ActivityKind.SWIMMING, 50, NOW - timedelta(hours=5), "pool")

    edited = edit_activity(store, saved.record.id, changed, now=NOW)
    assert get_activity(store, saved.record.id).fields == changed
    assert edited.undo.previous == saved.record.fields

    changes = undo(store, edited.undo)
    assert changes.concerns(Topic.DIARY)
    assert get_activity(store, saved.record.id) == saved.record


def test_treatment_edit_and_undo_round_trip(store: Store) -> None:
    saved = add_treatment(store, _medicine(), now=NOW)
    changed = TreatmentFields(
        TreatmentKind.MEDICATION_CHANGED, NOW - timedelta(minutes=10), "Naproxen", "500 mg"
    )
    edited = edit_treatment(store, saved.record.id, changed, now=NOW)
    assert get_treatment(store, saved.record.id).fields == changed
    undo(store, edited.undo)
    assert get_treatment(store, saved.record.id) == saved.record


@pytest.mark.parametrize("kind", [EntryKind.ACTIVITY, EntryKind.TREATMENT])
def test_delete_is_soft_and_undo_brings_the_entry_back(store: Store, kind: EntryKind) -> None:
    if kind is EntryKind.ACTIVITY:
        entry_id = add_activity(store, _walk(), now=NOW).record.id
    else:
        entry_id = add_treatment(store, _medicine(), now=NOW).record.id
    before = diary_entries(store)

    token, changes = delete_entry(store, kind, entry_id, now=NOW)
    assert changes.concerns(Topic.DIARY)
    assert diary_entries(store) == []
    with store.units.read() as uow:
        row = uow.session.get(Activity if kind is EntryKind.ACTIVITY else TreatmentEvent, entry_id)
        assert isinstance(row, Activity | TreatmentEvent)
        assert row.deleted_at == NOW  # still there: nothing lost

    undo(store, token)
    assert diary_entries(store) == before


def test_checkins_and_questionnaires_can_be_deleted_and_restored(store: Store) -> None:
    checkin_id = _add_checkin(store, NOW - timedelta(hours=3))
    response_id = _add_response(store, NOW - timedelta(hours=4), 12)

    checkin_token, checkin_changes = delete_entry(store, EntryKind.CHECKIN, checkin_id)
    response_token, response_changes = delete_entry(store, EntryKind.QUESTIONNAIRE, response_id)
    assert checkin_changes.concerns(Topic.CHECKINS)
    assert not checkin_changes.concerns(Topic.DIARY)
    assert response_changes.concerns(Topic.MEASURES)
    assert diary_entries(store) == []
    with store.units.read() as uow:
        assert uow.session.get(CheckIn, checkin_id) is not None
        assert uow.session.get(QuestionnaireResponse, response_id) is not None

    undo(store, response_token)
    undo(store, checkin_token)
    kinds = [entry.kind for entry in diary_entries(store)]
    assert kinds == [EntryKind.CHECKIN, EntryKind.QUESTIONNAIRE]


def test_deleted_entries_cannot_be_edited_or_deleted_again(store: Store) -> None:
    entry_id = add_activity(store, _walk(), now=NOW).record.id
    delete_entry(store, EntryKind.ACTIVITY, entry_id)
    with pytest.raises(DiaryEntryMissing):
        edit_activity(store, entry_id, _walk(20), now=NOW)
    with pytest.raises(DiaryEntryMissing):
        delete_entry(store, EntryKind.ACTIVITY, entry_id)
    with pytest.raises(DiaryEntryMissing):
        get_activity(store, entry_id)
    with pytest.raises(DiaryEntryMissing):
        delete_entry(store, EntryKind.CHECKIN, 999)


def test_entries_of_every_kind_are_listed_newest_first(store: Store) -> None:
    _add_checkin(store, NOW - timedelta(hours=1), note="morning")
    add_activity(store, _walk(hours_ago=4), now=NOW)
    add_treatment(store, _medicine(hours_ago=2), now=NOW)
    _add_response(store, NOW - timedelta(days=1), 9)

    entries = diary_entries(store)
    assert [e.kind for e in entries] == [
        EntryKind.CHECKIN,
        EntryKind.TREATMENT,
        EntryKind.ACTIVITY,
        EntryKind.QUESTIONNAIRE,
    ]
    assert [e.when for e in entries] == sorted((e.when for e in entries), reverse=True)
    checkin = entries[0]
    assert checkin.editable  # check-ins can be corrected (issue 13.6)
    assert isinstance(checkin.subject, CheckInSummary)
    assert checkin.subject.leg_pain == 5 and checkin.subject.side is Side.LEFT
    assert "morning" in entry_texts(checkin)[1]
    treatment_title, treatment_detail = entry_texts(entries[1])
    assert "Naproxen" in treatment_title and "250 mg" in treatment_detail
    assert not entries[3].editable and "9" in entry_texts(entries[3])[1]


def test_the_window_is_start_inclusive_and_end_exclusive(store: Store) -> None:
    for hours in (1, 2, 3):
        add_activity(store, _walk(hours_ago=hours), now=NOW)
    start, end = NOW - timedelta(hours=3), NOW - timedelta(hours=1)
    whens = [entry.when for entry in diary_entries(store, start, end)]
    assert whens == [NOW - timedelta(hours=2), NOW - timedelta(hours=3)]


def test_limit_keeps_the_newest_across_kinds(store: Store) -> None:
    for hours in (1, 3, 5):
        add_activity(store, _walk(hours_ago=hours), now=NOW)
    for hours in (2, 4):
        add_treatment(store, _medicine(hours_ago=hours), now=NOW)
    entries = diary_entries(store, limit=3)
    assert [e.when for e in entries] == [NOW - timedelta(hours=h) for h in (1, 2, 3)]


def _add_assessment(store: Store, at: datetime) -> AssessmentRecord:
    answers = {q.id: False for q in QUESTIONS} | {"bowel": True}
    record_screening(store, answers, ScreeningReason.WEEKLY, at - timedelta(hours=5))
    record, _ = record_assessment(store, at.date(), AssessedBy.DOCTOR, at)
    return record


def test_a_confirmed_assessment_is_listed_and_cannot_be_deleted(store: Store) -> None:
    record = _add_assessment(store, NOW - timedelta(hours=2))
    _add_checkin(store, NOW - timedelta(hours=1))
    entries = diary_entries(store)
    assert [e.kind for e in entries] == [EntryKind.CHECKIN, EntryKind.ASSESSMENT]
    listed = entries[1]
    assert (listed.id, listed.when, listed.editable, listed.subject) == (
        record.id,
        record.recorded_at,
        False,
        record,
    )
    assert diary_entries(store, text="walk") == diary_entries(store, text="walk", kinds=[])
    with pytest.raises(DiaryEntryMissing):
        delete_entry(store, EntryKind.ASSESSMENT, record.id)
    assert len(diary_entries(store, kinds={EntryKind.ASSESSMENT})) == 1


def test_kind_filter(store: Store) -> None:
    _add_checkin(store, NOW - timedelta(hours=1))
    add_activity(store, _walk(), now=NOW)
    add_treatment(store, _medicine(), now=NOW)
    _add_response(store, NOW - timedelta(hours=3), 5)
    _add_assessment(store, NOW - timedelta(hours=4))
    with store.units.write() as uow:
        started = NOW - timedelta(hours=6)
        uow.session.add(
            ExerciseSession(started_at=started, ended_at=started, status=SessionStatus.COMPLETED)
        )
        uow.commit()

    for kind in EntryKind:
        assert [e.kind for e in diary_entries(store, kinds={kind})] == [kind]
    both = {EntryKind.ACTIVITY, EntryKind.TREATMENT}
    assert {e.kind for e in diary_entries(store, kinds=both)} == both
    assert diary_entries(store, kinds=set()) == []


def test_text_search_looks_in_notes_names_and_doses_case_insensitively(store: Store) -> None:
    _add_checkin(store, NOW - timedelta(hours=1), note="Stiff after the drive")
    add_activity(store, _walk(note="hilly route"), now=NOW)
    add_treatment(store, _medicine("Pregabalin", "75 mg twice daily"), now=NOW)
    _add_response(store, NOW - timedelta(hours=3), 5, note="felt rushed")

    def found(text: str) -> list[EntryKind]:
        return [e.kind for e in diary_entries(store, text=text)]

    assert found("DRIVE") == [EntryKind.CHECKIN]
    assert found("hilly") == [EntryKind.ACTIVITY]
    assert found("pregab") == [EntryKind.TREATMENT]
    assert found("twice") == [EntryKind.TREATMENT]
    assert found("rushed") == [EntryKind.QUESTIONNAIRE]
    assert found("nothing like this") == []
    assert len(found("   ")) == 4  # blank search shows everything


def test_search_also_finds_the_kind_by_name(store: Store) -> None:
    add_activity(
        store, ActivityFields(ActivityKind.SWIMMING, 20, NOW - timedelta(hours=1)), now=NOW
    )
    add_activity(store, _walk(), now=NOW)
    add_treatment(store, TreatmentFields(TreatmentKind.INJECTION, NOW - timedelta(days=2)), now=NOW)
    swims = diary_entries(store, text="swim", named_kinds=kinds_named("swim"))
    assert [entry_texts(e)[0] for e in swims] == ["Swimming, 20 min"]
    injections = diary_entries(store, text="injection", named_kinds=kinds_named("injection"))
    assert [e.kind for e in injections] == [EntryKind.TREATMENT]


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("50%", ["50% better"]),
        ("%", ["50% better"]),
        ("a_b", ["tried a_b stretch"]),
        ("_", ["tried a_b stretch"]),
        ("\\", ["back\\slash"]),
    ],
)
def test_search_treats_wildcards_literally(store: Store, search: str, expected: list[str]) -> None:
    for hours, note in enumerate(["50% better", "tried a_b stretch", "back\\slash", "plain"]):
        add_activity(store, _walk(hours_ago=hours + 1, note=note), now=NOW)
    found = diary_entries(store, text=search)
    assert [entry_texts(e)[1] for e in found] == expected


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        (ActivityFields(ActivityKind.WALKING, 0, NOW), "minutes"),
        (ActivityFields(ActivityKind.WALKING, 1441, NOW), "minutes"),
        (ActivityFields(ActivityKind.WALKING, -5, NOW), "minutes"),
        (ActivityFields(ActivityKind.WALKING, True, NOW), "minutes"),
        (ActivityFields(ActivityKind.WALKING, 30, NOW + timedelta(hours=1)), "started_at"),
        (ActivityFields(ActivityKind.WALKING, 30, datetime(1800, 1, 1, tzinfo=UTC)), "started_at"),
        (ActivityFields(ActivityKind.WALKING, 30, datetime(2026, 3, 1, 9, 0)), "started_at"),
        (ActivityFields(ActivityKind.WALKING, 30, NOW, "x" * 5000), "note"),
        (ActivityFields("dancing", 30, NOW), "kind"),  # type: ignore[arg-type]
    ],
)
def test_invalid_activities_are_refused_and_nothing_is_written(
    store: Store, fields: ActivityFields, field: str
) -> None:
    with pytest.raises(DiaryEntryInvalid) as refused:
        add_activity(store, fields, now=NOW)
    assert refused.value.field == field
    assert refusal_text(refused.value)  # a sentence for the person, not an empty error
    with store.units.read() as uow:
        assert uow.session.scalars(select(Activity)).all() == []


def test_activity_minutes_at_the_limits_are_accepted(store: Store) -> None:
    add_activity(store, _walk(1), now=NOW)
    add_activity(store, _walk(1440), now=NOW)
    assert sorted(e.subject.fields.minutes for e in diary_entries(store)) == [1, 1440]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        (TreatmentFields(TreatmentKind.MEDICATION_STARTED, NOW, "  "), "name"),
        (TreatmentFields(TreatmentKind.MEDICATION_CHANGED, NOW, ""), "name"),
        (TreatmentFields(TreatmentKind.MEDICATION_STOPPED, NOW, ""), "name"),
        (TreatmentFields(TreatmentKind.INJECTION, NOW + timedelta(days=1)), "occurred_at"),
        (TreatmentFields(TreatmentKind.APPOINTMENT, NOW + timedelta(days=400)), "occurred_at"),
        (TreatmentFields(TreatmentKind.OTHER, NOW, "n" * 201), "name"),
        (TreatmentFields(TreatmentKind.OTHER, NOW, "", "d" * 201), "dose"),
    ],
)
def test_invalid_treatments_are_refused_and_nothing_is_written(
    store: Store, fields: TreatmentFields, field: str
) -> None:
    with pytest.raises(DiaryEntryInvalid) as refused:
        add_treatment(store, fields, now=NOW)
    assert refused.value.field == field
    with store.units.read() as uow:
        assert uow.session.scalars(select(TreatmentEvent)).all() == []


def test_a_refused_edit_leaves_the_entry_as_it_was(store: Store) -> None:
    saved = add_treatment(store, _medicine(), now=NOW)
    with pytest.raises(DiaryEntryInvalid):
        edit_treatment(store, saved.record.id, _medicine(name=""), now=NOW)
    assert get_treatment(store, saved.record.id) == saved.record


def test_events_without_a_medicine_need_no_name_and_appointments_may_be_ahead(
    store: Store,
) -> None:
    add_treatment(store, TreatmentFields(TreatmentKind.FLARE_UP, NOW), now=NOW)
    booked = NOW + timedelta(days=14)
    add_treatment(
        store, TreatmentFields(TreatmentKind.APPOINTMENT, booked, "Physio review"), now=NOW
    )
    assert [e.when for e in diary_entries(store)] == [booked, NOW]
