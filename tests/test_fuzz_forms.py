"""Hostile input to every form: random text, NUL and control characters, injection payloads,
malformed citations, impossible dates, numbers out of range, missing and repeated fields, wrong
choices, other forces' ids and hostile uploads.

Whatever is posted, the answer is never a server error. A refused post re-shows the form with
its errors and changes nothing (every row of the product's tables, history included, and every
stored file); an accepted post saves what was posted, normalised as the form says, and leads to
a page that renders. A post with nothing spoiled is accepted.

Examples are derandomised, so CI runs the same ones every time; FUZZ_EXAMPLES raises the
number for a deeper run on a developer's machine (for example FUZZ_EXAMPLES=500).
"""

import datetime
import hashlib
import os
import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.http.multipartparser import MultiPartParser
from django.test import Client
from django.utils import timezone
from hypothesis import HealthCheck, Phase, event, example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from accounts.models import User
from accounts.roles import Role
from assessments.models import CapacityMetric, Departure, DimensionAssessment, ThreatAssessment
from evidence.citations import citations_in
from evidence.models import Action, Citation, Classification, EvidenceFile, EvidenceItem
from evidence.services import citations_sync
from reports.models import IssuedPaper
from tests.assessments.helpers import threat_with_cells
from tests.db import media_files
from tests.evidence import samples
from tests.factories import (
    ActionFactory,
    EvidenceItemFactory,
    PeriodFactory,
    UserFactory,
)
from tests.fuzz.harness import (
    answered,
    assert_unchanged,
    example_rolled_back,
    fingerprint,
    follow_redirect,
    page_errors,
    reshown_with_errors,
    send,
)
from tests.fuzz.strategies import (
    MISSING,
    DateParts,
    Post,
    Upload,
    choice_of,
    date_parts,
    dates_between,
    hostile_choice,
    hostile_dates,
    hostile_narrative,
    hostile_references,
    junk,
    narrative_text,
    numbers_as_text,
    references,
    uploads,
    valid_text,
)

pytestmark = pytest.mark.django_db

hypothesis_settings.register_profile(
    "forms-fuzz",
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "40")),
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    # No "explain" phase: it traces coverage, which is slow on Django views.
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
    # The rows each test needs come from its (function-scoped) fixtures, once per test; every
    # example runs in its own rolled-back savepoint (tests/fuzz/harness.py).
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
FUZZ = hypothesis_settings(hypothesis_settings.get_profile("forms-fuzz"))
PASSWORD = "a-long-test-passphrase"
SECRET = "Elsewhere secret inspection"
TODAY = timezone.localdate()


# The world every test posts into: two forces, each with evidence, an action, a period with
# a started threat assessment, a departure and a measure.


class World:
    pass


@pytest.fixture
def world(force, other_force, period, analyst, reviewer, pcc_staff, outsider):
    w = World()
    w.force, w.other_force, w.period = force, other_force, period
    w.analyst, w.reviewer, w.pcc_staff, w.outsider = analyst, reviewer, pcc_staff, outsider
    w.inactive = UserFactory(username="gone", force=force, role=Role.ANALYST, is_active=False)
    w.ev1 = EvidenceItemFactory(force=force, reference="EV-001", title="National strategy")
    w.ev2 = EvidenceItemFactory(force=force, reference="EV-002", title="Inspection report")
    w.secret = EvidenceItemFactory(force=other_force, reference="OTH-001", title=SECRET)
    w.previous = PeriodFactory(
        force=force,
        label="2018/19",
        starts_on=period.starts_on.replace(year=period.starts_on.year - 1),
        ends_on=period.starts_on - datetime.timedelta(days=1),
    )
    w.threat = threat_with_cells(period)
    w.threat.context = "The threat is high [@EV-001, p3]."
    w.threat.save()
    citations_sync(target=w.threat)
    w.cell = w.threat.dimension_assessments.get(dimension__key="capability")
    w.ready = w.threat.dimension_assessments.get(dimension__key="capacity")
    w.ready.rating = period.rating_scale.levels.filter(is_assessed=True).first()
    w.ready.narrative = "Ready for review [@EV-002]."
    w.ready.save()
    w.levels = list(period.rating_scale.levels.all())
    w.areas = list(period.edition.threat_areas.all())
    w.dimensions = list(period.edition.dimensions.all())
    w.action = ActionFactory(force=force, reference="ACT-001")
    w.departure = Departure.objects.create(
        period=period, reference="DEP-001", title="Mutual aid", justification="Good reason."
    )
    w.metric = CapacityMetric.objects.create(
        threat_assessment=w.threat, name="PSUs available", value=22, unit="PSUs", as_at=TODAY
    )
    w.other_period = PeriodFactory(force=other_force, label="2019/20")
    w.other_threat = threat_with_cells(w.other_period)
    w.other_action = ActionFactory(force=other_force, reference="ACT-001", title=SECRET)
    w.other_departure = Departure.objects.create(
        period=w.other_period, reference="DEP-001", title=SECRET, justification="x"
    )
    w.other_metric = CapacityMetric.objects.create(
        threat_assessment=w.other_threat, name=SECRET, value=1, unit="x", as_at=TODAY
    )
    return w


def signed_in(user) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


@pytest.fixture
def media(settings):
    return Path(settings.MEDIA_ROOT)


def outcome(
    client, response, before, media, *, valid: bool, refused=(200,), summary: bool = True
) -> bool:
    """Judge the answer to a post; True when it was accepted (and its page renders)."""
    status = answered(response)
    # --hypothesis-show-statistics shows how often each answer came up.
    event(f"answered {status}{' (valid post)' if valid else ''}")
    if status == 302:
        follow_redirect(client, response)
        return True
    if valid:
        pytest.fail(f"a valid post was refused ({status}): {page_errors(response)}")
    assert status in refused, f"answered {status}"
    if status == 200:
        if summary:
            reshown_with_errors(response)
        else:
            assert page_errors(response), "a refused post must say what is wrong"
    assert_unchanged(before, fingerprint(media))
    return False


def spoil(valid: st.SearchStrategy, hostile: dict, *, max_spoiled: int = 3):
    """Posts drawn from a strategy of valid field dicts, with up to `max_spoiled` fields made
    hostile: not sent, sent twice, or replaced by a hostile value."""

    @st.composite
    def build(draw):
        fields = draw(valid)
        names = sorted(fields)
        spoiled = draw(st.sets(st.sampled_from(names), max_size=max_spoiled))
        for name in spoiled:
            value = fields[name]
            bad = hostile.get(name, junk)
            fields[name] = draw(
                st.one_of(
                    st.just(MISSING),
                    bad,
                    st.just([value, value]),
                    bad.map(lambda b, v=value: [v, b]),
                )
            )
        extra = draw(
            st.dictionaries(st.sampled_from(["id", "pk", "force", "force_id", "state"]), junk)
        )
        return Post(fields=fields | extra, spoiled=frozenset(spoiled))

    return build()


# Sign-in.

NEXT_URLS = (
    "/",
    "/evidence/",
    "//evil.example/",
    "https://evil.example/",
    "javascript:alert(1)",
    "/\\evil.example",
    "\\\\evil.example",
    "http:/evil.example",
    " //evil.example",
    "/%2F%2Fevil.example",
)


@FUZZ
@given(
    username=st.one_of(
        st.sampled_from(["analyst", "Analyst", " analyst", "outsider", "gone", ""]), junk
    ),
    password=st.one_of(st.just(PASSWORD), st.just(MISSING), junk),
    next_url=st.one_of(st.just(MISSING), st.sampled_from(NEXT_URLS), junk),
)
def test_sign_in(world, media, username, password, next_url):
    client = Client(raise_request_exception=False)
    post = Post({"username": username, "password": password, "next": next_url})
    with example_rolled_back(media):
        before = fingerprint(media)
        response = send(client, "/accounts/login/", post)
        status = answered(response, 200, 302)
        if status == 302:
            assert password == PASSWORD and username.strip() in ("analyst", "outsider")
            assert User.objects.get(username=username.strip()).last_login is not None
            location = response["Location"]
            assert not re.match(r"^\s*(\w+:|//|/\\|\\\\)", location), location
            page = client.get(location)
            answered(page)
            if next_url in (MISSING, "/", "/evidence/"):
                assert page.status_code == 200
        else:
            reshown_with_errors(response)
            assert_unchanged(before, fingerprint(media))


@FUZZ
@given(junk_fields=st.dictionaries(st.sampled_from(["next", "x", "csrfmiddlewaretoken"]), junk))
def test_sign_out(world, media, junk_fields):
    with example_rolled_back(media):
        client = signed_in(world.analyst)
        response = send(client, "/accounts/logout/", Post(junk_fields))
        answered(response, 302)
        assert not re.match(r"^\s*(\w+:|//|/\\|\\\\)", response["Location"])
        page = client.get(response["Location"])
        answered(page)
        if "next" not in junk_fields:
            assert page.status_code == 200


# Changing one's own password.

NEW_PASSWORD = "quiet harbour lantern meadow"
WEAK_PASSWORDS = st.sampled_from(["Password123!", "short", "Testshire2019!", "123456789012"])


def last_sent(value):
    """The value a form reads from a field sent more than once: the last."""
    return value[-1] if isinstance(value, list) else value


@FUZZ
@given(
    post=spoil(
        st.fixed_dictionaries(
            {
                "old_password": st.just(PASSWORD),
                "new_password1": st.just(NEW_PASSWORD),
                "new_password2": st.just(NEW_PASSWORD),
            }
        ),
        {"new_password1": st.one_of(junk, WEAK_PASSWORDS)},
    )
)
def test_changing_a_password(world, media, post):
    with example_rolled_back(media):
        client = signed_in(world.analyst)
        before = fingerprint(media)
        response = send(client, "/accounts/password/", post)
        if outcome(client, response, before, media, valid=not post.spoiled):
            # A fresh copy: the world's user must keep the password every example starts from.
            analyst = User.objects.get(pk=world.analyst.pk)
            assert analyst.check_password(last_sent(post.fields["new_password1"]))
            assert client.get("/").status_code == 200, "still signed in"


# Evidence: adding and editing, with files.

GOOD_UPLOADS = st.sampled_from(
    [
        ("report.pdf", "pdf"),
        ("Minutes 5 Dec.docx", "docx"),
        ("notes.txt", "txt"),
    ]
)


@st.composite
def evidence_fields(draw, owners) -> dict:
    evidence_date = draw(dates_between(datetime.date(1990, 1, 1), datetime.date(2030, 1, 1)))
    review_by = evidence_date + datetime.timedelta(days=draw(st.integers(1, 3650)))
    fields = {
        "reference": draw(references("EV-", {"EV-001", "EV-002"})),
        "title": draw(valid_text(300)),
        "summary": draw(valid_text(2000, required=False)),
        "kind": draw(choice_of(EvidenceItem.Kind.values)),
        "source": draw(valid_text(200)),
        "source_reference": draw(valid_text(200, required=False)),
        "url": draw(
            st.sampled_from(["", "https://www.example.org/report", "http://example.org/a?b=1#c"])
        ),
        "evidence_date": draw(date_parts(evidence_date)),
        "review_by": draw(date_parts(review_by)),
        "covers_from": DateParts("", "", ""),
        "covers_to": DateParts("", "", ""),
        "owner": draw(choice_of(["", *owners])),
        "classification": draw(choice_of(Classification.values)),
        "version": "",
    }
    if draw(st.booleans()):
        start = draw(dates_between(datetime.date(1990, 1, 1), datetime.date(2030, 1, 1)))
        fields["covers_from"] = draw(date_parts(start))
        end = start + datetime.timedelta(days=draw(st.integers(0, 800)))
        fields["covers_to"] = draw(date_parts(end))
    return fields


def evidence_hostile(world) -> dict:
    return {
        "reference": hostile_references({"EV-001", "EV-002", "OTH-001"}),
        "title": st.one_of(junk, st.just(" " * 5)),
        "kind": hostile_choice("INSPECTION_REPORT", "inspection report", "letter "),
        "url": st.one_of(
            junk,
            st.sampled_from(
                ["javascript:alert(1)", "file:///etc/passwd", "http://", "https://" + "a" * 500]
            ),
        ),
        "evidence_date": hostile_dates,
        "review_by": hostile_dates,
        "covers_from": hostile_dates,
        "covers_to": hostile_dates,
        "owner": hostile_choice(world.outsider.pk, world.inactive.pk, 10**20),
        "classification": hostile_choice("official", "SECRET", "OFFICIAL-SENSITIVE "),
        "version": st.one_of(numbers_as_text, junk),
    }


@st.composite
def evidence_posts(draw, world, owners):
    post = draw(spoil(evidence_fields(owners), evidence_hostile(world)))
    if draw(st.booleans()):
        specs = draw(st.lists(GOOD_UPLOADS, max_size=2))
        content = {"pdf": _PDF, "docx": _DOCX, "txt": b"Notes\n"}
        post.uploads = [Upload(name, content[kind]) for name, kind in specs]
    else:
        post.uploads = draw(st.lists(uploads, min_size=1, max_size=3))
        post.spoiled |= {"files"}
    return post


_PDF, _DOCX = samples.PDF, samples.docx()


def assert_item_saved(item: EvidenceItem, post: Post) -> None:
    assert item.reference == post.get("reference").strip()
    for name in ("title", "summary", "source", "source_reference"):
        assert getattr(item, name) == post.get(name).strip(), name
    assert item.kind == post.get("kind")
    assert item.classification == post.get("classification")
    url = post.get("url").strip()
    assert item.url == (url if not url or "://" in url else f"https://{url}")
    for name in ("evidence_date", "review_by", "covers_from", "covers_to"):
        assert getattr(item, name) == post.date(name), name
    owner = post.get("owner").strip()
    assert item.owner_id == (int(owner) if owner else None)


def received(post: Post) -> list[Upload]:
    """The uploads Django's request parser hands on: it drops a part whose file name is empty,
    "." or ".." once folders and unprintable characters are taken out."""
    return [
        upload
        for upload in post.uploads
        if upload.name and MultiPartParser.sanitize_file_name(None, upload.name)
    ]


def assert_files_saved(item: EvidenceItem, post: Post, media: Path, files_before) -> None:
    records = list(EvidenceFile.objects.filter(item=item).order_by("pk"))
    new = [r for r in records if r.file.name not in files_before]
    uploads = received(post)
    assert len(new) == len(uploads)
    for record, upload in zip(new, uploads, strict=True):
        name = record.original_name
        assert name and len(name) <= 255
        assert not re.search(r"[/\\\x00-\x1f\x7f]", name), name
        assert upload.name not in record.file.name or not upload.name.strip(" .")
        stored = (media / record.file.name).read_bytes()
        assert stored == upload.content
        assert record.sha256 == hashlib.sha256(upload.content).hexdigest()
    assert len(media_files(media)) == len(files_before) + len(uploads)


@FUZZ
@given(data=st.data())
def test_adding_evidence(world, media, data):
    client = signed_in(world.analyst)
    post = data.draw(evidence_posts(world, [world.analyst.pk, world.reviewer.pk]))
    with example_rolled_back(media):
        before, files_before = fingerprint(media), media_files(media)
        response = send(client, "/evidence/new/", post)
        if outcome(client, response, before, media, valid=post.valid):
            item = EvidenceItem.objects.get(force=world.force, pk=_pk_from(response))
            assert_item_saved(item, post)
            assert item.version == 1
            assert_files_saved(item, post, media, files_before)


def _pk_from(response) -> int:
    return int(re.search(r"/(\d+)/$", response["Location"]).group(1))


TARGETS = ("own", "own", "own", "cited", "other", "absent", "huge")


@FUZZ
@given(data=st.data(), target=st.sampled_from(TARGETS))
def test_editing_evidence(world, media, data, target):
    client = signed_in(world.reviewer)
    post = data.draw(evidence_posts(world, [world.analyst.pk, world.reviewer.pk]))
    post.fields["version"] = data.draw(
        st.one_of(st.just("1"), st.just("1"), st.sampled_from(["0", "2", " 1 ", "01"]), junk)
    )
    if post.fields["version"] != "1":
        post.spoiled |= {"version"}
    pk = {
        "own": world.ev2.pk,
        "cited": world.ev1.pk,
        "other": world.secret.pk,
        "absent": 999_999,
        "huge": 10**20,
    }[target]
    valid = post.valid and target == "own"
    with example_rolled_back(media):
        before, files_before = fingerprint(media), media_files(media)
        response = send(client, f"/evidence/{pk}/edit/", post)
        refused = (404,) if target in ("other", "absent", "huge") else (200, 409)
        if outcome(client, response, before, media, valid=valid, refused=refused):
            assert target in ("own", "cited")
            item = EvidenceItem.objects.get(pk=pk)
            assert item.force == world.force
            assert_item_saved(item, post)
            assert_files_saved(item, post, media, files_before)


# The register's filters, sort order and paging, and its exports.


@st.composite
def register_params(draw, world):
    keys = [a.key for a in world.areas]
    dims = [d.key for d in world.dimensions]
    values = {
        "q": st.one_of(valid_text(200, required=False), junk),
        "period": st.one_of(
            choice_of([world.period.pk, world.previous.pk, world.other_period.pk]), junk
        ),
        "threat_area": st.one_of(st.sampled_from(keys), junk),
        "dimension": st.one_of(st.sampled_from(dims), junk),
        "kind": st.one_of(choice_of(EvidenceItem.Kind.values), junk),
        "owner": st.one_of(choice_of([world.analyst.pk, world.outsider.pk]), numbers_as_text),
        "classification": st.one_of(choice_of(Classification.values), junk),
        "freshness": st.one_of(st.sampled_from(["fresh", "stale"]), junk),
        "uncited": st.one_of(st.sampled_from(["on", "true", "1", "false"]), junk),
        "sort": st.one_of(
            st.sampled_from(["reference", "-title", "date", "-review-by", "--date", "pk"]), junk
        ),
        "page": st.one_of(numbers_as_text, st.sampled_from(["last", "0", "-1", "2"]), junk),
    }
    names = draw(st.sets(st.sampled_from(sorted(values))))
    params = {}
    for name in names:
        value = values[name]
        params[name] = draw(st.one_of(value, st.lists(value, min_size=2, max_size=3)))
    return params


def _unsafe(params: dict) -> dict:
    """The test client drops a None value; NUL and others are sent percent-encoded."""
    return {k: v for k, v in params.items() if v is not MISSING}


@FUZZ
@given(data=st.data(), url=st.sampled_from(["/evidence/", "/evidence/export.csv"]))
def test_register_filters_and_exports(world, media, data, url):
    client = signed_in(world.pcc_staff)
    params = data.draw(register_params(world))
    with example_rolled_back(media):
        before = fingerprint(media)
        response = client.get(url, _unsafe(params))
        answered(response, 200)
        body = response.content.decode("utf-8-sig")
        # (Not "OTH-001": the page may echo a filter value the user typed.)
        assert SECRET not in body
        assert_unchanged(before, fingerprint(media))


@FUZZ
@given(data=st.data())
def test_register_xlsx_export(world, media, data):
    client = signed_in(world.analyst)
    params = data.draw(register_params(world))
    with example_rolled_back(media):
        response = client.get("/evidence/export.xlsx", _unsafe(params))
        answered(response, 200)
        assert response.content[:2] == b"PK"


@FUZZ
@example(status="\x00", threat="public-order", overdue="\x00")
@example(status=["open", "completed"], threat=MISSING, overdue=["1", "0"])
@given(
    status=st.one_of(st.just(MISSING), choice_of(Action.Status.values), junk),
    threat=st.one_of(st.just(MISSING), st.sampled_from(["public-order", "terrorism"]), junk),
    overdue=st.one_of(st.just(MISSING), st.sampled_from(["1", "0", "on"]), junk),
)
def test_action_list_filters(world, media, status, threat, overdue):
    client = signed_in(world.pcc_staff)
    params = _unsafe({"status": status, "threat": threat, "overdue": overdue})
    with example_rolled_back(media):
        before = fingerprint(media)
        response = client.get("/actions/", params)
        answered(response, 200)
        assert SECRET not in response.content.decode()
        assert_unchanged(before, fingerprint(media))


# The assessment editor: a threat's context, and one C.


def threat_url(period_pk, key="public-order") -> str:
    return f"/periods/{period_pk}/threats/{key}/"


ACTIONS = st.one_of(
    st.sampled_from(["save", "save", "save", "preview", "cite", "submit"]),
    st.just(MISSING),
    junk,
)


def cite_fields(world) -> dict:
    return {
        "cite-evidence": st.one_of(
            st.sampled_from(["EV-001", "EV-002", "OTH-001", "EV-999", ""]), junk
        ),
        "cite-locator": st.one_of(st.sampled_from(["", "p8-10", "p[3]", "x" * 61]), junk),
        "cite-paragraph": st.one_of(
            st.sampled_from(["", "1", "2", "0", "-1", "9999", "10000"]), numbers_as_text
        ),
    }


def owner_choice(world):
    return choice_of(["", world.analyst.pk, world.reviewer.pk])


def owner_hostile(world):
    return hostile_choice(world.outsider.pk, 10**20)


@st.composite
def context_posts(draw, world):
    valid = st.fixed_dictionaries(
        {
            "context": narrative_text(),
            "owner": owner_choice(world),
            "version": st.just("1"),
            "action": st.just("save"),
        }
    )
    hostile = {
        "context": hostile_narrative(),
        "owner": owner_hostile(world),
        "version": st.one_of(st.sampled_from(["0", "2", "9" * 12, "-1"]), junk),
        "action": ACTIONS,
    }
    post = draw(spoil(valid, hostile))
    post.fields |= draw(st.fixed_dictionaries({}, optional=cite_fields(world)))
    return post


def assert_citations_match(target, field: str, world) -> None:
    """The citation rows of the target's text `field` are its markers, all naming the force's
    own evidence."""
    link = "threat_assessment" if isinstance(target, ThreatAssessment) else "dimension_assessment"
    rows = Citation.objects.filter(**{link: target}, field=field).select_related("evidence")
    rows = list(rows.order_by("position"))
    found = citations_in(getattr(target, field))
    assert [(c.evidence.reference, c.paragraph, c.locator) for c in rows] == [
        (marker.reference, paragraph, marker.locator) for paragraph, marker in found
    ]
    assert all(c.evidence.force_id == world.force.pk for c in rows)


def editor_outcome(client, response, before, media, post: Post) -> bool:
    action = post.get("action")
    if action in ("preview", "cite"):
        answered(response, 200)
        assert_unchanged(before, fingerprint(media))
        return False
    return outcome(client, response, before, media, valid=post.valid, refused=(200, 409))


@FUZZ
@given(data=st.data(), other_force=st.booleans())
def test_editing_a_threat_context(world, media, data, other_force):
    client = signed_in(world.analyst)
    post = data.draw(context_posts(world))
    period = world.other_period if other_force else world.period
    with example_rolled_back(media):
        before = fingerprint(media)
        response = send(client, threat_url(period.pk), post)
        if other_force:
            answered(response, 404)
            assert_unchanged(before, fingerprint(media))
        elif editor_outcome(client, response, before, media, post):
            threat = ThreatAssessment.objects.get(pk=world.threat.pk)
            assert threat.context == post.get("context")
            owner = post.get("owner").strip()
            assert threat.owner_id == (int(owner) if owner else None)
            assert_citations_match(threat, "context", world)


@st.composite
def cell_posts(draw, world):
    valid = st.fixed_dictionaries(
        {
            "rating": choice_of([level.pk for level in world.levels]),
            "narrative": narrative_text(),
            "gaps": valid_text(20_000, required=False, strip=False),
            "owner": owner_choice(world),
            "version": st.just("1"),
            "action": st.just("save"),
        }
    )
    hostile = {
        "rating": hostile_choice(10**20, "meets"),
        "narrative": hostile_narrative(),
        "gaps": hostile_narrative(),
        "owner": owner_hostile(world),
        "version": st.one_of(st.sampled_from(["0", "2", "9" * 12, "-1"]), junk),
        "action": ACTIONS,
    }
    post = draw(spoil(valid, hostile))
    post.fields |= draw(st.fixed_dictionaries({}, optional=cite_fields(world)))
    return post


@FUZZ
@given(data=st.data(), which=st.sampled_from(["cell", "ready", "other"]))
def test_editing_and_submitting_a_c(world, media, data, which):
    client = signed_in(world.analyst)
    post = data.draw(cell_posts(world))
    cell = {"cell": world.cell, "ready": world.ready}.get(which)
    period_pk = world.other_period.pk if which == "other" else world.period.pk
    key = cell.dimension.key if cell else "capability"
    with example_rolled_back(media):
        before = fingerprint(media)
        response = send(client, threat_url(period_pk) + f"{key}/", post)
        if cell is None:
            answered(response, 404)
            assert_unchanged(before, fingerprint(media))
        elif post.get("action") == "submit":
            answered(response, 302)
            follow_redirect(client, response)
            saved = DimensionAssessment.objects.get(pk=cell.pk)
            if saved.state == DimensionAssessment.State.DRAFT:
                assert_unchanged(before, fingerprint(media))
            else:
                assert saved.state == DimensionAssessment.State.SUBMITTED
                assert (cell is world.ready, post.get("version").strip()) == (True, "1")
                assert saved.version == 2
                assert (saved.narrative, saved.rating_id) == (cell.narrative, cell.rating_id)
        elif editor_outcome(client, response, before, media, post):
            saved = DimensionAssessment.objects.get(pk=cell.pk)
            assert saved.rating_id == int(post.get("rating"))
            assert (saved.narrative, saved.gaps) == (post.get("narrative"), post.get("gaps"))
            owner = post.get("owner").strip()
            assert saved.owner_id == (int(owner) if owner else None)
            assert_citations_match(saved, "narrative", world)
            assert_citations_match(saved, "gaps", world)


# Actions.


@st.composite
def action_fields(draw, world) -> dict:
    status = draw(st.sampled_from(Action.Status.values))
    due = draw(dates_between(datetime.date(2000, 1, 1), datetime.date(2040, 1, 1)))
    fields = {
        "reference": draw(references("ACT-", {"ACT-001"})),
        "title": draw(valid_text(300)),
        "description": draw(valid_text(20_000, required=False, strip=False)),
        "source_kind": draw(choice_of(Action.SourceKind.values)),
        "source": draw(valid_text(300, required=False)),
        "owner": draw(valid_text(200)),
        "status": status,
        "due_on": draw(date_parts(due)),
        "completed_on": DateParts("", "", ""),
        "threat_area": draw(choice_of(["", *(a.pk for a in world.areas)])),
        "dimension": draw(choice_of(["", *(d.pk for d in world.dimensions)])),
        "evidence": draw(
            st.sampled_from(["", "EV-001", "EV-001, EV-002", "ev-002;EV-001", " EV-002\nEV-002 "])
        ),
        "version": "",
    }
    if status == Action.Status.COMPLETED:
        done = draw(dates_between(datetime.date(2000, 1, 1), TODAY))
        fields["completed_on"] = draw(date_parts(done))
    if status not in Action.OPEN_STATUSES and draw(st.booleans()):
        fields["due_on"] = DateParts("", "", "")
    return fields


def action_hostile(world) -> dict:
    return {
        "reference": hostile_references({"ACT-001"}),
        "source_kind": hostile_choice("HMICFRS", "other "),
        "status": hostile_choice("OPEN", "done", "completed "),
        "due_on": hostile_dates,
        "completed_on": st.one_of(hostile_dates, date_parts(TODAY + datetime.timedelta(days=1))),
        "threat_area": hostile_choice(world.other_period.edition.threat_areas.last().pk + 10**6),
        "dimension": hostile_choice(10**20),
        "evidence": st.one_of(
            st.sampled_from(["OTH-001", "EV-999", "EV-001,,OTH-001", "EV-001 " * 500]), junk
        ),
    }


def assert_action_saved(action: Action, post: Post) -> None:
    for name in ("reference", "title", "source", "owner"):
        assert getattr(action, name) == post.get(name).strip(), name
    assert action.description == post.get("description")
    assert (action.source_kind, action.status) == (post.get("source_kind"), post.get("status"))
    assert action.due_on == post.date("due_on")
    assert action.completed_on == post.date("completed_on")
    for name in ("threat_area", "dimension"):
        chosen = post.get(name).strip()
        assert getattr(action, f"{name}_id") == (int(chosen) if chosen else None), name
    wanted = {ref.upper() for ref in re.split(r"[\s,;]+", post.get("evidence")) if ref}
    assert {e.reference.upper() for e in action.evidence.all()} == wanted
    assert all(e.force_id == action.force_id for e in action.evidence.all())


@FUZZ
@given(data=st.data())
def test_adding_an_action(world, media, data):
    client = signed_in(world.analyst)
    post = data.draw(spoil(action_fields(world), action_hostile(world)))
    with example_rolled_back(media):
        before = fingerprint(media)
        response = send(client, "/actions/new/", post)
        if outcome(client, response, before, media, valid=post.valid):
            action = Action.objects.get(force=world.force, reference=post.get("reference").strip())
            assert_action_saved(action, post)
            assert action.raised_in == world.period


@FUZZ
@given(data=st.data(), target=st.sampled_from(["own", "own", "other", "huge"]))
def test_editing_an_action(world, media, data, target):
    client = signed_in(world.reviewer)
    fields = action_fields(world).map(lambda f: f | {"version": "1"})
    hostile = action_hostile(world) | {"version": st.one_of(numbers_as_text, junk)}
    post = data.draw(spoil(fields, hostile))
    pk = {"own": world.action.pk, "other": world.other_action.pk, "huge": 10**20}[target]
    with example_rolled_back(media):
        before = fingerprint(media)
        response = send(client, f"/actions/{pk}/edit/", post)
        refused = (200, 409) if target == "own" else (404,)
        if outcome(
            client, response, before, media, valid=post.valid and target == "own", refused=refused
        ):
            action = Action.objects.get(pk=pk)
            assert action.force == world.force
            assert_action_saved(action, post)
            assert action.version == 2


# Departures.


@st.composite
def departure_fields(draw) -> dict:
    empty = DateParts("", "", "")
    review = TODAY + datetime.timedelta(days=draw(st.integers(-2000, 2000)))
    return {
        "reference": draw(references("DEP-", {"DEP-001"})),
        "title": draw(valid_text(300)),
        "justification": draw(valid_text(20_000)),
        "threat_area": "",
        "dimension": "",
        "review_on": draw(st.one_of(st.just(empty), date_parts(review))),
        "version": "",
    }


# An approval typed into the form is no field of it: whatever is sent is ignored.
TYPED_APPROVAL = st.dictionaries(
    st.sampled_from(["status", "approved_by", "approved_on_day", "ended_on_day", "ended_by"]),
    st.one_of(st.sampled_from([*Departure.Status.values, "15", "Chief Constable"]), junk),
    max_size=3,
)


def _typed_approval_added(post: Post, typed: dict) -> Post:
    post.fields |= typed
    return post


def departure_hostile(world) -> dict:
    return {
        "reference": hostile_references({"DEP-001"}),
        "justification": st.one_of(junk, st.just("\n\n")),
        "threat_area": hostile_choice(10**20),
        "dimension": hostile_choice(10**20),
        "review_on": hostile_dates,
    }


def departure_posts(world, *, version=""):
    fields = st.builds(
        lambda f, area, dim: f | {"threat_area": area, "dimension": dim, "version": version},
        departure_fields(),
        choice_of(["", *(a.pk for a in world.areas)]),
        choice_of(["", *(d.pk for d in world.dimensions)]),
    )
    hostile = departure_hostile(world) | {"version": st.one_of(numbers_as_text, junk)}
    return st.builds(_typed_approval_added, spoil(fields, hostile), TYPED_APPROVAL)


def assert_departure_saved(departure: Departure, post: Post) -> None:
    for name in ("reference", "title", "justification"):
        assert getattr(departure, name) == post.get(name).strip(), name
    assert departure.review_on == post.date("review_on")
    for name in ("threat_area", "dimension"):
        chosen = post.get(name).strip()
        assert getattr(departure, f"{name}_id") == (int(chosen) if chosen else None), name
    # Saving the form never approves: only the act does, recorded by the system.
    assert departure.status == Departure.Status.PROPOSED
    assert (departure.approved_by, departure.approved_on, departure.approver_as_typed) == (
        None,
        None,
        "",
    )


@FUZZ
@given(data=st.data(), other_force=st.booleans())
def test_adding_a_departure(world, media, data, other_force):
    user = data.draw(st.sampled_from(["pcc_staff", "analyst"]))
    client = signed_in(getattr(world, user))
    post = data.draw(departure_posts(world))
    period = world.other_period if other_force else world.period
    with example_rolled_back(media):
        before = fingerprint(media)
        response = send(client, f"/periods/{period.pk}/departures/new/", post)
        refused = (404,) if other_force else (200,)
        valid = post.valid and not other_force
        if outcome(client, response, before, media, valid=valid, refused=refused):
            departure = Departure.objects.get(
                period=world.period, reference=post.get("reference").strip()
            )
            assert_departure_saved(departure, post)


@FUZZ
@given(data=st.data(), target=st.sampled_from(["own", "own", "other", "crossed"]))
def test_editing_a_departure(world, media, data, target):
    user = data.draw(st.sampled_from(["pcc_staff", "analyst"]))
    client = signed_in(getattr(world, user))
    post = data.draw(departure_posts(world, version="1"))
    period, pk = {
        "own": (world.period, world.departure.pk),
        "other": (world.other_period, world.other_departure.pk),
        "crossed": (world.period, world.other_departure.pk),
    }[target]
    with example_rolled_back(media):
        before = fingerprint(media)
        response = send(client, f"/periods/{period.pk}/departures/{pk}/edit/", post)
        refused = (200, 409) if target == "own" else (404,)
        valid = post.valid and target == "own"
        if outcome(client, response, before, media, valid=valid, refused=refused):
            departure = Departure.objects.get(pk=pk)
            assert departure.period == world.period
            assert_departure_saved(departure, post)


@FUZZ
@given(
    user=st.sampled_from(["pcc_staff", "analyst"]),
    action=st.one_of(st.sampled_from(["approve", "end"]), junk),
    version=st.one_of(st.just("1"), numbers_as_text, junk),
    target=st.sampled_from(["own", "own", "other", "crossed"]),
)
def test_approving_or_ending_a_departure(world, media, user, action, version, target):
    """Whatever is sent, a departure is approved only by PCC office staff, as the version they
    saw, recorded as them and today; otherwise nothing changes."""
    client = signed_in(getattr(world, user))
    period, pk = {
        "own": (world.period, world.departure.pk),
        "other": (world.other_period, world.other_departure.pk),
        "crossed": (world.period, world.other_departure.pk),
    }[target]
    with example_rolled_back(media):
        before = fingerprint(media)
        url = f"/periods/{period.pk}/departures/{pk}/edit/"
        response = client.post(url, {"action": action, "version": version})
        assert response.status_code in (200, 302, 403, 404)
        departure = Departure.objects.get(pk=pk)
        approves = (
            target == "own" and user == "pcc_staff" and action == "approve" and version == "1"
        )
        if approves:
            assert response.status_code == 302
            assert (departure.status, departure.approved_by, departure.approved_on) == (
                Departure.Status.APPROVED,
                world.pcc_staff,
                TODAY,
            )
        else:
            assert fingerprint(media) == before
            assert departure.status == Departure.Status.PROPOSED


# Capacity metrics.

AMOUNTS = st.one_of(
    st.decimals(min_value=0, max_value=Decimal("999999999999.99"), places=2).map(str),
    st.sampled_from(["0", "21", "64600.50", " 22 ", "1e3", "999999999999.99"]),
)


def metric_posts(world, *, version=""):
    valid = st.fixed_dictionaries(
        {
            "name": valid_text(200).filter(lambda n: n.split() != ["PSUs", "available"]),
            "dimension": choice_of(["", *(d.pk for d in world.dimensions)]),
            "value": AMOUNTS,
            "unit": valid_text(40),
            "national_commitment": st.one_of(st.just(""), AMOUNTS),
            "as_at": st.dates(datetime.date(1000, 1, 1), datetime.date(9999, 12, 31)).flatmap(
                date_parts
            ),
            "source": choice_of(["", world.ev1.pk, world.ev2.pk]),
            "version": st.just(version),
        }
    )
    hostile = {
        "name": st.one_of(st.sampled_from(["PSUs available", " psus  AVAILABLE "]), junk),
        "dimension": hostile_choice(10**20),
        "value": st.one_of(
            numbers_as_text,
            st.sampled_from(["-1", "1.001", "1000000000000", "NaN", "Infinity", "1e400"]),
        ),
        "national_commitment": st.one_of(numbers_as_text, st.just("-0.01")),
        "as_at": hostile_dates,
        "source": hostile_choice(world.secret.pk, 10**20),
        "version": st.one_of(numbers_as_text, junk),
    }
    return spoil(valid, hostile)


def assert_metric_saved(metric: CapacityMetric, post: Post) -> None:
    assert metric.name == " ".join(post.get("name").split())
    assert metric.unit == post.get("unit").strip()
    assert metric.value == Decimal(post.get("value").strip())
    commitment = post.get("national_commitment").strip()
    assert metric.national_commitment == (Decimal(commitment) if commitment else None)
    assert metric.as_at == post.date("as_at")
    for name in ("dimension", "source"):
        chosen = post.get(name).strip()
        assert getattr(metric, f"{name}_id") == (int(chosen) if chosen else None), name


@FUZZ
@given(data=st.data(), target=st.sampled_from(["new", "new", "edit", "edit", "other", "crossed"]))
def test_adding_and_editing_a_measure(world, media, data, target):
    client = signed_in(world.analyst)
    post = data.draw(metric_posts(world, version="" if target == "new" else "1"))
    own = threat_url(world.period.pk) + "measures/"
    url = {
        "new": own + "new/",
        "edit": own + f"{world.metric.pk}/edit/",
        "other": threat_url(world.other_period.pk) + f"measures/{world.other_metric.pk}/edit/",
        "crossed": own + f"{world.other_metric.pk}/edit/",
    }[target]
    with example_rolled_back(media):
        before = fingerprint(media)
        response = send(client, url, post)
        refused = (404,) if target in ("other", "crossed") else (200, 409)
        valid = post.valid and target in ("new", "edit")
        if outcome(client, response, before, media, valid=valid, refused=refused):
            name = " ".join(post.get("name").split())
            metric = CapacityMetric.objects.get(threat_assessment=world.threat, name=name)
            if target == "edit":
                assert metric.pk == world.metric.pk
            assert_metric_saved(metric, post)


# Starting a period's assessments, comparing periods, and issuing the paper.


@FUZZ
@given(
    junk_fields=st.dictionaries(st.sampled_from(["period", "force", "threat_area", "x"]), junk),
    other_force=st.booleans(),
)
def test_starting_a_periods_assessments(world, media, junk_fields, other_force):
    client = signed_in(world.analyst)
    period = world.other_period if other_force else world.previous
    with example_rolled_back(media):
        before = fingerprint(media)
        response = send(client, f"/periods/{period.pk}/threats/", Post(junk_fields))
        if other_force:
            answered(response, 404)
            assert_unchanged(before, fingerprint(media))
            return
        answered(response, 302)
        follow_redirect(client, response)
        areas, dimensions = len(world.areas), len(world.dimensions)
        assert ThreatAssessment.objects.filter(period=period).count() == areas
        cells = DimensionAssessment.objects.filter(threat_assessment__period=period)
        assert cells.count() == areas * dimensions


PERIOD_IDS = ("this", "previous", "other", "absent", "huge")


@FUZZ
@given(first=st.sampled_from(PERIOD_IDS), second=st.sampled_from(PERIOD_IDS))
def test_comparing_periods(world, media, first, second):
    client = Client(raise_request_exception=False)
    client.force_login(UserFactory(username="board", force=world.force, role=Role.BOARD_MEMBER))
    ids = {
        "this": world.period.pk,
        "previous": world.previous.pk,
        "other": world.other_period.pk,
        "absent": 999_999,
        "huge": 10**20,
    }
    with example_rolled_back(media):
        before = fingerprint(media)
        response = client.get(f"/periods/{ids[first]}/compare/{ids[second]}/")
        own = {"this", "previous"}
        answered(response, 200 if {first, second} <= own else 404)
        assert SECRET not in response.content.decode()
        assert_unchanged(before, fingerprint(media))


REASON = "The board meets tomorrow and cannot wait."
TICKED = st.one_of(
    st.just(MISSING), st.sampled_from(["on", "true", "false", "0", "", "False"]), junk
)


@hypothesis_settings(FUZZ, max_examples=min(FUZZ.max_examples, 12))
@example(  # issuing renders the PDF, so random draws rarely get that far: one always does
    confirm="on",
    override="on",
    reason=REASON,
    other_force=False,
)
@given(
    confirm=TICKED,
    override=TICKED,
    reason=st.one_of(st.just(MISSING), st.just("The board meets tomorrow and cannot wait."), junk),
    other_force=st.booleans(),
)
def test_issuing_the_paper(world, media, confirm, override, reason, other_force):
    client = signed_in(world.pcc_staff)
    period = world.other_period if other_force else world.period
    post = Post({"confirm": confirm, "override": override, "override_reason": reason})
    # The period's paper is not ready (most cells unassessed): issuing needs the override.
    ready = (confirm, override, reason) == ("on", "on", REASON)
    with example_rolled_back(media):
        before = fingerprint(media)
        response = send(client, f"/periods/{period.pk}/paper/issue/", post)
        if other_force:
            answered(response, 404)
            assert_unchanged(before, fingerprint(media))
        # The issue and reopen pages show errors by their fields but draw no error summary:
        # see test_the_issue_and_reopen_pages_draw_an_error_summary below.
        elif outcome(client, response, before, media, valid=ready, summary=False):
            issued = IssuedPaper.objects.get(period=world.period)
            assert issued.issued_by == world.pcc_staff
            assert hashlib.sha256(bytes(issued.pdf)).hexdigest() == issued.sha256
            # A checkbox counts as ticked whatever its value, except "false" (Django's rule).
            assert post.get("confirm") and post.get("confirm").lower() != "false"


@FUZZ
@given(
    reason=st.one_of(
        st.just(MISSING),
        valid_text(2000, required=False),
        st.just("The board asked for a correction to paragraph 27."),
        junk,
    ),
    locked=st.booleans(),
    other_force=st.booleans(),
)
def test_reopening_a_period(world, media, reason, locked, other_force):
    admin = UserFactory(username="admin", force=world.force, role=Role.ADMINISTRATOR)
    client = signed_in(admin)
    period = world.other_period if other_force else world.previous
    with example_rolled_back(media):
        if locked:
            period.status = period.Status.ISSUED
            period.save()
        before = fingerprint(media)
        response = send(client, f"/periods/{period.pk}/paper/reopen/", Post({"reason": reason}))
        if other_force:
            answered(response, 404)
            assert_unchanged(before, fingerprint(media))
        elif outcome(client, response, before, media, valid=False, summary=False):
            period.refresh_from_db()
            if period.is_locked or not locked:
                assert_unchanged(before, fingerprint(media))
            else:
                reopening = period.reopenings.get()
                assert reopening.reason == " ".join(post_reason(reason).split())


def post_reason(reason) -> str:
    return Post({"reason": reason}).get("reason")


@pytest.mark.parametrize("screen", ["issue", "reopen"])
def test_the_issue_and_reopen_pages_draw_an_error_summary(world, screen):
    admin = UserFactory(username="admin", force=world.force, role=Role.ADMINISTRATOR)
    client = signed_in(world.pcc_staff if screen == "issue" else admin)
    if screen == "reopen":
        world.previous.status = world.previous.Status.ISSUED
        world.previous.save()
    period = world.period if screen == "issue" else world.previous
    response = client.post(f"/periods/{period.pk}/paper/{screen}/", {})
    answered(response, 200)
    assert page_errors(response)
    reshown_with_errors(response)


def test_a_nul_in_the_action_lists_threat_filter_is_not_a_server_error(world):
    client = signed_in(world.pcc_staff)
    response = client.get("/actions/", {"threat": "a\x00b"})
    answered(response, 200)
