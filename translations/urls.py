from django.urls import path

from .views import desk

app_name = "translations"

urlpatterns = [
    path("desk/translations/", desk.translation_list, name="desk"),
    path("desk/translations/machine/", desk.request_bulk, name="request_bulk"),
    path("desk/translations/<int:pk>/", desk.editor, name="editor"),
    path("desk/translations/<int:pk>/machine/", desk.request_one, name="request_one"),
    path("machine-translation/callback/", desk.callback, name="machine_callback"),
]
