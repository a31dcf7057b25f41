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


@contextmanager
def sqlite_triggers_off(connection, tables=None):
    """Drop SQLite's triggers (of `tables`, or all) for the block and create them again after.

    SQLite empties tables with DELETE, which the trigger guarding issued papers refuses;
    PostgreSQL empties them with TRUNCATE, which row triggers do not see, so there it does
    nothing."""
    if connection.vendor != "sqlite":
        yield
        return
    query = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
    params = []
    if tables is not None:
        query += f" AND tbl_name IN ({', '.join(['%s'] * len(tables))})"
        params = list(tables)
    with connection.cursor() as cursor:
        cursor.execute(query, params)
        triggers = cursor.fetchall()
        for name, _sql in triggers:
            cursor.execute(f'DROP TRIGGER "{name}"')
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            for _name, sql in triggers:
                cursor.execute(sql)
