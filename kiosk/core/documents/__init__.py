"""Printable things made without Qt: member cards (PNG or PDF)."""
