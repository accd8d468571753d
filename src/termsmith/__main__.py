import sys

from termsmith.cli import main

sys.exit(main())
