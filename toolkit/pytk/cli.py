"""The ``pytk`` command: new, dev, build, serve, check, compile, test, lsp."""
from __future__ import annotations

import asyncio
import json
import sys
import traceback
from pathlib import Path

import click

from pytk.config import AppConfig, ConfigError, load_config
from pytk.devserver.terminal import Level, Terminal, human_size

terminal = Terminal()


def _set_level(level: Level):
    def callback(context: click.Context, parameter: click.Parameter, value: bool) -> None:
        if value:
            terminal.level = level
    return callback


def output_options(command):
    """``--verbose`` and ``--quiet``, accepted before or after the command's name."""
    command = click.option("--quiet", "-q", is_flag=True, expose_value=False, is_eager=True,
                           callback=_set_level(Level.QUIET), help="Print problems only.")(command)
    return click.option("--verbose", "-v", is_flag=True, expose_value=False, is_eager=True,
                        callback=_set_level(Level.VERBOSE), help="Print more detail.")(command)


def _config() -> AppConfig:
    try:
        return load_config(Path.cwd())
    except ConfigError as error:
        raise click.ClickException(str(error)) from None


def _bind(port: int):
    from pytk.server.listen import PortInUse, bind

    try:
        return bind(port)
    except PortInUse as error:
        raise click.ClickException(str(error)) from None


def _run_forever(coroutine) -> None:
    try:
        asyncio.run(coroutine)
    except KeyboardInterrupt:
        click.echo("stopped")


@click.group()
@click.version_option(package_name="pytk")
@output_options
def main() -> None:
    """pytk: write a whole web app in Python."""


@main.command()
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--name", help="The app's package name (default: from FOLDER).")
@click.option("--title", help="The page title (default: from the name).")
def new(folder: Path, name: str | None, title: str | None) -> None:
    """Create a new app in FOLDER."""
    from pytk.scaffold import ScaffoldError, create_app

    try:
        create_app(folder, name, title)
    except ScaffoldError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"Created {folder}. Next:\n  cd {folder}\n  pytk dev")


@main.command()
@click.option("--port", type=int, default=None, help="Port on 127.0.0.1 (default: [tool.pytk] port, 8000).")
@output_options
def dev(port: int | None) -> None:
    """Compile, serve and reload on save."""
    from pytk.devserver.server import DevServer

    config = _config()
    sockets, actual = _bind(config.port if port is None else port)
    server = DevServer(config, log=terminal.info, log_problem=terminal.problem, log_detail=terminal.detail)
    _run_forever(server.serve(sockets, ready=lambda: terminal.announce(
        f"Serving {config.name} at http://127.0.0.1:{actual}/")))


@main.command()
@click.option("--out", type=click.Path(path_type=Path), default=None, help="Output folder (default: dist).")
@click.option("--bundle/--no-bundle", default=True,
              help="Bundle, tree-shake and minify with esbuild (default), or write one minified "
                   "file per module (no esbuild or node needed).")
@output_options
def build(out: Path | None, bundle: bool) -> None:
    """Write the production files into dist/."""
    from pytk.compiler.bundle import BundleFailed, BundlerMissing
    from pytk.compiler.diagnostics import CompileFailed
    from pytk.compiler.dist import build_dist

    config = _config()
    steps = "compiling the client, " + ("bundling with esbuild" if bundle else "minifying each module")
    try:
        with terminal.status(f"Building {config.name}: {steps}"):
            report = build_dist(config, out, bundle=bundle)
    except CompileFailed as failure:
        for diagnostic in failure.diagnostics:
            terminal.problem(diagnostic.format(relative_to=config.root))
        sys.exit(1)
    except (BundlerMissing, BundleFailed) as error:
        raise click.ClickException(str(error)) from None
    for warning in report.warnings:
        terminal.problem(f"warning: {warning}")
    _print_sizes(report.files)
    kind = "bundled" if report.bundled else "not bundled"
    terminal.success(f"Built {report.dist} in {report.seconds * 1000:.0f} ms ({kind}): {len(report.files)} files; "
                     f"initial download {report.initial_bytes / 1024:.1f} KiB of JavaScript, "
                     f"{report.initial_gzip / 1024:.1f} KiB gzip; report: {report.dist / 'report.html'}")


def _print_sizes(files: list[dict]) -> None:
    """The files of a build with their sizes, raw and gzipped (source maps and sources with --verbose)."""
    shown = [f for f in files if terminal.level >= Level.VERBOSE or not f["path"].endswith((".map", ".py"))]
    hidden = len(files) - len(shown)
    terminal.table(
        "dist/" + (f" ({hidden} more: source maps and sources; --verbose lists them)" if hidden else ""),
        [("file", "left"), ("size", "right"), ("gzip", "right")],
        [[f["path"], human_size(f["bytes"]), human_size(f["gzip"])] for f in shown],
        footer=[f"{len(shown)} files", human_size(sum(f["bytes"] for f in shown)),
                human_size(sum(f["gzip"] for f in shown))])


@main.command()
@click.argument("dist", required=False, type=click.Path(path_type=Path, file_okay=False))
@click.option("--port", type=int, default=None, help="Port on 127.0.0.1 (default: [tool.pytk] port, 8000).")
@click.option("--workers", type=click.IntRange(min=1), default=1, help="Processes serving the port (default 1).")
@click.option("--broker", default=None, help="Channel broker shared by the processes: redis://HOST:PORT/DB "
                                             "(default: in-process, which reaches one process's sockets).")
def serve(dist: Path | None, port: int | None, workers: int, broker: str | None) -> None:
    """Serve a built app (DIST, default dist/) with its RPC services."""
    from pytk.devserver.server import load_services
    from pytk.server.serve import broker_for, serve_app

    config = _config()
    dist = dist or config.dist_dir
    if not (dist / "manifest.json").is_file():
        raise click.ClickException(f"{dist} holds no build (manifest.json is missing); run `pytk build` first")
    try:
        broker_for(broker)
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    sockets, actual = _bind(config.port if port is None else port)
    try:
        registry = load_services(config)
    except Exception:
        click.echo(traceback.format_exc(), err=True)
        raise click.ClickException("the app's server code failed to import (see above)") from None
    processes = f" with {workers} workers" if workers > 1 else ""
    try:
        status = serve_app(dist, registry, sockets, workers, broker, ready=lambda: click.echo(
            f"Serving {config.name} ({dist}) at http://127.0.0.1:{actual}/{processes}", err=True))
    except KeyboardInterrupt:
        click.echo("stopped")
        return
    sys.exit(status)


@main.command("compile")
@click.argument("source", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), required=True,
              help="Output folder (emptied first).")
@click.option("--maps/--no-maps", default=False, help="Write source maps.")
def compile_command(source: Path, out: Path, maps: bool) -> None:
    """Compile a standalone program SOURCE to ES modules that run with `node OUT/<name>.js`."""
    from pytk.compiler.build import compile_program
    from pytk.compiler.diagnostics import CompileFailed

    try:
        result = compile_program(source, out, source_maps=maps)
    except CompileFailed as failure:
        for diagnostic in failure.diagnostics:
            click.echo(diagnostic.format(relative_to=Path.cwd()), err=True)
        sys.exit(1)
    click.echo(f"wrote {len(result.modules)} modules; run: node {out / result.entry_script}", err=True)


@main.command()
@click.option("--format", "output", type=click.Choice(["text", "json"]), default="text")
def check(output: str) -> None:
    """Run the compiler's checks on the client without writing output."""
    from pytk.compiler.build import check_client

    config = _config()
    diagnostics = check_client(config)
    if output == "json":
        click.echo(json.dumps([d.to_json(config.root) for d in diagnostics], indent=2))
    else:
        for diagnostic in diagnostics:
            click.echo(diagnostic.format(relative_to=config.root))
        if not diagnostics:
            click.echo("no problems found", err=True)
    sys.exit(1 if diagnostics else 0)


@main.command(context_settings={"ignore_unknown_options": True, "allow_interspersed_args": False})
@click.argument("pytest_args", nargs=-1, type=click.UNPROCESSED)
def test(pytest_args: tuple[str, ...]) -> None:
    """Run the app's tests with pytest: server-side tests, and client tests (tests/client/test_*.py)
    compiled and run in headless Chromium. Arguments go to pytest."""
    import importlib.util
    import os

    config = _config()
    missing = [name for name in ("pytest", "pytest_playwright") if importlib.util.find_spec(name) is None]
    if missing:
        raise click.ClickException(f"`pytk test` needs {' and '.join(missing)}; "
                                   "install them with: pip install 'pytk[test]'")
    import pytest

    os.chdir(config.root)
    sys.exit(int(pytest.main(["-p", "no:cacheprovider", *pytest_args])))


@main.command()
@click.option("--log-level", type=click.Choice(["error", "warning", "info", "debug"], case_sensitive=False),
              default="warning", show_default=True, help="What the server logs to stderr.")
def lsp(log_level: str) -> None:
    """Run the language server over stdin and stdout (for editors)."""
    from pytk.lsp.server import run

    run(log_level.lower())


if __name__ == "__main__":
    main()
