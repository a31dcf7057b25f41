"""`{% print_static 'css/paper-print.css' %}`: a static file's address for WeasyPrint.

Pages use `{% static %}`, whose address depends on the static files storage: with debug off
it is the hashed name collectstatic writes (`css/paper-print.3f2a….css`), which exists only
in STATIC_ROOT. The PDF renderer's fetcher serves our own source static folders
(`reports.pdf.StaticOnlyFetcher`), so the documents it prints name files as they are there,
the same in every deployment, and never need collectstatic.
"""

from django import template

from reports.pdf import STATIC_PREFIX

register = template.Library()


@register.simple_tag
def print_static(path: str) -> str:
    return f"{STATIC_PREFIX}{path.lstrip('/')}"
