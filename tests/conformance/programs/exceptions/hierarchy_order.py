"""A handler for a base class catches subclasses; the first matching clause wins."""
class AppError(Exception): pass
class NotFound(AppError): pass
class Forbidden(AppError): pass
for exc in (NotFound("page"), Forbidden("admin"), AppError("generic")):
    try:
        raise exc
    except NotFound as e:
        print("not found:", e)
    except AppError as e:
        print("app error:", type(e).__name__, e)
print(issubclass(NotFound, Exception), isinstance(Forbidden(), AppError))
