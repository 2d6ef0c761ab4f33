"""What the kiosk and the server share: errors, keys, hashing, time columns, databases, member
parsing and documents. It stands on kiosk.domain only; both sides import it, it imports neither."""
