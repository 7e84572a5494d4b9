from django.conf import settings
from django.contrib import messages
from django.db.models import Prefetch
from django.shortcuts import redirect
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from sern_portal import versions
from sern_portal.permissions import PermissionRequiredMixin

from .figures import current_network_figures
from .forms import AccessibilityFeedbackForm
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


class LegalNoticeView(PublicPage):
    """Who runs the portal: the association's name, seat and contacts, as the network profile holds them."""

    template_name = "strategy/legal_notice.html"


class AccessibilityView(PublicPage):
    """The accessibility statement (EU Directive 2016/2102 model) and its feedback form."""

    template_name = "strategy/accessibility.html"
    # The date the statement was prepared and last reviewed (update it with the text).
    prepared_on = "2026-11-29"

    def get_context_data(self, **kwargs):
        import datetime

        kwargs.setdefault("form", AccessibilityFeedbackForm())
        return super().get_context_data(prepared_on=datetime.date.fromisoformat(self.prepared_on), **kwargs)

    def post(self, request, *args, **kwargs):
        from allauth.core.internal.ratelimit import get_ip

        from .services.feedback import allow_feedback, receive_feedback

        form = AccessibilityFeedbackForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        # The client's real address behind the trusted proxies, as allauth's sign-in limits read it.
        if not allow_feedback(get_ip(request)):
            messages.error(
                request,
                _("You have sent several messages in a short time. Please wait an hour or e-mail us."),
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        if not form.is_spam():  # a bot gets the same thanks, and nothing is stored or sent
            data = form.cleaned_data
            receive_feedback(
                name=data["name"],
                email=data["email"],
                page=data["page"],
                message=data["message"],
                language=get_language(),
            )
        messages.success(request, _("Thank you: your message has reached the secretariat."))
        return redirect("accessibility")
