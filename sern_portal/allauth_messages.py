"""allauth's own texts that the portal's catalogues translate again (locale/{sv,it}).

Our catalogues come from LOCALE_PATHS, which Django merges last, so a msgstr here wins over
allauth's. allauth's Swedish and Italian are wrong in places people meet when they sign up, sign
in, verify their address, reset a password or set up MFA (the Swedish sign-in page offered "Har
du redan ett konto? Då kan du logga in." over the link to sign-up), and its Swedish spells
"epost-adress" where the portal says "e-postadress". Each msgid below is copied exactly from
allauth's templates or code; ``makemessages`` keeps them in our catalogues because they are
listed here. tests/test_allauth_translations.py checks the pages.
"""

from django.utils.translation import gettext_noop

ALLAUTH_MESSAGES = [
    # Sign-in and sign-up pages
    gettext_noop("If you have not created an account yet, then please %(link)ssign up%(end_link)s first."),
    gettext_noop("Already have an account? Then please %(link)ssign in%(end_link)s."),
    gettext_noop("Sign Up"),
    gettext_noop("Sign Out"),
    gettext_noop("Are you sure you want to sign out?"),
    gettext_noop("You must type the same password each time."),
    gettext_noop("Change Password"),
    gettext_noop("The email address and/or password you specified are not correct."),
    gettext_noop("A user is already registered with this email address."),
    gettext_noop("The email address is not assigned to any user account."),
    gettext_noop("Invalid login."),
    gettext_noop("Invalid or expired key."),
    # E-mail verification
    gettext_noop("Verify Your Email Address"),
    gettext_noop(
        "We have sent an email to you for verification. Follow the link provided to finalize the "
        "signup process. If you do not see the verification email in your main inbox, check your "
        "spam folder. Please contact us if you do not receive the verification email within a few "
        "minutes."
    ),
    gettext_noop("Confirm Email Address"),
    gettext_noop(
        'Please confirm that <a href="mailto:%(email)s">%(email)s</a> is an email address for user '
        "%(user_display)s."
    ),
    gettext_noop("Confirm"),
    gettext_noop(
        "This email confirmation link expired or is invalid. Please "
        '<a href="%(email_url)s">issue a new email confirmation request</a>.'
    ),
    gettext_noop("Your primary email address must be verified."),
    gettext_noop("Confirmation email sent to %(email)s."),
    gettext_noop("You have confirmed %(email)s."),
    gettext_noop("Removed email address %(email)s."),
    gettext_noop("You have signed out."),
    gettext_noop("Successfully signed in as %(name)s."),
    # Password reset
    gettext_noop("Bad Token"),
    gettext_noop("Your password has been reset."),
    gettext_noop("Password Set"),
    # E-mails
    gettext_noop("Hello from %(site_name)s!"),
    gettext_noop("Please Confirm Your Email Address"),
    gettext_noop(
        "You're receiving this email because user %(user_display)s has given your email address to "
        "register an account on %(site_domain)s."
    ),
    gettext_noop("Email Confirmation"),
    gettext_noop("Sign-In Code"),
    # Two-factor authentication
    gettext_noop("Two-Factor Authentication"),
    gettext_noop("New Recovery Codes Generated"),
    gettext_noop("Authenticator secret"),
    gettext_noop("You cannot activate two-factor authentication until you have verified your email address."),
]
