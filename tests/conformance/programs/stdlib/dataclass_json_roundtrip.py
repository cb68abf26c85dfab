"""Dataclasses turned into JSON with asdict and rebuilt from it."""
import json
from dataclasses import asdict, dataclass
@dataclass
class Contact:
    name: str
    emails: list
    primary: bool = False
contacts = [Contact("ann", ["a@x.org"], True), Contact("bo", [])]
text = json.dumps([asdict(c) for c in contacts])
print(text)
back = [Contact(**d) for d in json.loads(text)]
print(back, back == contacts)
