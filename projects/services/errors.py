class TransitionRefused(Exception):
    """A change the rules or the current state do not allow; the message is for the user."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message
