"""Errors that an RPC call raises in the caller when the call itself fails.

A declared exception (a class from the app's ``shared`` package raised by the
implementation) is raised as itself instead; these cover everything else.
"""


class RpcError(Exception):
    """The server refused the call: bad arguments, unknown service or method (a 4xx).

    ``code`` is the machine-readable reason, ``path`` the offending field if any.
    """

    def __init__(self, message, code="bad_request", path=None):
        Exception.__init__(self, message)
        self.message = message
        self.code = code
        self.path = path

    def __str__(self):
        return self.message


class RemoteError(Exception):
    """The call failed on the server for a reason it does not disclose (a 5xx),
    or the server could not be reached."""

    def __init__(self, message="internal server error"):
        Exception.__init__(self, message)
        self.message = message

    def __str__(self):
        return self.message


class IncompatibleClient(RpcError):
    """The server's interface changed since this page was loaded: reload the page."""

    def __init__(self, message="incompatible client: reload the page"):
        RpcError.__init__(self, message, "incompatible_client", None)


class CallTimeout(RemoteError):
    """No answer came within the call's timeout; the call was cancelled."""

    def __init__(self, message="the call timed out"):
        RemoteError.__init__(self, message)


class CallCancelled(RemoteError):
    """The caller cancelled the call before its answer came."""

    def __init__(self, message="the call was cancelled"):
        RemoteError.__init__(self, message)
