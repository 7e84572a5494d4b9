"""Django's permission tables, read only for the people who can use them: the admin's staff."""

from allauth.account.auth_backends import AuthenticationBackend
from django.contrib.auth.backends import ModelBackend


class StaffPermissions:
    """Answers Django's table permissions for staff only.

    The portal's own permissions are rules of role and state (``sern_portal.permissions``); the
    tables of Django's permissions and groups serve the admin, which only staff may enter. For
    everyone else they hold nothing the portal reads, yet asking them cost two queries on every
    page that checked a permission the rules refused (issue 16). Both backends that answer from
    the tables (Django's and allauth's, which extends it) take this; signing in is unchanged
    (sessions made before the change, under the old backend names, sign in again once)."""

    # ``get_all_permissions`` unites these two, so it needs no override of its own.
    def get_user_permissions(self, user_obj, obj=None):
        return super().get_user_permissions(user_obj, obj) if _may_hold(user_obj) else set()

    def get_group_permissions(self, user_obj, obj=None):
        return super().get_group_permissions(user_obj, obj) if _may_hold(user_obj) else set()


class StaffPermissionsBackend(StaffPermissions, ModelBackend):
    pass


class AccountBackend(StaffPermissions, AuthenticationBackend):
    """allauth's sign-in by e-mail address."""


def _may_hold(user) -> bool:
    return bool(getattr(user, "is_staff", False) or getattr(user, "is_superuser", False))
