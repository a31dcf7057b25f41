"""What users see when a request fails: a 503 "try again shortly" page when the database is
unreachable or read-only, and a plain 500 page for anything else.

Both pages are drawn without the database, the context processors or the user, since any of
them may be what failed, and name nothing of the error. After a form was posted they show what
was typed (never passwords or tokens), so nothing is lost while the service is down.
"""

import sys

from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.http.multipartparser import MultiPartParserError
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers

# Django's names for a database that cannot be reached, has gone away, or refuses writes
# (SQLite's "attempt to write a readonly database" is an OperationalError).
DATABASE_OUTAGES = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30
# Posted fields never shown back: credentials and the form's own machinery.
HIDDEN_FIELDS = ("password", "token", "csrf")


def server_error(request):
    """The 500 handler. Django calls it while handling the error, so the error is at hand."""
    if isinstance(sys.exception(), DATABASE_OUTAGES):
        return _page(request, "503.html", status=503, retry_after=RETRY_AFTER_SECONDS)
    return _page(request, "500.html", status=500)


def _page(request, template: str, *, status: int, retry_after: int | None = None):
    response = HttpResponse(render_to_string(template, {"typed": typed(request)}), status=status)
    if retry_after is not None:
        response["Retry-After"] = str(retry_after)
    add_never_cache_headers(response)
    return response


def typed(request) -> list[tuple[str, str]]:
    """The text a failed POST carried, field by field, so the person can copy it to safety."""
    if request.method != "POST":
        return []
    try:
        fields = request.POST.lists()
    except (MultiPartParserError, RequestDataTooBig, TooManyFieldsSent, OSError):
        return []
    return [
        (name, value)
        for name, values in fields
        if not any(word in name.lower() for word in HIDDEN_FIELDS)
        for value in values
        if value.strip()
    ]
