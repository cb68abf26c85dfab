"""`pytk dev`: compile on save, serve, and reload open pages (CPython only)."""
