"""The bundle's entry point (``scripts/build_bundle.py``): the same as ``recovery-desk``."""

import sys

from recovery_desk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
