"""dataclasses.fields lists the fields with their names and defaults."""
from dataclasses import dataclass, field, fields, MISSING
@dataclass
class Row:
    a: int
    b: str = "x"
    c: list = field(default_factory=list)
for f in fields(Row):
    print(f.name, f.default is MISSING, f.default_factory is MISSING)
print([f.name for f in fields(Row(1))])
