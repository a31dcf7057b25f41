"""The page a locked-out sign-in gets: the sign-in page with a message, answered 429.

The message is the same whether or not the username exists, so it tells nobody which
usernames are real.
"""

from django.conf import settings
from django.shortcuts import render

from accounts.forms import LoginForm


def lockout_message() -> str:
    minutes = settings.LOGIN_COOLOFF_MINUTES
    return (
        f"There have been too many attempts to sign in with this username from your network. "
        f"Wait {minutes} minutes, then try again. If you have forgotten your password, ask "
        f"your force's administrator to reset it."
    )


def lockout_response(request, original_response=None, credentials=None):
    next_url = request.POST.get("next", "")
    return render(
        request,
        "registration/login.html",
        {
            "form": LoginForm(request),
            "lockout_message": lockout_message(),
            "next": next_url,
        },
        status=429,
    )
