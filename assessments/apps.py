from django.apps import AppConfig


class AssessmentsConfig(AppConfig):
    """A force's assessments against the SPR: threat contexts, the five Cs with their review
    workflow, departures and capacity measures."""

    name = "assessments"
    verbose_name = "Assessments"

    def ready(self):
        from assessments.narratives import register_narratives

        register_narratives()
