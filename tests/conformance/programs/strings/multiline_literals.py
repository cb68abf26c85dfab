"""Triple-quoted strings, implicit concatenation and line continuation."""
block = """first
  second
third"""
print(block)
print(block.count("\n"), len(block.splitlines()))
joined = ("alpha "
          "beta "
          'gamma')
print(joined)
