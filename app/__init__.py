"""Tierboard: one chain from first contact to delivered work."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("tierboard")
except _metadata.PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.1.0"

APP_NAME = "Tierboard"
ORG_NAME = "Tierboard"
