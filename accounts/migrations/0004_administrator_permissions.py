"""Administrators manage users, forces and periods in the admin, and nothing else there.

The Administrator group gets exactly those model permissions (and may read period reopenings
and the role groups); assessments, evidence, actions, departures and papers change only
through the product's own pages, where the review workflow and the period lock apply.
Permissions are created here, since Django otherwise adds them only after all migrations.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ADMINISTRATOR = "Administrator"
GRANTS = {
    ("accounts", "user"): ("view", "add", "change"),
    ("threats", "force"): ("view", "add", "change"),
    ("threats", "reportingperiod"): ("view", "add", "change"),
    ("threats", "periodreopening"): ("view",),
    ("auth", "group"): ("view",),
}


def grant(apps, schema_editor):
    alias = schema_editor.connection.alias
    for app_label in {app for app, _ in GRANTS}:
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0, using=alias)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.using(alias).get(name=ADMINISTRATOR)
    for (app_label, model), actions in GRANTS.items():
        for action in actions:
            group.permissions.add(
                Permission.objects.using(alias).get(
                    content_type__app_label=app_label, codename=f"{action}_{model}"
                )
            )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.using(schema_editor.connection.alias).get(name=ADMINISTRATOR).permissions.clear()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_create_role_groups"),
        ("threats", "0005_period_lock"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
