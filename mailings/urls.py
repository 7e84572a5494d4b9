from django.urls import path

from .views import desk, lists

app_name = "mailings"

urlpatterns = [
    path("desk/mailings/", desk.MailingListView.as_view(), name="list"),
    path("desk/mailings/new/", desk.create, name="create"),
    path("desk/mailings/<int:pk>/", desk.detail, name="detail"),
    path("desk/mailings/<int:pk>/edit/", desk.edit, name="edit"),
    path("desk/mailings/<int:pk>/preview/<str:language>/", desk.preview, name="preview"),
    path("desk/mailings/<int:pk>/send/", desk.send, name="send"),
    path("desk/mailings/<int:pk>/log/", desk.SendLogView.as_view(), name="log"),
    path(
        "mailings/unsubscribe/<slug:list_slug>/<str:token>/", lists.unsubscribe_with_link, name="unsubscribe"
    ),
    path("account/mailing-lists/", lists.subscriptions, name="subscriptions"),
]
