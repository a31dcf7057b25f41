from django.contrib.auth.decorators import login_not_required
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from sprcompliance.accounts.access import READERS, has_any_role
from threats.models import ReportingPeriod


@require_safe
def home(request):
    """The signed-in user's force and its reporting periods, newest first."""
    force = request.user.force
    periods = []
    if force is not None:
        periods = list(
            ReportingPeriod.objects.for_force(force)
            .select_related("edition")
            .with_progress()
            .order_by("-starts_on")
        )
    return render(
        request,
        "home.html",
        {"force": force, "periods": periods, "can_preview": has_any_role(request.user, READERS)},
    )


@login_not_required
@require_safe
def accessibility(request):
    """The accessibility statement, which the regulations require to be public."""
    return render(request, "accessibility.html")


@login_not_required
@never_cache
@require_safe
def healthz(request):
    """200 when the application can reach its database, 503 when it cannot."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")
