"""Choose the database: this computer's own file, or a PostgreSQL server shared by the team."""

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QSettings,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import credentials, paths
from app.db import SCHEMA_HEAD, Database, DatabaseError, describe_url, map_error
from app.netshare import find_network_share, share_warning

log = logging.getLogger(__name__)

#: libpq's SSL modes, from the weakest to the strictest.
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
#: The settings key of the last database used (its URL without a password).
URL_KEY = "database/url"
#: The settings key of the choice to keep the password in the keyring.
REMEMBER_KEY = "database/remember_password"


@dataclass(frozen=True)
class ConnectionReport:
    """What a connection test found.

    Attributes:
        ok: the program can work with this database (perhaps after creating its tables).
        message: what was found, for the user (never with a password).
    """

    ok: bool
    message: str


def check_connection(url: URL) -> ConnectionReport:
    """Connect, and tell whether Tierboard can work with the database (blocks; not on the GUI).

    The schema is looked at, never changed.
    """
    database = Database(url)
    try:
        database.ping()
        revision = database.current_revision()
        if database.is_sqlite:
            server = "SQLite"
        else:
            version = database.read(
                lambda connection: connection.exec_driver_sql("SHOW server_version").scalar()
            )
            server = f"PostgreSQL {str(version).split()[0]}"
        missing = database.missing_schema_rights(updating=revision is not None)
    except DatabaseError as error:
        return ConnectionReport(False, str(error))
    except Exception as error:  # every failure of a test is a result to show
        mapped = map_error(error, url)
        first_line = str(mapped).strip().splitlines()[0] if str(mapped).strip() else ""
        return ConnectionReport(False, f"{describe_url(url)}: {first_line}")
    finally:
        database.close()

    if revision == SCHEMA_HEAD:
        state, ok = "Tierboard's tables are up to date.", True
    elif revision is None:
        state, ok = "The database is empty: Tierboard will create its tables.", True
    else:
        state, ok = f"Tierboard will update its tables (schema {revision} → {SCHEMA_HEAD}).", True
    if revision != SCHEMA_HEAD and missing:
        state = ("The login may read but may not "
                 f"{'update' if revision else 'create'} the tables: it lacks "
                 f"{'; '.join(missing)}.")
        ok = False
    return ConnectionReport(ok, f"Connected to {server}. {state}")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConnectionDialog", text)


class _Relay(QObject):
    finished = Signal(int, object)  # generation, ConnectionReport


class _TestTask(QRunnable):
    def __init__(self, relay: _Relay, generation: int, url: URL) -> None:
        super().__init__()
        self._relay, self._generation, self._url = relay, generation, url

    def run(self) -> None:
        report = check_connection(self._url)
        self._relay.finished.emit(self._generation, report)


class ConnectionDialog(QDialog):
    """The connection dialog.

    The password typed here is kept in the operating system's keyring when the user asks for
    it, and only the URL without it goes into the settings.

    Signals:
        test_finished(bool, str): a connection test ended; (usable, message shown).

    Attributes:
        file_button, server_button: the choice between a file and a server.
    """

    test_finished = Signal(bool, str)

    def __init__(self, settings: QSettings, *, current_url: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to database"))
        self.setMinimumWidth(560)
        self._settings = settings
        self._generation = 0
        self._relay = _Relay()
        self._relay.finished.connect(self._on_relay_finished)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

        self.file_button = QRadioButton(self.tr("A file on this computer (one person)"), self)
        self.server_button = QRadioButton(
            self.tr("A PostgreSQL server (a team working together)"), self)
        choice = QButtonGroup(self)
        choice.addButton(self.file_button)
        choice.addButton(self.server_button)
        self.file_button.toggled.connect(self._on_file_button_toggled)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_button)
        layout.addWidget(self._build_file_box())
        layout.addWidget(self.server_button)
        layout.addWidget(self._build_server_box())
        layout.addLayout(self._build_test_row())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._fill(current_url or str(settings.value(URL_KEY) or ""))

    # --- building -----------------------------------------------------------------------

    def _build_file_box(self) -> QGroupBox:
        self.file_box = QGroupBox(self)
        self.file_edit = QLineEdit(self.file_box)
        self.file_edit.setPlaceholderText(str(paths.default_database_path()))
        self.file_edit.textChanged.connect(self._on_file_edit_text_changed)
        browse = QPushButton(self.tr("Browse…"), self.file_box)
        browse.clicked.connect(self._on_browse_clicked)
        self.share_label = QLabel(self.file_box)
        self.share_label.setWordWrap(True)
        self.share_label.setStyleSheet("color: #8a4b00;")
        self.share_label.hide()

        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        box_layout = QVBoxLayout(self.file_box)
        box_layout.addLayout(row)
        box_layout.addWidget(self.share_label)
        return self.file_box

    def _build_server_box(self) -> QGroupBox:
        self.server_box = QGroupBox(self)
        self.host_edit = QLineEdit(self.server_box)
        self.host_edit.setPlaceholderText("db.example.com")
        self.port_spin = QSpinBox(self.server_box)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(5432)
        self.database_edit = QLineEdit(self.server_box)
        self.database_edit.setPlaceholderText("tierboard")
        self.user_edit = QLineEdit(self.server_box)
        self.password_edit = QLineEdit(self.server_box)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox(
            self.tr("Keep the password in the system keyring"), self.server_box)
        self.remember_check.setChecked(
            str(self._settings.value(REMEMBER_KEY, "true")).lower() == "true")
        self.ssl_combo = QComboBox(self.server_box)
        self.ssl_combo.addItems(SSL_MODES)
        self.ssl_combo.setCurrentText("prefer")

        form = QFormLayout(self.server_box)
        host_row = QHBoxLayout()
        host_row.addWidget(self.host_edit, 1)
        host_row.addWidget(QLabel(self.tr("Port:"), self.server_box))
        host_row.addWidget(self.port_spin)
        host_label = QLabel(self.tr("&Host:"), self.server_box)
        host_label.setBuddy(self.host_edit)
        form.addRow(host_label, host_row)
        form.addRow(self.tr("&Database:"), self.database_edit)
        form.addRow(self.tr("&User:"), self.user_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        form.addRow("", self.remember_check)
        form.addRow(self.tr("&SSL mode:"), self.ssl_combo)
        return self.server_box

    def _build_test_row(self) -> QHBoxLayout:
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setMinimumHeight(40)
        # A server's refusal can run to three lines: the label takes the room it needs, so
        # that the end of the message is never hidden behind the buttons.
        self.status_label.setSizePolicy(QSizePolicy.Policy.Preferred,
                                        QSizePolicy.Policy.MinimumExpanding)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.status_label, 1)
        return row

    def _fill(self, url_text: str) -> None:
        url = None
        if url_text:
            try:
                url = make_url(url_text) if "://" in url_text else None
            except Exception:  # an unreadable saved value starts empty
                url = None
        if url is not None and url.get_backend_name() == "postgresql":
            self.server_button.setChecked(True)
            self.host_edit.setText(url.host or "")
            self.port_spin.setValue(url.port or 5432)
            self.database_edit.setText(url.database or "")
            self.user_edit.setText(url.username or "")
            self.password_edit.setText(credentials.load_password(url) or "")
            sslmode = url.query.get("sslmode")
            if isinstance(sslmode, str) and sslmode in SSL_MODES:
                self.ssl_combo.setCurrentText(sslmode)
        else:
            self.file_button.setChecked(True)
            path = url.database if url is not None else url_text
            self.file_edit.setText(path or "")
        self._on_file_button_toggled(self.file_button.isChecked())

    # --- the URL ------------------------------------------------------------------------

    def url(self) -> URL:
        """The chosen database, with the typed password (in memory only)."""
        if self.file_button.isChecked():
            text = self.file_edit.text().strip() or str(paths.default_database_path())
            return make_url(f"sqlite:///{Path(text).expanduser().resolve()}")
        query = {}
        if self.ssl_combo.currentText() != "prefer":
            query["sslmode"] = self.ssl_combo.currentText()
        return URL.create(
            "postgresql+psycopg",
            username=self.user_edit.text().strip() or None,
            password=self.password_edit.text() or None,
            host=self.host_edit.text().strip() or "localhost",
            port=self.port_spin.value(),
            database=self.database_edit.text().strip() or "tierboard",
            query=query,
        )

    def save(self) -> str:
        """Store the choice: the URL without its password in settings, the password in keyring.

        An unticked "keep the password" forgets a password kept before.

        Returns:
            The URL as stored in the settings.

        Raises:
            credentials.CredentialStoreError: the keyring cannot keep the password.
        """
        url = self.url()
        stored = credentials.url_without_password(url)
        self._settings.setValue(URL_KEY, stored)
        self._settings.setValue(REMEMBER_KEY, self.remember_check.isChecked())
        if not self.file_button.isChecked():
            if self.remember_check.isChecked():
                credentials.save_password(url, self.password_edit.text())
            else:
                credentials.delete_password(url)
        log.info("the database is now %s", describe_url(url))
        return stored

    # --- slots --------------------------------------------------------------------------

    @Slot(bool)
    def _on_file_button_toggled(self, checked: bool) -> None:
        self.file_box.setEnabled(checked)
        self.server_box.setEnabled(not checked)
        self.status_label.clear()

    @Slot(str)
    def _on_file_edit_text_changed(self, text: str) -> None:
        share = find_network_share(Path(text).expanduser()) if text.strip() else None
        self.share_label.setVisible(share is not None)
        if share is not None:
            self.share_label.setText(share_warning(share))

    @Slot()
    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Database file"), self.file_edit.text() or str(paths.data_dir()),
            self.tr("Tierboard database (*.sqlite3 *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.file_edit.setText(path)

    @Slot()
    def _on_test_button_clicked(self) -> None:
        self._generation += 1
        self.test_button.setEnabled(False)
        self.status_label.setText(self.tr("Connecting to %s…") % describe_url(self.url()))
        self._pool.start(_TestTask(self._relay, self._generation, self.url()))

    @Slot(int, object)
    def _on_relay_finished(self, generation: int, report: ConnectionReport) -> None:
        if generation != self._generation:
            return  # an older test, overtaken by a newer one
        self.test_button.setEnabled(True)
        mark = "✔" if report.ok else "✘"
        colour = "#1b6e20" if report.ok else "#a4000f"
        self.status_label.setStyleSheet(f"color: {colour};")
        self.status_label.setText(f"{mark} {report.message}")
        self.test_finished.emit(report.ok, report.message)

    @Slot()
    def _on_buttons_accepted(self) -> None:
        try:
            self.save()
        except credentials.CredentialStoreError as error:
            self.status_label.setText(str(error))
        self.accept()

    def done(self, result: int) -> None:
        """Wait for a running test before the dialog goes (its thread reports to it)."""
        self._generation += 1
        super().done(result)


def choose_connection(settings: QSettings, url: str | None,
                      parent: QWidget | None = None) -> str | None:
    """Open the dialog; the URL chosen (without password, as stored), or None when cancelled."""
    dialog = ConnectionDialog(settings, current_url=url, parent=parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return credentials.url_without_password(dialog.url())
    finally:
        dialog.deleteLater()


def open_at_start(settings: QSettings, url: str | None, *, interactive: bool,
                  ask_first: bool = False) -> Database | None:
    """Open the database at start-up, with the keyring's password for a server.

    When it cannot be opened and a person is there, they may retry, choose another database in
    the connection dialog, or quit.

    Args:
        settings: the person's settings (the last database, and where the dialog saves).
        url: the database asked for (a URL without password, or a file path), or None.
        interactive: a person can answer dialogs (not a screenshot or a self-test).
        ask_first: open the connection dialog before trying (``--connect``).

    Returns:
        The open database, or None when the person gave up.

    Raises:
        DatabaseError: the database cannot be opened and nobody is there to choose another.
    """
    from PySide6.QtWidgets import QMessageBox

    from app.db import open_database

    if ask_first and interactive:
        url = choose_connection(settings, url)
        if url is None:
            return None
    while True:
        try:
            target = credentials.url_with_password(url) if url and "://" in url else url
            return open_database(target)
        except DatabaseError as error:
            log.error("cannot open the database: %s", error)
            if not interactive:
                raise
            box = QMessageBox(QMessageBox.Icon.Critical, _tr("Tierboard"), str(error))
            retry = box.addButton(_tr("&Retry"), QMessageBox.ButtonRole.AcceptRole)
            other = box.addButton(_tr("&Connect to another database…"),
                                  QMessageBox.ButtonRole.ActionRole)
            box.addButton(_tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            clicked = box.clickedButton()
            if clicked is other:
                url = choose_connection(settings, url)
                if url is None:
                    return None
            elif clicked is not retry:
                return None
