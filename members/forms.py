from django import forms

from .models import User


class AccountPreferencesForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["name", "language"]
