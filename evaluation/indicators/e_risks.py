"""E. Feasibility and risks of the strategy: the risk register kept by the secretariat."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from evaluation.models import Risk
from evaluation.period import Period

from .registry import ChartSpec, indicator
from .tables import Column, Kind, Table


@indicator(
    key="e-risk-register",
    area="E",
    title=gettext_lazy("Risk register"),
    description=gettext_lazy(
        "Risks known during the period, highest score first (score = likelihood × impact, from 1 to 9)."
    ),
    chart=ChartSpec("bar", values=(3,), max_value=9),
)
def risk_register(period: Period) -> Table:
    risks = sorted(Risk.objects.in_period(period), key=lambda risk: (-risk.score, risk.title))
    return Table(
        columns=[
            Column(_("Risk")),
            Column(_("Likelihood")),
            Column(_("Impact")),
            Column(_("Score"), Kind.INT),
            Column(_("Owner")),
            Column(_("Mitigation")),
            Column(_("Status")),
        ],
        rows=[
            (
                risk.title,
                risk.get_likelihood_display(),
                risk.get_impact_display(),
                risk.score,
                risk.owner,
                risk.mitigation,
                risk.get_status_display(),
            )
            for risk in risks
        ],
    )
