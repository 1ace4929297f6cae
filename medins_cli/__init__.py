"""medins: offline advisor for 异地就医 under China's basic medical insurance."""

__version__ = "0.1.0"
