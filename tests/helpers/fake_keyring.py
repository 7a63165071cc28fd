"""Keyrings for tests, put in place through keyring's own backend interface."""

from collections.abc import Iterator
from contextlib import contextmanager

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import fail


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Keeps passwords in a dict, as a system keyring would keep them on disk."""

    priority = 1  # type: ignore[assignment]  # keyring declares it as a class property

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.entries:
            raise keyring.errors.PasswordDeleteError("no such password")
        del self.entries[(service, username)]


class LockedKeyring(MemoryKeyring):
    """A keyring that refuses every access, as a locked one does."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("the keyring is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("the keyring is locked")


@contextmanager
def installed(backend: keyring.backend.KeyringBackend) -> Iterator[keyring.backend.KeyringBackend]:
    """Use ``backend`` as the keyring; afterwards a keyring that refuses everything, so that no
    test ever reaches the real keyring of the machine."""
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(fail.Keyring())
