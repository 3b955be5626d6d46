"""A learned attribution model: a tagger for Source / Cue / Content words over frozen transformer
states, the assembly of its spans into quotes, and their combination with the rules."""
