"""Exercise names as people read them: the library's, and those a programme file brought.

A programme file may define exercises of its own (custom exercises); the diary, the sessions
and the exports store only their ids, so every place that shows one asks here for its name.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from companion.domain.exercise import Exercise
from companion.services.data_store import Store
from companion.storage.queries.programmes import programme_documents_oldest_first


def custom_exercise_names(store: Store) -> dict[str, str]:
    """The name of every custom exercise of every stored programme, by id (newest wins)."""
    with store.units.read() as uow:
        documents = programme_documents_oldest_first(uow.session)
    names: dict[str, str] = {}
    for document in documents:
        customs = document.get("custom_exercises") if isinstance(document, Mapping) else None
        for custom in customs if isinstance(customs, list) else ():
            if not isinstance(custom, Mapping):
                continue
            exercise_id, name = custom.get("id"), custom.get("name")
            if isinstance(exercise_id, str) and isinstance(name, str) and name.strip():
                names[exercise_id] = name.strip()
    return names


def exercise_names(store: Store, library: Iterable[Exercise] = ()) -> dict[str, str]:
    """Every exercise name there is to show, by id: the library's and the programmes' own."""
    return {**custom_exercise_names(store), **{exercise.id: exercise.name for exercise in library}}


def with_custom_names(store: Store, names: Mapping[str, str] | None) -> dict[str, str]:
    """`names` (the library's, as the caller has them) with the programmes' own added."""
    return {**custom_exercise_names(store), **(names or {})}
