"""Validating form fields and collecting every error per field."""
import re
RULES = {
    "username": [("required", None), ("min", 3), ("pattern", r"^[a-z0-9_]+$")],
    "email": [("required", None), ("pattern", r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")],
    "age": [("int", None), ("range", (13, 120))],
    "password": [("required", None), ("min", 8)],
}
def validate(form):
    errors = {}
    for field, rules in RULES.items():
        value = form.get(field, "").strip()
        for rule, arg in rules:
            problem = None
            if rule == "required" and not value:
                problem = "is required"
            elif not value:
                continue
            elif rule == "min" and len(value) < arg:
                problem = f"must be at least {arg} characters"
            elif rule == "pattern" and not re.match(arg, value):
                problem = "has an invalid format"
            elif rule == "int" and not value.lstrip("-").isdigit():
                problem = "must be a whole number"
            elif rule == "range" and value.lstrip("-").isdigit() and not arg[0] <= int(value) <= arg[1]:
                problem = f"must be between {arg[0]} and {arg[1]}"
            if problem:
                errors.setdefault(field, []).append(problem)
    return errors
forms = [
    {"username": "ann_1", "email": "ann@example.org", "age": "30", "password": "hunter22!"},
    {"username": "A!", "email": "nope", "age": "9", "password": "short"},
    {"username": " ", "age": "x"},
]
for form in forms:
    errors = validate(form)
    print("valid" if not errors else errors)
