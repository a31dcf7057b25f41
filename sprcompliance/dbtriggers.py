"""Cross-table invariants as database triggers, for SQLite and PostgreSQL.

Some rules span tables (a period's threat areas come from its edition), which a CHECK
constraint cannot express. These triggers make the database refuse such rows whatever writes
them: a form, the admin, a script or a raw query. Models' clean() methods give users the same
rule as a friendly message first.
"""

from dataclasses import dataclass

from django.db import migrations


@dataclass(frozen=True)
class Invariant:
    name: str
    table: str
    # An SQL condition over NEW (and OLD on update) that is true when the row breaks the rule.
    violation: str
    message: str
    on_insert: bool = True


def _sqlite_statements(rule: Invariant) -> list[str]:
    events = ["INSERT", "UPDATE"] if rule.on_insert else ["UPDATE"]
    message = rule.message.replace("'", "''")
    return [
        f"CREATE TRIGGER {rule.name}_{event.lower()} BEFORE {event} ON {rule.table} "
        f"FOR EACH ROW WHEN ({rule.violation}) "
        f"BEGIN SELECT RAISE(ABORT, '{message}'); END;"
        for event in events
    ]


def _postgresql_statements(rule: Invariant) -> list[str]:
    events = "INSERT OR UPDATE" if rule.on_insert else "UPDATE"
    message = rule.message.replace("'", "''")
    # OLD is not assigned on INSERT in PL/pgSQL, so update-only rules get their own trigger.
    return [
        f"CREATE FUNCTION {rule.name}_fn() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN IF ({rule.violation}) THEN "
        f"RAISE EXCEPTION '{message}' USING ERRCODE = 'check_violation'; "
        f"END IF; RETURN NEW; END $$;",
        f"CREATE TRIGGER {rule.name} BEFORE {events} ON {rule.table} "
        f"FOR EACH ROW EXECUTE FUNCTION {rule.name}_fn();",
    ]


def _drop_statements(rule: Invariant, vendor: str) -> list[str]:
    if vendor == "postgresql":
        return [
            f"DROP TRIGGER IF EXISTS {rule.name} ON {rule.table};",
            f"DROP FUNCTION IF EXISTS {rule.name}_fn();",
        ]
    events = ["insert", "update"] if rule.on_insert else ["update"]
    return [f"DROP TRIGGER IF EXISTS {rule.name}_{event};" for event in events]


def _run(statements_for):
    def run(apps, schema_editor):
        vendor = schema_editor.connection.vendor
        if vendor not in ("sqlite", "postgresql"):
            raise NotImplementedError(f"No invariant triggers written for {vendor}.")
        for statement in statements_for(vendor):
            schema_editor.execute(statement, params=None)

    return run


def install_invariants(*rules: Invariant) -> migrations.RunPython:
    def create(vendor):
        build = _postgresql_statements if vendor == "postgresql" else _sqlite_statements
        return [statement for rule in rules for statement in build(rule)]

    def drop(vendor):
        return [statement for rule in rules for statement in _drop_statements(rule, vendor)]

    return migrations.RunPython(_run(create), _run(drop), elidable=False)


def install_immutable(table: str, message: str) -> migrations.RunPython:
    """Refuse every UPDATE and DELETE of a table's rows: for records that must never change."""
    name = f"{table}_immutable"
    escaped = message.replace("'", "''")

    def create(vendor):
        if vendor == "postgresql":
            return [
                f"CREATE FUNCTION {name}_fn() RETURNS trigger LANGUAGE plpgsql AS $$ "
                f"BEGIN RAISE EXCEPTION '{escaped}' "
                f"USING ERRCODE = 'integrity_constraint_violation'; END $$;",
                f"CREATE TRIGGER {name} BEFORE UPDATE OR DELETE ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION {name}_fn();",
            ]
        return [
            f"CREATE TRIGGER {name}_{event.lower()} BEFORE {event} ON {table} "
            f"FOR EACH ROW BEGIN SELECT RAISE(ABORT, '{escaped}'); END;"
            for event in ("UPDATE", "DELETE")
        ]

    def drop(vendor):
        if vendor == "postgresql":
            return [
                f"DROP TRIGGER IF EXISTS {name} ON {table};",
                f"DROP FUNCTION IF EXISTS {name}_fn();",
            ]
        return [f"DROP TRIGGER IF EXISTS {name}_{event};" for event in ("update", "delete")]

    return migrations.RunPython(_run(create), _run(drop), elidable=False)
