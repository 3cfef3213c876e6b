"""What `companion programme validate|import|export` says about programme files.

Worded in the context Cli, like every line of the command line (see cli/words.py).
"""

from __future__ import annotations

from companion.cli.words import iso_day
from companion.reports.wording import Wording
from companion.services.programmes import ProgrammeRejected, RejectedBecause


def programme_rejected(error: ProgrammeRejected, words: Wording) -> str:
    """Why a programme was not imported or exported; nothing changed."""
    texts = {
        RejectedBecause.UNKNOWN_STARTER: words.translate(
            "Cli", "There is no starter programme called '{name}'."
        ),
        RejectedBecause.ALREADY_FOLLOWED: words.translate(
            "Cli", "This programme is already the one you follow; nothing was changed."
        ),
        RejectedBecause.OLDER_FILE: words.translate(
            "Cli",
            "This file is older ({issued}) than the programme from {name} you follow now "
            "({followed}); nothing was changed. Ask your physiotherapist for the newest file.",
        ),
        RejectedBecause.NOTHING_TO_EXPORT: words.translate(
            "Cli",
            "There is no programme to export yet: import one or choose a starter programme.",
        ),
    }
    return texts[error.reason].format(
        name=error.name, issued=iso_day(error.issued), followed=iso_day(error.followed)
    )


def library_unreadable(detail: str, words: Wording) -> str:
    """The app's own exercise library could not be read (a damaged installation)."""
    return words.translate("Cli", "the exercise library could not be read ({detail})").format(
        detail=detail
    )


def not_a_programme(detail: str, words: Wording) -> str:
    """`programme validate` on a file that cannot be used; `detail` lists the problems."""
    return words.translate("Cli", "not a usable programme: {problems}").format(problems=detail)


def nothing_imported(problem: str, words: Wording) -> str:
    """`programme import` refused; `problem` says why."""
    return words.translate("Cli", "nothing was imported: {problem}").format(problem=problem)


def programme_checked(
    file_name: str,
    *,
    title: str,
    author: str,
    exercises: int,
    upgraded_from: int | None,
    words: Wording,
) -> str:
    """`programme validate` on a good file: its title, author, size and format."""
    count = exercises  # a plain name for lupdate
    held = words.translate("Cli", "%n exercise(s)", "", count)
    line = (
        words.translate("Cli", "{file}: ok: '{title}' by {author}, {exercises}").format(
            file=file_name, title=title, author=author, exercises=held
        )
        if author
        else words.translate("Cli", "{file}: ok: '{title}', {exercises}").format(
            file=file_name, title=title, exercises=held
        )
    )
    if upgraded_from is None:
        return line
    return words.translate("Cli", "{checked} (format version {version}, upgraded)").format(
        checked=line, version=upgraded_from
    )


def programme_imported(title: str, replaced: str | None, words: Wording) -> str:
    """The line after `programme import`."""
    if replaced is None:
        return words.translate("Cli", "imported '{title}' as your programme").format(title=title)
    return words.translate(
        "Cli", "imported '{title}' as your programme; it replaces '{replaced}'"
    ).format(title=title, replaced=replaced)
