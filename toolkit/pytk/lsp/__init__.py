"""pytk's language server: the compiler's checks, completion and navigation in an editor.

``pytk lsp`` (see docs/editors.md) speaks the Language Server Protocol over stdin and
stdout. It publishes the front-end's diagnostics (the same ones ``pytk check`` prints) for
unsaved buffers as you type, and answers completion, hover, signature help, go to
definition, references, symbols and code actions with knowledge of an app's
client/shared/server split.

Modules, one concept each:

* :mod:`~pytk.lsp.server`: the pygls server and which handler answers which request;
* :mod:`~pytk.lsp.workspace`: which app, and which part of it, a document belongs to;
* :mod:`~pytk.lsp.diagnostics`: debounced analysis of unsaved buffers, and publishing;
* :mod:`~pytk.lsp.completion`, :mod:`~pytk.lsp.navigation`: jedi-based code intelligence;
* :mod:`~pytk.lsp.scripts`: jedi, set up with the app and pytk's source roots importable;
* :mod:`~pytk.lsp.services`: RPC interfaces in ``shared/`` and their implementations;
* :mod:`~pytk.lsp.symbols`, :mod:`~pytk.lsp.actions`: outlines and quick fixes;
* :mod:`~pytk.lsp.text`: positions, as pytk, jedi and the protocol count them.
"""
