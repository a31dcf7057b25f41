"""The admin of people and forces, and the scoping every force's admin page shares.

A superuser manages every force; a force's administrator (the Administrator role, staff)
manages only their own force's people, force and periods (`accounts.access.administered`), and
cannot change their own roles, force or staff status.
"""

from django import forms
from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.http import Http404
from simple_history.admin import SimpleHistoryAdmin

from accounts.access import administered, administered_users
from accounts.models import Force, User
from accounts.roles import GROUP_NAMES

SUPERUSER_ONLY = "Only a superuser can grant superuser status or permissions one by one."
MOVE_FORCE = "Only a superuser can move a person to another force."
OWN_POWERS = "You cannot change your own roles, force or staff status: another administrator can."


class ForceScopedAdmin(SimpleHistoryAdmin):
    """The admin of one kind of force data: a superuser sees every force's rows; a force's
    administrator sees only their own force's (another force's answers 404, its history pages
    too) and can name no other force in a form."""

    force_lookup = "force"

    def get_queryset(self, request):
        return self.scope(super().get_queryset(request), request.user)

    def scope(self, queryset, user):
        return administered(queryset, user, self.force_lookup)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "force" and not request.user.is_superuser:
            # Their own force is the only choice, so a new row lands in it.
            kwargs["queryset"] = Force.objects.filter(pk=request.user.force_id)
            kwargs["empty_label"] = None
            kwargs["required"] = True
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def revert_disabled(self, request, obj=None):
        # A past version carries fields the form would not let them change (a person's force or
        # superuser status, a period's status), so only a superuser reverts to one.
        return not request.user.is_superuser or super().revert_disabled(request, obj)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # Django's admin sends a row it cannot find back to the index; the product answers 404.
        self._in_scope_or_404(request, object_id)
        return super().change_view(request, object_id, form_url, extra_context)

    def history_view(self, request, object_id, extra_context=None):
        # django-simple-history shows a row's history even when the row is not in get_queryset.
        self._in_scope_or_404(request, object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        self._in_scope_or_404(request, object_id)
        # django-simple-history saves a posted revert even where its button is hidden.
        if request.method == "POST" and self.revert_disabled(request):
            raise PermissionDenied("Only a superuser reverts to a past version.")
        return super().history_form_view(request, object_id, version_id, extra_context)

    def _in_scope_or_404(self, request, object_id):
        if self.get_object(request, unquote(object_id)) is None:
            raise Http404("Not found.")


class LockedFieldsForm(forms.BaseForm):
    """Refuses, with a form error, a POST that names a field its sender may not change (shown
    read-only, so only a forged request sends one): the whole form is then saved or nothing."""

    locked: dict[str, str] = {}  # field name -> why it cannot change

    def clean(self):
        cleaned = super().clean()
        sent = [name for name in self.locked if name in self.data]
        for reason in dict.fromkeys(self.locked[name] for name in sent):
            self.add_error(None, reason)
        return cleaned


@admin.register(User)
class UserAdmin(ForceScopedAdmin, BaseUserAdmin):
    list_display = ["username", "first_name", "last_name", "force", "is_active", "is_staff"]
    list_filter = [("force", admin.RelatedOnlyFieldListFilter), "is_active", "is_staff", "groups"]
    list_select_related = ["force"]
    fieldsets = [
        *BaseUserAdmin.fieldsets,
        ("Force", {"fields": ["force", "job_title"]}),
    ]
    add_fieldsets = [
        *BaseUserAdmin.add_fieldsets,
        ("Force", {"fields": ["force", "job_title"]}),
    ]

    def scope(self, queryset, user):
        return administered_users(queryset, user)

    def locked_fields(self, request, obj=None) -> dict[str, str]:
        """What the signed-in person may not change on this record, and why. Administrators give
        people of their force roles (the role groups); only a superuser grants superuser status
        or permissions one by one, or moves anyone between forces; nobody but a superuser
        changes their own roles or staff status, so no administrator raises their own powers."""
        if request.user.is_superuser:
            return {}
        locked = dict.fromkeys(["is_superuser", "user_permissions"], SUPERUSER_ONLY)
        if obj is not None:
            locked["force"] = MOVE_FORCE
        if obj is not None and obj.pk == request.user.pk:
            locked |= dict.fromkeys(["groups", "force", "is_staff"], OWN_POWERS)
        return locked

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), *self.locked_fields(request, obj)]

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        attrs = {"locked": self.locked_fields(request, obj)}
        return type(form)(form.__name__, (LockedFieldsForm, form), attrs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "groups" and not request.user.is_superuser:
            # Roles only: a group a superuser made with other permissions is theirs to give.
            kwargs["queryset"] = Group.objects.filter(name__in=GROUP_NAMES.values())
        return super().formfield_for_manytomany(db_field, request, **kwargs)


@admin.register(Force)
class ForceAdmin(ForceScopedAdmin):
    """A force's administrator keeps their own force's details; a superuser adds forces."""

    force_lookup = "pk"
    list_display = ["name", "slug", "pcc_title"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}

    def has_add_permission(self, request):
        return request.user.is_superuser
