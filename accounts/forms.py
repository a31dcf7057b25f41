from crispy_forms_gds.layout import Field, Fixed, Layout, Size, Submit
from django.contrib.auth import forms as auth_forms
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.password_validation import password_validators_help_texts
from django.utils.html import format_html, format_html_join

from sprcompliance.forms import fields_helper


class LoginForm(AuthenticationForm):
    """Django's sign-in form, drawn in the GOV.UK Frontend style."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "Username"
        # Django focuses the field on load; GOV.UK advises against moving focus unasked
        # (screen reader users miss what comes before it), so the page starts at its top.
        self.fields["username"].widget.attrs.pop("autofocus", None)
        self.fields["username"].error_messages["required"] = "Enter your username"
        self.fields["password"].label = "Password"
        self.fields["password"].error_messages["required"] = "Enter your password"
        self.error_messages["invalid_login"] = (
            "The username or password is not right. Both are case-sensitive."
        )
        self.error_messages["inactive"] = "This account has been deactivated."
        # The template draws the <form>, with its action, CSRF token and `next`.
        self.helper = fields_helper()
        self.helper.layout = Layout(
            Field.text("username", field_width=Fixed.TWENTY, spellcheck="false"),
            Field.text("password", field_width=Fixed.TWENTY),
            Submit("submit", "Sign in"),
        )
        self.helper.label_size = Size.SMALL


def password_rules_hint() -> str:
    """The password validators' own descriptions of their rules, as a GOV.UK list."""
    rules = format_html_join(
        "", "<li>{}</li>", ((text,) for text in password_validators_help_texts())
    )
    return format_html('<ul class="govuk-list govuk-list--bullet govuk-hint">{}</ul>', rules)


class PasswordChangeForm(auth_forms.PasswordChangeForm):
    """Django's password change (the current password, then the new one twice), drawn in the
    GOV.UK Frontend style."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        current, new, again = (self.fields[name] for name in self.field_order)
        current.label = "Current password"
        current.widget.attrs.pop("autofocus", None)  # as on the sign-in page
        current.error_messages["required"] = "Enter your current password"
        new.label = "New password"
        new.help_text = password_rules_hint()
        new.error_messages["required"] = "Enter a new password"
        again.label = "Confirm new password"
        again.help_text = ""
        again.error_messages["required"] = "Type the new password again"
        self.error_messages = {
            **self.error_messages,
            "password_incorrect": "Your current password is not right. It is case-sensitive.",
            "password_mismatch": "The new passwords do not match. Type the same password twice.",
        }
        self.helper = fields_helper()
        self.helper.layout = Layout(
            *(Field.text(name, field_width=Fixed.TWENTY) for name in self.field_order),
            Submit("submit", "Change password"),
        )
        self.helper.label_size = Size.SMALL

    def clean(self):
        # As Django's, but the password rules' messages go with the new password, where it was
        # typed, rather than with its confirmation.
        self.validate_passwords("new_password1", "new_password2")
        self.validate_password_for_user(self.user, "new_password1")
        return super(auth_forms.SetPasswordForm, self).clean()
