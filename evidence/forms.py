"""The forms for adding and editing an evidence item and an action. They validate and
normalise; the services in evidence/services.py write."""

import re

from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Field, Fixed, Layout, Size
from django import forms
from django.core.exceptions import ValidationError

from accounts.models import User
from evidence.citations import REFERENCE, markers_in_link_addresses, split_blocks
from evidence.models import Action, Classification, EvidenceItem
from evidence.selectors import FIELD_LABELS
from evidence.services import ACTION_FIELDS, EDITABLE_FIELDS
from evidence.uploads import (
    ALLOWED_WORDS,
    AcceptedFile,
    check_upload,
    check_upload_total,
    max_request_upload_bytes,
    max_upload_bytes,
    size_in_words,
)
from sprcompliance.dateinput import DateInputField
from sprcompliance.forms import (
    DATE_EXAMPLE,
    VersionedForm,
    choices_field,
    fields_helper,
    legend,
    long_text,
    mark_optional,
)
from sprcompliance.richtext import markdown_problem
from sprcompliance.versioning import parse_version

REFERENCE_RE = re.compile(REFERENCE)


class FileInput(forms.FileInput):
    """A file input that takes several files. It keeps the name FileInput because
    crispy-forms-gds recognises file inputs by class name to draw their error state."""

    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Zero or more uploads, each checked by content (evidence/uploads.py)."""

    widget = FileInput

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", FileInput(attrs={"class": "govuk-file-upload"}))
        super().__init__(**kwargs)

    def clean(self, data, initial=None) -> list[AcceptedFile]:
        uploads = [u for u in (data if isinstance(data, list | tuple) else [data]) if u]
        if not uploads and self.required:
            raise ValidationError("Choose a file", code="required")
        check_upload_total(uploads)
        accepted, errors = [], []
        for upload in uploads:
            try:
                accepted.append(check_upload(upload))
            except ValidationError as error:
                errors.extend(error.messages)
        if errors:
            raise ValidationError(errors)
        return accepted

    def has_changed(self, initial, data):
        return bool(data)


class EvidenceItemForm(forms.ModelForm):
    evidence_date = DateInputField(
        noun="date of the evidence",
        label=FIELD_LABELS["evidence_date"],
        help_text=f"The date on the document or record. {DATE_EXAMPLE}",
    )
    covers_from = DateInputField(
        noun="start of the period covered",
        label=FIELD_LABELS["covers_from"],
        required=False,
        help_text=f"If the evidence is about a period, such as a financial year. {DATE_EXAMPLE}",
    )
    covers_to = DateInputField(
        noun="end of the period covered",
        label=FIELD_LABELS["covers_to"],
        required=False,
        help_text="For example, 31 3 2020",
    )
    review_by = DateInputField(
        noun="review-by date",
        label=FIELD_LABELS["review_by"],
        help_text=f"After this date the evidence counts as stale. {DATE_EXAMPLE}",
    )
    dependency_ends_on = DateInputField(
        noun="date the funding or agreement ends",
        label=FIELD_LABELS["dependency_ends_on"],
        required=False,
        help_text=(
            "If this records funding, a contract or an agreement the force relies on, the date "
            f"it ends. The dashboard lists it from 30 days before. {DATE_EXAMPLE}"
        ),
    )
    owner = forms.TypedChoiceField(label=FIELD_LABELS["owner"], required=False)
    files = MultipleFileField(label="Files", required=False)
    # The version the editor started from, to refuse saving over someone else's change.
    version = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = EvidenceItem
        fields = [*EDITABLE_FIELDS]
        labels = FIELD_LABELS
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 4}),
            # A text input, so crispy-forms-gds styles it (and its error state) as GOV.UK's.
            "url": forms.TextInput(attrs={"inputmode": "url", "autocomplete": "url"}),
            "classification": forms.RadioSelect,
        }
        help_texts = {
            "reference": "Narratives cite the evidence by it, for example [@EV-012, p8-10].",
            "summary": "What the evidence shows, in a sentence or two.",
            "source": "Who produced it, for example HMICFRS or the regional organised crime unit.",
            "source_reference": "For example a report number, or the date of a letter.",
            "url": "A web address where the evidence can be read, if it is online.",
            "classification": "",
        }
        error_messages = {
            "reference": {
                "required": "Enter a reference",
                "max_length": "Reference must be 20 characters or fewer",
            },
            "title": {
                "required": "Enter a title",
                "max_length": "Title must be 300 characters or fewer",
            },
            "kind": {
                "required": "Select the kind of evidence",
                "invalid_choice": "Select the kind of evidence",
            },
            "source": {
                "required": "Enter the source",
                "max_length": "Source must be 200 characters or fewer",
            },
            "source_reference": {
                "max_length": "Source's reference must be 200 characters or fewer"
            },
            "url": {
                "invalid": "Enter a link in the right format, like https://www.example.org/report",
                "max_length": "Link must be 500 characters or fewer",
            },
            "classification": {
                "required": "Select the classification",
                "invalid_choice": "Select the classification",
            },
        }

    CLASSIFICATION_HINTS = {
        Classification.OFFICIAL: "Most material: the default.",
        Classification.OFFICIAL_SENSITIVE: (
            "Need-to-know material. Papers and exports that include it are marked "
            "OFFICIAL-SENSITIVE."
        ),
    }

    def __init__(self, *args, force, owners: list[User], **kwargs):
        super().__init__(*args, **kwargs)
        self.force = force
        self._owners = {str(user.pk): user for user in owners}
        owner = self.fields["owner"]
        owner.choices = [("", "No owner"), *((pk, str(u)) for pk, u in self._owners.items())]
        owner.coerce = self._owners.get
        owner.empty_value = None
        owner.error_messages["invalid_choice"] = "Select an owner from the list"
        self.fields["kind"].choices = [("", "Select the kind"), *EvidenceItem.Kind.choices]
        self.fields["classification"].choices = list(Classification.choices)
        self.fields["classification"].hints = self.CLASSIFICATION_HINTS
        self.fields["files"].help_text = (
            f"{ALLOWED_WORDS}, up to {size_in_words(max_upload_bytes())} each. You can "
            "choose more than one file, up to "
            f"{size_in_words(max_request_upload_bytes())} in all."
            + (" New files are added to the ones already attached." if self.instance.pk else "")
        )
        for field in self.fields.values():
            if not field.required and not field.widget.is_hidden:
                field.label = f"{field.label} (optional)"
        self.helper = self._layout()

    def _layout(self) -> FormHelper:
        helper = fields_helper()
        helper.layout = Layout(
            Field.text("reference", field_width=Fixed.TEN),
            Field.text("title"),
            Field.textarea("summary", rows=4),
            Field.select("kind"),
            Field.text("source"),
            Field.text("source_reference"),
            Field.text("url", spellcheck="false"),
            Field("evidence_date", context={"legend_size": Size.for_legend("s")}),
            Field("covers_from", context={"legend_size": Size.for_legend("s")}),
            Field("covers_to", context={"legend_size": Size.for_legend("s")}),
            Field("review_by", context={"legend_size": Size.for_legend("s")}),
            Field("dependency_ends_on", context={"legend_size": Size.for_legend("s")}),
            Field.select("owner"),
            Field("classification", template="forms/radios.html"),
            Field("files"),
            "version",
        )
        return helper

    @property
    def accepted_files(self) -> list[AcceptedFile]:
        return self.cleaned_data.get("files", []) if hasattr(self, "cleaned_data") else []

    @property
    def accepted_file_names(self) -> list[str]:
        """Files that passed their checks but were not saved because of other errors."""
        if not self.is_bound or not self.errors:
            return []
        return [accepted.original_name for accepted in self.accepted_files]

    def clean_reference(self) -> str:
        reference = self.cleaned_data["reference"].strip()
        if not REFERENCE_RE.fullmatch(reference):
            raise ValidationError(
                "Reference must start with a letter or number, and use only letters, numbers, "
                "full stops, hyphens, underscores and slashes"
            )
        taken = (
            EvidenceItem.objects.for_force(self.force)
            .filter(reference__iexact=reference)
            .exclude(pk=self.instance.pk)
            .values_list("reference", flat=True)
            .first()
        )
        if taken:
            raise ValidationError(f"{taken} is already in the register: choose another reference")
        if self.instance.pk and reference != self.instance.reference:
            cited = self.instance.citations.count()
            if cited:
                raise ValidationError(
                    f"{self.instance.reference} is cited {cited} time{'s' if cited > 1 else ''} "
                    "in assessments, so its reference cannot change"
                )
        return reference

    def clean_version(self) -> int | None:
        return parse_version(self.cleaned_data.get("version"))

    def clean(self):
        cleaned = super().clean()
        evidence_date, review_by = cleaned.get("evidence_date"), cleaned.get("review_by")
        if evidence_date and review_by and review_by <= evidence_date:
            self.add_error("review_by", "Review-by date must be after the date of the evidence")
        starts, ends = cleaned.get("covers_from"), cleaned.get("covers_to")
        if starts and ends and ends < starts:
            self.add_error("covers_to", "Period covered must end after it starts")
        dependency_ends = cleaned.get("dependency_ends_on")
        if evidence_date and dependency_ends and dependency_ends < evidence_date:
            self.add_error(
                "dependency_ends_on",
                "The date the funding or agreement ends must be on or after the date of the "
                "evidence",
            )
        return cleaned

    def item_data(self) -> dict:
        """The item's fields as the services take them."""
        return {name: self.cleaned_data[name] for name in EDITABLE_FIELDS}


def validate_narrative(text: str) -> None:
    """Refuse a narrative the paper could not print as written: a citation inside a link's
    address (it would break the link), or a paragraph beyond the bounds that keep its
    Markdown quick to read (sprcompliance/richtext.py)."""
    errors = []
    for block in split_blocks(text or ""):
        if block.is_heading:
            continue
        for marker in markers_in_link_addresses(block.text):
            errors.append(
                f"Paragraph {block.paragraph} has {marker} inside a link’s address: put the "
                f"citation after the link, as in [title](https://example.org) {marker}"
            )
        if problem := markdown_problem(block.text):
            errors.append(f"Paragraph {block.paragraph}: {problem}")
    if errors:
        raise ValidationError(errors)


def narrative_text(label: str, *, rows: int, help_text: str = "") -> forms.CharField:
    """A long text that is a narrative: it may cite evidence, and is checked as above."""
    field = long_text(label, rows=rows, help_text=help_text)
    field.validators.append(validate_narrative)
    return field


class EvidenceReferencesField(forms.CharField):
    """Evidence named by reference, "EV-012, EV-019": quicker than a list of hundreds."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 2000)
        super().__init__(**kwargs)
        self.register: dict[str, EvidenceItem] = {}

    def clean(self, value) -> list[EvidenceItem]:
        text = super().clean(value)
        references = [ref for ref in re.split(r"[\s,;]+", text or "") if ref]
        by_upper = {ref.upper(): item for ref, item in self.register.items()}
        unknown = [ref for ref in references if ref.upper() not in by_upper]
        if unknown:
            verb = "is" if len(unknown) == 1 else "are"
            raise ValidationError(f"{', '.join(unknown)} {verb} not in the evidence register")
        chosen = (by_upper[ref.upper()] for ref in references)
        return list({item.pk: item for item in chosen}.values())


class ActionForm(VersionedForm):
    reference = forms.CharField(
        label="Reference",
        max_length=20,
        help_text="For example ACT-014.",
        error_messages={
            "required": "Enter a reference",
            "max_length": "Reference must be 20 characters or fewer",
        },
    )
    title = forms.CharField(
        label="Title",
        max_length=300,
        error_messages={
            "required": "Enter a title",
            "max_length": "Title must be 300 characters or fewer",
        },
    )
    description = long_text("Description", rows=4)
    source_kind = forms.ChoiceField(
        label="Kind of source",
        error_messages={
            "required": "Select the kind of source",
            "invalid_choice": "Select the kind of source",
        },
    )
    source = forms.CharField(
        label="Source",
        max_length=300,
        required=False,
        help_text="For example HMICFRS PEEL 2018/19, recommendation 3.",
        error_messages={"max_length": "Source must be 300 characters or fewer"},
    )
    owner = forms.CharField(
        label="Owner",
        max_length=200,
        help_text="The role that owns it, for example Head of Public Order.",
        error_messages={
            "required": "Enter the owner’s role",
            "max_length": "Owner must be 200 characters or fewer",
        },
    )
    status = forms.ChoiceField(
        label="Status",
        widget=forms.RadioSelect,
        error_messages={"required": "Select a status", "invalid_choice": "Select a status"},
    )
    due_on = DateInputField(
        noun="due date",
        label="Due date",
        required=False,
        help_text=f"Needed while the action is open or in progress. {DATE_EXAMPLE}",
    )
    completed_on = DateInputField(
        noun="date completed",
        label="Date completed",
        required=False,
        help_text=f"Only for a completed action. {DATE_EXAMPLE}",
    )
    threat_area = forms.TypedChoiceField(label="Threat area", required=False)
    dimension = forms.TypedChoiceField(label="C", required=False)
    evidence = EvidenceReferencesField(
        label="Evidence",
        required=False,
        help_text="References of the evidence it rests on, separated by commas, for example "
        "EV-012, EV-019.",
    )

    def __init__(self, *args, force, framework, register, today, instance=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.force, self.today, self.instance = force, today, instance
        self.fields["source_kind"].choices = [("", "Select the kind"), *Action.SourceKind.choices]
        self.fields["status"].choices = list(Action.Status.choices)
        choices_field(
            self.fields["threat_area"], framework.threat_areas, "Not tied to one", "threat area"
        )
        choices_field(self.fields["dimension"], framework.dimensions, "Not tied to one", "C")
        self.fields["evidence"].register = {item.reference: item for item in register}
        mark_optional(self)
        self.helper = fields_helper()
        self.helper.layout = Layout(
            Field.text("reference", field_width=Fixed.TEN),
            Field.text("title"),
            Field.textarea("description", rows=4),
            Field.select("source_kind"),
            Field.text("source"),
            Field.text("owner"),
            Field("status", template="forms/radios.html"),
            Field("due_on", context=legend()),
            Field("completed_on", context=legend()),
            Field.select("threat_area"),
            Field.select("dimension"),
            Field.text("evidence", spellcheck="false"),
            "version",
        )

    def clean_reference(self) -> str:
        reference = self.cleaned_data["reference"].strip()
        if not re.fullmatch(REFERENCE, reference):
            raise ValidationError(
                "Reference must start with a letter or number, and use only letters, numbers, "
                "full stops, hyphens, underscores and slashes"
            )
        taken = (
            Action.objects.for_force(self.force)
            .filter(reference__iexact=reference)
            .exclude(pk=getattr(self.instance, "pk", None))
            .values_list("reference", flat=True)
            .first()
        )
        if taken:
            raise ValidationError(f"{taken} is already an action: choose another reference")
        return reference

    def clean(self):
        cleaned = super().clean()
        status = cleaned.get("status")
        due_on, completed_on = cleaned.get("due_on"), cleaned.get("completed_on")
        if status in Action.OPEN_STATUSES and not due_on and "due_on" not in self.errors:
            self.add_error("due_on", "Enter a due date for an action that is still to be done")
        if "completed_on" in self.errors:
            return cleaned
        if status == Action.Status.COMPLETED and not completed_on:
            self.add_error("completed_on", "Enter the date the action was completed")
        elif completed_on and status != Action.Status.COMPLETED:
            self.add_error(
                "completed_on",
                "Remove the date completed, or set the status to completed",
            )
        elif completed_on and completed_on > self.today:
            self.add_error("completed_on", "Date completed must be today or in the past")
        return cleaned

    def data_for_service(self) -> dict:
        names = (*ACTION_FIELDS, "evidence")
        return {name: self.cleaned_data[name] for name in names}
