"""The GOV.UK date input pattern (day, month and year boxes) as a reusable form field.

https://design-system.service.gov.uk/components/date-input/

Error messages follow the pattern's wording ("Date of the evidence must be a real date"), so a
field is given the noun it asks for. The day box carries the field's own id: crispy-forms-gds's
error summary links every error of a field to that id, so the link lands on the day box.
When only one part is wrong (a missing month), only that box is highlighted.
"""

import datetime
import re

from django import forms
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

PARTS = ("day", "month", "year")


def long_date(day: datetime.date) -> str:
    """A date in words, as the service writes it: "17 March 2020"."""
    return f"{day.day} {day:%B %Y}"  # portable: %-d is glibc only


MONTH_NAMES = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
DIGITS = re.compile(r"^[0-9]{1,4}$")


class DateInputWidget(forms.MultiWidget):
    """Three text boxes named `<name>_day`, `<name>_month` and `<name>_year`."""

    template_name = "forms/widgets/date_input.html"
    error_class = "govuk-input--error"

    def __init__(self, attrs=None):
        widths = {"day": 2, "month": 2, "year": 4}
        widgets = {
            part: forms.TextInput(
                attrs={
                    "class": f"govuk-input govuk-date-input__input govuk-input--width-{width}",
                    "inputmode": "numeric",
                }
            )
            for part, width in widths.items()
        }
        super().__init__(widgets, attrs)
        # Set by DateInputField.clean when only some boxes are wrong.
        self.error_parts: tuple[str, ...] = ()

    def decompress(self, value):
        if isinstance(value, datetime.date):
            return [value.day, value.month, value.year]
        return [None, None, None]

    def id_for_label(self, id_):
        return id_

    def render(self, name, value, attrs=None, renderer=None):
        # The template lives in the project's templates/, which the default form renderer
        # does not search, so render with the project's template engine.
        return mark_safe(render_to_string(self.template_name, self.get_context(name, value, attrs)))

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        base_id = context["widget"]["attrs"].get("id", "")
        for part, subwidget in zip(PARTS, context["widget"]["subwidgets"], strict=True):
            subwidget["part"] = part
            subwidget["label"] = part.capitalize()
            sub_attrs = subwidget["attrs"]
            if base_id:
                sub_attrs["id"] = base_id if part == "day" else f"{base_id}_{part}"
            # Whole-date errors highlight every box (crispy-forms-gds adds the class to each);
            # an error about one part highlights only that part.
            classes = sub_attrs.get("class", "").split()
            if self.error_parts:
                classes = [c for c in classes if c != self.error_class]
                if part in self.error_parts:
                    classes.append(self.error_class)
            sub_attrs["class"] = " ".join(dict.fromkeys(classes))
            sub_attrs.pop("aria-describedby", None)
            if part == "year":
                sub_attrs["autocomplete"] = sub_attrs.get("autocomplete", "off")
        context["widget"]["group_id"] = f"{base_id}_group" if base_id else ""
        return context


class DateInputField(forms.MultiValueField):
    """A date entered as day, month and year, with the GOV.UK pattern's messages.

    `noun` names the date in messages: noun="date of the evidence" gives "Enter the date of
    the evidence" and "Date of the evidence must be a real date".
    """

    widget = DateInputWidget

    def __init__(self, *, noun: str, required: bool = True, **kwargs):
        self.noun = noun
        parts = (forms.CharField(required=False),) * 3
        super().__init__(fields=parts, require_all_fields=False, required=required, **kwargs)

    @property
    def _subject(self) -> str:
        return self.noun[:1].upper() + self.noun[1:]

    def clean(self, value):
        self.widget.error_parts = ()
        try:
            result = self.parse(value)
        except InvalidDate as problem:
            self.widget.error_parts = problem.parts
            raise ValidationError(problem.message, code=problem.code) from None
        if result is not None:
            self.validate(result)
            self.run_validators(result)
        return result

    def parse(self, value) -> datetime.date | None:
        """The date the boxes hold, None when all are empty; raises InvalidDate."""
        values = list(value) if isinstance(value, list | tuple) else []
        day, month, year = (str(v or "").strip() for v in (values + ["", "", ""])[:3])
        if not (day or month or year):
            if self.required:
                raise InvalidDate(f"Enter the {self.noun}", code="required")
            return None
        boxes = dict(zip(PARTS, (day, month, year), strict=True))
        missing = tuple(part for part, text in boxes.items() if not text)
        if missing:
            raise InvalidDate(f"{self._subject} must include a {' and a '.join(missing)}", missing)
        month = str(MONTH_NAMES.get(month.lower().rstrip("."), month))
        for part, text in zip(PARTS, (day, month, year), strict=True):
            if not DIGITS.match(text):
                raise InvalidDate(f"{self._subject} must be a real date", (part,))
        if len(year) != 4:
            raise InvalidDate(f"The year of the {self.noun} must include 4 numbers", ("year",))
        try:
            return datetime.date(int(year), int(month), int(day))
        except ValueError:
            raise InvalidDate(f"{self._subject} must be a real date") from None

    def compress(self, data_list):
        # parse() above does the work; MultiValueField requires the method.
        raise NotImplementedError

    def has_changed(self, initial, data):
        try:
            return self.parse(data) != initial
        except InvalidDate:
            return True


class InvalidDate(Exception):
    def __init__(self, message: str, parts: tuple[str, ...] = (), code: str = "invalid_date"):
        super().__init__(message)
        self.message, self.parts, self.code = message, parts, code
