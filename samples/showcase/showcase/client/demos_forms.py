"""Forms: fields, validation, submission."""
from pytk.widgets import TextBox
from pytk.widgets.checks import CheckBox
from pytk.widgets.forms import Field, Form
from pytk.widgets.inputs import IntegerBox, PasswordTextBox
from pytk.widgets.forms import custom, email, in_range, length, required


def form_demo():
    """Form: validators, errors, submit."""
    async def send(values):
        return "Thanks, " + values["name"] + "! (Nothing was sent: a real app calls a Service here.)"

    return Form([
        Field("name", TextBox(), label="Name", validators=[required(), length(maximum=30)]),
        Field("age", IntegerBox(), label="Age", validators=[required(), in_range(18, 130)], hint="18 or more"),
        Field("email", TextBox(), label="Email", validators=[required(), email()]),
        Field("password", PasswordTextBox(), label="Password", validators=[required(), length(minimum=8)]),
        Field("again", PasswordTextBox(), label="Password again",
              validators=[custom(lambda value, values: value == values["password"], "The passwords differ.")]),
        Field("terms", CheckBox("I accept the terms"), validators=[required("Please accept the terms.")]),
    ], on_submit=send, submit_text="Create account", label="Create an account")


DEMOS = {"form_demo": form_demo}
