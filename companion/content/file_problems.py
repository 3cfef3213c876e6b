"""A problem in a file from outside, as a value: kept in companion.domain.file_problems.

The value lives in the domain because a questionnaire checks its own parts there
(Questionnaire.problems()); the loaders here and their callers import it from either place.
"""

from __future__ import annotations

from companion.domain.file_problems import ENGLISH, FileProblem, FileReason, other

__all__ = ["ENGLISH", "FileProblem", "FileReason", "other"]
