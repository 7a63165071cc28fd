from app.context import AppContext
from app.widgets.connection_banner import ConnectionBanner


def test_the_banner_follows_the_connection(qtbot, sqlite_db):
    context = AppContext(sqlite_db)
    banner = ConnectionBanner(context)
    qtbot.addWidget(banner)
    assert banner.isHidden()

    context.connection_problem.emit("server gone")
    assert not banner.isHidden()
    assert banner.title_label.text() == "The database does not answer — retrying…"
    assert "stays readable" in banner.detail_label.text()
    assert banner.toolTip() == "server gone"

    context.write_refused.emit("Not saved: try again later.")
    assert banner.detail_label.text() == "Not saved: try again later."

    with qtbot.waitSignal(banner.retry_requested):
        banner.retry_button.click()

    context.connection_restored.emit()
    assert banner.isHidden()


def test_a_sqlite_file_that_answers_again_ends_the_offline_state(qtbot, sqlite_db):
    from app.db import DatabaseUnavailable

    context = AppContext(sqlite_db)
    with qtbot.waitSignal(context.connection_problem):
        context.report_error(DatabaseUnavailable("locked for a moment"))
    assert context.offline

    with qtbot.waitSignals([context.connection_restored, context.data_changed]):
        context.retry_connection()
    assert not context.offline
