from crispy_forms_gds.layout import Field, Fixed, Layout, Size, Submit
from django.contrib.auth.forms import AuthenticationForm

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
