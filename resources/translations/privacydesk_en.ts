<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../forms/account_dialog.ui" line="5" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="9" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="11" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="13" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="15" />
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="17" />
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="19" />
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="21" />
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/account.py" line="49" />
        <source>Add an account</source>
        <translation>Add an account</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/account.py" line="50" />
        <source>Reset a password</source>
        <translation>Reset a password</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/account.py" line="51" />
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/account.py" line="52" />
        <source>New manager password</source>
        <translation>New manager password</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../forms/audit_page.ui" line="6" />
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="25" />
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="10" />
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="54" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="12" />
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="57" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="14" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="16" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="18" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="24" />
        <source>Check the chain now</source>
        <translation>Check the chain now</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="25" />
        <source>Acknowledge the break…</source>
        <translation>Acknowledge the break…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="19" />
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="20" />
        <source>Sign-in and lock</source>
        <translation>Sign-in and lock</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="21" />
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="22" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="23" />
        <source>Organisation details</source>
        <translation>Organisation details</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="24" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="26" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="48" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="50" />
        <source>When (UTC)</source>
        <translation>When (UTC)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="59" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="63" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="89" />
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="126" />
        <source>The audit chain was intact at the last check ({count} entries).</source>
        <translation>The audit chain was intact at the last check ({count} entries).</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="160" />
        <source>Acknowledge the break?</source>
        <translation>Acknowledge the break?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="161" />
        <source>The break stays on record and every check will keep reporting it. Records become editable again.</source>
        <translation>The break stays on record and every check will keep reporting it. Records become editable again.</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../forms/backup_page.ui" line="6" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../forms/backup_page.ui" line="11" />
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../forms/backup_page.ui" line="12" />
        <source>Restore into a new file…</source>
        <translation>Restore into a new file…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="20" />
        <source>By hand</source>
        <translation>By hand</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="21" />
        <source>When closing</source>
        <translation>When closing</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="22" />
        <source>Key change</source>
        <translation>Key change</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="40" />
        <source>Made (UTC)</source>
        <translation>Made (UTC)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="44" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="48" />
        <source>Audit entries</source>
        <translation>Audit entries</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="52" />
        <source>Size (KB)</source>
        <translation>Size (KB)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="55" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="78" />
        <source>Backup folder: {folder}</source>
        <translation>Backup folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="84" />
        <source>Last good backup: {date}</source>
        <translation>Last good backup: {date}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="100" />
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="123" />
        <source>Choose a backup in the list first.</source>
        <translation>Choose a backup in the list first.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="129" />
        <source>Restore into a new file</source>
        <translation>Restore into a new file</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="138" />
        <source>Restore the backup?</source>
        <translation>Restore the backup?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="139" />
        <source>The backup is copied to {path}. The database in use is not changed.</source>
        <translation>The backup is copied to {path}. The database in use is not changed.</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <location filename="../../forms/checklist_dialog.ui" line="6" />
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_dialog.ui" line="10" />
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_dialog.ui" line="15" />
        <source>A version in use never changes: an edit makes a new draft version, which is used from when it is published. Reviews keep the version they were answered against.</source>
        <translation>A version in use never changes: an edit makes a new draft version, which is used from when it is published. Reviews keep the version they were answered against.</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_dialog.ui" line="19" />
        <source>Edit into a new version…</source>
        <translation>Edit into a new version…</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_dialog.ui" line="20" />
        <source>Publish…</source>
        <translation>Publish…</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_dialog.ui" line="21" />
        <source>Discard draft…</source>
        <translation>Discard draft…</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_dialog.ui" line="30" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="45" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="47" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="50" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="51" />
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="53" />
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="57" />
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="73" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="75" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="78" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="79" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="134" />
        <source>Questions of version {version}: {title}</source>
        <translation>Questions of version {version}: {title}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="154" />
        <source>The new version was saved as a draft. Publish it to use it in new reviews.</source>
        <translation>The new version was saved as a draft. Publish it to use it in new reviews.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="203" />
        <source>Choose a draft first.</source>
        <translation>Choose a draft first.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="164" />
        <source>Publish this version?</source>
        <translation>Publish this version?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="165" />
        <source>New reviews use version {version} from now on; the version in use until now is retired. Reviews already started keep their version.</source>
        <translation>New reviews use version {version} from now on; the version in use until now is retired. Reviews already started keep their version.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="171" />
        <source>Version {version} is now in use.</source>
        <translation>Version {version} is now in use.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="180" />
        <source>Discard this draft?</source>
        <translation>Discard this draft?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="181" />
        <source>Draft version {version} is discarded. The version in use and the reviews already made stay as they are.</source>
        <translation>Draft version {version} is discarded. The version in use and the reviews already made stay as they are.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="187" />
        <source>Draft version {version} was discarded.</source>
        <translation>Draft version {version} was discarded.</translation>
    </message>
</context>
<context>
    <name>ChecklistEditorDialog</name>
    <message>
        <location filename="../../forms/checklist_editor_dialog.ui" line="6" />
        <source>New version of a checklist</source>
        <translation>New version of a checklist</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_editor_dialog.ui" line="10" />
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_editor_dialog.ui" line="12" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_editor_dialog.ui" line="16" />
        <source>Double-click a cell to edit it. Questions are asked in this order, grouped by category; each needs a code of its own.</source>
        <translation>Double-click a cell to edit it. Questions are asked in this order, grouped by category; each needs a code of its own.</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_editor_dialog.ui" line="20" />
        <source>Add a question</source>
        <translation>Add a question</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_editor_dialog.ui" line="21" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_editor_dialog.ui" line="22" />
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_editor_dialog.ui" line="23" />
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist_editor.py" line="44" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist_editor.py" line="45" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist_editor.py" line="46" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist_editor.py" line="244" />
        <source>Saved as a draft.</source>
        <translation>Saved as a draft.</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="6" />
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="16" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="20" />
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="22" />
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="24" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="26" />
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="27" />
        <source>Empty: anonymous</source>
        <translation>Empty: anonymous</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="28" />
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="30" />
        <source>Target reply date</source>
        <translation>Target reply date</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="32" />
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="34" />
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="36" />
        <source>Change what it concerns…</source>
        <translation>Change what it concerns…</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="42" />
        <source>Save the details</source>
        <translation>Save the details</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="55" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="67" />
        <source>Action on</source>
        <translation>Action on</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="69" />
        <source>What was done (called the person, checked the records…)</source>
        <translation>What was done (called the person, checked the records…)</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="70" />
        <source>Add the action</source>
        <translation>Add the action</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="78" />
        <source>Change the status</source>
        <translation>Change the status</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="87" />
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="393" />
        <source>Reply given</source>
        <translation>Reply given</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="89" />
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="388" />
        <source>Replied on</source>
        <translation>Replied on</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="91" />
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="390" />
        <source>Replied by</source>
        <translation>Replied by</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="103" />
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="397" />
        <source>Closing summary</source>
        <translation>Closing summary</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="104" />
        <source>What was found and done (needed to close; optional for a withdrawal)</source>
        <translation>What was found and done (needed to close; optional for a withdrawal)</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="110" />
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="226" />
        <source>Start investigating</source>
        <translation>Start investigating</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="111" />
        <source>Record the reply</source>
        <translation>Record the reply</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="112" />
        <source>Close the complaint</source>
        <translation>Close the complaint</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="113" />
        <source>Mark as withdrawn</source>
        <translation>Mark as withdrawn</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="117" />
        <source>This complaint is finished: its status no longer changes.</source>
        <translation>This complaint is finished: its status no longer changes.</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="129" />
        <source>Close window</source>
        <translation>Close window</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="30" />
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="31" />
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="32" />
        <source>Contractors</source>
        <translation>Contractors</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="43" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="45" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="49" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="220" />
        <source>Complaint {number}</source>
        <translation>Complaint {number}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="224" />
        <source>Back to investigating</source>
        <translation>Back to investigating</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="233" />
        <source>(nothing linked)</source>
        <translation>(nothing linked)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="283" />
        <source>Nothing has changed.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="288" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="308" />
        <source>What the complaint concerns was changed.</source>
        <translation>What the complaint concerns was changed.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="317" />
        <source>The action was added to the timeline.</source>
        <translation>The action was added to the timeline.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="348" />
        <source>The status is now: {status}</source>
        <translation>The status is now: {status}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="365" />
        <source>Discard the changes?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="366" />
        <source>What you typed in the details is not saved.</source>
        <translation>What you typed in the details is not saved.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="395" />
        <source>Finished on</source>
        <translation>Finished on</translation>
    </message>
</context>
<context>
    <name>ComplaintLabels</name>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="27" />
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="49" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="28" />
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="50" />
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="29" />
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="30" />
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="51" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="31" />
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="32" />
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="39" />
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="53" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="35" />
        <source>Handling of data</source>
        <translation>Handling of data</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="36" />
        <source>Requests from persons</source>
        <translation>Requests from persons</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="37" />
        <source>Staff conduct</source>
        <translation>Staff conduct</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="38" />
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="42" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="43" />
        <source>Investigating</source>
        <translation>Investigating</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="44" />
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="45" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="46" />
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="52" />
        <source>Face to face</source>
        <translation>Face to face</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="57" />
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="58" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="59" />
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="60" />
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="61" />
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="62" />
        <source>Target reply date</source>
        <translation>Target reply date</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="63" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="64" />
        <source>Reply given</source>
        <translation>Reply given</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="65" />
        <source>Replied on</source>
        <translation>Replied on</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="66" />
        <source>Replied by</source>
        <translation>Replied by</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="67" />
        <source>Closing summary</source>
        <translation>Closing summary</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="68" />
        <source>Finished on</source>
        <translation>Finished on</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="69" />
        <source>Register entry concerned</source>
        <translation>Register entry concerned</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="70" />
        <source>Request concerned</source>
        <translation>Request concerned</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="71" />
        <source>Contractor concerned</source>
        <translation>Contractor concerned</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="100" />
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="129" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="144" />
        <source>Received: {text}</source>
        <translation>Received: {text}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="146" />
        <source>Action: {text}</source>
        <translation>Action: {text}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="148" />
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="205" />
        <source>(not decided)</source>
        <translation>(not decided)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="254" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="255" />
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="257" />
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="260" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="262" />
        <source>Protected</source>
        <translation>Protected</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="326" />
        <source>{status}: reply by {date}</source>
        <translation>{status}: reply by {date}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="331" />
        <source>Past the target date</source>
        <translation>Past the target date</translation>
    </message>
</context>
<context>
    <name>ComplaintLinksDialog</name>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_links.py" line="32" />
        <source>What the complaint concerns</source>
        <translation>What the complaint concerns</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_links.py" line="38" />
        <source>Register entries</source>
        <translation>Register entries</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_links.py" line="39" />
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_links.py" line="40" />
        <source>Contractors</source>
        <translation>Contractors</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_links.py" line="55" />
        <source>While the complaint is open, a register entry ticked here is kept from disposal, and one unticked is released from this complaint's hold.</source>
        <translation>While the complaint is open, a register entry ticked here is kept from disposal, and one unticked is released from this complaint's hold.</translation>
    </message>
</context>
<context>
    <name>ComplaintReceiveDialog</name>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="6" />
        <source>New complaint</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="14" />
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="15" />
        <source>2026-11-24 10:30</source>
        <translation>2026-11-24 10:30</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="16" />
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="18" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="24" />
        <source>Who complained (申出者)</source>
        <translation>Who complained (申出者)</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="28" />
        <source>A person in the register</source>
        <translation>A person in the register</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="29" />
        <source>A name only</source>
        <translation>A name only</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="30" />
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="33" />
        <source>Name, reading or member number… (Enter searches, ↓ goes to the results)</source>
        <translation>Name, reading or member number… (Enter searches, ↓ goes to the results)</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="38" />
        <source>Name as given</source>
        <translation>Name as given</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="51" />
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="53" />
        <source>What was said</source>
        <translation>What was said</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="54" />
        <source>Never a My Number</source>
        <translation>Never a My Number</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="59" />
        <source>What the complaint concerns (tick each)</source>
        <translation>What the complaint concerns (tick each)</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="64" />
        <source>Register entries</source>
        <translation>Register entries</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="68" />
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="72" />
        <source>Contractors</source>
        <translation>Contractors</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="84" />
        <source>Tab moves between fields; Ctrl+Enter saves.</source>
        <translation>Tab moves between fields; Ctrl+Enter saves.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_receive.py" line="131" />
        <source>Chosen: {name}</source>
        <translation>Chosen: {name}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_receive.py" line="183" />
        <source>Discard the complaint?</source>
        <translation>Discard the complaint?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_receive.py" line="184" />
        <source>What you typed will not be saved.</source>
        <translation>What you typed will not be saved.</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../forms/complaints_page.ui" line="6" />
        <source>Complaints (苦情)</source>
        <translation>Complaints (苦情)</translation>
    </message>
    <message>
        <location filename="../../forms/complaints_page.ui" line="9" />
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="84" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../forms/complaints_page.ui" line="11" />
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="71" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../forms/complaints_page.ui" line="13" />
        <source>Received from</source>
        <translation>Received from</translation>
    </message>
    <message>
        <location filename="../../forms/complaints_page.ui" line="14" />
        <source>2026-04-01 / 令和8年4月1日</source>
        <translation>2026-04-01 / 令和8年4月1日</translation>
    </message>
    <message>
        <location filename="../../forms/complaints_page.ui" line="15" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../forms/complaints_page.ui" line="16" />
        <source>2027-03-31 / 令和9年3月31日</source>
        <translation>2027-03-31 / 令和9年3月31日</translation>
    </message>
    <message>
        <location filename="../../forms/complaints_page.ui" line="17" />
        <source>Past the target date only</source>
        <translation>Past the target date only</translation>
    </message>
    <message>
        <location filename="../../forms/complaints_page.ui" line="30" />
        <source>Rows in red are open complaints past their target reply date.</source>
        <translation>Rows in red are open complaints past their target reply date.</translation>
    </message>
    <message>
        <location filename="../../forms/complaints_page.ui" line="33" />
        <source>New complaint…</source>
        <translation>New complaint…</translation>
    </message>
    <message>
        <location filename="../../forms/complaints_page.ui" line="34" />
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../forms/complaints_page.ui" line="36" />
        <source>Dispose of complaints past retention…</source>
        <translation>Dispose of complaints past retention…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="46" />
        <source>Past the target reply date</source>
        <translation>Past the target reply date</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="61" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="63" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="67" />
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="75" />
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="78" />
        <source>Handler</source>
        <translation>Handler</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="80" />
        <source>Target reply date</source>
        <translation>Target reply date</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="117" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="183" />
        <source>{n} complaints, {overdue} past the target date</source>
        <translation>{n} complaints, {overdue} past the target date</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="218" />
        <source>The complaint was received.</source>
        <translation>The complaint was received.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="226" />
        <source>Choose a complaint first.</source>
        <translation>Choose a complaint first.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="248" />
        <source>No complaint is past its retention years.</source>
        <translation>No complaint is past its retention years.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="258" />
        <source>Dispose of the complaints?</source>
        <translation>Dispose of the complaints?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="259" />
        <source>{n} closed complaints have been kept for the retention years. They are deleted with their timelines; the counts by category stay in the audit log. This cannot be undone.</source>
        <translation>{n} closed complaints have been kept for the retention years. They are deleted with their timelines; the counts by category stay in the audit log. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="283" />
        <source>{n} complaints were disposed of.</source>
        <translation>{n} complaints were disposed of.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="6" />
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="10" />
        <source>What was consented to</source>
        <translation>What was consented to</translation>
    </message>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="12" />
        <source>Purpose of use</source>
        <translation>Purpose of use</translation>
    </message>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="14" />
        <source>Third party (recipient)</source>
        <translation>Third party (recipient)</translation>
    </message>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="16" />
        <source>Country (transfer abroad)</source>
        <translation>Country (transfer abroad)</translation>
    </message>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="18" />
        <source>Privacy notice version the person saw</source>
        <translation>Privacy notice version the person saw</translation>
    </message>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="20" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="22" />
        <source>Date given</source>
        <translation>Date given</translation>
    </message>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="23" />
        <source>2026-11-23 / 令和8年11月23日</source>
        <translation>2026-11-23 / 令和8年11月23日</translation>
    </message>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="24" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="26" />
        <source>Evidence (document number)</source>
        <translation>Evidence (document number)</translation>
    </message>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="28" />
        <source>Where the paper is kept</source>
        <translation>Where the paper is kept</translation>
    </message>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="30" />
        <source>Given by a legal representative</source>
        <translation>Given by a legal representative</translation>
    </message>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="32" />
        <source>Representative's name</source>
        <translation>Representative's name</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/consent.py" line="17" />
        <source>A purpose of use</source>
        <translation>A purpose of use</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/consent.py" line="18" />
        <source>Provision to a third party</source>
        <translation>Provision to a third party</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/consent.py" line="19" />
        <source>Provision to a third party abroad</source>
        <translation>Provision to a third party abroad</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/consent.py" line="20" />
        <source>Acquiring sensitive information</source>
        <translation>Acquiring sensitive information</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/consent.py" line="23" />
        <source>In writing (書面)</source>
        <translation>In writing (書面)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/consent.py" line="24" />
        <source>On the web</source>
        <translation>On the web</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/consent.py" line="25" />
        <source>Orally (口頭)</source>
        <translation>Orally (口頭)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/consent.py" line="26" />
        <source>By email</source>
        <translation>By email</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/consent.py" line="89" />
        <location filename="../../src/privacydesk/ui/dialogs/consent.py" line="96" />
        <source>Withdrawal</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/consent.py" line="90" />
        <source>Date of the withdrawal (2026-11-23 or 令和8年11月23日):</source>
        <translation>Date of the withdrawal (2026-11-23 or 令和8年11月23日):</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/consent.py" line="97" />
        <source>What followed (use stopped, recipient told …):</source>
        <translation>What followed (use stopped, recipient told …):</translation>
    </message>
</context>
<context>
    <name>ContractorDialog</name>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="6" />
        <source>Contractor</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="13" />
        <source>Basic information</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="25" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="27" />
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="29" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="31" />
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="33" />
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="35" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="37" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="39" />
        <source>What is entrusted</source>
        <translation>What is entrusted</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="41" />
        <source>Review every</source>
        <translation>Review every</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="42" />
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="43" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="54" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="56" />
        <source>Contract from</source>
        <translation>Contract from</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="57" />
        <source>e.g. 2026-04-01 or 令和8年4月1日</source>
        <translation>e.g. 2026-04-01 or 令和8年4月1日</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="58" />
        <source>Contract until</source>
        <translation>Contract until</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="64" />
        <source>Clauses in the contract</source>
        <translation>Clauses in the contract</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="70" />
        <source>Subcontracting</source>
        <translation>Subcontracting</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="72" />
        <source>Subcontracted by</source>
        <translation>Subcontracted by</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="74" />
        <source>Approved in advance on</source>
        <translation>Approved in advance on</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="82" />
        <source>Abroad (APPI Art. 28)</source>
        <translation>Abroad (APPI Art. 28)</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="84" />
        <source>The contractor is in a foreign country</source>
        <translation>The contractor is in a foreign country</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="85" />
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="87" />
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="89" />
        <source>The country's system and the contractor's measures</source>
        <translation>The country's system and the contractor's measures</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="104" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="110" />
        <source>Register entries handled</source>
        <translation>Register entries handled</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="112" />
        <source>Tick the register entries whose data the contractor handles, and say which items (double-click the items cell to edit).</source>
        <translation>Tick the register entries whose data the contractor handles, and say which items (double-click the items cell to edit).</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="117" />
        <source>Save the entries</source>
        <translation>Save the entries</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="123" />
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="129" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="130" />
        <source>Delete (unfinished only)</source>
        <translation>Delete (unfinished only)</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="136" />
        <source>Start a review by the office</source>
        <translation>Start a review by the office</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="138" />
        <source>Start a selection evaluation</source>
        <translation>Start a selection evaluation</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="139" />
        <source>Start a periodic review</source>
        <translation>Start a periodic review</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="140" />
        <source>Start the check of equivalent measures</source>
        <translation>Start the check of equivalent measures</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="147" />
        <source>The contractor answers the checklist itself</source>
        <translation>The contractor answers the checklist itself</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="149" />
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="151" />
        <source>Print the checklist…</source>
        <translation>Print the checklist…</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="152" />
        <source>Enter the contractor's answers</source>
        <translation>Enter the contractor's answers</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="160" />
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="165" />
        <source>New follow-up</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="167" />
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="87" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="169" />
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="88" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="171" />
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="90" />
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="173" />
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="92" />
        <source>From the review</source>
        <translation>From the review</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="175" />
        <source>Add the follow-up</source>
        <translation>Add the follow-up</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="181" />
        <source>Close the selected follow-up</source>
        <translation>Close the selected follow-up</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="183" />
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="94" />
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="185" />
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="98" />
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="187" />
        <source>Close the follow-up</source>
        <translation>Close the follow-up</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="194" />
        <source>Certifications and the end</source>
        <translation>Certifications and the end</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="196" />
        <source>Certifications (Privacy Mark, ISMS …)</source>
        <translation>Certifications (Privacy Mark, ISMS …)</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="200" />
        <source>Kind of certification</source>
        <translation>Kind of certification</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="201" />
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="37" />
        <source>Name or number</source>
        <translation>Name or number</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="202" />
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="39" />
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="203" />
        <location filename="../../forms/contractor_dialog.ui" line="214" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="204" />
        <source>Remove the selected</source>
        <translation>Remove the selected</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="207" />
        <source>Deletion certificates received</source>
        <translation>Deletion certificates received</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="211" />
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="51" />
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="212" />
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="54" />
        <source>What it covers</source>
        <translation>What it covers</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="213" />
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="56" />
        <source>Where it is kept</source>
        <translation>Where it is kept</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="219" />
        <source>End of the contract</source>
        <translation>End of the contract</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="222" />
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="224" />
        <source>The data was</source>
        <translation>The data was</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="226" />
        <source>End the contract…</source>
        <translation>End the contract…</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="237" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor.py" line="100" />
        <location filename="../../src/privacydesk/ui/dialogs/contractor.py" line="152" />
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="193" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor.py" line="187" />
        <location filename="../../src/privacydesk/ui/dialogs/contractor.py" line="188" />
        <source>New contractor</source>
        <translation>New contractor</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor.py" line="193" />
        <source>Contractor: {name}</source>
        <translation>Contractor: {name}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor.py" line="199" />
        <source>Nothing needs attention.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor.py" line="202" />
        <source>Its subcontractors: {names}</source>
        <translation>Its subcontractors: {names}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor.py" line="292" />
        <source>The contractor was registered. The other tabs can now be filled in.</source>
        <translation>The contractor was registered. The other tabs can now be filled in.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor.py" line="306" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor.py" line="322" />
        <source>Discard the changes?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor.py" line="323" />
        <source>What you typed in the basic information is not saved.</source>
        <translation>What you typed in the basic information is not saved.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_entries.py" line="46" />
        <source>Register entry</source>
        <translation>Register entry</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_entries.py" line="47" />
        <source>Items handled</source>
        <translation>Items handled</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_entries.py" line="48" />
        <source>Sensitive data</source>
        <translation>Sensitive data</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_entries.py" line="203" />
        <source>The register entries were saved.</source>
        <translation>The register entries were saved.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="34" />
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="101" />
        <source>Ended on {date}; the data was {disposal}.</source>
        <translation>Ended on {date}; the data was {disposal}.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="110" />
        <source>When the contract ends, record how the data came back or was deleted, then the deletion certificate.</source>
        <translation>When the contract ends, record how the data came back or was deleted, then the deletion certificate.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="134" />
        <source>The certification was added.</source>
        <translation>The certification was added.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="147" />
        <source>Choose a certification first.</source>
        <translation>Choose a certification first.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="152" />
        <source>The certification was removed.</source>
        <translation>The certification was removed.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="163" />
        <source>The deletion certificate was recorded.</source>
        <translation>The deletion certificate was recorded.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="179" />
        <source>End the contract?</source>
        <translation>End the contract?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="180" />
        <source>The contractor is marked as ended. Ask for a deletion certificate if the data was deleted.</source>
        <translation>The contractor is marked as ended. Ask for a deletion certificate if the data was deleted.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="192" />
        <source>The contract was recorded as ended.</source>
        <translation>The contract was recorded as ended.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="48" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="52" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="55" />
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="59" />
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="63" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="67" />
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="71" />
        <source>Answered by</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="173" />
        <source>Next review due: {date} (every {months} months)</source>
        <translation>Next review due: {date} (every {months} months)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="177" />
        <source>No review finished yet: start with a selection evaluation.</source>
        <translation>No review finished yet: start with a selection evaluation.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="211" />
        <source>The review was started.</source>
        <translation>The review was started.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="231" />
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="254" />
        <source>Choose a review first.</source>
        <translation>Choose a review first.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="259" />
        <source>Delete the review?</source>
        <translation>Delete the review?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="260" />
        <source>The unfinished review and its answers so far are deleted.</source>
        <translation>The unfinished review and its answers so far are deleted.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="270" />
        <source>The review was deleted.</source>
        <translation>The review was deleted.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="309" />
        <source>The follow-up was added.</source>
        <translation>The follow-up was added.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="326" />
        <source>Choose a follow-up first.</source>
        <translation>Choose a follow-up first.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="331" />
        <source>The follow-up was closed.</source>
        <translation>The follow-up was closed.</translation>
    </message>
</context>
<context>
    <name>ContractorDuplicatesDialog</name>
    <message>
        <location filename="../../forms/contractor_duplicates_dialog.ui" line="6" />
        <source>Likely duplicates</source>
        <translation>Likely duplicates</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_duplicates_dialog.ui" line="8" />
        <source>Contractors whose names probably mean the same organisation. Merging moves the second one's entries, reviews, follow-ups and certificates onto the first and deletes the second; it cannot be undone.</source>
        <translation>Contractors whose names probably mean the same organisation. Merging moves the second one's entries, reviews, follow-ups and certificates onto the first and deletes the second; it cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_duplicates_dialog.ui" line="12" />
        <source>Swap which is kept</source>
        <translation>Swap which is kept</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_duplicates_dialog.ui" line="13" />
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_duplicates_dialog.ui" line="15" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_duplicates.py" line="48" />
        <source>Kept</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_duplicates.py" line="51" />
        <source>Merged into it and deleted</source>
        <translation>Merged into it and deleted</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_duplicates.py" line="55" />
        <source>Similarity</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_duplicates.py" line="93" />
        <source>No likely duplicates.</source>
        <translation>No likely duplicates.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_duplicates.py" line="111" />
        <source>Choose a pair first.</source>
        <translation>Choose a pair first.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_duplicates.py" line="116" />
        <source>Merge the contractors?</source>
        <translation>Merge the contractors?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_duplicates.py" line="117" />
        <source>Everything recorded for {drop} moves to {keep}, and {drop} is deleted. This cannot be undone.</source>
        <translation>Everything recorded for {drop} moves to {keep}, and {drop} is deleted. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_duplicates.py" line="127" />
        <source>Merged into {keep}.</source>
        <translation>Merged into {keep}.</translation>
    </message>
</context>
<context>
    <name>ContractorFinishDialog</name>
    <message>
        <location filename="../../forms/contractor_finish_dialog.ui" line="6" />
        <source>Finish the review</source>
        <translation>Finish the review</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_finish_dialog.ui" line="11" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_finish_dialog.ui" line="13" />
        <source>Reasons and conditions</source>
        <translation>Reasons and conditions</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_finish_dialog.ui" line="15" />
        <source>Finished on</source>
        <translation>Finished on</translation>
    </message>
</context>
<context>
    <name>ContractorLabels</name>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="20" />
        <source>Being selected</source>
        <translation>Being selected</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="21" />
        <source>Under contract</source>
        <translation>Under contract</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="22" />
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="25" />
        <source>Confidentiality</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="26" />
        <source>No use beyond the purpose of the contract</source>
        <translation>No use beyond the purpose of the contract</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="29" />
        <source>Security measures</source>
        <translation>Security measures</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="30" />
        <source>Prior approval of subcontracting</source>
        <translation>Prior approval of subcontracting</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="33" />
        <source>Reporting incidents</source>
        <translation>Reporting incidents</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="34" />
        <source>Return or deletion at the end of the contract</source>
        <translation>Return or deletion at the end of the contract</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="37" />
        <source>The right to audit and ask for reports</source>
        <translation>The right to audit and ask for reports</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="42" />
        <source>Not yet decided</source>
        <translation>Not yet decided</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="43" />
        <source>The persons' consent</source>
        <translation>The persons' consent</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="44" />
        <source>Equivalent measures (Rules Art. 16)</source>
        <translation>Equivalent measures (Rules Art. 16)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="47" />
        <source>Privacy Mark</source>
        <translation>Privacy Mark</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="48" />
        <source>ISMS (ISO/IEC 27001)</source>
        <translation>ISMS (ISO/IEC 27001)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="49" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="53" />
        <source>Selection criteria</source>
        <translation>Selection criteria</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="54" />
        <source>Periodic review</source>
        <translation>Periodic review</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="55" />
        <source>Check of equivalent measures</source>
        <translation>Check of equivalent measures</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="56" />
        <source>Self-check of security measures</source>
        <translation>Self-check of security measures</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="59" />
        <source>Not finished</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="60" />
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="61" />
        <source>Fit with conditions</source>
        <translation>Fit with conditions</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="62" />
        <source>Unfit</source>
        <translation>Unfit</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="65" />
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="66" />
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="69" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="70" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="71" />
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="74" />
        <source>The office</source>
        <translation>The office</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="75" />
        <source>The contractor</source>
        <translation>The contractor</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="78" />
        <source>Basic policy</source>
        <translation>Basic policy</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="79" />
        <source>Rules for handling personal data</source>
        <translation>Rules for handling personal data</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="80" />
        <source>Organisational measures</source>
        <translation>Organisational measures</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="81" />
        <source>Human measures</source>
        <translation>Human measures</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="82" />
        <source>Physical measures</source>
        <translation>Physical measures</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="83" />
        <source>Technical measures</source>
        <translation>Technical measures</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="84" />
        <source>Understanding the foreign environment</source>
        <translation>Understanding the foreign environment</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="87" />
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="88" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="89" />
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="93" />
        <source>No selection</source>
        <translation>No selection</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="94" />
        <source>Contract expired</source>
        <translation>Contract expired</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="95" />
        <source>Contract ending</source>
        <translation>Contract ending</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="96" />
        <source>Review overdue</source>
        <translation>Review overdue</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="97" />
        <source>Follow-up late</source>
        <translation>Follow-up late</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="98" />
        <source>Certification expiring</source>
        <translation>Certification expiring</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="99" />
        <source>Clauses missing</source>
        <translation>Clauses missing</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="102" />
        <source>Subcontracting not approved</source>
        <translation>Subcontracting not approved</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="105" />
        <source>No deletion certificate</source>
        <translation>No deletion certificate</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="108" />
        <source>Equivalence check overdue</source>
        <translation>Equivalence check overdue</translation>
    </message>
</context>
<context>
    <name>ContractorReviewDialog</name>
    <message>
        <location filename="../../forms/contractor_review_dialog.ui" line="6" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_review_dialog.ui" line="12" />
        <source>Previous category (PageUp or Ctrl+Left)</source>
        <translation>Previous category (PageUp or Ctrl+Left)</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_review_dialog.ui" line="15" />
        <source>Next category (PageDown or Ctrl+Right)</source>
        <translation>Next category (PageDown or Ctrl+Right)</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_review_dialog.ui" line="29" />
        <source>Keys: 1 or Y = yes (適合), 2 or N = no (不適合), 3 or A = not applicable (該当なし), then on to the next question; Delete = clear; ↑↓ move; Tab to the comment, Enter back; PageDown / PageUp (or Ctrl+→ / Ctrl+←) for the next or previous category. Every answer is saved at once.</source>
        <translation>Keys: 1 or Y = yes (適合), 2 or N = no (不適合), 3 or A = not applicable (該当なし), then on to the next question; Delete = clear; ↑↓ move; Tab to the comment, Enter back; PageDown / PageUp (or Ctrl+→ / Ctrl+←) for the next or previous category. Every answer is saved at once.</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_review_dialog.ui" line="32" />
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="63" />
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_review_dialog.ui" line="34" />
        <source>Evidence seen</source>
        <translation>Evidence seen</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_review_dialog.ui" line="42" />
        <source>Finish…</source>
        <translation>Finish…</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_review_dialog.ui" line="43" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="39" />
        <source>Yes {yes} · No {no} · Not applicable {na} · Open {open}</source>
        <translation>Yes {yes} · No {no} · Not applicable {na} · Open {open}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="60" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="61" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="62" />
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="138" />
        <source>{name}: {kind} (version {version})</source>
        <translation>{name}: {kind} (version {version})</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="144" />
        <source>Finished on {date}: {result}. The answers can no longer change.</source>
        <translation>Finished on {date}: {result}. The answers can no longer change.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="151" />
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="181" />
        <source>Read only: your role cannot answer reviews.</source>
        <translation>Read only: your role cannot answer reviews.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="155" />
        <source>Started on {date}; answered by {who}.</source>
        <translation>Started on {date}; answered by {who}.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="42" />
        <source>Answered {answered} of {total}</source>
        <translation>Answered {answered} of {total}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="43" />
        <source>This is the last category. Finish… records the result.</source>
        <translation>This is the last category. Finish… records the result.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="46" />
        <source>Saved ({time}).</source>
        <translation>Saved ({time}).</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="193" />
        <source>The review was finished.</source>
        <translation>The review was finished.</translation>
    </message>
</context>
<context>
    <name>ContractorsPage</name>
    <message>
        <location filename="../../forms/contractors_page.ui" line="6" />
        <source>Outsourcing contractors (委託先)</source>
        <translation>Outsourcing contractors (委託先)</translation>
    </message>
    <message>
        <location filename="../../forms/contractors_page.ui" line="9" />
        <location filename="../../src/privacydesk/ui/pages/contractors.py" line="72" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../forms/contractors_page.ui" line="11" />
        <source>Needing attention only</source>
        <translation>Needing attention only</translation>
    </message>
    <message>
        <location filename="../../forms/contractors_page.ui" line="24" />
        <source>Coloured rows need attention: point at the row to read every reason. A contractor is chosen with a selection evaluation, checked at its review interval, and returns or deletes the data when the contract ends (APPI Art. 25).</source>
        <translation>Coloured rows need attention: point at the row to read every reason. A contractor is chosen with a selection evaluation, checked at its review interval, and returns or deletes the data when the contract ends (APPI Art. 25).</translation>
    </message>
    <message>
        <location filename="../../forms/contractors_page.ui" line="27" />
        <source>New contractor…</source>
        <translation>New contractor…</translation>
    </message>
    <message>
        <location filename="../../forms/contractors_page.ui" line="28" />
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../forms/contractors_page.ui" line="29" />
        <source>Likely duplicates…</source>
        <translation>Likely duplicates…</translation>
    </message>
    <message>
        <location filename="../../forms/contractors_page.ui" line="31" />
        <source>Checklists…</source>
        <translation>Checklists…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/contractors.py" line="28" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/contractors.py" line="29" />
        <source>Being selected</source>
        <translation>Being selected</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/contractors.py" line="30" />
        <source>Under contract</source>
        <translation>Under contract</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/contractors.py" line="31" />
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/contractors.py" line="70" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/contractors.py" line="76" />
        <source>What is entrusted</source>
        <translation>What is entrusted</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/contractors.py" line="80" />
        <source>Contract until</source>
        <translation>Contract until</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/contractors.py" line="84" />
        <source>Next review due</source>
        <translation>Next review due</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/contractors.py" line="87" />
        <source>Abroad</source>
        <translation>Abroad</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/contractors.py" line="89" />
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/contractors.py" line="145" />
        <source>{n} contractors, {flagged} needing attention</source>
        <translation>{n} contractors, {flagged} needing attention</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/contractors.py" line="185" />
        <source>Choose a contractor first.</source>
        <translation>Choose a contractor first.</translation>
    </message>
</context>
<context>
    <name>CorrectiveActions</name>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit_common.py" line="41" />
        <source>Your role ({role}) may not do this. Please ask a manager.</source>
        <translation>Your role ({role}) may not do this. Please ask a manager.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit_common.py" line="130" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit_common.py" line="131" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit_common.py" line="132" />
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit_common.py" line="133" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit_common.py" line="135" />
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit_common.py" line="138" />
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="6" />
        <source>Register entry</source>
        <translation>Register entry</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="11" />
        <source>Basics</source>
        <translation>Basics</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="15" />
        <source>Name of the personal data (e.g. 会員情報)</source>
        <translation>Name of the personal data (e.g. 会員情報)</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="17" />
        <source>Owning department</source>
        <translation>Owning department</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="19" />
        <source>Responsible person</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="21" />
        <source>Whose data (category of persons)</source>
        <translation>Whose data (category of persons)</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="23" />
        <source>Estimated number of persons</source>
        <translation>Estimated number of persons</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="25" />
        <source>Retained personal data (保有個人データ): requests apply</source>
        <translation>Retained personal data (保有個人データ): requests apply</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="27" />
        <source>Data items (one per line; mark sensitive ones with ＊ at the start)</source>
        <translation>Data items (one per line; mark sensitive ones with ＊ at the start)</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="29" />
        <source>Exception relied on for sensitive data without consent (20②)</source>
        <translation>Exception relied on for sensitive data without consent (20②)</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="36" />
        <source>Purposes and acquisition</source>
        <translation>Purposes and acquisition</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="40" />
        <source>Purposes of use (tick)</source>
        <translation>Purposes of use (tick)</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="42" />
        <source>Acquired directly from the person</source>
        <translation>Acquired directly from the person</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="44" />
        <source>Source (if indirect)</source>
        <translation>Source (if indirect)</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="46" />
        <source>How it is acquired</source>
        <translation>How it is acquired</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="48" />
        <source>How the purpose was notified or announced</source>
        <translation>How the purpose was notified or announced</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="55" />
        <source>Storage and retention</source>
        <translation>Storage and retention</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="59" />
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="61" />
        <source>Where it is kept</source>
        <translation>Where it is kept</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="63" />
        <source>Cloud service</source>
        <translation>Cloud service</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="65" />
        <source>Country of the cloud servers</source>
        <translation>Country of the cloud servers</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="67" />
        <source>Who may access it</source>
        <translation>Who may access it</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="69" />
        <source>Retention period (as the office states it)</source>
        <translation>Retention period (as the office states it)</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="71" />
        <source>Retention in months (0 = while needed)</source>
        <translation>Retention in months (0 = while needed)</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="73" />
        <source>Disposal method</source>
        <translation>Disposal method</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="80" />
        <source>Provision and transfer</source>
        <translation>Provision and transfer</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="84" />
        <source>Provision to third parties (one per line: recipient / items / basis)</source>
        <translation>Provision to third parties (one per line: recipient / items / basis)</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="86" />
        <source>Transferred or stored abroad</source>
        <translation>Transferred or stored abroad</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="88" />
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="90" />
        <source>Basis of the transfer (consent, equivalent system …)</source>
        <translation>Basis of the transfer (consent, equivalent system …)</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="92" />
        <source>Information given to persons (Rules Art. 17)</source>
        <translation>Information given to persons (Rules Art. 17)</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="99" />
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="103" />
        <source>This entry is a website</source>
        <translation>This entry is a website</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="105" />
        <source>Tracking tool (cookies, analytics, ad tags)</source>
        <translation>Tracking tool (cookies, analytics, ad tags)</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="107" />
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="109" />
        <source>What it collects</source>
        <translation>What it collects</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="111" />
        <source>How to opt out</source>
        <translation>How to opt out</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="113" />
        <source>The recipient can identify the person (APPI Art. 31)</source>
        <translation>The recipient can identify the person (APPI Art. 31)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/entry.py" line="225" />
        <source>Discard the changes?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/entry.py" line="226" />
        <source>What you typed will not be saved.</source>
        <translation>What you typed will not be saved.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../forms/home_page.ui" line="6" />
        <source>What to do next</source>
        <translation>What to do next</translation>
    </message>
    <message>
        <location filename="../../forms/home_page.ui" line="12" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/home.py" line="17" />
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/home.py" line="18" />
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/home.py" line="19" />
        <source>For information</source>
        <translation>For information</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/home.py" line="44" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/home.py" line="45" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/home.py" line="70" />
        <source>Hello, {name}. These need your attention:</source>
        <translation>Hello, {name}. These need your attention:</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/home.py" line="72" />
        <source>Hello, {name}. Nothing needs your attention right now.</source>
        <translation>Hello, {name}. Nothing needs your attention right now.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../forms/import_dialog.ui" line="6" />
        <source>Import from Excel or CSV</source>
        <translation>Import from Excel or CSV</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="10" />
        <source>What the file holds</source>
        <translation>What the file holds</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="12" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="16" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="17" />
        <source>Read the file</source>
        <translation>Read the file</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="22" />
        <source>Columns: check what each one fills (double-click a field to change it)</source>
        <translation>Columns: check what each one fills (double-click a field to change it)</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="24" />
        <source>The first rows as they will be read</source>
        <translation>The first rows as they will be read</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="31" />
        <source>Check only (nothing saved)</source>
        <translation>Check only (nothing saved)</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="32" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="33" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="34" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/importing.py" line="59" />
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/importing.py" line="107" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/importing.py" line="108" />
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/importing.py" line="109" />
        <source>Fills</source>
        <translation>Fills</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/importing.py" line="178" />
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="6" />
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="14" />
        <location filename="../../forms/incident_dialog.ui" line="40" />
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="22" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="24" />
        <source>Certainty</source>
        <translation>Certainty</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="25" />
        <source>Not certain: it may have happened (おそれ)</source>
        <translation>Not certain: it may have happened (おそれ)</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="26" />
        <source>Happened on</source>
        <translation>Happened on</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="27" />
        <location filename="../../forms/incident_dialog.ui" line="36" />
        <source>Empty while unknown</source>
        <translation>Empty while unknown</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="28" />
        <source>First known on</source>
        <translation>First known on</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="29" />
        <source>2026-11-20 / 令和8年11月20日</source>
        <translation>2026-11-20 / 令和8年11月20日</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="30" />
        <source>Privacy office told on</source>
        <translation>Privacy office told on</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="31" />
        <source>Empty if the same day</source>
        <translation>Empty if the same day</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="32" />
        <source>Found by</source>
        <translation>Found by</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="33" />
        <source>Who noticed, and how</source>
        <translation>Who noticed, and how</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="34" />
        <source>Persons affected</source>
        <translation>Persons affected</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="37" />
        <source>An estimate</source>
        <translation>An estimate</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="42" />
        <source>Data items</source>
        <translation>Data items</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="44" />
        <source>Contractor involved</source>
        <translation>Contractor involved</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="53" />
        <source>Report and response</source>
        <translation>Report and response</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="61" />
        <source>Containment</source>
        <translation>Containment</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="63" />
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="65" />
        <source>Secondary harm</source>
        <translation>Secondary harm</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="67" />
        <source>Prevention</source>
        <translation>Prevention</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="69" />
        <source>Response to the persons</source>
        <translation>Response to the persons</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="71" />
        <source>Public announcement</source>
        <translation>Public announcement</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="73" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="82" />
        <source>Register entries affected</source>
        <translation>Register entries affected</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="93" />
        <source>Report to the Commission? (Enforcement Rules Art. 7)</source>
        <translation>Report to the Commission? (Enforcement Rules Art. 7)</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="111" />
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="126" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="127" />
        <source>Summary for the Commission…</source>
        <translation>Summary for the Commission…</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="128" />
        <source>Notice to a person…</source>
        <translation>Notice to a person…</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="130" />
        <source>Close the incident</source>
        <translation>Close the incident</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="131" />
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="132" />
        <source>Close window</source>
        <translation>Close window</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="157" />
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="197" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="323" />
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="324" />
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="328" />
        <source> ({date})</source>
        <translation> ({date})</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="335" />
        <source>Incident {number}</source>
        <translation>Incident {number}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="362" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="370" />
        <source>Done {date}</source>
        <translation>Done {date}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="377" />
        <source>Mark as done…</source>
        <translation>Mark as done…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="386" />
        <source>Due within one day or past</source>
        <translation>Due within one day or past</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="404" />
        <source>The deadlines are worked out once it is saved.</source>
        <translation>The deadlines are worked out once it is saved.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="406" />
        <source>Not reportable as saved: no report to the Commission is due. The persons and prevention are still seen to.</source>
        <translation>Not reportable as saved: no report to the Commission is due. The persons and prevention are still seen to.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="418" />
        <source>Save the changes to work out the judgement's deadlines again.</source>
        <translation>Save the changes to work out the judgement's deadlines again.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="466" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="478" />
        <source>Recorded: {step}</source>
        <translation>Recorded: {step}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="488" />
        <source>The incident was closed.</source>
        <translation>The incident was closed.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="497" />
        <source>The incident was reopened.</source>
        <translation>The incident was reopened.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="517" />
        <source>{number}: summary for the Commission</source>
        <translation>{number}: summary for the Commission</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="541" />
        <source>The notice was issued.</source>
        <translation>The notice was issued.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="557" />
        <source>{number}: notice to the person</source>
        <translation>{number}: notice to the person</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="581" />
        <source>Discard the changes?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="582" />
        <source>What you typed is not saved.</source>
        <translation>What you typed is not saved.</translation>
    </message>
</context>
<context>
    <name>IncidentLabels</name>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="25" />
        <source>Leak</source>
        <translation>Leak</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="26" />
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="27" />
        <source>Damage</source>
        <translation>Damage</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="30" />
        <source>Notice to each person</source>
        <translation>Notice to each person</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="31" />
        <source>Public announcement</source>
        <translation>Public announcement</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="32" />
        <source>An inquiry desk set up</source>
        <translation>An inquiry desk set up</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="35" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="36" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="40" />
        <source>Personal data including sensitive personal data (要配慮個人情報) leaked, lost or damaged (Enforcement Rules Art. 7(i))</source>
        <translation>Personal data including sensitive personal data (要配慮個人情報) leaked, lost or damaged (Enforcement Rules Art. 7(i))</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="45" />
        <source>Personal data whose wrongful use could cause financial damage (Art. 7(ii))</source>
        <translation>Personal data whose wrongful use could cause financial damage (Art. 7(ii))</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="49" />
        <source>Possibly done for a wrongful purpose, including personal information being collected to be handled as personal data (Art. 7(iii))</source>
        <translation>Possibly done for a wrongful purpose, including personal information being collected to be handled as personal data (Art. 7(iii))</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="54" />
        <source>More than 1,000 persons affected (Art. 7(iv)): follows the number of persons</source>
        <translation>More than 1,000 persons affected (Art. 7(iv)): follows the number of persons</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="58" />
        <source>Protected by advanced encryption or other measures needed to protect the persons' rights and interests (excluded by the brackets of Art. 7(i))</source>
        <translation>Protected by advanced encryption or other measures needed to protect the persons' rights and interests (excluded by the brackets of Art. 7(i))</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="66" />
        <source>(i) Sensitive personal data</source>
        <translation>(i) Sensitive personal data</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="67" />
        <source>(ii) Possible financial damage</source>
        <translation>(ii) Possible financial damage</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="68" />
        <source>(iii) Possibly a wrongful purpose</source>
        <translation>(iii) Possibly a wrongful purpose</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="69" />
        <source>(iv) More than 1,000 persons</source>
        <translation>(iv) More than 1,000 persons</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="70" />
        <source>Advanced encryption (not reportable)</source>
        <translation>Advanced encryption (not reportable)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="101" />
        <source>{kind} (possible)</source>
        <translation>{kind} (possible)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="107" />
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="109" />
        <source>{count}</source>
        <translation>{count}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="135" />
        <source>Reportable</source>
        <translation>Reportable</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="136" />
        <source>Not reportable</source>
        <translation>Not reportable</translation>
    </message>
</context>
<context>
    <name>IncidentNoticeDialog</name>
    <message>
        <location filename="../../forms/incident_notice_dialog.ui" line="6" />
        <source>Notice to a person</source>
        <translation>Notice to a person</translation>
    </message>
    <message>
        <location filename="../../forms/incident_notice_dialog.ui" line="8" />
        <source>Choose the person to write to. The notice (お詫びとお知らせ) is numbered and kept with the incident; record the notice step as done once the letters are sent.</source>
        <translation>Choose the person to write to. The notice (お詫びとお知らせ) is numbered and kept with the incident; record the notice step as done once the letters are sent.</translation>
    </message>
    <message>
        <location filename="../../forms/incident_notice_dialog.ui" line="9" />
        <source>Name, reading or member number…</source>
        <translation>Name, reading or member number…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_notice.py" line="38" />
        <source>The notice goes to: {name}</source>
        <translation>The notice goes to: {name}</translation>
    </message>
</context>
<context>
    <name>IncidentStepDialog</name>
    <message>
        <location filename="../../forms/incident_step_dialog.ui" line="6" />
        <source>Record a step as done</source>
        <translation>Record a step as done</translation>
    </message>
    <message>
        <location filename="../../forms/incident_step_dialog.ui" line="11" />
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../forms/incident_step_dialog.ui" line="12" />
        <source>2026-11-24 / 令和8年11月24日</source>
        <translation>2026-11-24 / 令和8年11月24日</translation>
    </message>
    <message>
        <location filename="../../forms/incident_step_dialog.ui" line="13" />
        <source>How the persons were told</source>
        <translation>How the persons were told</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_step.py" line="53" />
        <source>{step}: done on</source>
        <translation>{step}: done on</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../forms/incidents_page.ui" line="6" />
        <source>Leaks, losses and damage (漏えい等事案)</source>
        <translation>Leaks, losses and damage (漏えい等事案)</translation>
    </message>
    <message>
        <location filename="../../forms/incidents_page.ui" line="9" />
        <source>Open incidents only</source>
        <translation>Open incidents only</translation>
    </message>
    <message>
        <location filename="../../forms/incidents_page.ui" line="22" />
        <source>A next deadline in red is due within one day or past. Reportable incidents go to the Personal Information Protection Commission: a preliminary report promptly, a final report within 30 days (60 for a possibly wrongful purpose).</source>
        <translation>A next deadline in red is due within one day or past. Reportable incidents go to the Personal Information Protection Commission: a preliminary report promptly, a final report within 30 days (60 for a possibly wrongful purpose).</translation>
    </message>
    <message>
        <location filename="../../forms/incidents_page.ui" line="25" />
        <source>New incident…</source>
        <translation>New incident…</translation>
    </message>
    <message>
        <location filename="../../forms/incidents_page.ui" line="26" />
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/incidents.py" line="35" />
        <source>{date} {step}</source>
        <translation>{date} {step}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/incidents.py" line="58" />
        <source>Due within one day or past</source>
        <translation>Due within one day or past</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/incidents.py" line="85" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/incidents.py" line="87" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/incidents.py" line="91" />
        <source>Known on</source>
        <translation>Known on</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/incidents.py" line="95" />
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/incidents.py" line="100" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/incidents.py" line="103" />
        <source>Next deadline</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/incidents.py" line="105" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/incidents.py" line="144" />
        <source>{n} incidents, {urgent} with a deadline due</source>
        <translation>{n} incidents, {urgent} with a deadline due</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/incidents.py" line="181" />
        <source>Choose an incident first.</source>
        <translation>Choose an incident first.</translation>
    </message>
</context>
<context>
    <name>InternalAuditDialog</name>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="6" />
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="222" />
        <source>Internal audit</source>
        <translation>Internal audit</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="13" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="17" />
        <source>Planned for</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="18" />
        <source>e.g. 2026-04-01 or 令和8年4月1日</source>
        <translation>e.g. 2026-04-01 or 令和8年4月1日</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="19" />
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="20" />
        <source>A person or a department</source>
        <translation>A person or a department</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="21" />
        <source>Auditor is</source>
        <translation>Auditor is</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="23" />
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="24" />
        <source>Areas, register entries, contractors</source>
        <translation>Areas, register entries, contractors</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="30" />
        <source>Save the plan</source>
        <translation>Save the plan</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="36" />
        <source>Done and findings</source>
        <translation>Done and findings</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="40" />
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="42" />
        <source>Summary of the results</source>
        <translation>Summary of the results</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="49" />
        <source>Record as done</source>
        <translation>Record as done</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="54" />
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="65" />
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="62" />
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="68" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="69" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="78" />
        <source>Corrective actions</source>
        <translation>Corrective actions</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="89" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="91" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="93" />
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="95" />
        <source>For the finding</source>
        <translation>For the finding</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="102" />
        <source>Add the action</source>
        <translation>Add the action</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="107" />
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="109" />
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="111" />
        <source>Close the action</source>
        <translation>Close the action</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="117" />
        <source>Report to the board</source>
        <translation>Report to the board</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="119" />
        <source>Once the audit is reported to the board its cycle is complete and it can no longer be changed; its corrective actions can still be recorded and closed.</source>
        <translation>Once the audit is reported to the board its cycle is complete and it can no longer be changed; its corrective actions can still be recorded and closed.</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="122" />
        <source>Reported on</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="129" />
        <source>Record the report</source>
        <translation>Record the report</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="141" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="59" />
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="193" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="202" />
        <source>Plan an internal audit</source>
        <translation>Plan an internal audit</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="206" />
        <source>Save the plan first; then record the audit, its findings and actions.</source>
        <translation>Save the plan first; then record the audit, its findings and actions.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="214" />
        <source>Internal audit of {date} by {auditor}: {state}</source>
        <translation>Internal audit of {date} by {auditor}: {state}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="224" />
        <source>Nothing needs attention.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="253" />
        <source>The audit was planned.</source>
        <translation>The audit was planned.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="265" />
        <source>The plan was saved.</source>
        <translation>The plan was saved.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="278" />
        <source>The audit was recorded as done.</source>
        <translation>The audit was recorded as done.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="290" />
        <source>The finding was added.</source>
        <translation>The finding was added.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="300" />
        <source>Choose a finding first.</source>
        <translation>Choose a finding first.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="305" />
        <source>The finding was removed.</source>
        <translation>The finding was removed.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="317" />
        <source>The corrective action was added.</source>
        <translation>The corrective action was added.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="334" />
        <source>Choose a corrective action first.</source>
        <translation>Choose a corrective action first.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="339" />
        <source>The corrective action was closed.</source>
        <translation>The corrective action was closed.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="353" />
        <source>Record the report to the board?</source>
        <translation>Record the report to the board?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="354" />
        <source>The audit is then complete and can no longer be changed.</source>
        <translation>The audit is then complete and can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="364" />
        <source>The report to the board was recorded.</source>
        <translation>The report to the board was recorded.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../forms/main_window.ui" line="6" />
        <source>privacydesk — Privacy office</source>
        <translation>privacydesk — Privacy office</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="32" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="40" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="49" />
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="53" />
        <source>Change my &amp;password…</source>
        <translation>Change my &amp;password…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="56" />
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="59" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="33" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="34" />
        <source>Persons and consents</source>
        <translation>Persons and consents</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="35" />
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="36" />
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="37" />
        <source>Contractors</source>
        <translation>Contractors</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="38" />
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="39" />
        <source>Leak incidents</source>
        <translation>Leak incidents</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="40" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="41" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="42" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="43" />
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="44" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="45" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="145" />
        <source>Signed in: {user} ({role})</source>
        <translation>Signed in: {user} ({role})</translation>
    </message>
</context>
<context>
    <name>NoticeDiffDialog</name>
    <message>
        <location filename="../../forms/notice_diff_dialog.ui" line="6" />
        <source>Differences between two versions</source>
        <translation>Differences between two versions</translation>
    </message>
    <message>
        <location filename="../../forms/notice_diff_dialog.ui" line="10" />
        <source>Older version</source>
        <translation>Older version</translation>
    </message>
    <message>
        <location filename="../../forms/notice_diff_dialog.ui" line="12" />
        <source>Newer version</source>
        <translation>Newer version</translation>
    </message>
    <message>
        <location filename="../../forms/notice_diff_dialog.ui" line="26" />
        <source>+ (green): only in the newer version. − (red): only in the older version.</source>
        <translation>+ (green): only in the newer version. − (red): only in the older version.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_diff.py" line="34" />
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_diff.py" line="35" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_diff.py" line="117" />
        <source>{added} lines added, {removed} lines removed</source>
        <translation>{added} lines added, {removed} lines removed</translation>
    </message>
</context>
<context>
    <name>NoticeImportDialog</name>
    <message>
        <location filename="../../forms/notice_import_dialog.ui" line="6" />
        <source>Import a new version of the privacy notice</source>
        <translation>Import a new version of the privacy notice</translation>
    </message>
    <message>
        <location filename="../../forms/notice_import_dialog.ui" line="8" />
        <source>Choose the notice as a text file (.txt, UTF-8 or Shift_JIS) or a Word document (.docx). The new version keeps the tags of every passage of the previous version that it still contains.</source>
        <translation>Choose the notice as a text file (.txt, UTF-8 or Shift_JIS) or a Word document (.docx). The new version keeps the tags of every passage of the previous version that it still contains.</translation>
    </message>
    <message>
        <location filename="../../forms/notice_import_dialog.ui" line="11" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../forms/notice_import_dialog.ui" line="15" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../forms/notice_import_dialog.ui" line="18" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../forms/notice_import_dialog.ui" line="20" />
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <location filename="../../forms/notice_import_dialog.ui" line="21" />
        <source>e.g. 2026-04-01 or 令和8年4月1日</source>
        <translation>e.g. 2026-04-01 or 令和8年4月1日</translation>
    </message>
    <message>
        <location filename="../../forms/notice_import_dialog.ui" line="22" />
        <source>Published where</source>
        <translation>Published where</translation>
    </message>
    <message>
        <location filename="../../forms/notice_import_dialog.ui" line="23" />
        <source>e.g. the website and the office's notice board</source>
        <translation>e.g. the website and the office's notice board</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_import.py" line="69" />
        <source>Choose the privacy notice</source>
        <translation>Choose the privacy notice</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_import.py" line="71" />
        <source>Text or Word (*.txt *.docx)</source>
        <translation>Text or Word (*.txt *.docx)</translation>
    </message>
</context>
<context>
    <name>NoticeLabels</name>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_common.py" line="18" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_common.py" line="19" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_common.py" line="20" />
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_common.py" line="21" />
        <source>Purpose of use</source>
        <translation>Purpose of use</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_common.py" line="22" />
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_common.py" line="23" />
        <source>Foreign country</source>
        <translation>Foreign country</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_common.py" line="24" />
        <source>What is outsourced</source>
        <translation>What is outsourced</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_common.py" line="25" />
        <source>Security measures</source>
        <translation>Security measures</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_common.py" line="26" />
        <source>Request procedure</source>
        <translation>Request procedure</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_common.py" line="27" />
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_common.py" line="28" />
        <source>Complaints desk</source>
        <translation>Complaints desk</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_common.py" line="29" />
        <source>Accredited protection organisation</source>
        <translation>Accredited protection organisation</translation>
    </message>
</context>
<context>
    <name>OrganisationAuditsTab</name>
    <message>
        <location filename="../../forms/organisation_audits_tab.ui" line="12" />
        <source>Internal audits</source>
        <translation>Internal audits</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_audits_tab.ui" line="24" />
        <source>Plan an audit…</source>
        <translation>Plan an audit…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_audits_tab.ui" line="25" />
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_audits_tab.ui" line="26" />
        <source>Delete the plan…</source>
        <translation>Delete the plan…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_audits_tab.ui" line="33" />
        <source>Open corrective actions (audits and self-checks)</source>
        <translation>Open corrective actions (audits and self-checks)</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_audits_tab.ui" line="47" />
        <source>An internal audit a year: planned, done with findings and corrective actions, then reported to the board. Overdue corrective actions are shown in red.</source>
        <translation>An internal audit a year: planned, done with findings and corrective actions, then reported to the board. Overdue corrective actions are shown in red.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="57" />
        <source>Self-check</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="58" />
        <source>Internal audit</source>
        <translation>Internal audit</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="75" />
        <source>Planned for</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="79" />
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="83" />
        <source>Reported on</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="87" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="90" />
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="92" />
        <source>Auditor is</source>
        <translation>Auditor is</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="96" />
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="101" />
        <source>Open actions</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="106" />
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="181" />
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="186" />
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="188" />
        <source>This year's cycle: {state}. Last audit done: {last}. Next due: {due}.</source>
        <translation>This year's cycle: {state}. Last audit done: {last}. Next due: {due}.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="193" />
        <source>Nothing needs attention.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="227" />
        <source>Choose an audit first.</source>
        <translation>Choose an audit first.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="243" />
        <source>Delete the plan?</source>
        <translation>Delete the plan?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="244" />
        <source>The planned audit is deleted (it was not done).</source>
        <translation>The planned audit is deleted (it was not done).</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="253" />
        <source>The plan was deleted.</source>
        <translation>The plan was deleted.</translation>
    </message>
</context>
<context>
    <name>OrganisationNoticeTab</name>
    <message>
        <location filename="../../forms/organisation_notice_tab.ui" line="15" />
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_notice_tab.ui" line="27" />
        <source>Import a new version…</source>
        <translation>Import a new version…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_notice_tab.ui" line="28" />
        <source>Differences…</source>
        <translation>Differences…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_notice_tab.ui" line="35" />
        <source>Text: select a passage and tag it</source>
        <translation>Text: select a passage and tag it</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_notice_tab.ui" line="41" />
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="75" />
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="108" />
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_notice_tab.ui" line="43" />
        <source>Tag the selected text</source>
        <translation>Tag the selected text</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_notice_tab.ui" line="50" />
        <source>Tagged passages</source>
        <translation>Tagged passages</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_notice_tab.ui" line="62" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_notice_tab.ui" line="73" />
        <source>In the register, not in the notice</source>
        <translation>In the register, not in the notice</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_notice_tab.ui" line="85" />
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="79" />
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="112" />
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_notice_tab.ui" line="87" />
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_notice_tab.ui" line="88" />
        <source>Accept the suggestions</source>
        <translation>Accept the suggestions</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_notice_tab.ui" line="94" />
        <source>In the notice, not in the register</source>
        <translation>In the notice, not in the register</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="58" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="60" />
        <source>In force from</source>
        <translation>In force from</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="63" />
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="65" />
        <source>Published where</source>
        <translation>Published where</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="88" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="90" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="94" />
        <source>Where from</source>
        <translation>Where from</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="98" />
        <source>Best suggestion</source>
        <translation>Best suggestion</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="248" />
        <source>No version yet: import the notice as published (a .txt or .docx file).</source>
        <translation>No version yet: import the notice as published (a .txt or .docx file).</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="253" />
        <source>{title}, in force since {date}: checked below.</source>
        <translation>{title}, in force since {date}: checked below.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="257" />
        <source>{title}, in force from {date}: not the version checked below.</source>
        <translation>{title}, in force from {date}: not the version checked below.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="316" />
        <source>Consistent: the notice «{title}» mentions every item of the register ({linked} linked).</source>
        <translation>Consistent: the notice «{title}» mentions every item of the register ({linked} linked).</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="328" />
        <source>{count} discrepancies with «{title}»: {register} in the register, not in the notice; {notice} in the notice, not in the register.</source>
        <translation>{count} discrepancies with «{title}»: {register} in the register, not in the notice; {notice} in the notice, not in the register.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="427" />
        <source>The passage was tagged «{tag}».</source>
        <translation>The passage was tagged «{tag}».</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="437" />
        <source>Choose a tagged passage first.</source>
        <translation>Choose a tagged passage first.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="442" />
        <source>The tag was deleted.</source>
        <translation>The tag was deleted.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="453" />
        <source>Choose an item and the passage that mentions it.</source>
        <translation>Choose an item and the passage that mentions it.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="461" />
        <source>«{item}» was linked to the passage.</source>
        <translation>«{item}» was linked to the passage.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="475" />
        <source>{count} suggested links were accepted.</source>
        <translation>{count} suggested links were accepted.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="502" />
        <source>The version «{title}» was imported.</source>
        <translation>The version «{title}» was imported.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="514" />
        <source>There is only one version to compare.</source>
        <translation>There is only one version to compare.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../forms/organisation_page.ui" line="6" />
        <source>Organisation (組織): the privacy notice, self-check, staff and internal audits</source>
        <translation>Organisation (組織): the privacy notice, self-check, staff and internal audits</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_page.ui" line="10" />
        <source>Privacy notice</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_page.ui" line="14" />
        <source>Self-check</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_page.ui" line="18" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_page.ui" line="22" />
        <source>Internal audits</source>
        <translation>Internal audits</translation>
    </message>
</context>
<context>
    <name>OrganisationSelfCheckTab</name>
    <message>
        <location filename="../../forms/organisation_self_check_tab.ui" line="10" />
        <source>Start a self-check…</source>
        <translation>Start a self-check…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_self_check_tab.ui" line="11" />
        <source>Start with the light measures…</source>
        <translation>Start with the light measures…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_self_check_tab.ui" line="12" />
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_self_check_tab.ui" line="13" />
        <source>Discard…</source>
        <translation>Discard…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_self_check_tab.ui" line="22" />
        <source>Self-checks</source>
        <translation>Self-checks</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_self_check_tab.ui" line="35" />
        <source>Corrective actions</source>
        <translation>Corrective actions</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_self_check_tab.ui" line="47" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_self_check_tab.ui" line="49" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_self_check_tab.ui" line="51" />
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_self_check_tab.ui" line="53" />
        <source>Add to the selected check</source>
        <translation>Add to the selected check</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_self_check_tab.ui" line="58" />
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_self_check_tab.ui" line="60" />
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_self_check_tab.ui" line="62" />
        <source>Close the action</source>
        <translation>Close the action</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="34" />
        <source>Being answered</source>
        <translation>Being answered</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="56" />
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="60" />
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="64" />
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="66" />
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="68" />
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="71" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="73" />
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="77" />
        <source>From the app</source>
        <translation>From the app</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="81" />
        <source>Checklist version</source>
        <translation>Checklist version</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="85" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="204" />
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="209" />
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="213" />
        <source>Last finished: {last}. Next due: {due}.</source>
        <translation>Last finished: {last}. Next due: {due}.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="221" />
        <source>A self-check is being answered: open it to carry on.</source>
        <translation>A self-check is being answered: open it to carry on.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="229" />
        <source>Nothing needs attention.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="233" />
        <source>Persons whose data is held, as the app counts them: {n}.</source>
        <translation>Persons whose data is held, as the app counts them: {n}.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="237" />
        <source>The office may take the lighter measures of small organisations (100 staff or fewer, data of 5,000 persons or fewer, no processing for others).</source>
        <translation>The office may take the lighter measures of small organisations (100 staff or fewer, data of 5,000 persons or fewer, no processing for others).</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="244" />
        <source>The lighter measures are not open to the office:</source>
        <translation>The lighter measures are not open to the office:</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="260" />
        <source>The self-check was started.</source>
        <translation>The self-check was started.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="276" />
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="322" />
        <source>Choose a self-check first.</source>
        <translation>Choose a self-check first.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="298" />
        <source>Discard the self-check?</source>
        <translation>Discard the self-check?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="299" />
        <source>The unfinished self-check and its answers so far are thrown away.</source>
        <translation>The unfinished self-check and its answers so far are thrown away.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="309" />
        <source>The self-check was discarded.</source>
        <translation>The self-check was discarded.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="328" />
        <source>The corrective action was added.</source>
        <translation>The corrective action was added.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="344" />
        <source>Choose a corrective action first.</source>
        <translation>Choose a corrective action first.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="351" />
        <source>The corrective action was closed.</source>
        <translation>The corrective action was closed.</translation>
    </message>
</context>
<context>
    <name>OrganisationStaffTab</name>
    <message>
        <location filename="../../forms/organisation_staff_tab.ui" line="11" />
        <source>Staff, volunteers and board members who handle personal data</source>
        <translation>Staff, volunteers and board members who handle personal data</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_staff_tab.ui" line="15" />
        <source>Active only</source>
        <translation>Active only</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_staff_tab.ui" line="16" />
        <source>Needing attention only</source>
        <translation>Needing attention only</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_staff_tab.ui" line="31" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_staff_tab.ui" line="32" />
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_staff_tab.ui" line="33" />
        <source>Print the pledge for this person…</source>
        <translation>Print the pledge for this person…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_staff_tab.ui" line="34" />
        <source>Print a blank pledge…</source>
        <translation>Print a blank pledge…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_staff_tab.ui" line="41" />
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_staff_tab.ui" line="53" />
        <source>New training…</source>
        <translation>New training…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_staff_tab.ui" line="54" />
        <source>Attendance…</source>
        <translation>Attendance…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_staff_tab.ui" line="55" />
        <source>Print the attendance sheet…</source>
        <translation>Print the attendance sheet…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_staff_tab.ui" line="63" />
        <source>Everyone who handles personal data signs a confidentiality pledge and attends a training at least once a year (human security measures). Coloured rows need attention: point at a row to read why.</source>
        <translation>Everyone who handles personal data signs a confidentiality pledge and attends a training at least once a year (human security measures). Coloured rows need attention: point at a row to read why.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="72" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="74" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="77" />
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="79" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="82" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="85" />
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="88" />
        <source>Latest pledge</source>
        <translation>Latest pledge</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="92" />
        <source>Last training</source>
        <translation>Last training</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="96" />
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="106" />
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="109" />
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="111" />
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="116" />
        <source>Understanding checked</source>
        <translation>Understanding checked</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="120" />
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="206" />
        <source>{n} people, {flagged} needing attention</source>
        <translation>{n} people, {flagged} needing attention</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="250" />
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="263" />
        <source>Choose a person first.</source>
        <translation>Choose a person first.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="296" />
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="309" />
        <source>Choose a training first.</source>
        <translation>Choose a training first.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../forms/pdf_preview_dialog.ui" line="6" />
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../forms/pdf_preview_dialog.ui" line="9" />
        <source>Print at 100% (actual size): the address must show in the envelope window.</source>
        <translation>Print at 100% (actual size): the address must show in the envelope window.</translation>
    </message>
    <message>
        <location filename="../../forms/pdf_preview_dialog.ui" line="12" />
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../forms/pdf_preview_dialog.ui" line="13" />
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../forms/pdf_preview_dialog.ui" line="15" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/pdf_preview.py" line="111" />
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../forms/profile_form.ui" line="6" />
        <source>Organisation name</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="8" />
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="10" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="12" />
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="14" />
        <source>Protection manager's title</source>
        <translation>Protection manager's title</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="16" />
        <source>Protection manager's name</source>
        <translation>Protection manager's name</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="18" />
        <source>Request desk (department)</source>
        <translation>Request desk (department)</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="20" />
        <source>Desk phone</source>
        <translation>Desk phone</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="22" />
        <source>Desk fax</source>
        <translation>Desk fax</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="24" />
        <source>Desk email</source>
        <translation>Desk email</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="26" />
        <source>Request fee (yen)</source>
        <translation>Request fee (yen)</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="28" />
        <source>Accepted payment</source>
        <translation>Accepted payment</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="31" />
        <source>Postal stamps</source>
        <translation>Postal stamps</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="32" />
        <source>Postal money order</source>
        <translation>Postal money order</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="33" />
        <source>Cash at the desk</source>
        <translation>Cash at the desk</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="36" />
        <source>Keep request documents (years)</source>
        <translation>Keep request documents (years)</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../../src/privacydesk/ui/tasks.py" line="97" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../forms/register_page.ui" line="6" />
        <source>Personal-data register</source>
        <translation>Personal-data register</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="9" />
        <source>Search the register by name…</source>
        <translation>Search the register by name…</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="26" />
        <source>New entry…</source>
        <translation>New entry…</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="27" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="28" />
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="29" />
        <source>Record the yearly review…</source>
        <translation>Record the yearly review…</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="30" />
        <source>Sign off the review</source>
        <translation>Sign off the review</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="24" />
        <source>Entries in use</source>
        <translation>Entries in use</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="25" />
        <source>All entries, retired too</source>
        <translation>All entries, retired too</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="26" />
        <source>With sensitive data</source>
        <translation>With sensitive data</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="27" />
        <source>Transferred or stored abroad</source>
        <translation>Transferred or stored abroad</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="56" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="57" />
        <location filename="../../src/privacydesk/ui/pages/register.py" line="225" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="58" />
        <source>Sensitive</source>
        <translation>Sensitive</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="59" />
        <location filename="../../src/privacydesk/ui/pages/register.py" line="232" />
        <source>Abroad</source>
        <translation>Abroad</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="61" />
        <source>Persons</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="65" />
        <source>Last review</source>
        <translation>Last review</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="68" />
        <location filename="../../src/privacydesk/ui/pages/register.py" line="224" />
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="167" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="186" />
        <source>The entry was retired.</source>
        <translation>The entry was retired.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="195" />
        <source>Yearly review</source>
        <translation>Yearly review</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="196" />
        <source>What did you check, and what changed?</source>
        <translation>What did you check, and what changed?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="202" />
        <source>Review recorded; a manager signs it off.</source>
        <translation>Review recorded; a manager signs it off.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="212" />
        <source>No review of this entry awaits sign-off.</source>
        <translation>No review of this entry awaits sign-off.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="216" />
        <source>The review was signed off.</source>
        <translation>The review was signed off.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="226" />
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="227" />
        <source>Whose data</source>
        <translation>Whose data</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="228" />
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="229" />
        <source>Kept where</source>
        <translation>Kept where</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="230" />
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="231" />
        <source>Disposal</source>
        <translation>Disposal</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="233" />
        <source>Purposes of use</source>
        <translation>Purposes of use</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="234" />
        <source>Provision to third parties</source>
        <translation>Provision to third parties</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="235" />
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="236" />
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../forms/reports_page.ui" line="6" />
        <source>Reports: the board workbook</source>
        <translation>Reports: the board workbook</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="7" />
        <source>An Excel workbook for the board: whether the organisation keeps its promises, for a fiscal year or any period, beside the previous period. It lists cases by number; no data subject's name is in it unless a manager includes personal data.</source>
        <translation>An Excel workbook for the board: whether the organisation keeps its promises, for a fiscal year or any period, beside the previous period. It lists cases by number; no data subject's name is in it unless a manager includes personal data.</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="18" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="20" />
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="22" />
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="25" />
        <location filename="../../forms/reports_page.ui" line="27" />
        <source>A date as 2026-04-01, 2026/4/1 or in 和暦 (令和8年4月1日, R8.4.1)</source>
        <translation>A date as 2026-04-01, 2026/4/1 or in 和暦 (令和8年4月1日, R8.4.1)</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="25" />
        <source>e.g. 2026-04-01</source>
        <translation>e.g. 2026-04-01</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="26" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="27" />
        <source>or 令和9年3月31日</source>
        <translation>or 令和9年3月31日</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="36" />
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="107" />
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="38" />
        <source>Include personal data (names and contacts)</source>
        <translation>Include personal data (names and contacts)</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="44" />
        <source>This workbook will hold data subjects' names and addresses. It is written encrypted with the password below. Tell the recipient the password separately from the file (never in the same e-mail), and delete the file when it is no longer needed.</source>
        <translation>This workbook will hold data subjects' names and addresses. It is written encrypted with the password below. Tell the recipient the password separately from the file (never in the same e-mail), and delete the file when it is no longer needed.</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="47" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="49" />
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="61" />
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="64" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="70" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="78" />
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="90" />
        <source>Check the contents</source>
        <translation>Check the contents</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="95" />
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="97" />
        <source>The workbook also has 概要 (these figures) and グラフ (charts). The sheets with names and contacts are added only when a manager includes personal data, and then only in an encrypted workbook.</source>
        <translation>The workbook also has 概要 (these figures) and グラフ (charts). The sheets with names and contacts are added only when a manager includes personal data, and then only in an encrypted workbook.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="67" />
        <source>Before exporting, see the figures and sheets the workbook will hold.</source>
        <translation>Before exporting, see the figures and sheets the workbook will hold.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="85" />
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="86" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="87" />
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="89" />
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="92" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="99" />
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="100" />
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="102" />
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="109" />
        <source>Yes (encrypted only)</source>
        <translation>Yes (encrypted only)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="221" />
        <source>Adds sheets with data subjects' names and the addresses on their requests; the workbook is then written encrypted with a password.</source>
        <translation>Adds sheets with data subjects' names and the addresses on their requests; the workbook is then written encrypted with a password.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="226" />
        <source>Only a manager may include personal data. Without it the workbook lists cases by number, with no names.</source>
        <translation>Only a manager may include personal data. Without it the workbook lists cases by number, with no names.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="232" />
        <source>A viewer may check the contents but not export the workbook.</source>
        <translation>A viewer may check the contents but not export the workbook.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="288" />
        <source>From {start} to {end}</source>
        <translation>From {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="297" />
        <source>board_report_FY{year}.xlsx</source>
        <translation>board_report_FY{year}.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="303" />
        <source>board_report.xlsx</source>
        <translation>board_report.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="304" />
        <source>board_report_{start}_{end}.xlsx</source>
        <translation>board_report_{start}_{end}.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="323" />
        <source>Save the board workbook</source>
        <translation>Save the board workbook</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="325" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="379" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="406" />
        <source>This period {start} to {end}; previous period {pstart} to {pend}.</source>
        <translation>This period {start} to {end}; previous period {pstart} to {pend}.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="437" />
        <source>Replace the file?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="438" />
        <source>{path} already exists. Replace it?</source>
        <translation>{path} already exists. Replace it?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="453" />
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="471" />
        <source>Wrote {path}.</source>
        <translation>Wrote {path}.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="474" />
        <source>It is encrypted: it opens only with the password you set.</source>
        <translation>It is encrypted: it opens only with the password you set.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="480" />
        <source>It is not encrypted (it holds no data subject's name).</source>
        <translation>It is not encrypted (it holds no data subject's name).</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../forms/request_dialog.ui" line="6" />
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="13" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="18" />
        <source>Protected person (所在秘匿)</source>
        <translation>Protected person (所在秘匿)</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="23" />
        <source>Approve (managers)</source>
        <translation>Approve (managers)</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="28" />
        <source>How decision letters go</source>
        <translation>How decision letters go</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="30" />
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="32" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="39" />
        <source>Save the delivery (managers)</source>
        <translation>Save the delivery (managers)</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="47" />
        <source>Who receives the decision letters</source>
        <translation>Who receives the decision letters</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="51" />
        <source>Send decisions</source>
        <translation>Send decisions</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="53" />
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="60" />
        <source>Save the routing</source>
        <translation>Save the routing</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="69" />
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="303" />
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="71" />
        <source>Documents received</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="75" />
        <source>Whose document</source>
        <translation>Whose document</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="76" />
        <source>Kind of document</source>
        <translation>Kind of document</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="77" />
        <location filename="../../forms/request_dialog.ui" line="128" />
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="78" />
        <source>Issued on (certificates)</source>
        <translation>Issued on (certificates)</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="79" />
        <location filename="../../forms/request_dialog.ui" line="181" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="80" />
        <location filename="../../forms/request_dialog.ui" line="182" />
        <source>Remove the selected</source>
        <translation>Remove the selected</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="86" />
        <source>Result of the check</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="88" />
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="91" />
        <source>Postal code the documents show</source>
        <translation>Postal code the documents show</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="93" />
        <source>Address the documents show</source>
        <translation>Address the documents show</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="95" />
        <source>Same as the register</source>
        <translation>Same as the register</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="99" />
        <source>Documents missing</source>
        <translation>Documents missing</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="103" />
        <source>To be sent by</source>
        <translation>To be sent by</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="109" />
        <source>Record the result</source>
        <translation>Record the result</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="111" />
        <source>Date passed: refuse (不開示等)</source>
        <translation>Date passed: refuse (不開示等)</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="120" />
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="124" />
        <location filename="../../forms/request_dialog.ui" line="146" />
        <source>Fee asked</source>
        <translation>Fee asked</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="126" />
        <source>Received so far (total)</source>
        <translation>Received so far (total)</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="127" />
        <location filename="../../forms/request_dialog.ui" line="147" />
        <source> yen</source>
        <translation> yen</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="130" />
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="132" />
        <source>The rest to be paid by (when short)</source>
        <translation>The rest to be paid by (when short)</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="138" />
        <source>Record the fee</source>
        <translation>Record the fee</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="144" />
        <source>Change the fee asked</source>
        <translation>Change the fee asked</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="148" />
        <source>Change the fee</source>
        <translation>Change the fee</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="157" />
        <source>What is disclosed</source>
        <translation>What is disclosed</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="162" />
        <source>Import the data for the selected entry (CSV or Excel)…</source>
        <translation>Import the data for the selected entry (CSV or Excel)…</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="163" />
        <source>Change the register entries…</source>
        <translation>Change the register entries…</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="167" />
        <source>Enclosed as they are (copies of documents; describe them)</source>
        <translation>Enclosed as they are (copies of documents; describe them)</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="171" />
        <source>Save the enclosure</source>
        <translation>Save the enclosure</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="175" />
        <source>Withheld from the selected entry (partial disclosure), each with its ground</source>
        <translation>Withheld from the selected entry (partial disclosure), each with its ground</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="179" />
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="70" />
        <source>Item withheld</source>
        <translation>Item withheld</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="188" />
        <location filename="../../forms/request_dialog.ui" line="197" />
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="94" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="193" />
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="275" />
        <source>Decision on the selected type</source>
        <translation>Decision on the selected type</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="199" />
        <source>Grounds</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="201" />
        <source>Reason (explained to the person)</source>
        <translation>Reason (explained to the person)</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="203" />
        <source>What changed, or the measures taken</source>
        <translation>What changed, or the measures taken</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="205" />
        <source>Method of disclosure</source>
        <translation>Method of disclosure</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="207" />
        <source>Why another method than asked</source>
        <translation>Why another method than asked</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="209" />
        <source>Disclose sensitive data (要配慮個人情報) too</source>
        <translation>Disclose sensitive data (要配慮個人情報) too</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="215" />
        <source>Record the decision</source>
        <translation>Record the decision</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="216" />
        <source>Clear the decision</source>
        <translation>Clear the decision</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="226" />
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="230" />
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="72" />
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="237" />
        <source>Issue…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="238" />
        <source>Disclose as an electronic record…</source>
        <translation>Disclose as an electronic record…</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="242" />
        <source>Letters issued</source>
        <translation>Letters issued</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="247" />
        <source>Mailing</source>
        <translation>Mailing</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="252" />
        <source>Record a mailing</source>
        <translation>Record a mailing</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="256" />
        <source>What was sent</source>
        <translation>What was sent</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="258" />
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="50" />
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="260" />
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="53" />
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="262" />
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="42" />
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="268" />
        <source>Record the mailing</source>
        <translation>Record the mailing</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="277" />
        <source>What became of the selected mailing</source>
        <translation>What became of the selected mailing</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="280" />
        <source>On (date)</source>
        <translation>On (date)</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="281" />
        <source>Note (宛所不明 …)</source>
        <translation>Note (宛所不明 …)</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="282" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="293" />
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="294" />
        <source>Close as done</source>
        <translation>Close as done</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="296" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="115" />
        <source>【whereabouts protected】</source>
        <translation>【whereabouts protected】</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="117" />
        <source>Request {number}</source>
        <translation>Request {number}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="119" />
        <source>{state} — next: {next}</source>
        <translation>{state} — next: {next}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="126" />
        <source>No manager's approval is needed for this request.</source>
        <translation>No manager's approval is needed for this request.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="130" />
        <source>A manager has approved this request.</source>
        <translation>A manager has approved this request.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="132" />
        <source>A manager must approve before anything is sent.</source>
        <translation>A manager must approve before anything is sent.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="169" />
        <source>Approved.</source>
        <translation>Approved.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="182" />
        <source>The delivery was saved.</source>
        <translation>The delivery was saved.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="196" />
        <source>The routing was saved.</source>
        <translation>The routing was saved.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="206" />
        <source>Withdraw the request</source>
        <translation>Withdraw the request</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="207" />
        <source>Why is the request closed as withdrawn?</source>
        <translation>Why is the request closed as withdrawn?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="217" />
        <source>The request was closed as withdrawn.</source>
        <translation>The request was closed as withdrawn.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="224" />
        <source>Close the request?</source>
        <translation>Close the request?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="225" />
        <source>The hold on the person is released and the password of an electronic disclosure is forgotten. The letters are kept for the retention years.</source>
        <translation>The hold on the person is released and the password of an electronic disclosure is forgotten. The letters are kept for the retention years.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="235" />
        <source>The request was closed.</source>
        <translation>The request was closed.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="269" />
        <source> (by {date})</source>
        <translation> (by {date})</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="272" />
        <source>{received} of {due}</source>
        <translation>{received} of {due}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="277" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="280" />
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="54" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="281" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="282" />
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="45" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="284" />
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="287" />
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="289" />
        <source>The person may sue from (Art. 39)</source>
        <translation>The person may sue from (Art. 39)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="292" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="293" />
        <source>Made by</source>
        <translation>Made by</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="294" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="296" />
        <source>Address on the request</source>
        <translation>Address on the request</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="300" />
        <source>Language for letters</source>
        <translation>Language for letters</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="304" />
        <source>Fee received</source>
        <translation>Fee received</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="306" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="309" />
        <source>What is asked</source>
        <translation>What is asked</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="28" />
        <source>{name} ({rows} rows)</source>
        <translation>{name} ({rows} rows)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="48" />
        <source>Register entry</source>
        <translation>Register entry</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="50" />
        <source>Data imported</source>
        <translation>Data imported</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="52" />
        <source>Enclosure</source>
        <translation>Enclosure</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="56" />
        <source>Withheld</source>
        <translation>Withheld</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="72" />
        <source>Ground</source>
        <translation>Ground</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="84" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="88" />
        <source>Method asked</source>
        <translation>Method asked</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="98" />
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="101" />
        <source>What exactly</source>
        <translation>What exactly</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="178" />
        <source>Choose a register entry first.</source>
        <translation>Choose a register entry first.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="189" />
        <source>The data held on the person</source>
        <translation>The data held on the person</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="191" />
        <source>CSV or Excel (*.csv *.xlsx)</source>
        <translation>CSV or Excel (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="199" />
        <source>The data was imported.</source>
        <translation>The data was imported.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="216" />
        <source>The register entries were changed.</source>
        <translation>The register entries were changed.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="227" />
        <source>The enclosure was saved.</source>
        <translation>The enclosure was saved.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="246" />
        <source>The withheld item was added.</source>
        <translation>The withheld item was added.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="255" />
        <source>Choose a withheld item first.</source>
        <translation>Choose a withheld item first.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="259" />
        <source>The withheld item was removed.</source>
        <translation>The withheld item was removed.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="271" />
        <source>Decision on: {type}</source>
        <translation>Decision on: {type}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="301" />
        <source>Choose a type of request first.</source>
        <translation>Choose a type of request first.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="315" />
        <source>The decision was recorded.</source>
        <translation>The decision was recorded.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="335" />
        <source>The decision was cleared.</source>
        <translation>The decision was cleared.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="37" />
        <source>Whose</source>
        <translation>Whose</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="41" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="49" />
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="75" />
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="52" />
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="55" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="132" />
        <source>Possibly missing: {items}</source>
        <translation>Possibly missing: {items}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="136" />
        <source>The documents listed seem to be enough.</source>
        <translation>The documents listed seem to be enough.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="155" />
        <source>Protected: shown to managers only</source>
        <translation>Protected: shown to managers only</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="188" />
        <source>The document was added.</source>
        <translation>The document was added.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="201" />
        <source>Choose a document first.</source>
        <translation>Choose a document first.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="205" />
        <source>The document was removed.</source>
        <translation>The document was removed.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="226" />
        <source>The result of the identity check was recorded.</source>
        <translation>The result of the identity check was recorded.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="240" />
        <source>Refuse for want of documents?</source>
        <translation>Refuse for want of documents?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="241" />
        <source>The documents did not arrive by the date given. Every type not yet decided is refused on procedural grounds; the decision letters follow.</source>
        <translation>The documents did not arrive by the date given. Every type not yet decided is refused on procedural grounds; the decision letters follow.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="251" />
        <source>Recorded as refused: identity not confirmed.</source>
        <translation>Recorded as refused: identity not confirmed.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="266" />
        <source>The fee was recorded.</source>
        <translation>The fee was recorded.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="281" />
        <source>The fee asked was changed.</source>
        <translation>The fee asked was changed.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="44" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="47" />
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="70" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="48" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="155" />
        <source>Your role can read the letters but not issue them.</source>
        <translation>Your role can read the letters but not issue them.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="165" />
        <source>This letter can be issued now.</source>
        <translation>This letter can be issued now.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="178" />
        <source>The letter was issued.</source>
        <translation>The letter was issued.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="205" />
        <source>Save the protected disclosure file</source>
        <translation>Save the protected disclosure file</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="215" />
        <source>The password-protected file was saved. Send the password separately (the password notice).</source>
        <translation>The password-protected file was saved. Send the password separately (the password notice).</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="240" />
        <source>The mailing was recorded.</source>
        <translation>The mailing was recorded.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="255" />
        <source>Choose a mailing first.</source>
        <translation>Choose a mailing first.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="266" />
        <source>Recorded.</source>
        <translation>Recorded.</translation>
    </message>
</context>
<context>
    <name>RequestEntriesDialog</name>
    <message>
        <location filename="../../forms/request_entries_dialog.ui" line="6" />
        <source>Register entries the request covers</source>
        <translation>Register entries the request covers</translation>
    </message>
    <message>
        <location filename="../../forms/request_entries_dialog.ui" line="8" />
        <source>Tick every register entry that may hold data on the person. An entry taken off loses what was imported or withheld for it.</source>
        <translation>Tick every register entry that may hold data on the person. An entry taken off loses what was imported or withheld for it.</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="20" />
        <source>Notification of the purpose of use</source>
        <translation>Notification of the purpose of use</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="21" />
        <source>Disclosure</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="22" />
        <source>Disclosure of the records of provision</source>
        <translation>Disclosure of the records of provision</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="25" />
        <source>Correction, addition or deletion</source>
        <translation>Correction, addition or deletion</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="26" />
        <source>Suspension of use or erasure</source>
        <translation>Suspension of use or erasure</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="27" />
        <source>Stop of provision to third parties</source>
        <translation>Stop of provision to third parties</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="30" />
        <source>On paper</source>
        <translation>On paper</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="31" />
        <source>Electronic record</source>
        <translation>Electronic record</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="33" />
        <source>As asked</source>
        <translation>As asked</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="35" />
        <source>The person</source>
        <translation>The person</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="36" />
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="37" />
        <source>Appointed agent</source>
        <translation>Appointed agent</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="40" />
        <source>Awaiting identity check</source>
        <translation>Awaiting identity check</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="41" />
        <source>Awaiting the fee</source>
        <translation>Awaiting the fee</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="42" />
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="43" />
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="44" />
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="45" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="46" />
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="49" />
        <source>awaiting identity documents</source>
        <translation>awaiting identity documents</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="50" />
        <source>awaiting the fee</source>
        <translation>awaiting the fee</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="53" />
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="145" />
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="54" />
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="55" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="56" />
        <source>At the desk</source>
        <translation>At the desk</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="59" />
        <source>The office's request form</source>
        <translation>The office's request form</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="60" />
        <source>The person's own letter</source>
        <translation>The person's own letter</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="63" />
        <source>Disclose in full</source>
        <translation>Disclose in full</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="64" />
        <source>Disclose in part</source>
        <translation>Disclose in part</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="65" />
        <source>Not disclosed</source>
        <translation>Not disclosed</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="66" />
        <source>No such data</source>
        <translation>No such data</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="67" />
        <source>Done as asked</source>
        <translation>Done as asked</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="68" />
        <source>Done in part</source>
        <translation>Done in part</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="69" />
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="70" />
        <source>An alternative measure</source>
        <translation>An alternative measure</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="71" />
        <source>Purpose notified</source>
        <translation>Purpose notified</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="72" />
        <source>Purpose not notified</source>
        <translation>Purpose not notified</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="75" />
        <source>Harm to the person or a third party (Art. 33(2)(i))</source>
        <translation>Harm to the person or a third party (Art. 33(2)(i))</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="78" />
        <source>Serious hindrance to the office's work (Art. 33(2)(ii))</source>
        <translation>Serious hindrance to the office's work (Art. 33(2)(ii))</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="81" />
        <source>Breach of another law (Art. 33(2)(iii))</source>
        <translation>Breach of another law (Art. 33(2)(iii))</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="82" />
        <source>Identity not confirmed</source>
        <translation>Identity not confirmed</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="83" />
        <source>The agent's authority not confirmed</source>
        <translation>The agent's authority not confirmed</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="86" />
        <source>Documents incomplete</source>
        <translation>Documents incomplete</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="87" />
        <source>Fee not paid</source>
        <translation>Fee not paid</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="88" />
        <source>Not retained personal data</source>
        <translation>Not retained personal data</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="91" />
        <source>Driving licence</source>
        <translation>Driving licence</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="92" />
        <source>Residence card or special permanent resident certificate</source>
        <translation>Residence card or special permanent resident certificate</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="95" />
        <source>My Number card (front only)</source>
        <translation>My Number card (front only)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="96" />
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="97" />
        <source>Health insurance qualification certificate (numbers masked)</source>
        <translation>Health insurance qualification certificate (numbers masked)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="100" />
        <source>Copy of the resident record</source>
        <translation>Copy of the resident record</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="101" />
        <source>Family register certificate</source>
        <translation>Family register certificate</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="102" />
        <source>Certificate of registered matters</source>
        <translation>Certificate of registered matters</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="103" />
        <source>Power of attorney</source>
        <translation>Power of attorney</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="104" />
        <source>Seal registration certificate</source>
        <translation>Seal registration certificate</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="105" />
        <source>Signature certificate</source>
        <translation>Signature certificate</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="106" />
        <source>Copy of the person's ID</source>
        <translation>Copy of the person's ID</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="107" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="110" />
        <source>The person's</source>
        <translation>The person's</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="111" />
        <source>The agent's</source>
        <translation>The agent's</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="112" />
        <source>Proof of authority</source>
        <translation>Proof of authority</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="115" />
        <source>The person's identity document</source>
        <translation>The person's identity document</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="116" />
        <source>Proof of the current address</source>
        <translation>Proof of the current address</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="117" />
        <source>The agent's identity document</source>
        <translation>The agent's identity document</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="118" />
        <source>Proof of legal representation</source>
        <translation>Proof of legal representation</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="119" />
        <source>Power of attorney signed by the person</source>
        <translation>Power of attorney signed by the person</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="122" />
        <source>Seal or signature certificate, or a copy of the person's ID</source>
        <translation>Seal or signature certificate, or a copy of the person's ID</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="125" />
        <source>A recent enough certificate</source>
        <translation>A recent enough certificate</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="128" />
        <source>Ordinary post</source>
        <translation>Ordinary post</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="129" />
        <source>Specified record post</source>
        <translation>Specified record post</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="130" />
        <source>Simple registered post</source>
        <translation>Simple registered post</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="131" />
        <source>Restricted delivery (to the addressee only)</source>
        <translation>Restricted delivery (to the addressee only)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="134" />
        <source>Handed over at the desk</source>
        <translation>Handed over at the desk</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="135" />
        <source>Electronic file</source>
        <translation>Electronic file</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="138" />
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="139" />
        <source>Returned undelivered</source>
        <translation>Returned undelivered</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="140" />
        <source>Misdelivered</source>
        <translation>Misdelivered</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="143" />
        <source>Collection at the desk</source>
        <translation>Collection at the desk</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="144" />
        <source>Restricted delivery post</source>
        <translation>Restricted delivery post</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="148" />
        <source>As usual</source>
        <translation>As usual</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="149" />
        <source>To the person</source>
        <translation>To the person</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="150" />
        <source>To the requester (the agent)</source>
        <translation>To the requester (the agent)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="153" />
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="154" />
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="155" />
        <source>Documents missing</source>
        <translation>Documents missing</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="158" />
        <source>Not compared</source>
        <translation>Not compared</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="159" />
        <source>Yes, the same</source>
        <translation>Yes, the same</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="160" />
        <source>No, it differs</source>
        <translation>No, it differs</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="163" />
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="164" />
        <source>Postal stamps</source>
        <translation>Postal stamps</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="165" />
        <source>Fixed-amount money order</source>
        <translation>Fixed-amount money order</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="166" />
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="169" />
        <source>Withdrawn by the requester</source>
        <translation>Withdrawn by the requester</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="170" />
        <source>Fee not paid by the date given</source>
        <translation>Fee not paid by the date given</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="171" />
        <source>Identity documents not sent by the date given</source>
        <translation>Identity documents not sent by the date given</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="176" />
        <source>Acknowledgement of receipt</source>
        <translation>Acknowledgement of receipt</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="177" />
        <source>Request for identity documents</source>
        <translation>Request for identity documents</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="178" />
        <source>Notice of a fee shortfall</source>
        <translation>Notice of a fee shortfall</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="179" />
        <source>Notice of withdrawal</source>
        <translation>Notice of withdrawal</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="180" />
        <source>Decision to disclose</source>
        <translation>Decision to disclose</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="181" />
        <source>Decision not to disclose</source>
        <translation>Decision not to disclose</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="182" />
        <source>Result of the correction request</source>
        <translation>Result of the correction request</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="183" />
        <source>Result of the suspension request</source>
        <translation>Result of the suspension request</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="184" />
        <source>Notice of the purposes of use</source>
        <translation>Notice of the purposes of use</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="185" />
        <source>Decision not to notify the purposes</source>
        <translation>Decision not to notify the purposes</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="188" />
        <source>Notice of another disclosure method</source>
        <translation>Notice of another disclosure method</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="189" />
        <source>Password notice</source>
        <translation>Password notice</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="190" />
        <source>Disclosure file (electronic record)</source>
        <translation>Disclosure file (electronic record)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="222" />
        <source>Stopped since {date} ({why})</source>
        <translation>Stopped since {date} ({why})</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="229" />
        <source>{amount} yen</source>
        <translation>{amount} yen</translation>
    </message>
</context>
<context>
    <name>RequestMailingLogDialog</name>
    <message>
        <location filename="../../forms/request_mailing_log_dialog.ui" line="6" />
        <source>Mailing log (発送簿)</source>
        <translation>Mailing log (発送簿)</translation>
    </message>
    <message>
        <location filename="../../forms/request_mailing_log_dialog.ui" line="8" />
        <source>Every letter sent for a request, newest first. Mail that came back undelivered reopens its request.</source>
        <translation>Every letter sent for a request, newest first. Mail that came back undelivered reopens its request.</translation>
    </message>
    <message>
        <location filename="../../forms/request_mailing_log_dialog.ui" line="14" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_mailing_log.py" line="46" />
        <source>{n} mailings</source>
        <translation>{n} mailings</translation>
    </message>
</context>
<context>
    <name>RequestReceiveDialog</name>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="6" />
        <source>New request</source>
        <translation>New request</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="12" />
        <source>Date received</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="13" />
        <source>2026-11-23 / 令和8年11月23日</source>
        <translation>2026-11-23 / 令和8年11月23日</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="14" />
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="16" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="18" />
        <source>Made by</source>
        <translation>Made by</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="20" />
        <source>Agent's name</source>
        <translation>Agent's name</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="22" />
        <source>Honorific on letters</source>
        <translation>Honorific on letters</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="24" />
        <source>Relation to the person</source>
        <translation>Relation to the person</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="25" />
        <source>親権者, 成年後見人, 弁護士 …</source>
        <translation>親権者, 成年後見人, 弁護士 …</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="26" />
        <source>Postal code on the request</source>
        <translation>Postal code on the request</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="28" />
        <source>Address on the request</source>
        <translation>Address on the request</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="29" />
        <source>Empty for the person's own request: the address in the register</source>
        <translation>Empty for the person's own request: the address in the register</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="30" />
        <source>Language for letters</source>
        <translation>Language for letters</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="32" />
        <source>Notes (never a My Number)</source>
        <translation>Notes (never a My Number)</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="40" />
        <source>Person (本人)</source>
        <translation>Person (本人)</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="44" />
        <source>Name, reading or member number…</source>
        <translation>Name, reading or member number…</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="45" />
        <source>Register a new person…</source>
        <translation>Register a new person…</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="55" />
        <source>What is asked (tick each)</source>
        <translation>What is asked (tick each)</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="61" />
        <source>Register entries concerned</source>
        <translation>Register entries concerned</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_receive.py" line="53" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_receive.py" line="54" />
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_receive.py" line="56" />
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_receive.py" line="59" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_receive.py" line="61" />
        <source>Protected</source>
        <translation>Protected</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_receive.py" line="144" />
        <source>What exactly (optional)</source>
        <translation>What exactly (optional)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_receive.py" line="178" />
        <source>Chosen: {name} {born}</source>
        <translation>Chosen: {name} {born}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_receive.py" line="245" />
        <source>Discard the request?</source>
        <translation>Discard the request?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_receive.py" line="246" />
        <source>What you typed will not be saved.</source>
        <translation>What you typed will not be saved.</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../forms/requests_page.ui" line="6" />
        <source>Requests from persons (開示等の請求)</source>
        <translation>Requests from persons (開示等の請求)</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="9" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="23" />
        <source>Rows in red are past their target date. ● marks a person whose whereabouts are protected (所在秘匿).</source>
        <translation>Rows in red are past their target date. ● marks a person whose whereabouts are protected (所在秘匿).</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="26" />
        <source>New request…</source>
        <translation>New request…</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="27" />
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="28" />
        <source>Mailing log…</source>
        <translation>Mailing log…</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="30" />
        <source>Dispose of requests past retention…</source>
        <translation>Dispose of requests past retention…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="29" />
        <source>Open requests</source>
        <translation>Open requests</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="30" />
        <source>All requests, closed too</source>
        <translation>All requests, closed too</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="60" />
        <source>Past the target date</source>
        <translation>Past the target date</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="62" />
        <source>Whereabouts protected (所在秘匿)</source>
        <translation>Whereabouts protected (所在秘匿)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="75" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="77" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="81" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="84" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="86" />
        <source>Made by</source>
        <translation>Made by</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="90" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="93" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="95" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="140" />
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="149" />
        <source>{n} requests</source>
        <translation>{n} requests</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="167" />
        <source>The request was received.</source>
        <translation>The request was received.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="180" />
        <source>Choose a request first.</source>
        <translation>Choose a request first.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="211" />
        <source>No request is past its retention years.</source>
        <translation>No request is past its retention years.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="217" />
        <source>Dispose of the requests?</source>
        <translation>Dispose of the requests?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="218" />
        <source>{n} closed requests have been kept for the retention years. They are deleted with their letters and mailing log; this cannot be undone.</source>
        <translation>{n} closed requests have been kept for the retention years. They are deleted with their letters and mailing log; this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="241" />
        <source>{n} requests were disposed of.</source>
        <translation>{n} requests were disposed of.</translation>
    </message>
</context>
<context>
    <name>SelfCheckDialog</name>
    <message>
        <location filename="../../forms/self_check_dialog.ui" line="6" />
        <source>Self-check</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <location filename="../../forms/self_check_dialog.ui" line="12" />
        <source>Previous category (PageUp or Ctrl+Left)</source>
        <translation>Previous category (PageUp or Ctrl+Left)</translation>
    </message>
    <message>
        <location filename="../../forms/self_check_dialog.ui" line="15" />
        <source>Next category (PageDown or Ctrl+Right)</source>
        <translation>Next category (PageDown or Ctrl+Right)</translation>
    </message>
    <message>
        <location filename="../../forms/self_check_dialog.ui" line="30" />
        <source>Keys: 1 or Y = yes (適合), 2 or N = no (不適合), 3 or A = not applicable (該当なし), then on to the next question; Delete = clear; ↑↓ move; Tab to the comment, Enter back; PageDown / PageUp (or Ctrl+→ / Ctrl+←) for the next or previous category. Answers marked “From the app” were given by privacydesk from what it knows, with the evidence shown; change them if they are wrong. Every answer is saved at once.</source>
        <translation>Keys: 1 or Y = yes (適合), 2 or N = no (不適合), 3 or A = not applicable (該当なし), then on to the next question; Delete = clear; ↑↓ move; Tab to the comment, Enter back; PageDown / PageUp (or Ctrl+→ / Ctrl+←) for the next or previous category. Answers marked “From the app” were given by privacydesk from what it knows, with the evidence shown; change them if they are wrong. Every answer is saved at once.</translation>
    </message>
    <message>
        <location filename="../../forms/self_check_dialog.ui" line="33" />
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../forms/self_check_dialog.ui" line="35" />
        <source>Evidence seen</source>
        <translation>Evidence seen</translation>
    </message>
    <message>
        <location filename="../../forms/self_check_dialog.ui" line="43" />
        <source>Finish…</source>
        <translation>Finish…</translation>
    </message>
    <message>
        <location filename="../../forms/self_check_dialog.ui" line="44" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="40" />
        <source>Yes {yes} · No {no} · Not applicable {na} · Open {open}</source>
        <translation>Yes {yes} · No {no} · Not applicable {na} · Open {open}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="70" />
        <source>Left out (light measures)</source>
        <translation>Left out (light measures)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="71" />
        <source>From the app</source>
        <translation>From the app</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="86" />
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="87" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="88" />
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="89" />
        <source>Answered by</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="90" />
        <source>Comment and evidence</source>
        <translation>Comment and evidence</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="183" />
        <source>Self-check of security measures (light measures)</source>
        <translation>Self-check of security measures (light measures)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="185" />
        <source>Self-check of security measures</source>
        <translation>Self-check of security measures</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="188" />
        <source>{kind} (checklist version {version})</source>
        <translation>{kind} (checklist version {version})</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="194" />
        <source>Finished on {date}: {result}. The answers can no longer change.</source>
        <translation>Finished on {date}: {result}. The answers can no longer change.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="200" />
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="253" />
        <source>Read only: your role cannot answer the self-check.</source>
        <translation>Read only: your role cannot answer the self-check.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="204" />
        <source>Started on {date}. {prefilled} answers were given by the app: check them.</source>
        <translation>Started on {date}. {prefilled} answers were given by the app: check them.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="43" />
        <source>Answered {answered} of {total}</source>
        <translation>Answered {answered} of {total}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="44" />
        <source>This is the last category. Finish… records the result.</source>
        <translation>This is the last category. Finish… records the result.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="223" />
        <source>Left out: the office chose the light measures, so this question is not asked.</source>
        <translation>Left out: the office chose the light measures, so this question is not asked.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="228" />
        <source>From the app: {evidence}</source>
        <translation>From the app: {evidence}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="232" />
        <source>The app could not answer this one: {evidence}</source>
        <translation>The app could not answer this one: {evidence}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="47" />
        <source>Saved ({time}).</source>
        <translation>Saved ({time}).</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="265" />
        <source>The self-check was finished.</source>
        <translation>The self-check was finished.</translation>
    </message>
</context>
<context>
    <name>SelfCheckFinishDialog</name>
    <message>
        <location filename="../../forms/self_check_finish_dialog.ui" line="6" />
        <source>Finish the self-check</source>
        <translation>Finish the self-check</translation>
    </message>
    <message>
        <location filename="../../forms/self_check_finish_dialog.ui" line="11" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../forms/self_check_finish_dialog.ui" line="13" />
        <source>What is missing and what will be done</source>
        <translation>What is missing and what will be done</translation>
    </message>
    <message>
        <location filename="../../forms/self_check_finish_dialog.ui" line="15" />
        <source>Finished on</source>
        <translation>Finished on</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../forms/settings_page.ui" line="6" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="10" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="16" />
        <source>Save the organisation details</source>
        <translation>Save the organisation details</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="22" />
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="26" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="28" />
        <source>Lock after idle minutes</source>
        <translation>Lock after idle minutes</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="30" />
        <location filename="../../src/privacydesk/ui/pages/settings.py" line="70" />
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="34" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="37" />
        <source>Backups kept</source>
        <translation>Backups kept</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="39" />
        <source>Back up when closing</source>
        <translation>Back up when closing</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="47" />
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="53" />
        <source>Document templates</source>
        <translation>Document templates</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="64" />
        <source>Edit the wording. {name} is filled in from the record; {*name} on its own line becomes the numbered items. See the list of placeholders in the manual.</source>
        <translation>Edit the wording. {name} is filled in from the record; {*name} on its own line becomes the numbered items. See the list of placeholders in the manual.</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="68" />
        <source>Preview with sample data…</source>
        <translation>Preview with sample data…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="69" />
        <source>Restore the default</source>
        <translation>Restore the default</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="71" />
        <source>Save the template</source>
        <translation>Save the template</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="79" />
        <source>Envelopes and forms</source>
        <translation>Envelopes and forms</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="81" />
        <source>Letters are addressed for a window envelope (長形3号). Print the test page at 100%, fold it in three, put it in your envelope, and adjust these values until the grey area shows in the window. All values in millimetres.</source>
        <translation>Letters are addressed for a window envelope (長形3号). Print the test page at 100%, fold it in three, put it in your envelope, and adjust these values until the grey area shows in the window. All values in millimetres.</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="84" />
        <source>Window from the left</source>
        <translation>Window from the left</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="86" />
        <source>Window from the top</source>
        <translation>Window from the top</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="88" />
        <source>Window width</source>
        <translation>Window width</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="90" />
        <source>Window height</source>
        <translation>Window height</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="92" />
        <source>Sheet play sideways</source>
        <translation>Sheet play sideways</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="94" />
        <source>Sheet play up and down</source>
        <translation>Sheet play up and down</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="96" />
        <source>Official seal</source>
        <translation>Official seal</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="100" />
        <source>Identity documents accepted (one per line; the request form lists them)</source>
        <translation>Identity documents accepted (one per line; the request form lists them)</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="104" />
        <source>Envelope test page…</source>
        <translation>Envelope test page…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="105" />
        <source>Blank request form…</source>
        <translation>Blank request form…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="106" />
        <source>Blank power of attorney…</source>
        <translation>Blank power of attorney…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="108" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/settings.py" line="106" />
        <location filename="../../src/privacydesk/ui/pages/templates_tab.py" line="207" />
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/templates_tab.py" line="24" />
        <source>Cover letter for the request forms</source>
        <translation>Cover letter for the request forms</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/templates_tab.py" line="25" />
        <source>Request form</source>
        <translation>Request form</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/templates_tab.py" line="26" />
        <source>Power of attorney</source>
        <translation>Power of attorney</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/templates_tab.py" line="36" />
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/templates_tab.py" line="37" />
        <source>version {n}</source>
        <translation>version {n}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/templates_tab.py" line="52" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/templates_tab.py" line="53" />
        <source>Wording</source>
        <translation>Wording</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/templates_tab.py" line="76" />
        <source>Omitted (公印省略)</source>
        <translation>Omitted (公印省略)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/templates_tab.py" line="77" />
        <source>A box for the seal</source>
        <translation>A box for the seal</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/templates_tab.py" line="176" />
        <source>Saved as version {n}.</source>
        <translation>Saved as version {n}.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/templates_tab.py" line="185" />
        <source>Restore the default wording?</source>
        <translation>Restore the default wording?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/templates_tab.py" line="186" />
        <source>Your versions stay in the history; letters use the default.</source>
        <translation>Your versions stay in the history; letters use the default.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="6" />
        <source>Sign in — privacydesk</source>
        <translation>Sign in — privacydesk</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="10" />
        <source>Sign in to the privacy office</source>
        <translation>Sign in to the privacy office</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="24" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="29" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="33" />
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="37" />
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="42" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="42" />
        <source>Show what you typed (to spot Caps Lock or the input method)</source>
        <translation>Show what you typed (to spot Caps Lock or the input method)</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="56" />
        <source>Use the recovery sheet…</source>
        <translation>Use the recovery sheet…</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="57" />
        <source>Rebuild the key file from a backup…</source>
        <translation>Rebuild the key file from a backup…</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="64" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="65" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="72" />
        <source>Demo database with synthetic data. User: {user}  Password: {password}</source>
        <translation>Demo database with synthetic data. User: {user}  Password: {password}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="79" />
        <source>privacydesk is locked. You or another staff member may sign in.</source>
        <translation>privacydesk is locked. You or another staff member may sign in.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="100" />
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="114" />
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="137" />
        <source>Take over the lock?</source>
        <translation>Take over the lock?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="140" />
        <source>Take over only if that person has really stopped. This is recorded in the audit log.</source>
        <translation>Take over only if that person has really stopped. This is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="171" />
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="176" />
        <source>Recovery sheet</source>
        <translation>Recovery sheet</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="177" />
        <source>Type the recovery secret from the sheet (PD1-…):</source>
        <translation>Type the recovery secret from the sheet (PD1-…):</translation>
    </message>
</context>
<context>
    <name>StaffLabels</name>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_common.py" line="32" />
        <source>No pledge</source>
        <translation>No pledge</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_common.py" line="33" />
        <source>Training overdue</source>
        <translation>Training overdue</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_common.py" line="98" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_common.py" line="142" />
        <source>Pledge: {name}</source>
        <translation>Pledge: {name}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_common.py" line="145" />
        <source>Pledge (blank)</source>
        <translation>Pledge (blank)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_common.py" line="169" />
        <source>Attendance sheet: {topic}</source>
        <translation>Attendance sheet: {topic}</translation>
    </message>
</context>
<context>
    <name>StaffMemberDialog</name>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="6" />
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="12" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="14" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="16" />
        <source>Part in handling personal data</source>
        <translation>Part in handling personal data</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="17" />
        <source>e.g. member list, consultations desk</source>
        <translation>e.g. member list, consultations desk</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="18" />
        <source>App account</source>
        <translation>App account</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="20" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="21" />
        <source>e.g. 2026-04-01 or 令和8年4月1日</source>
        <translation>e.g. 2026-04-01 or 令和8年4月1日</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="22" />
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="23" />
        <source>Left empty while they are active</source>
        <translation>Left empty while they are active</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="24" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="30" />
        <source>Pledges (誓約書)</source>
        <translation>Pledges (誓約書)</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="41" />
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="66" />
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="43" />
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="69" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="45" />
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="71" />
        <source>Kept where</source>
        <translation>Kept where</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="47" />
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="74" />
        <source>Continues after leaving</source>
        <translation>Continues after leaving</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="52" />
        <source>Record the pledge</source>
        <translation>Record the pledge</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="53" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="62" />
        <source>Trainings attended</source>
        <translation>Trainings attended</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="78" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="79" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="84" />
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="87" />
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="89" />
        <source>Understanding checked</source>
        <translation>Understanding checked</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="199" />
        <source>New staff member</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="203" />
        <source>Save the member first; then record their pledge.</source>
        <translation>Save the member first; then record their pledge.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="210" />
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="212" />
        <source>left</source>
        <translation>left</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="216" />
        <source>Staff member: {name}</source>
        <translation>Staff member: {name}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="220" />
        <source>Nothing needs attention.</source>
        <translation>Nothing needs attention.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="230" />
        <source>The staff member was added.</source>
        <translation>The staff member was added.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="238" />
        <source>The changes were saved.</source>
        <translation>The changes were saved.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="260" />
        <source>The pledge was recorded.</source>
        <translation>The pledge was recorded.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="271" />
        <source>Choose a pledge first.</source>
        <translation>Choose a pledge first.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="276" />
        <source>Remove the pledge?</source>
        <translation>Remove the pledge?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="277" />
        <source>Only a pledge recorded by mistake should be removed: the signed paper stays the record.</source>
        <translation>Only a pledge recorded by mistake should be removed: the signed paper stays the record.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="288" />
        <source>The pledge was removed.</source>
        <translation>The pledge was removed.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../forms/staff_page.ui" line="6" />
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <location filename="../../forms/staff_page.ui" line="10" />
        <source>Add an account…</source>
        <translation>Add an account…</translation>
    </message>
    <message>
        <location filename="../../forms/staff_page.ui" line="11" />
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../forms/staff_page.ui" line="12" />
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../forms/staff_page.ui" line="13" />
        <source>Renew the database key…</source>
        <translation>Renew the database key…</translation>
    </message>
    <message>
        <location filename="../../forms/staff_page.ui" line="13" />
        <source>Re-key the database so that old copies of the key file (a former staff member's) open neither the database nor new backups</source>
        <translation>Re-key the database so that old copies of the key file (a former staff member's) open neither the database nor new backups</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="33" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="35" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="39" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="42" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="44" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="88" />
        <source>The account was added.</source>
        <translation>The account was added.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="101" />
        <source>The password was reset. Tell the person in person, not by email.</source>
        <translation>The password was reset. Tell the person in person, not by email.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="115" />
        <source>Disable the account?</source>
        <translation>Disable the account?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="116" />
        <source>{name} will no longer be able to sign in. Their past actions stay in the audit log.</source>
        <translation>{name} will no longer be able to sign in. Their past actions stay in the audit log.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="127" />
        <source>The account was disabled.</source>
        <translation>The account was disabled.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="132" />
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="154" />
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="174" />
        <source>Renew the database key?</source>
        <translation>Renew the database key?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="133" />
        <source>Re-key the database now, so that a copy of the key file that {name} may have kept opens neither the database nor new backups? It takes a few seconds and makes a backup.</source>
        <translation>Re-key the database now, so that a copy of the key file that {name} may have kept opens neither the database nor new backups? It takes a few seconds and makes a backup.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="155" />
        <source>Every remaining account keeps its password. Old copies of the key file will open neither the database nor new backups; older backups keep their own key file and still open with the recovery sheet. Other windows signed in to this database will have to sign in again.</source>
        <translation>Every remaining account keeps its password. Old copies of the key file will open neither the database nor new backups; older backups keep their own key file and still open with the recovery sheet. Other windows signed in to this database will have to sign in again.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="175" />
        <source>These accounts have not signed in since this version and cannot be carried to the new key: {names}. Renew without them? You will then reset their passwords.</source>
        <translation>These accounts have not signed in since this version and cannot be carried to the new key: {names}. Renew without them? You will then reset their passwords.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="198" />
        <source>The database key was renewed. Old copies of the key file no longer open it. A backup was made with the new key: {folder}</source>
        <translation>The database key was renewed. Old copies of the key file no longer open it. A backup was made with the new key: {folder}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="204" />
        <source>Reset the passwords of: {names}</source>
        <translation>Reset the passwords of: {names}</translation>
    </message>
</context>
<context>
    <name>StaffTrainingDialog</name>
    <message>
        <location filename="../../forms/staff_training_dialog.ui" line="6" />
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../forms/staff_training_dialog.ui" line="11" />
        <source>Held on</source>
        <translation>Held on</translation>
    </message>
    <message>
        <location filename="../../forms/staff_training_dialog.ui" line="12" />
        <source>e.g. 2026-04-01 or 令和8年4月1日</source>
        <translation>e.g. 2026-04-01 or 令和8年4月1日</translation>
    </message>
    <message>
        <location filename="../../forms/staff_training_dialog.ui" line="13" />
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../forms/staff_training_dialog.ui" line="15" />
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <location filename="../../forms/staff_training_dialog.ui" line="22" />
        <source>Save the training</source>
        <translation>Save the training</translation>
    </message>
    <message>
        <location filename="../../forms/staff_training_dialog.ui" line="27" />
        <source>Attendance: tick who attended and whose understanding was checked</source>
        <translation>Attendance: tick who attended and whose understanding was checked</translation>
    </message>
    <message>
        <location filename="../../forms/staff_training_dialog.ui" line="37" />
        <source>Save the attendance</source>
        <translation>Save the attendance</translation>
    </message>
    <message>
        <location filename="../../forms/staff_training_dialog.ui" line="38" />
        <source>Print the attendance sheet…</source>
        <translation>Print the attendance sheet…</translation>
    </message>
    <message>
        <location filename="../../forms/staff_training_dialog.ui" line="49" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_training.py" line="56" />
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_training.py" line="57" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_training.py" line="58" />
        <source>Understanding checked</source>
        <translation>Understanding checked</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_training.py" line="209" />
        <source>New training</source>
        <translation>New training</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_training.py" line="211" />
        <source>Training: {topic}</source>
        <translation>Training: {topic}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_training.py" line="271" />
        <location filename="../../src/privacydesk/ui/dialogs/staff_training.py" line="279" />
        <source>The training was saved.</source>
        <translation>The training was saved.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_training.py" line="299" />
        <source>The attendance of {count} people was saved.</source>
        <translation>The attendance of {count} people was saved.</translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="6" />
        <location filename="../../src/privacydesk/ui/dialogs/subject.py" line="43" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="11" />
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="15" />
        <source>Legal name (as on the residence card or as written)</source>
        <translation>Legal name (as on the residence card or as written)</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="17" />
        <source>Reading (フリガナ)</source>
        <translation>Reading (フリガナ)</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="19" />
        <source>Alias or 通称名</source>
        <translation>Alias or 通称名</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="21" />
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="22" />
        <source>2026-11-23 / 令和8年11月23日</source>
        <translation>2026-11-23 / 令和8年11月23日</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="23" />
        <source>Member number in the source system</source>
        <translation>Member number in the source system</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="25" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="27" />
        <source>Language for letters</source>
        <translation>Language for letters</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="29" />
        <source>Protect the whereabouts (所在秘匿)</source>
        <translation>Protect the whereabouts (所在秘匿)</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="36" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="40" />
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="42" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="44" />
        <source>Country (if abroad)</source>
        <translation>Country (if abroad)</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="46" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="48" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="55" />
        <source>Representative and notes</source>
        <translation>Representative and notes</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="59" />
        <source>Legal representative (for a minor)</source>
        <translation>Legal representative (for a minor)</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="61" />
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="63" />
        <source>Representative's contact</source>
        <translation>Representative's contact</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="65" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/subject.py" line="119" />
        <source>The same person?</source>
        <translation>The same person?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/subject.py" line="122" />
        <source>Save as a different person anyway?</source>
        <translation>Save as a different person anyway?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/subject.py" line="139" />
        <source>Discard the changes?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/subject.py" line="140" />
        <source>What you typed will not be saved.</source>
        <translation>What you typed will not be saved.</translation>
    </message>
</context>
<context>
    <name>SubjectsPage</name>
    <message>
        <location filename="../../forms/subjects_page.ui" line="6" />
        <source>Persons and consents</source>
        <translation>Persons and consents</translation>
    </message>
    <message>
        <location filename="../../forms/subjects_page.ui" line="9" />
        <source>Name, reading, alias, address, email or phone…</source>
        <translation>Name, reading, alias, address, email or phone…</translation>
    </message>
    <message>
        <location filename="../../forms/subjects_page.ui" line="24" />
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../../forms/subjects_page.ui" line="32" />
        <source>New person…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <location filename="../../forms/subjects_page.ui" line="33" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../forms/subjects_page.ui" line="34" />
        <source>Record a consent…</source>
        <translation>Record a consent…</translation>
    </message>
    <message>
        <location filename="../../forms/subjects_page.ui" line="35" />
        <source>Record a withdrawal…</source>
        <translation>Record a withdrawal…</translation>
    </message>
    <message>
        <location filename="../../forms/subjects_page.ui" line="36" />
        <source>Show sensitive information</source>
        <translation>Show sensitive information</translation>
    </message>
    <message>
        <location filename="../../forms/subjects_page.ui" line="37" />
        <source>Import from Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../forms/subjects_page.ui" line="38" />
        <source>Past retention…</source>
        <translation>Past retention…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="29" />
        <source>in force</source>
        <translation>in force</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="30" />
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="31" />
        <source>needs renewal (要再同意)</source>
        <translation>needs renewal (要再同意)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="51" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="52" />
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="290" />
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="54" />
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="292" />
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="57" />
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="296" />
        <source>Member no.</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="58" />
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="293" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="60" />
        <source>Protected</source>
        <translation>Protected</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="74" />
        <source>Consented to</source>
        <translation>Consented to</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="76" />
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="79" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="142" />
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="148" />
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="161" />
        <source>{n} persons</source>
        <translation>{n} persons</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="187" />
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="197" />
        <source>The consent was recorded.</source>
        <translation>The consent was recorded.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="203" />
        <source>Choose a consent first.</source>
        <translation>Choose a consent first.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="214" />
        <source>The withdrawal was recorded.</source>
        <translation>The withdrawal was recorded.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="233" />
        <source>No one is past retention ({held} held).</source>
        <translation>No one is past retention ({held} held).</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="241" />
        <source>Dispose of them?</source>
        <translation>Dispose of them?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="242" />
        <source>{n} persons are past the retention of every register entry holding them ({held} more are held). Delete them and their consents? Backups still hold them until they age out.</source>
        <translation>{n} persons are past the retention of every register entry holding them ({held} more are held). Delete them and their consents? Backups still hold them until they age out.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="257" />
        <source>{n} persons disposed of. Backups still hold them until they age out.</source>
        <translation>{n} persons disposed of. Backups still hold them until they age out.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="278" />
        <source>Sensitive information (viewing is recorded)</source>
        <translation>Sensitive information (viewing is recorded)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="279" />
        <source>None recorded.</source>
        <translation>None recorded.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="289" />
        <source>Whereabouts protected (所在秘匿)</source>
        <translation>Whereabouts protected (所在秘匿)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="291" />
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="294" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="295" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="297" />
        <source>Representative</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="298" />
        <source>Register entries</source>
        <translation>Register entries</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="299" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="300" />
        <source>Records of provision and receipt</source>
        <translation>Records of provision and receipt</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="6" />
        <source>Welcome to privacydesk</source>
        <translation>Welcome to privacydesk</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="20" />
        <source>privacydesk keeps the office's records in one encrypted file. Create it, and the first account: a manager, who adds the other staff later.</source>
        <translation>privacydesk keeps the office's records in one encrypted file. Create it, and the first account: a manager, who adds the other staff later.</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="26" />
        <location filename="../../src/privacydesk/ui/dialogs/welcome.py" line="87" />
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="30" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="33" />
        <source>Manager's user name</source>
        <translation>Manager's user name</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="35" />
        <source>Full name (shown in lists)</source>
        <translation>Full name (shown in lists)</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="37" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="41" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="44" />
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="46" />
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="52" />
        <source>At least 12 characters. The password is what protects the records if this computer is stolen: a few words together are easy to remember and hard to guess.</source>
        <translation>At least 12 characters. The password is what protects the records if this computer is stolen: a few words together are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="63" />
        <source>This is the recovery sheet. If every password is lost, a manager uses it to set a new one, and it opens every backup. Print it now and keep it in the office safe. It is shown only this once.</source>
        <translation>This is the recovery sheet. If every password is lost, a manager uses it to set a new one, and it opens every backup. Print it now and keep it in the office safe. It is shown only this once.</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="70" />
        <source>Print the recovery sheet…</source>
        <translation>Print the recovery sheet…</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="74" />
        <source>I have printed the sheet and will keep it in the safe</source>
        <translation>I have printed the sheet and will keep it in the safe</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="81" />
        <source>The organisation's details appear on every letter. You can change them later in Settings.</source>
        <translation>The organisation's details appear on every letter. You can change them later in Settings.</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="100" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="101" />
        <location filename="../../src/privacydesk/ui/dialogs/welcome.py" line="68" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/welcome.py" line="57" />
        <source>Step 1 of 3: the database and the manager</source>
        <translation>Step 1 of 3: the database and the manager</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/welcome.py" line="58" />
        <source>Step 2 of 3: the recovery sheet</source>
        <translation>Step 2 of 3: the recovery sheet</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/welcome.py" line="59" />
        <source>Step 3 of 3: the organisation</source>
        <translation>Step 3 of 3: the organisation</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/welcome.py" line="66" />
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/welcome.py" line="112" />
        <source>Creating the encrypted database…</source>
        <translation>Creating the encrypted database…</translation>
    </message>
</context>
</TS>