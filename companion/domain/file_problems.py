"""A problem in a file from outside (a programme or questionnaire file), as a value.

The loaders name each problem by its place in the file (a JSON path such as
`exercises[2].dose.reps`), a reason, and the values the words need. Each audience words it
once: the app with Qt's tr() (ui/file_problem_words.py), the command line through
reports.wording (cli/file_problem_words.py). `str()` of a problem is the English sentence
"field: what is wrong" that logs, tests and English readers have always seen, so a problem
is a `str` too and every place that joins or compares problems keeps working.

It lives in the domain, where the loaders in content import it from, because the domain's
Questionnaire checks that its own parts hold together and names what does not with these
same values; the domain may not import content.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class FileReason(StrEnum):
    """Why a part of a file cannot be used."""

    # The file as a whole
    NOT_A_FILE = "not_a_file"
    TOO_BIG = "too_big"
    UNREADABLE = "unreadable"
    NOT_UTF8 = "not_utf8"
    NOT_JSON = "not_json"
    TOO_DEEP = "too_deep"
    UNUSABLE_VALUE = "unusable_value"
    NOT_A_NUMBER = "not_a_number"
    REPEATED_KEY = "repeated_key"
    NUMBER_TOO_LONG = "number_too_long"
    NOT_TEXT = "not_text"
    FIELD_NAME_NOT_TEXT = "field_name_not_text"
    NOT_AN_OBJECT = "not_an_object"
    WRONG_FORMAT = "wrong_format"
    VERSION_NOT_WHOLE = "version_not_whole"
    VERSION_TOO_NEW = "version_too_new"
    VERSION_UNKNOWN = "version_unknown"
    # The published schema
    REQUIRED = "required"
    UNKNOWN_FIELD = "unknown_field"
    WRONG_TYPE = "wrong_type"
    NOT_CONST = "not_const"
    NOT_ONE_OF = "not_one_of"
    EMPTY = "empty"
    TOO_LONG = "too_long"
    BELOW_MINIMUM = "below_minimum"
    ABOVE_MAXIMUM = "above_maximum"
    NOT_ABOVE = "not_above"
    BLANK = "blank"
    NOT_A_DATE_FORM = "not_a_date_form"
    NOT_AN_ID = "not_an_id"
    TOO_FEW_ENTRIES = "too_few_entries"
    TOO_MANY_ENTRIES = "too_many_entries"
    REPEATED_ENTRY = "repeated_entry"
    EXTRA_ENTRIES = "extra_entries"
    # Sense beyond the schema
    NOT_A_REAL_DATE = "not_a_real_date"
    SHARED_CUSTOM_ID = "shared_custom_id"
    REVIEW_BEFORE_START = "review_before_start"
    UNKNOWN_EXERCISE = "unknown_exercise"
    LIBRARY_EXERCISE_ID = "library_exercise_id"
    WEEKLY_OVER_DAYS = "weekly_over_days"
    CAP_OVER_CEILING = "cap_over_ceiling"
    CAP_NOT_ABOVE_START = "cap_not_above_start"
    RULE_REPEATED = "rule_repeated"
    RULE_WITH_FALLING_COUNT = "rule_with_falling_count"
    HOLD_RULE_WITH_PHASES = "hold_rule_with_phases"
    UNKNOWN_KEYFRAME = "unknown_keyframe"
    REPS_PER_SET_COUNT = "reps_per_set_count"
    REPS_NOT_FIRST_SET = "reps_not_first_set"
    HOLD_NOT_PHASES_TOTAL = "hold_not_phases_total"
    PHASES_TOO_LONG = "phases_too_long"
    WEEKLY_NOT_ONCE_A_DAY = "weekly_not_once_a_day"
    # A questionnaire file as a whole (its own words: "a questionnaire", not "a programme")
    QUESTIONNAIRE_NOT_A_FILE = "questionnaire_not_a_file"
    QUESTIONNAIRE_TOO_BIG = "questionnaire_too_big"
    QUESTIONNAIRE_NOT_UTF8 = "questionnaire_not_utf8"
    QUESTIONNAIRE_NOT_JSON = "questionnaire_not_json"
    QUESTIONNAIRE_REPEATED_KEY = "questionnaire_repeated_key"
    QUESTIONNAIRE_NOT_A_NUMBER = "questionnaire_not_a_number"
    QUESTIONNAIRE_TOO_DEEP = "questionnaire_too_deep"
    QUESTIONNAIRE_UNUSABLE_VALUE = "questionnaire_unusable_value"
    # A questionnaire's schema, in its own words
    TOO_SHORT = "too_short"
    NOT_A_NAME = "not_a_name"
    NOT_A_VERSION = "not_a_version"
    NOT_IN_FORM = "not_in_form"
    NEEDS_ONE = "needs_one"
    NEEDS_SOME = "needs_some"
    AT_MOST_ALLOWED = "at_most_allowed"
    POINTS_OR_PERCENT = "points_or_percent"
    NOT_ON_ITEM_KIND = "not_on_item_kind"
    # A questionnaire's sense: ids, items and scoring
    BUILT_IN_MEASURE_ID = "built_in_measure_id"
    ID_ALREADY_USED = "id_already_used"
    ITEM_ID_REPEATED = "item_id_repeated"
    TOO_FEW_OPTIONS = "too_few_options"
    CHECKBOX_WITH_OPTIONS = "checkbox_with_options"
    LABEL_REPEATED = "label_repeated"
    NO_ITEMS = "no_items"
    COUNT_CHECKED_NEEDS_CHECKBOXES = "count_checked_needs_checkboxes"
    MISSING_NEGATIVE = "missing_negative"
    MISSING_NOT_ALLOWED = "missing_not_allowed"
    MISSING_ALL = "missing_all"
    PERCENT_NEEDS_RANGE = "percent_needs_range"
    RANGE_MIN_NOT_BELOW_MAX = "range_min_not_below_max"
    RANGE_OUTSIDE_DECLARED = "range_outside_declared"
    # Anything else: a sentence of its own, in `detail` (a parser's or the system's words)
    OTHER = "other"


# Today's English, kept word for word: the values fill the braces.
ENGLISH: dict[FileReason, str] = {
    FileReason.NOT_A_FILE: "is not a file",
    FileReason.TOO_BIG: "is larger than {kib} KiB, too big for a programme file",
    FileReason.UNREADABLE: "could not be read ({detail})",
    FileReason.NOT_UTF8: "is not a programme file (it is not UTF-8 JSON text)",
    FileReason.NOT_JSON: "is not a programme file: not valid JSON ({detail}, line {line}, "
    "column {column})",
    FileReason.TOO_DEEP: "is nested too deeply to be a programme",
    FileReason.UNUSABLE_VALUE: "holds a value no programme uses ({detail})",
    FileReason.NOT_A_NUMBER: "{name} is not a number a programme can use",
    FileReason.REPEATED_KEY: "appears twice in one object",
    FileReason.NUMBER_TOO_LONG: "is a number of {digits} digits, too long for any field",
    FileReason.NOT_TEXT: "holds a character that is not text (a lone surrogate)",
    FileReason.FIELD_NAME_NOT_TEXT: "a field name holds a character that is not text "
    "(a lone surrogate)",
    FileReason.NOT_AN_OBJECT: "must be a JSON object ({{...}})",
    FileReason.WRONG_FORMAT: 'must be "{expected}" (this is not a Sciatica Companion programme)',
    FileReason.VERSION_NOT_WHOLE: "must be a whole number",
    FileReason.VERSION_TOO_NEW: "{version} is newer than this app can read (up to {newest}); "
    "update Sciatica Companion to open it",
    FileReason.VERSION_UNKNOWN: "{version} is not a known version",
    FileReason.REQUIRED: "is required",
    FileReason.UNKNOWN_FIELD: "unknown field",
    FileReason.WRONG_TYPE: "must be {type_words}",
    FileReason.NOT_CONST: "must be {value}",
    FileReason.NOT_ONE_OF: "must be one of {values}",
    FileReason.EMPTY: "must not be empty",
    FileReason.TOO_LONG: "must be at most {limit} characters",
    FileReason.BELOW_MINIMUM: "must be at least {limit}",
    FileReason.ABOVE_MAXIMUM: "must be at most {limit}",
    FileReason.NOT_ABOVE: "must be more than {limit}",
    FileReason.BLANK: "must not be blank",
    FileReason.NOT_A_DATE_FORM: "must be a date written YYYY-MM-DD",
    FileReason.NOT_AN_ID: "must be an id of lower-case letters, digits and hyphens",
    FileReason.TOO_FEW_ENTRIES: "needs at least {count} {entries}",
    FileReason.TOO_MANY_ENTRIES: "may hold at most {count} entries",
    FileReason.REPEATED_ENTRY: "lists the same entry twice",
    FileReason.EXTRA_ENTRIES: "has too many entries",
    FileReason.NOT_A_REAL_DATE: "{value!r} is not a real date (use YYYY-MM-DD)",
    FileReason.SHARED_CUSTOM_ID: "two custom exercises share an id",
    FileReason.REVIEW_BEFORE_START: "must not be before the start date",
    FileReason.UNKNOWN_EXERCISE: "no exercise has the id {exercise!r}",
    FileReason.LIBRARY_EXERCISE_ID: "{exercise!r} is already a library exercise",
    FileReason.WEEKLY_OVER_DAYS: "asks for {times} times a week on only {days} day(s); "
    "add days or lower it",
    FileReason.CAP_OVER_CEILING: "must be at most {limit} for {dose_field}",
    FileReason.CAP_NOT_ABOVE_START: "must be more than the starting {dose_field} ({start})",
    FileReason.RULE_REPEATED: "{dose_field} already has a rule",
    FileReason.RULE_WITH_FALLING_COUNT: "{dose_field} cannot progress with a falling count "
    "(reps_per_set)",
    FileReason.HOLD_RULE_WITH_PHASES: "hold_s cannot progress with hold_phases",
    FileReason.UNKNOWN_KEYFRAME: "no keyframe of {exercise!r} is named {frame!r} (it has {frames})",
    FileReason.REPS_PER_SET_COUNT: "gives {given} numbers for {sets} sets; give one for each set",
    FileReason.REPS_NOT_FIRST_SET: "must be the first set's count ({first}) when reps_per_set "
    "is given",
    FileReason.HOLD_NOT_PHASES_TOTAL: "must be the phases' total ({total}) when hold_phases is "
    "given, or left out",
    FileReason.PHASES_TOO_LONG: "last {total} s in all; at most {limit} s",
    FileReason.WEEKLY_NOT_ONCE_A_DAY: "goes with times_per_day = 1 (a weekly activity is once "
    "on its day)",
    FileReason.QUESTIONNAIRE_NOT_A_FILE: "not a file",
    FileReason.QUESTIONNAIRE_TOO_BIG: "is larger than {kib} KiB, too big for a questionnaire",
    FileReason.QUESTIONNAIRE_NOT_UTF8: "is not UTF-8 text",
    FileReason.QUESTIONNAIRE_NOT_JSON: "is not valid JSON: {detail} (line {line}, column {column})",
    FileReason.QUESTIONNAIRE_REPEATED_KEY: "the field '{key}' appears twice in one object",
    FileReason.QUESTIONNAIRE_NOT_A_NUMBER: "{name} is not a number a questionnaire can use",
    FileReason.QUESTIONNAIRE_TOO_DEEP: "is nested too deeply to be a questionnaire",
    FileReason.QUESTIONNAIRE_UNUSABLE_VALUE: "holds a value no questionnaire uses ({detail})",
    FileReason.TOO_SHORT: "needs {limit}+ characters",
    FileReason.NOT_A_NAME: "use 2-40 lower-case letters, digits, '_' or '-', starting with a "
    "letter",
    FileReason.NOT_A_VERSION: "use 1-40 letters, digits, '_', '.' or '-', starting with a letter "
    "or digit",
    FileReason.NOT_IN_FORM: "is not in the expected form",
    FileReason.NEEDS_ONE: "at least one {noun} is needed",
    FileReason.NEEDS_SOME: "at least {count_words} {noun} are needed",
    FileReason.AT_MOST_ALLOWED: "at most {count} are allowed",
    FileReason.POINTS_OR_PERCENT: "give points, percent or both",
    FileReason.NOT_ON_ITEM_KIND: "not allowed on a {kind} item",
    FileReason.BUILT_IN_MEASURE_ID: "'{id}' is the name of a built-in measure; choose another",
    FileReason.ID_ALREADY_USED: "'{id}' is already used by {file}",
    FileReason.ITEM_ID_REPEATED: "'{id}' is used by an earlier item",
    FileReason.TOO_FEW_OPTIONS: "at least two options are needed",
    FileReason.CHECKBOX_WITH_OPTIONS: "a checkbox item has no options",
    FileReason.LABEL_REPEATED: "the label '{label}' appears twice",
    FileReason.NO_ITEMS: "at least one item is needed",
    FileReason.COUNT_CHECKED_NEEDS_CHECKBOXES: "'count_checked' needs every item to be a checkbox",
    FileReason.MISSING_NEGATIVE: "cannot be negative",
    FileReason.MISSING_NOT_ALLOWED: "'{method}' cannot allow missing answers; only 'mean' and "
    "'percent_of_max' can",
    FileReason.MISSING_ALL: "{count} would allow every question to be skipped",
    FileReason.PERCENT_NEEDS_RANGE: "'percent_of_max' needs every item to have a range",
    FileReason.RANGE_MIN_NOT_BELOW_MAX: "min must be below max",
    FileReason.RANGE_OUTSIDE_DECLARED: "the items can score {low} to {high}, outside the declared "
    "{min} to {max}",
    FileReason.OTHER: "{detail}",
}


class FileProblem(str):
    """One problem: where in the file (`field`, '' for the file as a whole), why, and the values.

    Its text is the English sentence; `field`, `reason` and `values` are what other
    languages word it from.
    """

    field: str
    reason: FileReason
    values: dict[str, Any]

    def __new__(cls, field: str, reason: FileReason, **values: Any) -> FileProblem:
        words = ENGLISH[reason].format(**values)
        problem = super().__new__(cls, f"{field}: {words}" if field else words)
        problem.field = field
        problem.reason = reason
        problem.values = values
        return problem

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickling (a background task's result) rebuilds the value, not a bare string.
        return (_rebuild, (self.field, self.reason, self.values))


def _rebuild(field: str, reason: FileReason, values: dict[str, Any]) -> FileProblem:
    return FileProblem(field, reason, **values)


def other(text: str) -> FileProblem:
    """A sentence another part wrote ('field: problem' or a whole-file sentence), kept as it is."""
    field, separator, detail = text.partition(": ")
    if separator and " " not in field:
        return FileProblem(field, FileReason.OTHER, detail=detail)
    return FileProblem("", FileReason.OTHER, detail=text)
