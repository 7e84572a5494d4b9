"""The risk register (area E): everyone who evaluates reads it, the secretariat keeps it."""

import django_filters
from django.contrib import messages
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import CreateView, UpdateView
from django_filters.views import FilterView

from sern_portal.filters import ValidatedFilterSet
from sern_portal.permissions import PermissionRequiredMixin

from ..forms import RiskForm
from ..models import Risk, RiskStatus


class RiskFilter(ValidatedFilterSet):
    shared_form = True
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"), choices=RiskStatus.choices, empty_label=gettext_lazy("All")
    )

    class Meta:
        model = Risk
        fields = ["status"]


class RiskListView(PermissionRequiredMixin, FilterView):
    permission_required = "evaluation.view_evaluation"
    template_name = "evaluation/risk_list.html"
    filterset_class = RiskFilter
    paginate_by = 25
    strict = False  # an invalid filter is ignored (and reported), not an empty list
    context_object_name = "risks"


class RiskEditMixin(PermissionRequiredMixin):
    permission_required = "evaluation.change_risk"
    model = Risk
    form_class = RiskForm
    template_name = "evaluation/risk_form.html"
    success_url = reverse_lazy("evaluation:risk_list")

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("The risk register has been saved."))
        return response


class RiskCreateView(RiskEditMixin, CreateView):
    pass


class RiskUpdateView(RiskEditMixin, UpdateView):
    pass
