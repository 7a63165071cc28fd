from decimal import Decimal

from PySide6.QtWidgets import QDialog

from app.models.errors import ConflictError
from app.views import conflict_dialog
from app.views.conflict_dialog import ConflictDialog


def _rows(dialog: ConflictDialog) -> list[list[str]]:
    model = dialog.model
    return [[model.item(row, column).text() for column in range(3)]
            for row in range(model.rowCount())]


def test_their_change_and_mine_side_by_side(qtbot):
    error = ConflictError("deal", "changed", current={
        "title": "Roof", "amount": Decimal("2000.00"), "notes": "theirs", "version": 3})

    dialog = ConflictDialog(error, mine={"notes": "mine"},
                            original={"title": "Roof", "amount": Decimal(1000), "notes": "x"})
    qtbot.addWidget(dialog)

    rows = _rows(dialog)
    assert rows[0] == ["Notes", "theirs", "mine"]
    assert rows[1][0] == "Amount"
    assert rows[1][2] == "(unchanged)"
    assert all(row[0] != "version" for row in rows)


def test_a_conflict_without_values_still_offers_to_reload(qtbot, monkeypatch):
    reloaded = []
    monkeypatch.setattr(ConflictDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)

    chosen = conflict_dialog.resolve_conflict(
        None, ConflictError("deal", "stale"), reload=lambda: reloaded.append(True))

    assert chosen is True
    assert reloaded == [True]
