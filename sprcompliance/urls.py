from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.urls import include, path

from sprcompliance import views
from sprcompliance.accounts.forms import LoginForm

admin.site.site_header = "SPR compliance tracker: administration"
admin.site.site_title = "SPR compliance tracker"
# One sign-in page for the whole product: the admin's own would bypass its protections.
admin.site.login = login_required(admin.site.login)

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("accessibility/", views.accessibility, name="accessibility"),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(
            authentication_form=LoginForm, redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("evidence/", include("evidence.urls")),
    path("", include("reports.urls")),
    path("", include("threats.urls")),
    path("admin/", admin.site.urls),
]
