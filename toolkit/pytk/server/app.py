"""The Tornado application that serves a pytk app: its page, client code, static files and RPC.

Two modes share it. In production (``pytk serve``) everything comes from a built ``dist/``
folder and content-hashed assets are cached for a year. In development (``pytk dev``) the
page is rendered on each request, assets come from the latest successful compile, nothing
is cached, and the dev server adds its own routes under ``/_pytk/``.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Callable

import tornado.web
from markupsafe import escape

from pytk.server.auth import Auth, auth_routes, configured_auth
from pytk.server.channels import Channels, channels as process_channels
from pytk.server.registry import ServiceRegistry
from pytk.server.rpc import rpc_routes
from pytk.server.socket import socket_routes
from pytk.server.version import interface_version

ONE_YEAR = 365 * 24 * 3600


class ImmutableAssetHandler(tornado.web.StaticFileHandler):
    """Content-hashed build output: it never changes under a URL, so cache it for good."""

    def set_extra_headers(self, path: str) -> None:
        self.set_header("Cache-Control", f"public, max-age={ONE_YEAR}, immutable")


class NoCacheFileHandler(tornado.web.StaticFileHandler):
    """Files that change while the app runs: the browser must revalidate every time."""

    def set_extra_headers(self, path: str) -> None:
        self.set_header("Cache-Control", "no-cache")


class LiveAssetHandler(NoCacheFileHandler):
    """Serves the latest compiled client, whose folder changes after every successful compile."""

    def initialize(self, current_dir: Callable[[], Path], default_filename: str | None = None) -> None:
        super().initialize(path=str(current_dir()), default_filename=default_filename)


SECURE_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": "frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
    "Cross-Origin-Opener-Policy": "same-origin",
}
"""Headers on every page: no sniffing, no framing (clickjacking), no plugins, no referrer leaks."""

_HEAD = re.compile(r"<head(\s[^>]*)?>", re.IGNORECASE)


def stamp_page(html: str, version: str) -> str:
    """Add ``<meta name="pytk-interface">`` (the interface version the page's client was served
    with; its calls carry it) to the page's head."""
    meta = f'<meta name="pytk-interface" content="{escape(version)}">'
    match = _HEAD.search(html)
    if match is None:
        return meta + html
    return html[:match.end()] + meta + html[match.end():]


class IndexHandler(tornado.web.RequestHandler):
    """The app's page, for ``/`` and every other path that no route claims (client-side routes)."""

    def initialize(self, render: Callable[[], str], registry: ServiceRegistry | None = None) -> None:
        self.render_page = render
        self.registry = registry

    def set_default_headers(self) -> None:
        for name, value in SECURE_HEADERS.items():
            self.set_header(name, value)

    def get(self, *args: Any) -> None:
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.set_header("Cache-Control", "no-cache")
        if self.settings.get("xsrf_cookies"):
            self.xsrf_token  # sets the _xsrf cookie that the client copies into its calls
        page = self.render_page()
        if self.registry is not None:
            page = stamp_page(page, interface_version(self.registry))
        self.write(page)

    def head(self, *args: Any) -> None:
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.set_header("Cache-Control", "no-cache")


def production_app(dist: Path, registry: ServiceRegistry, channels: Channels | None = None,
                   auth: Auth | None = None, **settings: Any) -> tornado.web.Application:
    """Serve a folder written by ``pytk build``. ``channels`` defaults to the process's hub;
    ``auth`` (default: the one the app's server code gave :func:`pytk.server.auth.use`, if any)
    adds sessions, sign-in routes and XSRF checks."""
    auth = auth or configured_auth()
    manifest = json.loads((dist / "manifest.json").read_text(encoding="utf-8"))
    index = (dist / "index.html").read_text(encoding="utf-8")
    routes: list[Any] = [
        *rpc_routes(registry),
        *socket_routes(registry, hub=channels or process_channels),
        *(auth_routes() if auth else []),
        (r"/assets/(.*)", ImmutableAssetHandler, {"path": str(dist / "assets")}),
        (r"/static/(.*)", NoCacheFileHandler, {"path": str(dist / "static")}),
        (r"/(.*)", IndexHandler, {"render": lambda: index, "registry": registry}),
    ]
    return tornado.web.Application(routes, pytk_manifest=manifest, **(auth.settings() if auth else {}), **settings)


def development_app(registry: ServiceRegistry, public_dir: Path, current_build: Callable[[], Path],
                    render_index: Callable[[], str], extra_routes: list[Any] | None = None,
                    **settings: Any) -> tornado.web.Application:
    """Serve an app from its sources while the dev server compiles it."""
    auth = configured_auth()
    routes: list[Any] = [
        *rpc_routes(registry),
        *socket_routes(registry, hub=process_channels),
        *(auth_routes() if auth else []),
        *(extra_routes or []),
        (r"/assets/dev/(.*)", LiveAssetHandler, {"current_dir": current_build}),
        (r"/static/(.*)", NoCacheFileHandler, {"path": str(public_dir)}),
        (r"/(.*)", IndexHandler, {"render": render_index, "registry": registry}),
    ]
    return tornado.web.Application(routes, **(auth.settings() if auth else {}), **settings)
