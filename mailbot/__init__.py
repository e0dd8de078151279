"""cws-mailbot: the CWS Secretariat's intake desk for task-force nominations."""

__all__ = ["__version__"]

__version__ = "0.1.0"
