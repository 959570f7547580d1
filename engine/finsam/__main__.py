"""``python -m finsam``: the same as the ``finsam`` command."""
import sys

from .cli import main

if __name__ == "__main__":  # a spawned worker (Windows, macOS) imports this module again
    sys.exit(main())
