"""isdigit, isalpha, isalnum, isspace, isupper, islower, istitle, isidentifier on many strings."""
samples = ["123", "abc", "abc123", "", " \t", "ABC", "Title Case", "x_1", "1x", "½", "Ab1 "]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(),
          s.islower(), s.istitle(), s.isidentifier(), s.isnumeric(), s.isdecimal())
