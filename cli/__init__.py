"""quotetrace command line: parses options, calls the core, renders."""
