"""The Router in real headless Chromium: typed route parameters, links that change the view
without reloading the page, back and forward, URLs opened directly, and a view for the rest."""
from __future__ import annotations

import pytest

from tests.browser.widgetkit import READY, open_app, served_client

pytestmark = pytest.mark.browser

CLIENT = '''
from pytk.widgets import FlowPanel, Label, RootPanel
from pytk.widgets.router import Route, Router


def home():
    return Label("home", style_name="view")


def user(ident):
    return Label("user " + str(ident) + " (" + type(ident).__name__ + ", next " + str(ident + 1) + ")",
                 style_name="view")


def search(query):
    return Label("search: " + query, style_name="view")


def files(rest):
    return Label("file: " + rest, style_name="view")


def main():
    visits = []
    router = Router([
        Route("/", home, title="Home"),
        Route("/users/<int:ident>", user, title="User"),
        Route("/search/<query>", search),
        Route("/files/<path:rest>", files),
    ], not_found=lambda path: Label("no page at " + path, style_name="view"),
        on_navigate=lambda path: visits.append(path), label="Page", style_name="router")
    window.visits = visits
    window.user_path = Route("/users/<int:ident>", user).build(ident=42)
    RootPanel.get("app").add(FlowPanel([
        FlowPanel([router.link("Home", "/", style_name="to-home"), router.link("User 7", "/users/7", style_name="to-user"),
                   router.link("Search", "/search/" + "a%20b", style_name="to-search")]),
        router,
    ]))
    RootPanel.get().element.setAttribute("data-ready", "yes")
'''


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    with served_client(tmp_path_factory.mktemp("router"), CLIENT) as served:
        yield served


@pytest.fixture
def app(app_page, url):
    yield open_app(app_page, url)
    assert app_page.evaluate("window.__pytkErrors") == []


def test_links_change_the_view_without_reloading(app, url):
    assert app.text_content(".view") == "home"
    app.evaluate("window.marker = 'still here'")
    app.click(".to-user")
    assert app.text_content(".view") == "user 7 (int, next 8)"
    assert app.url == url + "#/users/7"
    assert app.title() == "User"
    assert app.evaluate("window.marker") == "still here"
    assert app.evaluate("document.activeElement.classList.contains('router')")
    assert app.get_attribute(".to-user", "href") == "#/users/7"
    assert app.evaluate("user_path") == "/users/42"


def test_back_and_forward(app):
    app.click(".to-user")
    app.click(".to-search")
    assert app.text_content(".view") == "search: a b"
    app.go_back()
    app.wait_for_function("document.querySelector('.view').textContent.startsWith('user 7')")
    app.go_back()
    app.wait_for_function("document.querySelector('.view').textContent === 'home'")
    app.go_forward()
    app.wait_for_function("document.querySelector('.view').textContent.startsWith('user 7')")
    assert app.evaluate("visits") == ["/", "/users/7", "/search/a%20b", "/users/7", "/", "/users/7"]


@pytest.mark.parametrize(("fragment", "shown"), [
    ("#/users/12", "user 12 (int, next 13)"),
    ("#/files/a/b/c.txt", "file: a/b/c.txt"),
    ("#/users/twelve", "no page at /users/twelve"),  # not an int: no route matches
    ("#/search/%3Cb%3E", "search: <b>"),
])
def test_urls_opened_directly(app_page, url, fragment, shown):
    app_page.set_default_timeout(5000)
    app_page.goto(url + fragment)
    app_page.wait_for_selector(READY, state="attached")
    assert app_page.text_content(".view") == shown
    assert app_page.locator(".view b").count() == 0
