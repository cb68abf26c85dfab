"""Parsing and building URL query strings with percent-encoding by hand."""
SAFE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~"
def quote(text):
    return "".join(ch if ch in SAFE else "".join(f"%{b:02X}" for b in ch.encode("utf-8")) for ch in text)
def unquote(text):
    out, i, pending = [], 0, bytearray()
    while i < len(text):
        if text[i] == "%":
            pending.append(int(text[i + 1:i + 3], 16))
            i += 3
            continue
        if pending:
            out.append(pending.decode("utf-8"))
            pending = bytearray()
        out.append(" " if text[i] == "+" else text[i])
        i += 1
    if pending:
        out.append(pending.decode("utf-8"))
    return "".join(out)
def parse(query):
    result = {}
    for pair in query.split("&"):
        if pair:
            key, _, value = pair.partition("=")
            result.setdefault(unquote(key), []).append(unquote(value))
    return result
def build(params):
    return "&".join(f"{quote(k)}={quote(str(v))}" for k, values in params.items() for v in values)
q = "q=caf%C3%A9+au+lait&tag=a&tag=b&empty=&flag"
parsed = parse(q)
print(parsed)
print(build(parsed))
print(build({"name": ["Zoë & co"], "n": [1, 2]}))
