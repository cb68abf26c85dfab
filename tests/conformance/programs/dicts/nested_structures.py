"""Nested dicts and lists: reading and updating deep values."""
config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": False}
config["server"]["ports"].append(8080)
config["server"]["tls"] = {"enabled": True}
print(config)
print(config["server"]["ports"][-1], config["server"]["tls"]["enabled"])
for key, value in config["server"].items():
    print(key, "->", value)
