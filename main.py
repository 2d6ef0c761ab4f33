"""Start the kiosk: `python main.py` is the same program as the `kiosk` command."""

import sys

from kiosk.entry import main

if __name__ == "__main__":
    sys.exit(main())
