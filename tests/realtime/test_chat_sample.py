"""samples/chat in real Chromium, served by `pytk serve --workers 2 --broker redis://...`: sign-in,
a room shared by two users, who is here, history from SQLite for a later visitor."""
from __future__ import annotations

import os
import shutil

import pytest

from pytk.testing.browser import READABLE_ERRORS
from tests.conftest import REPO, pytk, running

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def chat(tmp_path_factory, redis_url):
    root = tmp_path_factory.mktemp("chat") / "chat"
    shutil.copytree(REPO / "samples" / "chat", root,
                    ignore=shutil.ignore_patterns(".pytk", "dist", "__pycache__", "*.db*"))
    result = pytk("build", "--no-bundle", cwd=root)
    assert result.returncode == 0, result.stderr
    os.environ["CHAT_DB"] = str(root / "test.db")
    try:
        with running("serve", root, "--workers", "2", "--broker", redis_url) as (url, process):
            yield url
    finally:
        del os.environ["CHAT_DB"]


def sign_in(page, url, name, password):
    page.goto(url)
    page.fill(".name", name)
    page.fill(".password", password)
    page.click(".sign-in")


def lines(page):
    return page.locator(".line").all_text_contents()


def test_two_users_talk_in_a_room_and_a_later_visitor_gets_the_history(browser, chat):
    ada_context, grace_context, later_context = browser.new_context(), browser.new_context(), browser.new_context()
    for context in (ada_context, grace_context, later_context):
        context.add_init_script(READABLE_ERRORS)
    try:
        ada, grace = ada_context.new_page(), grace_context.new_page()
        sign_in(ada, chat, "ada", "wrong")
        ada.wait_for_function("document.querySelector('.login-status').textContent !== ''")
        assert ada.text_content(".login-status") == "Wrong name or password."

        sign_in(ada, chat, "ada", "analytical engine")
        sign_in(grace, chat, "grace", "compiler pioneer")
        for page in (ada, grace):
            page.wait_for_function("document.querySelector('.room') && document.querySelector('.room').textContent === '#lobby'")
        ada.wait_for_function("document.querySelector('.here').textContent === 'Here: ada, grace'")

        ada.fill(".entry", "hello from ada")
        ada.press(".entry", "Enter")
        grace.wait_for_function("[...document.querySelectorAll('.line')].some(l => l.textContent === 'ada: hello from ada')")
        grace.fill(".entry", "   ")
        grace.click(".send")
        grace.wait_for_function("document.querySelector('.status').textContent === 'say something'")
        grace.fill(".entry", "hi ada")
        grace.click(".send")
        ada.wait_for_function("document.querySelectorAll('.line').length === 2")
        assert lines(ada) == ["ada: hello from ada", "grace: hi ada"]

        grace.click(".room-python")
        grace.wait_for_function("document.querySelector('.room').textContent === '#python'")
        assert lines(grace) == []
        ada.wait_for_function("document.querySelector('.here').textContent === 'Here: ada'")

        later = later_context.new_page()
        sign_in(later, chat, "grace", "compiler pioneer")
        later.wait_for_function("document.querySelectorAll('.line').length === 2")
        assert lines(later) == ["ada: hello from ada", "grace: hi ada"]     # from SQLite
        later.reload()                                                       # the session cookie
        later.wait_for_function("document.querySelectorAll('.line').length === 2")
        for page in (ada, grace, later):
            assert page.evaluate("window.__pytkErrors") == []
    finally:
        for context in (ada_context, grace_context, later_context):
            context.close()
