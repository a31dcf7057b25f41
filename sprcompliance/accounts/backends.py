from django.contrib.auth.backends import ModelBackend

from sprcompliance.accounts.models import User


class ForceAwareBackend(ModelBackend):
    """Django's model backend, loading the user's force with the user: every page shows it."""

    def get_user(self, user_id):
        try:
            user = User._default_manager.select_related("force").get(pk=user_id)
        except User.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None
