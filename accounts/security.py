"""The security log: sign-ins, failed sign-ins, lockouts, ended sessions and refused requests.

Records go to the "sprcompliance.security" logger (stderr, see LOGGING in settings) as
`event key=value ...` lines, so a log collector can alert on them. Passwords are never logged.
"""

import logging

from accounts.clientip import client_ip

logger = logging.getLogger("sprcompliance.security")

MAX_VALUE_LENGTH = 150


def for_log(value) -> str:
    """A value safe to put in one log line: no line breaks or control characters, bounded."""
    text = "-" if value in (None, "") else str(value)
    text = "".join(ch if ch.isprintable() and not ch.isspace() or ch == " " else "?" for ch in text)
    if len(text) > MAX_VALUE_LENGTH:
        text = text[:MAX_VALUE_LENGTH] + "..."
    return repr(text) if " " in text else text


def log_event(level: int, event: str, request=None, **fields) -> None:
    if request is not None:
        fields.setdefault("ip", client_ip(request))
    details = " ".join(f"{key}={for_log(value)}" for key, value in fields.items())
    logger.log(level, "%s %s", event, details)


class PermissionDeniedLogMiddleware:
    """Logs every 403 answer (a role check, CSRF, the admin): who, what and how."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 403:
            user = getattr(request, "user", None)
            log_event(
                logging.WARNING,
                "permission_denied",
                request,
                user=user.get_username() if user is not None and user.is_authenticated else None,
                method=request.method,
                path=request.path,
            )
        return response
