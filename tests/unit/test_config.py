"""pytk.config: reading an app's [tool.pytk] settings."""
from __future__ import annotations

from pathlib import Path

import pytest

from pytk.config import AppConfig, ConfigError, find_app_root, load_config


def make_app(root: Path, table: str, package: str | None = "hello") -> Path:
    """Write a pyproject.toml holding ``table`` and, unless None, the package folder."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "pyproject.toml").write_text(table, encoding="utf-8")
    if package:
        (root / package).mkdir(exist_ok=True)
        (root / package / "__init__.py").write_text("", encoding="utf-8")
    return root


def test_defaults_come_from_the_app_name(tmp_path):
    root = make_app(tmp_path / "app", '[tool.pytk]\napp = "hello"\n')
    config = load_config(root)
    assert config == AppConfig(root=root.resolve(), name="hello", title="hello", port=8000,
                               entry="hello.client.main:main")
    assert config.entry_module == "hello.client.main"
    assert config.entry_function == "main"
    assert config.package_dir == root.resolve() / "hello"
    assert config.public_dir == root.resolve() / "hello" / "public"
    assert (config.client_package, config.shared_package, config.server_package) == (
        "hello.client", "hello.shared", "hello.server")
    assert config.work_dir == root.resolve() / ".pytk"
    assert config.dist_dir == root.resolve() / "dist"


def test_custom_title_port_and_entry(tmp_path):
    root = make_app(tmp_path, '[project]\nname = "hello"\n\n[tool.pytk]\napp = "hello"\n'
                              'title = "Hello, World"\nport = 9123\nentry = "hello.client.start:boot"\n')
    config = load_config(root)
    assert config.title == "Hello, World"
    assert config.port == 9123
    assert config.entry == "hello.client.start:boot"
    assert config.entry_module == "hello.client.start"
    assert config.entry_function == "boot"


def test_entry_without_function_calls_main(tmp_path):
    root = make_app(tmp_path, '[tool.pytk]\napp = "hello"\nentry = "hello.client.app"\n')
    config = load_config(root)
    assert config.entry_module == "hello.client.app"
    assert config.entry_function == "main"


def test_pyproject_without_tool_pytk_is_a_clear_error(tmp_path):
    make_app(tmp_path, '[project]\nname = "hello"\n\n[tool.black]\nline-length = 100\n')
    with pytest.raises(ConfigError) as raised:
        load_config(tmp_path)
    message = str(raised.value)
    assert "[tool.pytk]" in message
    assert str(tmp_path.resolve()) in message
    assert "pytk new" in message


def test_no_pyproject_at_all_is_a_clear_error(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(ConfigError, match=r"no pyproject\.toml with a \[tool\.pytk\] table"):
        load_config(tmp_path / "empty")


@pytest.mark.parametrize("value", ['"2fast"', '"my-app"', '""', "3", '"a b"', '"class"'])
def test_app_name_must_be_an_identifier(tmp_path, value):
    make_app(tmp_path, f"[tool.pytk]\napp = {value}\n", package=None)
    with pytest.raises(ConfigError, match="app must be a Python identifier") as raised:
        load_config(tmp_path)
    assert "pyproject.toml" in str(raised.value)


def test_missing_app_name(tmp_path):
    make_app(tmp_path, '[tool.pytk]\ntitle = "Nameless"\n', package=None)
    with pytest.raises(ConfigError, match=r"app must be a Python identifier, got None"):
        load_config(tmp_path)


@pytest.mark.parametrize("value", ["-1", "65536", '"8000"', "80.5", "true"])
def test_port_must_be_an_integer_in_range(tmp_path, value):
    make_app(tmp_path, f'[tool.pytk]\napp = "hello"\nport = {value}\n')
    with pytest.raises(ConfigError, match="port must be an integer 0-65535"):
        load_config(tmp_path)


@pytest.mark.parametrize("port", [0, 65535])
def test_port_bounds_are_accepted(tmp_path, port):
    make_app(tmp_path, f'[tool.pytk]\napp = "hello"\nport = {port}\n')
    assert load_config(tmp_path).port == port


def test_title_must_be_a_string(tmp_path):
    make_app(tmp_path, '[tool.pytk]\napp = "hello"\ntitle = 5\n')
    with pytest.raises(ConfigError, match="title and entry must be strings"):
        load_config(tmp_path)


def test_missing_package_folder(tmp_path):
    make_app(tmp_path, '[tool.pytk]\napp = "hello"\n', package=None)
    with pytest.raises(ConfigError, match=r"package folder 'hello/' is missing"):
        load_config(tmp_path)


def test_invalid_toml_names_the_file(tmp_path):
    make_app(tmp_path, '[tool.pytk\napp = "hello"\n')
    with pytest.raises(ConfigError) as raised:
        load_config(tmp_path)
    assert str(tmp_path.resolve() / "pyproject.toml") in str(raised.value)


def test_found_from_a_subfolder(tmp_path):
    root = make_app(tmp_path / "app", '[tool.pytk]\napp = "hello"\nport = 8123\n')
    deep = root / "hello" / "client" / "widgets"
    deep.mkdir(parents=True)
    config = load_config(deep)
    assert config.root == root.resolve()
    assert config.port == 8123
    assert find_app_root(deep) == root.resolve()


def test_nearest_pytk_project_wins_and_plain_pyprojects_are_skipped(tmp_path):
    outer = make_app(tmp_path, '[tool.pytk]\napp = "outer"\n', package="outer")
    inner = make_app(tmp_path / "inner", '[tool.pytk]\napp = "inner"\n', package="inner")
    plain = inner / "lib"
    plain.mkdir()
    (plain / "pyproject.toml").write_text('[project]\nname = "lib"\n', encoding="utf-8")
    assert load_config(plain).name == "inner"
    assert load_config(inner / "inner").root == inner.resolve()
    assert load_config(outer).name == "outer"
