"""Settings for the SPR compliance tracker.

Everything that differs between a laptop demo and a production deployment comes from the
environment (see the configuration table in README.md). With DJANGO_DEBUG off, which is the
default, start-up refuses a missing or unsafe secret key and missing allowed hosts.
"""

import hashlib
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

from sprcompliance.env import (
    env_bool,
    env_int,
    env_list,
    owner_only_sqlite_file,
    require_in_production,
)

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = BASE_DIR / "data"

DEBUG = env_bool("DJANGO_DEBUG", default=False)

# Only ever used with DEBUG on: a laptop demo must start with no configuration at all.
DEMO_SECRET_KEY = "local-demo-only-insecure-key-never-use-in-production-9f2c41d07b"
SECRET_KEY = require_in_production(
    "DJANGO_SECRET_KEY",
    os.environ.get("DJANGO_SECRET_KEY") or (DEMO_SECRET_KEY if DEBUG else ""),
    DEBUG,
)
if not DEBUG and (SECRET_KEY == DEMO_SECRET_KEY or len(SECRET_KEY) < 50):
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is unsafe for production: use a random value of at least 50 "
        "characters, for example the output of "
        "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`."
    )

# Backups are signed with this key (HMAC) and a restore checks the signature, so a backup
# edited since it was made is refused. The demo derives one from its secret key; production
# needs its own, kept apart from the secret key so the servers that restore a backup can hold
# it without being able to forge sessions. Only export_backup and import_backup need it, and
# they refuse to run without it.
BACKUP_SIGNING_KEY = os.environ.get("BACKUP_SIGNING_KEY") or (
    hashlib.sha256(b"sprcompliance backup signing key:" + SECRET_KEY.encode()).hexdigest()
    if DEBUG
    else ""
)
if (
    not DEBUG
    and BACKUP_SIGNING_KEY
    and (len(BACKUP_SIGNING_KEY) < 32 or BACKUP_SIGNING_KEY == SECRET_KEY)
):
    raise ImproperlyConfigured(
        "BACKUP_SIGNING_KEY is unsafe for production: use a random value of at least 32 "
        "characters, different from DJANGO_SECRET_KEY."
    )

ALLOWED_HOSTS = require_in_production(
    "DJANGO_ALLOWED_HOSTS",
    env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"] if DEBUG else []),
    DEBUG,
)
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "crispy_forms",
    "crispy_forms_gds",
    "django_filters",
    "simple_history",
    "axes",
    "sprcompliance",
    "accounts",
    "threats",
    "evidence",
    "assessments",
    "reports",
    "demo",
    "backup",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions: the health check must not read one from the database it checks.
    "sprcompliance.views.HealthCheckMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Wraps everything after it, so that every answer to a signed-in user is marked no-store.
    "accounts.caching.PrivateResponsesNotStoredMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After authentication and messages: ends idle, too-old and deactivated users' sessions.
    "accounts.sessions.SessionTimeoutMiddleware",
    "accounts.security.PermissionDeniedLogMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "sprcompliance.urls"
WSGI_APPLICATION = "sprcompliance.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "accounts.context_processors.service",
            ],
        },
    },
]

# Database: an SQLite file in the git-ignored data folder unless DATABASE_URL says otherwise.
DEFAULT_DATABASE_URL = f"sqlite:///{DATA_DIR / 'sprcompliance.sqlite3'}"
DATABASE_URL = os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL
try:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
except ValueError as error:
    raise ImproperlyConfigured(f"DATABASE_URL could not be read: {error}") from None
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    if DATABASE_URL == DEFAULT_DATABASE_URL:
        DATA_DIR.mkdir(mode=0o700, exist_ok=True)
    owner_only_sqlite_file(DATABASES["default"]["NAME"])
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        # WAL lets readers carry on while one writer saves; IMMEDIATE takes the write lock at
        # the start of a transaction so two saves queue instead of failing with "locked".
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
else:
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # First: refuses a sign-in while its username and address are locked out.
    "accounts.backends.LockoutBackend",
    "accounts.backends.ForceAwareBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "accounts.passwords.PredictablePasswordValidator"},
]

# Sign-in throttling (django-axes). A lockout holds one username from one client address, so
# a colleague in the same office, or the same person elsewhere, can still sign in; and
# guessing many usernames from one address meets the limit for each of them.
LOGIN_FAILURE_LIMIT = env_int("DJANGO_LOGIN_FAILURE_LIMIT", 5, minimum=1)
LOGIN_COOLOFF_MINUTES = env_int("DJANGO_LOGIN_COOLOFF_MINUTES", 15, minimum=1)
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = timedelta(minutes=LOGIN_COOLOFF_MINUTES)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# A fixed cool-off from the lockout, so the page can say how long to wait.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
AXES_CLIENT_IP_CALLABLE = "accounts.clientip.client_ip"
# Sign-ins and failures are logged by accounts.security; failed attempts stay in the
# database only while they count towards a lockout. Lockouts end by themselves after the
# cool-off, or at once with `manage.py axes_reset_username USERNAME`.
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ADMIN = False
# How many reverse proxies that append to X-Forwarded-For stand in front of the application.
# 0 (the default) trusts no header and uses the connection's address (REMOTE_ADDR).
TRUSTED_PROXY_COUNT = env_int("DJANGO_TRUSTED_PROXY_COUNT", 0, minimum=0)

# Sessions end after this long without a request, and this long after signing in, whatever
# the activity (enforced on the server by accounts.sessions.SessionTimeoutMiddleware).
SESSION_IDLE_TIMEOUT = timedelta(minutes=env_int("DJANGO_SESSION_IDLE_MINUTES", 30, minimum=1))
SESSION_MAX_AGE = timedelta(hours=env_int("DJANGO_SESSION_MAX_HOURS", 10, minimum=1))
if SESSION_IDLE_TIMEOUT > SESSION_MAX_AGE:
    raise ImproperlyConfigured(
        "DJANGO_SESSION_IDLE_MINUTES must not be longer than DJANGO_SESSION_MAX_HOURS."
    )

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT") or BASE_DIR / "staticfiles")
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT") or DATA_DIR / "media")
# Uploaded evidence is never served from a public URL: downloads go through a view that checks
# the user's force and role, so no URL pattern serves MEDIA_ROOT.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

CRISPY_ALLOWED_TEMPLATE_PACKS = ["gds"]
CRISPY_TEMPLATE_PACK = "gds"

SERVICE_NAME = "SPR compliance tracker"

# Largest evidence file accepted (also limit request bodies in the proxy in front).
EVIDENCE_MAX_UPLOAD_BYTES = env_int("EVIDENCE_MAX_UPLOAD_BYTES", 25 * 1024 * 1024)
# Largest total of the files one form adds at once: DATA_UPLOAD_MAX_MEMORY_SIZE leaves files out.
EVIDENCE_MAX_REQUEST_BYTES = env_int("EVIDENCE_MAX_REQUEST_BYTES", 50 * 1024 * 1024, minimum=1)
# Stored files and the folders made for them are for this service's user alone (evidence is
# OFFICIAL-SENSITIVE); Django's default would follow the umask, typically 0644.
FILE_UPLOAD_PERMISSIONS = 0o600
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o700
# Uploads above this size are streamed to a temporary file rather than held in memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Making a paper's PDF is stopped after this many seconds, with a clear message.
PAPER_RENDER_TIMEOUT = env_int("PAPER_RENDER_TIMEOUT", 60)

# Security headers. Every inline script or style needs the request's nonce.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# The cookie and the stored session never outlive the absolute session lifetime.
SESSION_COOKIE_AGE = int(SESSION_MAX_AGE.total_seconds())
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=False)
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_SECONDS > 0
# Asks browsers' preload lists to hold the domain (submitting it is a separate, manual step).
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", default=SECURE_HSTS_SECONDS > 0)
if env_bool("DJANGO_BEHIND_PROXY", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True

# Everything goes to stderr through the root handler. "sprcompliance.security" records
# sign-ins, failed sign-ins (username and client address, never the password), lockouts,
# ended sessions and refused requests (403).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "{asctime} {levelname} {name}: {message}", "style": "{"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "sprcompliance": {"level": "INFO"},
        "sprcompliance.security": {"level": "INFO"},
        # django-axes repeats each failure in its own words; ours above is the record.
        "axes": {"level": "ERROR"},
    },
}
