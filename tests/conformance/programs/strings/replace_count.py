"""replace with and without a count; count of substrings."""
s = "the cat sat on the mat"
print(s.replace("at", "og"), s.replace("at", "og", 2), s.replace("", "-")[:10])
print(s.count("at"), s.count("the"), s.count("x"), "aaaa".count("aa"))
print(s.count("a", 10), "".count(""), "abc".count(""))
