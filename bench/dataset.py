"""A large synthetic dataset for the benchmarks: forces, periods, evidence, citations, actions.

`build(Shape.scaled(10_000))` makes about 5 forces with 3 reporting periods each (the current
year and the two before it, under the 2015 SPR), 10,000 evidence items spread evenly over the
forces, 30,000 citations spread over every period's narratives (threat contexts and the five
Cs, unevenly, as real papers are), 2,000 actions, and a few departures and capacity metrics.
Dates are relative to today, so the dashboard sees a realistic spread of fresh, due and stale
evidence and of overdue actions.

Rows are written in bulk (with their history rows, so history-reading pages have something
to read), and the citation rows are derived from the narratives' markers by the product's
own `citations_sync`, so the database triggers check every one of them.
"""

import datetime
import random
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from accounts.models import Force, User
from accounts.roles import GROUP_NAMES, Role
from assessments.models import CapacityMetric, Departure, DimensionAssessment, ThreatAssessment
from evidence.models import Action, Classification, EvidenceItem
from evidence.services import citations_sync
from reports.models import BoardPaper
from threats.models import Edition, RatingScale, ReportingPeriod

EDITION_KEY = "spr-2015"
SCALE_KEY = "spr-compliance"
COUNTIES = ["Northmoor", "Eastvale", "Southdown", "Westmarch", "Highfield", "Lowland", "Riverside"]
PERSONAS = [
    # username suffix, role
    ("analyst", Role.ANALYST),
    ("reviewer", Role.REVIEWER),
    ("pccstaff", Role.PCC_STAFF),
    ("board", Role.BOARD_MEMBER),
]
EXTRA_OWNERS = 6  # more analysts per force, so evidence has a spread of owners
SOURCES = [
    "HMICFRS",
    "National Police Chiefs' Council",
    "Home Office",
    "Regional CT unit",
    "ROCU",
    "Local resilience forum",
    "College of Policing",
    "Force strategic planning",
]
DOCUMENTS = ["report", "letter", "minutes", "data", "review"]
LOCATORS = ["", "", "p3", "p8-10", "p12", "s4.2", "annex B", "p27-28", "para 14"]
SENTENCES = [
    "The force keeps this capability under review with its regional partners.",
    "An exercise in the autumn tested mobilisation against the national commitment.",
    "Inspectors judged the arrangements effective, with two areas for improvement.",
    "Funding for the specialist team is agreed until the end of the financial year.",
    "The strategic board receives a quarterly report on progress and risks.",
    "Training records show most response officers are trained to the required level.",
    "Mutual aid arrangements with neighbouring forces were used twice this year.",
    "The regional unit leads the work, with the force contributing officers and staff.",
]


@dataclass(frozen=True)
class Shape:
    forces: int = 5
    periods: int = 3
    evidence: int = 10_000  # in all, spread evenly over the forces
    citations: int = 30_000  # in all, spread over every period's narratives
    actions: int = 2_000  # in all

    @classmethod
    def scaled(cls, evidence: int, *, forces: int = 5) -> "Shape":
        """The brief's proportions (3 citations and 0.2 actions per item) at any size."""
        return cls(forces=forces, evidence=evidence, citations=3 * evidence, actions=evidence // 5)


@dataclass
class ForceData:
    force: Force
    users: dict[str, User]  # by persona: analyst, reviewer, pccstaff, board
    periods: list[ReportingPeriod]  # oldest first; the last is the current year
    evidence_count: int = 0
    citation_count: int = 0  # in the current period

    @property
    def current(self) -> ReportingPeriod:
        return self.periods[-1]


@dataclass
class Dataset:
    shape: Shape
    forces: list[ForceData] = field(default_factory=list)


def period_starts(today: datetime.date, count: int) -> list[datetime.date]:
    """1 April of the current reporting year and of the years before it, oldest first."""
    year = today.year if today >= datetime.date(today.year, 4, 1) else today.year - 1
    return [datetime.date(year - back, 4, 1) for back in range(count - 1, -1, -1)]


def share(total: int, parts: int, index: int) -> int:
    """Part `index` of `total` split as evenly as whole numbers allow."""
    return total // parts + (1 if index < total % parts else 0)


@transaction.atomic
def build(shape: Shape, *, seed: int = 2019, password: str | None = None) -> Dataset:
    rnd = random.Random(seed)
    today = timezone.localdate()
    edition = Edition.objects.get(key=EDITION_KEY)
    scale = RatingScale.objects.get(key=SCALE_KEY)
    framework = {
        "areas": list(edition.threat_areas.order_by("order")),
        "dimensions": list(edition.dimensions.order_by("order")),
        "levels": list(scale.levels.filter(is_assessed=True).order_by("rank")),
        "unassessed": scale.levels.get(is_assessed=False),
    }
    # One hash for everyone: hashing thousands of times with Argon2 would take minutes.
    password_hash = make_password(password) if password else make_password(None)
    dataset = Dataset(shape)
    existing = Force.objects.count()
    for index in range(shape.forces):
        name = COUNTIES[(existing + index) % len(COUNTIES)]
        number = existing + index + 1
        force = Force.objects.create(
            name=f"{name} Police ({number})",
            slug=f"{name.lower()}-{number}",
            pcc_title=f"Police and Crime Commissioner for {name}",
        )
        users = _users(force, password_hash)
        periods = _periods(force, edition, scale, today, shape.periods)
        data = ForceData(force, users, periods)
        items = _evidence(rnd, force, users, periods, share(shape.evidence, shape.forces, index))
        data.evidence_count = len(items)
        per_period = share(shape.citations, shape.forces, index)
        for number_in_force, period in enumerate(periods):
            citations = share(per_period, len(periods), number_in_force)
            _assessments(rnd, period, framework, users, items, citations)
            _departures_and_metrics(rnd, period, framework, users, items)
        data.citation_count = share(per_period, len(periods), len(periods) - 1)
        _actions(rnd, force, periods, framework, items, share(shape.actions, shape.forces, index))
        dataset.forces.append(data)
    return dataset


def _users(force: Force, password_hash: str) -> dict[str, User]:
    groups = {role: Group.objects.get(name=GROUP_NAMES[role]) for _, role in PERSONAS}
    people = [(suffix, role) for suffix, role in PERSONAS]
    people += [(f"analyst{n}", Role.ANALYST) for n in range(2, EXTRA_OWNERS + 2)]
    users = {}
    for suffix, _role in people:
        user = User(
            username=f"{force.slug}-{suffix}",
            first_name=suffix.capitalize(),
            last_name=force.name.split()[0],
            force=force,
            password=password_hash,
        )
        users[suffix] = user
    bulk_create_with_history(list(users.values()), User)
    saved = {u.username: u for u in User.objects.filter(force=force)}
    users = {suffix: saved[user.username] for suffix, user in users.items()}
    for suffix, role in people:
        users[suffix].groups.add(groups[role])
    return users


def _periods(force, edition, scale, today, count) -> list[ReportingPeriod]:
    periods = []
    for starts in period_starts(today, count):
        ends = starts.replace(year=starts.year + 1) - datetime.timedelta(days=1)
        period = ReportingPeriod.objects.create(
            force=force,
            edition=edition,
            rating_scale=scale,
            label=f"{starts.year}/{(starts.year + 1) % 100:02d}",
            starts_on=starts,
            ends_on=ends,
            status=ReportingPeriod.Status.OPEN if ends >= today else ReportingPeriod.Status.CLOSED,
        )
        BoardPaper.objects.create(
            period=period,
            title=f"Strategic Policing Requirement: annual compliance report {period.label}",
            meeting="Strategic Policing and Crime Board",
            meeting_date=ends + datetime.timedelta(days=100),
            author="Head of Strategic Planning",
            purpose="To show the board that the PCC and Chief Constable meet the SPR.",
            background="The Home Secretary sets out the national threats in the SPR.",
            conclusion="The force can mobilise to a national threat when called upon.",
            sign_off_name="Chief Constable",
        )
        periods.append(period)
    return periods


def _evidence(rnd, force, users, periods, count) -> list[EvidenceItem]:
    first, last = periods[0].starts_on, periods[-1].ends_on
    span = (min(last, timezone.localdate()) - first).days
    owners = [u for key, u in users.items() if key.startswith("analyst")] + [users["reviewer"]]
    kinds = [kind for kind, _ in EvidenceItem.Kind.choices]
    items = []
    for n in range(1, count + 1):
        dated = first + datetime.timedelta(days=rnd.randrange(max(span, 1)))
        # Review dates from six months to three years on: a spread of stale, due and fresh.
        review_by = dated + datetime.timedelta(days=rnd.randrange(180, 3 * 365))
        items.append(
            EvidenceItem(
                force=force,
                reference=f"EV-{n:05d}",
                title=f"{rnd.choice(SOURCES)} {rnd.choice(DOCUMENTS)} {n}",
                summary=rnd.choice(SENTENCES),
                kind=rnd.choice(kinds),
                source=rnd.choice(SOURCES),
                source_reference=f"REF/{dated.year}/{n}",
                evidence_date=dated,
                covers_from=dated - datetime.timedelta(days=365) if n % 3 == 0 else None,
                covers_to=dated if n % 3 == 0 else None,
                review_by=review_by,
                owner=rnd.choice(owners),
                classification=(
                    Classification.OFFICIAL_SENSITIVE if n % 25 == 0 else Classification.OFFICIAL
                ),
            )
        )
    bulk_create_with_history(items, EvidenceItem, batch_size=1000)
    return list(EvidenceItem.objects.filter(force=force).order_by("evidence_date"))


def _narrative(rnd, references: list[str], citations: int) -> str:
    """Paragraphs of prose, each with 0 to 4 citation markers, carrying `citations` in all."""
    paragraphs = []
    while citations > 0 or not paragraphs:
        markers = []
        for _ in range(min(citations, rnd.choice([0, 1, 2, 2, 3, 4]))):
            locator = rnd.choice(LOCATORS)
            ref = rnd.choice(references)
            markers.append(f"[@{ref}, {locator}]" if locator else f"[@{ref}]")
            citations -= 1
        text = " ".join(rnd.sample(SENTENCES, 2))
        paragraphs.append(f"{text} {' '.join(markers)}".strip())
    return "\n\n".join(paragraphs)


def _weights(rnd, count: int) -> list[int]:
    """How many of `citations` each of `count` narratives carries: uneven, as in real papers."""
    return [rnd.choice([1, 2, 3, 3, 4, 6]) for _ in range(count)]


def _spread(rnd, total: int, count: int) -> list[int]:
    weights = _weights(rnd, count)
    parts = [total * w // sum(weights) for w in weights]
    for n in range(total - sum(parts)):
        parts[n % count] += 1
    return parts


def _assessments(rnd, period, framework, users, items, citations):
    # Cite what existed by the end of the period (all of it, for a period just begun).
    pool = [item.reference for item in items if item.evidence_date <= period.ends_on]
    pool = pool or [item.reference for item in items]
    areas, dimensions = framework["areas"], framework["dimensions"]
    counts = iter(_spread(rnd, citations, len(areas) * (1 + len(dimensions))))
    threats = [
        ThreatAssessment(
            period=period,
            threat_area=area,
            context=f"### Threat level\n\n{_narrative(rnd, pool, next(counts))}",
            owner=users["reviewer"],
        )
        for area in areas
    ]
    bulk_create_with_history(threats, ThreatAssessment)
    threats = list(ThreatAssessment.objects.filter(period=period).select_related("period"))
    current = period.ends_on >= timezone.localdate()
    cells = []
    for threat in threats:
        for dimension in dimensions:
            state = rnd.choice(["draft", "submitted", "approved"]) if current else "approved"
            level = rnd.choice(framework["levels"][:2] * 3 + framework["levels"][2:])
            cells.append(
                DimensionAssessment(
                    threat_assessment=threat,
                    dimension=dimension,
                    rating=framework["unassessed"]
                    if state == "draft" and rnd.random() < 0.3
                    else level,
                    narrative=_narrative(rnd, pool, next(counts)),
                    gaps=rnd.choice(["", "", "Recruitment to the specialist team is behind plan."]),
                    owner=users["analyst"],
                    state=state,
                )
            )
    bulk_create_with_history(cells, DimensionAssessment)
    for threat in threats:
        citations_sync(target=threat)
    saved = DimensionAssessment.objects.filter(threat_assessment__period=period).select_related(
        "threat_assessment__period"
    )
    for cell in saved:
        citations_sync(target=cell)


def _departures_and_metrics(rnd, period, framework, users, items):
    areas, dimensions = framework["areas"], framework["dimensions"]
    departures = [
        Departure(
            period=period,
            reference=f"DEP-{n:02d}",
            threat_area=rnd.choice(areas),
            dimension=rnd.choice(dimensions),
            title="Specialist capability shared with a neighbouring force",
            justification="A collaboration agreement provides the capability at lower cost.",
            status=Departure.Status.APPROVED,
            approved_by=users["pccstaff"],
            approved_on=period.starts_on + datetime.timedelta(days=30 * n),
        )
        for n in range(1, 4)
    ]
    bulk_create_with_history(departures, Departure)
    metrics = [
        CapacityMetric(
            threat_assessment=threat,
            dimension=rnd.choice(dimensions),
            name=f"Trained officers available ({threat.threat_area.key})",
            value=Decimal(rnd.randrange(10, 400)),
            unit="officers",
            national_commitment=Decimal(rnd.randrange(10, 400)),
            as_at=period.starts_on + datetime.timedelta(days=200),
            source=rnd.choice(items),
        )
        for threat in period.threat_assessments.select_related("threat_area")
    ]
    bulk_create_with_history(metrics, CapacityMetric)


def _actions(rnd, force, periods, framework, items, count):
    today = timezone.localdate()
    statuses = ["open"] * 4 + ["in_progress"] * 3 + ["completed"] * 4 + ["withdrawn"]
    actions = []
    for n in range(1, count + 1):
        status = rnd.choice(statuses)
        raised_in = rnd.choice(periods)
        due = today + datetime.timedelta(days=rnd.randrange(-200, 400))
        actions.append(
            Action(
                force=force,
                reference=f"ACT-{n:05d}",
                title=f"Address area for improvement {n}",
                source_kind=rnd.choice([kind for kind, _ in Action.SourceKind.choices]),
                owner=rnd.choice(["Head of Public Order", "Head of Crime", "ACC Operations"]),
                threat_area=rnd.choice(framework["areas"]),
                dimension=rnd.choice(framework["dimensions"] + [None]),
                raised_in=raised_in,
                due_on=due,
                status=status,
                completed_on=min(due, today) if status == "completed" else None,
            )
        )
    bulk_create_with_history(actions, Action, batch_size=1000)
    links = Action.evidence.through
    saved = Action.objects.filter(force=force).values_list("pk", flat=True)
    links.objects.bulk_create(
        [
            links(action_id=pk, evidenceitem_id=item.pk)
            for pk in saved
            for item in rnd.sample(items, rnd.randrange(0, 3))
        ],
        batch_size=2000,
    )


@transaction.atomic
def add_volume(force: Force, *, evidence: int, actions: int, seed: int = 2020) -> None:
    """More evidence and actions for an existing force (the demo's, for the load test)."""
    rnd = random.Random(seed)
    users = {
        ("analyst" if n == 0 else f"analyst{n + 1}"): user
        for n, user in enumerate(User.objects.filter(force=force).order_by("pk"))
    }
    users.setdefault("reviewer", next(iter(users.values())))
    periods = list(force.periods.order_by("starts_on"))
    items = _evidence(rnd, force, users, periods, evidence)
    edition = periods[-1].edition
    framework = {
        "areas": list(edition.threat_areas.order_by("order")),
        "dimensions": list(edition.dimensions.order_by("order")),
    }
    _actions(rnd, force, periods, framework, items, actions)
