"""The one permissions layer every view goes through.

Permissions are django-rules predicates (declared in each app's ``rules.py``) combined as
"state check & role check". Views declare the permission they need with
``PermissionRequiredMixin`` (class-based) or ``permission_required`` (functions); a test walks
the URL configuration and fails for any portal view that declares none.
"""

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from rules.contrib.views import PermissionRequiredMixin as RulesPermissionRequiredMixin


class PermissionRequiredMixin(RulesPermissionRequiredMixin):
    """Anonymous users are sent to the login page; signed-in users without permission get 403."""

    def handle_no_permission(self):
        if self.request.user.is_authenticated:
            raise PermissionDenied
        return redirect_to_login(self.request.get_full_path())


def permission_required(perm: str, get_object: Callable | None = None):
    """Decorator for function views; ``get_object(request, **kwargs)`` gives the checked object."""

    def decorator(view):
        @wraps(view)
        def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            obj = get_object(request, *args, **kwargs) if get_object else None
            if not request.user.has_perm(perm, obj):
                if request.user.is_authenticated:
                    raise PermissionDenied
                return redirect_to_login(request.get_full_path())
            return view(request, *args, **kwargs)

        wrapped.permission_required = perm
        return wrapped

    return decorator


def declared_permission(view) -> str | None:
    """The permission a resolved view declares, or None (used by the coverage test)."""
    view_class = getattr(view, "view_class", None)
    if view_class is not None and issubclass(view_class, RulesPermissionRequiredMixin):
        return view_class.permission_required
    return getattr(view, "permission_required", None)
