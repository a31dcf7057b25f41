from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "sprcompliance.accounts"
    label = "accounts"
    verbose_name = "Accounts"
