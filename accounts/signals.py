"""Receivers for sign-in events and for deactivation.

Deactivation is handled here rather than in a service because an account is switched off in
more than one place (the admin, a shell, a future service) and every one of them must end the
person's sessions. QuerySet.update() sends no signal: the session middleware still refuses an
inactive user's session on its next request.
"""

import logging

from axes.signals import user_locked_out
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import post_save
from django.dispatch import receiver

from accounts.models import User
from accounts.security import log_event
from accounts.sessions import session_start, user_sessions_end


@receiver(user_logged_in, dispatch_uid="spr_signed_in")
def signed_in(sender, request, user, **kwargs):
    if request is None:
        return
    if hasattr(request, "session"):
        session_start(request.session)
    log_event(logging.INFO, "signed_in", request, user=user.get_username())


@receiver(user_logged_out, dispatch_uid="spr_signed_out")
def signed_out(sender, request, user, **kwargs):
    if user is not None:
        log_event(logging.INFO, "signed_out", request, user=user.get_username())


@receiver(user_login_failed, dispatch_uid="spr_sign_in_failed")
def sign_in_failed(sender, credentials, request=None, **kwargs):
    # Django has already masked the password in credentials; only the username is read.
    log_event(logging.WARNING, "sign_in_failed", request, username=credentials.get("username"))


@receiver(user_locked_out, dispatch_uid="spr_locked_out")
def locked_out(sender, request, username, ip_address, **kwargs):
    # django-axes counts failures only up to the lockout; later attempts are refused uncounted.
    failures = getattr(request, "axes_failures_since_start", None)
    log_event(
        logging.WARNING,
        "locked_out" if failures else "sign_in_refused_locked_out",
        username=username,
        ip=ip_address,
        **({"failures": failures} if failures else {}),
    )


@receiver(post_save, sender=User, dispatch_uid="spr_deactivated_sessions_end")
def deactivated_sessions_end(sender, instance, **kwargs):
    if instance.is_active:
        return
    ended = user_sessions_end(user=instance)
    if ended:
        log_event(logging.INFO, "sessions_ended", user=instance.get_username(), sessions=ended)
