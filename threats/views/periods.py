from django.shortcuts import render
from django.views.decorators.http import require_safe

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
    return render(request, "home.html", {"force": force, "periods": periods})
