"""Forms of the assessment editor, actions, departures and metrics. They validate and
normalise; threats/services.py and evidence/services.py write."""

import re

from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Field, Fixed, Layout, Size
from django import forms
from django.core.exceptions import ValidationError

from evidence.citations import REFERENCE
from evidence.models import Action, EvidenceItem
from evidence.services import ACTION_FIELDS
from sprcompliance.accounts.models import User
from sprcompliance.dateinput import DateInputField
from threats.models import Departure, RatingLevel
from threats.services import DEPARTURE_FIELDS, METRIC_FIELDS

MAX_TEXT = 20_000
LOCATOR_RE = re.compile(r"[^\]\[]{1,60}")


def _mark_optional(form: forms.BaseForm) -> None:
    for field in form.fields.values():
        if not field.required and not field.widget.is_hidden:
            field.label = f"{field.label} (optional)"


def _owner_field(field: forms.TypedChoiceField, owners: list[User]) -> None:
    by_pk = {str(user.pk): user for user in owners}
    field.choices = [("", "No owner"), *((pk, str(u)) for pk, u in by_pk.items())]
    field.coerce = by_pk.get
    field.empty_value = None
    field.error_messages["invalid_choice"] = "Select an owner from the list"


def _text(label: str, *, rows: int, help_text: str = "") -> forms.CharField:
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
        value = (self.cleaned_data.get("version") or "").strip()
        return int(value) if value.isdigit() and len(value) < 10 else None


NARRATIVE_HELP = (
    "Markdown: a blank line starts a new numbered paragraph; **bold**, *italic*, lists and "
    "links work. Cite evidence with [@EV-012, p8-10], or use “Insert citation” below."
)


class DimensionAssessmentForm(VersionedForm):
    rating = forms.TypedChoiceField(label="Rating", widget=forms.RadioSelect)
    narrative = _text("Narrative", rows=12, help_text=NARRATIVE_HELP)
    gaps = _text("Gaps", rows=4, help_text="What is missing and what is being done about it.")
    owner = forms.TypedChoiceField(label="Owner", required=False)

    def __init__(self, *args, levels: list[RatingLevel], owners: list[User], **kwargs):
        super().__init__(*args, **kwargs)
        by_pk = {str(level.pk): level for level in levels}
        rating = self.fields["rating"]
        rating.choices = [(pk, level.label) for pk, level in by_pk.items()]
        rating.coerce = by_pk.get
        rating.error_messages.update(
            required="Select a rating", invalid_choice="Select a rating from the list"
        )
        rating.hints = {pk: level.description for pk, level in by_pk.items() if level.description}
        _owner_field(self.fields["owner"], owners)
        _mark_optional(self)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(
            Field("rating", template="threats/_rating_radios.html"),
            Field.textarea("narrative", rows=12, **{"data-cite-target": "true"}),
            Field.textarea("gaps", rows=4),
            Field.select("owner"),
            "version",
        )

    def data_for_service(self) -> dict:
        return {name: self.cleaned_data[name] for name in ("rating", "narrative", "gaps", "owner")}


class ThreatAssessmentForm(VersionedForm):
    context = _text(
        "Context",
        rows=12,
        help_text="The threat level, its trend and the national picture. " + NARRATIVE_HELP,
    )
    owner = forms.TypedChoiceField(label="Owner", required=False)

    def __init__(self, *args, owners: list[User], **kwargs):
        super().__init__(*args, **kwargs)
        _owner_field(self.fields["owner"], owners)
        _mark_optional(self)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(
            Field.textarea("context", rows=12, **{"data-cite-target": "true"}),
            Field.select("owner"),
            "version",
        )

    def data_for_service(self) -> dict:
        return {name: self.cleaned_data[name] for name in ("context", "owner")}


class CitationForm(forms.Form):
    """Pick an item and a locator; the view inserts the marker into the narrative."""

    evidence = forms.ChoiceField(
        label="Evidence to cite",
        error_messages={
            "required": "Select the evidence to cite",
            "invalid_choice": "Select evidence from the register",
        },
    )
    locator = forms.CharField(
        label="Page or section",
        required=False,
        max_length=60,
        help_text="For example p8-10, or section 4. Leave blank to cite the whole document.",
        error_messages={"max_length": "Page or section must be 60 characters or fewer"},
    )
    paragraph = forms.IntegerField(
        label="Paragraph number",
        required=False,
        min_value=1,
        max_value=9999,
        help_text="Without JavaScript the citation goes at the end of this paragraph, or at the "
        "end of the text if you leave it blank.",
        error_messages={
            "invalid": "Paragraph number must be a whole number, like 3",
            "min_value": "Paragraph number must be 1 or more",
            "max_value": "Paragraph number must be 9999 or less",
        },
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )

    def __init__(self, *args, evidence: list[EvidenceItem], **kwargs):
        kwargs.setdefault("prefix", "cite")
        super().__init__(*args, **kwargs)
        self.fields["evidence"].choices = [
            ("", "Choose evidence"),
            *((item.reference, f"{item.reference} {item.title}") for item in evidence),
        ]
        _mark_optional(self)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(
            Field.select("evidence"),
            Field.text("locator", field_width=Fixed.TEN),
            Field.text("paragraph", field_width=Fixed.FOUR),
        )

    def clean_evidence(self) -> str:
        reference = self.cleaned_data["evidence"]
        if not re.fullmatch(REFERENCE, reference):
            raise ValidationError("Select evidence from the register")
        return reference

    def clean_locator(self) -> str:
        locator = " ".join(self.cleaned_data["locator"].split())
        if locator and not LOCATOR_RE.fullmatch(locator):
            raise ValidationError("Page or section cannot contain square brackets")
        return locator


def legend(size: str = "s") -> dict:
    return {"legend_size": Size.for_legend(size)}


DATE_EXAMPLE = "For example, 27 3 2019"


def _framework_field(field: forms.TypedChoiceField, rows, empty: str, noun: str) -> None:
    by_pk = {str(row.pk): row for row in rows}
    field.choices = [("", empty), *((pk, str(row)) for pk, row in by_pk.items())]
    field.coerce = by_pk.get
    field.empty_value = None
    field.error_messages["invalid_choice"] = f"Select a {noun} from the list"


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
    description = _text("Description", rows=4)
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
        _framework_field(
            self.fields["threat_area"], framework.threat_areas, "Not tied to one", "threat area"
        )
        _framework_field(self.fields["dimension"], framework.dimensions, "Not tied to one", "C")
        self.fields["evidence"].register = {item.reference: item for item in register}
        _mark_optional(self)
        self.helper = FormHelper()
        self.helper.form_tag = False
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


class DepartureForm(VersionedForm):
    reference = forms.CharField(
        label="Reference",
        max_length=20,
        help_text="For example DEP-001.",
        error_messages={
            "required": "Enter a reference",
            "max_length": "Reference must be 20 characters or fewer",
        },
    )
    title = forms.CharField(
        label="What is departed from",
        max_length=300,
        error_messages={
            "required": "Enter what is departed from",
            "max_length": "What is departed from must be 300 characters or fewer",
        },
    )
    justification = forms.CharField(
        label="Justification",
        max_length=MAX_TEXT,
        help_text="Why there is good reason not to follow the SPR in this case.",
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": "Enter the justification",
            "max_length": f"Justification must be {MAX_TEXT:,} characters or fewer",
        },
    )
    threat_area = forms.TypedChoiceField(label="Threat area", required=False)
    dimension = forms.TypedChoiceField(label="C", required=False)
    status = forms.ChoiceField(
        label="Status",
        widget=forms.RadioSelect,
        error_messages={"required": "Select a status", "invalid_choice": "Select a status"},
    )
    approved_by = forms.CharField(
        label="Approved by",
        max_length=200,
        required=False,
        help_text="Name and role. Needed once the departure is approved.",
        error_messages={"max_length": "Approved by must be 200 characters or fewer"},
    )
    approved_on = DateInputField(
        noun="date approved",
        label="Date approved",
        required=False,
        help_text=f"Needed once the departure is approved. {DATE_EXAMPLE}",
    )
    review_on = DateInputField(
        noun="review date",
        label="Review date",
        required=False,
        help_text=f"When the departure is next looked at. {DATE_EXAMPLE}",
    )
    ended_on = DateInputField(
        noun="date ended",
        label="Date ended",
        required=False,
        help_text=f"Needed once the departure has ended. {DATE_EXAMPLE}",
    )

    STATUS_HINTS = {
        "proposed": "Not yet approved.",
        "approved": "In force: say who approved it and when.",
        "ended": "No longer in force: say when it ended.",
    }

    def __init__(self, *args, period, framework, instance=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.period, self.instance = period, instance
        self.fields["status"].choices = list(Departure.Status.choices)
        self.fields["status"].hints = self.STATUS_HINTS
        _framework_field(
            self.fields["threat_area"], framework.threat_areas, "Not tied to one", "threat area"
        )
        _framework_field(self.fields["dimension"], framework.dimensions, "Not tied to one", "C")
        _mark_optional(self)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(
            Field.text("reference", field_width=Fixed.TEN),
            Field.text("title"),
            Field.textarea("justification", rows=6),
            Field.select("threat_area"),
            Field.select("dimension"),
            Field("status", template="forms/radios.html"),
            Field.text("approved_by"),
            Field("approved_on", context=legend()),
            Field("review_on", context=legend()),
            Field("ended_on", context=legend()),
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
            Departure.objects.filter(period=self.period, reference__iexact=reference)
            .exclude(pk=getattr(self.instance, "pk", None))
            .values_list("reference", flat=True)
            .first()
        )
        if taken:
            raise ValidationError(f"{taken} is already in the register: choose another reference")
        return reference

    def clean_approved_by(self) -> str:
        return " ".join(self.cleaned_data["approved_by"].split())

    def clean(self):
        cleaned = super().clean()
        status = cleaned.get("status")
        approved_on, review_on = cleaned.get("approved_on"), cleaned.get("review_on")
        ended_on = cleaned.get("ended_on")
        if status in ("approved", "ended"):
            if not cleaned.get("approved_by") and "approved_by" not in self.errors:
                self.add_error("approved_by", "Enter who approved the departure")
            if not approved_on and "approved_on" not in self.errors:
                self.add_error("approved_on", "Enter the date the departure was approved")
        if status == "ended" and not ended_on and "ended_on" not in self.errors:
            self.add_error("ended_on", "Enter the date the departure ended")
        if ended_on and status != "ended":
            self.add_error("ended_on", "Remove the date ended, or set the status to ended")
        if approved_on and review_on and review_on <= approved_on:
            self.add_error("review_on", "Review date must be after the date approved")
        if approved_on and ended_on and ended_on < approved_on:
            self.add_error("ended_on", "Date ended must be on or after the date approved")
        return cleaned

    def data_for_service(self) -> dict:
        return {name: self.cleaned_data[name] for name in DEPARTURE_FIELDS}


def _amount(label: str, *, required: bool) -> forms.DecimalField:
    return forms.DecimalField(
        label=label,
        required=required,
        max_digits=14,
        decimal_places=2,
        min_value=0,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "spellcheck": "false"}),
        error_messages={
            "required": f"Enter the {label.lower()}",
            "invalid": f"{label} must be a number, like 21 or 64600.50",
            "min_value": f"{label} must be 0 or more",
            "max_digits": f"{label} must be less than 1,000,000,000,000",
            "max_whole_digits": f"{label} must be less than 1,000,000,000,000",
            "max_decimal_places": f"{label} can have at most 2 decimal places",
        },
    )


class CapacityMetricForm(VersionedForm):
    name = forms.CharField(
        label="Measure",
        max_length=200,
        help_text="What is counted, for example Public order PSUs available.",
        error_messages={
            "required": "Enter what is measured",
            "max_length": "Measure must be 200 characters or fewer",
        },
    )
    dimension = forms.TypedChoiceField(label="C", required=False)
    value = _amount("Value", required=True)
    unit = forms.CharField(
        label="Unit",
        max_length=40,
        help_text="For example PSUs, officers or £.",
        error_messages={
            "required": "Enter the unit",
            "max_length": "Unit must be 40 characters or fewer",
        },
    )
    national_commitment = _amount("National commitment", required=False)
    as_at = DateInputField(noun="as-at date", label="As at", help_text=DATE_EXAMPLE)
    source = forms.TypedChoiceField(label="Source evidence", required=False)

    def __init__(self, *args, threat_assessment, framework, register, instance=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.threat_assessment, self.instance = threat_assessment, instance
        self.fields[
            "national_commitment"
        ].help_text = (
            "The force's share of the national capacity, in the same unit, if there is one."
        )
        _framework_field(self.fields["dimension"], framework.dimensions, "Not tied to one", "C")
        by_pk = {str(item.pk): item for item in register}
        source = self.fields["source"]
        source.choices = [
            ("", "No source"),
            *((pk, f"{item.reference} {item.title}") for pk, item in by_pk.items()),
        ]
        source.coerce = by_pk.get
        source.empty_value = None
        source.error_messages["invalid_choice"] = "Select evidence from the register"
        _mark_optional(self)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.layout = Layout(
            Field.text("name"),
            Field.select("dimension"),
            Field.text("value", field_width=Fixed.TEN),
            Field.text("unit", field_width=Fixed.TEN),
            Field.text("national_commitment", field_width=Fixed.TEN),
            Field("as_at", context=legend()),
            Field.select("source"),
            "version",
        )

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        taken = (
            self.threat_assessment.metrics.filter(name__iexact=name)
            .exclude(pk=getattr(self.instance, "pk", None))
            .exists()
        )
        if taken:
            raise ValidationError(f"This threat area already has a measure called “{name}”")
        return name

    def data_for_service(self) -> dict:
        return {name: self.cleaned_data[name] for name in METRIC_FIELDS}
