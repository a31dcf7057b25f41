"""Admin pieces the apps share."""

from django.contrib import admin


class RecordAdmin(admin.ModelAdmin):
    """A record kept for good (an issued paper, a reopening): listed and read, never added,
    changed or deleted in the admin; the product makes these rows."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
