"""pytk.scaffold: `pytk new` writes a runnable app."""
from __future__ import annotations

import ast
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from pytk.config import load_config
from pytk.scaffold import ScaffoldError, create_app

EXPECTED = {
    "pyproject.toml", "README.md", ".gitignore",
    "shop/__init__.py",
    "shop/client/__init__.py", "shop/client/main.py",
    "shop/shared/__init__.py", "shop/shared/greet.py",
    "shop/server/__init__.py", "shop/server/services.py",
    "shop/public/index.html", "shop/public/style.css",
    "tests/conftest.py", "tests/test_greet.py", "tests/test_page.py", "tests/client/test_client.py",
}


def files_under(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def app(tmp_path) -> Path:
    target = tmp_path / "shop"
    create_app(target, title="The Shop")
    return target


def test_writes_the_documented_files(tmp_path):
    target = tmp_path / "shop"
    written = create_app(target)
    assert files_under(target) == EXPECTED
    assert sorted(p.relative_to(target).as_posix() for p in written) == sorted(EXPECTED)
    assert not any(p.suffix == ".j2" for p in target.rglob("*"))


def test_pyproject_has_a_tool_pytk_table(app):
    data = tomllib.loads((app / "pyproject.toml").read_text(encoding="utf-8"))
    assert data["tool"]["pytk"] == {"app": "shop", "title": "The Shop", "port": 8000}
    assert data["project"]["name"] == "shop"
    config = load_config(app)
    assert (config.name, config.title, config.port) == ("shop", "The Shop", 8000)
    assert config.entry == "shop.client.main:main"


def test_templates_are_rendered_with_the_app_name(app):
    main = (app / "shop/client/main.py").read_text(encoding="utf-8")
    services = (app / "shop/server/services.py").read_text(encoding="utf-8")
    test = (app / "tests/test_greet.py").read_text(encoding="utf-8")
    client_test = (app / "tests/client/test_client.py").read_text(encoding="utf-8")
    assert "from shop.client.main import main" in client_test and '"The Shop"' in client_test
    assert "from shop.shared.greet import" in main
    assert '"The Shop"' in main
    assert "from shop.shared.greet import" in services
    assert "from shop.server.services import GreetServiceImpl" in test
    for text in (main, services, test):
        assert "{{" not in text and "}}" not in text
    tree = ast.parse(main)
    assert any(isinstance(n, ast.FunctionDef) and n.name == "main" for n in tree.body)
    shared = ast.parse((app / "shop/shared/greet.py").read_text(encoding="utf-8"))
    assert {n.name for n in shared.body if isinstance(n, ast.ClassDef)} >= {"Greeting", "GreetService"}


def test_index_html_is_left_for_the_server_to_render(app):
    html = (app / "shop/public/index.html").read_text(encoding="utf-8")
    # index.html is a jinja2 template rendered per request: its placeholders survive.
    assert "{{ pytk_scripts }}" in html
    assert '<main id="app"></main>' in html


def test_default_name_comes_from_the_folder(tmp_path):
    create_app(tmp_path / "My-Shop")
    config = load_config(tmp_path / "My-Shop")
    assert config.name == "my_shop"
    assert config.title == "My Shop"
    assert (tmp_path / "My-Shop" / "my_shop" / "client" / "main.py").is_file()


def test_an_empty_existing_folder_is_fine(tmp_path):
    target = tmp_path / "shop"
    target.mkdir()
    create_app(target)
    assert files_under(target) == EXPECTED


def test_refuses_a_non_empty_folder_and_writes_nothing(tmp_path):
    target = tmp_path / "shop"
    target.mkdir()
    (target / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(ScaffoldError, match="not empty"):
        create_app(target)
    assert files_under(target) == {"notes.txt"}
    assert (target / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_refuses_a_file_in_the_way(tmp_path):
    target = tmp_path / "shop"
    target.write_text("x", encoding="utf-8")
    with pytest.raises(ScaffoldError):
        create_app(target)
    assert target.read_text(encoding="utf-8") == "x"


@pytest.mark.parametrize("name", ["2shop", "class", "pytk", "tests", "my shop", "Shop", "sh-op", "test"])
def test_refuses_bad_names_and_writes_nothing(tmp_path, name):
    target = tmp_path / "app"
    with pytest.raises(ScaffoldError, match="cannot name an app"):
        create_app(target, name=name)
    assert not target.exists()


def test_refuses_a_bad_folder_name_when_no_name_is_given(tmp_path):
    with pytest.raises(ScaffoldError, match="cannot name an app"):
        create_app(tmp_path / "3d")
    assert not (tmp_path / "3d").exists()


def test_generated_app_tests_pass(app):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    # The server-side tests; tests/cli/test_pytk_test.py runs all of them with `pytk test`.
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_greet.py"],
                            cwd=app, capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout
