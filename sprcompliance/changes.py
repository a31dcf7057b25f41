"""Telling whether an edit changes a row, so unchanged saves write no row and no history."""

from django.db import models


def differs(obj: models.Model, name: str, value) -> bool:
    """Whether putting `value` in field `name` would change `obj`.

    Foreign keys compare by id, so no related row is fetched.
    """
    field = obj._meta.get_field(name)
    if field.many_to_one:
        return getattr(obj, field.attname) != (value.pk if value is not None else None)
    return getattr(obj, name) != value
