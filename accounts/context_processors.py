from django.conf import settings

from accounts.access import roles_of


def service(request):
    """The service name for the header and page titles.

    It also reads the user's roles before the page is drawn, so the templates' `may_open`
    checks (which links to offer) run no query. Views that check roles have already read them
    (they are cached on the user): then this adds no query either.
    """
    user = getattr(request, "user", None)
    if user is not None:
        roles_of(user)
    return {"service_name": settings.SERVICE_NAME}
