"""pytk's server side (CPython only): RPC dispatch, the app's Tornado application, pages."""
