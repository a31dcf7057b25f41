"""Suggesting the next reference of a register numbered "PREFIX-NNN" (EV-012, ACT-014)."""

import re

from django.db.models import QuerySet


def next_reference(prefix: str, rows: QuerySet) -> str:
    """The reference after the highest "PREFIX-NNN" among `rows` (any case; other shapes are
    ignored), zero-padded to three digits: one query."""
    pattern = re.compile(rf"^{re.escape(prefix)}(\d+)$", re.IGNORECASE)
    references = rows.filter(reference__istartswith=prefix).values_list("reference", flat=True)
    numbers = [int(match.group(1)) for ref in references if (match := pattern.match(ref))]
    return f"{prefix}{max(numbers, default=0) + 1:03d}"
