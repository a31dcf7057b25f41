from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from reports.models import BoardPaper


@admin.register(BoardPaper)
class BoardPaperAdmin(SimpleHistoryAdmin):
    list_display = ["title", "period", "meeting", "meeting_date", "minimum_classification"]
    list_filter = ["period__force"]
    list_select_related = ["period__force"]
