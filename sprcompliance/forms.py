"""Form pieces shared by every app's forms, with no domain knowledge: the crispy-forms helper,
long text fields, optional labels, choice fields filled from rows, the version an editor
started from."""

from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Size
from django import forms

from sprcompliance.versioning import parse_version

MAX_TEXT = 20_000


def fields_helper() -> FormHelper:
    """A helper that draws a form's fields only: the page's template draws the <form> element,
    its CSRF token and its buttons. The helper's defaults would add a <form> of its own (a form
    nested in the page's, which HTML does not allow) and a second CSRF token."""
    helper = FormHelper()
    helper.form_tag = False
    helper.disable_csrf = True
    return helper


def mark_optional(form: forms.BaseForm) -> None:
    for field in form.fields.values():
        if not field.required and not field.widget.is_hidden:
            field.label = f"{field.label} (optional)"


def owner_field(field: forms.TypedChoiceField, owners: list) -> None:
    by_pk = {str(user.pk): user for user in owners}
    field.choices = [("", "No owner"), *((pk, str(u)) for pk, u in by_pk.items())]
    field.coerce = by_pk.get
    field.empty_value = None
    field.error_messages["invalid_choice"] = "Select an owner from the list"


def long_text(label: str, *, rows: int, help_text: str = "") -> forms.CharField:
    return forms.CharField(
        label=label,
        required=False,
        max_length=MAX_TEXT,
        strip=False,
        help_text=help_text,
        widget=forms.Textarea(attrs={"rows": rows}),
        error_messages={"max_length": f"{label} must be {MAX_TEXT:,} characters or fewer"},
    )


class VersionedForm(forms.Form):
    # The version the editor started from, to refuse saving over someone else's change.
    version = forms.CharField(widget=forms.HiddenInput, required=False)

    def clean_version(self) -> int | None:
        return parse_version(self.cleaned_data.get("version"))


def legend(size: str = "s") -> dict:
    return {"legend_size": Size.for_legend(size)}


DATE_EXAMPLE = "For example, 27 3 2019"


def choices_field(field: forms.TypedChoiceField, rows, empty: str, noun: str) -> None:
    by_pk = {str(row.pk): row for row in rows}
    field.choices = [("", empty), *((pk, str(row)) for pk, row in by_pk.items())]
    field.coerce = by_pk.get
    field.empty_value = None
    field.error_messages["invalid_choice"] = f"Select a {noun} from the list"
