class TransitionRefused(Exception):
    """A state change that is not allowed; the message is translated and meant for the user."""
