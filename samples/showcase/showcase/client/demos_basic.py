"""Basic widgets: text, markup, buttons, links, images, progress."""
from pytk.widgets import (Button, HTML, Hyperlink, Image, Label, ProgressBar, SafeHtml, ToggleButton,
                          VerticalPanel)

LOGO = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAKElEQVR42mNkYPhfz0AEYBxV"
        "SF+FjAz/GYhRyDiqkL4KGUcV0lchALdNCxFt3ZtZAAAAAElFTkSuQmCC")


def label_demo():
    """Label: text, always shown as text."""
    return Label("<b>Not bold</b>: a Label never parses markup.")


def html_demo():
    """HTML: markup, only as SafeHtml."""
    name = "<script>alert('x')</script>"  # imagine this came from a user
    return VerticalPanel([
        HTML(SafeHtml.format("<b>{who}</b> joined <i>{room}</i>", who=name, room="lobby")),
        HTML(SafeHtml.sanitize("<b>bold</b> and <em>kept</em>, <img src=x onerror=alert(1)> escaped")),
    ])


def button_demo():
    """Button: on_click and enabled."""
    count = Label("0 clicks", style_name="demo-output")
    clicks = [0]

    def clicked(event):
        clicks[0] += 1
        count.text = str(clicks[0]) + " clicks"

    return VerticalPanel([Button("Click me", on_click=clicked), Button("Disabled", enabled=False), count],
                         spacing=8)


def toggle_button_demo():
    """ToggleButton: stays down."""
    state = Label("up", style_name="demo-output")

    def toggled(down):
        state.text = "down" if down else "up"

    return VerticalPanel([ToggleButton("Bold", on_toggle=toggled), state], spacing=8)


def hyperlink_demo():
    """Hyperlink: safe URLs, in-page handling."""
    said = Label("", style_name="demo-output")
    return VerticalPanel([
        Hyperlink("pytk on the web", "https://example.org/", new_window=True),
        Hyperlink("javascript: is refused", "javascript:alert(1)"),
        Hyperlink("Handled in the page", "#inbox", on_click=lambda event: said.set_text("opened #inbox")),
        said,
    ], spacing=8)


def image_demo():
    """Image: src, alt and size."""
    return Image(LOGO, alt="A small blue square", width=48, height=48)


def progress_bar_demo():
    """ProgressBar: determinate or not."""
    bar = ProgressBar(40, label="Upload")

    def step(event):
        bar.value = 0 if bar.value >= 100 else bar.value + 20

    return VerticalPanel([bar, Button("Advance", on_click=step), ProgressBar(None, label="Waiting")], spacing=8)


DEMOS = {"label_demo": label_demo, "html_demo": html_demo, "button_demo": button_demo,
         "toggle_button_demo": toggle_button_demo, "hyperlink_demo": hyperlink_demo,
         "image_demo": image_demo, "progress_bar_demo": progress_bar_demo}
