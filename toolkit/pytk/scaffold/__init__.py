"""`pytk new`: write a runnable app from the Jinja2 templates in ``template/``.

Paths containing ``__app__`` take the app's name; files ending in ``.j2`` are rendered
(and lose the suffix); everything else is copied as it is.
"""
from __future__ import annotations

import keyword
import re
import shutil
from pathlib import Path

import jinja2

TEMPLATE_DIR = Path(__file__).parent / "template"
_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")


class ScaffoldError(Exception):
    """The app cannot be created where or as asked."""


def validate_name(name: str) -> None:
    if not _NAME.match(name) or keyword.iskeyword(name) or name in ("pytk", "test", "tests"):
        raise ScaffoldError(f"'{name}' cannot name an app: use a lowercase Python identifier "
                            "(letters, digits, underscores), not a keyword or 'pytk'")


def create_app(target: Path, name: str | None = None, title: str | None = None) -> list[Path]:
    """Write a new app into ``target`` (which must be missing or empty); return the files written."""
    name = name or target.name.replace("-", "_").lower()
    validate_name(name)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ScaffoldError(f"{target} already exists and is not empty; choose a new folder name")
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATE_DIR), keep_trailing_newline=True,
                                     undefined=jinja2.StrictUndefined)
    context = {"app": name, "title": title or name.replace("_", " ").title()}
    written = []
    for source in sorted(p for p in TEMPLATE_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        relative = source.relative_to(TEMPLATE_DIR).as_posix().replace("__app__", name)
        destination = target / relative.removesuffix(".j2")
        destination.parent.mkdir(parents=True, exist_ok=True)
        if source.suffix == ".j2":
            template = environment.get_template(source.relative_to(TEMPLATE_DIR).as_posix())
            destination.write_text(template.render(context), encoding="utf-8")
        else:
            shutil.copyfile(source, destination)
        written.append(destination)
    return written
