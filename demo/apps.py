from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo force's content and its loader (`seed_demo`): it uses every app, so nothing
    imports it."""

    name = "demo"
    verbose_name = "Demo data"
