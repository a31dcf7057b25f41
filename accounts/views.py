"""Changing one's own password."""

import logging

from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.http import Http404
from django.urls import reverse_lazy

from accounts.forms import PasswordChangeForm
from accounts.security import log_event


class PasswordChangeView(auth_views.PasswordChangeView):
    """Django's view: the new password is saved and this session stays signed in (Django
    updates its hash), while the person's other sessions end. The change, and a wrong current
    password, go to the security log."""

    form_class = PasswordChangeForm
    success_url = reverse_lazy("home")

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not request.user.has_usable_password():
            raise Http404("This account signs in without a password.")
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        response = super().form_valid(form)
        log_event(logging.INFO, "password_changed", self.request, user=form.user.get_username())
        messages.success(self.request, "Your password has been changed.")
        return response

    def form_invalid(self, form):
        if form.has_error("old_password", "password_incorrect"):
            log_event(
                logging.WARNING,
                "password_change_refused",
                self.request,
                user=form.user.get_username(),
                reason="current password not right",
            )
        return super().form_invalid(form)
