"""Inputs: text boxes, numbers, choices."""
from pytk.widgets import Label, TextBox, VerticalPanel
from pytk.widgets.checks import CheckBox, RadioGroup
from pytk.widgets.dates import DatePicker
from pytk.widgets.files import FileUpload
from pytk.widgets.inputs import IntegerBox, NumberBox, PasswordTextBox, TextArea
from pytk.widgets.listbox import ListBox
from pytk.widgets.suggest import SuggestBox


def text_box_demo():
    """TextBox and PasswordTextBox."""
    echo = Label("", style_name="demo-output")
    name = TextBox(placeholder="Your name", label="Your name",
                   on_input=lambda event: echo.set_text("Hello, " + name.value))
    return VerticalPanel([name, PasswordTextBox(placeholder="Password", label="Password"), echo], spacing=8)


def text_area_demo():
    """TextArea: several lines."""
    size = Label("0 characters", style_name="demo-output")
    area = TextArea(rows=4, columns=30, label="Notes",
                    on_input=lambda event: size.set_text(str(len(area.value)) + " characters"))
    return VerticalPanel([area, size], spacing=8)


def number_boxes_demo():
    """IntegerBox and NumberBox: parsed values."""
    out = Label("", style_name="demo-output")

    def show(event):
        valid = "valid" if age.is_valid() else "out of range"
        out.text = "age " + str(age.value) + " (" + valid + "), price " + str(price.value)

    age = IntegerBox(minimum=0, maximum=130, label="Age", on_input=show)
    price = NumberBox(step=0.01, label="Price", on_input=show)
    return VerticalPanel([age, price, out], spacing=8)


def check_box_demo():
    """CheckBox."""
    out = Label("not subscribed", style_name="demo-output")
    box = CheckBox("Subscribe", on_change=lambda event: out.set_text("subscribed" if box.value else "not subscribed"))
    return VerticalPanel([box, out], spacing=8)


def radio_group_demo():
    """RadioGroup: one choice of several."""
    out = Label("medium", style_name="demo-output")
    return VerticalPanel([
        RadioGroup([("s", "Small"), ("m", "Medium"), ("l", "Large")], value="m", label="Size",
                   on_change=lambda value: out.set_text({"s": "small", "m": "medium", "l": "large"}[value])),
        out,
    ], spacing=8)


def list_box_demo():
    """ListBox: a drop-down, or a list with several selected."""
    out = Label("", style_name="demo-output")
    fruit = ListBox(["Apple", "Banana", "Cherry"], label="Fruit",
                    on_change=lambda event: out.set_text("fruit: " + fruit.value))
    days = ListBox([("mon", "Monday"), ("tue", "Tuesday"), ("wed", "Wednesday")], multiple=True,
                   label="Days", on_change=lambda event: out.set_text("days: " + ", ".join(days.values)))
    return VerticalPanel([fruit, days, out], spacing=8)


def suggest_box_demo():
    """SuggestBox: suggestions as you type."""
    fruit = ["Apple", "Apricot", "Avocado", "Banana", "Blackberry", "Blueberry", "Cherry", "Coconut", "Cranberry"]
    out = Label("", style_name="demo-output")

    async def suggest(text):
        # a real app: return await FruitService().suggest(text)
        return [name for name in fruit if name.lower().startswith(text.lower())]

    return VerticalPanel([SuggestBox(suggest, label="Fruit", placeholder="Type a fruit",
                                     on_select=lambda value: out.set_text("picked " + value)), out], spacing=8)


def date_picker_demo():
    """DatePicker: a calendar, by mouse or keyboard."""
    out = Label("", style_name="demo-output")
    return VerticalPanel([DatePicker(label="Delivery date", on_change=lambda value: out.set_text("chose " + value)), out],
                         spacing=8)


def file_upload_demo():
    """FileUpload: read the chosen file in the browser."""
    out = Label("", style_name="demo-output")

    async def chosen(event):
        text = await upload.read_text()
        out.text = upload.file_names[0] + ": " + str(len(text)) + " characters"

    upload = FileUpload(accept=".txt,.csv,.md", label="A text file", on_change=chosen)
    return VerticalPanel([upload, out], spacing=8)


DEMOS = {"suggest_box_demo": suggest_box_demo, "date_picker_demo": date_picker_demo,
         "file_upload_demo": file_upload_demo, "text_box_demo": text_box_demo, "text_area_demo": text_area_demo, "number_boxes_demo": number_boxes_demo,
         "check_box_demo": check_box_demo, "radio_group_demo": radio_group_demo, "list_box_demo": list_box_demo}
