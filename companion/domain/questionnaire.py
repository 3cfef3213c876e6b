"""A questionnaire a clinic adds under its own licence: items, scoring rule and score range.

The app ships no licensed wording; these objects are built from a clinic's file by
companion.content.questionnaires. Scoring is plain arithmetic over declared option scores:
nothing in a file is ever evaluated.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from dataclasses import dataclass

from companion.domain.file_problems import FileProblem, FileReason
from companion.domain.measures import ChangeThreshold, Measure


class QuestionnaireError(ValueError):
    """A questionnaire or a response that does not hold together; each problem names its field."""

    def __init__(self, *problems: str) -> None:
        super().__init__("; ".join(problems))
        self.problems: tuple[str, ...] = problems


class ScoringMethod(enum.StrEnum):
    """How item scores become one score."""

    SUM = "sum"
    MEAN = "mean"  # of the answered items
    COUNT_CHECKED = "count_checked"  # ticked boxes, as in checklist questionnaires
    PERCENT_OF_MAX = "percent_of_max"  # of what the answered items could score, as in the ODI


class ItemKind(enum.StrEnum):
    """How an item is answered."""

    CHOICE = "choice"  # pick one option
    CHECKBOX = "checkbox"  # tick if it applies; unticked is an answer, not a gap


@dataclass(frozen=True)
class ResponseOption:
    """One answer to a choice item and the score it carries."""

    label: str
    score: float


@dataclass(frozen=True)
class QuestionnaireItem:
    """One question: its wording, and its options or the score of its ticked box."""

    id: str
    text: str
    kind: ItemKind
    options: tuple[ResponseOption, ...] = ()
    checked_score: float = 1.0  # checkbox only

    @property
    def min_score(self) -> float:
        """The lowest score the item can give."""
        if self.kind is ItemKind.CHECKBOX:
            return min(0.0, self.checked_score)
        return min(o.score for o in self.options)

    @property
    def max_score(self) -> float:
        """The highest score the item can give."""
        if self.kind is ItemKind.CHECKBOX:
            return max(0.0, self.checked_score)
        return max(o.score for o in self.options)

    def score(self, answer: int | bool) -> float:
        """The score of one answer: an option's position for a choice, True/False for a box."""
        if self.kind is ItemKind.CHECKBOX:
            if not isinstance(answer, bool):
                raise QuestionnaireError(f"{self.id}: a tick box is answered True or False")
            return self.checked_score if answer else 0.0
        if isinstance(answer, bool) or not isinstance(answer, int):
            raise QuestionnaireError(f"{self.id}: answer with the number of an option")
        if not 0 <= answer < len(self.options):
            raise QuestionnaireError(
                f"{self.id}: option {answer} does not exist (there are {len(self.options)})"
            )
        return self.options[answer].score


@dataclass(frozen=True)
class ScoringRule:
    """The scoring method and how many choice items may be left unanswered."""

    method: ScoringMethod
    max_missing: int = 0


@dataclass(frozen=True)
class Questionnaire:
    """A licensed instrument added by a clinic, ready to ask and to score."""

    id: str
    title: str
    version: str
    licence: str  # shown with the questionnaire; required so a clinic states its right to use it
    items: tuple[QuestionnaireItem, ...]
    scoring: ScoringRule
    score_min: float
    score_max: float
    higher_is_worse: bool
    recall_period: str | None = None
    instructions: str | None = None
    threshold: ChangeThreshold | None = None
    due_interval_days: int | None = None

    def __post_init__(self) -> None:
        problems = self.problems()
        if problems:
            raise QuestionnaireError(*problems)

    def problems(self) -> list[FileProblem]:
        """Every way the parts disagree with each other, named by field."""
        found: list[FileProblem] = []
        seen: set[str] = set()
        for index, item in enumerate(self.items):
            where = f"items[{index}]"
            if item.id in seen:
                found.append(FileProblem(f"{where}.id", FileReason.ITEM_ID_REPEATED, id=item.id))
            seen.add(item.id)
            if item.kind is ItemKind.CHOICE and len(item.options) < 2:
                found.append(FileProblem(f"{where}.options", FileReason.TOO_FEW_OPTIONS))
            if item.kind is ItemKind.CHECKBOX and item.options:
                found.append(FileProblem(f"{where}.options", FileReason.CHECKBOX_WITH_OPTIONS))
            labels = [o.label for o in item.options]
            for repeated in sorted({label for label in labels if labels.count(label) > 1}):
                found.append(
                    FileProblem(f"{where}.options", FileReason.LABEL_REPEATED, label=repeated)
                )
            for o_index, option in enumerate(item.options):
                if not math.isfinite(option.score):
                    found.append(
                        FileProblem(
                            f"{where}.options[{o_index}].score",
                            FileReason.WRONG_TYPE,
                            type="number",
                            type_words="a number",
                        )
                    )
        if not self.items:
            found.append(FileProblem("items", FileReason.NO_ITEMS))
        if found:
            return found  # the range checks below need well-formed items
        found.extend(self._scoring_problems())
        return found

    def _scoring_problems(self) -> list[FileProblem]:
        found: list[FileProblem] = []
        method = self.scoring.method
        choices = sum(item.kind is ItemKind.CHOICE for item in self.items)
        if method is ScoringMethod.COUNT_CHECKED and choices:
            found.append(FileProblem("scoring.method", FileReason.COUNT_CHECKED_NEEDS_CHECKBOXES))
        if self.scoring.max_missing < 0:
            found.append(FileProblem("scoring.max_missing", FileReason.MISSING_NEGATIVE))
        elif self.scoring.max_missing and method not in (
            ScoringMethod.MEAN,
            ScoringMethod.PERCENT_OF_MAX,
        ):
            found.append(
                FileProblem(
                    "scoring.max_missing", FileReason.MISSING_NOT_ALLOWED, method=str(method)
                )
            )
        elif self.scoring.max_missing >= max(choices, 1):
            found.append(
                FileProblem(
                    "scoring.max_missing", FileReason.MISSING_ALL, count=self.scoring.max_missing
                )
            )
        if method is ScoringMethod.PERCENT_OF_MAX and any(
            item.max_score <= item.min_score for item in self.items
        ):
            found.append(FileProblem("scoring.method", FileReason.PERCENT_NEEDS_RANGE))
        if not self.score_min < self.score_max:
            found.append(FileProblem("score_range", FileReason.RANGE_MIN_NOT_BELOW_MAX))
            return found
        low, high = self.attainable_range()
        if low < self.score_min or high > self.score_max:
            found.append(
                FileProblem(
                    "score_range",
                    FileReason.RANGE_OUTSIDE_DECLARED,
                    low=_number(low),
                    high=_number(high),
                    min=_number(self.score_min),
                    max=_number(self.score_max),
                )
            )
        return found

    def attainable_range(self) -> tuple[float, float]:
        """The lowest and highest score the items and the scoring method allow."""
        method = self.scoring.method
        if method is ScoringMethod.COUNT_CHECKED:
            return 0.0, float(len(self.items))
        if method is ScoringMethod.PERCENT_OF_MAX:
            return 0.0, 100.0
        if method is ScoringMethod.MEAN:
            return (
                min(item.min_score for item in self.items),
                max(item.max_score for item in self.items),
            )
        return (
            sum(item.min_score for item in self.items),
            sum(item.max_score for item in self.items),
        )

    def score(self, responses: Mapping[str, int | bool | None]) -> float:
        """Score a response: item id -> option position (choice) or True/False (checkbox).

        A missing or None answer to a choice item counts against `max_missing`; a checkbox
        left out is unticked.
        """
        by_id = {item.id: item for item in self.items}
        unknown = sorted(str(key) for key in responses if key not in by_id)
        if unknown:
            raise QuestionnaireError(f"{self.id}: unknown item(s) {', '.join(unknown)}")
        answered: list[tuple[QuestionnaireItem, int | bool, float]] = []
        missing: list[str] = []
        for item in self.items:
            answer = responses.get(item.id)
            if answer is None and item.kind is ItemKind.CHECKBOX:
                answer = False
            if answer is None:
                missing.append(item.id)
            else:
                answered.append((item, answer, item.score(answer)))
        if len(missing) > self.scoring.max_missing:
            allowed = self.scoring.max_missing
            raise QuestionnaireError(
                f"{self.id}: {len(missing)} question(s) unanswered ({', '.join(missing)}); "
                f"at most {allowed} may be left out"
            )
        method = self.scoring.method
        if method is ScoringMethod.COUNT_CHECKED:
            return float(sum(answer is True for _, answer, _ in answered))
        if method is ScoringMethod.SUM:
            return float(sum(score for _, _, score in answered))
        if method is ScoringMethod.MEAN:
            return sum(score for _, _, score in answered) / len(answered)
        # ODI style: the denominator shrinks with each skipped section.
        gained = sum(score - item.min_score for item, _, score in answered)
        possible = sum(item.max_score - item.min_score for item, _, _ in answered)
        return gained / possible * 100

    def as_measure(self) -> Measure:
        """This questionnaire as a measure, for change from baseline, charts and due dates."""
        return Measure(
            id=self.id,
            name=f"{self.title} score",
            low=self.score_min,
            high=self.score_max,
            higher_is_worse=self.higher_is_worse,
            threshold=self.threshold,
            due_interval_days=self.due_interval_days,
        )


def _number(value: float) -> str:
    return str(round(value)) if float(value).is_integer() else f"{value:g}"
