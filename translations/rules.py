"""Who may see and change the translations of content."""

import rules

from members.rules import is_secretariat

# The list, the side-by-side editor and machine drafts: the secretariat.
rules.add_perm("translations.manage_translations", is_secretariat)
# The machine-translation service's callback carries no session: the view checks its signed
# per-request token instead (``services.editing.machine_callback``).
rules.add_perm("translations.receive_machine_translation", rules.always_allow)
