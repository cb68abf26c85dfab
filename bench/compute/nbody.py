"""Workload: gravitational motion of a star and four planets.

Each body is an object with a mass, a position and a velocity (floats). A step of the
simulation applies the pull of every pair of bodies to their velocities, then moves every
body; the total energy of the system is computed before and after. Units are chosen so that
the gravitational constant is 1. The checksum is the energy before and after and the star's
final position, in billionths.
"""
import math

STEPS = 400000
DT = 0.001


class Body:
    def __init__(self, name, mass, x, y, z, vx, vy, vz):
        self.name = name
        self.mass = mass
        self.x = x
        self.y = y
        self.z = z
        self.vx = vx
        self.vy = vy
        self.vz = vz


def make_system():
    star = Body("star", 40.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
    bodies = [star]
    # (name, mass, orbit radius, phase in turns, tilt of the orbit)
    for name, mass, radius, phase, tilt in (("inner", 0.002, 1.5, 0.1, 0.02),
                                            ("rocky", 0.01, 2.7, 0.45, -0.01),
                                            ("giant", 0.9, 6.2, 0.8, 0.03),
                                            ("icy", 0.25, 11.0, 0.3, -0.05)):
        angle = 2.0 * math.pi * phase
        speed = math.sqrt(star.mass / radius)
        bodies.append(Body(name, mass,
                           radius * math.cos(angle), radius * math.sin(angle), radius * tilt,
                           -speed * math.sin(angle), speed * math.cos(angle), 0.1 * speed * tilt))
    # Make the total momentum zero by giving the star the opposite of the planets'.
    px = py = pz = 0.0
    for body in bodies:
        px += body.mass * body.vx
        py += body.mass * body.vy
        pz += body.mass * body.vz
    star.vx = -px / star.mass
    star.vy = -py / star.mass
    star.vz = -pz / star.mass
    return bodies


def pairs_of(bodies):
    pairs = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            pairs.append((bodies[i], bodies[j]))
    return pairs


def energy(bodies):
    total = 0.0
    count = len(bodies)
    for i in range(count):
        a = bodies[i]
        total += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz)
        for j in range(i + 1, count):
            b = bodies[j]
            dx = a.x - b.x
            dy = a.y - b.y
            dz = a.z - b.z
            total -= a.mass * b.mass / math.sqrt(dx * dx + dy * dy + dz * dz)
    return total


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for a, b in pairs:
            dx = a.x - b.x
            dy = a.y - b.y
            dz = a.z - b.z
            distance2 = dx * dx + dy * dy + dz * dz
            magnitude = dt / (distance2 * math.sqrt(distance2))
            mb = b.mass * magnitude
            ma = a.mass * magnitude
            a.vx -= dx * mb
            a.vy -= dy * mb
            a.vz -= dz * mb
            b.vx += dx * ma
            b.vy += dy * ma
            b.vz += dz * ma
        for body in bodies:
            body.x += dt * body.vx
            body.y += dt * body.vy
            body.z += dt * body.vz


def main():
    bodies = make_system()
    pairs = pairs_of(bodies)
    before = energy(bodies)
    advance(bodies, pairs, DT, STEPS)
    after = energy(bodies)
    star = bodies[0]
    # Whole numbers of billionths, so that the check does not depend on how floats are shown.
    print("nbody", math.floor(before * 1e9), math.floor(after * 1e9),
          math.floor(star.x * 1e9), math.floor(star.y * 1e9), math.floor(star.z * 1e9))


main()
