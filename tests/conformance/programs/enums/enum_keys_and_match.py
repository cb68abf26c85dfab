"""Enum members as dict keys and in match statements."""
from enum import Enum
class Light(Enum):
    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"
durations = {Light.RED: 30, Light.GREEN: 25, Light.YELLOW: 5}
def next_light(light):
    match light:
        case Light.RED:
            return Light.GREEN
        case Light.GREEN:
            return Light.YELLOW
        case _:
            return Light.RED
light = Light.RED
for _ in range(4):
    print(light.value, durations[light])
    light = next_light(light)
