"""unionkg: knowledge graphs from Chinese trade-union work summaries."""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("unionkg")
except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
    __version__ = "0.0.0"
