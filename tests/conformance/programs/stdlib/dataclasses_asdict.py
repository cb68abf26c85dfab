"""dataclasses.asdict, astuple, fields and replace on nested dataclasses."""
from dataclasses import asdict, astuple, dataclass, field, fields, replace
@dataclass
class Line:
    product: str
    quantity: int = 1
@dataclass
class Invoice:
    number: int
    lines: list = field(default_factory=list)
    notes: dict = field(default_factory=dict)
invoice = Invoice(12, [Line("pen", 3), Line("ink")], {"paid": False})
print(asdict(invoice))
print(astuple(invoice))
print([f.name for f in fields(invoice)], [f.name for f in fields(Line)])
later = replace(invoice, number=13)
print(later.number, later.lines is invoice.lines, invoice.number)
copied = asdict(invoice)
copied["lines"][0]["quantity"] = 99
print(invoice.lines[0].quantity)
try:
    replace(invoice, total=5)
except TypeError as error:
    print("TypeError")
