"""The client ``urllib.parse`` module: compiled and run under node, it prints what CPython prints."""
from __future__ import annotations

PROGRAM = """\
    from urllib.parse import (quote, quote_plus, unquote, unquote_plus, urlencode, parse_qs, parse_qsl, urlparse,
                              urlsplit, urlunsplit, urlunparse, urljoin, urldefrag)
    import urllib.parse


    def main():
        print(quote("Zoë & co/x?y=1"), quote("a b", safe=""), quote("~_.-"), quote("😀"), quote_plus("a b&c/d"), quote_plus("x/y", safe="/"))
        print(unquote("caf%C3%A9%20au%20lait"), unquote("%zz%2"), unquote("%F0%9F%98%80"), unquote("%E9"), unquote_plus("a+b%2Bc"))
        print(urlencode({"name": "Zoë & co", "n": 1}), urlencode([("a", 1), ("a", 2)]), urlencode({"n": [1, 2], "s": "xy"}, doseq=True))
        print(urlencode({"n": [1, 2]}), urlencode({"q": "a/b c"}, quote_via=quote), urlencode({}), urlencode({"t": (1, "ä")}, doseq=True))
        q = "q=caf%C3%A9+au+lait&tag=a&tag=b&empty=&flag"
        print(parse_qs(q), parse_qs(q, keep_blank_values=True), parse_qsl(q), parse_qsl(q, keep_blank_values=True))
        print(parse_qsl("a=1;b=2", separator=";"), parse_qs(""), parse_qsl("a=1&&b=2"))
        u = urlparse("https://User:Pw@Example.COM:8080/a/b;p?x=1&y=2#frag")
        print(u, u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.geturl())
        s = urlsplit("http://[::1]:80/p?q#f")
        print(s, s.hostname, s.port, s._replace(scheme="https").geturl(), tuple(s), s[1])
        print(urlsplit("mailto:someone@x.org"), urlsplit("//host/path"), urlsplit("path/only?q=1"), urlsplit("  http://x/\\n"))
        print(urlunsplit(("https", "ex.com", "p", "a=1", "")), urlunparse(("http", "h", "/p", "par", "q", "f")), urldefrag("http://x/y#z"))
        base = "http://a/b/c/d;p?q"
        for ref in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g", "g.", "..g", "./../g", "g/./h", "g/../h"]:
            print(repr(ref), urljoin(base, ref))
        print(urljoin("https://ex.com/docs/", "api/x.html"), urljoin("https://ex.com", "p"), urllib.parse.quote("x y"))
        for call in [lambda: parse_qsl("a&b=1", strict_parsing=True), lambda: urlsplit("http://[::1/"), lambda: urlparse("http://h:x/").port,
                     lambda: urlparse("http://h:99999/").port, lambda: parse_qsl("a=1&b=2&c=3", max_num_fields=2), lambda: urlencode("abc")]:
            try:
                print(call())
            except (ValueError, TypeError) as exc:
                print(type(exc).__name__, exc)
"""


def test_urllib_parse_matches_cpython(client):
    output = client(PROGRAM)
    assert output == client.cpython()
    assert "Zo%C3%AB%20%26%20co/x%3Fy%3D1" in output


def test_the_client_stdlib_example_of_the_docs_prints_what_it_says(client):
    from pathlib import Path
    page = (Path(__file__).resolve().parents[2] / "docs" / "compiler.md").read_text(encoding="utf-8")
    section = page[page.index("### The client stdlib"):]
    example = section[section.index("```python\n") + len("```python\n"):]
    example = example[:example.index("```")]
    promised = [line.split("# ")[-1] for line in example.splitlines() if "print(" in line]
    output = client(example)
    assert output == client.cpython()
    assert output.splitlines() == promised
