"""`{% if user|may_open:url %}`: offer a link only to people whose role may open it."""

from django import template

from accounts import access

register = template.Library()


@register.filter
def may_open(user, path: str) -> bool:
    return access.may_open(user, path)
