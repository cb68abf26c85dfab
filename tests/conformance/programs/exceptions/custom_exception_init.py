"""A custom exception with its own __init__ and attributes."""
class HttpError(Exception):
    def __init__(self, status, message):
        super().__init__(f"{status}: {message}")
        self.status = status
class NotFoundError(HttpError):
    def __init__(self, path):
        super().__init__(404, f"{path} not found")
        self.path = path
try:
    raise NotFoundError("/missing")
except HttpError as e:
    print(e, e.status, e.path, e.args, type(e).__name__)
