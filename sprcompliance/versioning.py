"""Versioned updates: an edit is saved only over the version its editor started from, so nobody's
change is lost silently, and an edit that changes nothing writes nothing (no row, no history).

Every editable record carries a `version` that each save moves on; services use these three
steps inside their transaction:

    current = lock_version(Model, pk, expected_version)   # EditConflict when it moved on
    if apply_changes(current, FIELDS, data):
        save_version(current, user)
"""

from collections.abc import Iterable, Mapping

from django.db import models

from sprcompliance.changes import differs
from sprcompliance.exceptions import EditConflict


def parse_version(value: str | None) -> int | None:
    """The version an editor posted, or None for anything that is not one (a None version never
    matches, so saving over it is refused as a conflict, never a crash)."""
    value = (value or "").strip()
    # ASCII digits only: "²" passes str.isdigit(), yet int() refuses it.
    if value.isascii() and value.isdigit() and len(value) < 10:
        return int(value)
    return None


def lock_version(model: type[models.Model], pk: int, expected_version: int | None):
    """The row, locked for this transaction, if it is still at `expected_version`.

    The row lock makes a second concurrent save wait, then see the new version. Raises
    EditConflict when someone saved since the editor opened it.
    """
    current = model.objects.select_for_update().get(pk=pk)
    if current.version != expected_version:
        raise EditConflict(current)
    return current


def apply_changes(current: models.Model, fields: Iterable[str], data: Mapping) -> bool:
    """Copy the fields whose values differ from `data`; False when nothing changed."""
    changed = [name for name in fields if differs(current, name, data[name])]
    for name in changed:
        setattr(current, name, data[name])
    return bool(changed)


def save_version(current, user, *, reason: str | None = None, validate: bool = True):
    """Validate (unless told not to), move to the next version and save, recording who made
    the change and, if given, why."""
    if validate:
        current.full_clean()
    current.version += 1
    current._history_user = user
    if reason is not None:
        current._change_reason = reason
    current.save()
    return current
