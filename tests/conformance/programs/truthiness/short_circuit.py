"""and/or evaluate the right side only when needed."""
log = []
def t(name):
    log.append(name)
    return True
def f(name):
    log.append(name)
    return False
print(f("a") and t("b"), log)
log.clear()
print(t("a") or f("b"), log)
log.clear()
print(t("a") and f("b") or t("c"), log)
