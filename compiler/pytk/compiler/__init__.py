"""The pytk compiler front-end: client Python in, browser-ready ES modules out.

The pipeline, one module per stage:

* :mod:`.resolve`    - find a module's source among the app, pytk's roots and Transcrypt's library
* :mod:`.graph`      - parse every module reachable from the client entry and check its imports
* :mod:`.boundary`   - which modules client code may import (GWT's client/shared/server rule)
* :mod:`.lowering`   - rewrite what the code generator mistranslates (relative imports, dataclasses)
* :mod:`.rpc_proxy`  - turn Service interfaces into client proxies with decoding specs
* :mod:`.transcrypt` - generate JavaScript with Transcrypt, in-process
* :mod:`.build`      - the whole pipeline for an app, into an output folder
"""
from pytk.compiler.diagnostics import CompileFailed, Diagnostic

__all__ = ["CompileFailed", "Diagnostic"]
