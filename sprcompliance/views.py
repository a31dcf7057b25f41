from django.contrib.auth.decorators import login_not_required
from django.db import Error, connection, transaction
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe


@login_not_required
@require_safe
def accessibility(request):
    """The accessibility statement, which the regulations require to be public."""
    return render(request, "accessibility.html")


@login_not_required
@never_cache
@require_safe
def healthz(request):
    """200 when the application can write to its database; 503 when it is unreachable or
    read-only, where a page that reads would still work but every save would fail.

    HealthCheckMiddleware answers it before the session is read (see there)."""
    if not database_writable():
        return HttpResponse(
            "database unavailable or read-only\n", status=503, content_type="text/plain"
        )
    return HttpResponse("ok\n", content_type="text/plain")


def database_writable() -> bool:
    """Whether a write would succeed: one is made and rolled back, so nothing changes.

    Every migrated database has django_migrations, with rows. Rewriting one with its own
    value is refused by a read-only SQLite file and by a PostgreSQL standby alike."""
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                "UPDATE django_migrations SET app = app "
                "WHERE id = (SELECT MIN(id) FROM django_migrations)"
            )
            transaction.set_rollback(True)
    except Error:  # DatabaseError and InterfaceError (a connection that has gone)
        return False
    return True


class HealthCheckMiddleware:
    """Answers the health check before the session and the user are read.

    A probe that sends a session cookie would otherwise have it looked up in the database
    being checked, and get a 500 page (and the session machinery) instead of a plain 503."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == reverse("healthz"):
            return healthz(request)
        return self.get_response(request)
