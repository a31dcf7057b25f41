from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from simple_history.admin import SimpleHistoryAdmin

from accounts.models import Force, User


@admin.register(User)
class UserAdmin(SimpleHistoryAdmin, BaseUserAdmin):
    list_display = ["username", "first_name", "last_name", "force", "is_active", "is_staff"]
    list_filter = ["force", "is_active", "is_staff", "groups"]
    list_select_related = ["force"]
    fieldsets = [
        *BaseUserAdmin.fieldsets,
        ("Force", {"fields": ["force", "job_title"]}),
    ]
    add_fieldsets = [
        *BaseUserAdmin.add_fieldsets,
        ("Force", {"fields": ["force", "job_title"]}),
    ]

    def get_readonly_fields(self, request, obj=None):
        """Administrators give people roles (groups); only a superuser grants superuser status
        or permissions one by one, so no administrator can raise their own powers."""
        readonly = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            readonly += ["is_superuser", "user_permissions"]
        return readonly


@admin.register(Force)
class ForceAdmin(SimpleHistoryAdmin):
    list_display = ["name", "slug", "pcc_title"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
