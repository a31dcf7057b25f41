"""The landing page, named "home" without a namespace: the header, the error pages and the
sign-in redirect point at it, and the root URLconf decides which app provides it."""

from django.urls import path

from threats.views.periods import home

urlpatterns = [
    path("", home, name="home"),
]
