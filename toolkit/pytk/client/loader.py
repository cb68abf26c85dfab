"""Split points: load a client module on demand, as a file of its own.

Code that only some pages or actions need can stay out of the first download::

    from pytk.client.loader import load

    async def open_reports(event):
        reports = await load("app.client.reports")
        reports.show(panel)

``load`` takes the module's dotted name as a string literal. The compiler finds each
``load("...")`` call, compiles the module it names (and what that imports) as part of the
client, and ``pytk build`` gives the bundler a static ``import()`` of it, so the module and
whatever only it needs become a separate chunk that the browser fetches the first time
``load`` runs. The result is the module object: use its functions and classes as attributes.
A module that is loaded twice is fetched once.

Do not also import the module with ``import``: a static import puts it in the first
download and the split point saves nothing.

Without a bundle (``pytk build --no-bundle``) every module is a file beside this one, and
``load`` imports it by its name.
"""

_importers = None


class LoadError(Exception):
    """``load`` was given a module that the build did not prepare as a split point."""

    def __init__(self, module, reason):
        Exception.__init__(self, "cannot load client module '" + module + "': " + reason)
        self.module = module


def register(importers):
    """Called by the bundle before the app starts: a JavaScript object mapping each module name
    found in a ``load("...")`` call to a function that imports its chunk."""
    global _importers
    _importers = importers


async def load(module):
    """Import the client module named ``module`` (a dotted name, as a string literal); return it."""
    if _importers is not None:
        importer = __pragma__("js", "{}", "(Object.prototype.hasOwnProperty.call (_importers, module) ? _importers [module] : null)")
        if importer is None:
            raise LoadError(module, "the bundle has no split point for it; pass the name to load() "
                                  "as a string literal so that the compiler finds it")
        return await importer()
    url = "./" + module + ".js"
    return await __pragma__("js", "{}", "import (url)")
