"""The whole app in headless Chromium: `pytk_app` serves it, `page` drives it."""
from playwright.sync_api import expect


def test_the_page_greets_by_name(pytk_app, page):
    page.goto(pytk_app.url)
    page.fill(".name", "Ada")
    page.click(".greet")
    expect(page.locator(".greeting")).to_have_text("Hello, Ada!")
    assert page.evaluate("window.__pytkErrors") == []
