"""Refusals: a change refused as a whole, changing nothing, with the reason for the person.

Every domain refusal derives from Refusal (a ValidationError, so forms can show it):
EditConflict here, PeriodLocked (threats/services.py), NotReady (reports/services.py). Views
catch the specific kind first where they answer it differently (the conflict page).
"""

from django.core.exceptions import ValidationError


class Refusal(ValidationError):
    """A change refused, with nothing written; the message says why."""


class EditConflict(Refusal):
    """Someone saved the record after this editor opened it: saving would lose their change.

    `current` is the record as it is saved now, for the conflict page.
    """

    def __init__(self, current):
        self.current = current
        super().__init__(f"Someone else changed {current} while you were editing it.")
