"""Settings for the benchmarks: the production settings, plus a bench-only URLconf.

The environment is set by bench/pages.py before Django starts: DJANGO_DEBUG off, a generated
secret key, the bench database. Static files are served from the source folders (no
collectstatic), and the URLconf adds a trivial view as the floor every page is compared with.
"""

from sprcompliance.settings import *  # noqa: F403
from sprcompliance.settings import STORAGES

ROOT_URLCONF = "bench.urls"
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Every force_login is a sign-in to the security log: thousands of lines that say nothing here.
LOGGING = {
    **LOGGING,  # noqa: F405
    "loggers": {
        **LOGGING["loggers"],  # noqa: F405
        "sprcompliance.security": {"level": "WARNING"},
    },
}
