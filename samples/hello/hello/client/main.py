"""The Hello client: builds the page and calls the server. Compiled to JavaScript."""
from pytk.widgets import Button, HorizontalPanel, Label, RootPanel, TextBox, VerticalPanel

from hello.shared.greet import EmptyName, GreetService


def main():
    """Called once when the page has loaded."""
    service = GreetService()
    greeting = Label("", style_name="greeting")

    async def greet(event):
        try:
            reply = await service.greet(name.value)
            greeting.text = reply.text
        except EmptyName as error:
            greeting.text = error.reason

    name = TextBox(placeholder="Your name", on_enter=greet, style_name="name")
    button = Button("Greet", on_click=greet, style_name="greet")
    page = VerticalPanel([
        Label("Hello", style_name="title"),
        HorizontalPanel([name, button], spacing=8),
        greeting,
    ], spacing=12)
    RootPanel.get("app").add(page)
    name.set_focus()


def on_hot_reload(previous):
    """Called by `pytk dev` when this file is saved, instead of reloading the page: the new
    code builds the page again. ``previous`` is the module's old version."""
    RootPanel.get("app").clear()
    main()
