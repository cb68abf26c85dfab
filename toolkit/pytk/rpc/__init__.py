"""Typed RPC shared by client and server: service interfaces and the errors callers see.

This package compiles to JavaScript as well as running under CPython, so it holds
only plain Python that both sides understand.
"""
from pytk.rpc.service import Service
from pytk.rpc.errors import CallCancelled, CallTimeout, IncompatibleClient, RemoteError, RpcError

__all__ = ["Service", "RpcError", "RemoteError", "IncompatibleClient", "CallTimeout", "CallCancelled"]
