from .reports import ReportRun, ReportStatus
from .risks import Risk, RiskLevel, RiskStatus

__all__ = ["ReportRun", "ReportStatus", "Risk", "RiskLevel", "RiskStatus"]
