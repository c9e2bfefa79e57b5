"""The contact dialog: suggested roles, any role typed freely, problems by field."""

from __future__ import annotations

from caregiver_app.ui.dialogs.contact_dialog import COMMON_ROLES, ContactDialog


def test_roles_are_suggested_but_any_role_can_be_typed(qtbot, services, child, show):
    dialog = ContactDialog(services, child.id)
    show(dialog)
    assert dialog.role_combo.count() == len(COMMON_ROLES)
    assert dialog.role_combo.currentText() == "", "no role is chosen for the family"
    dialog.role_combo.setEditText("Hearing-aid technician")
    dialog.name_edit.setText("Luis")
    dialog.save()
    [contact] = services.family.contacts(child.id)
    assert contact.role == "Hearing-aid technician"
    assert not dialog.isVisible()


def test_required_fields_are_explained_and_nothing_is_saved(services, child, show):
    dialog = ContactDialog(services, child.id)
    show(dialog)
    dialog.save()
    assert dialog.form.errors["role"].text() == "is required"
    assert dialog.form.errors["name"].text() == "is required"
    assert services.family.contacts(child.id) == []
    dialog.reject()


def test_a_busy_diary_is_explained_in_the_dialog_and_everything_stays(
    services, child, show, diary_busy
):
    dialog = ContactDialog(services, child.id)
    show(dialog)
    dialog.role_combo.setEditText("Haematologist")
    dialog.name_edit.setText("Dra. Ruiz")
    with diary_busy():
        dialog.save()
    assert dialog.isVisible()
    assert dialog.form.general.text().startswith("Not saved: The diary is busy")
    assert services.family.contacts(child.id) == []
    dialog.save()
    assert [c.name for c in services.family.contacts(child.id)] == ["Dra. Ruiz"]
    assert not dialog.isVisible()
