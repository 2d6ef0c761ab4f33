"""The kiosk's own upkeep beside its services: its keys, the demo, saving settings, the files a
host asks for, and the first reading of a database at start. Qt-free; the composition root
(kiosk.app) hands each the parts it needs."""
