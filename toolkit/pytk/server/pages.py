"""The app's HTML page: ``public/index.html`` rendered with Jinja2.

The template gets ``title``, ``static(path)`` (the URL of a file in ``public/``) and
``pytk_scripts`` (the script tags that start the client; put it at the end of ``body``).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import jinja2
from markupsafe import Markup, escape

DEFAULT_INDEX = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body>
<main id="app"></main>
{{ pytk_scripts }}
</body>
</html>
"""


def script_tags(entry_url: str, dev_script_url: str | None = None) -> Markup:
    """The tags that load the client's entry module (and, in development, the reload client)."""
    tags = []
    if dev_script_url:
        tags.append(f'<script src="{escape(dev_script_url)}"></script>')
    tags.append(f'<script type="module" src="{escape(entry_url)}"></script>')
    return Markup("\n  ".join(tags))


def render_index(public_dir: Path, title: str, scripts: Markup, static_url: Callable[[str], str]) -> str:
    """Render the app's index.html (or a minimal default when the app has none)."""
    environment = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    index = public_dir / "index.html"
    source = index.read_text(encoding="utf-8") if index.is_file() else DEFAULT_INDEX
    template = environment.from_string(source)
    return template.render(title=title, static=static_url, pytk_scripts=scripts)
