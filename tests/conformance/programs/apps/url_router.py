"""Matching URL paths against routes with typed parameters."""
ROUTES = [
    ("/", "home"),
    ("/users", "user_list"),
    ("/users/<int:id>", "user_detail"),
    ("/users/<int:id>/posts/<slug>", "user_post"),
    ("/files/<path:rest>", "file"),
]
def match(path):
    parts = [p for p in path.split("/") if p]
    for pattern, name in ROUTES:
        pieces = [p for p in pattern.split("/") if p]
        params = {}
        for i, piece in enumerate(pieces):
            if piece.startswith("<path:"):
                params[piece[6:-1]] = "/".join(parts[i:])
                return name, params
            if i >= len(parts):
                break
            if piece.startswith("<"):
                kind, _, key = piece[1:-1].rpartition(":")
                if kind == "int":
                    if not parts[i].isdigit():
                        break
                    params[key] = int(parts[i])
                else:
                    params[key] = parts[i]
            elif piece != parts[i]:
                break
        else:
            if len(pieces) == len(parts):
                return name, params
    return None, {}
for path in ["/", "/users", "/users/42", "/users/x", "/users/7/posts/hello-world", "/files/a/b/c.txt", "/nope"]:
    print(f"{path:<28}", match(path))
