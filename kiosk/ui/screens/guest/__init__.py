"""The guest flow: one module per step, a coordinator (flow.GuestFlow), and the Qt-free model
in kiosk.domain.guest_flow."""

from kiosk.domain.guest_flow import GuestOffer

from .flow import GuestFlow

__all__ = ["GuestFlow", "GuestOffer"]
