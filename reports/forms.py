from django import forms


class IssueForm(forms.Form):
    """Issuing asks for an explicit confirmation: it cannot be undone."""

    confirm = forms.BooleanField(
        label="I confirm this paper is ready to issue to the board",
        error_messages={"required": "Confirm that the paper is ready to issue"},
    )
