"""A complete force for access tests: two periods, assessments, evidence with a file, an
action, a departure, a metric and an issued paper, each carrying the force's own marker word so
a test can tell whose data a page, an export or a PDF shows.

Also the URL walk with real values for each converter, a browser-like reading of a page's form,
and a snapshot of every product table (to prove a refused request changed nothing).
"""

import datetime
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RoutePattern

from accounts.roles import Role
from assessments.models import CapacityMetric, Departure, DimensionAssessment, ThreatAssessment
from assessments.services import departure_approve
from evidence.models import Action, EvidenceFile, EvidenceItem
from evidence.services import EDITABLE_FIELDS, citations_sync, evidence_item_update
from evidence.uploads import check_upload
from reports.models import BoardPaper, IssuedPaper
from reports.services import paper_issue
from tests.db import product_models, table_rows
from tests.evidence import samples
from tests.factories import ActionFactory, EvidenceItemFactory, PeriodFactory, UserFactory
from threats.models import ReportingPeriod

# The names World.values() gives: URL parameter names, and object names for a `pk`.
VALUE_NAMES = frozenset(
    {"period_pk", "other_pk", "threat_key", "dimension_key", "submitted_dimension_key"}
    | {"item", "file", "action", "departure", "approved_departure", "metric", "issued"}
    | {"previous"}
)


@dataclass
class World:
    """One force's objects; `marker` is a word that appears in its texts and nowhere else."""

    marker: str
    force: object
    previous: ReportingPeriod
    period: ReportingPeriod
    threat: ThreatAssessment
    cell: DimensionAssessment  # a draft
    submitted: DimensionAssessment  # another C, waiting for review
    item: EvidenceItem
    file: EvidenceFile
    action: Action
    departure: Departure  # proposed
    approved_departure: Departure
    metric: CapacityMetric
    issued: IssuedPaper

    def values(self) -> dict[str, str]:
        """Real values by URL parameter name; a `pk` is named per URL in the table."""
        values = {
            "period_pk": str(self.period.pk),
            "other_pk": str(self.previous.pk),
            "threat_key": self.threat.threat_area.key,
            "dimension_key": self.cell.dimension.key,
            "submitted_dimension_key": self.submitted.dimension.key,
            "item": str(self.item.pk),
            "file": str(self.file.pk),
            "action": str(self.action.pk),
            "departure": str(self.departure.pk),
            "approved_departure": str(self.approved_departure.pk),
            "metric": str(self.metric.pk),
            "issued": str(self.issued.pk),
            "previous": str(self.previous.pk),
        }
        assert set(values) == VALUE_NAMES
        return values


def _assess(period, marker: str, owner) -> ThreatAssessment:
    """Terrorism assessed on every C (approved), citing EV-001; the other threats not started."""
    area = period.edition.threat_areas.get(key="terrorism")
    meets = period.rating_scale.levels.get(key="meets")
    threat = ThreatAssessment.objects.create(
        period=period,
        threat_area=area,
        # A sub-heading too: the pages that draw the context draw it as a heading.
        context=(
            f"### National picture\n\nThe {marker} picture of the threat is high [@EV-001, p3]."
        ),
        owner=owner,
    )
    citations_sync(target=threat)
    for dimension in period.edition.dimensions.order_by("order"):
        cell = DimensionAssessment.objects.create(
            threat_assessment=threat,
            dimension=dimension,
            rating=meets,
            narrative=f"{dimension.label} of {marker} is shown [@EV-001, p8-10].",
            owner=owner,
            state=DimensionAssessment.State.APPROVED,
        )
        citations_sync(target=cell)
    return threat


def _paper(period, marker: str) -> BoardPaper:
    return BoardPaper.objects.create(
        period=period,
        title=f"{marker} SPR compliance report {period.label}",
        meeting="Policing Board",
        meeting_date=period.ends_on - datetime.timedelta(days=14),
        presented_by="Chief Constable",
        author="Strategic Planning",
        purpose=f"To assure the {marker} board [@EV-001, p1].",
        background="The SPR sets national threats.",
        recommendation="The board is asked to note the report.",
        conclusion=f"The {marker} force can mobilise.",
        sign_off_name="Chief Executive",
    )


def build_world(force, marker: str) -> World:
    """Every kind of object of one force. The earlier period's paper is issued (for real: the
    PDF is rendered), the later period stays open for editing."""
    # The people's names carry the marker too: a list of another force's people is a leak.
    owner = UserFactory(
        username=f"owner-{force.slug}", last_name=marker, force=force, role=Role.ANALYST
    )
    previous = PeriodFactory(
        force=force,
        label="2018/19",
        starts_on=datetime.date(2018, 4, 1),
        ends_on=datetime.date(2019, 3, 31),
    )
    period = PeriodFactory(
        force=force,
        label="2019/20",
        starts_on=datetime.date(2019, 4, 1),
        ends_on=datetime.date(2020, 3, 31),
    )
    item = EvidenceItemFactory(
        force=force,
        reference="EV-001",
        title=f"{marker} inspection report",
        summary=f"What {marker} inspectors found.",
        owner=owner,
        evidence_date=datetime.date(2018, 6, 1),
        review_by=datetime.date(2021, 6, 1),
    )
    data = {name: getattr(item, name) for name in EDITABLE_FIELDS}
    upload = samples.upload(f"{marker} report.pdf", samples.PDF, "application/pdf")
    item = evidence_item_update(
        item=item, user=owner, data=data, files=[check_upload(upload)], expected_version=1
    )
    _assess(previous, marker, owner)
    _paper(previous, marker)
    threat = _assess(period, marker, owner)
    _paper(period, marker)
    metric = CapacityMetric.objects.create(
        threat_assessment=threat,
        name=f"{marker} firearms officers",
        value=97,
        unit="%",
        national_commitment=100,
        as_at=datetime.date(2019, 12, 4),
        source=item,
    )
    action = ActionFactory(
        force=force,
        reference="ACT-001",
        title=f"{marker} uplift to finish",
        threat_area=threat.threat_area,
        due_on=datetime.date(2020, 1, 31),
    )
    departure = Departure.objects.create(
        period=period,
        reference="DEP-001",
        threat_area=threat.threat_area,
        title=f"{marker} timing of the uplift",
        justification="Recruits need training [@EV-001, p4].",
    )
    issuer = UserFactory(
        username=f"issuer-{force.slug}", last_name=marker, force=force, role=Role.PCC_STAFF
    )
    # One across threat areas as well, approved: the paper gives those a section of their own.
    approved_departure = departure_approve(
        departure=Departure.objects.create(
            period=period,
            reference="DEP-002",
            title=f"{marker} mutual aid across the region",
            justification="### Agreement\n\nThe regional agreement covers it.",
        ),
        user=issuer,
        expected_version=1,
        today=datetime.date(2019, 7, 15),
    )
    issued = paper_issue(
        period=previous, user=issuer, override_reason=f"{marker} board meets before sign-off."
    )
    # In the open period one C is still a draft and another waits for review, so that
    # submitting, approving and returning can be tried.
    cell, submitted = threat.dimension_assessments.order_by("dimension__order")[:2]
    cell.state = DimensionAssessment.State.DRAFT
    cell.save()
    submitted.state = DimensionAssessment.State.SUBMITTED
    submitted.save()
    return World(
        marker=marker,
        force=force,
        previous=previous,
        period=period,
        threat=threat,
        cell=cell,
        submitted=submitted,
        item=item,
        file=item.files.get(),
        action=action,
        departure=departure,
        approved_departure=approved_departure,
        metric=metric,
        issued=issued,
    )


# The URL walk ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Route:
    name: str  # "namespace:name", or the view's dotted path for an unnamed pattern
    template: str  # "/periods/<int:period_pk>/paper/"
    params: tuple[str, ...]  # parameter names, in order

    def path(self, values: dict[str, str]) -> str:
        return re.sub(r"<(?:\w+:)?(\w+)>", lambda m: values[m.group(1)], self.template)


def _routes(resolver, prefix: str, namespace: str):
    for entry in resolver.url_patterns:
        if isinstance(entry.pattern, RoutePattern):
            part = str(entry.pattern)
        else:
            # Regex patterns come only from the admin: keep them readable, they are not requested.
            part = entry.pattern.regex.pattern.lstrip("^").rstrip("$").replace("\\Z", "")
        if isinstance(entry, URLResolver):
            child = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _routes(entry, prefix + part, child)
        elif isinstance(entry, URLPattern):
            template = "/" + prefix + part
            params = tuple(re.findall(r"<(?:\w+:)?(\w+)>", template))
            yield Route(f"{namespace}{entry.name or entry.lookup_str}", template, params)


def walk_routes() -> list[Route]:
    return sorted(set(_routes(get_resolver(), "", "")), key=lambda r: (r.name, r.template))


# Reading a form as a browser would submit it ----------------------------------------------------


class _FormReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[dict] = []
        self._form = None
        self._select = None
        self._multiple = False
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._form = {"method": (attrs.get("method") or "get").lower(), "fields": {}}
            self.forms.append(self._form)
        if self._form is None:
            return
        fields = self._form["fields"]
        name = attrs.get("name")
        if tag == "input" and name and "disabled" not in attrs:
            kind = (attrs.get("type") or "text").lower()
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    fields[name] = attrs.get("value", "on")
                elif kind == "radio":
                    fields.setdefault(f"\0{name}", attrs.get("value", ""))
            elif kind not in ("submit", "button", "file", "image", "reset"):
                fields[name] = attrs.get("value", "")
        elif tag == "select" and name:
            self._select = name
            # A multiple select sends each option selected, and nothing when none is.
            self._multiple = "multiple" in attrs
        elif tag == "option" and self._select:
            value = attrs.get("value", "")
            if self._multiple:
                if "selected" in attrs:
                    fields.setdefault(self._select, []).append(value)
            elif "selected" in attrs or self._select not in fields:
                fields[self._select] = value
        elif tag == "textarea" and name:
            self._textarea = name
            fields[name] = ""

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea and self._form is not None:
            # A textarea's content starts after one optional leading newline.
            fields = self._form["fields"]
            text = fields[self._textarea]
            fields[self._textarea] = text + data if text else data.removeprefix("\n")


def post_forms(html: str) -> list[dict[str, str | list[str]]]:
    """The fields each POST form of the page would send as it stands (no radio checked: none)."""
    reader = _FormReader()
    reader.feed(html)
    result = []
    for form in reader.forms:
        if form["method"] == "post":
            result.append({k: v for k, v in form["fields"].items() if not k.startswith("\0")})
    return result


def form_with(html: str, field: str) -> dict[str, str | list[str]]:
    """The page's POST form that has `field` (the page's main form, not the sign-out button)."""
    for form in post_forms(html):
        if field in form:
            return form
    raise AssertionError(f"No POST form with a {field!r} field on the page")


def main_form(html: str) -> dict[str, str | list[str]]:
    """The page's POST form with the most fields: an admin page's own form, not the sign-out."""
    return max(post_forms(html), key=len)


# The whole product's data, to compare before and after a request ------------------------------


def snapshot() -> dict[str, list]:
    """Every row of every product table (history tables and many-to-many ones, such as who
    holds which role, included), in primary-key order; users' last sign-in time is left out
    (signing a test user in sets it)."""
    return table_rows(product_models(include_auto_created=True), without=("last_login",))


def differences(before: dict, after: dict) -> list[str]:
    return [label for label in before if before[label] != after.get(label)]
