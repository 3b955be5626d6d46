"""Quote finders: quotation marks, direct quotes, reported speech."""
