"""Server-side session limits: an inactivity timeout, an absolute lifetime, and sessions that
end the moment a user is deactivated.

Signing in stores the sign-in time and the time of the last request in the session (see
accounts.signals). On each request the middleware signs the user out, with a
message saying why, once either limit has passed. Django's own session expiry cannot serve
as either limit: it restarts whenever the session is saved, and the cookie's expiry is kept by
the browser.
"""

import logging
import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import SESSION_KEY, logout
from django.contrib.auth.views import redirect_to_login
from django.contrib.sessions.models import Session
from django.shortcuts import redirect, resolve_url
from django.utils import timezone

from accounts.security import log_event

SIGNED_IN_AT = "spr_signed_in_at"
LAST_ACTIVITY = "spr_last_activity"
# The last-activity time is rewritten at most this often, so that browsing does not write
# the session on every request. The stored time may therefore be up to this many seconds
# older than the last request, and the inactivity timeout allows for it: a session ends
# between the timeout and the timeout plus this many seconds after its last request, never
# before.
ACTIVITY_RESOLUTION = 60


def session_start(session) -> None:
    now = time.time()
    session[SIGNED_IN_AT] = now
    session[LAST_ACTIVITY] = now


def user_sessions_end(*, user) -> int:
    """Delete every stored session of the user; returns how many there were.

    Sessions live in the database (Django's default engine) and are keyed by a random value,
    so finding a user's sessions means reading the unexpired ones: a few hundred rows for a
    force, and only when an account is deactivated.
    """
    user_id = str(user.pk)
    ended = 0
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if session.get_decoded().get(SESSION_KEY) == user_id:
            session.delete()
            ended += 1
    return ended


class SessionTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        refusal = self.check(request)
        if refusal is not None:
            return refusal
        return self.get_response(request)

    def check(self, request):
        session = request.session
        # Read before request.user: loading the user flushes a session that no longer
        # verifies (its password was changed), taking the user's id with it.
        user_id = session.get(SESSION_KEY)
        if user_id is None:
            return None
        user = request.user
        if not user.is_authenticated or not user.is_active:
            # The session names a user who may no longer use it (deactivated, deleted, or
            # whose password has changed since): Django already refuses them; forget the
            # session too, and the request goes on as anyone's who is not signed in.
            log_event(logging.INFO, "session_refused", request, user_id=user_id)
            logout(request)
            return None
        now = time.time()
        signed_in_at = session.get(SIGNED_IN_AT)
        last_activity = session.get(LAST_ACTIVITY)
        if signed_in_at is None or last_activity is None:
            # A session from before these limits existed: start counting now.
            session_start(session)
            return None
        if now - signed_in_at > settings.SESSION_MAX_AGE.total_seconds():
            hours = round(settings.SESSION_MAX_AGE.total_seconds() / 3600)
            return self.end(
                request,
                "absolute",
                f"You have been signed out because you signed in more than {hours} hours "
                "ago. Sign in again to carry on.",
            )
        idle_limit = settings.SESSION_IDLE_TIMEOUT.total_seconds() + ACTIVITY_RESOLUTION
        if now - last_activity > idle_limit:
            minutes = round(settings.SESSION_IDLE_TIMEOUT.total_seconds() / 60)
            return self.end(
                request,
                "inactivity",
                f"You have been signed out because you had not used the service for "
                f"{minutes} minutes. Sign in again to carry on.",
            )
        if now - last_activity >= ACTIVITY_RESOLUTION:
            session[LAST_ACTIVITY] = now
        return None

    def end(self, request, reason: str, message: str):
        log_event(
            logging.INFO,
            "session_expired",
            request,
            user=request.user.get_username(),
            reason=reason,
        )
        logout(request)
        messages.info(request, message)
        login_url = resolve_url(settings.LOGIN_URL)
        if request.method in ("GET", "HEAD") and request.path != login_url:
            # Back to the same page after signing in again (a form's POST cannot be replayed).
            return redirect_to_login(request.get_full_path(), login_url)
        return redirect(login_url)
