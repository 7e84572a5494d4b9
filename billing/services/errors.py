class BillingRefused(Exception):
    """A billing change that cannot be made; the message is translated and shown to the user."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
