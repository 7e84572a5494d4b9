"""Who may see the evaluation: the secretariat and the Board; the risk register is the secretariat's."""

import rules

from members.rules import is_board_member, is_secretariat

rules.add_perm("evaluation.view_evaluation", is_secretariat | is_board_member)
# A report is about the network's data, not its requester's: every evaluator may follow and fetch it.
rules.add_perm("evaluation.view_report_run", is_secretariat | is_board_member)
rules.add_perm("evaluation.change_risk", is_secretariat)
