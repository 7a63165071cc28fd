import logging
from collections.abc import Iterator

import pytest

from app import credentials
from app.db import describe_url
from tests.helpers.fake_keyring import LockedKeyring, MemoryKeyring, installed

SERVER = "postgresql+psycopg://anna@db.example.com:5433/firm"


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with installed(MemoryKeyring()) as backend:
        yield backend  # type: ignore[misc]


def test_password_goes_to_the_keyring_and_back(memory_keyring, caplog):
    caplog.set_level(logging.DEBUG)
    credentials.save_password(SERVER, "s3cret-pw")

    assert memory_keyring.entries == {("Tierboard", "anna@db.example.com:5433/firm"): "s3cret-pw"}
    assert credentials.load_password(SERVER) == "s3cret-pw"
    url = credentials.url_with_password(SERVER)
    assert url.password == "s3cret-pw"
    assert "s3cret-pw" not in describe_url(url)
    assert "s3cret-pw" not in caplog.text


def test_stored_url_never_holds_the_password():
    stored = credentials.url_without_password(
        "postgresql+psycopg://anna:s3cret-pw@db.example.com:5433/firm?sslmode=require")

    assert "s3cret-pw" not in stored
    assert stored == "postgresql+psycopg://anna@db.example.com:5433/firm?sslmode=require"


def test_an_empty_password_forgets_the_kept_one(memory_keyring):
    credentials.save_password(SERVER, "old")
    credentials.save_password(SERVER, "")

    assert memory_keyring.entries == {}
    assert credentials.load_password(SERVER) is None
    credentials.delete_password(SERVER)  # forgetting twice is harmless


def test_a_url_with_its_own_password_or_a_file_is_left_alone(memory_keyring):
    credentials.save_password(SERVER, "from-keyring")

    given = "postgresql+psycopg://anna:typed@db.example.com:5433/firm"
    assert credentials.url_with_password(given).password == "typed"
    assert credentials.url_with_password("sqlite:////tmp/x.sqlite3").password is None


def test_logins_on_different_servers_keep_their_own_passwords(memory_keyring):
    other = "postgresql+psycopg://anna@backup.example.com/firm"
    credentials.save_password(SERVER, "one")
    credentials.save_password(other, "two")

    assert credentials.load_password(SERVER) == "one"
    assert credentials.load_password(other) == "two"
    assert credentials.credential_key(other) == "anna@backup.example.com:5432/firm"


def test_a_locked_keyring_is_reported_without_the_password(caplog):
    caplog.set_level(logging.DEBUG)
    with installed(LockedKeyring()):
        with pytest.raises(credentials.CredentialStoreError) as caught:
            credentials.save_password(SERVER, "s3cret-pw")
        assert credentials.load_password(SERVER) is None

    assert "s3cret-pw" not in str(caught.value)
    assert "anna@db.example.com:5433/firm" in str(caught.value)
    assert "s3cret-pw" not in caplog.text
