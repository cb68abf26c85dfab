"""Three levels of inheritance with method lookup and super chains."""
class A:
    def who(self):
        return ["A"]
    def hello(self):
        return "hello from A"
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(B):
    def who(self):
        return ["C"] + super().who()
c = C()
print(c.who(), c.hello(), isinstance(c, A), [k.__name__ for k in C.__mro__])
