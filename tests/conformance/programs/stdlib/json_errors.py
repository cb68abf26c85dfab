"""Invalid JSON raises JSONDecodeError, a ValueError."""
import json
for text in ("{bad}", "[1, 2", ""):
    try:
        json.loads(text)
    except ValueError as error:
        print(type(error).__name__, isinstance(error, json.JSONDecodeError))
try:
    json.dumps({"s": {1, 2}})
except TypeError as error:
    print("TypeError:", error)
