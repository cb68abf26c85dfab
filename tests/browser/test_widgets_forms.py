"""Forms in real headless Chromium: validators, errors tied to their inputs, focus on the first
invalid field, and submission through RPC to a real server, whose declared exception is shown
at the field it names."""
from __future__ import annotations

import pytest

from tests.browser.widgetkit import open_app, served_client

pytestmark = pytest.mark.browser

SHARED = '''
from pytk.rpc import Service


class FieldProblem(Exception):
    """The server refuses one field's value."""

    def __init__(self, field, message):
        Exception.__init__(self, field, message)
        self.field = field
        self.message = message


class SignupService(Service):
    async def sign_up(self, name: str, age: int, email: str) -> str: ...
'''

SERVER = '''
from gallery.shared.signup import FieldProblem, SignupService


class SignupServiceImpl(SignupService):
    async def sign_up(self, name: str, age: int, email: str) -> str:
        if name == "taken":
            raise FieldProblem("name", "That name is taken.")
        return "Welcome, " + name + " (" + str(age) + ")"
'''

CLIENT = '''
from pytk.widgets import RootPanel, TextBox
from pytk.widgets.checks import CheckBox
from pytk.widgets.forms import Field, Form
from pytk.widgets.inputs import IntegerBox, PasswordTextBox
from pytk.widgets.forms import custom, email, in_range, length, pattern, required

from gallery.shared.signup import SignupService


def main():
    async def send(values):
        return await SignupService().sign_up(values["name"], values["age"], values["email"])

    form = Form([
        Field("name", TextBox(), label="Name", validators=[required(), length(maximum=12)]),
        Field("age", IntegerBox(), label="Age", validators=[required(), in_range(18, 130)], hint="18 or more"),
        Field("email", TextBox(), label="Email", validators=[required(), email()]),
        Field("code", TextBox(), label="Code", validators=[pattern("[A-Z]{3}-\\\\d{2}", "Like ABC-12.")]),
        Field("password", PasswordTextBox(), label="Password", validators=[length(minimum=6)]),
        Field("again", PasswordTextBox(), label="Password again",
              validators=[custom(lambda value, values: value == values["password"], "The passwords differ.")]),
        Field("terms", CheckBox("I accept the terms"), validators=[required("Please accept the terms.")]),
    ], on_submit=send, submit_text="Sign up", label="Sign up", style_name="signup")
    RootPanel.get("app").add(form)
    RootPanel.get().element.setAttribute("data-ready", "yes")
'''


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    files = {"gallery/shared/signup.py": SHARED, "gallery/server/signup.py": SERVER}
    with served_client(tmp_path_factory.mktemp("forms"), CLIENT, files) as served:
        yield served


@pytest.fixture
def app(app_page, url):
    yield open_app(app_page, url)
    assert app_page.evaluate("window.__pytkErrors") == []


def error_of(app, label: str) -> str:
    """The error text tied (aria-describedby) to the input labelled ``label``."""
    return app.evaluate("""(label) => {
        const input = [...document.querySelectorAll('input')].find((i) => i.labels[0] &&
                                                               i.labels[0].textContent === label);
        const ids = input.getAttribute('aria-describedby').split(' ');
        return document.getElementById(ids[ids.length - 1]).textContent;
    }""", label)


def fill_valid(app):
    app.get_by_label("Name").fill("Ada")
    app.get_by_label("Age").fill("36")
    app.get_by_label("Email").fill("ada@example.org")
    app.get_by_label("I accept the terms").check()


def test_an_empty_submit_shows_every_error_and_sends_nothing(app):
    requests = []
    app.on("request", lambda request: requests.append(request.url) if "/_pytk/rpc" in request.url else None)
    app.click("text=Sign up")
    assert error_of(app, "Name") == "This field is required."
    assert error_of(app, "Age") == "This field is required."
    assert error_of(app, "I accept the terms") == "Please accept the terms."
    assert app.get_by_label("Name").get_attribute("aria-invalid") == "true"
    assert app.get_by_label("Name").get_attribute("aria-required") == "true"
    assert app.evaluate("document.activeElement.id") == app.get_by_label("Name").get_attribute("id")
    assert app.text_content(".pytk-Form-status") == "Please correct the fields marked above."
    assert requests == []


def test_fields_are_checked_as_the_user_leaves_them(app):
    app.get_by_label("Age").fill("12")
    app.keyboard.press("Tab")
    assert error_of(app, "Age") == "Enter a number from 18 to 130."
    app.get_by_label("Age").fill("20")  # once shown, an error follows each edit
    assert error_of(app, "Age") == ""
    assert app.get_by_label("Age").get_attribute("aria-invalid") is None
    app.get_by_label("Email").fill("not an address")
    app.keyboard.press("Tab")
    assert error_of(app, "Email").startswith("Enter an email address")
    app.get_by_label("Code").fill("abc-12")
    app.keyboard.press("Tab")
    assert error_of(app, "Code") == "Like ABC-12."
    app.get_by_label("Code").fill("ABC-12")
    assert error_of(app, "Code") == ""
    app.get_by_label("Name").fill("a name far too long")
    app.keyboard.press("Tab")
    assert error_of(app, "Name") == "Enter at most 12 characters."
    app.get_by_label("Password", exact=True).fill("secret1")
    app.get_by_label("Password again").fill("secret2")
    app.keyboard.press("Tab")
    assert error_of(app, "Password again") == "The passwords differ."


def test_a_valid_form_is_sent_over_rpc(app):
    fill_valid(app)
    app.click("text=Sign up")
    app.wait_for_function("document.querySelector('.pytk-Form-status').textContent !== ''")
    assert app.text_content(".pytk-Form-status") == "Welcome, Ada (36)"
    assert app.get_attribute(".signup", "aria-busy") is None and app.is_enabled("text=Sign up")


def test_a_declared_server_exception_shows_at_its_field(app):
    fill_valid(app)
    app.get_by_label("Name").fill("taken")
    app.click("text=Sign up")
    app.wait_for_function("document.querySelector('.pytk-Form-status').textContent !== ''")
    assert error_of(app, "Name") == "That name is taken."
    assert app.evaluate("document.activeElement.id") == app.get_by_label("Name").get_attribute("id")
