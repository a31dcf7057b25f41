"""The evidence register's filters, search and sort order.

Choices (periods, threat areas, Cs, owners) come in as lists the selector has already read,
so validating a value or drawing the form never queries. A value that is not one of the
choices is ignored and reported, never an error page.
"""

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.text import capfirst

from evidence.models import Citation, Classification, EvidenceItem
from threats.models import ReportingPeriod

FRESHNESS = [("fresh", "Fresh"), ("stale", "Stale")]
# Sort keys in URLs, and the ordering each means (reference breaks ties).
SORTS = {
    "reference": ("reference", "pk"),
    "-reference": ("-reference", "-pk"),
    "title": ("title", "reference", "pk"),
    "-title": ("-title", "reference", "pk"),
    "date": ("evidence_date", "reference", "pk"),
    "-date": ("-evidence_date", "reference", "pk"),
    "review-by": ("review_by", "reference", "pk"),
    "-review-by": ("-review_by", "reference", "pk"),
}
DEFAULT_SORT = "reference"
SEARCHED_FIELDS = ("reference", "title", "summary", "source", "source_reference")


# What "cited in" means for a reporting period ("stale" is evidence/staleness.py's).


def cited_in(period: ReportingPeriod, *, threat_area: str = "", dimension: str = "") -> QuerySet:
    """Ids of items cited in the period's narratives, optionally of one threat area and C
    (by key). Context narratives have no C, so a C leaves them out."""
    cell = "dimension_assessment__threat_assessment"
    in_cells = Q(**{f"{cell}__period": period})
    in_context = Q(threat_assessment__period=period)
    if threat_area:
        in_cells &= Q(**{f"{cell}__threat_area__key": threat_area})
        in_context &= Q(threat_assessment__threat_area__key=threat_area)
    if dimension:
        in_cells &= Q(dimension_assessment__dimension__key=dimension)
        return Citation.objects.filter(in_cells).values("evidence_id")
    return Citation.objects.filter(in_cells | in_context).values("evidence_id")


def _unchanged(queryset, name, value):
    """For filters whose value is applied together with others in filter_queryset."""
    return queryset


class EvidenceFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label="Search", method="search", max_length=200)
    period = django_filters.ChoiceFilter(
        label="Reporting period", method=_unchanged, empty_label=None
    )
    threat_area = django_filters.ChoiceFilter(
        label="Threat area",
        method=_unchanged,
        empty_label="Any threat area",
        help_text="Cited in its assessment for the period",
    )
    dimension = django_filters.ChoiceFilter(
        label="Requirement (C)",
        method=_unchanged,
        empty_label="Any of the Cs",
        help_text="Cited under this C in the period",
    )
    kind = django_filters.ChoiceFilter(
        label="Kind", choices=EvidenceItem.Kind.choices, empty_label="Any kind"
    )
    owner = django_filters.ChoiceFilter(label="Owner", empty_label="Anyone")
    classification = django_filters.ChoiceFilter(
        label="Classification", choices=Classification.choices, empty_label="Any classification"
    )
    freshness = django_filters.ChoiceFilter(
        label="Fresh or stale",
        choices=FRESHNESS,
        method=_unchanged,
        empty_label="Either",
    )
    uncited = django_filters.BooleanFilter(
        label="Only evidence not cited anywhere",
        method="not_cited",
        widget=forms.CheckboxInput,
    )
    sort = django_filters.ChoiceFilter(
        label="Sort order",
        choices=[(key, key) for key in SORTS],
        method=_unchanged,
        widget=forms.HiddenInput,
    )

    class Meta:
        model = EvidenceItem
        fields: list[str] = []

    def __init__(
        self, data, *, queryset, period, stale_check, periods, threat_areas, dimensions, owners
    ):
        super().__init__(data, queryset=queryset)
        self.period = period
        self.stale_check = stale_check
        choices = {
            "period": [(str(p.pk), p.label) for p in periods],
            "threat_area": [(t.key, t.label) for t in threat_areas],
            "dimension": [(d.key, d.label) for d in dimensions],
            "owner": [(str(u.pk), str(u)) for u in owners],
        }
        for name, values in choices.items():
            self.filters[name].extra["choices"] = values
        # The form is built from here on. Say which date the filter judges against.
        self.form.fields["freshness"].help_text = capfirst(stale_check.when)
        for name, field in self.form.fields.items():
            widget = field.widget
            if isinstance(widget, forms.Select):
                widget.attrs["class"] = "govuk-select"
            elif isinstance(widget, forms.TextInput):
                widget.attrs["class"] = "govuk-input"
            if field.help_text:
                widget.attrs["aria-describedby"] = f"id_{name}_hint"

    @property
    def is_filtered(self) -> bool:
        """Whether anything narrows the list (the period and the sort order do not)."""
        self.form.is_valid()
        narrowing = set(self.form.cleaned_data) - {"period", "sort"}
        return any(self.form.cleaned_data[name] for name in narrowing)

    def ignored_filters(self) -> list[str]:
        """Labels of the filters whose values were not understood (and so not applied)."""
        self.form.is_valid()
        return [
            str(self.form.fields[name].label)
            for name in self.form.errors
            if name in self.form.fields and name != "period"
        ]

    @property
    def chosen_sort(self) -> str:
        self.form.is_valid()
        return self.form.cleaned_data.get("sort") or DEFAULT_SORT

    def search(self, queryset, name, value):
        # Every word must appear in at least one of the searched fields.
        for word in value.split()[:10]:
            matches = Q()
            for field in SEARCHED_FIELDS:
                matches |= Q(**{f"{field}__icontains": word})
            queryset = queryset.filter(matches)
        return queryset

    def not_cited(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(~Exists(Citation.objects.filter(evidence=OuterRef("pk"))))

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data
        if self.period is not None:
            threat_area, dimension = data.get("threat_area"), data.get("dimension")
            if threat_area or dimension:
                queryset = queryset.filter(
                    pk__in=cited_in(self.period, threat_area=threat_area, dimension=dimension)
                )
        if data.get("freshness") == "stale":
            queryset = queryset.stale(self.stale_check)
        elif data.get("freshness") == "fresh":
            queryset = queryset.fresh(self.stale_check)
        return queryset.order_by(*SORTS[data.get("sort") or DEFAULT_SORT])
