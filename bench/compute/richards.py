"""Workload: a small operating-system scheduler simulation.

Six tasks share one processor: an idle task that wakes the two devices in a pseudo-random
order, a worker that fills packets and sends them to two handlers, two handlers that feed the
characters of a work packet to their device one at a time, and two devices that hand each
packet straight back. Every task is an object with a priority, a queue of waiting packets and
a state (runnable, waiting for a packet, held); the scheduler always runs the runnable task of
highest priority. The checksum is the number of packets queued and of times a task was held.
"""

ROUNDS = 50          # runs of the whole simulation
IDLE_STEPS = 10000   # how long the idle task keeps waking the devices

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 0, 1, 2, 3, 4, 5
TASK_COUNT = 6
KIND_DEVICE, KIND_WORK = 0, 1
PAYLOAD = 4


class Packet:
    def __init__(self, link, owner, kind):
        self.link = link      # next packet in a queue, or None
        self.owner = owner    # the task it is addressed to
        self.kind = kind
        self.count = 0
        self.data = [0 for _ in range(PAYLOAD)]

    def append_to(self, queue):
        """Put this packet at the end of ``queue``; return the new head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, system, ident, priority, queue):
        self.system = system
        self.ident = ident
        self.priority = priority
        self.queue = queue              # packets received and not yet taken
        self.waiting = queue is not None  # it takes a packet when it next runs
        self.held = False
        self.next_task = system.tasks_by_priority
        system.tasks_by_priority = self
        system.tasks[ident] = self

    def is_blocked(self):
        """Held, or waiting for a packet that has not come."""
        return self.held or (self.waiting and self.queue is None)

    def take_packet(self):
        """The packet to run with: the first in the queue if it was waiting for one."""
        if not self.waiting:
            return None
        packet = self.queue
        self.queue = packet.link
        self.waiting = False
        return packet

    def receive(self, packet, sender):
        """A packet arrives; return the task to run next."""
        if self.queue is None:
            self.queue = packet
            packet.link = None
            if self.priority > sender.priority and not self.held:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return sender

    def step(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, system, ident, priority, steps):
        Task.__init__(self, system, ident, priority, None)
        self.seed = 1
        self.steps = steps

    def step(self, packet):
        self.steps -= 1
        if self.steps == 0:
            return self.system.hold(self)
        if self.seed % 2 == 0:
            self.seed = self.seed // 2
            return self.system.release(DEVICE_A, self)
        self.seed = (self.seed // 2) ^ 0xD008
        return self.system.release(DEVICE_B, self)


class WorkerTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue)
        self.destination = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.system.wait(self)
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.owner = self.destination
        packet.count = 0
        for i in range(PAYLOAD):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = self.letter
        return self.system.send(packet, self)


class HandlerTask(Task):
    def __init__(self, system, ident, priority, queue):
        Task.__init__(self, system, ident, priority, queue)
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            work = self.work
            if work.count < PAYLOAD:
                if self.devices is not None:
                    device = self.devices
                    self.devices = device.link
                    device.count = work.data[work.count]
                    work.count += 1
                    return self.system.send(device, self)
            else:
                self.work = work.link
                return self.system.send(work, self)
        return self.system.wait(self)


class DeviceTask(Task):
    def __init__(self, system, ident, priority):
        Task.__init__(self, system, ident, priority, None)
        self.pending = None

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                return self.system.wait(self)
            done = self.pending
            self.pending = None
            return self.system.send(done, self)
        self.pending = packet
        self.system.output += packet.count
        return self.system.hold(self)


class System:
    def __init__(self):
        self.tasks = [None for _ in range(TASK_COUNT)]
        self.tasks_by_priority = None
        self.queued = 0
        self.holds = 0
        self.output = 0

    def find(self, ident):
        return self.tasks[ident]

    def hold(self, task):
        self.holds += 1
        task.held = True
        return task.next_task

    def release(self, ident, current):
        task = self.find(ident)
        task.held = False
        if task.priority > current.priority:
            return task
        return current

    def wait(self, task):
        task.waiting = True
        return task

    def send(self, packet, sender):
        target = self.find(packet.owner)
        self.queued += 1
        packet.link = None
        packet.owner = sender.ident
        return target.receive(packet, sender)

    def run(self):
        task = self.tasks_by_priority
        while task is not None:
            if task.is_blocked():
                task = task.next_task
            else:
                task = task.step(task.take_packet())


def simulate(steps):
    system = System()
    IdleTask(system, IDLE, 0, steps)
    work = Packet(None, WORKER, KIND_WORK)
    work = Packet(work, WORKER, KIND_WORK)
    WorkerTask(system, WORKER, 1000, work)
    for handler, device, priority in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        queue = Packet(None, device, KIND_DEVICE)
        queue = Packet(queue, device, KIND_DEVICE)
        queue = Packet(queue, device, KIND_DEVICE)
        HandlerTask(system, handler, priority, queue)
    DeviceTask(system, DEVICE_A, 4000)
    DeviceTask(system, DEVICE_B, 5000)
    system.run()
    return system.queued, system.holds, system.output


def main():
    total = 0
    result = None
    for round_number in range(ROUNDS):
        result = simulate(IDLE_STEPS + round_number)
        total += result[0] + result[1] + result[2]
    print("richards", result[0], result[1], result[2], total)


main()
