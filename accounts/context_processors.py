from django.conf import settings

from accounts.access import READERS, has_any_role


def service(request):
    """The service name for the header and page titles, and what the navigation may offer.

    Views check roles before rendering, so the roles are already read and cached on the user:
    this adds no query.
    """
    user = getattr(request, "user", None)
    return {
        "service_name": settings.SERVICE_NAME,
        "nav_force_reader": bool(user and has_any_role(user, READERS)),
    }
