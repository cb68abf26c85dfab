"""Filtering records by tag sets."""
posts = [("intro", {"python", "web"}), ("deploy", {"ops", "web"}), ("types", {"python"})]
wanted = {"python"}
print([name for name, tags in posts if wanted <= tags])
print([name for name, tags in posts if tags & {"ops", "security"}])
all_tags = set()
for _, tags in posts:
    all_tags |= tags
print(sorted(all_tags))
