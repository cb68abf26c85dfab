"""Iterating over a string, with enumerate and reversed."""
word = "level"
for i, ch in enumerate(word):
    print(i, ch)
print(list(word), "".join(reversed(word)), word == word[::-1])
vowels = sum(1 for ch in "programming language" if ch in "aeiou")
print(vowels)
