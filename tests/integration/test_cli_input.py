"""Bad input on the command line: a clear message, a non-zero status, nothing written."""

from pathlib import Path

import pytest

from app import cli
from app.db import describe_url, mask_passwords

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def demo_file(tmp_path):
    file = tmp_path / "demo.sqlite3"
    assert cli.main(["demo", "--db", str(file), "--data-dir", str(tmp_path / "d")]) == 0
    return file


def test_debug_log_never_holds_a_password(tmp_path, capsys):
    data_dir = tmp_path / "d"
    status = cli.main(["load", "--debug", "--data-dir", str(data_dir),
                       "--db", "postgresql+psycopg://anna:secret@127.0.0.1:1/firm"])

    assert status == cli.EXIT_DATABASE
    captured = capsys.readouterr()
    log_text = "".join(path.read_text() for path in (data_dir / "logs").iterdir())
    assert "does not answer" in captured.err
    assert "secret" not in captured.err + captured.out + log_text
    assert "anna:***@" in log_text


def test_passwords_in_a_query_string_are_hidden_too():
    shown = describe_url("postgresql+psycopg://anna@db/firm?password=secret")
    assert "secret" not in shown
    assert "secret" not in mask_passwords("['--db', 'postgresql://a:secret@h:abc/x']")


def test_a_mistyped_path_is_refused_not_created(tmp_path, capsys):
    missing = tmp_path / "nope" / "firm.sqlite3"
    for command in (["load"], ["forecast"], ["export", str(tmp_path / "out.csv")]):
        status = cli.main([*command, "--db", str(missing), "--data-dir", str(tmp_path / "d")])
        assert status == cli.EXIT_DATABASE
        assert "There is no database at" in capsys.readouterr().err
    assert not missing.exists()
    assert not missing.parent.exists()


def test_a_dry_run_creates_no_database(tmp_path, capsys):
    target = tmp_path / "new.sqlite3"
    status = cli.main(["import", str(DATA / "broken.csv"), "--dry-run", "--db", str(target),
                       "--data-dir", str(tmp_path / "d")])
    capsys.readouterr()
    assert status in (0, cli.EXIT_BAD_INPUT)
    assert not target.exists()


def test_unwritable_targets_are_named(tmp_path, demo_file, capsys):
    status = cli.main(["export", str(tmp_path / "nodir" / "x.xlsx"), "--db", str(demo_file)])
    assert status == cli.EXIT_BAD_INPUT
    assert "does not exist" in capsys.readouterr().err

    status = cli.main(["load", "--csv", str(tmp_path / "nodir" / "x.csv"), "--db",
                       str(demo_file)])
    assert status == cli.EXIT_BAD_INPUT
    assert "x.csv" in capsys.readouterr().err


@pytest.mark.parametrize("address", ["mysql://a:b@h/x", "postgresql://u:pw@h:abc/x"])
def test_addresses_tierboard_cannot_use(tmp_path, capsys, address):
    status = cli.main(["load", "--db", address, "--data-dir", str(tmp_path / "d")])
    assert status == cli.EXIT_DATABASE
    error = capsys.readouterr().err
    assert "pw" not in error.replace("postgresql", "")
    assert "SQLite" in error or "not a database address" in error


@pytest.mark.parametrize("size", ["100000x100000", "abc", "10x10"])
def test_window_size_is_checked(size, capsys):
    with pytest.raises(SystemExit) as caught:
        cli.main(["--size", size, "--screenshot", "x.png"])
    assert caught.value.code == 2
    assert "--size" in capsys.readouterr().err


def test_week_and_date_limits(demo_file, capsys):
    assert cli.main(["load", "--weeks", "100000", "--db", str(demo_file)]) == 2
    assert cli.main(["forecast", "--as-of", "0001-01-01", "--db", str(demo_file)]) == 2
    errors = capsys.readouterr().err
    assert "--weeks must be between 1 and 520" in errors
    assert "--as-of" in errors
