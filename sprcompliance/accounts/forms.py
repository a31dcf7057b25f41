from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Field, Fixed, Layout, Size, Submit
from django.contrib.auth.forms import AuthenticationForm


class LoginForm(AuthenticationForm):
    """Django's sign-in form, drawn in the GOV.UK Frontend style."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "Username"
        self.fields["password"].label = "Password"
        self.helper = FormHelper()
        self.helper.layout = Layout(
            Field.text("username", field_width=Fixed.TWENTY, spellcheck="false"),
            Field.text("password", field_width=Fixed.TWENTY),
            Submit("submit", "Sign in"),
        )
        self.helper.label_size = Size.SMALL
