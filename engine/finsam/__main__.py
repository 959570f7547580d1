"""``python -m finsam``: the same as the ``finsam`` command."""
import sys

from .cli import main

sys.exit(main())
