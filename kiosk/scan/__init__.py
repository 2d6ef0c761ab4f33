"""Frame sources and QR decoders. Qt-free; every piece is testable frame by frame."""
