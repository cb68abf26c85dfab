"""A tiny template renderer with variables, filters, defaults and loops."""
import re
def render(template, context):
    def each(match):
        name, body = match.group(1), match.group(2)
        return "".join(render(body, {**context, "item": item}) for item in context.get(name, []))
    template = re.sub(r"\{% for item in (\w+) %\}(.*?)\{% endfor %\}", each, template, flags=re.S)
    def var(match):
        expr = match.group(1).strip()
        name, *filters = [p.strip() for p in expr.split("|")]
        value = context
        for part in name.split("."):
            value = value.get(part, "") if isinstance(value, dict) else getattr(value, part, "")
        for f in filters:
            if f == "upper":
                value = str(value).upper()
            elif f.startswith("default:"):
                value = value if value not in ("", None) else f.split(":", 1)[1]
        return str(value)
    return re.sub(r"\{\{(.*?)\}\}", var, template)
page = "<h1>{{ title | upper }}</h1>\n<p>by {{ author.name }} ({{ author.role | default:guest }})</p>\n<ul>{% for item in tags %}<li>{{ item }}</li>{% endfor %}</ul>"
print(render(page, {"title": "Notes", "author": {"name": "Ann"}, "tags": ["a", "b"]}))
print(render("{{ missing | default:n/a }}!", {}))
