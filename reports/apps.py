from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = "Board paper"

    def ready(self):
        from reports.narratives import register_narratives

        register_narratives()
