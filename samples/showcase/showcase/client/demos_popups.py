"""Popups: PopupPanel and DialogBox."""
from pytk.widgets import Button, HorizontalPanel, Label, TextBox, VerticalPanel
from pytk.widgets.popups import DialogBox, PopupPanel


def popup_panel_demo():
    """PopupPanel: closes on a click outside."""
    popup = PopupPanel([Label("A popup. Click outside or press Escape.")], auto_hide=True)
    opener = Button("Show popup", on_click=lambda event: popup.show_relative_to(opener))
    return opener


def dialog_box_demo():
    """DialogBox: modal, keeps the focus, Escape closes."""
    result = Label("", style_name="demo-output")
    name = TextBox(placeholder="New name", label="New name")

    def save(event):
        result.text = "Renamed to " + name.value
        dialog.hide()

    dialog = DialogBox("Rename file", [
        name,
        HorizontalPanel([Button("Save", on_click=save), Button("Cancel", on_click=lambda event: dialog.hide())],
                        spacing=6),
    ])
    return VerticalPanel([Button("Rename...", on_click=lambda event: dialog.center()), result], spacing=8)


DEMOS = {"popup_panel_demo": popup_panel_demo, "dialog_box_demo": dialog_box_demo}
