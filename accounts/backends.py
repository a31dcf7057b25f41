from axes.backends import AxesStandaloneBackend
from django.contrib.auth.backends import ModelBackend

from accounts.models import User


class LockoutBackend(AxesStandaloneBackend):
    """django-axes's check, first in AUTHENTICATION_BACKENDS: refuses a locked-out sign-in.

    A sign-in through the web always passes the request. A call without one (the test client's
    login(), the shell, a management command) has no client address to throttle, so it goes
    on to the next backend instead of failing as django-axes would.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


class ForceAwareBackend(ModelBackend):
    """Django's model backend, loading the user's force with the user: every page shows it."""

    def get_user(self, user_id):
        try:
            user = User._default_manager.select_related("force").get(pk=user_id)
        except User.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None
