"""operator.itemgetter, attrgetter (dotted) and methodcaller as key functions."""
from operator import attrgetter, itemgetter, methodcaller
import operator
class Address:
    def __init__(self, city):
        self.city = city
class User:
    def __init__(self, name, city, age):
        self.name = name
        self.address = Address(city)
        self.age = age
users = [User("kim", "Oslo", 40), User("al", "Bern", 25), User("jo", "Oslo", 31)]
print([u.name for u in sorted(users, key=attrgetter("address.city", "age"))])
print(attrgetter("name", "age")(users[0]), attrgetter("address.city")(users[1]))
rows = [{"id": 3, "v": "c"}, {"id": 1, "v": "a"}]
print(sorted(rows, key=itemgetter("id")), itemgetter(0, -1)("python"), itemgetter(slice(2))([9, 8, 7]))
print(list(map(methodcaller("strip", "*"), ["*a*", "**b"])), methodcaller("replace", "a", "o")("banana"))
print(operator.sub(5, 3), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 5), operator.eq([1], [1]))
print(operator.getitem({"k": 1}, "k"), operator.not_(0), operator.truth("x"), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
items = [1, 2]
operator.setitem(items, 0, 9)
operator.delitem(items, 1)
print(items, operator.concat([1], [2]), operator.is_(None, None), operator.lt(1, 2), operator.and_(6, 3), operator.or_(4, 1))
