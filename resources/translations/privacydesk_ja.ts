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
        <location filename="../../src/privacydesk/ui/pages/home.py" line="41"/>
        <source>Priority</source>
        <translation>重要度</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/home.py" line="42"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/home.py" line="61"/>
        <source>Hello, {name}. These need your attention:</source>
        <translation>{name} さん、次の件に対応が必要です:</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/home.py" line="63"/>
        <source>Hello, {name}. Nothing needs your attention right now.</source>
        <translation>{name} さん、今は対応が必要な件はありません。</translation>
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
        <location filename="../../src/privacydesk/ui/main_window.py" line="25"/>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="26"/>
        <source>Staff</source>
        <translation>職員</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="27"/>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="28"/>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="29"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/main_window.py" line="121"/>
        <source>Signed in: {user} ({role})</source>
        <translation>サインイン中: {user}（{role}）</translation>
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
        <location filename="../../src/privacydesk/ui/pages/templates_tab.py" line="209"/>
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
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="57"/>
        <source>Demo database with synthetic data. User: {user}  Password: {password}</source>
        <translation>架空のデータのデモ用データベースです。ユーザー名: {user}  パスワード: {password}</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="64"/>
        <source>privacydesk is locked. You or another staff member may sign in.</source>
        <translation>ロックされています。あなたか、ほかの職員がサインインできます。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="85"/>
        <source>Open a database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="99"/>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="121"/>
        <source>Take over the lock?</source>
        <translation>ロックを引き継ぎますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="124"/>
        <source>Take over only if that person has really stopped. This is recorded in the audit log.</source>
        <translation>その人が本当に作業を終えている場合だけ引き継いでください。監査ログに記録されます。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="141"/>
        <source>Recovery sheet</source>
        <translation>復旧シート</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/dialogs/sign_in.py" line="142"/>
        <source>Type the recovery secret from the sheet (PD1-…):</source>
        <translation>復旧シートのコード（PD1-…）を入力してください:</translation>
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
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="87"/>
        <source>The account was added.</source>
        <translation>アカウントを追加しました。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="100"/>
        <source>The password was reset. Tell the person in person, not by email.</source>
        <translation>パスワードを再設定しました。メールではなく、直接本人に伝えてください。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="112"/>
        <source>Disable the account?</source>
        <translation>アカウントを無効にしますか？</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="113"/>
        <source>{name} will no longer be able to sign in. Their past actions stay in the audit log.</source>
        <translation>{name} はサインインできなくなります。これまでの操作は監査ログに残ります。</translation>
    </message>
    <message>
        <location filename="../../src/privacydesk/ui/pages/staff.py" line="123"/>
        <source>The account was disabled.</source>
        <translation>アカウントを無効にしました。</translation>
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
