import sys

from caregiver_app.cli import main

sys.exit(main())
