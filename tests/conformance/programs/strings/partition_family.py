"""partition and rpartition, found and not found."""
print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
name, _, domain = "user@example.org".partition("@")
print(name, domain)
