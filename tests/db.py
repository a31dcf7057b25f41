"""Helpers for tests that check the database itself refuses bad rows."""

from contextlib import contextmanager

import pytest
from django.db import IntegrityError, transaction


@contextmanager
def refused_by_database(match: str | None = None):
    """The block must fail with an IntegrityError (PostgreSQL aborts the transaction on error,
    so the block runs in its own savepoint and the test can carry on)."""
    with pytest.raises(IntegrityError, match=match), transaction.atomic():
        yield
