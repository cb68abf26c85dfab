"""Client tests: compiled to JavaScript and run in headless Chromium by `pytk test`.

Each test gets the app's page (with `<main id="app">`) as it was loaded; the app's services
answer RPC calls as they do in `pytk dev`.
"""
from pytk.widgets import Label

from hello.client.main import main
from hello.shared.greet import EmptyName, GreetService


def test_a_label_shows_its_text():
    label = Label("Hello")
    assert label.text == "Hello"


def test_main_builds_the_page():
    main()
    assert document.querySelector(".title").textContent == "Hello"


async def test_the_service_answers_through_rpc():
    reply = await GreetService().greet("Ada")
    assert reply.text == "Hello, Ada!"


async def test_a_blank_name_raises_the_declared_exception():
    try:
        await GreetService().greet("   ")
    except EmptyName as error:
        assert error.reason == "Please enter a name."
        return
    raise AssertionError("EmptyName was not raised")
