"""Export: the config file (YAML/JSON/schema) and the PDF. No Qt."""
