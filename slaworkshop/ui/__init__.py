"""The desktop application (PySide6). All Qt code of slaworkshop lives in this package.

Entry point: :func:`slaworkshop.ui.app.run_gui`. Nothing here runs at import time.
"""
