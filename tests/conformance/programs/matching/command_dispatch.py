"""A small command interpreter built on match."""
stack = []
program = "push 3; push 4; add; push 5; mul; dup; print; pop; print; oops"
for line in program.split("; "):
    match line.split():
        case ["push", number]:
            stack.append(int(number))
        case ["add"]:
            stack.append(stack.pop() + stack.pop())
        case ["mul"]:
            stack.append(stack.pop() * stack.pop())
        case ["dup"]:
            stack.append(stack[-1])
        case ["pop"]:
            stack.pop()
        case ["print"]:
            print(stack)
        case [unknown, *args]:
            print("unknown command", unknown, args)
