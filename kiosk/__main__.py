import sys

from kiosk.entry import main

sys.exit(main())
