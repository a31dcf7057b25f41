"""Password rules: Argon2, at least 12 characters, not a common password, and not a common
password or a name dressed up with digits and symbols."""

import pytest
from django.conf import settings
from django.contrib.auth.forms import SetPasswordForm
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

from accounts.passwords import PredictablePasswordValidator
from tests.factories import ForceFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def midshire_user(db):
    force = ForceFactory(name="Midshire Police", slug="midshire")
    return UserFactory(username="jbloggs", first_name="Joanna", last_name="Bloggs", force=force)


def codes(password, user=None) -> list[str]:
    try:
        validate_password(password, user)
    except ValidationError as error:
        return [e.code for e in error.error_list]
    return []


def test_argon2_hashes_passwords_in_the_real_settings():
    from sprcompliance import settings as real

    assert real.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"


def test_the_validators_are_all_configured():
    names = [v["NAME"].rsplit(".", 1)[-1] for v in settings.AUTH_PASSWORD_VALIDATORS]
    assert "CommonPasswordValidator" in names
    assert "PredictablePasswordValidator" in names
    [length] = [v for v in settings.AUTH_PASSWORD_VALIDATORS if "MinimumLength" in v["NAME"]]
    assert length["OPTIONS"]["min_length"] == 12


def test_eleven_characters_are_too_few(midshire_user):
    assert "password_too_short" in codes("Tangerine 7", midshire_user)


def test_a_plain_common_password_is_refused(midshire_user):
    assert "password_too_common" in codes("peanutbutter", midshire_user)


@pytest.mark.parametrize(
    "password",
    [
        "Password123!",
        "P@ssw0rd2024",
        "Summer2024!!!",
        "qwertyuiop123",
        "!!Welcome2025!!",
        "iloveyou1234",
        "passwordpassword",
        "Football#2019#",
        "L3tm3in!2024",
    ],
)
def test_a_common_password_with_decoration_is_refused(midshire_user, password):
    assert "password_predictable" in codes(password, midshire_user)


@pytest.mark.parametrize(
    "password",
    [
        "Midshire2019!",
        "midshire-police-2024",
        "MidshirePolice1!",
        "jbloggs2024!!",
        "Joanna.Bloggs.1985",
    ],
)
def test_a_name_with_decoration_is_refused(midshire_user, password):
    assert "password_from_names" in codes(password, midshire_user)


def test_any_forces_name_is_refused_even_without_a_user(midshire_user):
    assert "password_from_names" in codes("Midshire2019!")


@pytest.mark.parametrize("password", ["1234567890ab", "2024!!2025??", "12345678901234"])
def test_a_password_of_mostly_numbers_and_symbols_is_refused(midshire_user, password):
    assert "password_mostly_symbols" in codes(password, midshire_user)


@pytest.mark.parametrize(
    "password",
    [
        "correct horse battery staple",
        "Tangerine kettle 42 lighthouse",
        "horse battery lantern",
        "Welcome to the Midshire orchard 2024",
        "kx8#Vq2!mZ9@pL4w",
    ],
)
def test_long_passphrases_and_random_passwords_are_accepted(midshire_user, password):
    assert codes(password, midshire_user) == []


def test_the_messages_say_what_is_wrong_and_what_to_do(midshire_user):
    form = SetPasswordForm(
        midshire_user, {"new_password1": "P@ssw0rd2024", "new_password2": "P@ssw0rd2024"}
    )
    assert not form.is_valid()
    message = " ".join(form.errors["new_password2"])
    assert "common password with numbers or symbols added" in message
    assert "three or four unrelated words" in message
    midshire_user.refresh_from_db()
    assert not midshire_user.check_password("P@ssw0rd2024"), "nothing changed"


def test_a_good_passphrase_can_be_set(midshire_user):
    phrase = "correct horse battery staple"
    form = SetPasswordForm(midshire_user, {"new_password1": phrase, "new_password2": phrase})
    assert form.is_valid(), form.errors
    form.save()
    midshire_user.refresh_from_db()
    assert midshire_user.check_password(phrase)


def test_the_help_text_explains_the_rule():
    assert "common password" in PredictablePasswordValidator().get_help_text()
