import sys

from docinspect.cli import main

sys.exit(main())
