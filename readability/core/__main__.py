"""``python -m readability.core``: see ``cli.py`` for usage and exit codes."""

import sys

from .cli import main

sys.exit(main())
