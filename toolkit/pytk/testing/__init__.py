"""Testing pytk apps, as GWTTestCase did for GWT apps.

``pytk test`` runs an app's tests with pytest. Server-side tests are ordinary pytest
tests. Client tests live in ``tests/client/test_*.py``: they are client code, compiled to
JavaScript and run one by one in headless Chromium, in the app's page, with the app's
services answering RPC; a failure is reported as a Python traceback.

The pytest plugin (:mod:`pytk.testing.plugin`, loaded automatically) gives tests the
fixtures ``pytk_app`` (the app compiled and served on 127.0.0.1) and ``page`` (a Chromium
page that records uncaught client exceptions).
"""
from pytk.testing.served import AppFailedToStart, ServedApp

__all__ = ["AppFailedToStart", "ServedApp"]
