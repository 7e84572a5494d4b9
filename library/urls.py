from django.urls import path

from .views import desk, reader

urlpatterns = [
    path("library/", reader.index, name="library"),
    path("library/folders/<slug:slug>/", reader.folder, name="library_folder"),
    path("library/documents/<int:pk>/", reader.document, name="library_document"),
    path("library/documents/<int:pk>/download/", reader.download, name="library_download"),
    path(
        "library/documents/<int:pk>/versions/<int:version_pk>/download/",
        reader.download,
        name="library_download_version",
    ),
    # The secretariat
    path("desk/library/", desk.documents, name="desk_library"),
    path("desk/library/upload/", desk.upload, name="desk_library_upload"),
    path("desk/library/folders/", desk.folders, name="desk_library_folders"),
    path("desk/library/folders/<int:pk>/", desk.rename_folder_view, name="desk_library_folder_rename"),
    path("desk/library/documents/<int:pk>/version/", desk.new_version, name="desk_library_version"),
    path("desk/library/documents/<int:pk>/settings/", desk.settings, name="desk_library_settings"),
    path("desk/library/documents/<int:pk>/withdraw/", desk.withdraw, name="desk_library_withdraw"),
]
