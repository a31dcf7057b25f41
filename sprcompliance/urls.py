"""The root URLconf: it composes the apps' URLconfs by name, so the project package imports
no app."""

from django.contrib import admin
from django.contrib.auth.decorators import login_required
from django.urls import include, path

from sprcompliance import views

admin.site.site_header = "SPR compliance tracker: administration"
admin.site.site_title = "SPR compliance tracker"
# One sign-in page for the whole product: the admin's own would bypass its protections.
admin.site.login = login_required(admin.site.login)

# Drawn without the database, and a 503 "try again shortly" when the database is what failed.
handler500 = "sprcompliance.outage.server_error"

urlpatterns = [
    path("", include("threats.home_urls")),
    path("healthz", views.healthz, name="healthz"),
    path("accessibility/", views.accessibility, name="accessibility"),
    path("accounts/", include("accounts.urls")),
    path("", include("evidence.urls")),
    path("", include("assessments.urls")),
    path("", include("reports.urls")),
    path("admin/", admin.site.urls),
]
