"""Notice a SQLite file that lies on a network share.

SQLite's locking relies on the file system, and network file systems (SMB/CIFS, NFS, sshfs and
the like) implement those locks badly or not at all: two people writing the same file over a
share is a known way to corrupt it. Tierboard opens such a file anyway, but says that a shared
PostgreSQL server is the safe choice.

Each platform check takes its inputs (the text of /proc/mounts, the output of ``mount``, a
drive-type function) as arguments with real defaults, so that the tests can feed it every
platform's answers on any machine.
"""

import logging
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePath, PureWindowsPath

log = logging.getLogger(__name__)

#: File system types (as Linux's /proc/mounts and macOS's ``mount`` name them) that live on
#: another computer.
NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs", "sshfs", "afpfs",
    "webdav", "davfs", "fuse.davfs2", "9p", "afs", "ncpfs", "coda", "ceph", "glusterfs",
    "fuse.glusterfs", "fuse.rclone", "lustre", "gpfs", "ocfs2", "gfs2", "fuse.s3fs",
})

#: What GetDriveTypeW answers for a network (mapped) drive.
DRIVE_REMOTE = 4


@dataclass(frozen=True)
class NetworkShare:
    """A file found to lie on a network share.

    Attributes:
        path: the file.
        kind: how the share was recognised (``UNC path``, ``mapped drive``, or a file system
            type such as ``cifs``).
        mount_point: where the share is mounted, when known.
    """

    path: str
    kind: str
    mount_point: str = ""


def _decode_mount_field(field: str) -> str:
    """/proc/mounts writes spaces, tabs and backslashes in paths as octal escapes."""
    for escaped, plain in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(escaped, plain)
    return field


def _is_under(path: PurePath, mount_point: PurePath) -> bool:
    return path == mount_point or mount_point in path.parents


def linux_share(path: str | os.PathLike[str], mounts_text: str | None = None
                ) -> NetworkShare | None:
    """The network share holding ``path`` according to /proc/mounts, or None.

    Args:
        path: the file (it need not exist yet; its folder decides).
        mounts_text: the text of /proc/mounts (read from the system when None).
    """
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    target = PurePath(os.path.abspath(path))

    # The longest mount point that contains the file is the one it lives on.
    best: tuple[PurePath, str] | None = None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = PurePath(_decode_mount_field(fields[1]))
        if _is_under(target, mount_point) and (
            best is None or len(mount_point.parts) > len(best[0].parts)
        ):
            best = (mount_point, fields[2].lower())
    if best is None or best[1] not in NETWORK_FS_TYPES:
        return None
    return NetworkShare(str(target), best[1], str(best[0]))


def macos_share(path: str | os.PathLike[str], mount_output: str | None = None
                ) -> NetworkShare | None:
    """The network share holding ``path`` according to macOS's ``mount`` listing, or None.

    Lines look like ``//user@server/share on /Volumes/share (smbfs, nodev, nosuid, mounted by
    anna)``; the first word in the brackets is the file system type that ``statfs`` reports.
    """
    if mount_output is None:
        try:
            mount_output = subprocess.run(
                ["/sbin/mount"], capture_output=True, text=True, check=False, timeout=5
            ).stdout
        except (OSError, subprocess.SubprocessError):
            return None
    target = PurePath(os.path.abspath(path))

    best: tuple[PurePath, str] | None = None
    for line in mount_output.splitlines():
        _, on, rest = line.partition(" on ")
        if not on or " (" not in rest:
            continue
        point_text, _, options = rest.rpartition(" (")
        fs_type = options.split(",")[0].strip(" )").lower()
        mount_point = PurePath(point_text)
        if _is_under(target, mount_point) and (
            best is None or len(mount_point.parts) > len(best[0].parts)
        ):
            best = (mount_point, fs_type)
    if best is None or best[1] not in NETWORK_FS_TYPES:
        return None
    return NetworkShare(str(target), best[1], str(best[0]))


def _windows_drive_type(root: str) -> int:
    import ctypes

    windll = ctypes.windll  # type: ignore[attr-defined]  # exists only on Windows
    return int(windll.kernel32.GetDriveTypeW(root))


def windows_share(path: str, drive_type: Callable[[str], int] | None = None
                  ) -> NetworkShare | None:
    r"""A UNC path (``\\server\share\…``) or a file on a mapped network drive, or None.

    Args:
        path: the file, as Windows writes it.
        drive_type: GetDriveTypeW (the real one when None).
    """
    windows_path = PureWindowsPath(path)
    drive = windows_path.drive
    if drive.startswith(("\\\\", "//")):
        # \\?\C:\ is a long local path, \\?\UNC\server\share a network one.
        if drive.startswith(("\\\\?\\", "\\\\.\\")) and "\\UNC\\" not in path.upper()[:8]:
            return None
        return NetworkShare(path, "UNC path", drive)
    if not drive:
        return None
    root = drive + "\\"
    kind = (drive_type or _windows_drive_type)(root)
    if kind == DRIVE_REMOTE:
        return NetworkShare(path, "mapped drive", root)
    return None


def find_network_share(path: str | os.PathLike[str]) -> NetworkShare | None:
    """The network share a SQLite file lies on (on this computer's platform), or None."""
    try:
        if sys.platform == "win32":
            return windows_share(os.path.abspath(path))
        if sys.platform == "darwin":
            return macos_share(path)
        return linux_share(path)
    except Exception:  # a failed check must never stop the program from opening
        log.warning("could not tell whether %s is on a network share", path, exc_info=True)
        return None


def share_warning(share: NetworkShare) -> str:
    """The warning for the user, in plain words."""
    where = f" ({share.kind}" + (f" at {share.mount_point})" if share.mount_point else ")")
    return (
        f"The database file {share.path} is on a network share{where}. SQLite files shared "
        "over a network can be damaged when several people write to them at once. For a team, "
        "a shared PostgreSQL server is the safe choice (File > Connect to database…); on your "
        "own, keep the file on this computer's disk."
    )
