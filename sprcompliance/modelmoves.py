"""Moving models between apps without touching their tables: the migration half that Django's
state operations leave out.

A moved model keeps its table (Meta.db_table) and rows; SeparateDatabaseAndState moves it in
Django's record, and `content_types_follow` relabels its content types, so the permissions,
admin log entries and anything else that points at them follow it.
"""

from django.db import migrations


def content_types_follow(old_app: str, new_app: str, models: list[str]) -> migrations.RunPython:
    def relabel(old: str, new: str):
        def run(apps, schema_editor):
            content_type = apps.get_model("contenttypes", "ContentType")
            rows = content_type.objects.using(schema_editor.connection.alias)
            rows.filter(app_label=old, model__in=models).update(app_label=new)

        return run

    return migrations.RunPython(relabel(old_app, new_app), relabel(new_app, old_app))
