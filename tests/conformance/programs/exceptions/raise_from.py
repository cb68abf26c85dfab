"""raise ... from sets __cause__; from None suppresses the context."""
class ConfigError(Exception):
    pass
def load(data, key):
    try:
        return data[key]
    except KeyError as e:
        raise ConfigError(f"missing {key}") from e
try:
    load({}, "port")
except ConfigError as error:
    print(error, type(error.__cause__).__name__, error.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("replaced") from None
except ValueError as error:
    print(error, error.__cause__, error.__suppress_context__)
