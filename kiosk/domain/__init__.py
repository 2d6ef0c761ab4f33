"""Pure rules of the door: members, plans, cards, visits, check-in decisions, the code format.

Nothing in here reads the clock, the disk, the network or a camera: time and data are passed in.
"""
