"""provenance: who said what, to which outlet, when, and whether anyone else backs it up."""

__version__ = "0.1.0"
