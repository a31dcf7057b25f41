from django import forms

from sprcompliance.forms import fields_helper
from threats.services import REASON_MAX, REASON_MIN, clean_reason


def _reason_field(label: str, hint: str) -> forms.CharField:
    return forms.CharField(
        label=label,
        help_text=hint,
        required=False,
        max_length=REASON_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"max_length": f"The reason must be {REASON_MAX} characters or fewer"},
    )


class IssueForm(forms.Form):
    """Issuing asks for an explicit confirmation: it cannot be undone. While readiness rules
    are not met it also asks for an override and its reason, which are kept with the issue."""

    override = forms.BooleanField(
        label="Issue it although the readiness rules above are not met",
        required=False,
    )
    override_reason = _reason_field(
        "Why it must be issued now",
        f"Kept with the issued version and shown with it. At least {REASON_MIN} characters.",
    )
    confirm = forms.BooleanField(
        label="I confirm this paper is ready to issue to the board",
        error_messages={"required": "Confirm that the paper is ready to issue"},
    )

    def __init__(self, *args, problems=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = fields_helper()
        self.problems = list(problems)
        if not self.problems:
            del self.fields["override"], self.fields["override_reason"]

    def clean(self):
        cleaned = super().clean()
        if not self.problems:
            return cleaned
        if not cleaned.get("override"):
            self.add_error(
                "override",
                "The readiness rules are not met: fix them first, or choose to issue it anyway "
                "and give the reason",
            )
        elif "override_reason" not in self.errors:
            try:
                cleaned["override_reason"] = clean_reason(
                    cleaned.get("override_reason", ""), what="issuing before it is ready"
                )
            except forms.ValidationError as error:
                self.add_error("override_reason", error)
        return cleaned


class ReopenForm(forms.Form):
    reason = _reason_field(
        "Why the period must be reopened",
        "Recorded with your name and the time, and shown on the period’s papers. "
        f"At least {REASON_MIN} characters.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = fields_helper()

    def clean_reason(self):
        return clean_reason(self.cleaned_data["reason"], what="reopening the period")
