"""The editor shows the moment a request arrived on the user's own clock and stores UTC."""

import time
from datetime import datetime

import pytest

from app.views import deal_editor


@pytest.fixture
def moscow(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Moscow")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_received_is_shown_in_local_time(moscow):
    stored = datetime(2026, 12, 3, 6, 30)
    assert deal_editor._as_text("received_at", stored) == "2026-12-03 09:30"


def test_typed_local_time_is_stored_in_utc(moscow):
    assert deal_editor._local_to_utc("2026-12-03 09:30") == datetime(2026, 12, 3, 6, 30)


def test_text_that_is_no_moment_reaches_the_rule_unchanged(moscow):
    assert deal_editor._local_to_utc("yesterday") == "yesterday"
