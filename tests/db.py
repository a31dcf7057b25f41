"""Helpers for tests about the database itself: rows it refuses, every row it holds, and
putting it back as the migrations left it after a test whose writes really committed."""

import hashlib
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import IntegrityError, connections, transaction

PRODUCT_APPS = ("accounts", "threats", "evidence", "assessments", "reports")


def product_models(*, include_auto_created: bool = False) -> list:
    """The models of the product's own apps, history models included."""
    return [
        model
        for label in PRODUCT_APPS
        for model in apps.get_app_config(label).get_models(
            include_auto_created=include_auto_created
        )
    ]


def table_rows(models, *, without: tuple[str, ...] = ()) -> dict[str, list[tuple]]:
    """Every row of each model's table in primary-key order, binary values as bytes, leaving
    out the columns named in `without`."""
    rows = {}
    for model in models:
        names = [f.attname for f in model._meta.concrete_fields if f.attname not in without]
        rows[model._meta.label] = [
            tuple(bytes(v) if isinstance(v, memoryview) else v for v in row)
            for row in model._base_manager.order_by("pk").values_list(*names)
        ]
    return rows


def media_files(root) -> dict[str, str]:
    """The SHA-256 of every file under a media folder, by its path inside it."""
    root = Path(root)
    if not root.exists():
        return {}
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in root.rglob("*")
        if p.is_file()
    }


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


def migrated_rows() -> dict[str, str]:
    """What the migrations put in the database (roles, editions, scales), to put back later."""
    if not Group.objects.exists():
        raise AssertionError(
            "The test database has lost the rows its migrations create: a test flushed it "
            "without restoring them (use serialized rollback)."
        )
    return {
        alias: connections[alias].creation.serialize_db_to_string()
        for alias in connections
        if alias == "default"
    }


def restore_migrated_rows(baseline: dict[str, str]) -> None:
    """Empty the database and load `baseline` (from migrated_rows) again."""
    for alias, contents in baseline.items():
        with sqlite_triggers_off(connections[alias]):
            call_command(
                "flush", database=alias, interactive=False, verbosity=0, inhibit_post_migrate=True
            )
        connection = connections[alias]
        connection.creation.deserialize_db_from_string(contents)
        # The flush reset PostgreSQL's sequences to 1 and the rows came back with their ids,
        # so move each sequence past them, or the next test's new row would clash.
        statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
