from django.urls import path

from .views import (
    account,
    applications,
    area,
    audit,
    board,
    desk,
    directory,
    privacy,
    record,
    record_contacts,
)

urlpatterns = [
    path("account/", account.AccountView.as_view(), name="account"),
    path("account/calendar-address/", account.calendar_address, name="account_calendar_address"),
    path("account/my-data.json", privacy.download_my_data, name="account_data_export"),
    path("account/delete/", privacy.delete_account, name="account_delete"),
    path("members-area/", area.MembersAreaView.as_view(), name="members_area"),
    path("members-area/directory/", directory.DirectoryView.as_view(), name="member_directory"),
    path(
        "members-area/directory/<slug:slug>/",
        directory.OrganisationProfileView.as_view(),
        name="organisation_profile",
    ),
    path("members-area/directory/<slug:slug>/edit/", directory.edit_profile_view, name="organisation_edit"),
    # The applicant
    path("apply/", applications.start, name="apply"),
    path("applications/<int:pk>/", applications.detail, name="application_detail"),
    path("applications/<int:pk>/step/<slug:step>/", applications.step, name="application_step"),
    path("applications/<int:pk>/submit/", applications.submit, name="application_submit"),
    path("applications/<int:pk>/withdraw/", applications.withdraw, name="application_withdraw"),
    path("applications/<int:pk>/signed-form.pdf", applications.signed_form, name="application_signed_form"),
    # The Board
    path("board/meetings/", board.meetings, name="board_meetings"),
    path("board/meetings/create-year/", board.create_year, name="board_meetings_create_year"),
    path("board/meetings/<int:pk>/", board.meeting, name="board_meeting"),
    path("board/meetings/<int:pk>/status/", board.advance, name="board_meeting_advance"),
    path("board/meetings/<int:pk>/pack.pdf", board.meeting_pack, name="board_meeting_pack"),
    path("board/meetings/<int:pk>/minutes/", board.minutes, name="board_minutes"),
    path("board/meetings/<int:pk>/minutes.pdf", board.minutes_pdf, name="board_minutes_pdf"),
    path("board/applications/<int:pk>/position/", board.position, name="board_position"),
    path("board/applications/<int:pk>/decision/", board.decision, name="board_decision"),
    path("board/calendar/<str:token>.ics", board.calendar, name="board_calendar"),
    # The secretariat
    path("desk/applications/", desk.DeskView.as_view(), name="desk"),
    path("desk/applications.csv", desk.export, name="desk_export"),
    path("desk/applications/<int:pk>/", desk.application, name="desk_application"),
    path("desk/applications/<int:pk>/state/", desk.change_state, name="desk_change_state"),
    path("desk/applications/<int:pk>/move/", desk.move, name="desk_move"),
    path("desk/fees/", desk.fees, name="desk_fees"),
    path("desk/audit/", audit.audit, name="desk_audit"),
    # The member record (issue 13.2)
    path("desk/members/", record.MemberListView.as_view(), name="desk_members"),
    path("desk/members/<slug:slug>/", record.member_record, name="desk_member_record"),
    path("desk/members/<slug:slug>/notes/", record.note, name="desk_member_note"),
    path("desk/members/<slug:slug>/end/", record.end_membership, name="desk_member_end"),
    path(
        "organisations/<slug:slug>/contacts/<int:contact_pk>/roles/",
        record_contacts.start_contact_role,
        name="contact_role_start",
    ),
    path(
        "organisations/<slug:slug>/roles/<int:pk>/end/",
        record_contacts.end_contact_role,
        name="contact_role_end",
    ),
    path("desk/contact-confirmations/", record_contacts.confirmations, name="desk_contact_confirmations"),
    path(
        "desk/contact-confirmations/send/",
        record_contacts.send_confirmations,
        name="desk_contact_confirmations_send",
    ),
    path("members-area/contacts/", record_contacts.my_contacts, name="my_contacts"),
    path(
        "members-area/contacts/confirm/<int:pk>/", record_contacts.confirm, name="contact_confirmation_answer"
    ),
]
