"""urllib.parse: query strings and URLs, split, encoded and joined."""
from urllib.parse import parse_qs, quote, unquote_plus, urlencode, urljoin, urlsplit
query = "q=caf%C3%A9+au+lait&tag=a&tag=b&empty=&flag"
print(parse_qs(query), parse_qs(query, keep_blank_values=True))
print(urlencode({"name": "Zoë & co", "n": [1, 2]}, doseq=True), quote("a/b c"), unquote_plus("x+%2B+y"))
parts = urlsplit("https://user@Example.com:8443/path/page?x=1#top")
print(parts.scheme, parts.hostname, parts.port, parts.path, parts.query, parts.fragment, parts.username)
print(urljoin("https://example.com/docs/guide/", "../api/index.html"), urljoin("https://example.com/a", "//cdn.example.com/x"))
