# One exception for every workflow of the portal (see sern_portal.workflow).
from sern_portal.workflow import TransitionRefused

__all__ = ["TransitionRefused"]
