"""An Enum mixed with str compares equal to strings."""
from enum import Enum
class Method(str, Enum):
    GET = "GET"
    POST = "POST"
print(Method.GET == "GET", Method("POST") is Method.POST, Method.GET.value.lower(), Method.POST.name)
print(sorted(m.value for m in Method), isinstance(Method.GET, str))
