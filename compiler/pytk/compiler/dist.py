"""``pytk build``: write an app's production files into ``dist/``.

Layout::

    dist/index.html                 the page, pointing at the hashed assets
    dist/assets/<hash>/*.js, .map   the compiled client; <hash> covers every file in it
    dist/static/...                 the app's public/ files (index.html excepted)
    dist/manifest.json              what was written: app, entry, sizes and sha256 of each file
"""
from __future__ import annotations

import hashlib
import json
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from pytk.compiler.build import compile_client
from pytk.config import AppConfig
from pytk.server.pages import render_index, script_tags

ASSET_SUFFIXES = (".js", ".map", ".py")


@dataclass
class DistReport:
    """What ``pytk build`` wrote, for the terminal."""

    dist: Path
    asset_dir: str
    files: list[dict]
    seconds: float

    @property
    def js_bytes(self) -> int:
        return sum(f["bytes"] for f in self.files if f["path"].endswith(".js"))


def build_dist(config: AppConfig, dist: Path | None = None) -> DistReport:
    """Compile the client and write ``dist/``. Raises CompileFailed, leaving an old dist/ untouched."""
    started = time.perf_counter()
    dist = dist or config.dist_dir
    work = config.work_dir / "dist-build"
    compiled = compile_client(config, work / "client", source_maps=True)
    digest = hashlib.sha256()
    for path in sorted(compiled.out_dir.iterdir()):
        if path.suffix in ASSET_SUFFIXES:
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    asset_dir = digest.hexdigest()[:12]

    staging = work / "dist"
    if staging.exists():
        shutil.rmtree(staging)
    assets = staging / "assets" / asset_dir
    assets.mkdir(parents=True)
    for path in compiled.out_dir.iterdir():
        if path.suffix in ASSET_SUFFIXES:
            shutil.copyfile(path, assets / path.name)
    static = staging / "static"
    static.mkdir()
    if config.public_dir.is_dir():
        shutil.copytree(config.public_dir, static, dirs_exist_ok=True,
                        ignore=lambda folder, names: [n for n in names if n == "index.html"]
                        if Path(folder) == config.public_dir else [])

    def static_url(name: str) -> str:
        file = static / name
        version = hashlib.sha256(file.read_bytes()).hexdigest()[:8] if file.is_file() else "missing"
        return f"/static/{name}?v={version}"

    index = render_index(config.public_dir, config.title,
                         script_tags(f"/assets/{asset_dir}/{compiled.entry_script}"), static_url)
    (staging / "index.html").write_text(index, encoding="utf-8")

    files = [{"path": p.relative_to(staging).as_posix(), "bytes": p.stat().st_size,
              "sha256": hashlib.sha256(p.read_bytes()).hexdigest()}
             for p in sorted(staging.rglob("*")) if p.is_file()]
    manifest = {"app": config.name, "title": config.title, "entry": f"assets/{asset_dir}/{compiled.entry_script}",
                "assets": f"assets/{asset_dir}", "files": files}
    (staging / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")

    if dist.exists():
        shutil.rmtree(dist)
    shutil.move(str(staging), str(dist))
    return DistReport(dist, asset_dir, files, time.perf_counter() - started)
