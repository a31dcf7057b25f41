from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "sprcompliance.accounts"
    label = "accounts"
    verbose_name = "Accounts"

    def ready(self):
        from sprcompliance.accounts import signals  # noqa: F401  (connects the receivers)
