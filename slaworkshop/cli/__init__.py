"""The command line over the services."""
