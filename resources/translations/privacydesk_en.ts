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
        <location filename="../../src/privacydesk/ui/pages/home.py" line="41" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/home.py" line="42" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/home.py" line="61" />
        <source>Hello, {name}. These need your attention:</source>
        <translation>Hello, {name}. These need your attention:</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/home.py" line="63" />
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
        <location filename="../../src/privacydesk/ui/main_window.py" line="27" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="28" />
        <source>Persons and consents</source>
        <translation>Persons and consents</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="29" />
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="30" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="31" />
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="32" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="33" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="125" />
        <source>Signed in: {user} ({role})</source>
        <translation>Signed in: {user} ({role})</translation>
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
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="57" />
        <source>Demo database with synthetic data. User: {user}  Password: {password}</source>
        <translation>Demo database with synthetic data. User: {user}  Password: {password}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="64" />
        <source>privacydesk is locked. You or another staff member may sign in.</source>
        <translation>privacydesk is locked. You or another staff member may sign in.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="85" />
        <source>Open a database</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="99" />
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="121" />
        <source>Take over the lock?</source>
        <translation>Take over the lock?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="124" />
        <source>Take over only if that person has really stopped. This is recorded in the audit log.</source>
        <translation>Take over only if that person has really stopped. This is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="141" />
        <source>Recovery sheet</source>
        <translation>Recovery sheet</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="142" />
        <source>Type the recovery secret from the sheet (PD1-…):</source>
        <translation>Type the recovery secret from the sheet (PD1-…):</translation>
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
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="87" />
        <source>The account was added.</source>
        <translation>The account was added.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="100" />
        <source>The password was reset. Tell the person in person, not by email.</source>
        <translation>The password was reset. Tell the person in person, not by email.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="112" />
        <source>Disable the account?</source>
        <translation>Disable the account?</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="113" />
        <source>{name} will no longer be able to sign in. Their past actions stay in the audit log.</source>
        <translation>{name} will no longer be able to sign in. Their past actions stay in the audit log.</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="123" />
        <source>The account was disabled.</source>
        <translation>The account was disabled.</translation>
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