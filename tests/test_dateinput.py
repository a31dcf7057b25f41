"""The GOV.UK date input: day, month and year boxes with the pattern's messages."""

import datetime

import pytest
from django import forms
from django.template import Context, Template

from sprcompliance.dateinput import DateInputField
from sprcompliance.forms import fields_helper


class MeetingForm(forms.Form):
    meeting_date = DateInputField(noun="date of the meeting", label="Date of the meeting")
    next_meeting = DateInputField(noun="date of the next meeting", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = fields_helper()


def submitted(day="", month="", year="", **extra):
    data = {"meeting_date_day": day, "meeting_date_month": month, "meeting_date_year": year}
    return MeetingForm({**data, **extra})


def render(form) -> str:
    template = Template(
        "{% load crispy_forms_tags crispy_forms_gds %}{% error_summary form %}{% crispy form %}"
    )
    return template.render(Context({"form": form}))


def test_it_reads_the_three_boxes_as_a_date():
    form = submitted("27", "3", "2019")
    assert form.is_valid(), form.errors
    assert form.cleaned_data["meeting_date"] == datetime.date(2019, 3, 27)
    assert form.cleaned_data["next_meeting"] is None


def test_it_accepts_month_names_and_spaces():
    form = submitted(" 1 ", "Sept", "2019")
    assert form.is_valid(), form.errors
    assert form.cleaned_data["meeting_date"] == datetime.date(2019, 9, 1)


@pytest.mark.parametrize(
    ("boxes", "message"),
    [
        (("", "", ""), "Enter the date of the meeting"),
        (("31", "2", "2019"), "Date of the meeting must be a real date"),
        (("x", "2", "2019"), "Date of the meeting must be a real date"),
        (("1", "13", "2019"), "Date of the meeting must be a real date"),
        (("1", "", "2019"), "Date of the meeting must include a month"),
        (("", "", "2019"), "Date of the meeting must include a day and a month"),
        (("1", "2", "19"), "The year of the date of the meeting must include 4 numbers"),
    ],
)
def test_it_says_what_is_wrong_in_the_patterns_words(boxes, message):
    form = submitted(*boxes)
    assert not form.is_valid()
    assert form.errors["meeting_date"] == [message]


def test_the_error_summary_links_to_the_day_box():
    form = submitted("31", "2", "2019")
    html = render(form)
    assert '<a href="#id_meeting_date">Date of the meeting must be a real date</a>' in html
    day_box = html.split('name="meeting_date_day"')[1].split(">")[0]
    assert 'id="id_meeting_date"' in day_box
    assert 'id="id_meeting_date_month"' in html
    assert 'id="id_meeting_date_year"' in html


def test_it_keeps_what_was_typed_after_an_error():
    html = render(submitted("31", "Feb", "2019"))
    assert 'value="31"' in html
    assert 'value="Feb"' in html
    assert 'value="2019"' in html


def test_a_missing_part_highlights_only_that_box():
    html = render(submitted("1", "", "2019"))
    month_box = html.split('name="meeting_date_month"')[1].split(">")[0]
    day_box = html.split('name="meeting_date_day"')[1].split(">")[0]
    assert "govuk-input--error" in month_box
    assert "govuk-input--error" not in day_box


def test_a_wrong_whole_date_highlights_every_box():
    html = render(submitted("31", "2", "2019"))
    for part in ("day", "month", "year"):
        box = html.split(f'name="meeting_date_{part}"')[1].split(">")[0]
        assert "govuk-input--error" in box, part


def test_an_unbound_form_shows_its_initial_date_in_the_boxes():
    html = render(MeetingForm(initial={"meeting_date": datetime.date(2020, 4, 1)}))
    assert 'name="meeting_date_day" value="1"' in html
    assert 'name="meeting_date_month" value="4"' in html
    assert 'name="meeting_date_year" value="2020"' in html
    assert "<legend" in html and "Date of the meeting" in html
    assert 'for="id_meeting_date">Day</label>' in html
