"""Use cases shared by the window and the command line.

The window and ``cli.py`` change data only through these services, never by SQL of their own."""
