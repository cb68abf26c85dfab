"""Sorting, filtering and grouping a list of dataclass records."""
from dataclasses import dataclass
@dataclass
class Task:
    title: str
    priority: int
    done: bool = False
tasks = [Task("write", 2), Task("test", 1, True), Task("ship", 3), Task("plan", 1)]
open_tasks = [t for t in tasks if not t.done]
print(sorted(open_tasks, key=lambda t: (t.priority, t.title)))
print([t.title for t in tasks if t.priority == 1], sum(t.done for t in tasks))
