"""History records as a readable list of changes: who, when, which fields, from what to what."""

import datetime

import pytest
from django.template.loader import render_to_string

from evidence.models import EvidenceItem
from sprcompliance.history import HistoryEntry, changes_of
from tests.factories import ActionFactory, EvidenceItemFactory, UserFactory

pytestmark = pytest.mark.django_db


def save_as(obj, user, **changes):
    for name, value in changes.items():
        setattr(obj, name, value)
    obj._history_user = user
    obj.save()


def test_it_lists_changes_newest_first_with_who_and_what(force, analyst, reviewer):
    item = EvidenceItemFactory(force=force, title="Old title", owner=None)
    save_as(
        item,
        analyst,
        title="New title",
        kind=EvidenceItem.Kind.LETTER,
        review_by=datetime.date(2021, 3, 31),
        owner=reviewer,
        version=2,
    )
    save_as(item, reviewer, summary="A summary")
    entries = changes_of(item)
    assert [e.action for e in entries] == ["Changed", "Changed", "Created"]
    assert entries[0].who == str(reviewer)
    assert [(c.label, c.old, c.new) for c in entries[0].changes] == [
        ("Summary", "Not set", "A summary")
    ]
    assert {(c.label, c.old, c.new) for c in entries[1].changes} == {
        ("Title", "Old title", "New title"),
        ("Kind", "Inspection report", "Letter or correspondence"),
        ("Review by", "1 June 2020", "31 March 2021"),
        ("Owner", "Not set", str(reviewer)),
    }, "choices, dates and people in words; version and timestamps left out"
    assert entries[1].who == str(analyst)
    assert entries[2].changes == []


def test_labels_can_be_given_and_changes_follow_the_models_field_order(force, analyst):
    item = EvidenceItemFactory(force=force)
    save_as(item, analyst, review_by=datetime.date(2022, 1, 1), title="Changed")
    (entry, _) = changes_of(item, labels={"review_by": "Review-by date"})
    assert [c.label for c in entry.changes] == ["Title", "Review-by date"]


def test_it_reads_everything_in_one_query(force, analyst, reviewer, django_assert_num_queries):
    item = EvidenceItemFactory(force=force)
    for n in range(10):
        save_as(item, analyst if n % 2 else reviewer, owner=analyst if n % 2 else reviewer)
    with django_assert_num_queries(1):
        entries = changes_of(item)
        rendered = [(e.who, [(c.old, c.new) for c in e.changes]) for e in entries]
    assert len(rendered) == 11


def test_a_limit_keeps_the_newest_and_still_diffs_the_oldest_shown(force, analyst):
    item = EvidenceItemFactory(force=force, title="t0")
    for n in range(1, 6):
        save_as(item, analyst, title=f"t{n}")
    entries = changes_of(item, limit=2)
    assert len(entries) == 2
    assert [(c.old, c.new) for c in entries[1].changes] == [("t3", "t4")]


def test_a_change_by_no_known_user_says_so_plainly(force):
    item = EvidenceItemFactory(force=force)
    (entry,) = changes_of(item)
    assert entry.who == ""
    assert entry.action == "Created"


def test_a_deleted_related_record_is_named_as_such(force, analyst):
    person = UserFactory(username="leaver", force=force)
    item = EvidenceItemFactory(force=force, owner=person)
    save_as(item, analyst, owner=None)
    person.delete()
    (entry, _) = changes_of(item)
    assert [(c.label, c.old, c.new) for c in entry.changes] == [
        ("Owner", "A deleted record", "Not set")
    ]


def test_it_works_for_other_tracked_models(force, analyst):
    action = ActionFactory(force=force, status="open")
    save_as(action, analyst, status="completed", completed_on=datetime.date(2020, 5, 1))
    (entry, created) = changes_of(action)
    assert {(c.label, c.old, c.new) for c in entry.changes} == {
        ("Status", "Open", "Completed"),
        ("Completed on", "Not set", "1 May 2020"),
    }
    assert created.action == "Created"


def test_the_time_of_a_change_is_machine_readable_as_html_allows():
    # Database timestamps carry microseconds; HTML's datetime allows at most three digits of a
    # second's fraction, so the page was not valid HTML.
    when = datetime.datetime(2019, 7, 4, 10, 11, 12, 654321, tzinfo=datetime.UTC)
    html = render_to_string(
        "includes/_history.html",
        {"entries": [HistoryEntry(when=when, who="A. Analyst", action="Changed")], "subject": "it"},
    )
    assert '<time datetime="2019-07-04T11:11:12+0100">4 July 2019 at 11:11</time>' in html
