"""f-strings across lines and mixed with plain literals."""
user, count = "sam", 3
message = (f"Hello {user}, "
           "you have "
           f"{count} new {'message' if count == 1 else 'messages'}.")
print(message)
print(f"""Report:
  user={user!r}
  count={count:>3}""")
