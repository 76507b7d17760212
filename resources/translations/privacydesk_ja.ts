<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../forms/account_dialog.ui" line="5"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="9"/>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="11"/>
        <source>Full name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="13"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="15"/>
        <source>Current password</source>
        <translation>現在のパスワード</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="17"/>
        <source>New password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="19"/>
        <source>Password again</source>
        <translation>パスワード（確認）</translation>
    </message>
    <message>
        <location filename="../../forms/account_dialog.ui" line="21"/>
        <source>Strength</source>
        <translation>強さ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/account.py" line="49"/>
        <source>Add an account</source>
        <translation>アカウントの追加</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/account.py" line="50"/>
        <source>Reset a password</source>
        <translation>パスワードの再設定</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/account.py" line="51"/>
        <source>Change my password</source>
        <translation>自分のパスワードの変更</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/account.py" line="52"/>
        <source>New manager password</source>
        <translation>管理者の新しいパスワード</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../forms/audit_page.ui" line="6"/>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="25"/>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="10"/>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="54"/>
        <source>Who</source>
        <translation>誰が</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="12"/>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="57"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="14"/>
        <source>From</source>
        <translation>から</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="16"/>
        <source>To</source>
        <translation>まで</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="18"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="24"/>
        <source>Check the chain now</source>
        <translation>連鎖を今すぐ検査</translation>
    </message>
    <message>
        <location filename="../../forms/audit_page.ui" line="25"/>
        <source>Acknowledge the break…</source>
        <translation>破損を確認…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="19"/>
        <source>Everything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="20"/>
        <source>Sign-in and lock</source>
        <translation>サインインとロック</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="21"/>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="22"/>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="23"/>
        <source>Organisation details</source>
        <translation>組織情報</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="24"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="26"/>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="48"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="50"/>
        <source>When (UTC)</source>
        <translation>日時（UTC）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="59"/>
        <source>Record</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="63"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="89"/>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="126"/>
        <source>The audit chain was intact at the last check ({count} entries).</source>
        <translation>前回の検査で監査ログの連鎖は正常でした（{count} 件）。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="160"/>
        <source>Acknowledge the break?</source>
        <translation>破損を確認しますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/audit.py" line="161"/>
        <source>The break stays on record and every check will keep reporting it. Records become editable again.</source>
        <translation>破損の記録は残り、検査のたびに報告されます。記録は再び編集できるようになります。</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../forms/backup_page.ui" line="6"/>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location filename="../../forms/backup_page.ui" line="11"/>
        <source>Back up now</source>
        <translation>今すぐバックアップ</translation>
    </message>
    <message>
        <location filename="../../forms/backup_page.ui" line="12"/>
        <source>Restore into a new file…</source>
        <translation>新しいファイルに復元…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="20"/>
        <source>By hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="21"/>
        <source>When closing</source>
        <translation>終了時</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="22"/>
        <source>Key change</source>
        <translation>鍵の変更</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="40"/>
        <source>Made (UTC)</source>
        <translation>作成日時（UTC）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="44"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="48"/>
        <source>Audit entries</source>
        <translation>監査ログ件数</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="52"/>
        <source>Size (KB)</source>
        <translation>サイズ（KB）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="55"/>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="78"/>
        <source>Backup folder: {folder}</source>
        <translation>バックアップの保存先: {folder}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="84"/>
        <source>Last good backup: {date}</source>
        <translation>最後の正常なバックアップ: {date}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="100"/>
        <source>Backing up…</source>
        <translation>バックアップ中…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="123"/>
        <source>Choose a backup in the list first.</source>
        <translation>先に一覧からバックアップを選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="129"/>
        <source>Restore into a new file</source>
        <translation>新しいファイルに復元</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="138"/>
        <source>Restore the backup?</source>
        <translation>バックアップを復元しますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/backup.py" line="139"/>
        <source>The backup is copied to {path}. The database in use is not changed.</source>
        <translation>バックアップを {path} にコピーします。使用中のデータベースは変更しません。</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <location filename="../../forms/checklist_dialog.ui" line="6"/>
        <source>Checklists</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_dialog.ui" line="10"/>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_dialog.ui" line="15"/>
        <source>A version in use never changes: an edit makes a new draft version, which is used from when it is published. Reviews keep the version they were answered against.</source>
        <translation>公開中の版は変更されません。編集すると新しい版の下書きができ、公開した時から使われます。点検は、回答した時の版をそのまま保ちます。</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_dialog.ui" line="19"/>
        <source>Edit into a new version…</source>
        <translation>編集して新しい版を作る…</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_dialog.ui" line="20"/>
        <source>Publish…</source>
        <translation>公開…</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_dialog.ui" line="21"/>
        <source>Discard draft…</source>
        <translation>下書きを破棄…</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_dialog.ui" line="30"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="45"/>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="47"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="50"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="51"/>
        <source>Made</source>
        <translation>作成日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="53"/>
        <source>Published</source>
        <translation>公開日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="57"/>
        <source>Questions</source>
        <translation>質問数</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="73"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="75"/>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="78"/>
        <source>Code</source>
        <translation>記号</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="79"/>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="134"/>
        <source>Questions of version {version}: {title}</source>
        <translation>第{version}版の質問：{title}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="154"/>
        <source>The new version was saved as a draft. Publish it to use it in new reviews.</source>
        <translation>新しい版を下書きとして保存しました。新しい点検で使うには公開してください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="203"/>
        <source>Choose a draft first.</source>
        <translation>先に下書きの版を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="164"/>
        <source>Publish this version?</source>
        <translation>この版を公開しますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="165"/>
        <source>New reviews use version {version} from now on; the version in use until now is retired. Reviews already started keep their version.</source>
        <translation>これから始める点検は第{version}版を使います。これまで公開中だった版は廃止になります。すでに始めた点検は、その版のままです。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="171"/>
        <source>Version {version} is now in use.</source>
        <translation>第{version}版を公開しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="180"/>
        <source>Discard this draft?</source>
        <translation>この下書きを破棄しますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="181"/>
        <source>Draft version {version} is discarded. The version in use and the reviews already made stay as they are.</source>
        <translation>下書きの第 {version} 版を破棄します。公開中の版と実施済みの評価はそのまま残ります。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist.py" line="187"/>
        <source>Draft version {version} was discarded.</source>
        <translation>下書きの第 {version} 版を破棄しました。</translation>
    </message>
</context>
<context>
    <name>ChecklistEditorDialog</name>
    <message>
        <location filename="../../forms/checklist_editor_dialog.ui" line="6"/>
        <source>New version of a checklist</source>
        <translation>チェックリストの新しい版</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_editor_dialog.ui" line="10"/>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_editor_dialog.ui" line="12"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_editor_dialog.ui" line="16"/>
        <source>Double-click a cell to edit it. Questions are asked in this order, grouped by category; each needs a code of its own.</source>
        <translation>セルをダブルクリックすると編集できます。質問はこの順に、区分ごとにまとめて尋ねます。記号は質問ごとに別のものにしてください。</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_editor_dialog.ui" line="20"/>
        <source>Add a question</source>
        <translation>質問を追加</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_editor_dialog.ui" line="21"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_editor_dialog.ui" line="22"/>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <location filename="../../forms/checklist_editor_dialog.ui" line="23"/>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist_editor.py" line="44"/>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist_editor.py" line="45"/>
        <source>Code</source>
        <translation>記号</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist_editor.py" line="46"/>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/checklist_editor.py" line="244"/>
        <source>Saved as a draft.</source>
        <translation>下書きとして保存しました。</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="6"/>
        <source>Complaint</source>
        <translation>苦情</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="16"/>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="20"/>
        <source>Received at</source>
        <translation>受付日時</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="22"/>
        <source>Received by</source>
        <translation>受付経路</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="24"/>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="26"/>
        <source>Complainant</source>
        <translation>申出者</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="27"/>
        <source>Empty: anonymous</source>
        <translation>空欄なら匿名</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="28"/>
        <source>Handler</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="30"/>
        <source>Target reply date</source>
        <translation>回答目標日</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="32"/>
        <source>What was said</source>
        <translation>苦情の内容</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="34"/>
        <source>Concerns</source>
        <translation>関係する記録</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="36"/>
        <source>Change what it concerns…</source>
        <translation>関係する記録を変更…</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="42"/>
        <source>Save the details</source>
        <translation>内容を保存</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="55"/>
        <source>Timeline</source>
        <translation>経過</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="67"/>
        <source>Action on</source>
        <translation>対応日</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="69"/>
        <source>What was done (called the person, checked the records…)</source>
        <translation>行った対応（本人へ電話、記録の確認など）</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="70"/>
        <source>Add the action</source>
        <translation>対応を記録</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="78"/>
        <source>Change the status</source>
        <translation>状態の変更</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="87"/>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="393"/>
        <source>Reply given</source>
        <translation>回答の内容</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="89"/>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="388"/>
        <source>Replied on</source>
        <translation>回答日</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="91"/>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="390"/>
        <source>Replied by</source>
        <translation>回答の方法</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="103"/>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="397"/>
        <source>Closing summary</source>
        <translation>完了の要約</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="104"/>
        <source>What was found and done (needed to close; optional for a withdrawal)</source>
        <translation>判明したことと行ったこと（完了には必須、取下げでは任意）</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="110"/>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="226"/>
        <source>Start investigating</source>
        <translation>調査中にする</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="111"/>
        <source>Record the reply</source>
        <translation>回答済にする</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="112"/>
        <source>Close the complaint</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="113"/>
        <source>Mark as withdrawn</source>
        <translation>取下げにする</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="117"/>
        <source>This complaint is finished: its status no longer changes.</source>
        <translation>この苦情は完了または取下げ済みです。状態はこれ以上変わりません。</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_dialog.ui" line="129"/>
        <source>Close window</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="30"/>
        <source>Register</source>
        <translation>台帳</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="31"/>
        <source>Requests</source>
        <translation>開示等請求</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="32"/>
        <source>Contractors</source>
        <translation>委託先</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="43"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="45"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="49"/>
        <source>Who</source>
        <translation>記録者</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="220"/>
        <source>Complaint {number}</source>
        <translation>苦情 {number}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="224"/>
        <source>Back to investigating</source>
        <translation>調査中に戻す</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="233"/>
        <source>(nothing linked)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="283"/>
        <source>Nothing has changed.</source>
        <translation>変更はありません。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="288"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="308"/>
        <source>What the complaint concerns was changed.</source>
        <translation>苦情に関係する記録を変更しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="317"/>
        <source>The action was added to the timeline.</source>
        <translation>対応を経過に記録しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="348"/>
        <source>The status is now: {status}</source>
        <translation>状態を「{status}」にしました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="365"/>
        <source>Discard the changes?</source>
        <translation>変更を破棄しますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="366"/>
        <source>What you typed in the details is not saved.</source>
        <translation>内容の欄に入力したことは保存されていません。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint.py" line="395"/>
        <source>Finished on</source>
        <translation>終了日</translation>
    </message>
</context>
<context>
    <name>ComplaintLabels</name>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="27"/>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="49"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="28"/>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="50"/>
        <source>Post</source>
        <translation>郵便</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="29"/>
        <source>Fax</source>
        <translation>FAX</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="30"/>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="51"/>
        <source>Email</source>
        <translation>電子メール</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="31"/>
        <source>In person</source>
        <translation>来所</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="32"/>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="39"/>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="53"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="35"/>
        <source>Handling of data</source>
        <translation>取扱い</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="36"/>
        <source>Requests from persons</source>
        <translation>開示等の請求</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="37"/>
        <source>Staff conduct</source>
        <translation>職員の対応</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="38"/>
        <source>Security</source>
        <translation>安全管理</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="42"/>
        <source>Received</source>
        <translation>受付</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="43"/>
        <source>Investigating</source>
        <translation>調査中</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="44"/>
        <source>Answered</source>
        <translation>回答済</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="45"/>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="46"/>
        <source>Withdrawn</source>
        <translation>取下げ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="52"/>
        <source>Face to face</source>
        <translation>面談</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="57"/>
        <source>Received by</source>
        <translation>経路</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="58"/>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="59"/>
        <source>What was said</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="60"/>
        <source>Handler</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="61"/>
        <source>Complainant</source>
        <translation>申出者</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="62"/>
        <source>Target reply date</source>
        <translation>回答目標日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="63"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="64"/>
        <source>Reply given</source>
        <translation>回答の内容</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="65"/>
        <source>Replied on</source>
        <translation>回答日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="66"/>
        <source>Replied by</source>
        <translation>回答の方法</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="67"/>
        <source>Closing summary</source>
        <translation>完了の要約</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="68"/>
        <source>Finished on</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="69"/>
        <source>Register entry concerned</source>
        <translation>関係する台帳</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="70"/>
        <source>Request concerned</source>
        <translation>関係する請求</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="71"/>
        <source>Contractor concerned</source>
        <translation>関係する委託先</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="100"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="129"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="144"/>
        <source>Received: {text}</source>
        <translation>受付：{text}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="146"/>
        <source>Action: {text}</source>
        <translation>対応：{text}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="148"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="205"/>
        <source>(not decided)</source>
        <translation>（未定）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="254"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="255"/>
        <source>Reading</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="257"/>
        <source>Born</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="260"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="262"/>
        <source>Protected</source>
        <translation>所在秘匿</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="326"/>
        <source>{status}: reply by {date}</source>
        <translation>{status}（回答目標日 {date}）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_common.py" line="331"/>
        <source>Past the target date</source>
        <translation>回答目標日を過ぎています</translation>
    </message>
</context>
<context>
    <name>ComplaintLinksDialog</name>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_links.py" line="32"/>
        <source>What the complaint concerns</source>
        <translation>苦情に関係する記録</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_links.py" line="38"/>
        <source>Register entries</source>
        <translation>個人情報取扱台帳</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_links.py" line="39"/>
        <source>Requests</source>
        <translation>開示等の請求</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_links.py" line="40"/>
        <source>Contractors</source>
        <translation>委託先</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_links.py" line="55"/>
        <source>While the complaint is open, a register entry ticked here is kept from disposal, and one unticked is released from this complaint&apos;s hold.</source>
        <translation>苦情の対応中は、ここでチェックした台帳は廃棄が保留され、チェックを外した台帳はこの苦情による保留が解除されます。</translation>
    </message>
</context>
<context>
    <name>ComplaintReceiveDialog</name>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="6"/>
        <source>New complaint</source>
        <translation>苦情の受付</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="14"/>
        <source>Received at</source>
        <translation>受付日時</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="15"/>
        <source>2026-11-24 10:30</source>
        <translation>2026-11-24 10:30</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="16"/>
        <source>Received by</source>
        <translation>受付経路</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="18"/>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="24"/>
        <source>Who complained (申出者)</source>
        <translation>申出者</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="28"/>
        <source>A person in the register</source>
        <translation>登録済みの本人</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="29"/>
        <source>A name only</source>
        <translation>氏名のみ（未登録の方）</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="30"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="33"/>
        <source>Name, reading or member number… (Enter searches, ↓ goes to the results)</source>
        <translation>氏名・フリガナ・会員番号…（Enterで検索、↓で結果へ）</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="38"/>
        <source>Name as given</source>
        <translation>名乗った氏名</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="51"/>
        <source>Handler</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="53"/>
        <source>What was said</source>
        <translation>苦情の内容</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="54"/>
        <source>Never a My Number</source>
        <translation>マイナンバーは書かないでください</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="59"/>
        <source>What the complaint concerns (tick each)</source>
        <translation>関係する記録（該当するものにチェック）</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="64"/>
        <source>Register entries</source>
        <translation>台帳</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="68"/>
        <source>Requests</source>
        <translation>開示等請求</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="72"/>
        <source>Contractors</source>
        <translation>委託先</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_receive_dialog.ui" line="84"/>
        <source>Tab moves between fields; Ctrl+Enter saves.</source>
        <translation>Tabキーで項目を移動し、Ctrl+Enterで保存します。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_receive.py" line="131"/>
        <source>Chosen: {name}</source>
        <translation>選択中：{name}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_receive.py" line="183"/>
        <source>Discard the complaint?</source>
        <translation>この苦情を破棄しますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/complaint_receive.py" line="184"/>
        <source>What you typed will not be saved.</source>
        <translation>入力した内容は保存されません。</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../forms/complaints_page.ui" line="6"/>
        <source>Complaints (苦情)</source>
        <translation>苦情</translation>
    </message>
    <message>
        <location filename="../../forms/complaints_page.ui" line="9"/>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="84"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../forms/complaints_page.ui" line="11"/>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="71"/>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../forms/complaints_page.ui" line="13"/>
        <source>Received from</source>
        <translation>受付日</translation>
    </message>
    <message>
        <location filename="../../forms/complaints_page.ui" line="14"/>
        <source>2026-04-01 / 令和8年4月1日</source>
        <translation>2026-04-01 / 令和8年4月1日</translation>
    </message>
    <message>
        <location filename="../../forms/complaints_page.ui" line="15"/>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <location filename="../../forms/complaints_page.ui" line="16"/>
        <source>2027-03-31 / 令和9年3月31日</source>
        <translation>2027-03-31 / 令和9年3月31日</translation>
    </message>
    <message>
        <location filename="../../forms/complaints_page.ui" line="17"/>
        <source>Past the target date only</source>
        <translation>期限超過のみ</translation>
    </message>
    <message>
        <location filename="../../forms/complaints_page.ui" line="30"/>
        <source>Rows in red are open complaints past their target reply date.</source>
        <translation>赤い行は、回答目標日を過ぎた対応中の苦情です。</translation>
    </message>
    <message>
        <location filename="../../forms/complaints_page.ui" line="33"/>
        <source>New complaint…</source>
        <translation>新しい苦情…</translation>
    </message>
    <message>
        <location filename="../../forms/complaints_page.ui" line="34"/>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <location filename="../../forms/complaints_page.ui" line="36"/>
        <source>Dispose of complaints past retention…</source>
        <translation>保存期間を過ぎた苦情を廃棄…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="46"/>
        <source>Past the target reply date</source>
        <translation>回答目標日を過ぎています</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="61"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="63"/>
        <source>Received</source>
        <translation>受付日時</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="67"/>
        <source>Received by</source>
        <translation>経路</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="75"/>
        <source>Complainant</source>
        <translation>申出者</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="78"/>
        <source>Handler</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="80"/>
        <source>Target reply date</source>
        <translation>回答目標日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="117"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="183"/>
        <source>{n} complaints, {overdue} past the target date</source>
        <translation>{n} 件（うち期限超過 {overdue} 件）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="218"/>
        <source>The complaint was received.</source>
        <translation>苦情を受け付けました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="226"/>
        <source>Choose a complaint first.</source>
        <translation>先に苦情を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="248"/>
        <source>No complaint is past its retention years.</source>
        <translation>保存期間を過ぎた苦情はありません。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="258"/>
        <source>Dispose of the complaints?</source>
        <translation>苦情の記録を廃棄しますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="259"/>
        <source>{n} closed complaints have been kept for the retention years. They are deleted with their timelines; the counts by category stay in the audit log. This cannot be undone.</source>
        <translation>完了した苦情 {n} 件が保存期間を過ぎています。経過の記録とともに削除します（区分ごとの件数は監査ログに残ります）。元に戻せません。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/complaints.py" line="283"/>
        <source>{n} complaints were disposed of.</source>
        <translation>苦情 {n} 件を廃棄しました。</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="6"/>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="10"/>
        <source>What was consented to</source>
        <translation>同意の対象</translation>
    </message>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="12"/>
        <source>Purpose of use</source>
        <translation>利用目的</translation>
    </message>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="14"/>
        <source>Third party (recipient)</source>
        <translation>第三者（提供先）</translation>
    </message>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="16"/>
        <source>Country (transfer abroad)</source>
        <translation>国（外国への提供）</translation>
    </message>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="18"/>
        <source>Privacy notice version the person saw</source>
        <translation>本人が見たプライバシーポリシーの版</translation>
    </message>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="20"/>
        <source>Form</source>
        <translation>様式</translation>
    </message>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="22"/>
        <source>Date given</source>
        <translation>同意の日</translation>
    </message>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="23"/>
        <source>2026-11-23 / 令和8年11月23日</source>
        <translation>2026-11-23 / 令和8年11月23日</translation>
    </message>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="24"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="26"/>
        <source>Evidence (document number)</source>
        <translation>証跡（文書番号）</translation>
    </message>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="28"/>
        <source>Where the paper is kept</source>
        <translation>書面の保管場所</translation>
    </message>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="30"/>
        <source>Given by a legal representative</source>
        <translation>法定代理人による同意</translation>
    </message>
    <message>
        <location filename="../../forms/consent_dialog.ui" line="32"/>
        <source>Representative&apos;s name</source>
        <translation>法定代理人の氏名</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/consent.py" line="17"/>
        <source>A purpose of use</source>
        <translation>利用目的</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/consent.py" line="18"/>
        <source>Provision to a third party</source>
        <translation>第三者への提供</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/consent.py" line="19"/>
        <source>Provision to a third party abroad</source>
        <translation>外国にある第三者への提供</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/consent.py" line="20"/>
        <source>Acquiring sensitive information</source>
        <translation>要配慮個人情報の取得</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/consent.py" line="23"/>
        <source>In writing (書面)</source>
        <translation>書面</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/consent.py" line="24"/>
        <source>On the web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/consent.py" line="25"/>
        <source>Orally (口頭)</source>
        <translation>口頭</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/consent.py" line="26"/>
        <source>By email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/consent.py" line="89"/>
        <location filename="../../src/privacydesk/ui/dialogs/consent.py" line="96"/>
        <source>Withdrawal</source>
        <translation>同意の撤回</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/consent.py" line="90"/>
        <source>Date of the withdrawal (2026-11-23 or 令和8年11月23日):</source>
        <translation>撤回の日（2026-11-23 または 令和8年11月23日）：</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/consent.py" line="97"/>
        <source>What followed (use stopped, recipient told …):</source>
        <translation>その後の対応（利用停止、提供先への連絡など）：</translation>
    </message>
</context>
<context>
    <name>ContractorDialog</name>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="6"/>
        <source>Contractor</source>
        <translation>委託先</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="13"/>
        <source>Basic information</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="25"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="27"/>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="29"/>
        <source>Address</source>
        <translation>所在地</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="31"/>
        <source>Representative</source>
        <translation>代表者</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="33"/>
        <source>Contact person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="35"/>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="37"/>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="39"/>
        <source>What is entrusted</source>
        <translation>委託内容</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="41"/>
        <source>Review every</source>
        <translation>点検の間隔</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="42"/>
        <source> months</source>
        <translation> か月</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="43"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="54"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="56"/>
        <source>Contract from</source>
        <translation>契約開始日</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="57"/>
        <source>e.g. 2026-04-01 or 令和8年4月1日</source>
        <translation>例：2026-04-01 または 令和8年4月1日</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="58"/>
        <source>Contract until</source>
        <translation>契約終了日</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="64"/>
        <source>Clauses in the contract</source>
        <translation>契約に定めた条項</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="70"/>
        <source>Subcontracting</source>
        <translation>再委託</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="72"/>
        <source>Subcontracted by</source>
        <translation>再委託元</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="74"/>
        <source>Approved in advance on</source>
        <translation>事前承認日</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="82"/>
        <source>Abroad (APPI Art. 28)</source>
        <translation>外国にある委託先（法第28条）</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="84"/>
        <source>The contractor is in a foreign country</source>
        <translation>外国にある事業者</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="85"/>
        <source>Country</source>
        <translation>国名</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="87"/>
        <source>Basis</source>
        <translation>根拠</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="89"/>
        <source>The country&apos;s system and the contractor&apos;s measures</source>
        <translation>その国の制度と委託先の措置</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="104"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="110"/>
        <source>Register entries handled</source>
        <translation>取扱う台帳</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="112"/>
        <source>Tick the register entries whose data the contractor handles, and say which items (double-click the items cell to edit).</source>
        <translation>委託先が取り扱う台帳にチェックを付け、取り扱う項目を書いてください（項目の欄をダブルクリックすると編集できます）。</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="117"/>
        <source>Save the entries</source>
        <translation>台帳を保存</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="123"/>
        <source>Reviews</source>
        <translation>点検</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="129"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="130"/>
        <source>Delete (unfinished only)</source>
        <translation>削除（未完了のみ）</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="136"/>
        <source>Start a review by the office</source>
        <translation>当法人が点検する</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="138"/>
        <source>Start a selection evaluation</source>
        <translation>選定評価を開始</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="139"/>
        <source>Start a periodic review</source>
        <translation>定期点検を開始</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="140"/>
        <source>Start the check of equivalent measures</source>
        <translation>相当措置の確認を開始</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="147"/>
        <source>The contractor answers the checklist itself</source>
        <translation>委託先がチェックリストに回答する</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="149"/>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="151"/>
        <source>Print the checklist…</source>
        <translation>チェックリストを印刷…</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="152"/>
        <source>Enter the contractor&apos;s answers</source>
        <translation>委託先の回答を入力</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="160"/>
        <source>Follow-ups</source>
        <translation>是正措置</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="165"/>
        <source>New follow-up</source>
        <translation>是正措置の登録</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="167"/>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="87"/>
        <source>Action</source>
        <translation>対応の内容</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="169"/>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="88"/>
        <source>Who</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="171"/>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="90"/>
        <source>Due on</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="173"/>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="92"/>
        <source>From the review</source>
        <translation>きっかけの点検</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="175"/>
        <source>Add the follow-up</source>
        <translation>是正措置を追加</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="181"/>
        <source>Close the selected follow-up</source>
        <translation>選んだ是正措置の完了</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="183"/>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="94"/>
        <source>Done on</source>
        <translation>完了日</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="185"/>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="98"/>
        <source>What was done</source>
        <translation>行ったこと</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="187"/>
        <source>Close the follow-up</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="194"/>
        <source>Certifications and the end</source>
        <translation>認証・終了</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="196"/>
        <source>Certifications (Privacy Mark, ISMS …)</source>
        <translation>認証（プライバシーマーク、ISMS など）</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="200"/>
        <source>Kind of certification</source>
        <translation>認証の種類</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="201"/>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="37"/>
        <source>Name or number</source>
        <translation>名称・番号</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="202"/>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="39"/>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="203"/>
        <location filename="../../forms/contractor_dialog.ui" line="214"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="204"/>
        <source>Remove the selected</source>
        <translation>選んだものを削除</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="207"/>
        <source>Deletion certificates received</source>
        <translation>受領した削除証明書</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="211"/>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="51"/>
        <source>Received on</source>
        <translation>受領日</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="212"/>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="54"/>
        <source>What it covers</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="213"/>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="56"/>
        <source>Where it is kept</source>
        <translation>保管場所</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="219"/>
        <source>End of the contract</source>
        <translation>契約の終了</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="222"/>
        <source>Ended on</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="224"/>
        <source>The data was</source>
        <translation>データの扱い</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="226"/>
        <source>End the contract…</source>
        <translation>契約終了…</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_dialog.ui" line="237"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor.py" line="100"/>
        <location filename="../../src/privacydesk/ui/dialogs/contractor.py" line="152"/>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="193"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor.py" line="187"/>
        <location filename="../../src/privacydesk/ui/dialogs/contractor.py" line="188"/>
        <source>New contractor</source>
        <translation>新しい委託先</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor.py" line="193"/>
        <source>Contractor: {name}</source>
        <translation>委託先：{name}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor.py" line="199"/>
        <source>Nothing needs attention.</source>
        <translation>要対応の事項はありません。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor.py" line="202"/>
        <source>Its subcontractors: {names}</source>
        <translation>この委託先からの再委託先：{names}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor.py" line="292"/>
        <source>The contractor was registered. The other tabs can now be filled in.</source>
        <translation>委託先を登録しました。ほかのタブも入力できます。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor.py" line="306"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor.py" line="322"/>
        <source>Discard the changes?</source>
        <translation>変更を破棄しますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor.py" line="323"/>
        <source>What you typed in the basic information is not saved.</source>
        <translation>基本情報に入力した内容は保存されていません。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_entries.py" line="46"/>
        <source>Register entry</source>
        <translation>台帳</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_entries.py" line="47"/>
        <source>Items handled</source>
        <translation>取り扱う項目</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_entries.py" line="48"/>
        <source>Sensitive data</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_entries.py" line="203"/>
        <source>The register entries were saved.</source>
        <translation>取扱う台帳を保存しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="34"/>
        <source>Certification</source>
        <translation>認証</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="101"/>
        <source>Ended on {date}; the data was {disposal}.</source>
        <translation>{date}に終了。データは「{disposal}」。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="110"/>
        <source>When the contract ends, record how the data came back or was deleted, then the deletion certificate.</source>
        <translation>契約が終了したら、データを返却したか削除したかを記録し、削除証明書を登録してください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="134"/>
        <source>The certification was added.</source>
        <translation>認証を登録しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="147"/>
        <source>Choose a certification first.</source>
        <translation>先に認証を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="152"/>
        <source>The certification was removed.</source>
        <translation>認証を削除しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="163"/>
        <source>The deletion certificate was recorded.</source>
        <translation>削除証明書を登録しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="179"/>
        <source>End the contract?</source>
        <translation>契約を終了しますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="180"/>
        <source>The contractor is marked as ended. Ask for a deletion certificate if the data was deleted.</source>
        <translation>委託先を「終了」にします。データを削除した場合は、削除証明書を求めてください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_records.py" line="192"/>
        <source>The contract was recorded as ended.</source>
        <translation>契約の終了を記録しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="48"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="52"/>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="55"/>
        <source>Started</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="59"/>
        <source>Finished</source>
        <translation>完了日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="63"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="67"/>
        <source>Answered</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="71"/>
        <source>Answered by</source>
        <translation>回答者</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="173"/>
        <source>Next review due: {date} (every {months} months)</source>
        <translation>次回点検期限：{date}（{months}か月ごと）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="177"/>
        <source>No review finished yet: start with a selection evaluation.</source>
        <translation>完了した点検はまだありません。選定評価から始めてください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="211"/>
        <source>The review was started.</source>
        <translation>点検を開始しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="231"/>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="254"/>
        <source>Choose a review first.</source>
        <translation>先に点検を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="259"/>
        <source>Delete the review?</source>
        <translation>点検を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="260"/>
        <source>The unfinished review and its answers so far are deleted.</source>
        <translation>未完了の点検と、これまでの回答を削除します。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="270"/>
        <source>The review was deleted.</source>
        <translation>点検を削除しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="309"/>
        <source>The follow-up was added.</source>
        <translation>是正措置を登録しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="326"/>
        <source>Choose a follow-up first.</source>
        <translation>先に是正措置を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_reviews.py" line="331"/>
        <source>The follow-up was closed.</source>
        <translation>是正措置を完了にしました。</translation>
    </message>
</context>
<context>
    <name>ContractorDuplicatesDialog</name>
    <message>
        <location filename="../../forms/contractor_duplicates_dialog.ui" line="6"/>
        <source>Likely duplicates</source>
        <translation>重複の候補</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_duplicates_dialog.ui" line="8"/>
        <source>Contractors whose names probably mean the same organisation. Merging moves the second one&apos;s entries, reviews, follow-ups and certificates onto the first and deletes the second; it cannot be undone.</source>
        <translation>名称から同じ事業者と思われる委託先です。統合すると、2つ目の台帳・点検・是正措置・証明書を1つ目に移し、2つ目を削除します。元に戻せません。</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_duplicates_dialog.ui" line="12"/>
        <source>Swap which is kept</source>
        <translation>残す方を入れ替える</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_duplicates_dialog.ui" line="13"/>
        <source>Merge…</source>
        <translation>統合…</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_duplicates_dialog.ui" line="15"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_duplicates.py" line="48"/>
        <source>Kept</source>
        <translation>残す委託先</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_duplicates.py" line="51"/>
        <source>Merged into it and deleted</source>
        <translation>統合して削除する委託先</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_duplicates.py" line="55"/>
        <source>Similarity</source>
        <translation>類似度</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_duplicates.py" line="93"/>
        <source>No likely duplicates.</source>
        <translation>重複の候補はありません。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_duplicates.py" line="111"/>
        <source>Choose a pair first.</source>
        <translation>先に組を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_duplicates.py" line="116"/>
        <source>Merge the contractors?</source>
        <translation>委託先を統合しますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_duplicates.py" line="117"/>
        <source>Everything recorded for {drop} moves to {keep}, and {drop} is deleted. This cannot be undone.</source>
        <translation>{drop} の記録をすべて {keep} に移し、{drop} を削除します。元に戻せません。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_duplicates.py" line="127"/>
        <source>Merged into {keep}.</source>
        <translation>{keep} に統合しました。</translation>
    </message>
</context>
<context>
    <name>ContractorFinishDialog</name>
    <message>
        <location filename="../../forms/contractor_finish_dialog.ui" line="6"/>
        <source>Finish the review</source>
        <translation>点検の完了</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_finish_dialog.ui" line="11"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_finish_dialog.ui" line="13"/>
        <source>Reasons and conditions</source>
        <translation>理由・条件</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_finish_dialog.ui" line="15"/>
        <source>Finished on</source>
        <translation>完了日</translation>
    </message>
</context>
<context>
    <name>ContractorLabels</name>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="20"/>
        <source>Being selected</source>
        <translation>選定中</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="21"/>
        <source>Under contract</source>
        <translation>契約中</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="22"/>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="25"/>
        <source>Confidentiality</source>
        <translation>秘密保持</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="26"/>
        <source>No use beyond the purpose of the contract</source>
        <translation>委託目的以外の利用禁止</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="29"/>
        <source>Security measures</source>
        <translation>安全管理措置</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="30"/>
        <source>Prior approval of subcontracting</source>
        <translation>再委託の事前承認</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="33"/>
        <source>Reporting incidents</source>
        <translation>事故時の報告</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="34"/>
        <source>Return or deletion at the end of the contract</source>
        <translation>契約終了時の返却・削除</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="37"/>
        <source>The right to audit and ask for reports</source>
        <translation>監査・報告を求める権利</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="42"/>
        <source>Not yet decided</source>
        <translation>未定</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="43"/>
        <source>The persons&apos; consent</source>
        <translation>本人の同意</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="44"/>
        <source>Equivalent measures (Rules Art. 16)</source>
        <translation>相当措置（規則第16条）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="47"/>
        <source>Privacy Mark</source>
        <translation>プライバシーマーク</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="48"/>
        <source>ISMS (ISO/IEC 27001)</source>
        <translation>ISMS（ISO/IEC 27001）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="49"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="53"/>
        <source>Selection criteria</source>
        <translation>選定基準</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="54"/>
        <source>Periodic review</source>
        <translation>定期点検</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="55"/>
        <source>Check of equivalent measures</source>
        <translation>相当措置の確認</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="56"/>
        <source>Self-check of security measures</source>
        <translation>自己点検</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="59"/>
        <source>Not finished</source>
        <translation>未完了</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="60"/>
        <source>Fit</source>
        <translation>適</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="61"/>
        <source>Fit with conditions</source>
        <translation>条件付き適</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="62"/>
        <source>Unfit</source>
        <translation>不適</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="65"/>
        <source>Returned</source>
        <translation>返却</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="66"/>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="69"/>
        <source>Yes</source>
        <translation>適合</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="70"/>
        <source>No</source>
        <translation>不適合</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="71"/>
        <source>Not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="74"/>
        <source>The office</source>
        <translation>当法人</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="75"/>
        <source>The contractor</source>
        <translation>委託先</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="78"/>
        <source>Basic policy</source>
        <translation>基本方針</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="79"/>
        <source>Rules for handling personal data</source>
        <translation>個人データの取扱いに係る規律の整備</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="80"/>
        <source>Organisational measures</source>
        <translation>組織的安全管理措置</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="81"/>
        <source>Human measures</source>
        <translation>人的安全管理措置</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="82"/>
        <source>Physical measures</source>
        <translation>物理的安全管理措置</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="83"/>
        <source>Technical measures</source>
        <translation>技術的安全管理措置</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="84"/>
        <source>Understanding the foreign environment</source>
        <translation>外的環境の把握</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="87"/>
        <source>In use</source>
        <translation>公開中</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="88"/>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="89"/>
        <source>Retired</source>
        <translation>廃止</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="93"/>
        <source>No selection</source>
        <translation>選定評価なし</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="94"/>
        <source>Contract expired</source>
        <translation>契約期限切れ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="95"/>
        <source>Contract ending</source>
        <translation>契約終了間近</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="96"/>
        <source>Review overdue</source>
        <translation>点検期限超過</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="97"/>
        <source>Follow-up late</source>
        <translation>是正措置の遅れ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="98"/>
        <source>Certification expiring</source>
        <translation>認証の期限</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="99"/>
        <source>Clauses missing</source>
        <translation>条項の不足</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="102"/>
        <source>Subcontracting not approved</source>
        <translation>再委託の承認なし</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="105"/>
        <source>No deletion certificate</source>
        <translation>削除証明書なし</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_common.py" line="108"/>
        <source>Equivalence check overdue</source>
        <translation>相当措置の確認遅れ</translation>
    </message>
</context>
<context>
    <name>ContractorReviewDialog</name>
    <message>
        <location filename="../../forms/contractor_review_dialog.ui" line="6"/>
        <source>Review</source>
        <translation>点検</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_review_dialog.ui" line="12"/>
        <source>Previous category (PageUp or Ctrl+Left)</source>
        <translation>前の区分（PageUp または Ctrl+←）</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_review_dialog.ui" line="15"/>
        <source>Next category (PageDown or Ctrl+Right)</source>
        <translation>次の区分（PageDown または Ctrl+→）</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_review_dialog.ui" line="29"/>
        <source>Keys: 1 or Y = yes (適合), 2 or N = no (不適合), 3 or A = not applicable (該当なし), then on to the next question; Delete = clear; ↑↓ move; Tab to the comment, Enter back; PageDown / PageUp (or Ctrl+→ / Ctrl+←) for the next or previous category. Every answer is saved at once.</source>
        <translation>キー操作：1 または Y＝適合、2 または N＝不適合、3 または A＝該当なし（回答すると次の質問へ進みます）、Delete＝取消し。↑↓で移動、Tab でコメントへ（Enter で戻る）、PageDown／PageUp（または Ctrl+→／Ctrl+←）で次・前の区分へ。回答はその場で保存されます。</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_review_dialog.ui" line="32"/>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="63"/>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_review_dialog.ui" line="34"/>
        <source>Evidence seen</source>
        <translation>確認した資料</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_review_dialog.ui" line="42"/>
        <source>Finish…</source>
        <translation>完了…</translation>
    </message>
    <message>
        <location filename="../../forms/contractor_review_dialog.ui" line="43"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="39"/>
        <source>Yes {yes} · No {no} · Not applicable {na} · Open {open}</source>
        <translation>適合 {yes}・不適合 {no}・該当なし {na}・未回答 {open}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="60"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="61"/>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="62"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="138"/>
        <source>{name}: {kind} (version {version})</source>
        <translation>{name}：{kind}（第{version}版）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="144"/>
        <source>Finished on {date}: {result}. The answers can no longer change.</source>
        <translation>{date}に完了：{result}。回答は変更できません。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="151"/>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="181"/>
        <source>Read only: your role cannot answer reviews.</source>
        <translation>閲覧のみ：この役割では点検に回答できません。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="155"/>
        <source>Started on {date}; answered by {who}.</source>
        <translation>{date}に開始。回答者：{who}。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="42"/>
        <source>Answered {answered} of {total}</source>
        <translation>回答済み {answered} / {total}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="43"/>
        <source>This is the last category. Finish… records the result.</source>
        <translation>最後の区分です。「完了…」で結果を記録します。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="46"/>
        <source>Saved ({time}).</source>
        <translation>保存しました（{time}）。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/contractor_review.py" line="193"/>
        <source>The review was finished.</source>
        <translation>点検を完了しました。</translation>
    </message>
</context>
<context>
    <name>ContractorsPage</name>
    <message>
        <location filename="../../forms/contractors_page.ui" line="6"/>
        <source>Outsourcing contractors (委託先)</source>
        <translation>委託先</translation>
    </message>
    <message>
        <location filename="../../forms/contractors_page.ui" line="9"/>
        <location filename="../../src/privacydesk/ui/pages/contractors.py" line="72"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../forms/contractors_page.ui" line="11"/>
        <source>Needing attention only</source>
        <translation>要対応のみ</translation>
    </message>
    <message>
        <location filename="../../forms/contractors_page.ui" line="24"/>
        <source>Coloured rows need attention: point at the row to read every reason. A contractor is chosen with a selection evaluation, checked at its review interval, and returns or deletes the data when the contract ends (APPI Art. 25).</source>
        <translation>色の付いた行は対応が必要です。行にマウスを合わせると理由がすべて表示されます。委託先は選定評価をして選び、点検の間隔ごとに点検し、契約終了時にはデータを返却または削除させます（法第25条）。</translation>
    </message>
    <message>
        <location filename="../../forms/contractors_page.ui" line="27"/>
        <source>New contractor…</source>
        <translation>新しい委託先…</translation>
    </message>
    <message>
        <location filename="../../forms/contractors_page.ui" line="28"/>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <location filename="../../forms/contractors_page.ui" line="29"/>
        <source>Likely duplicates…</source>
        <translation>重複の候補…</translation>
    </message>
    <message>
        <location filename="../../forms/contractors_page.ui" line="31"/>
        <source>Checklists…</source>
        <translation>チェックリスト…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/contractors.py" line="28"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/contractors.py" line="29"/>
        <source>Being selected</source>
        <translation>選定中</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/contractors.py" line="30"/>
        <source>Under contract</source>
        <translation>契約中</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/contractors.py" line="31"/>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/contractors.py" line="70"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/contractors.py" line="76"/>
        <source>What is entrusted</source>
        <translation>委託内容</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/contractors.py" line="80"/>
        <source>Contract until</source>
        <translation>契約終了日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/contractors.py" line="84"/>
        <source>Next review due</source>
        <translation>次回点検期限</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/contractors.py" line="87"/>
        <source>Abroad</source>
        <translation>外国</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/contractors.py" line="89"/>
        <source>Needs attention</source>
        <translation>要対応</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/contractors.py" line="145"/>
        <source>{n} contractors, {flagged} needing attention</source>
        <translation>{n} 件（要対応 {flagged} 件）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/contractors.py" line="185"/>
        <source>Choose a contractor first.</source>
        <translation>先に委託先を選んでください。</translation>
    </message>
</context>
<context>
    <name>CorrectiveActions</name>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit_common.py" line="41"/>
        <source>Your role ({role}) may not do this. Please ask a manager.</source>
        <translation>あなたの役割（{role}）では、この操作はできません。管理者に依頼してください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit_common.py" line="130"/>
        <source>Action</source>
        <translation>是正措置</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit_common.py" line="131"/>
        <source>Who</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit_common.py" line="132"/>
        <source>Due on</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit_common.py" line="133"/>
        <source>From</source>
        <translation>発生元</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit_common.py" line="135"/>
        <source>Done on</source>
        <translation>完了日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit_common.py" line="138"/>
        <source>What was done</source>
        <translation>実施した内容</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="6"/>
        <source>Register entry</source>
        <translation>台帳の項目</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="11"/>
        <source>Basics</source>
        <translation>基本</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="15"/>
        <source>Name of the personal data (e.g. 会員情報)</source>
        <translation>個人情報の名称（例：会員情報）</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="17"/>
        <source>Owning department</source>
        <translation>管理部署</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="19"/>
        <source>Responsible person</source>
        <translation>責任者</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="21"/>
        <source>Whose data (category of persons)</source>
        <translation>本人の区分</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="23"/>
        <source>Estimated number of persons</source>
        <translation>人数（概数）</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="25"/>
        <source>Retained personal data (保有個人データ): requests apply</source>
        <translation>保有個人データ（開示等の請求の対象）</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="27"/>
        <source>Data items (one per line; mark sensitive ones with ＊ at the start)</source>
        <translation>項目（1行に1つ。要配慮個人情報は先頭に＊、末尾に（病歴）などの種類）</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="29"/>
        <source>Exception relied on for sensitive data without consent (20②)</source>
        <translation>同意なく要配慮個人情報を取得する場合の根拠（法20条2項各号）</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="36"/>
        <source>Purposes and acquisition</source>
        <translation>利用目的と取得</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="40"/>
        <source>Purposes of use (tick)</source>
        <translation>利用目的（該当に✓）</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="42"/>
        <source>Acquired directly from the person</source>
        <translation>本人から直接取得</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="44"/>
        <source>Source (if indirect)</source>
        <translation>取得元（間接取得の場合）</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="46"/>
        <source>How it is acquired</source>
        <translation>取得方法</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="48"/>
        <source>How the purpose was notified or announced</source>
        <translation>利用目的の通知・公表の方法</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="55"/>
        <source>Storage and retention</source>
        <translation>保管と保存期間</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="59"/>
        <source>Medium</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="61"/>
        <source>Where it is kept</source>
        <translation>保管場所</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="63"/>
        <source>Cloud service</source>
        <translation>クラウドサービス</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="65"/>
        <source>Country of the cloud servers</source>
        <translation>サーバーの所在国</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="67"/>
        <source>Who may access it</source>
        <translation>アクセスできる者</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="69"/>
        <source>Retention period (as the office states it)</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="71"/>
        <source>Retention in months (0 = while needed)</source>
        <translation>保存期間（月数。0＝必要な間）</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="73"/>
        <source>Disposal method</source>
        <translation>廃棄方法</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="80"/>
        <source>Provision and transfer</source>
        <translation>提供と外国移転</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="84"/>
        <source>Provision to third parties (one per line: recipient / items / basis)</source>
        <translation>第三者提供（1行に1件：提供先 / 項目 / 根拠）</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="86"/>
        <source>Transferred or stored abroad</source>
        <translation>外国へ移転・外国で保管</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="88"/>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="90"/>
        <source>Basis of the transfer (consent, equivalent system …)</source>
        <translation>移転の根拠（同意、基準適合体制など）</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="92"/>
        <source>Information given to persons (Rules Art. 17)</source>
        <translation>本人への情報提供（規則17条）</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="99"/>
        <source>Website</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="103"/>
        <source>This entry is a website</source>
        <translation>ウェブサイトの台帳</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="105"/>
        <source>Tracking tool (cookies, analytics, ad tags)</source>
        <translation>追跡ツール（Cookie、アクセス解析、広告タグ）</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="107"/>
        <source>Provider</source>
        <translation>提供事業者</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="109"/>
        <source>What it collects</source>
        <translation>収集する情報</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="111"/>
        <source>How to opt out</source>
        <translation>オプトアウトの方法</translation>
    </message>
    <message>
        <location filename="../../forms/entry_dialog.ui" line="113"/>
        <source>The recipient can identify the person (APPI Art. 31)</source>
        <translation>提供先で個人を特定できる（法31条）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/entry.py" line="225"/>
        <source>Discard the changes?</source>
        <translation>変更を破棄しますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/entry.py" line="226"/>
        <source>What you typed will not be saved.</source>
        <translation>入力した内容は保存されません。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../forms/home_page.ui" line="6"/>
        <source>What to do next</source>
        <translation>次にすること</translation>
    </message>
    <message>
        <location filename="../../forms/home_page.ui" line="12"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/home.py" line="17"/>
        <source>Urgent</source>
        <translation>至急</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/home.py" line="18"/>
        <source>To do</source>
        <translation>要対応</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/home.py" line="19"/>
        <source>For information</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/home.py" line="44"/>
        <source>Priority</source>
        <translation>重要度</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/home.py" line="45"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/home.py" line="70"/>
        <source>Hello, {name}. These need your attention:</source>
        <translation>{name} さん、次の件に対応が必要です:</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/home.py" line="72"/>
        <source>Hello, {name}. Nothing needs your attention right now.</source>
        <translation>{name} さん、今は対応が必要な件はありません。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../forms/import_dialog.ui" line="6"/>
        <source>Import from Excel or CSV</source>
        <translation>Excel・CSV からの取り込み</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="10"/>
        <source>What the file holds</source>
        <translation>ファイルの内容</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="12"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="16"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="17"/>
        <source>Read the file</source>
        <translation>ファイルを読む</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="22"/>
        <source>Columns: check what each one fills (double-click a field to change it)</source>
        <translation>列：各列がどの項目になるか確認してください（項目をダブルクリックで変更）</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="24"/>
        <source>The first rows as they will be read</source>
        <translation>最初の数行（取り込まれる形）</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="31"/>
        <source>Check only (nothing saved)</source>
        <translation>確認のみ（保存しない）</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="32"/>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="33"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../forms/import_dialog.ui" line="34"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/importing.py" line="59"/>
        <source>(not imported)</source>
        <translation>（取り込まない）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/importing.py" line="107"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/importing.py" line="108"/>
        <source>Header</source>
        <translation>見出し</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/importing.py" line="109"/>
        <source>Fills</source>
        <translation>取り込み先</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/importing.py" line="178"/>
        <source>File to import</source>
        <translation>取り込むファイル</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="6"/>
        <source>Incident</source>
        <translation>漏えい等事案</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="14"/>
        <location filename="../../forms/incident_dialog.ui" line="40"/>
        <source>What happened</source>
        <translation>事案の概要</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="22"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="24"/>
        <source>Certainty</source>
        <translation>確実性</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="25"/>
        <source>Not certain: it may have happened (おそれ)</source>
        <translation>発生したおそれ（確定していない）</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="26"/>
        <source>Happened on</source>
        <translation>発生日</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="27"/>
        <location filename="../../forms/incident_dialog.ui" line="36"/>
        <source>Empty while unknown</source>
        <translation>不明なら空欄</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="28"/>
        <source>First known on</source>
        <translation>把握した日</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="29"/>
        <source>2026-11-20 / 令和8年11月20日</source>
        <translation>2026-11-20 / 令和8年11月20日</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="30"/>
        <source>Privacy office told on</source>
        <translation>事務局が報告を受けた日</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="31"/>
        <source>Empty if the same day</source>
        <translation>把握と同じ日なら空欄</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="32"/>
        <source>Found by</source>
        <translation>発見者・発見の経緯</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="33"/>
        <source>Who noticed, and how</source>
        <translation>誰が、どのように気づいたか</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="34"/>
        <source>Persons affected</source>
        <translation>本人の数</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="37"/>
        <source>An estimate</source>
        <translation>概数</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="42"/>
        <source>Data items</source>
        <translation>個人データの項目</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="44"/>
        <source>Contractor involved</source>
        <translation>関係する委託先</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="53"/>
        <source>Report and response</source>
        <translation>報告事項と対応</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="61"/>
        <source>Containment</source>
        <translation>拡大防止の措置</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="63"/>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="65"/>
        <source>Secondary harm</source>
        <translation>二次被害（またはそのおそれ）</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="67"/>
        <source>Prevention</source>
        <translation>再発防止策</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="69"/>
        <source>Response to the persons</source>
        <translation>本人への対応</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="71"/>
        <source>Public announcement</source>
        <translation>公表の実施状況</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="73"/>
        <source>Other</source>
        <translation>その他参考となる事項</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="82"/>
        <source>Register entries affected</source>
        <translation>関係する台帳</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="93"/>
        <source>Report to the Commission? (Enforcement Rules Art. 7)</source>
        <translation>個人情報保護委員会への報告の要否（規則第7条）</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="111"/>
        <source>Deadlines</source>
        <translation>報告・通知の期限</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="126"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="127"/>
        <source>Summary for the Commission…</source>
        <translation>委員会への報告用の概要…</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="128"/>
        <source>Notice to a person…</source>
        <translation>本人への通知…</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="130"/>
        <source>Close the incident</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="131"/>
        <source>Reopen</source>
        <translation>再開する</translation>
    </message>
    <message>
        <location filename="../../forms/incident_dialog.ui" line="132"/>
        <source>Close window</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="157"/>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="197"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="323"/>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="324"/>
        <source>New incident</source>
        <translation>新しい漏えい等事案</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="328"/>
        <source> ({date})</source>
        <translation>（{date}）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="335"/>
        <source>Incident {number}</source>
        <translation>漏えい等事案 {number}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="362"/>
        <source>Next</source>
        <translation>次の期限</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="370"/>
        <source>Done {date}</source>
        <translation>済 {date}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="377"/>
        <source>Mark as done…</source>
        <translation>済みにする…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="386"/>
        <source>Due within one day or past</source>
        <translation>期限まで1日以内、または期限を過ぎています</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="404"/>
        <source>The deadlines are worked out once it is saved.</source>
        <translation>保存すると、期限を計算します。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="406"/>
        <source>Not reportable as saved: no report to the Commission is due. The persons and prevention are still seen to.</source>
        <translation>保存されている内容では報告対象外のため、委員会への報告の期限はありません。本人への対応と再発防止は行います。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="418"/>
        <source>Save the changes to work out the judgement&apos;s deadlines again.</source>
        <translation>変更を保存すると、判定と期限を計算し直します。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="466"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="478"/>
        <source>Recorded: {step}</source>
        <translation>記録しました：{step}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="488"/>
        <source>The incident was closed.</source>
        <translation>事案を完了にしました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="497"/>
        <source>The incident was reopened.</source>
        <translation>事案を再開しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="517"/>
        <source>{number}: summary for the Commission</source>
        <translation>{number}&#x3000;委員会への報告用の概要</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="541"/>
        <source>The notice was issued.</source>
        <translation>通知を発行しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="557"/>
        <source>{number}: notice to the person</source>
        <translation>{number}&#x3000;本人への通知</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="581"/>
        <source>Discard the changes?</source>
        <translation>変更を破棄しますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident.py" line="582"/>
        <source>What you typed is not saved.</source>
        <translation>入力した内容は保存されていません。</translation>
    </message>
</context>
<context>
    <name>IncidentLabels</name>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="25"/>
        <source>Leak</source>
        <translation>漏えい</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="26"/>
        <source>Loss</source>
        <translation>滅失</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="27"/>
        <source>Damage</source>
        <translation>毀損</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="30"/>
        <source>Notice to each person</source>
        <translation>本人への通知</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="31"/>
        <source>Public announcement</source>
        <translation>公表</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="32"/>
        <source>An inquiry desk set up</source>
        <translation>問合せ窓口の設置</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="35"/>
        <source>Open</source>
        <translation>対応中</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="36"/>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="40"/>
        <source>Personal data including sensitive personal data (要配慮個人情報) leaked, lost or damaged (Enforcement Rules Art. 7(i))</source>
        <translation>要配慮個人情報が含まれる個人データの漏えい等（規則第7条第1号）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="45"/>
        <source>Personal data whose wrongful use could cause financial damage (Art. 7(ii))</source>
        <translation>不正に利用されることにより財産的被害が生じるおそれがある個人データの漏えい等（同条第2号）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="49"/>
        <source>Possibly done for a wrongful purpose, including personal information being collected to be handled as personal data (Art. 7(iii))</source>
        <translation>不正の目的をもって行われたおそれがある漏えい等（取得しようとしている個人情報で個人データとして取り扱う予定のものを含む）（同条第3号）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="54"/>
        <source>More than 1,000 persons affected (Art. 7(iv)): follows the number of persons</source>
        <translation>本人の数が1,000人を超える漏えい等（同条第4号）：本人の数から判定</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="58"/>
        <source>Protected by advanced encryption or other measures needed to protect the persons&apos; rights and interests (excluded by the brackets of Art. 7(i))</source>
        <translation>高度な暗号化その他の個人の権利利益を保護するために必要な措置を講じている（同条第1号括弧書きにより対象外）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="66"/>
        <source>(i) Sensitive personal data</source>
        <translation>第1号&#x3000;要配慮個人情報</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="67"/>
        <source>(ii) Possible financial damage</source>
        <translation>第2号&#x3000;財産的被害のおそれ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="68"/>
        <source>(iii) Possibly a wrongful purpose</source>
        <translation>第3号&#x3000;不正の目的によるおそれ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="69"/>
        <source>(iv) More than 1,000 persons</source>
        <translation>第4号&#x3000;本人の数が1,000人超</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="70"/>
        <source>Advanced encryption (not reportable)</source>
        <translation>高度な暗号化等の措置（対象外）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="101"/>
        <source>{kind} (possible)</source>
        <translation>{kind}（おそれ）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="107"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="109"/>
        <source>{count}</source>
        <translation>{count}人</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="135"/>
        <source>Reportable</source>
        <translation>報告対象</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_common.py" line="136"/>
        <source>Not reportable</source>
        <translation>報告対象外</translation>
    </message>
</context>
<context>
    <name>IncidentNoticeDialog</name>
    <message>
        <location filename="../../forms/incident_notice_dialog.ui" line="6"/>
        <source>Notice to a person</source>
        <translation>本人への通知</translation>
    </message>
    <message>
        <location filename="../../forms/incident_notice_dialog.ui" line="8"/>
        <source>Choose the person to write to. The notice (お詫びとお知らせ) is numbered and kept with the incident; record the notice step as done once the letters are sent.</source>
        <translation>通知する本人を選んでください。通知（お詫びとお知らせ）は番号を付けて事案とともに保存されます。送付したら「本人への通知」を済みにしてください。</translation>
    </message>
    <message>
        <location filename="../../forms/incident_notice_dialog.ui" line="9"/>
        <source>Name, reading or member number…</source>
        <translation>氏名・フリガナ・会員番号…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_notice.py" line="38"/>
        <source>The notice goes to: {name}</source>
        <translation>通知先：{name}</translation>
    </message>
</context>
<context>
    <name>IncidentStepDialog</name>
    <message>
        <location filename="../../forms/incident_step_dialog.ui" line="6"/>
        <source>Record a step as done</source>
        <translation>報告・通知の記録</translation>
    </message>
    <message>
        <location filename="../../forms/incident_step_dialog.ui" line="11"/>
        <source>Done on</source>
        <translation>実施日</translation>
    </message>
    <message>
        <location filename="../../forms/incident_step_dialog.ui" line="12"/>
        <source>2026-11-24 / 令和8年11月24日</source>
        <translation>2026-11-24 / 令和8年11月24日</translation>
    </message>
    <message>
        <location filename="../../forms/incident_step_dialog.ui" line="13"/>
        <source>How the persons were told</source>
        <translation>本人への通知の方法</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/incident_step.py" line="53"/>
        <source>{step}: done on</source>
        <translation>{step}の実施日</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../forms/incidents_page.ui" line="6"/>
        <source>Leaks, losses and damage (漏えい等事案)</source>
        <translation>漏えい等事案</translation>
    </message>
    <message>
        <location filename="../../forms/incidents_page.ui" line="9"/>
        <source>Open incidents only</source>
        <translation>対応中のみ</translation>
    </message>
    <message>
        <location filename="../../forms/incidents_page.ui" line="22"/>
        <source>A next deadline in red is due within one day or past. Reportable incidents go to the Personal Information Protection Commission: a preliminary report promptly, a final report within 30 days (60 for a possibly wrongful purpose).</source>
        <translation>赤い期限は、期限まで1日以内か期限を過ぎたものです。報告対象の事案は個人情報保護委員会に、速やかに速報を、30日以内（不正の目的によるおそれがある場合は60日以内）に確報を提出します。</translation>
    </message>
    <message>
        <location filename="../../forms/incidents_page.ui" line="25"/>
        <source>New incident…</source>
        <translation>新しい事案…</translation>
    </message>
    <message>
        <location filename="../../forms/incidents_page.ui" line="26"/>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/incidents.py" line="35"/>
        <source>{date} {step}</source>
        <translation>{date}&#x3000;{step}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/incidents.py" line="58"/>
        <source>Due within one day or past</source>
        <translation>期限まで1日以内、または期限を過ぎています</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/incidents.py" line="85"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/incidents.py" line="87"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/incidents.py" line="91"/>
        <source>Known on</source>
        <translation>把握日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/incidents.py" line="95"/>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/incidents.py" line="100"/>
        <source>Report</source>
        <translation>報告</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/incidents.py" line="103"/>
        <source>Next deadline</source>
        <translation>次の期限</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/incidents.py" line="105"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/incidents.py" line="144"/>
        <source>{n} incidents, {urgent} with a deadline due</source>
        <translation>{n} 件（うち期限が迫っているもの {urgent} 件）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/incidents.py" line="181"/>
        <source>Choose an incident first.</source>
        <translation>先に事案を選んでください。</translation>
    </message>
</context>
<context>
    <name>InternalAuditDialog</name>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="6"/>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="222"/>
        <source>Internal audit</source>
        <translation>内部監査</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="13"/>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="17"/>
        <source>Planned for</source>
        <translation>予定日</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="18"/>
        <source>e.g. 2026-04-01 or 令和8年4月1日</source>
        <translation>例：2026-04-01 又は 令和8年4月1日</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="19"/>
        <source>Auditor</source>
        <translation>監査人</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="20"/>
        <source>A person or a department</source>
        <translation>氏名又は部署</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="21"/>
        <source>Auditor is</source>
        <translation>監査人の区分</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="23"/>
        <source>Scope</source>
        <translation>監査の対象</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="24"/>
        <source>Areas, register entries, contractors</source>
        <translation>業務、台帳、委託先など</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="30"/>
        <source>Save the plan</source>
        <translation>計画を保存</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="36"/>
        <source>Done and findings</source>
        <translation>実施・指摘事項</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="40"/>
        <source>Done on</source>
        <translation>実施日</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="42"/>
        <source>Summary of the results</source>
        <translation>結果の概要</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="49"/>
        <source>Record as done</source>
        <translation>実施を記録</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="54"/>
        <source>Findings</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="65"/>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="62"/>
        <source>Finding</source>
        <translation>指摘事項</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="68"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="69"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="78"/>
        <source>Corrective actions</source>
        <translation>是正措置</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="89"/>
        <source>Action</source>
        <translation>是正措置</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="91"/>
        <source>Who</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="93"/>
        <source>Due on</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="95"/>
        <source>For the finding</source>
        <translation>対象の指摘事項</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="102"/>
        <source>Add the action</source>
        <translation>是正措置を追加</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="107"/>
        <source>Closed on</source>
        <translation>完了日</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="109"/>
        <source>What was done</source>
        <translation>実施した内容</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="111"/>
        <source>Close the action</source>
        <translation>是正措置を完了</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="117"/>
        <source>Report to the board</source>
        <translation>理事会への報告</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="119"/>
        <source>Once the audit is reported to the board its cycle is complete and it can no longer be changed; its corrective actions can still be recorded and closed.</source>
        <translation>理事会に報告すると、この内部監査の手順は完了し、変更できなくなります（是正措置の記録と完了はその後もできます）。</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="122"/>
        <source>Reported on</source>
        <translation>報告日</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="129"/>
        <source>Record the report</source>
        <translation>報告を記録</translation>
    </message>
    <message>
        <location filename="../../forms/internal_audit_dialog.ui" line="141"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="59"/>
        <source>Severity</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="193"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="202"/>
        <source>Plan an internal audit</source>
        <translation>内部監査の計画</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="206"/>
        <source>Save the plan first; then record the audit, its findings and actions.</source>
        <translation>まず計画を保存してください。その後、実施、指摘事項、是正措置を記録できます。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="214"/>
        <source>Internal audit of {date} by {auditor}: {state}</source>
        <translation>内部監査 {date}（{auditor}）：{state}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="224"/>
        <source>Nothing needs attention.</source>
        <translation>確認が必要な事項はありません。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="253"/>
        <source>The audit was planned.</source>
        <translation>内部監査を計画しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="265"/>
        <source>The plan was saved.</source>
        <translation>計画を保存しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="278"/>
        <source>The audit was recorded as done.</source>
        <translation>実施を記録しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="290"/>
        <source>The finding was added.</source>
        <translation>指摘事項を追加しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="300"/>
        <source>Choose a finding first.</source>
        <translation>先に指摘事項を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="305"/>
        <source>The finding was removed.</source>
        <translation>指摘事項を削除しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="317"/>
        <source>The corrective action was added.</source>
        <translation>是正措置を追加しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="334"/>
        <source>Choose a corrective action first.</source>
        <translation>先に是正措置を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="339"/>
        <source>The corrective action was closed.</source>
        <translation>是正措置を完了しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="353"/>
        <source>Record the report to the board?</source>
        <translation>理事会への報告を記録しますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="354"/>
        <source>The audit is then complete and can no longer be changed.</source>
        <translation>記録すると、この内部監査は完了し、変更できなくなります。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/internal_audit.py" line="364"/>
        <source>The report to the board was recorded.</source>
        <translation>理事会への報告を記録しました。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../forms/main_window.ui" line="6"/>
        <source>privacydesk — Privacy office</source>
        <translation>privacydesk — 個人情報管理</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="32"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="40"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="49"/>
        <source>&amp;Lock now</source>
        <translation>今すぐロック(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="53"/>
        <source>Change my &amp;password…</source>
        <translation>自分のパスワードを変更(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="56"/>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="59"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="33"/>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="34"/>
        <source>Persons and consents</source>
        <translation>本人・同意</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="35"/>
        <source>Register</source>
        <translation>台帳</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="36"/>
        <source>Requests</source>
        <translation>開示等請求</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="37"/>
        <source>Contractors</source>
        <translation>委託先</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="38"/>
        <source>Complaints</source>
        <translation>苦情</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="39"/>
        <source>Leak incidents</source>
        <translation>漏えい等</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="40"/>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="41"/>
        <source>Reports</source>
        <translation>出力</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="42"/>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="43"/>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="44"/>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="45"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="145"/>
        <source>Signed in: {user} ({role})</source>
        <translation>サインイン中: {user}（{role}）</translation>
    </message>
</context>
<context>
    <name>NoticeDiffDialog</name>
    <message>
        <location filename="../../forms/notice_diff_dialog.ui" line="6"/>
        <source>Differences between two versions</source>
        <translation>版の差分</translation>
    </message>
    <message>
        <location filename="../../forms/notice_diff_dialog.ui" line="10"/>
        <source>Older version</source>
        <translation>旧版</translation>
    </message>
    <message>
        <location filename="../../forms/notice_diff_dialog.ui" line="12"/>
        <source>Newer version</source>
        <translation>新版</translation>
    </message>
    <message>
        <location filename="../../forms/notice_diff_dialog.ui" line="26"/>
        <source>+ (green): only in the newer version. − (red): only in the older version.</source>
        <translation>＋（緑）：新版にだけある行。−（赤）：旧版にだけある行。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_diff.py" line="34"/>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_diff.py" line="35"/>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_diff.py" line="117"/>
        <source>{added} lines added, {removed} lines removed</source>
        <translation>追加 {added} 行、削除 {removed} 行</translation>
    </message>
</context>
<context>
    <name>NoticeImportDialog</name>
    <message>
        <location filename="../../forms/notice_import_dialog.ui" line="6"/>
        <source>Import a new version of the privacy notice</source>
        <translation>プライバシーポリシーの新しい版を取り込む</translation>
    </message>
    <message>
        <location filename="../../forms/notice_import_dialog.ui" line="8"/>
        <source>Choose the notice as a text file (.txt, UTF-8 or Shift_JIS) or a Word document (.docx). The new version keeps the tags of every passage of the previous version that it still contains.</source>
        <translation>プライバシーポリシーをテキストファイル（.txt、UTF-8 又はシフトJIS）又は Word 文書（.docx）で選んでください。新しい版には、前の版の文のうち変わらずに残っている文のタグが引き継がれます。</translation>
    </message>
    <message>
        <location filename="../../forms/notice_import_dialog.ui" line="11"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../forms/notice_import_dialog.ui" line="15"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../../forms/notice_import_dialog.ui" line="18"/>
        <source>Title</source>
        <translation>表題</translation>
    </message>
    <message>
        <location filename="../../forms/notice_import_dialog.ui" line="20"/>
        <source>In force from</source>
        <translation>施行日</translation>
    </message>
    <message>
        <location filename="../../forms/notice_import_dialog.ui" line="21"/>
        <source>e.g. 2026-04-01 or 令和8年4月1日</source>
        <translation>例：2026-04-01 又は 令和8年4月1日</translation>
    </message>
    <message>
        <location filename="../../forms/notice_import_dialog.ui" line="22"/>
        <source>Published where</source>
        <translation>公表場所</translation>
    </message>
    <message>
        <location filename="../../forms/notice_import_dialog.ui" line="23"/>
        <source>e.g. the website and the office&apos;s notice board</source>
        <translation>例：ホームページ及び事務所の掲示板</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_import.py" line="69"/>
        <source>Choose the privacy notice</source>
        <translation>プライバシーポリシーのファイルを選択</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_import.py" line="71"/>
        <source>Text or Word (*.txt *.docx)</source>
        <translation>テキスト又は Word（*.txt *.docx）</translation>
    </message>
</context>
<context>
    <name>NoticeLabels</name>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_common.py" line="18"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_common.py" line="19"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_common.py" line="20"/>
        <source>Representative</source>
        <translation>代表者</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_common.py" line="21"/>
        <source>Purpose of use</source>
        <translation>利用目的</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_common.py" line="22"/>
        <source>Recipient</source>
        <translation>提供先</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_common.py" line="23"/>
        <source>Foreign country</source>
        <translation>外国</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_common.py" line="24"/>
        <source>What is outsourced</source>
        <translation>委託の内容</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_common.py" line="25"/>
        <source>Security measures</source>
        <translation>安全管理措置</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_common.py" line="26"/>
        <source>Request procedure</source>
        <translation>開示等の手続</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_common.py" line="27"/>
        <source>Fee</source>
        <translation>手数料</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_common.py" line="28"/>
        <source>Complaints desk</source>
        <translation>苦情の窓口</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/notice_common.py" line="29"/>
        <source>Accredited protection organisation</source>
        <translation>認定個人情報保護団体</translation>
    </message>
</context>
<context>
    <name>OrganisationAuditsTab</name>
    <message>
        <location filename="../../forms/organisation_audits_tab.ui" line="12"/>
        <source>Internal audits</source>
        <translation>内部監査</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_audits_tab.ui" line="24"/>
        <source>Plan an audit…</source>
        <translation>内部監査を計画…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_audits_tab.ui" line="25"/>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_audits_tab.ui" line="26"/>
        <source>Delete the plan…</source>
        <translation>計画を削除…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_audits_tab.ui" line="33"/>
        <source>Open corrective actions (audits and self-checks)</source>
        <translation>未完了の是正措置（内部監査・自己点検）</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_audits_tab.ui" line="47"/>
        <source>An internal audit a year: planned, done with findings and corrective actions, then reported to the board. Overdue corrective actions are shown in red.</source>
        <translation>内部監査は年1回：計画し、実施して指摘事項と是正措置を記録し、理事会に報告します。期限を過ぎた是正措置は赤で表示します。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="57"/>
        <source>Self-check</source>
        <translation>自己点検</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="58"/>
        <source>Internal audit</source>
        <translation>内部監査</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="75"/>
        <source>Planned for</source>
        <translation>予定日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="79"/>
        <source>Done on</source>
        <translation>実施日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="83"/>
        <source>Reported on</source>
        <translation>理事会報告日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="87"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="90"/>
        <source>Auditor</source>
        <translation>監査人</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="92"/>
        <source>Auditor is</source>
        <translation>監査人の区分</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="96"/>
        <source>Findings</source>
        <translation>指摘</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="101"/>
        <source>Open actions</source>
        <translation>未完了の是正措置</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="106"/>
        <source>Needs attention</source>
        <translation>要確認</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="181"/>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="186"/>
        <source>now</source>
        <translation>今すぐ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="188"/>
        <source>This year&apos;s cycle: {state}. Last audit done: {last}. Next due: {due}.</source>
        <translation>今年度の内部監査：{state}。前回の実施：{last}。次回の期限：{due}。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="193"/>
        <source>Nothing needs attention.</source>
        <translation>確認が必要な事項はありません。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="227"/>
        <source>Choose an audit first.</source>
        <translation>先に内部監査を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="243"/>
        <source>Delete the plan?</source>
        <translation>計画を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="244"/>
        <source>The planned audit is deleted (it was not done).</source>
        <translation>実施していない内部監査の計画を削除します。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_audits.py" line="253"/>
        <source>The plan was deleted.</source>
        <translation>計画を削除しました。</translation>
    </message>
</context>
<context>
    <name>OrganisationNoticeTab</name>
    <message>
        <location filename="../../forms/organisation_notice_tab.ui" line="15"/>
        <source>Versions</source>
        <translation>版</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_notice_tab.ui" line="27"/>
        <source>Import a new version…</source>
        <translation>新しい版を取り込む…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_notice_tab.ui" line="28"/>
        <source>Differences…</source>
        <translation>差分…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_notice_tab.ui" line="35"/>
        <source>Text: select a passage and tag it</source>
        <translation>本文：文を選択してタグを付けます</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_notice_tab.ui" line="41"/>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="75"/>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="108"/>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_notice_tab.ui" line="43"/>
        <source>Tag the selected text</source>
        <translation>選択した文にタグを付ける</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_notice_tab.ui" line="50"/>
        <source>Tagged passages</source>
        <translation>タグを付けた文</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_notice_tab.ui" line="62"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_notice_tab.ui" line="73"/>
        <source>In the register, not in the notice</source>
        <translation>台帳にあってポリシーにないもの</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_notice_tab.ui" line="85"/>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="79"/>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="112"/>
        <source>Passage</source>
        <translation>ポリシーの文</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_notice_tab.ui" line="87"/>
        <source>Link</source>
        <translation>対応づける</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_notice_tab.ui" line="88"/>
        <source>Accept the suggestions</source>
        <translation>候補をまとめて承認</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_notice_tab.ui" line="94"/>
        <source>In the notice, not in the register</source>
        <translation>ポリシーにあって台帳にないもの</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="58"/>
        <source>Title</source>
        <translation>表題</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="60"/>
        <source>In force from</source>
        <translation>施行日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="63"/>
        <source>Current</source>
        <translation>現行</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="65"/>
        <source>Published where</source>
        <translation>公表場所</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="88"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="90"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="94"/>
        <source>Where from</source>
        <translation>出所</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="98"/>
        <source>Best suggestion</source>
        <translation>最も近い候補</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="248"/>
        <source>No version yet: import the notice as published (a .txt or .docx file).</source>
        <translation>版がまだありません。公表しているプライバシーポリシーを取り込んでください（.txt 又は .docx）。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="253"/>
        <source>{title}, in force since {date}: checked below.</source>
        <translation>{title}（{date}施行）：下の確認の対象です。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="257"/>
        <source>{title}, in force from {date}: not the version checked below.</source>
        <translation>{title}（{date}施行）：下の確認の対象ではありません。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="316"/>
        <source>Consistent: the notice «{title}» mentions every item of the register ({linked} linked).</source>
        <translation>整合しています：プライバシーポリシー「{title}」は台帳のすべての項目に触れています（対応づけ {linked} 件）。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="328"/>
        <source>{count} discrepancies with «{title}»: {register} in the register, not in the notice; {notice} in the notice, not in the register.</source>
        <translation>食い違い {count} 件（「{title}」）：台帳にあってポリシーにないもの {register} 件、ポリシーにあって台帳にないもの {notice} 件。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="427"/>
        <source>The passage was tagged «{tag}».</source>
        <translation>文にタグ「{tag}」を付けました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="437"/>
        <source>Choose a tagged passage first.</source>
        <translation>先にタグを付けた文を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="442"/>
        <source>The tag was deleted.</source>
        <translation>タグを削除しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="453"/>
        <source>Choose an item and the passage that mentions it.</source>
        <translation>台帳の項目と、それに触れているポリシーの文を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="461"/>
        <source>«{item}» was linked to the passage.</source>
        <translation>「{item}」をポリシーの文に対応づけました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="475"/>
        <source>{count} suggested links were accepted.</source>
        <translation>候補 {count} 件を承認して対応づけました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="502"/>
        <source>The version «{title}» was imported.</source>
        <translation>版「{title}」を取り込みました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_notice.py" line="514"/>
        <source>There is only one version to compare.</source>
        <translation>比べる版が1つしかありません。</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../forms/organisation_page.ui" line="6"/>
        <source>Organisation (組織): the privacy notice, self-check, staff and internal audits</source>
        <translation>組織：プライバシーポリシー・自己点検・職員・内部監査</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_page.ui" line="10"/>
        <source>Privacy notice</source>
        <translation>プライバシーポリシー</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_page.ui" line="14"/>
        <source>Self-check</source>
        <translation>自己点検</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_page.ui" line="18"/>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_page.ui" line="22"/>
        <source>Internal audits</source>
        <translation>内部監査</translation>
    </message>
</context>
<context>
    <name>OrganisationSelfCheckTab</name>
    <message>
        <location filename="../../forms/organisation_self_check_tab.ui" line="10"/>
        <source>Start a self-check…</source>
        <translation>自己点検を開始…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_self_check_tab.ui" line="11"/>
        <source>Start with the light measures…</source>
        <translation>軽易な措置で開始…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_self_check_tab.ui" line="12"/>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_self_check_tab.ui" line="13"/>
        <source>Discard…</source>
        <translation>破棄…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_self_check_tab.ui" line="22"/>
        <source>Self-checks</source>
        <translation>自己点検の記録</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_self_check_tab.ui" line="35"/>
        <source>Corrective actions</source>
        <translation>是正措置</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_self_check_tab.ui" line="47"/>
        <source>Action</source>
        <translation>是正措置</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_self_check_tab.ui" line="49"/>
        <source>Who</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_self_check_tab.ui" line="51"/>
        <source>Due on</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_self_check_tab.ui" line="53"/>
        <source>Add to the selected check</source>
        <translation>選択した点検に追加</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_self_check_tab.ui" line="58"/>
        <source>Done on</source>
        <translation>完了日</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_self_check_tab.ui" line="60"/>
        <source>What was done</source>
        <translation>実施した内容</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_self_check_tab.ui" line="62"/>
        <source>Close the action</source>
        <translation>是正措置を完了</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="34"/>
        <source>Being answered</source>
        <translation>回答中</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="56"/>
        <source>Started</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="60"/>
        <source>Finished</source>
        <translation>完了日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="64"/>
        <source>Measures</source>
        <translation>措置</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="66"/>
        <source>Light</source>
        <translation>軽易</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="68"/>
        <source>Full</source>
        <translation>全体</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="71"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="73"/>
        <source>Answered</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="77"/>
        <source>From the app</source>
        <translation>アプリの回答</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="81"/>
        <source>Checklist version</source>
        <translation>チェックリストの版</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="85"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="204"/>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="209"/>
        <source>now</source>
        <translation>今すぐ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="213"/>
        <source>Last finished: {last}. Next due: {due}.</source>
        <translation>前回の完了：{last}。次回の期限：{due}。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="221"/>
        <source>A self-check is being answered: open it to carry on.</source>
        <translation>回答中の自己点検があります。開いて続けてください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="229"/>
        <source>Nothing needs attention.</source>
        <translation>確認が必要な事項はありません。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="233"/>
        <source>Persons whose data is held, as the app counts them: {n}.</source>
        <translation>アプリで数えた、個人データを取り扱う本人の数：{n} 人。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="237"/>
        <source>The office may take the lighter measures of small organisations (100 staff or fewer, data of 5,000 persons or fewer, no processing for others).</source>
        <translation>軽易な措置を選択できます（中小規模事業者：従業者100人以下、個人データ5,000人分以下、委託を受けた取扱いなし）。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="244"/>
        <source>The lighter measures are not open to the office:</source>
        <translation>軽易な措置は選択できません：</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="260"/>
        <source>The self-check was started.</source>
        <translation>自己点検を開始しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="276"/>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="322"/>
        <source>Choose a self-check first.</source>
        <translation>先に自己点検を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="298"/>
        <source>Discard the self-check?</source>
        <translation>自己点検を破棄しますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="299"/>
        <source>The unfinished self-check and its answers so far are thrown away.</source>
        <translation>完了していない自己点検と、これまでの回答を破棄します。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="309"/>
        <source>The self-check was discarded.</source>
        <translation>自己点検を破棄しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="328"/>
        <source>The corrective action was added.</source>
        <translation>是正措置を追加しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="344"/>
        <source>Choose a corrective action first.</source>
        <translation>先に是正措置を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_self_check.py" line="351"/>
        <source>The corrective action was closed.</source>
        <translation>是正措置を完了しました。</translation>
    </message>
</context>
<context>
    <name>OrganisationStaffTab</name>
    <message>
        <location filename="../../forms/organisation_staff_tab.ui" line="11"/>
        <source>Staff, volunteers and board members who handle personal data</source>
        <translation>個人データを取り扱う職員・ボランティア・役員</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_staff_tab.ui" line="15"/>
        <source>Active only</source>
        <translation>在籍中のみ</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_staff_tab.ui" line="16"/>
        <source>Needing attention only</source>
        <translation>要確認のみ</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_staff_tab.ui" line="31"/>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_staff_tab.ui" line="32"/>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_staff_tab.ui" line="33"/>
        <source>Print the pledge for this person…</source>
        <translation>この人の誓約書を印刷…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_staff_tab.ui" line="34"/>
        <source>Print a blank pledge…</source>
        <translation>白紙の誓約書を印刷…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_staff_tab.ui" line="41"/>
        <source>Trainings</source>
        <translation>研修</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_staff_tab.ui" line="53"/>
        <source>New training…</source>
        <translation>研修を登録…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_staff_tab.ui" line="54"/>
        <source>Attendance…</source>
        <translation>出席…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_staff_tab.ui" line="55"/>
        <source>Print the attendance sheet…</source>
        <translation>出席簿を印刷…</translation>
    </message>
    <message>
        <location filename="../../forms/organisation_staff_tab.ui" line="63"/>
        <source>Everyone who handles personal data signs a confidentiality pledge and attends a training at least once a year (human security measures). Coloured rows need attention: point at a row to read why.</source>
        <translation>個人データを取り扱う人は、秘密保持の誓約書に署名し、年1回以上研修を受けます（人的安全管理措置）。色の付いた行は確認が必要です。行にポインタを置くと理由が表示されます。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="72"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="74"/>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="77"/>
        <source>Part</source>
        <translation>担当業務</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="79"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="82"/>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="85"/>
        <source>Until</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="88"/>
        <source>Latest pledge</source>
        <translation>最新の誓約書</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="92"/>
        <source>Last training</source>
        <translation>最後の研修</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="96"/>
        <source>Needs attention</source>
        <translation>要確認</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="106"/>
        <source>Held on</source>
        <translation>実施日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="109"/>
        <source>Topic</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="111"/>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="116"/>
        <source>Understanding checked</source>
        <translation>理解度確認済</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="120"/>
        <source>Material</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="206"/>
        <source>{n} people, {flagged} needing attention</source>
        <translation>{n} 人（要確認 {flagged} 人）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="250"/>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="263"/>
        <source>Choose a person first.</source>
        <translation>先に人を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="296"/>
        <location filename="../../src/privacydesk/ui/pages/organisation_staff.py" line="309"/>
        <source>Choose a training first.</source>
        <translation>先に研修を選んでください。</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../forms/pdf_preview_dialog.ui" line="6"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location filename="../../forms/pdf_preview_dialog.ui" line="9"/>
        <source>Print at 100% (actual size): the address must show in the envelope window.</source>
        <translation>100%（実際のサイズ）で印刷してください。あて名が封筒の窓に出るようにするためです。</translation>
    </message>
    <message>
        <location filename="../../forms/pdf_preview_dialog.ui" line="12"/>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <location filename="../../forms/pdf_preview_dialog.ui" line="13"/>
        <source>Save as PDF…</source>
        <translation>PDF で保存…</translation>
    </message>
    <message>
        <location filename="../../forms/pdf_preview_dialog.ui" line="15"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/pdf_preview.py" line="111"/>
        <source>Save as PDF</source>
        <translation>PDF で保存</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../forms/profile_form.ui" line="6"/>
        <source>Organisation name</source>
        <translation>組織名</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="8"/>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="10"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="12"/>
        <source>Representative</source>
        <translation>代表者</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="14"/>
        <source>Protection manager&apos;s title</source>
        <translation>個人情報保護管理者の役職</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="16"/>
        <source>Protection manager&apos;s name</source>
        <translation>個人情報保護管理者の氏名</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="18"/>
        <source>Request desk (department)</source>
        <translation>開示等請求の窓口（部署）</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="20"/>
        <source>Desk phone</source>
        <translation>窓口の電話番号</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="22"/>
        <source>Desk fax</source>
        <translation>窓口の FAX 番号</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="24"/>
        <source>Desk email</source>
        <translation>窓口のメールアドレス</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="26"/>
        <source>Request fee (yen)</source>
        <translation>手数料（円）</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="28"/>
        <source>Accepted payment</source>
        <translation>支払方法</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="31"/>
        <source>Postal stamps</source>
        <translation>郵便切手</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="32"/>
        <source>Postal money order</source>
        <translation>定額小為替</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="33"/>
        <source>Cash at the desk</source>
        <translation>窓口で現金</translation>
    </message>
    <message>
        <location filename="../../forms/profile_form.ui" line="36"/>
        <source>Keep request documents (years)</source>
        <translation>請求書類の保存年数</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../../src/privacydesk/ui/tasks.py" line="97"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../forms/register_page.ui" line="6"/>
        <source>Personal-data register</source>
        <translation>個人情報取扱台帳</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="9"/>
        <source>Search the register by name…</source>
        <translation>名称で台帳を検索…</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="26"/>
        <source>New entry…</source>
        <translation>新しい項目…</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="27"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="28"/>
        <source>Retire</source>
        <translation>廃止</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="29"/>
        <source>Record the yearly review…</source>
        <translation>年次点検を記録…</translation>
    </message>
    <message>
        <location filename="../../forms/register_page.ui" line="30"/>
        <source>Sign off the review</source>
        <translation>点検を承認</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="24"/>
        <source>Entries in use</source>
        <translation>使用中の項目</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="25"/>
        <source>All entries, retired too</source>
        <translation>廃止したものを含むすべて</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="26"/>
        <source>With sensitive data</source>
        <translation>要配慮個人情報を含む</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="27"/>
        <source>Transferred or stored abroad</source>
        <translation>外国へ移転・外国で保管</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="56"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="57"/>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="225"/>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="58"/>
        <source>Sensitive</source>
        <translation>要配慮</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="59"/>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="232"/>
        <source>Abroad</source>
        <translation>外国</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="61"/>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="65"/>
        <source>Last review</source>
        <translation>最終点検</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="68"/>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="224"/>
        <source>Needs attention</source>
        <translation>要対応</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="167"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="186"/>
        <source>The entry was retired.</source>
        <translation>項目を廃止しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="195"/>
        <source>Yearly review</source>
        <translation>年次点検</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="196"/>
        <source>What did you check, and what changed?</source>
        <translation>何を確認し、何が変わりましたか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="202"/>
        <source>Review recorded; a manager signs it off.</source>
        <translation>点検を記録しました。管理者が承認します。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="212"/>
        <source>No review of this entry awaits sign-off.</source>
        <translation>この項目に承認待ちの点検はありません。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="216"/>
        <source>The review was signed off.</source>
        <translation>点検を承認しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="226"/>
        <source>Responsible</source>
        <translation>責任者</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="227"/>
        <source>Whose data</source>
        <translation>本人の区分</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="228"/>
        <source>Items</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="229"/>
        <source>Kept where</source>
        <translation>保管場所</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="230"/>
        <source>Retention</source>
        <translation>保存期間</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="231"/>
        <source>Disposal</source>
        <translation>廃棄方法</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="233"/>
        <source>Purposes of use</source>
        <translation>利用目的</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="234"/>
        <source>Provision to third parties</source>
        <translation>第三者提供</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="235"/>
        <source>Reviews</source>
        <translation>点検</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/register.py" line="236"/>
        <source>History</source>
        <translation>変更履歴</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../forms/reports_page.ui" line="6"/>
        <source>Reports: the board workbook</source>
        <translation>出力：理事会向けブック</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="7"/>
        <source>An Excel workbook for the board: whether the organisation keeps its promises, for a fiscal year or any period, beside the previous period. It lists cases by number; no data subject&apos;s name is in it unless a manager includes personal data.</source>
        <translation>理事会に報告する Excel ブックです。年度または任意の期間について、個人情報の取扱いを約束どおりに行えているかを前の期間と並べて示します。案件は受付番号で載せ、管理者が個人データを含めない限り、本人の氏名は載りません。</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="18"/>
        <source>Period</source>
        <translation>対象期間</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="20"/>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="22"/>
        <source>Dates</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="25"/>
        <location filename="../../forms/reports_page.ui" line="27"/>
        <source>A date as 2026-04-01, 2026/4/1 or in 和暦 (令和8年4月1日, R8.4.1)</source>
        <translation>日付は 2026-04-01、2026/4/1 または和暦（令和8年4月1日、R8.4.1）で入力します</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="25"/>
        <source>e.g. 2026-04-01</source>
        <translation>例：2026-04-01</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="26"/>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="27"/>
        <source>or 令和9年3月31日</source>
        <translation>例：令和9年3月31日</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="36"/>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="107"/>
        <source>Personal data</source>
        <translation>個人データ</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="38"/>
        <source>Include personal data (names and contacts)</source>
        <translation>個人データ（氏名・連絡先）を含める</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="44"/>
        <source>This workbook will hold data subjects&apos; names and addresses. It is written encrypted with the password below. Tell the recipient the password separately from the file (never in the same e-mail), and delete the file when it is no longer needed.</source>
        <translation>注意：このブックには本人の氏名と住所が入ります。下のパスワードで暗号化して書き出します。パスワードはファイルとは別の方法で相手に伝え（同じメールには書かない）、不要になったらファイルを削除してください。</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="47"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="49"/>
        <source>Password again</source>
        <translation>パスワード（確認）</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="61"/>
        <source>Save as</source>
        <translation>保存先</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="64"/>
        <source>Choose…</source>
        <translation>選ぶ…</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="70"/>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="78"/>
        <source>Open the folder</source>
        <translation>フォルダを開く</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="90"/>
        <source>Check the contents</source>
        <translation>内容を確認</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="95"/>
        <source>Sheets</source>
        <translation>シート</translation>
    </message>
    <message>
        <location filename="../../forms/reports_page.ui" line="97"/>
        <source>The workbook also has 概要 (these figures) and グラフ (charts). The sheets with names and contacts are added only when a manager includes personal data, and then only in an encrypted workbook.</source>
        <translation>ブックには、このほか「概要」（上の数値）と「グラフ」のシートが入ります。氏名・連絡先のシートは、管理者が個人データを含めたときだけ、暗号化したブックに加わります。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="67"/>
        <source>Before exporting, see the figures and sheets the workbook will hold.</source>
        <translation>書き出す前に、ブックに入る数値とシートを確認できます。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="85"/>
        <source>Section</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="86"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="87"/>
        <source>This period</source>
        <translation>今期</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="89"/>
        <source>Previous period</source>
        <translation>前期</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="92"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="99"/>
        <source>Sheet</source>
        <translation>シート</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="100"/>
        <source>Heading</source>
        <translation>見出し</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="102"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="109"/>
        <source>Yes (encrypted only)</source>
        <translation>あり（暗号化時のみ）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="221"/>
        <source>Adds sheets with data subjects&apos; names and the addresses on their requests; the workbook is then written encrypted with a password.</source>
        <translation>本人の氏名と請求書の住所のシートが加わり、ブックはパスワードで暗号化して書き出します。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="226"/>
        <source>Only a manager may include personal data. Without it the workbook lists cases by number, with no names.</source>
        <translation>個人データを含められるのは管理者だけです。含めない場合、案件は受付番号で載り、氏名は載りません。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="232"/>
        <source>A viewer may check the contents but not export the workbook.</source>
        <translation>閲覧者は内容の確認はできますが、ブックの書き出しはできません。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="288"/>
        <source>From {start} to {end}</source>
        <translation>{start}〜{end}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="297"/>
        <source>board_report_FY{year}.xlsx</source>
        <translation>理事会報告_{year}年度.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="303"/>
        <source>board_report.xlsx</source>
        <translation>理事会報告.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="304"/>
        <source>board_report_{start}_{end}.xlsx</source>
        <translation>理事会報告_{start}_{end}.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="323"/>
        <source>Save the board workbook</source>
        <translation>理事会向けブックの保存先</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="325"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="379"/>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="406"/>
        <source>This period {start} to {end}; previous period {pstart} to {pend}.</source>
        <translation>今期 {start}〜{end}、前期 {pstart}〜{pend}。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="437"/>
        <source>Replace the file?</source>
        <translation>ファイルを置き換えますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="438"/>
        <source>{path} already exists. Replace it?</source>
        <translation>{path} は既にあります。置き換えますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="453"/>
        <source>Exporting…</source>
        <translation>書き出しています…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="471"/>
        <source>Wrote {path}.</source>
        <translation>{path} に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="474"/>
        <source>It is encrypted: it opens only with the password you set.</source>
        <translation>パスワードで暗号化しています（開くには設定したパスワードが必要です）。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/reports.py" line="480"/>
        <source>It is not encrypted (it holds no data subject&apos;s name).</source>
        <translation>暗号化していません（本人の氏名は含みません）。</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../forms/request_dialog.ui" line="6"/>
        <source>Request</source>
        <translation>請求</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="13"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="18"/>
        <source>Protected person (所在秘匿)</source>
        <translation>所在秘匿の本人</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="23"/>
        <source>Approve (managers)</source>
        <translation>承認（管理者）</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="28"/>
        <source>How decision letters go</source>
        <translation>決定通知の送付方法</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="30"/>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="32"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="39"/>
        <source>Save the delivery (managers)</source>
        <translation>送付方法を保存（管理者）</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="47"/>
        <source>Who receives the decision letters</source>
        <translation>決定通知の送付先</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="51"/>
        <source>Send decisions</source>
        <translation>決定通知を送る相手</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="53"/>
        <source>Reason for the change</source>
        <translation>変更の理由</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="60"/>
        <source>Save the routing</source>
        <translation>送付先を保存</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="69"/>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="303"/>
        <source>Identity</source>
        <translation>本人確認</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="71"/>
        <source>Documents received</source>
        <translation>受け取った書類</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="75"/>
        <source>Whose document</source>
        <translation>誰の書類か</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="76"/>
        <source>Kind of document</source>
        <translation>書類の種類</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="77"/>
        <location filename="../../forms/request_dialog.ui" line="128"/>
        <source>Received on</source>
        <translation>受領日</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="78"/>
        <source>Issued on (certificates)</source>
        <translation>発行日（証明書）</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="79"/>
        <location filename="../../forms/request_dialog.ui" line="181"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="80"/>
        <location filename="../../forms/request_dialog.ui" line="182"/>
        <source>Remove the selected</source>
        <translation>選択した行を削除</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="86"/>
        <source>Result of the check</source>
        <translation>確認の結果</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="88"/>
        <source>Confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="91"/>
        <source>Postal code the documents show</source>
        <translation>書類で確認した郵便番号</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="93"/>
        <source>Address the documents show</source>
        <translation>書類で確認した住所</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="95"/>
        <source>Same as the register</source>
        <translation>登録住所との一致</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="99"/>
        <source>Documents missing</source>
        <translation>不足あり</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="103"/>
        <source>To be sent by</source>
        <translation>提出期限</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="109"/>
        <source>Record the result</source>
        <translation>結果を記録</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="111"/>
        <source>Date passed: refuse (不開示等)</source>
        <translation>期限切れ→不開示等</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="120"/>
        <source>Fee</source>
        <translation>手数料</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="124"/>
        <location filename="../../forms/request_dialog.ui" line="146"/>
        <source>Fee asked</source>
        <translation>手数料の額</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="126"/>
        <source>Received so far (total)</source>
        <translation>受領額（累計）</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="127"/>
        <location filename="../../forms/request_dialog.ui" line="147"/>
        <source> yen</source>
        <translation> 円</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="130"/>
        <source>Paid by</source>
        <translation>支払方法</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="132"/>
        <source>The rest to be paid by (when short)</source>
        <translation>不足分の支払期限（不足時）</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="138"/>
        <source>Record the fee</source>
        <translation>手数料を記録</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="144"/>
        <source>Change the fee asked</source>
        <translation>請求する手数料の変更</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="148"/>
        <source>Change the fee</source>
        <translation>手数料額を変更</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="157"/>
        <source>What is disclosed</source>
        <translation>開示内容</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="162"/>
        <source>Import the data for the selected entry (CSV or Excel)…</source>
        <translation>選択した台帳の抽出データを取り込む（CSV・Excel）…</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="163"/>
        <source>Change the register entries…</source>
        <translation>対象の台帳を変更…</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="167"/>
        <source>Enclosed as they are (copies of documents; describe them)</source>
        <translation>同封資料（書類の写しなど。内容を記載）</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="171"/>
        <source>Save the enclosure</source>
        <translation>同封資料を保存</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="175"/>
        <source>Withheld from the selected entry (partial disclosure), each with its ground</source>
        <translation>選択した台帳で開示しない項目（一部開示）と、その根拠</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="179"/>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="70"/>
        <source>Item withheld</source>
        <translation>開示しない項目</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="188"/>
        <location filename="../../forms/request_dialog.ui" line="197"/>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="94"/>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="193"/>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="275"/>
        <source>Decision on the selected type</source>
        <translation>選択した種類についての決定</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="199"/>
        <source>Grounds</source>
        <translation>根拠</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="201"/>
        <source>Reason (explained to the person)</source>
        <translation>理由（本人に説明する内容）</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="203"/>
        <source>What changed, or the measures taken</source>
        <translation>訂正した内容・とった措置</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="205"/>
        <source>Method of disclosure</source>
        <translation>開示の方法</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="207"/>
        <source>Why another method than asked</source>
        <translation>請求と異なる方法とする理由</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="209"/>
        <source>Disclose sensitive data (要配慮個人情報) too</source>
        <translation>要配慮個人情報も開示する</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="215"/>
        <source>Record the decision</source>
        <translation>決定を記録</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="216"/>
        <source>Clear the decision</source>
        <translation>決定を取り消す</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="226"/>
        <source>Letters</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="230"/>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="72"/>
        <source>Letter</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="237"/>
        <source>Issue…</source>
        <translation>発行…</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="238"/>
        <source>Disclose as an electronic record…</source>
        <translation>電磁的記録で開示…</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="242"/>
        <source>Letters issued</source>
        <translation>発行済みの文書</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="247"/>
        <source>Mailing</source>
        <translation>発送</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="252"/>
        <source>Record a mailing</source>
        <translation>発送を記録</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="256"/>
        <source>What was sent</source>
        <translation>送ったもの</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="258"/>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="50"/>
        <source>How</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="260"/>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="53"/>
        <source>Tracking number</source>
        <translation>追跡番号</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="262"/>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="42"/>
        <source>Sent on</source>
        <translation>発送日</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="268"/>
        <source>Record the mailing</source>
        <translation>発送を記録</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="277"/>
        <source>What became of the selected mailing</source>
        <translation>選択した発送のその後</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="280"/>
        <source>On (date)</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="281"/>
        <source>Note (宛所不明 …)</source>
        <translation>メモ（宛所不明など）</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="282"/>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="293"/>
        <source>Withdraw…</source>
        <translation>取下げ…</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="294"/>
        <source>Close as done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../forms/request_dialog.ui" line="296"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="115"/>
        <source>【whereabouts protected】</source>
        <translation>【所在秘匿】</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="117"/>
        <source>Request {number}</source>
        <translation>請求 {number}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="119"/>
        <source>{state} — next: {next}</source>
        <translation>{state} ― 次の対応：{next}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="126"/>
        <source>No manager&apos;s approval is needed for this request.</source>
        <translation>この請求には管理者の承認は不要です。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="130"/>
        <source>A manager has approved this request.</source>
        <translation>管理者が承認しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="132"/>
        <source>A manager must approve before anything is sent.</source>
        <translation>文書を送る前に、管理者の承認が必要です。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="169"/>
        <source>Approved.</source>
        <translation>承認しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="182"/>
        <source>The delivery was saved.</source>
        <translation>送付方法を保存しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="196"/>
        <source>The routing was saved.</source>
        <translation>送付先を保存しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="206"/>
        <source>Withdraw the request</source>
        <translation>請求の取下げ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="207"/>
        <source>Why is the request closed as withdrawn?</source>
        <translation>取下げとして終了する理由を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="217"/>
        <source>The request was closed as withdrawn.</source>
        <translation>取下げとして終了しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="224"/>
        <source>Close the request?</source>
        <translation>請求を完了しますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="225"/>
        <source>The hold on the person is released and the password of an electronic disclosure is forgotten. The letters are kept for the retention years.</source>
        <translation>本人の記録の保存（ホールド）が解除され、電磁的記録による開示のパスワードは破棄されます。文書は保存年限まで保管されます。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="235"/>
        <source>The request was closed.</source>
        <translation>請求を完了しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="269"/>
        <source> (by {date})</source>
        <translation>（期限 {date}）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="272"/>
        <source>{received} of {due}</source>
        <translation>{due}のうち{received}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="277"/>
        <source>Closed</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="280"/>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="54"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="281"/>
        <source>Next</source>
        <translation>次の対応</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="282"/>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="45"/>
        <source>Received</source>
        <translation>受付日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="284"/>
        <source>Received by</source>
        <translation>受付方法</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="287"/>
        <source>Target date</source>
        <translation>回答期限</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="289"/>
        <source>The person may sue from (Art. 39)</source>
        <translation>訴えを提起できる日（法第39条）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="292"/>
        <source>Person</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="293"/>
        <source>Made by</source>
        <translation>請求者</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="294"/>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="296"/>
        <source>Address on the request</source>
        <translation>請求書の住所</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="300"/>
        <source>Language for letters</source>
        <translation>文書の言語</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="304"/>
        <source>Fee received</source>
        <translation>手数料の受領</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="306"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request.py" line="309"/>
        <source>What is asked</source>
        <translation>請求の内容</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="28"/>
        <source>{name} ({rows} rows)</source>
        <translation>{name}（{rows}行）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="48"/>
        <source>Register entry</source>
        <translation>台帳</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="50"/>
        <source>Data imported</source>
        <translation>抽出データ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="52"/>
        <source>Enclosure</source>
        <translation>同封資料</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="56"/>
        <source>Withheld</source>
        <translation>不開示項目</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="72"/>
        <source>Ground</source>
        <translation>根拠</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="84"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="88"/>
        <source>Method asked</source>
        <translation>請求された方法</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="98"/>
        <source>Decided on</source>
        <translation>決定日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="101"/>
        <source>What exactly</source>
        <translation>請求の詳細</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="178"/>
        <source>Choose a register entry first.</source>
        <translation>先に台帳を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="189"/>
        <source>The data held on the person</source>
        <translation>本人について保有するデータ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="191"/>
        <source>CSV or Excel (*.csv *.xlsx)</source>
        <translation>CSV・Excel (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="199"/>
        <source>The data was imported.</source>
        <translation>データを取り込みました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="216"/>
        <source>The register entries were changed.</source>
        <translation>対象の台帳を変更しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="227"/>
        <source>The enclosure was saved.</source>
        <translation>同封資料を保存しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="246"/>
        <source>The withheld item was added.</source>
        <translation>開示しない項目を追加しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="255"/>
        <source>Choose a withheld item first.</source>
        <translation>先に開示しない項目を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="259"/>
        <source>The withheld item was removed.</source>
        <translation>開示しない項目を削除しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="271"/>
        <source>Decision on: {type}</source>
        <translation>決定：{type}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="301"/>
        <source>Choose a type of request first.</source>
        <translation>先に請求の種類を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="315"/>
        <source>The decision was recorded.</source>
        <translation>決定を記録しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_content.py" line="335"/>
        <source>The decision was cleared.</source>
        <translation>決定を取り消しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="37"/>
        <source>Whose</source>
        <translation>誰の</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="41"/>
        <source>Document</source>
        <translation>書類</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="49"/>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="75"/>
        <source>Issued</source>
        <translation>発行</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="52"/>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="55"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="132"/>
        <source>Possibly missing: {items}</source>
        <translation>不足の候補：{items}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="136"/>
        <source>The documents listed seem to be enough.</source>
        <translation>登録した書類で足りているようです。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="155"/>
        <source>Protected: shown to managers only</source>
        <translation>所在秘匿：管理者にのみ表示</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="188"/>
        <source>The document was added.</source>
        <translation>書類を追加しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="201"/>
        <source>Choose a document first.</source>
        <translation>先に書類を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="205"/>
        <source>The document was removed.</source>
        <translation>書類を削除しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="226"/>
        <source>The result of the identity check was recorded.</source>
        <translation>本人確認の結果を記録しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="240"/>
        <source>Refuse for want of documents?</source>
        <translation>書類の未提出により不開示等としますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="241"/>
        <source>The documents did not arrive by the date given. Every type not yet decided is refused on procedural grounds; the decision letters follow.</source>
        <translation>期限までに書類が届きませんでした。まだ決定していない請求の種類はすべて、手続上の理由により応じないこととします。決定通知はこの後で発行します。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="251"/>
        <source>Recorded as refused: identity not confirmed.</source>
        <translation>本人確認ができないため応じないことを記録しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="266"/>
        <source>The fee was recorded.</source>
        <translation>手数料を記録しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_identity.py" line="281"/>
        <source>The fee asked was changed.</source>
        <translation>請求する手数料を変更しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="44"/>
        <source>What</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="47"/>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="70"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="48"/>
        <source>To</source>
        <translation>宛名</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="155"/>
        <source>Your role can read the letters but not issue them.</source>
        <translation>閲覧者は文書を見ることはできますが、発行はできません。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="165"/>
        <source>This letter can be issued now.</source>
        <translation>この文書は今発行できます。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="178"/>
        <source>The letter was issued.</source>
        <translation>文書を発行しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="205"/>
        <source>Save the protected disclosure file</source>
        <translation>パスワード付きの開示ファイルを保存</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="215"/>
        <source>The password-protected file was saved. Send the password separately (the password notice).</source>
        <translation>パスワード付きのファイルを保存しました。パスワードは別便（パスワードのお知らせ）で送ってください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="240"/>
        <source>The mailing was recorded.</source>
        <translation>発送を記録しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="255"/>
        <source>Choose a mailing first.</source>
        <translation>先に発送の記録を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_letters.py" line="266"/>
        <source>Recorded.</source>
        <translation>記録しました。</translation>
    </message>
</context>
<context>
    <name>RequestEntriesDialog</name>
    <message>
        <location filename="../../forms/request_entries_dialog.ui" line="6"/>
        <source>Register entries the request covers</source>
        <translation>請求の対象とする台帳</translation>
    </message>
    <message>
        <location filename="../../forms/request_entries_dialog.ui" line="8"/>
        <source>Tick every register entry that may hold data on the person. An entry taken off loses what was imported or withheld for it.</source>
        <translation>本人のデータがあり得る台帳すべてにチェックを付けてください。チェックを外した台帳は、取り込んだデータや不開示とした項目も削除されます。</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="20"/>
        <source>Notification of the purpose of use</source>
        <translation>利用目的の通知</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="21"/>
        <source>Disclosure</source>
        <translation>開示</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="22"/>
        <source>Disclosure of the records of provision</source>
        <translation>第三者提供記録の開示</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="25"/>
        <source>Correction, addition or deletion</source>
        <translation>訂正・追加・削除</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="26"/>
        <source>Suspension of use or erasure</source>
        <translation>利用停止・消去</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="27"/>
        <source>Stop of provision to third parties</source>
        <translation>第三者提供の停止</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="30"/>
        <source>On paper</source>
        <translation>書面</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="31"/>
        <source>Electronic record</source>
        <translation>電磁的記録</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="33"/>
        <source>As asked</source>
        <translation>請求どおり</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="35"/>
        <source>The person</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="36"/>
        <source>Legal representative</source>
        <translation>法定代理人</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="37"/>
        <source>Appointed agent</source>
        <translation>任意代理人</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="40"/>
        <source>Awaiting identity check</source>
        <translation>本人確認待ち</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="41"/>
        <source>Awaiting the fee</source>
        <translation>手数料待ち</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="42"/>
        <source>In review</source>
        <translation>検討中</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="43"/>
        <source>Decided</source>
        <translation>決定済み</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="44"/>
        <source>Sent</source>
        <translation>送付済み</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="45"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="46"/>
        <source>Withdrawn</source>
        <translation>取下げ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="49"/>
        <source>awaiting identity documents</source>
        <translation>本人確認書類待ち</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="50"/>
        <source>awaiting the fee</source>
        <translation>手数料待ち</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="53"/>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="145"/>
        <source>Post</source>
        <translation>郵送</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="54"/>
        <source>Fax</source>
        <translation>FAX</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="55"/>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="56"/>
        <source>At the desk</source>
        <translation>窓口</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="59"/>
        <source>The office&apos;s request form</source>
        <translation>所定の請求書</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="60"/>
        <source>The person&apos;s own letter</source>
        <translation>本人の書面</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="63"/>
        <source>Disclose in full</source>
        <translation>全部開示</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="64"/>
        <source>Disclose in part</source>
        <translation>一部開示</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="65"/>
        <source>Not disclosed</source>
        <translation>不開示</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="66"/>
        <source>No such data</source>
        <translation>該当データなし</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="67"/>
        <source>Done as asked</source>
        <translation>請求どおり対応</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="68"/>
        <source>Done in part</source>
        <translation>一部対応</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="69"/>
        <source>Not done</source>
        <translation>対応しない</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="70"/>
        <source>An alternative measure</source>
        <translation>代わりの措置</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="71"/>
        <source>Purpose notified</source>
        <translation>利用目的を通知</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="72"/>
        <source>Purpose not notified</source>
        <translation>利用目的を通知しない</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="75"/>
        <source>Harm to the person or a third party (Art. 33(2)(i))</source>
        <translation>本人又は第三者の権利利益を害するおそれ（法第33条第2項第1号）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="78"/>
        <source>Serious hindrance to the office&apos;s work (Art. 33(2)(ii))</source>
        <translation>業務の適正な実施に著しい支障（同項第2号）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="81"/>
        <source>Breach of another law (Art. 33(2)(iii))</source>
        <translation>他の法令に違反（同項第3号）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="82"/>
        <source>Identity not confirmed</source>
        <translation>本人確認ができない</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="83"/>
        <source>The agent&apos;s authority not confirmed</source>
        <translation>代理権を確認できない</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="86"/>
        <source>Documents incomplete</source>
        <translation>書類の不足</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="87"/>
        <source>Fee not paid</source>
        <translation>手数料の未納</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="88"/>
        <source>Not retained personal data</source>
        <translation>保有個人データに該当しない</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="91"/>
        <source>Driving licence</source>
        <translation>運転免許証</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="92"/>
        <source>Residence card or special permanent resident certificate</source>
        <translation>在留カード・特別永住者証明書</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="95"/>
        <source>My Number card (front only)</source>
        <translation>マイナンバーカード（表面のみ）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="96"/>
        <source>Passport</source>
        <translation>パスポート</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="97"/>
        <source>Health insurance qualification certificate (numbers masked)</source>
        <translation>資格確認書（番号等をマスキング）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="100"/>
        <source>Copy of the resident record</source>
        <translation>住民票の写し</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="101"/>
        <source>Family register certificate</source>
        <translation>戸籍謄本</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="102"/>
        <source>Certificate of registered matters</source>
        <translation>登記事項証明書</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="103"/>
        <source>Power of attorney</source>
        <translation>委任状</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="104"/>
        <source>Seal registration certificate</source>
        <translation>印鑑登録証明書</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="105"/>
        <source>Signature certificate</source>
        <translation>署名証明書（サイン証明）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="106"/>
        <source>Copy of the person&apos;s ID</source>
        <translation>本人の本人確認書類の写し</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="107"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="110"/>
        <source>The person&apos;s</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="111"/>
        <source>The agent&apos;s</source>
        <translation>代理人</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="112"/>
        <source>Proof of authority</source>
        <translation>代理権の証明</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="115"/>
        <source>The person&apos;s identity document</source>
        <translation>本人の本人確認書類</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="116"/>
        <source>Proof of the current address</source>
        <translation>現住所の確認書類</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="117"/>
        <source>The agent&apos;s identity document</source>
        <translation>代理人の本人確認書類</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="118"/>
        <source>Proof of legal representation</source>
        <translation>法定代理権の確認書類</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="119"/>
        <source>Power of attorney signed by the person</source>
        <translation>本人が署名した委任状</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="122"/>
        <source>Seal or signature certificate, or a copy of the person&apos;s ID</source>
        <translation>印鑑登録証明書・サイン証明・本人確認書類の写し</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="125"/>
        <source>A recent enough certificate</source>
        <translation>期間内に発行された証明書</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="128"/>
        <source>Ordinary post</source>
        <translation>普通郵便</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="129"/>
        <source>Specified record post</source>
        <translation>特定記録郵便</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="130"/>
        <source>Simple registered post</source>
        <translation>簡易書留</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="131"/>
        <source>Restricted delivery (to the addressee only)</source>
        <translation>本人限定受取郵便</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="134"/>
        <source>Handed over at the desk</source>
        <translation>窓口で手渡し</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="135"/>
        <source>Electronic file</source>
        <translation>電子ファイル</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="138"/>
        <source>Dispatched</source>
        <translation>発送済み</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="139"/>
        <source>Returned undelivered</source>
        <translation>返送（宛所不明など）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="140"/>
        <source>Misdelivered</source>
        <translation>誤配達</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="143"/>
        <source>Collection at the desk</source>
        <translation>窓口受け渡し</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="144"/>
        <source>Restricted delivery post</source>
        <translation>本人限定受取郵便</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="148"/>
        <source>As usual</source>
        <translation>通常どおり</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="149"/>
        <source>To the person</source>
        <translation>本人へ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="150"/>
        <source>To the requester (the agent)</source>
        <translation>請求者（代理人）へ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="153"/>
        <source>Not checked yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="154"/>
        <source>Confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="155"/>
        <source>Documents missing</source>
        <translation>不足あり</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="158"/>
        <source>Not compared</source>
        <translation>未照合</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="159"/>
        <source>Yes, the same</source>
        <translation>一致する</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="160"/>
        <source>No, it differs</source>
        <translation>一致しない</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="163"/>
        <source>Not recorded</source>
        <translation>未記録</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="164"/>
        <source>Postal stamps</source>
        <translation>郵便切手</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="165"/>
        <source>Fixed-amount money order</source>
        <translation>定額小為替</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="166"/>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="169"/>
        <source>Withdrawn by the requester</source>
        <translation>請求者による取下げ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="170"/>
        <source>Fee not paid by the date given</source>
        <translation>期限までに手数料の支払いがない</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="171"/>
        <source>Identity documents not sent by the date given</source>
        <translation>期限までに本人確認書類の提出がない</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="176"/>
        <source>Acknowledgement of receipt</source>
        <translation>受付のお知らせ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="177"/>
        <source>Request for identity documents</source>
        <translation>本人確認書類の提出依頼</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="178"/>
        <source>Notice of a fee shortfall</source>
        <translation>手数料不足のお知らせ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="179"/>
        <source>Notice of withdrawal</source>
        <translation>請求の取扱いについて（取下げ）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="180"/>
        <source>Decision to disclose</source>
        <translation>開示決定通知書</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="181"/>
        <source>Decision not to disclose</source>
        <translation>不開示決定通知書</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="182"/>
        <source>Result of the correction request</source>
        <translation>訂正等の結果通知</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="183"/>
        <source>Result of the suspension request</source>
        <translation>利用停止等の結果通知</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="184"/>
        <source>Notice of the purposes of use</source>
        <translation>利用目的の通知書</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="185"/>
        <source>Decision not to notify the purposes</source>
        <translation>利用目的を通知しない旨の通知書</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="188"/>
        <source>Notice of another disclosure method</source>
        <translation>開示方法の変更について</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="189"/>
        <source>Password notice</source>
        <translation>パスワードのお知らせ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="190"/>
        <source>Disclosure file (electronic record)</source>
        <translation>開示ファイル（電磁的記録）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="222"/>
        <source>Stopped since {date} ({why})</source>
        <translation>停止中：{date}から（{why}）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_common.py" line="229"/>
        <source>{amount} yen</source>
        <translation>{amount}円</translation>
    </message>
</context>
<context>
    <name>RequestMailingLogDialog</name>
    <message>
        <location filename="../../forms/request_mailing_log_dialog.ui" line="6"/>
        <source>Mailing log (発送簿)</source>
        <translation>発送簿</translation>
    </message>
    <message>
        <location filename="../../forms/request_mailing_log_dialog.ui" line="8"/>
        <source>Every letter sent for a request, newest first. Mail that came back undelivered reopens its request.</source>
        <translation>請求について送ったすべての文書（新しい順）。宛所不明などで戻った郵便は、その請求を再開します。</translation>
    </message>
    <message>
        <location filename="../../forms/request_mailing_log_dialog.ui" line="14"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_mailing_log.py" line="46"/>
        <source>{n} mailings</source>
        <translation>{n} 件</translation>
    </message>
</context>
<context>
    <name>RequestReceiveDialog</name>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="6"/>
        <source>New request</source>
        <translation>新しい請求</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="12"/>
        <source>Date received</source>
        <translation>受付日</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="13"/>
        <source>2026-11-23 / 令和8年11月23日</source>
        <translation>2026-11-23 / 令和8年11月23日</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="14"/>
        <source>Received by</source>
        <translation>受付方法</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="16"/>
        <source>Form</source>
        <translation>請求の書式</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="18"/>
        <source>Made by</source>
        <translation>請求者</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="20"/>
        <source>Agent&apos;s name</source>
        <translation>代理人の氏名・名称</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="22"/>
        <source>Honorific on letters</source>
        <translation>文書の敬称</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="24"/>
        <source>Relation to the person</source>
        <translation>本人との関係</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="25"/>
        <source>親権者, 成年後見人, 弁護士 …</source>
        <translation>親権者、成年後見人、弁護士 …</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="26"/>
        <source>Postal code on the request</source>
        <translation>請求書の郵便番号</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="28"/>
        <source>Address on the request</source>
        <translation>請求書の住所</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="29"/>
        <source>Empty for the person&apos;s own request: the address in the register</source>
        <translation>本人からの請求で空欄のときは、登録されている住所</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="30"/>
        <source>Language for letters</source>
        <translation>文書の言語</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="32"/>
        <source>Notes (never a My Number)</source>
        <translation>メモ（マイナンバーは書かない）</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="40"/>
        <source>Person (本人)</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="44"/>
        <source>Name, reading or member number…</source>
        <translation>氏名・フリガナ・会員番号…</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="45"/>
        <source>Register a new person…</source>
        <translation>新しい本人を登録…</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="55"/>
        <source>What is asked (tick each)</source>
        <translation>請求の種類（該当するものすべて）</translation>
    </message>
    <message>
        <location filename="../../forms/request_receive_dialog.ui" line="61"/>
        <source>Register entries concerned</source>
        <translation>対象の台帳</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_receive.py" line="53"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_receive.py" line="54"/>
        <source>Reading</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_receive.py" line="56"/>
        <source>Born</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_receive.py" line="59"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_receive.py" line="61"/>
        <source>Protected</source>
        <translation>所在秘匿</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_receive.py" line="144"/>
        <source>What exactly (optional)</source>
        <translation>請求の詳細（任意）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_receive.py" line="178"/>
        <source>Chosen: {name} {born}</source>
        <translation>選択中：{name} {born}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_receive.py" line="245"/>
        <source>Discard the request?</source>
        <translation>入力を破棄しますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/request_receive.py" line="246"/>
        <source>What you typed will not be saved.</source>
        <translation>入力した内容は保存されません。</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../forms/requests_page.ui" line="6"/>
        <source>Requests from persons (開示等の請求)</source>
        <translation>開示等の請求</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="9"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="23"/>
        <source>Rows in red are past their target date. ● marks a person whose whereabouts are protected (所在秘匿).</source>
        <translation>赤い行は回答期限を過ぎています。●は所在秘匿の本人です。</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="26"/>
        <source>New request…</source>
        <translation>新しい請求…</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="27"/>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="28"/>
        <source>Mailing log…</source>
        <translation>発送簿…</translation>
    </message>
    <message>
        <location filename="../../forms/requests_page.ui" line="30"/>
        <source>Dispose of requests past retention…</source>
        <translation>保存期間を過ぎた請求を廃棄…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="29"/>
        <source>Open requests</source>
        <translation>対応中の請求</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="30"/>
        <source>All requests, closed too</source>
        <translation>すべての請求（終了分を含む）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="60"/>
        <source>Past the target date</source>
        <translation>回答期限を過ぎています</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="62"/>
        <source>Whereabouts protected (所在秘匿)</source>
        <translation>所在秘匿</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="75"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="77"/>
        <source>Received</source>
        <translation>受付日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="81"/>
        <source>Person</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="84"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="86"/>
        <source>Made by</source>
        <translation>請求者</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="90"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="93"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="95"/>
        <source>Next</source>
        <translation>次の対応</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="140"/>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="149"/>
        <source>{n} requests</source>
        <translation>{n} 件</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="167"/>
        <source>The request was received.</source>
        <translation>請求を受け付けました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="180"/>
        <source>Choose a request first.</source>
        <translation>先に請求を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="211"/>
        <source>No request is past its retention years.</source>
        <translation>保存期間を過ぎた請求はありません。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="217"/>
        <source>Dispose of the requests?</source>
        <translation>請求を廃棄しますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="218"/>
        <source>{n} closed requests have been kept for the retention years. They are deleted with their letters and mailing log; this cannot be undone.</source>
        <translation>完了した請求 {n} 件が保存期間を過ぎています。発行した文書と発送簿の記録とともに削除します。元に戻せません。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/requests.py" line="241"/>
        <source>{n} requests were disposed of.</source>
        <translation>請求 {n} 件を廃棄しました。</translation>
    </message>
</context>
<context>
    <name>SelfCheckDialog</name>
    <message>
        <location filename="../../forms/self_check_dialog.ui" line="6"/>
        <source>Self-check</source>
        <translation>自己点検</translation>
    </message>
    <message>
        <location filename="../../forms/self_check_dialog.ui" line="12"/>
        <source>Previous category (PageUp or Ctrl+Left)</source>
        <translation>前の区分（PageUp または Ctrl+←）</translation>
    </message>
    <message>
        <location filename="../../forms/self_check_dialog.ui" line="15"/>
        <source>Next category (PageDown or Ctrl+Right)</source>
        <translation>次の区分（PageDown または Ctrl+→）</translation>
    </message>
    <message>
        <location filename="../../forms/self_check_dialog.ui" line="30"/>
        <source>Keys: 1 or Y = yes (適合), 2 or N = no (不適合), 3 or A = not applicable (該当なし), then on to the next question; Delete = clear; ↑↓ move; Tab to the comment, Enter back; PageDown / PageUp (or Ctrl+→ / Ctrl+←) for the next or previous category. Answers marked “From the app” were given by privacydesk from what it knows, with the evidence shown; change them if they are wrong. Every answer is saved at once.</source>
        <translation>キー操作：1 または Y＝適合、2 または N＝不適合、3 または A＝該当なし（回答すると次の質問へ進みます）、Delete＝取消し。↑↓で移動、Tab でコメントへ（Enter で戻る）、PageDown／PageUp（または Ctrl+→／Ctrl+←）で次・前の区分へ。「アプリから」の回答は、アプリが把握している事実から証跡とともに回答したものです。違っていれば変更してください。回答はその場で保存されます。</translation>
    </message>
    <message>
        <location filename="../../forms/self_check_dialog.ui" line="33"/>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../../forms/self_check_dialog.ui" line="35"/>
        <source>Evidence seen</source>
        <translation>確認した資料</translation>
    </message>
    <message>
        <location filename="../../forms/self_check_dialog.ui" line="43"/>
        <source>Finish…</source>
        <translation>完了…</translation>
    </message>
    <message>
        <location filename="../../forms/self_check_dialog.ui" line="44"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="40"/>
        <source>Yes {yes} · No {no} · Not applicable {na} · Open {open}</source>
        <translation>適合 {yes}・不適合 {no}・該当なし {na}・未回答 {open}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="70"/>
        <source>Left out (light measures)</source>
        <translation>対象外（軽易な措置）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="71"/>
        <source>From the app</source>
        <translation>アプリから</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="86"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="87"/>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="88"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="89"/>
        <source>Answered by</source>
        <translation>回答元</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="90"/>
        <source>Comment and evidence</source>
        <translation>コメント・確認した証跡</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="183"/>
        <source>Self-check of security measures (light measures)</source>
        <translation>安全管理措置の自己点検（軽易な措置）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="185"/>
        <source>Self-check of security measures</source>
        <translation>安全管理措置の自己点検</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="188"/>
        <source>{kind} (checklist version {version})</source>
        <translation>{kind}（チェックリスト第{version}版）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="194"/>
        <source>Finished on {date}: {result}. The answers can no longer change.</source>
        <translation>{date}に完了：{result}。回答はもう変更できません。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="200"/>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="253"/>
        <source>Read only: your role cannot answer the self-check.</source>
        <translation>閲覧のみ：あなたの役割では自己点検に回答できません。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="204"/>
        <source>Started on {date}. {prefilled} answers were given by the app: check them.</source>
        <translation>{date}に開始。{prefilled} 件はアプリが回答しました。内容を確かめてください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="43"/>
        <source>Answered {answered} of {total}</source>
        <translation>回答済み {answered} / {total}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="44"/>
        <source>This is the last category. Finish… records the result.</source>
        <translation>最後の区分です。「完了…」で結果を記録します。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="223"/>
        <source>Left out: the office chose the light measures, so this question is not asked.</source>
        <translation>対象外：軽易な措置を選択したため、この項目は点検しません。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="228"/>
        <source>From the app: {evidence}</source>
        <translation>アプリから：{evidence}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="232"/>
        <source>The app could not answer this one: {evidence}</source>
        <translation>アプリは回答できませんでした：{evidence}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="47"/>
        <source>Saved ({time}).</source>
        <translation>保存しました（{time}）。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/self_check.py" line="265"/>
        <source>The self-check was finished.</source>
        <translation>自己点検を完了しました。</translation>
    </message>
</context>
<context>
    <name>SelfCheckFinishDialog</name>
    <message>
        <location filename="../../forms/self_check_finish_dialog.ui" line="6"/>
        <source>Finish the self-check</source>
        <translation>自己点検の完了</translation>
    </message>
    <message>
        <location filename="../../forms/self_check_finish_dialog.ui" line="11"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../forms/self_check_finish_dialog.ui" line="13"/>
        <source>What is missing and what will be done</source>
        <translation>不足している点と今後の対応</translation>
    </message>
    <message>
        <location filename="../../forms/self_check_finish_dialog.ui" line="15"/>
        <source>Finished on</source>
        <translation>完了日</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../forms/settings_page.ui" line="6"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="10"/>
        <source>Organisation</source>
        <translation>組織情報</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="16"/>
        <source>Save the organisation details</source>
        <translation>組織情報を保存</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="22"/>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="26"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="28"/>
        <source>Lock after idle minutes</source>
        <translation>自動ロックまでの分数</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="30"/>
        <location filename="../../src/privacydesk/ui/pages/settings.py" line="70"/>
        <source>Backup folder</source>
        <translation>バックアップの保存先</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="34"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="37"/>
        <source>Backups kept</source>
        <translation>保持するバックアップ数</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="39"/>
        <source>Back up when closing</source>
        <translation>終了時にバックアップ</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="47"/>
        <source>Save settings</source>
        <translation>設定を保存</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="53"/>
        <source>Document templates</source>
        <translation>文書テンプレート</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="64"/>
        <source>Edit the wording. {name} is filled in from the record; {*name} on its own line becomes the numbered items. See the list of placeholders in the manual.</source>
        <translation>文面を編集します。{name} は記録から差し込まれます。行に単独の {*name} は番号付きの項目になります。使える差し込み項目は説明書の一覧を参照してください。</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="68"/>
        <source>Preview with sample data…</source>
        <translation>見本データでプレビュー…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="69"/>
        <source>Restore the default</source>
        <translation>既定に戻す</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="71"/>
        <source>Save the template</source>
        <translation>テンプレートを保存</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="79"/>
        <source>Envelopes and forms</source>
        <translation>封筒と様式</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="81"/>
        <source>Letters are addressed for a window envelope (長形3号). Print the test page at 100%, fold it in three, put it in your envelope, and adjust these values until the grey area shows in the window. All values in millimetres.</source>
        <translation>文書は窓付き封筒（長形3号）に合わせてあて名を印刷します。確認ページを100%で印刷して三つ折りにし、封筒に入れて、灰色の枠が窓から見えるようにこの値を調整してください。単位はすべてミリメートルです。</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="84"/>
        <source>Window from the left</source>
        <translation>窓の左端までの距離</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="86"/>
        <source>Window from the top</source>
        <translation>窓の上端までの距離</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="88"/>
        <source>Window width</source>
        <translation>窓の幅</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="90"/>
        <source>Window height</source>
        <translation>窓の高さ</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="92"/>
        <source>Sheet play sideways</source>
        <translation>用紙の横方向の遊び</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="94"/>
        <source>Sheet play up and down</source>
        <translation>用紙の縦方向の遊び</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="96"/>
        <source>Official seal</source>
        <translation>公印</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="100"/>
        <source>Identity documents accepted (one per line; the request form lists them)</source>
        <translation>受け付ける本人確認書類（1行に1つ。開示等請求書に印刷されます）</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="104"/>
        <source>Envelope test page…</source>
        <translation>封筒の位置確認ページ…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="105"/>
        <source>Blank request form…</source>
        <translation>開示等請求書（白紙）…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="106"/>
        <source>Blank power of attorney…</source>
        <translation>委任状（白紙）…</translation>
    </message>
    <message>
        <location filename="../../forms/settings_page.ui" line="108"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/settings.py" line="106"/>
        <location filename="../../src/privacydesk/ui/pages/templates_tab.py" line="207"/>
        <source>Settings saved.</source>
        <translation>設定を保存しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/templates_tab.py" line="24"/>
        <source>Cover letter for the request forms</source>
        <translation>請求書類の送付状</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/templates_tab.py" line="25"/>
        <source>Request form</source>
        <translation>開示等請求書</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/templates_tab.py" line="26"/>
        <source>Power of attorney</source>
        <translation>委任状</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/templates_tab.py" line="36"/>
        <source>default</source>
        <translation>既定</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/templates_tab.py" line="37"/>
        <source>version {n}</source>
        <translation>第{n}版</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/templates_tab.py" line="52"/>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/templates_tab.py" line="53"/>
        <source>Wording</source>
        <translation>文面</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/templates_tab.py" line="76"/>
        <source>Omitted (公印省略)</source>
        <translation>省略（公印省略）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/templates_tab.py" line="77"/>
        <source>A box for the seal</source>
        <translation>押印欄を設ける</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/templates_tab.py" line="176"/>
        <source>Saved as version {n}.</source>
        <translation>第{n}版として保存しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/templates_tab.py" line="185"/>
        <source>Restore the default wording?</source>
        <translation>既定の文面に戻しますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/templates_tab.py" line="186"/>
        <source>Your versions stay in the history; letters use the default.</source>
        <translation>これまでの版は履歴に残ります。文書には既定の文面が使われます。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="6"/>
        <source>Sign in — privacydesk</source>
        <translation>サインイン — privacydesk</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="10"/>
        <source>Sign in to the privacy office</source>
        <translation>個人情報管理にサインイン</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="24"/>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="29"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="33"/>
        <source>&amp;User name</source>
        <translation>ユーザー名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="37"/>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="42"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="42"/>
        <source>Show what you typed (to spot Caps Lock or the input method)</source>
        <translation>入力した文字を表示します（Caps Lock や入力モードの確認に）</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="56"/>
        <source>Use the recovery sheet…</source>
        <translation>復旧シートを使う…</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="57"/>
        <source>Rebuild the key file from a backup…</source>
        <translation>鍵ファイルをバックアップから作り直す…</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="64"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../forms/sign_in_dialog.ui" line="65"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="72"/>
        <source>Demo database with synthetic data. User: {user}  Password: {password}</source>
        <translation>架空のデータのデモ用データベースです。ユーザー名: {user}  パスワード: {password}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="79"/>
        <source>privacydesk is locked. You or another staff member may sign in.</source>
        <translation>ロックされています。あなたか、ほかの職員がサインインできます。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="100"/>
        <source>Open a database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="114"/>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="137"/>
        <source>Take over the lock?</source>
        <translation>ロックを引き継ぎますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="140"/>
        <source>Take over only if that person has really stopped. This is recorded in the audit log.</source>
        <translation>その人が本当に作業を終えている場合だけ引き継いでください。監査ログに記録されます。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="171"/>
        <source>You can try again now.</source>
        <translation>もう一度お試しいただけます。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="176"/>
        <source>Recovery sheet</source>
        <translation>復旧シート</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="177"/>
        <source>Type the recovery secret from the sheet (PD1-…):</source>
        <translation>復旧シートのコード（PD1-…）を入力してください:</translation>
    </message>
</context>
<context>
    <name>StaffLabels</name>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_common.py" line="32"/>
        <source>No pledge</source>
        <translation>誓約書なし</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_common.py" line="33"/>
        <source>Training overdue</source>
        <translation>研修未受講</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_common.py" line="98"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_common.py" line="142"/>
        <source>Pledge: {name}</source>
        <translation>誓約書：{name}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_common.py" line="145"/>
        <source>Pledge (blank)</source>
        <translation>誓約書（白紙）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_common.py" line="169"/>
        <source>Attendance sheet: {topic}</source>
        <translation>研修出席簿：{topic}</translation>
    </message>
</context>
<context>
    <name>StaffMemberDialog</name>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="6"/>
        <source>Staff member</source>
        <translation>役職員等</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="12"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="14"/>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="16"/>
        <source>Part in handling personal data</source>
        <translation>個人データの取扱いでの担当</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="17"/>
        <source>e.g. member list, consultations desk</source>
        <translation>例：会員名簿、相談窓口</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="18"/>
        <source>App account</source>
        <translation>アプリのアカウント</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="20"/>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="21"/>
        <source>e.g. 2026-04-01 or 令和8年4月1日</source>
        <translation>例：2026-04-01 又は 令和8年4月1日</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="22"/>
        <source>Until</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="23"/>
        <source>Left empty while they are active</source>
        <translation>在籍中は空欄</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="24"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="30"/>
        <source>Pledges (誓約書)</source>
        <translation>誓約書</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="41"/>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="66"/>
        <source>Signed on</source>
        <translation>署名日</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="43"/>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="69"/>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="45"/>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="71"/>
        <source>Kept where</source>
        <translation>保管場所</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="47"/>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="74"/>
        <source>Continues after leaving</source>
        <translation>退職後も継続</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="52"/>
        <source>Record the pledge</source>
        <translation>誓約書を記録</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="53"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="62"/>
        <source>Trainings attended</source>
        <translation>受講した研修</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="78"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../forms/staff_member_dialog.ui" line="79"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="84"/>
        <source>Held on</source>
        <translation>実施日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="87"/>
        <source>Topic</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="89"/>
        <source>Understanding checked</source>
        <translation>理解度確認済</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="199"/>
        <source>New staff member</source>
        <translation>役職員等の登録</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="203"/>
        <source>Save the member first; then record their pledge.</source>
        <translation>まず保存してください。その後、誓約書を記録できます。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="210"/>
        <source>active</source>
        <translation>在籍中</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="212"/>
        <source>left</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="216"/>
        <source>Staff member: {name}</source>
        <translation>役職員等：{name}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="220"/>
        <source>Nothing needs attention.</source>
        <translation>確認が必要な事項はありません。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="230"/>
        <source>The staff member was added.</source>
        <translation>登録しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="238"/>
        <source>The changes were saved.</source>
        <translation>変更を保存しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="260"/>
        <source>The pledge was recorded.</source>
        <translation>誓約書を記録しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="271"/>
        <source>Choose a pledge first.</source>
        <translation>先に誓約書を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="276"/>
        <source>Remove the pledge?</source>
        <translation>誓約書の記録を削除しますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="277"/>
        <source>Only a pledge recorded by mistake should be removed: the signed paper stays the record.</source>
        <translation>誤って記録したものだけを削除してください（署名した誓約書そのものが記録です）。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_member.py" line="288"/>
        <source>The pledge was removed.</source>
        <translation>誓約書の記録を削除しました。</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../forms/staff_page.ui" line="6"/>
        <source>Staff accounts</source>
        <translation>職員アカウント</translation>
    </message>
    <message>
        <location filename="../../forms/staff_page.ui" line="10"/>
        <source>Add an account…</source>
        <translation>アカウントを追加…</translation>
    </message>
    <message>
        <location filename="../../forms/staff_page.ui" line="11"/>
        <source>Reset password…</source>
        <translation>パスワードを再設定…</translation>
    </message>
    <message>
        <location filename="../../forms/staff_page.ui" line="12"/>
        <source>Disable</source>
        <translation>無効にする</translation>
    </message>
    <message>
        <location filename="../../forms/staff_page.ui" line="13"/>
        <source>Renew the database key…</source>
        <translation>データベースの鍵を更新…</translation>
    </message>
    <message>
        <location filename="../../forms/staff_page.ui" line="13"/>
        <source>Re-key the database so that old copies of the key file (a former staff member&apos;s) open neither the database nor new backups</source>
        <translation>鍵ファイルの古い写し（辞めた職員が持っているかもしれないもの）では、データベースも新しいバックアップも開けないように、データベースの鍵を新しくします</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="33"/>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="35"/>
        <source>Full name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="39"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="42"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="44"/>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="88"/>
        <source>The account was added.</source>
        <translation>アカウントを追加しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="101"/>
        <source>The password was reset. Tell the person in person, not by email.</source>
        <translation>パスワードを再設定しました。メールではなく、直接本人に伝えてください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="115"/>
        <source>Disable the account?</source>
        <translation>アカウントを無効にしますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="116"/>
        <source>{name} will no longer be able to sign in. Their past actions stay in the audit log.</source>
        <translation>{name} はサインインできなくなります。これまでの操作は監査ログに残ります。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="127"/>
        <source>The account was disabled.</source>
        <translation>アカウントを無効にしました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="132"/>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="154"/>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="174"/>
        <source>Renew the database key?</source>
        <translation>データベースの鍵を更新しますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="133"/>
        <source>Re-key the database now, so that a copy of the key file that {name} may have kept opens neither the database nor new backups? It takes a few seconds and makes a backup.</source>
        <translation>{name} が持っているかもしれない鍵ファイルの写しで、データベースも新しいバックアップも開けないように、いまデータベースの鍵を更新しますか？ 数秒かかり、バックアップを1つ作成します。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="155"/>
        <source>Every remaining account keeps its password. Old copies of the key file will open neither the database nor new backups; older backups keep their own key file and still open with the recovery sheet. Other windows signed in to this database will have to sign in again.</source>
        <translation>残りのアカウントのパスワードはそのまま使えます。鍵ファイルの古い写しでは、データベースも新しいバックアップも開けなくなります。これまでのバックアップはそれぞれの鍵ファイルを持っており、復旧シートで開けます。このデータベースを開いているほかの画面は、サインインし直す必要があります。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="175"/>
        <source>These accounts have not signed in since this version and cannot be carried to the new key: {names}. Renew without them? You will then reset their passwords.</source>
        <translation>次のアカウントは、このバージョンになってからまだサインインしていないため、新しい鍵に引き継げません: {names}。引き継がずに更新しますか？ その場合、あとでパスワードを再設定してください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="198"/>
        <source>The database key was renewed. Old copies of the key file no longer open it. A backup was made with the new key: {folder}</source>
        <translation>データベースの鍵を更新しました。鍵ファイルの古い写しではもう開けません。新しい鍵でバックアップを作成しました: {folder}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="204"/>
        <source>Reset the passwords of: {names}</source>
        <translation>次のアカウントのパスワードを再設定してください: {names}</translation>
    </message>
</context>
<context>
    <name>StaffTrainingDialog</name>
    <message>
        <location filename="../../forms/staff_training_dialog.ui" line="6"/>
        <source>Training</source>
        <translation>研修</translation>
    </message>
    <message>
        <location filename="../../forms/staff_training_dialog.ui" line="11"/>
        <source>Held on</source>
        <translation>実施日</translation>
    </message>
    <message>
        <location filename="../../forms/staff_training_dialog.ui" line="12"/>
        <source>e.g. 2026-04-01 or 令和8年4月1日</source>
        <translation>例：2026-04-01 又は 令和8年4月1日</translation>
    </message>
    <message>
        <location filename="../../forms/staff_training_dialog.ui" line="13"/>
        <source>Topic</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../../forms/staff_training_dialog.ui" line="15"/>
        <source>Material</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../../forms/staff_training_dialog.ui" line="22"/>
        <source>Save the training</source>
        <translation>研修を保存</translation>
    </message>
    <message>
        <location filename="../../forms/staff_training_dialog.ui" line="27"/>
        <source>Attendance: tick who attended and whose understanding was checked</source>
        <translation>出席：出席した人と、理解度を確認した人に印を付けます</translation>
    </message>
    <message>
        <location filename="../../forms/staff_training_dialog.ui" line="37"/>
        <source>Save the attendance</source>
        <translation>出席を保存</translation>
    </message>
    <message>
        <location filename="../../forms/staff_training_dialog.ui" line="38"/>
        <source>Print the attendance sheet…</source>
        <translation>出席簿を印刷…</translation>
    </message>
    <message>
        <location filename="../../forms/staff_training_dialog.ui" line="49"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_training.py" line="56"/>
        <source>Attended</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_training.py" line="57"/>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_training.py" line="58"/>
        <source>Understanding checked</source>
        <translation>理解度確認済</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_training.py" line="209"/>
        <source>New training</source>
        <translation>研修の登録</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_training.py" line="211"/>
        <source>Training: {topic}</source>
        <translation>研修：{topic}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_training.py" line="271"/>
        <location filename="../../src/privacydesk/ui/dialogs/staff_training.py" line="279"/>
        <source>The training was saved.</source>
        <translation>研修を保存しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/staff_training.py" line="299"/>
        <source>The attendance of {count} people was saved.</source>
        <translation>{count} 人の出席を保存しました。</translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="6"/>
        <location filename="../../src/privacydesk/ui/dialogs/subject.py" line="43"/>
        <source>Person</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="11"/>
        <source>Identity</source>
        <translation>本人の情報</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="15"/>
        <source>Legal name (as on the residence card or as written)</source>
        <translation>氏名（在留カード等の表記のまま）</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="17"/>
        <source>Reading (フリガナ)</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="19"/>
        <source>Alias or 通称名</source>
        <translation>通称名</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="21"/>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="22"/>
        <source>2026-11-23 / 令和8年11月23日</source>
        <translation>2026-11-23 / 令和8年11月23日</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="23"/>
        <source>Member number in the source system</source>
        <translation>会員番号（元のシステム）</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="25"/>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="27"/>
        <source>Language for letters</source>
        <translation>文書の言語</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="29"/>
        <source>Protect the whereabouts (所在秘匿)</source>
        <translation>所在を秘匿する</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="36"/>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="40"/>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="42"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="44"/>
        <source>Country (if abroad)</source>
        <translation>国（海外の場合）</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="46"/>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="48"/>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="55"/>
        <source>Representative and notes</source>
        <translation>代理人と備考</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="59"/>
        <source>Legal representative (for a minor)</source>
        <translation>法定代理人（未成年の場合）</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="61"/>
        <source>Relation</source>
        <translation>続柄</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="63"/>
        <source>Representative&apos;s contact</source>
        <translation>法定代理人の連絡先</translation>
    </message>
    <message>
        <location filename="../../forms/subject_dialog.ui" line="65"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/subject.py" line="119"/>
        <source>The same person?</source>
        <translation>同じ人ですか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/subject.py" line="122"/>
        <source>Save as a different person anyway?</source>
        <translation>別の人として保存しますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/subject.py" line="139"/>
        <source>Discard the changes?</source>
        <translation>変更を破棄しますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/subject.py" line="140"/>
        <source>What you typed will not be saved.</source>
        <translation>入力した内容は保存されません。</translation>
    </message>
</context>
<context>
    <name>SubjectsPage</name>
    <message>
        <location filename="../../forms/subjects_page.ui" line="6"/>
        <source>Persons and consents</source>
        <translation>本人・同意</translation>
    </message>
    <message>
        <location filename="../../forms/subjects_page.ui" line="9"/>
        <source>Name, reading, alias, address, email or phone…</source>
        <translation>氏名・フリガナ・通称名・住所・メール・電話で検索…</translation>
    </message>
    <message>
        <location filename="../../forms/subjects_page.ui" line="24"/>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../forms/subjects_page.ui" line="32"/>
        <source>New person…</source>
        <translation>本人を追加…</translation>
    </message>
    <message>
        <location filename="../../forms/subjects_page.ui" line="33"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../../forms/subjects_page.ui" line="34"/>
        <source>Record a consent…</source>
        <translation>同意を記録…</translation>
    </message>
    <message>
        <location filename="../../forms/subjects_page.ui" line="35"/>
        <source>Record a withdrawal…</source>
        <translation>撤回を記録…</translation>
    </message>
    <message>
        <location filename="../../forms/subjects_page.ui" line="36"/>
        <source>Show sensitive information</source>
        <translation>要配慮個人情報を表示</translation>
    </message>
    <message>
        <location filename="../../forms/subjects_page.ui" line="37"/>
        <source>Import from Excel…</source>
        <translation>Excel から取り込み…</translation>
    </message>
    <message>
        <location filename="../../forms/subjects_page.ui" line="38"/>
        <source>Past retention…</source>
        <translation>保存期間の経過…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="29"/>
        <source>in force</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="30"/>
        <source>withdrawn</source>
        <translation>撤回済み</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="31"/>
        <source>needs renewal (要再同意)</source>
        <translation>要再同意</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="51"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="52"/>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="290"/>
        <source>Reading</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="54"/>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="292"/>
        <source>Born</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="57"/>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="296"/>
        <source>Member no.</source>
        <translation>会員番号</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="58"/>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="293"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="60"/>
        <source>Protected</source>
        <translation>秘匿</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="74"/>
        <source>Consented to</source>
        <translation>同意の対象</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="76"/>
        <source>Given</source>
        <translation>同意日</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="79"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="142"/>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="148"/>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="161"/>
        <source>{n} persons</source>
        <translation>{n} 人</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="187"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="197"/>
        <source>The consent was recorded.</source>
        <translation>同意を記録しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="203"/>
        <source>Choose a consent first.</source>
        <translation>先に同意を選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="214"/>
        <source>The withdrawal was recorded.</source>
        <translation>撤回を記録しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="233"/>
        <source>No one is past retention ({held} held).</source>
        <translation>保存期間を過ぎた本人はいません（保留中 {held} 人）。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="241"/>
        <source>Dispose of them?</source>
        <translation>廃棄しますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="242"/>
        <source>{n} persons are past the retention of every register entry holding them ({held} more are held). Delete them and their consents? Backups still hold them until they age out.</source>
        <translation>{n} 人が、その人を含むすべての台帳の保存期間を過ぎています（ほかに保留中 {held} 人）。本人と同意の記録を削除しますか？バックアップには、古くなって消えるまで残ります。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="257"/>
        <source>{n} persons disposed of. Backups still hold them until they age out.</source>
        <translation>{n} 人を廃棄しました。バックアップには、古くなって消えるまで残ります。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="278"/>
        <source>Sensitive information (viewing is recorded)</source>
        <translation>要配慮個人情報（表示は記録されます）</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="279"/>
        <source>None recorded.</source>
        <translation>記録はありません。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="289"/>
        <source>Whereabouts protected (所在秘匿)</source>
        <translation>所在秘匿</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="291"/>
        <source>Alias</source>
        <translation>通称名</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="294"/>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="295"/>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="297"/>
        <source>Representative</source>
        <translation>法定代理人</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="298"/>
        <source>Register entries</source>
        <translation>台帳の項目</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="299"/>
        <source>History</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/subjects.py" line="300"/>
        <source>Records of provision and receipt</source>
        <translation>第三者提供・受領の記録</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="6"/>
        <source>Welcome to privacydesk</source>
        <translation>privacydesk へようこそ</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="20"/>
        <source>privacydesk keeps the office&apos;s records in one encrypted file. Create it, and the first account: a manager, who adds the other staff later.</source>
        <translation>privacydesk は事務局の記録を暗号化した一つのファイルに保存します。そのファイルと最初のアカウント（管理者）を作成します。ほかの職員は後で管理者が追加します。</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="26"/>
        <location filename="../../src/privacydesk/ui/dialogs/welcome.py" line="87"/>
        <source>Database file</source>
        <translation>データベースファイル</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="30"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="33"/>
        <source>Manager&apos;s user name</source>
        <translation>管理者のユーザー名</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="35"/>
        <source>Full name (shown in lists)</source>
        <translation>氏名（一覧に表示）</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="37"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="41"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="44"/>
        <source>Password again</source>
        <translation>パスワード（確認）</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="46"/>
        <source>Strength</source>
        <translation>強さ</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="52"/>
        <source>At least 12 characters. The password is what protects the records if this computer is stolen: a few words together are easy to remember and hard to guess.</source>
        <translation>12 文字以上にしてください。パソコンが盗まれたとき、記録を守るのはこのパスワードです。いくつかの言葉を組み合わせると、覚えやすく推測されにくくなります。</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="63"/>
        <source>This is the recovery sheet. If every password is lost, a manager uses it to set a new one, and it opens every backup. Print it now and keep it in the office safe. It is shown only this once.</source>
        <translation>これは復旧シートです。すべてのパスワードを失ったとき、管理者はこれで新しいパスワードを設定でき、すべてのバックアップも開けます。今すぐ印刷して、事務所の金庫に保管してください。表示されるのはこの一度だけです。</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="70"/>
        <source>Print the recovery sheet…</source>
        <translation>復旧シートを印刷…</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="74"/>
        <source>I have printed the sheet and will keep it in the safe</source>
        <translation>印刷し、金庫に保管します</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="81"/>
        <source>The organisation&apos;s details appear on every letter. You can change them later in Settings.</source>
        <translation>組織情報はすべての文書に印刷されます。後から「設定」で変更できます。</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="100"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../forms/welcome_dialog.ui" line="101"/>
        <location filename="../../src/privacydesk/ui/dialogs/welcome.py" line="68"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/welcome.py" line="57"/>
        <source>Step 1 of 3: the database and the manager</source>
        <translation>手順 1/3: データベースと管理者</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/welcome.py" line="58"/>
        <source>Step 2 of 3: the recovery sheet</source>
        <translation>手順 2/3: 復旧シート</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/welcome.py" line="59"/>
        <source>Step 3 of 3: the organisation</source>
        <translation>手順 3/3: 組織情報</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/welcome.py" line="66"/>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/welcome.py" line="112"/>
        <source>Creating the encrypted database…</source>
        <translation>暗号化したデータベースを作成しています…</translation>
    </message>
</context>
</TS>
