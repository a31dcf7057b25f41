"""Stored files that no row names: what a request killed while saving an upload leaves behind.

An upload is written to storage inside the transaction that saves its row, and removed again
if anything fails (evidence/services.py); but a process killed before the commit runs no
clean-up, leaving a file no row names. Such a file is an orphan once it is older than a grace
period: younger ones may belong to an upload whose transaction has not committed yet.

A file named by any row of any model with a file field is kept, history rows included, so a
file an older version of a row names (which backups carry) is never swept.
"""

import datetime
from collections.abc import Iterator
from dataclasses import dataclass

from django.apps import apps
from django.core.files.storage import default_storage
from django.db import models
from django.utils import timezone
from simple_history.exceptions import NotHistoricalModelError
from simple_history.utils import get_history_model_for_model


@dataclass(frozen=True)
class Orphan:
    name: str
    size: int
    modified: datetime.datetime


def named_files() -> set[str]:
    """Every storage name a row of any model holds in a file field, or its history holds."""
    names: set[str] = set()
    for model, column in _file_columns():
        values = model._base_manager.exclude(**{column: ""})
        names.update(values.values_list(column, flat=True).distinct())
    return names


def _file_columns() -> Iterator[tuple[type[models.Model], str]]:
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, models.FileField):
                yield model, field.attname
                history = _history_of(model)
                if history is not None:
                    yield history, field.attname


def _history_of(model) -> type[models.Model] | None:
    # History keeps a file's name as plain text, so it is found through the model it follows.
    try:
        return get_history_model_for_model(model)
    except NotHistoricalModelError:
        return None


def stored_files(folder: str = "") -> Iterator[str]:
    """Every file in storage, by storage name, depth first."""
    folders, files = default_storage.listdir(folder)
    for name in sorted(files):
        yield f"{folder}/{name}" if folder else name
    for sub in sorted(folders):
        yield from stored_files(f"{folder}/{sub}" if folder else sub)


def orphan_files(*, older_than: datetime.timedelta) -> list[Orphan]:
    """Stored files no row names, last written longer ago than `older_than`."""
    if not default_storage.exists(""):
        return []  # no file was ever stored
    cutoff = timezone.now() - older_than
    named = named_files()
    found = []
    for name in stored_files():
        if name in named:
            continue
        modified = default_storage.get_modified_time(name)
        if modified < cutoff:
            found.append(Orphan(name, default_storage.size(name), modified))
    return found


def orphans_remove(orphans: list[Orphan]) -> list[Orphan]:
    """Delete the orphans still unnamed by any row (one may have been claimed since they were
    found); returns those deleted."""
    named = named_files()
    removed = [orphan for orphan in orphans if orphan.name not in named]
    for orphan in removed:
        default_storage.delete(orphan.name)
    return removed
