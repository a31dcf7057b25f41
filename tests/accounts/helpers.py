import time

from accounts.sessions import LAST_ACTIVITY, SIGNED_IN_AT


def shift(client, **seconds_ago):
    """Move the stored sign-in and last-activity times back by the given seconds."""
    session = client.session
    for key, name in (("signed_in", SIGNED_IN_AT), ("last_activity", LAST_ACTIVITY)):
        if key in seconds_ago:
            session[name] = time.time() - seconds_ago[key]
    session.save()
