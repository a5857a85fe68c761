"""allegedly: a sourced, time-aware record of celebrity news and its reader comments."""

__version__ = "0.1.0"
