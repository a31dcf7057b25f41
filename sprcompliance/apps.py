from django.apps import AppConfig


class SprComplianceConfig(AppConfig):
    name = "sprcompliance"
    verbose_name = "SPR compliance"
