"""smarketing: shared Sales and Marketing objectives over customer-journey metrics stored in DuckDB."""

__version__ = "0.1.0"
