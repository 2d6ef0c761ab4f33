"""The central server: roster owner, event sink, host pages. Installed with `pip install .[server]`."""
