from django.conf import settings
from django.db.models import Prefetch
from django.utils.functional import SimpleLazyObject
from django.views.generic import TemplateView

from sern_portal import versions
from sern_portal.permissions import PermissionRequiredMixin

from .figures import current_network_figures
from .models import (
    ActivityArea,
    Award,
    MembershipStep,
    Priority,
    PriorityAction,
    ThematicArea,
    TransversalPerspective,
)


class PublicPage(PermissionRequiredMixin, TemplateView):
    """A page anybody reads; home and strategy keep their content in the cache (``{% cache %}``
    for ``PUBLIC_CACHE_SECONDS``, keyed by the ``public`` version, so any change of the strategy,
    a member or a project record shows at once: ``sern_portal.versions``). Their querysets are
    lazy, so a cached page reads none of them."""

    permission_required = "strategy.view_public_pages"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            cache_seconds=getattr(settings, "PUBLIC_CACHE_SECONDS", 0),
            cache_version=versions.version("public"),
            **kwargs,
        )


class HomeView(PublicPage):
    template_name = "strategy/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            figures=SimpleLazyObject(current_network_figures),
            areas=ThematicArea.objects.prefetch_related("priorities"),
            awards=Award.objects.all(),
            **kwargs,
        )


class StrategyView(PublicPage):
    template_name = "strategy/strategy.html"

    def get_context_data(self, **kwargs):
        priorities = Priority.objects.prefetch_related(
            "sdgs", Prefetch("actions", queryset=PriorityAction.objects.order_by("order"))
        )
        areas = ThematicArea.objects.prefetch_related("sdgs", Prefetch("priorities", queryset=priorities))
        return super().get_context_data(
            areas=areas,
            perspectives=TransversalPerspective.objects.all(),
            activity_areas=ActivityArea.objects.all(),
            **kwargs,
        )


class BecomeMemberView(PublicPage):
    template_name = "strategy/become_member.html"

    def get_context_data(self, **kwargs):
        from django.utils import timezone

        from members.forms import FeeCalculatorForm
        from members.models import FeeBand

        fee_form = FeeCalculatorForm(self.request.GET or None)
        fee = None
        if fee_form.is_bound and fee_form.is_valid():
            fee = FeeBand.objects.applicable(timezone.localdate().year, **fee_form.figures())
        return super().get_context_data(
            steps=MembershipStep.objects.all(), fee_form=fee_form, fee=fee, **kwargs
        )


class ContactView(PublicPage):
    template_name = "strategy/contact.html"


class PrivacyView(PublicPage):
    """The privacy notice: what the portal keeps about people, why, how long, and their rights."""

    template_name = "strategy/privacy.html"

    def get_context_data(self, **kwargs):
        from django.conf import settings

        return super().get_context_data(retention_days=settings.SERN_APPLICATION_RETENTION_DAYS, **kwargs)
