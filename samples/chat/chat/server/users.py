"""Add a chat user: python -m chat.server.users NAME PASSWORD"""
import sys

from chat.server.store import add_user

if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    add_user(sys.argv[1], sys.argv[2])
    print(f"added {sys.argv[1]}")
