from pathlib import Path

from app import netshare

MOUNTS = """\
/dev/sda2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
//fileserver/office /mnt/office cifs rw,vers=3.0,username=anna 0 0
/dev/sdb1 /mnt/office/local-cache ext4 rw 0 0
fileserver:/export/team /srv/team nfs4 rw,vers=4.2 0 0
anna@box:/home/anna /home/anna/remote fuse.sshfs rw,nosuid 0 0
//nas/Shared\\040Files /mnt/shared\\040files smb3 rw 0 0
"""

MACOS_MOUNT = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)
//anna@nas.local/Team on /Volumes/Team (smbfs, nodev, nosuid, mounted by anna)
nas.local:/export on /Volumes/export (nfs, nodev, nosuid, mounted by anna)
"""


def test_a_cifs_mount_is_a_network_share():
    share = netshare.linux_share("/mnt/office/sales/tierboard.sqlite3", MOUNTS)

    assert share is not None
    assert share.kind == "cifs"
    assert share.mount_point == "/mnt/office"


def test_the_deepest_mount_decides():
    assert netshare.linux_share("/mnt/office/local-cache/tb.sqlite3", MOUNTS) is None
    assert netshare.linux_share("/home/anna/tb.sqlite3", MOUNTS) is None


def test_nfs_sshfs_and_escaped_smb_paths_are_shares():
    nfs = netshare.linux_share("/srv/team/tb.sqlite3", MOUNTS)
    sshfs = netshare.linux_share("/home/anna/remote/tb.sqlite3", MOUNTS)
    smb = netshare.linux_share("/mnt/shared files/tb.sqlite3", MOUNTS)

    assert nfs is not None
    assert nfs.kind == "nfs4"
    assert sshfs is not None
    assert sshfs.kind == "fuse.sshfs"
    assert smb is not None
    assert smb.kind == "smb3"
    assert smb.mount_point == "/mnt/shared files"


def test_a_file_on_a_local_disk_is_not_a_share():
    assert netshare.linux_share("/var/lib/tb.sqlite3", MOUNTS) is None


def test_windows_unc_paths_and_mapped_drives():
    def drive_type(root: str) -> int:
        return {"Z:\\": netshare.DRIVE_REMOTE}.get(root, 3)  # 3: a fixed local disk

    unc = netshare.windows_share(r"\\fileserver\office\tierboard.sqlite3", drive_type)
    mapped = netshare.windows_share(r"Z:\sales\tierboard.sqlite3", drive_type)
    long_unc = netshare.windows_share(r"\\?\UNC\fileserver\office\tb.sqlite3", drive_type)

    assert unc is not None
    assert unc.kind == "UNC path"
    assert mapped is not None
    assert mapped.kind == "mapped drive"
    assert mapped.mount_point == "Z:\\"
    assert long_unc is not None
    assert long_unc.kind == "UNC path"
    assert netshare.windows_share(r"C:\Users\anna\tierboard.sqlite3", drive_type) is None


def test_macos_smb_and_nfs_volumes_are_shares():
    smb = netshare.macos_share("/Volumes/Team/tierboard.sqlite3", MACOS_MOUNT)
    nfs = netshare.macos_share("/Volumes/export/tb.sqlite3", MACOS_MOUNT)

    assert smb is not None
    assert smb.kind == "smbfs"
    assert smb.mount_point == "/Volumes/Team"
    assert nfs is not None
    assert nfs.kind == "nfs"
    assert netshare.macos_share("/Users/anna/tb.sqlite3", MACOS_MOUNT) is None


def test_this_computers_temporary_folder_is_not_reported(tmp_path: Path):
    assert netshare.find_network_share(tmp_path / "tierboard.sqlite3") is None


def test_the_warning_names_the_file_and_the_safe_choice():
    share = netshare.NetworkShare("/mnt/office/tb.sqlite3", "cifs", "/mnt/office")

    text = netshare.share_warning(share)

    assert "/mnt/office/tb.sqlite3" in text
    assert "cifs" in text
    assert "PostgreSQL server is the safe choice" in text
