"""kw_only=True makes every field keyword-only."""
from dataclasses import dataclass
@dataclass(kw_only=True)
class Request:
    url: str
    method: str = "GET"
print(Request(url="/a"), Request(method="POST", url="/b"))
try:
    Request("/c")
except TypeError as error:
    print("TypeError:", error)
