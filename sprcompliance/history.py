"""Readable change lists from django-simple-history records.

`changes_of(obj)` reads an object's history in one query (the users and the related objects
its foreign keys named come in the same query) and returns, newest first, who changed what
and when, with each changed field's value before and after in words. Any model with
`history = HistoricalRecords()` can use it.
"""

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from django.db import models
from django.utils import timezone
from django.utils.formats import date_format

# Bookkeeping fields that change on every save and tell a reader nothing.
BOOKKEEPING = frozenset({"version", "created_at", "updated_at"})
ACTIONS = {"+": "Created", "~": "Changed", "-": "Deleted"}
NOT_SET = "Not set"


@dataclass(frozen=True)
class FieldChange:
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class HistoryEntry:
    when: datetime.datetime
    who: str  # empty when no user was recorded (a data load, a command)
    action: str
    reason: str = ""
    changes: list[FieldChange] = field(default_factory=list)


def changes_of(
    obj: models.Model,
    *,
    limit: int = 50,
    exclude: Iterable[str] = BOOKKEEPING,
    labels: Mapping[str, str] | None = None,
) -> list[HistoryEntry]:
    """The object's last `limit` changes, newest first, in one query."""
    history = obj.history.model
    relations = [
        f.name for f in history._meta.fields if f.many_to_one and f.name != "history_relation"
    ]
    # One record more than shown: the oldest shown entry is diffed against it.
    records = list(
        obj.history.select_related(*relations).order_by("-history_date", "-history_id")[: limit + 1]
    )
    return readable_changes(records, limit=limit, exclude=exclude, labels=labels)


def readable_changes(
    records: list,
    *,
    limit: int | None = None,
    exclude: Iterable[str] = BOOKKEEPING,
    labels: Mapping[str, str] | None = None,
) -> list[HistoryEntry]:
    """Entries for history records of one object given newest first (no queries when the
    records' users and foreign keys were fetched with select_related)."""
    excluded = set(exclude)
    labels = labels or {}
    shown = records if limit is None else records[:limit]
    entries = []
    for index, record in enumerate(shown):
        previous = records[index + 1] if index + 1 < len(records) else None
        changes = []
        if previous is not None and record.history_type == "~":
            changes = _field_changes(record, previous, excluded, labels)
        entries.append(
            HistoryEntry(
                when=record.history_date,
                who=str(record.history_user) if record.history_user else "",
                action=ACTIONS.get(record.history_type, "Changed"),
                reason=record.history_change_reason or "",
                changes=changes,
            )
        )
    return entries


def _field_changes(record, previous, excluded: set[str], labels) -> list[FieldChange]:
    tracked = [f.name for f in record.tracked_fields if f.editable and f.name not in excluded]
    delta = record.diff_against(previous, included_fields=tracked)
    order = {name: position for position, name in enumerate(tracked)}
    changes = []
    for change in sorted(delta.changes, key=lambda c: order.get(c.field, len(order))):
        model_field = record._meta.get_field(change.field)
        changes.append(
            FieldChange(
                label=labels.get(change.field) or _label(model_field),
                old=display_value(previous, model_field),
                new=display_value(record, model_field),
            )
        )
    return changes


def _label(model_field) -> str:
    name = str(model_field.verbose_name)
    return name[:1].upper() + name[1:]


def display_value(record, model_field) -> str:
    """A field's value on a record, in words."""
    if model_field.many_to_one:
        if getattr(record, model_field.attname) is None:
            return NOT_SET
        # Historical foreign keys have no database constraint: the row may have gone.
        related = getattr(record, model_field.name, None)
        return str(related) if related is not None else "A deleted record"
    value = getattr(record, model_field.attname)
    if value is None or value == "":
        return NOT_SET
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, datetime.datetime):
        return date_format(timezone.localtime(value), "j F Y, H:i")
    if isinstance(value, datetime.date):
        return date_format(value, "j F Y")
    return str(value)
