"""Passwords of database servers, kept in the operating system's keyring.

A password never goes into the settings file, a log line or an error message: settings keep the
URL without it (``url_without_password``), logs and messages show URLs through
``app.db.describe_url``, and the password is joined to the URL only in memory, right before the
engine is made (``url_with_password``).

Each password is stored under the service ``Tierboard`` and a key naming the login and the
server (``anna@db.example.com:5432/tierboard``), so that one person may keep passwords for
several servers.
"""

import logging

from sqlalchemy.engine import URL, make_url

from app.db import describe_url, normalise_url

log = logging.getLogger(__name__)

#: The keyring service name under which every password of Tierboard is stored.
SERVICE = "Tierboard"


class CredentialStoreError(Exception):
    """The keyring cannot be used (none is installed, or it is locked); the message says so."""


def credential_key(url: URL | str) -> str:
    """The keyring entry name for a server login: ``user@host:port/database``."""
    parsed = make_url(url)
    port = parsed.port or 5432
    return f"{parsed.username or ''}@{parsed.host or 'localhost'}:{port}/{parsed.database or ''}"


def url_without_password(url: URL | str) -> str:
    """The URL as it may be stored in settings: complete, but without its password."""
    parsed = make_url(url)
    # URL.set() treats None as "leave unchanged", so the tuple's own _replace drops it.
    return parsed._replace(password=None).render_as_string(hide_password=False)


def _needs_password(url: URL) -> bool:
    return url.get_backend_name() != "sqlite" and bool(url.username)


def save_password(url: URL | str, password: str) -> None:
    """Keep the login's password in the keyring (an empty password removes it).

    Raises:
        CredentialStoreError: no usable keyring; the password was not stored.
    """
    import keyring  # loaded on first use: start-up of a local file never needs it
    import keyring.errors

    parsed = make_url(url)
    if not password:
        delete_password(parsed)
        return
    try:
        keyring.set_password(SERVICE, credential_key(parsed), password)
    except keyring.errors.KeyringError as error:
        raise CredentialStoreError(
            f"The password for {describe_url(parsed)} could not be kept in the system keyring "
            f"({type(error).__name__}). It is used for this session only."
        ) from None
    log.info("kept the password for %s in the keyring", describe_url(parsed))


def load_password(url: URL | str) -> str | None:
    """The login's password from the keyring, or None when none is stored or usable."""
    import keyring  # loaded on first use: start-up of a local file never needs it
    import keyring.errors

    parsed = make_url(url)
    if not _needs_password(parsed):
        return None
    try:
        return keyring.get_password(SERVICE, credential_key(parsed))
    except keyring.errors.KeyringError as error:
        log.warning("the keyring could not be read for %s: %s", describe_url(parsed),
                    type(error).__name__)
        return None


def delete_password(url: URL | str) -> None:
    """Forget the login's password (nothing happens when none is stored)."""
    import keyring  # loaded on first use: start-up of a local file never needs it
    import keyring.errors

    parsed = make_url(url)
    try:
        keyring.delete_password(SERVICE, credential_key(parsed))
    except keyring.errors.PasswordDeleteError:
        return
    except keyring.errors.KeyringError as error:
        log.warning("the keyring could not forget the password for %s: %s",
                    describe_url(parsed), type(error).__name__)
        return
    log.info("forgot the password for %s", describe_url(parsed))


def url_with_password(url: URL | str) -> URL:
    """The URL with the keyring's password added (unchanged when it has one or needs none).

    Raises:
        DatabaseUnavailable: the text is not an address of a database Tierboard works with.
    """
    parsed = normalise_url(url) if isinstance(url, str) else url
    if parsed.password or not _needs_password(parsed):
        return parsed
    password = load_password(parsed)
    return parsed.set(password=password) if password else parsed
