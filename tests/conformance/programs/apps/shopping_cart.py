"""A shopping cart built from dataclasses, with discounts and money formatting."""
from dataclasses import dataclass, field
@dataclass
class Product:
    sku: str
    name: str
    price_cents: int
@dataclass
class Line:
    product: Product
    qty: int = 1
    @property
    def total(self):
        return self.product.price_cents * self.qty
@dataclass
class Cart:
    lines: list = field(default_factory=list)
    def add(self, product, qty=1):
        for line in self.lines:
            if line.product.sku == product.sku:
                line.qty += qty
                return
        self.lines.append(Line(product, qty))
    def remove(self, sku):
        self.lines = [l for l in self.lines if l.product.sku != sku]
    def subtotal(self):
        return sum(l.total for l in self.lines)
    def discount(self):
        return self.subtotal() // 10 if self.subtotal() >= 5000 else 0
def money(cents):
    return f"${cents // 100:,}.{cents % 100:02d}"
pen = Product("P1", "Pen", 199)
book = Product("B7", "Book", 2450)
mug = Product("M3", "Mug", 899)
cart = Cart()
cart.add(pen, 3)
cart.add(book)
cart.add(pen)
cart.add(mug, 2)
cart.add(book)
for line in cart.lines:
    print(f"{line.product.name:<6} x{line.qty}  {money(line.total):>8}")
print("subtotal", money(cart.subtotal()), "discount", money(cart.discount()))
cart.remove("B7")
print("after removing books:", money(cart.subtotal()), len(cart.lines))
