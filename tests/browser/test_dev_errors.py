"""`pytk dev`: an uncaught exception in client code is shown as a Python traceback, in the page
and in the terminal."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import running

WIDGET = Path(__file__).resolve().parents[2] / "widgets" / "pytk" / "widgets" / "widget.py"

pytestmark = pytest.mark.browser

CHECK = '''

def check_name(text):
    if text == "Bob":
        raise ValueError("no greeting for " + text)
'''


@pytest.fixture(scope="module")
def dev_app(tmp_path_factory):
    from tests.conftest import pytk

    root = tmp_path_factory.mktemp("errors") / "demo"
    assert pytk("new", str(root), cwd=root.parent).returncode == 0
    main = root / "demo" / "client" / "main.py"
    source = main.read_text().replace("        try:\n            reply = await",
                                      "        check_name(name.value)\n        try:\n            reply = await")
    main.write_text(source + CHECK)
    with running("dev", root) as (url, process):
        yield root, url, process


def line_of(root, text: str, path: Path | None = None) -> int:
    lines = (path or root / "demo" / "client" / "main.py").read_text().splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


def test_an_uncaught_exception_shows_as_a_python_traceback(page, dev_app):
    root, url, process = dev_app
    page.goto(url)
    page.fill(".name", "Bob")
    printed = len(process.lines)
    page.click(".greet")
    overlay = page.wait_for_selector("#pytk-error-overlay .pytk-traceback", timeout=15000)
    expected = (
        f'  File "demo/client/main.py", line {line_of(root, "check_name(name.value)")}, in greet\n'
        f'    check_name(name.value)\n'
        f'  File "demo/client/main.py", line {line_of(root, "raise ValueError")}, in check_name\n'
        f'    raise ValueError("no greeting for " + text)\n'
        f'ValueError: no greeting for Bob')
    text = overlay.text_content()
    assert text.startswith("Traceback (most recent call last):\n"
                           f"  File \"pytk/widgets/widget.py\", line {line_of(root, 'return handler(event)', WIDGET)},"
                           " in listener\n"
                           "    return handler(event)\n")
    assert text.endswith(expected)
    assert "__runtime__" not in text and ".js" not in text
    process.wait_for_output("ValueError: no greeting for Bob", after=printed)
    terminal = "".join(process.lines[printed:])
    assert "uncaught exception in the browser" in terminal
    assert expected in terminal
    # Dismissed with Escape; the page still works.
    page.keyboard.press("Escape")
    assert page.locator("#pytk-error-overlay").count() == 0
    page.fill(".name", "Ada")
    page.click(".greet")
    page.wait_for_function("document.querySelector('.greeting').textContent === 'Hello, Ada!'")


def test_a_javascript_error_keeps_its_class_and_message(page, dev_app):
    root, url, process = dev_app
    page.goto(url)
    page.wait_for_selector(".greet")
    printed = len(process.lines)
    page.evaluate("setTimeout(() => null.x, 0)")
    overlay = page.wait_for_selector("#pytk-error-overlay .pytk-traceback", timeout=15000)
    assert overlay.text_content() == "TypeError: Cannot read properties of null (reading 'x')"
    process.wait_for_output("TypeError: Cannot read properties of null", after=printed)


def test_garbage_on_the_dev_socket_is_ignored(page, dev_app):
    root, url, process = dev_app
    page.goto(url)
    page.wait_for_selector(".greet")
    answers = page.evaluate("""() => new Promise((resolve) => {
        const socket = new WebSocket(location.origin.replace('http', 'ws') + '/_pytk/dev');
        const got = [];
        socket.onmessage = (event) => got.push(JSON.parse(event.data).type);
        socket.onopen = () => {
            socket.send('not json');
            socket.send(JSON.stringify({type: 'error', stack: 12}));
            socket.send('x'.repeat(100000));
            setTimeout(() => resolve(got), 500);
        };
    })""")
    assert answers == ["state", "exception"]  # the report with a bad stack is still answered
    assert process.poll() is None
