"""Settings for the test suite: production settings (DJANGO_DEBUG off) with a test-only key.

DATABASE_URL picks the database as it does for the application, so the same suite runs on
SQLite (the default) and on PostgreSQL.
"""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "tests-only-" + "not-a-secret-" * 5)
os.environ.setdefault("BACKUP_SIGNING_KEY", "tests-only-backup-signing-key-" + "x" * 10)
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("DJANGO_SECURE_COOKIES", "0")

from sprcompliance.settings import *  # noqa: E402, F403
from sprcompliance.settings import STORAGES  # noqa: E402

# Manifest storage needs collectstatic; tests serve static files from the source folders.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Hashing strength is not under test, and Argon2 would slow every sign-in in the suite.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Serve static files from the source folders, as in development (no collectstatic in tests).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
