import time

from accounts.sessions import ACTIVITY_RESOLUTION, LAST_ACTIVITY, SIGNED_IN_AT


def shift(client, **seconds_ago):
    """Move the stored sign-in and last-activity times back by the given seconds."""
    session = client.session
    for key, name in (("signed_in", SIGNED_IN_AT), ("last_activity", LAST_ACTIVITY)):
        if key in seconds_ago:
            session[name] = time.time() - seconds_ago[key]
    session.save()


def past_idle_limit(settings) -> float:
    """Seconds ago a stored last-activity time is when the session has been idle too long: the
    stored time may lag the last request by up to ACTIVITY_RESOLUTION, which the limit allows."""
    return settings.SESSION_IDLE_TIMEOUT.total_seconds() + ACTIVITY_RESOLUTION + 1
