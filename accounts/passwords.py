"""A password validator for the guessable passwords that leak lists are full of.

Django's CommonPasswordValidator refuses "password" but not "Password123!" or "P@ssw0rd2024":
people satisfy length rules by decorating a common word, or the name of their organisation,
with digits and symbols, and cracking tools try exactly those variations first. This
validator strips the decoration (digits and symbols at either end, look-alike characters
such as @ for a and 0 for o) and refuses what is left when it is:

- too little: fewer than four letters once the numbers and symbols are set aside;
- a common password (Django's list of about 20,000), or one repeated;
- nothing but the person's name or username, a force's name, or words of this service.

Long passphrases of ordinary words ("correct horse battery staple") pass: two or more words
that are not all names are left alone, even if each word on its own is common.
"""

import re
from functools import cache

from django.contrib.auth.password_validation import CommonPasswordValidator
from django.core.exceptions import ValidationError

# Characters written in place of letters, and the letters they stand for.
LOOK_ALIKES = [
    str.maketrans({"@": "a", "4": "a", "0": "o", "3": "e", "1": "i", "!": "i", "$": "s",
                   "5": "s", "7": "t", "+": "t", "8": "b", "9": "g", "|": "l"}),
    str.maketrans({"1": "l", "!": "l", "|": "i"}),
]  # fmt: skip
# Words anyone guessing a password for this service would try first.
SERVICE_WORDS = {
    "police", "policing", "constabulary", "force", "forces", "spr", "strategic",
    "requirement", "compliance", "tracker", "evidence", "pcc", "commissioner", "crime",
    "board", "analyst", "reviewer", "admin", "administrator", "office", "staff", "demo",
}  # fmt: skip
MIN_LETTERS = 4
MIN_NAME_WORD = 3
DECORATION = re.compile(r"^[\W\d_]+|[\W\d_]+$")
LETTERS = re.compile(r"[^\W\d_]+")
REPEATED = re.compile(r"(.+?)\1+")


@cache
def common_passwords() -> frozenset[str]:
    return frozenset(CommonPasswordValidator().passwords)


def name_words(user) -> set[str]:
    """Words from the user's own names and from every force's name (a small table)."""
    from accounts.models import Force  # validators load before the app registry is ready

    sources = [value for pair in Force.objects.values_list("name", "slug") for value in pair]
    if user is not None:
        sources += [
            getattr(user, "username", ""),
            getattr(user, "first_name", ""),
            getattr(user, "last_name", ""),
            (getattr(user, "email", "") or "").split("@")[0],
        ]
    words = {word for source in sources for word in LETTERS.findall((source or "").lower())}
    return {word for word in words if len(word) >= MIN_NAME_WORD} | SERVICE_WORDS


def made_of(token: str, vocabulary: set[str]) -> bool:
    """Whether token is one or more vocabulary words run together ("midshirepolice")."""
    reachable = [True] + [False] * len(token)
    for end in range(1, len(token) + 1):
        reachable[end] = any(
            reachable[start] and token[start:end] in vocabulary for start in range(end)
        )
    return reachable[-1]


def cores(password: str) -> set[str]:
    """The password without its decoration, as typed and with look-alikes read as letters."""
    core = DECORATION.sub("", password.lower())
    return {core} | {core.translate(table) for table in LOOK_ALIKES}


class PredictablePasswordValidator:
    def validate(self, password, user=None):
        readings = [LETTERS.findall(core) for core in cores(password)]
        if max(len("".join(words)) for words in readings) < MIN_LETTERS:
            raise ValidationError(
                "This password is mostly numbers and symbols. Use words that are easy for you "
                "to remember and hard for others to guess, such as three or four unrelated "
                "words.",
                code="password_mostly_symbols",
            )
        names = name_words(user)
        rests = [[word for word in words if not made_of(word, names)] for words in readings]
        if any(not rest for rest in rests):
            raise ValidationError(
                "This password is made from a name, a username or the name of a force or this "
                "service, which are the first things someone would guess. Choose words that "
                "have nothing to do with you or your work.",
                code="password_from_names",
            )
        common = common_passwords()
        if any(self.is_common(rest, common) for rest in rests):
            raise ValidationError(
                "This password is a common password with numbers or symbols added, which is "
                "one of the first things someone would guess. Try three or four unrelated "
                "words instead.",
                code="password_predictable",
            )

    @staticmethod
    def is_common(words: list[str], common: frozenset[str]) -> bool:
        if len(set(words)) == 1:
            word = words[0]
            repeated = REPEATED.fullmatch(word)
            unit = repeated.group(1) if repeated else word
            return word in common or unit in common or len(unit) < MIN_LETTERS
        return "".join(words) in common

    def get_help_text(self):
        return (
            "Your password cannot be a common password, a name, or a force's name with "
            "numbers or symbols added. Three or four unrelated words make a strong password."
        )
