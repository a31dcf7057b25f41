"""Forms of the assessment editor, departures and measures. They validate and normalise;
assessments/services.py writes."""

import re

from crispy_forms_gds.layout import Field, Fixed, Layout
from django import forms
from django.core.exceptions import ValidationError

from accounts.models import User
from assessments.models import Departure
from assessments.services import DEPARTURE_FIELDS, METRIC_FIELDS
from evidence.citations import REFERENCE
from evidence.forms import narrative_text, validate_narrative
from evidence.models import EvidenceItem
from sprcompliance.dateinput import DateInputField, long_date
from sprcompliance.forms import (
    DATE_EXAMPLE,
    MAX_TEXT,
    VersionedForm,
    choices_field,
    fields_helper,
    legend,
    mark_optional,
    owner_field,
)
from threats.models import RatingLevel

LOCATOR_RE = re.compile(r"[^\]\[]{1,60}")

NARRATIVE_HELP = (
    "Markdown: a blank line starts a new numbered paragraph (a list after a paragraph belongs "
    "to it); **bold**, *italic*, lists and links work. Cite evidence with [@EV-012, p8-10], or "
    "use “Insert citation” below."
)


class DimensionAssessmentForm(VersionedForm):
    rating = forms.TypedChoiceField(label="Rating", widget=forms.RadioSelect)
    narrative = narrative_text("Narrative", rows=12, help_text=NARRATIVE_HELP)
    gaps = narrative_text(
        "Gaps", rows=4, help_text="What is missing and what is being done about it."
    )
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
        owner_field(self.fields["owner"], owners)
        mark_optional(self)
        self.helper = fields_helper()
        self.helper.layout = Layout(
            Field("rating", template="assessments/_rating_radios.html"),
            Field.textarea("narrative", rows=12, **{"data-cite-target": "true"}),
            Field.textarea("gaps", rows=4),
            Field.select("owner"),
            "version",
        )

    def data_for_service(self) -> dict:
        return {name: self.cleaned_data[name] for name in ("rating", "narrative", "gaps", "owner")}


class ThreatAssessmentForm(VersionedForm):
    context = narrative_text(
        "Context",
        rows=12,
        help_text="The threat level, its trend and the national picture. " + NARRATIVE_HELP,
    )
    owner = forms.TypedChoiceField(label="Owner", required=False)

    def __init__(self, *args, owners: list[User], **kwargs):
        super().__init__(*args, **kwargs)
        owner_field(self.fields["owner"], owners)
        mark_optional(self)
        self.helper = fields_helper()
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
        mark_optional(self)
        self.helper = fields_helper()
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
        validators=[validate_narrative],
        error_messages={
            "required": "Enter the justification",
            "max_length": f"Justification must be {MAX_TEXT:,} characters or fewer",
        },
    )
    threat_area = forms.TypedChoiceField(label="Threat area", required=False)
    dimension = forms.TypedChoiceField(label="C", required=False)
    review_on = DateInputField(
        noun="review date",
        label="Review date",
        required=False,
        help_text=f"When the departure is next looked at. {DATE_EXAMPLE}",
    )

    def __init__(self, *args, period, framework, instance=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.period, self.instance = period, instance
        choices_field(
            self.fields["threat_area"], framework.threat_areas, "Not tied to one", "threat area"
        )
        choices_field(self.fields["dimension"], framework.dimensions, "Not tied to one", "C")
        mark_optional(self)
        self.helper = fields_helper()
        self.helper.layout = Layout(
            Field.text("reference", field_width=Fixed.TEN),
            Field.text("title"),
            Field.textarea("justification", rows=6),
            Field.select("threat_area"),
            Field.select("dimension"),
            Field("review_on", context=legend()),
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

    def clean_review_on(self):
        review_on = self.cleaned_data["review_on"]
        approved_on = getattr(self.instance, "approved_on", None)
        if review_on and approved_on and review_on <= approved_on:
            raise ValidationError(
                f"Review date must be after the date approved, {long_date(approved_on)}"
            )
        return review_on

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
        choices_field(self.fields["dimension"], framework.dimensions, "Not tied to one", "C")
        by_pk = {str(item.pk): item for item in register}
        source = self.fields["source"]
        source.choices = [
            ("", "No source"),
            *((pk, f"{item.reference} {item.title}") for pk, item in by_pk.items()),
        ]
        source.coerce = by_pk.get
        source.empty_value = None
        source.error_messages["invalid_choice"] = "Select evidence from the register"
        mark_optional(self)
        self.helper = fields_helper()
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
