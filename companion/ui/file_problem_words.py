"""Problems in programme and questionnaire files in the app's language, with tr().

domain.file_problems keeps each problem as a field, a reason and values; the English there is
for logs. These are the same sentences for the screen, so a German user reads German.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.domain.file_problems import FileProblem, FileReason

translate = QCoreApplication.translate


def _texts() -> dict[FileReason, str]:
    return {
        **_reading_texts(),
        **_field_texts(),
        **_programme_texts(),
        **_questionnaire_file_texts(),
        **_questionnaire_texts(),
    }


def _reading_texts() -> dict[FileReason, str]:
    """Why the file could not be read as JSON at all, or is not this kind of file."""
    return {
        FileReason.NOT_A_FILE: translate("FileProblem", "is not a file"),
        FileReason.TOO_BIG: translate(
            "FileProblem", "is larger than {kib} KiB, too big for a programme file"
        ),
        FileReason.UNREADABLE: translate("FileProblem", "could not be read ({detail})"),
        FileReason.NOT_UTF8: translate(
            "FileProblem", "is not a programme file (it is not UTF-8 JSON text)"
        ),
        FileReason.NOT_JSON: translate(
            "FileProblem",
            "is not a programme file: not valid JSON ({detail}, line {line}, column {column})",
        ),
        FileReason.TOO_DEEP: translate("FileProblem", "is nested too deeply to be a programme"),
        FileReason.UNUSABLE_VALUE: translate(
            "FileProblem", "holds a value no programme uses ({detail})"
        ),
        FileReason.NOT_A_NUMBER: translate(
            "FileProblem", "{name} is not a number a programme can use"
        ),
        FileReason.REPEATED_KEY: translate("FileProblem", "appears twice in one object"),
        FileReason.NUMBER_TOO_LONG: translate(
            "FileProblem", "is a number of {digits} digits, too long for any field"
        ),
        FileReason.NOT_TEXT: translate(
            "FileProblem", "holds a character that is not text (a lone surrogate)"
        ),
        FileReason.FIELD_NAME_NOT_TEXT: translate(
            "FileProblem", "a field name holds a character that is not text (a lone surrogate)"
        ),
        FileReason.NOT_AN_OBJECT: translate("FileProblem", "must be a JSON object ({{...}})"),
        FileReason.WRONG_FORMAT: translate(
            "FileProblem", 'must be "{expected}" (this is not a Sciatica Companion programme)'
        ),
        FileReason.VERSION_NOT_WHOLE: translate("FileProblem", "must be a whole number"),
        FileReason.VERSION_TOO_NEW: translate(
            "FileProblem",
            "{version} is newer than this app can read (up to {newest}); update Sciatica "
            "Companion to open it",
        ),
        FileReason.VERSION_UNKNOWN: translate("FileProblem", "{version} is not a known version"),
    }


def _field_texts() -> dict[FileReason, str]:
    """What is wrong with one field's value."""
    return {
        FileReason.REQUIRED: translate("FileProblem", "is required"),
        FileReason.UNKNOWN_FIELD: translate("FileProblem", "unknown field"),
        FileReason.WRONG_TYPE: translate("FileProblem", "must be {type_words}"),
        FileReason.NOT_CONST: translate("FileProblem", "must be {value}"),
        FileReason.NOT_ONE_OF: translate("FileProblem", "must be one of {values}"),
        FileReason.EMPTY: translate("FileProblem", "must not be empty"),
        FileReason.TOO_LONG: translate("FileProblem", "must be at most {limit} characters"),
        FileReason.BELOW_MINIMUM: translate("FileProblem", "must be at least {limit}"),
        FileReason.ABOVE_MAXIMUM: translate("FileProblem", "must be at most {limit}"),
        FileReason.NOT_ABOVE: translate("FileProblem", "must be more than {limit}"),
        FileReason.BLANK: translate("FileProblem", "must not be blank"),
        FileReason.NOT_A_DATE_FORM: translate("FileProblem", "must be a date written YYYY-MM-DD"),
        FileReason.NOT_AN_ID: translate(
            "FileProblem", "must be an id of lower-case letters, digits and hyphens"
        ),
        FileReason.TOO_FEW_ENTRIES: translate("FileProblem", "needs at least {count} entries"),
        FileReason.TOO_MANY_ENTRIES: translate("FileProblem", "may hold at most {count} entries"),
        FileReason.REPEATED_ENTRY: translate("FileProblem", "lists the same entry twice"),
        FileReason.EXTRA_ENTRIES: translate("FileProblem", "has too many entries"),
        FileReason.NOT_A_REAL_DATE: translate(
            "FileProblem", "'{value}' is not a real date (use YYYY-MM-DD)"
        ),
    }


def _programme_texts() -> dict[FileReason, str]:
    """What is wrong with the programme as a whole: its exercises, doses and progression."""
    return {
        FileReason.SHARED_CUSTOM_ID: translate("FileProblem", "two custom exercises share an id"),
        FileReason.REVIEW_BEFORE_START: translate(
            "FileProblem", "must not be before the start date"
        ),
        FileReason.UNKNOWN_EXERCISE: translate(
            "FileProblem", "no exercise has the id '{exercise}'"
        ),
        FileReason.LIBRARY_EXERCISE_ID: translate(
            "FileProblem", "'{exercise}' is already a library exercise"
        ),
        FileReason.CAP_OVER_CEILING: translate(
            "FileProblem", "must be at most {limit} for {dose_field}"
        ),
        FileReason.CAP_NOT_ABOVE_START: translate(
            "FileProblem", "must be more than the starting {dose_field} ({start})"
        ),
        FileReason.RULE_REPEATED: translate("FileProblem", "{dose_field} already has a rule"),
        FileReason.RULE_WITH_FALLING_COUNT: translate(
            "FileProblem", "{dose_field} cannot progress with a falling count (reps_per_set)"
        ),
        FileReason.HOLD_RULE_WITH_PHASES: translate(
            "FileProblem", "hold_s cannot progress with hold_phases"
        ),
        FileReason.UNKNOWN_KEYFRAME: translate(
            "FileProblem", "no keyframe of '{exercise}' is named '{frame}' (it has {frames})"
        ),
        FileReason.REPS_PER_SET_COUNT: translate(
            "FileProblem", "gives {given} numbers for {sets} sets; give one for each set"
        ),
        FileReason.REPS_NOT_FIRST_SET: translate(
            "FileProblem", "must be the first set's count ({first}) when reps_per_set is given"
        ),
        FileReason.HOLD_NOT_PHASES_TOTAL: translate(
            "FileProblem",
            "must be the phases' total ({total}) when hold_phases is given, or left out",
        ),
        FileReason.PHASES_TOO_LONG: translate(
            "FileProblem", "last {total} s in all; at most {limit} s"
        ),
        FileReason.WEEKLY_NOT_ONCE_A_DAY: translate(
            "FileProblem", "goes with times_per_day = 1 (a weekly activity is once on its day)"
        ),
    }


def _questionnaire_file_texts() -> dict[FileReason, str]:
    """Why a questionnaire file could not be read, or what its schema finds wrong."""
    return {
        FileReason.QUESTIONNAIRE_NOT_A_FILE: translate("FileProblem", "not a file"),
        FileReason.QUESTIONNAIRE_TOO_BIG: translate(
            "FileProblem", "is larger than {kib} KiB, too big for a questionnaire"
        ),
        FileReason.QUESTIONNAIRE_NOT_UTF8: translate("FileProblem", "is not UTF-8 text"),
        FileReason.QUESTIONNAIRE_NOT_JSON: translate(
            "FileProblem", "is not valid JSON: {detail} (line {line}, column {column})"
        ),
        FileReason.QUESTIONNAIRE_REPEATED_KEY: translate(
            "FileProblem", "the field '{key}' appears twice in one object"
        ),
        FileReason.QUESTIONNAIRE_NOT_A_NUMBER: translate(
            "FileProblem", "{name} is not a number a questionnaire can use"
        ),
        FileReason.QUESTIONNAIRE_TOO_DEEP: translate(
            "FileProblem", "is nested too deeply to be a questionnaire"
        ),
        FileReason.QUESTIONNAIRE_UNUSABLE_VALUE: translate(
            "FileProblem", "holds a value no questionnaire uses ({detail})"
        ),
        FileReason.TOO_SHORT: translate("FileProblem", "needs {limit}+ characters"),
        FileReason.NOT_A_NAME: translate(
            "FileProblem", "use 2-40 lower-case letters, digits, '_' or '-', starting with a letter"
        ),
        FileReason.NOT_A_VERSION: translate(
            "FileProblem",
            "use 1-40 letters, digits, '_', '.' or '-', starting with a letter or digit",
        ),
        FileReason.NOT_IN_FORM: translate("FileProblem", "is not in the expected form"),
        FileReason.NEEDS_ONE: translate("FileProblem", "at least one {noun} is needed"),
        FileReason.NEEDS_SOME: translate("FileProblem", "at least {count_words} {noun} are needed"),
        FileReason.AT_MOST_ALLOWED: translate("FileProblem", "at most {count} are allowed"),
        FileReason.POINTS_OR_PERCENT: translate("FileProblem", "give points, percent or both"),
        FileReason.NOT_ON_ITEM_KIND: translate("FileProblem", "not allowed on a {kind} item"),
    }


def _questionnaire_texts() -> dict[FileReason, str]:
    """What does not hold together in a questionnaire: its ids, items and scoring."""
    return {
        FileReason.BUILT_IN_MEASURE_ID: translate(
            "FileProblem", "'{id}' is the name of a built-in measure; choose another"
        ),
        FileReason.ID_ALREADY_USED: translate("FileProblem", "'{id}' is already used by {file}"),
        FileReason.ITEM_ID_REPEATED: translate("FileProblem", "'{id}' is used by an earlier item"),
        FileReason.TOO_FEW_OPTIONS: translate("FileProblem", "at least two options are needed"),
        FileReason.CHECKBOX_WITH_OPTIONS: translate(
            "FileProblem", "a checkbox item has no options"
        ),
        FileReason.LABEL_REPEATED: translate("FileProblem", "the label '{label}' appears twice"),
        FileReason.NO_ITEMS: translate("FileProblem", "at least one item is needed"),
        FileReason.COUNT_CHECKED_NEEDS_CHECKBOXES: translate(
            "FileProblem", "'count_checked' needs every item to be a checkbox"
        ),
        FileReason.MISSING_NEGATIVE: translate("FileProblem", "cannot be negative"),
        FileReason.MISSING_NOT_ALLOWED: translate(
            "FileProblem",
            "'{method}' cannot allow missing answers; only 'mean' and 'percent_of_max' can",
        ),
        FileReason.MISSING_ALL: translate(
            "FileProblem", "{count} would allow every question to be skipped"
        ),
        FileReason.PERCENT_NEEDS_RANGE: translate(
            "FileProblem", "'percent_of_max' needs every item to have a range"
        ),
        FileReason.RANGE_MIN_NOT_BELOW_MAX: translate("FileProblem", "min must be below max"),
        FileReason.RANGE_OUTSIDE_DECLARED: translate(
            "FileProblem",
            "the items can score {low} to {high}, outside the declared {min} to {max}",
        ),
    }


def _count_words() -> dict[int, str]:
    """The numbers a questionnaire's "at least two options" spells out."""
    return {
        2: translate("FileProblem", "two"),
        3: translate("FileProblem", "three"),
        4: translate("FileProblem", "four"),
        5: translate("FileProblem", "five"),
        6: translate("FileProblem", "six"),
        7: translate("FileProblem", "seven"),
        8: translate("FileProblem", "eight"),
        9: translate("FileProblem", "nine"),
    }


def _type_words() -> dict[str, str]:
    return {
        "string": translate("FileProblem", "text"),
        "integer": translate("FileProblem", "a whole number"),
        "number": translate("FileProblem", "a number"),
        "boolean": translate("FileProblem", "true or false"),
        "object": translate("FileProblem", "an object ({...})"),
        "array": translate("FileProblem", "a list ([...])"),
    }


def reason_text(problem: str) -> str:
    """What is wrong, without the field (the editor names the field its own way)."""
    if not isinstance(problem, FileProblem):
        return problem.partition(": ")[2] or problem
    values = dict(problem.values)
    if problem.reason is FileReason.OTHER:
        return str(values.get("detail", ""))
    if problem.reason is FileReason.WRONG_TYPE:
        values["type_words"] = _type_words().get(str(values.get("type")), values["type_words"])
    if problem.reason is FileReason.NEEDS_SOME:
        count = int(values["count"])
        values["count_words"] = _count_words().get(count, values["count_words"])
    if problem.reason is FileReason.TOO_FEW_ENTRIES and values.get("count") == 1:
        return translate("FileProblem", "needs at least 1 entry")
    if problem.reason is FileReason.WEEKLY_OVER_DAYS:
        days = int(values["days"])
        return translate(
            "FileProblem",
            "asks for {times} times a week on only %n day(s); add days or lower it",
            "",
            days,
        ).format(**values)
    return _texts()[problem.reason].format(**values)


def file_problem_text(problem: str) -> str:
    """The whole problem: where in the file (as the file names it) and what is wrong."""
    if not isinstance(problem, FileProblem):
        return problem
    words = reason_text(problem)
    return f"{problem.field}: {words}" if problem.field else words
