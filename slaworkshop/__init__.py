"""slaworkshop: agree, write down, sign and version a sales–marketing SLA."""

__version__ = "0.1.0"
