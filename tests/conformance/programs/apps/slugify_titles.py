"""Turning titles into URL slugs and de-duplicating them."""
import re
def slugify(title):
    text = title.lower()
    text = re.sub(r"[^a-z0-9]+", "-", text)
    return text.strip("-") or "untitled"
titles = ["Hello, World!", "  Python 3.11 -- What's New?  ", "hello world", "!!!", "C++ & Rust"]
used = {}
for title in titles:
    slug = slugify(title)
    if slug in used:
        used[slug] += 1
        slug = f"{slug}-{used[slug]}"
    else:
        used[slug] = 1
    print(f"{title!r:<34} {slug}")
