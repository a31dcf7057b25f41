"""Reading settings from the environment, with clear errors for unsafe production values."""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in TRUE_WORDS:
        return True
    if value in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(
        f"{name} must be one of 1/0, true/false, yes/no or on/off; got {raw!r}."
    )


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return list(default or [])
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_int(name: str, default: int, minimum: int | None = None) -> int:
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number; got {raw!r}.") from None
    if minimum is not None and value < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}; got {value}.")
    return value


def require_in_production(name: str, value, debug: bool):
    """Refuse to start in production (debug off) without a value the demo may default."""
    if not debug and not value:
        raise ImproperlyConfigured(
            f"{name} must be set when DJANGO_DEBUG is off. "
            f"Set it in the environment, or set DJANGO_DEBUG=1 for a local demo."
        )
    return value


def owner_only_sqlite_file(name) -> None:
    """Create a missing SQLite database file readable by its owner only.

    SQLite creates a database with the umask's permissions (typically 0644) and gives its
    journal files the database file's own, so creating the empty file first, 0600, keeps the
    data, password hashes included, from other users of the machine. An existing file is left
    as it is (see the README for tightening one)."""
    name = str(name)
    if not name or name == ":memory:" or name.startswith("file:"):
        return
    path = Path(name)
    if path.parent.is_dir() and not path.exists():
        # Without O_TRUNC: a file another process made meanwhile is opened and left alone.
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
