"""The message catalogue: every error and CLI text in Japanese and English, plain data.

Qt's .ts files translate widget text; this catalogue serves errors and the CLI (its --help
included). tests/test_messages.py fails when a code lacks either language or a code used in
the source is missing here.
"""

from __future__ import annotations

import string
from typing import Any

LANGUAGES = ("ja", "en")
DEFAULT_LANGUAGE = "ja"

MESSAGES: dict[str, dict[str, str]] = {
    # Exit codes (one table for --help and the README).
    "exit.ok": {"ja": "正常終了", "en": "ok"},
    "exit.internal": {
        "ja": "内部エラー（不具合）。詳細は個人情報を含まないログにあります",
        "en": "internal error (a bug); details in the log, without personal values",
    },
    "exit.usage": {"ja": "コマンドの使い方の誤り", "en": "usage error"},
    "exit.wrong_credentials": {
        "ja": "ユーザー名またはパスワードの誤り",
        "en": "wrong user name or password",
    },
    "exit.not_a_database": {
        "ja": "privacydesk のデータベースではない、または破損している",
        "en": "not a privacydesk database, or damaged",
    },
    "exit.schema_too_new": {
        "ja": "データベースがこのアプリより新しい版で作られている",
        "en": "the database schema is newer than this app",
    },
    "exit.invalid_input": {
        "ja": "入力の誤り（報告は標準エラー出力へ）",
        "en": "invalid input (a report on stderr)",
    },
    "exit.audit_broken": {
        "ja": "監査ログの連鎖が壊れている（最初の壊れた記録を示します）",
        "en": "the audit chain is broken (names the first broken entry)",
    },
    "exit.not_allowed": {
        "ja": "この役割では許可されていない操作",
        "en": "not allowed for this role",
    },
    "exit.in_use": {
        "ja": "ほかの人が使用中（誰かを示します）",
        "en": "in use by someone else (says who)",
    },
    "exit.key_file": {
        "ja": "鍵ファイルがない、壊れている、または別のデータベースのもの（復旧シートを使用）",
        "en": "key file missing, damaged or of another database (use the recovery secret)",
    },
    "exit.environment": {
        "ja": "環境の問題（ディスク容量不足、読み取り専用、OS の権限）",
        "en": "the environment (disk full, read-only file or folder, no OS permission)",
    },
    "exit.gaps_found": {
        "ja": "点検を実行し、不備が見つかった",
        "en": "a check ran and found gaps",
    },
    # Generic
    "internal.unexpected": {
        "ja": "予期しないエラーが発生しました（{what}）。データは変更されていません。",
        "en": "An unexpected error occurred ({what}). No data was changed.",
    },
    "task.cancelled": {"ja": "処理を中止しました。", "en": "The work was cancelled."},
}


class _SafeDict(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(code: str, lang: str = DEFAULT_LANGUAGE, **params: Any) -> str:
    """Text for a message code in a language; an unknown code renders as itself."""
    entry = MESSAGES.get(code)
    if entry is None:
        return code
    template = entry.get(lang) or entry["en"]
    return string.Formatter().vformat(template, (), _SafeDict(params))


def normalise_language(lang: str | None) -> str:
    if lang and lang.lower()[:2] in LANGUAGES:
        return lang.lower()[:2]
    return DEFAULT_LANGUAGE


# Shared folders: where the database lives and the one-person-at-a-time lock file.
MESSAGES.update(
    {
        "lock.held": {
            "ja": "このデータベースは {user} さんが {host} で {since} から開いています。同時"
            "に使えるのは1人だけです。閉じてもらうか、しばらく待ってから開き直してくだ"
            "さい。",
            "en": "{user} has had this database open on {host} since {since}. Only one "
            "person can use it at a time. Ask them to close it, or wait and try again.",
        },
        "lock.stale": {
            "ja": "{user} さんが {host} で {since} から開いた記録が残っていますが、{heartbeat"
            "} 以降応答がありません（パソコンの停止や接続切れの可能性があります）。{use"
            "r} さんが本当に使っていないことを確かめてから、引き継いで開いてください。"
            "引き継ぎは監査ログに記録されます。",
            "en": "A lock says {user} opened this database on {host} at {since}, but there "
            "has been no sign of life since {heartbeat} (their computer may have "
            "stopped or lost the connection). Make sure {user} is really not using it, "
            "then take it over. The takeover is recorded in the audit log.",
        },
        "lock.unreadable": {
            "ja": "ロックファイル {path} が壊れていて、誰が開いているか分かりません（異常終了"
            "の跡と思われます）。ほかに使っている人がいないことを確かめてから、引き継い"
            "で開いてください。引き継ぎは監査ログに記録されます。",
            "en": "The lock file {path} is damaged, so it is not known who has the database "
            "open (probably left by a crash). Make sure nobody else is using it, then "
            "take it over. The takeover is recorded in the audit log.",
        },
        "lock.cannot_write": {
            "ja": "ロックファイル {path} を作成・読み取り・更新できません。フォルダーが読み取"
            "り専用か、権限がありません。書き込めるフォルダーを使うか、管理者に権限を確"
            "認してください。",
            "en": "Cannot create, read or update the lock file {path}. The folder is "
            "read-only or you lack permission. Use a folder you can write to, or ask "
            "your administrator.",
        },
        "location.synced_refused": {
            "ja": "データベース {path} は {service} の同期フォルダーにあります。同期中や2台で"
            "同時に開いたときにデータベースが壊れるおそれがあるため、通常は開きません。"
            "同期されないフォルダーへ移すか、危険を理解したうえで、設定でこのデータベー"
            "スの共有フォルダー利用を許可してください（その場合も開けるのは1人ずつです"
            "）。",
            "en": "The database {path} is in a {service} synced folder. Syncing can damage a "
            "database that is open or opened on two computers, so it is refused by "
            "default. Move it to a folder that is not synced, or, if you accept the "
            "risk, allow shared-folder use for this database in the settings (one "
            "person at a time).",
        },
        "location.network_refused": {
            "ja": "データベース {path} はネットワーク上のフォルダー（共有フォルダーや NAS）に"
            "あります。接続が切れたときにデータベースが壊れるおそれがあるため、通常は開"
            "きません。このパソコンのフォルダーへ移すか、危険を理解したうえで、設定でこ"
            "のデータベースの共有フォルダー利用を許可してください（その場合も開けるのは"
            "1人ずつです）。",
            "en": "The database {path} is on a network folder (a shared folder or NAS). A "
            "dropped connection can damage the database, so it is refused by default. "
            "Move it to a folder on this computer, or, if you accept the risk, allow "
            "shared-folder use for this database in the settings (one person at a "
            "time).",
        },
        "location.synced_warning": {
            "ja": "{service} などの同期フォルダーは、データベースの古い版や「競合コピー」を残"
            "すことがあります。コピーは暗号化されたままですが、ここで削除した記録もコピ"
            "ーには残り、古い版を誤って戻すとその後の入力が失われます。同期サービスの版"
            "の履歴とごみ箱を保存期間の規程に沿って整理し、2台で同時に開かないでくださ"
            "い。",
            "en": "Synced folders such as {service} can keep old versions and 'conflicted "
            "copies' of the database. The copies stay encrypted, but records deleted "
            "here remain in them, and restoring an old version by mistake loses later "
            "work. Clear the service's version history and trash according to your "
            "retention rules, and never open the database on two computers at once.",
        },
    }
)

# Foundation: accounts, database files, audit, backups, profile, settings, CLI.
MESSAGES.update(
    {
        "auth.wrong_credentials": {
            "ja": "ユーザー名またはパスワードが正しくありません",
            "en": "The user name or password is not correct",
        },
        "auth.account_disabled": {
            "ja": "このアカウントは無効にされました。もう一度サインインしてください。",
            "en": "This account has been disabled. Please sign in again.",
        },
        "auth.signed_out": {
            "ja": "サインアウト済みです。もう一度サインインしてください。",
            "en": "You are signed out. Please sign in again.",
        },
        "auth.role_not_allowed": {
            "ja": "この操作（{action}）は、あなたの役割（{role}）では行えません。管理者に依頼してください。",
            "en": "Your role ({role}) may not do this ({action}). Please ask a manager.",
        },
        "role.manager": {"ja": "管理者", "en": "manager"},
        "role.staff": {"ja": "担当者", "en": "staff"},
        "role.viewer": {"ja": "閲覧者", "en": "viewer"},
        "accounts.username_empty": {
            "ja": "ユーザー名を入力してください。",
            "en": "Please enter a user name.",
        },
        "accounts.username_too_long": {
            "ja": "ユーザー名は {max} 文字以内にしてください。",
            "en": "The user name may have at most {max} characters.",
        },
        "accounts.username_bad_chars": {
            "ja": "ユーザー名に使えない文字（制御文字など）が含まれています。",
            "en": "The user name contains characters that cannot be used (control characters).",
        },
        "accounts.username_taken": {
            "ja": "このユーザー名は既に使われています。",
            "en": "This user name is already in use.",
        },
        "accounts.display_name_too_long": {
            "ja": "表示名は {max} 文字以内にしてください。",
            "en": "The display name may have at most {max} characters.",
        },
        "accounts.display_name_bad_chars": {
            "ja": "表示名に使えない文字（制御文字など）が含まれています。",
            "en": "The display name contains characters that cannot be used (control characters).",
        },
        "accounts.password_too_short": {
            "ja": "パスワードは {min} 文字以上にしてください。長いほど、盗まれたパソコンから"
            "データを守れます（短い文の組み合わせがおすすめです）。",
            "en": "The password needs at least {min} characters. A longer password protects the "
            "data on a stolen computer (a few words together work well).",
        },
        "accounts.password_too_long": {
            "ja": "パスワードは {max} 文字以内にしてください。",
            "en": "The password may have at most {max} characters.",
        },
        "accounts.password_bad_chars": {
            "ja": "パスワードに使えない文字が含まれています。",
            "en": "The password contains characters that cannot be used.",
        },
        "accounts.unknown_role": {
            "ja": "役割「{role}」はありません（manager, staff, viewer のいずれか）。",
            "en": "There is no role '{role}' (use manager, staff or viewer).",
        },
        "accounts.unknown_user": {
            "ja": "そのユーザーは見つからないか、無効です。",
            "en": "No such active user.",
        },
        "accounts.already_disabled": {
            "ja": "このアカウントは既に無効です。",
            "en": "This account is already disabled.",
        },
        "accounts.last_manager": {
            "ja": "最後の管理者は無効にできません。先に別の管理者を追加してください。",
            "en": "The last manager cannot be disabled. Add another manager first.",
        },
        "db.missing": {
            "ja": "データベース {path} が見つかりません。パスを確認するか、init で新しく作成してください。",
            "en": "No database at {path}. Check the path, or create one with init.",
        },
        "db.folder_missing": {
            "ja": "フォルダー {path} がありません。パスを確認してください（USB ドライブが外れていませんか）。",
            "en": "The folder {path} does not exist. Check the path (is a USB drive unplugged?).",
        },
        "db.not_a_file": {
            "ja": "{path} はファイルではありません。データベースファイルを指定してください。",
            "en": "{path} is not a file. Please name the database file.",
        },
        "db.empty": {
            "ja": "{path} は空のファイルです。privacydesk のデータベースではありません。"
            "バックアップから復元してください。",
            "en": "{path} is an empty file, not a privacydesk database. Restore from a backup.",
        },
        "db.plain_sqlite": {
            "ja": "{path} は暗号化されていない SQLite ファイルで、privacydesk のデータベースではありません。",
            "en": "{path} is an unencrypted SQLite file, not a privacydesk database.",
        },
        "db.truncated": {
            "ja": "{path} は途中で切れています（コピーの失敗など）。ファイルは変更していません。"
            "バックアップから復元してください。",
            "en": "{path} is cut short (an incomplete copy?). Nothing was changed. Restore from a "
            "backup.",
        },
        "db.damaged": {
            "ja": "{path} は壊れているか、privacydesk のデータベースではありません。ファイルは変更して"
            "いません。バックアップから復元してください。",
            "en": "{path} is damaged or not a privacydesk database. Nothing was changed. Restore "
            "from a backup.",
        },
        "db.exists": {
            "ja": "{path} には既にファイルがあります。上書きはしません。別の場所を選んでください。",
            "en": "A file already exists at {path}; it will not be overwritten. Choose another place.",
        },
        "db.no_permission": {
            "ja": "{path} を読む権限がありません。",
            "en": "No permission to read {path}.",
        },
        "db.busy": {
            "ja": "データベースがほかの画面で使用中です。しばらくしてからもう一度お試しください。",
            "en": "The database is busy in another window. Please try again in a moment.",
        },
        "db.migration_in_use": {
            "ja": "データベースを新しい版に更新する必要がありますが、ほかの画面やパソコンで開かれています。"
            "すべて閉じてからもう一度開いてください。",
            "en": "The database needs an update to this version, but it is open elsewhere. Close "
            "every other window using it, then open it again.",
        },
        "db.schema_too_new": {
            "ja": "このデータベースは新しい版の privacydesk で更新されています（版 {revision}）。"
            "アプリを更新してください。ファイルは変更していません。",
            "en": "This database was updated by a newer privacydesk (schema {revision}). Please "
            "update the app. Nothing was changed.",
        },
        "env.disk_full": {
            "ja": "ディスクの空きがありません（{path}）。最後に保存した内容は無事です。空きを作ってから"
            "もう一度お試しください。",
            "en": "The disk is full ({path}). What was last saved is intact. Free some space and "
            "try again.",
        },
        "env.read_only": {
            "ja": "{path} に書き込めません（読み取り専用または権限なし）。",
            "en": "Cannot write to {path} (read-only, or no permission).",
        },
        "env.os_error": {
            "ja": "OS のエラーで {path} を扱えません（エラー番号 {errno}）。",
            "en": "The operating system refused to handle {path} (error {errno}).",
        },
        "audit.read_only": {
            "ja": "監査ログの連鎖が記録 {seq} で壊れているため、記録は読み取り専用です。"
            "管理者が確認（acknowledge-break）するまで変更できません。",
            "en": "The audit chain is broken at entry {seq}, so records are read-only until a "
            "manager acknowledges the break.",
        },
        "audit.nothing_to_acknowledge": {
            "ja": "監査ログの連鎖は正常です。確認することはありません。",
            "en": "The audit chain is intact; there is nothing to acknowledge.",
        },
        "internal.audit_summary": {
            "ja": "内部エラー：監査ログに個人情報の可能性がある値を書こうとしました（{key}）。",
            "en": "Internal error: an audit summary value may be personal ({key}).",
        },
        "backup.damaged": {
            "ja": "バックアップ {path} は壊れています。",
            "en": "The backup {path} is damaged.",
        },
        "backup.not_a_backup": {
            "ja": "{path} は privacydesk のバックアップではありません（manifest.json がありません）。",
            "en": "{path} is not a privacydesk backup (no manifest.json).",
        },
        "backup.manifest_damaged": {
            "ja": "バックアップ {path} の目録（manifest.json）が壊れています。",
            "en": "The manifest of the backup {path} is damaged.",
        },
        "backup.manifest_tampered": {
            "ja": "バックアップ {path} の目録が書き換えられています。このバックアップは使えません。",
            "en": "The manifest of the backup {path} was altered; this backup cannot be trusted.",
        },
        "backup.file_changed": {
            "ja": "バックアップのファイル {path} が作成後に変更されています。",
            "en": "The backup file {path} changed after the backup was made.",
        },
        "backup.manifest_mismatch": {
            "ja": "バックアップ {path} の内容が目録と一致しません。",
            "en": "The backup {path} does not match its manifest.",
        },
        "backup.other_database": {
            "ja": "{path} は別のデータベースのバックアップです。",
            "en": "{path} is a backup of another database.",
        },
        "backup.over_live": {
            "ja": "使用中のデータベースの上には復元しません。新しいファイル名を指定してください。",
            "en": "A backup is never restored over the live database. Name a new file.",
        },
        "backup.target_exists": {
            "ja": "{path} には既にファイルがあります。復元は新しいファイルにのみ行います。",
            "en": "A file already exists at {path}; a restore only writes a new file.",
        },
        "keyfile.present": {
            "ja": "鍵ファイル {path} は正常です。作り直す必要はありません。",
            "en": "The key file {path} is fine; there is nothing to rebuild.",
        },
        "keyfile.no_backup": {
            "ja": "{path} に、このデータベースのバックアップが見つかりません。復旧シートを使ってください。",
            "en": "No backup of this database was found in {path}. Use the recovery sheet.",
        },
        "recovery.unknown_manager": {
            "ja": "その名前の有効な管理者アカウントがありません。",
            "en": "There is no active manager account with that name.",
        },
        "recovery.not_a_manager": {
            "ja": "復旧シートでパスワードを設定できるのは管理者だけです。",
            "en": "Only a manager's password can be set with the recovery sheet.",
        },
        "input.problems": {
            "ja": "入力に {count} 件の問題があります。",
            "en": "The input has {count} problem(s).",
        },
        "input.bad_characters": {
            "ja": "使えない文字（NUL など）が含まれています。",
            "en": "Contains characters that cannot be stored (such as NUL).",
        },
        "input.too_long": {
            "ja": "{max} 文字以内にしてください。",
            "en": "At most {max} characters.",
        },
        "input.wrong_type": {
            "ja": "値の種類が違います（文字を入力してください）。",
            "en": "The value has the wrong kind (text is needed).",
        },
        "input.not_a_number": {
            "ja": "{field} には数字を入力してください。",
            "en": "{field} must be a number.",
        },
        "profile.bad_postal_code": {
            "ja": "郵便番号は 123-4567 の形で入力してください。",
            "en": "Enter the postal code as 123-4567.",
        },
        "profile.bad_phone": {
            "ja": "電話番号には数字とハイフンだけを使ってください。",
            "en": "Use only digits and hyphens in a phone number.",
        },
        "profile.bad_email": {
            "ja": "メールアドレスの形が正しくありません。",
            "en": "The email address looks wrong.",
        },
        "profile.bad_fee": {
            "ja": "手数料は 0 から 100,000 円の間で入力してください。",
            "en": "The fee must be between 0 and 100,000 yen.",
        },
        "profile.bad_payment_method": {
            "ja": "支払方法は postal_stamps（郵便切手）, money_order（定額小為替）, cash（現金）から選んでください。",
            "en": "Payment methods are postal_stamps, money_order and cash.",
        },
        "profile.bad_retention": {
            "ja": "保存年数は 1 から 50 の間で入力してください。",
            "en": "The retention period must be 1 to 50 years.",
        },
        "profile.unknown_field": {
            "ja": "組織情報に「{field}」という項目はありません。",
            "en": "The profile has no field '{field}'.",
        },
        "settings.unknown": {
            "ja": "設定「{key}」はありません。",
            "en": "There is no setting '{key}'.",
        },
        "settings.not_a_number": {
            "ja": "設定「{key}」には数字を入力してください。",
            "en": "The setting '{key}' needs a number.",
        },
        "settings.wrong_type": {
            "ja": "設定「{key}」の値の種類が違います。",
            "en": "The setting '{key}' has the wrong kind of value.",
        },
        "settings.bad_text": {
            "ja": "設定「{key}」の値に使えない文字（NUL など）が含まれているか、{max} 文字を超えています。",
            "en": "The setting '{key}' contains characters that cannot be stored (such as NUL) "
            "or is longer than {max} characters.",
        },
        "settings.out_of_range": {
            "ja": "設定「{key}」の値が範囲外です。",
            "en": "The setting '{key}' is out of range.",
        },
        "dashboard.audit_broken": {
            "ja": "監査ログの連鎖が記録 {seq} で壊れています。記録は読み取り専用です。管理者の確認が必要です。",
            "en": "The audit chain is broken at entry {seq}. Records are read-only until a manager "
            "acknowledges it.",
        },
        "dashboard.backup_stale": {
            "ja": "最後の正常なバックアップは {date} です。バックアップを取ってください。",
            "en": "The last good backup was on {date}. Please make a backup.",
        },
        "dashboard.backup_never": {
            "ja": "まだバックアップがありません。バックアップを取ってください。",
            "en": "There is no backup yet. Please make one.",
        },
        "dashboard.failed_sign_ins": {
            "ja": "前回のサインイン以降、あなたのアカウントで {count} 回サインインに失敗しています。"
            "心当たりがなければ管理者に伝えてください。",
            "en": "There were {count} failed sign-ins to your account since your last sign-in. "
            "Tell a manager if that was not you.",
        },
        # CLI
        "cli.description": {
            "ja": "privacydesk：小規模な団体の個人情報保護の事務局のためのアプリ（コマンド）",
            "en": "privacydesk: the privacy office of a small organisation (commands)",
        },
        "cli.exit_codes": {"ja": "終了コード:", "en": "Exit codes:"},
        "cli.usage": {"ja": "コマンドの使い方が違います: {detail}", "en": "Usage error: {detail}"},
        "cli.command_needed": {
            "ja": "コマンドを指定してください（--help で一覧を表示）。",
            "en": "Please name a command (--help lists them).",
        },
        "cli.user_needed": {
            "ja": "--user でユーザー名を指定してください（または環境変数 {env}）。",
            "en": "Name the user with --user (or the {env} environment variable).",
        },
        "cli.secret_needed": {
            "ja": "パスワードなどの秘密は入力欄か環境変数 {env} で渡してください（引数では渡せません）。",
            "en": "Give the secret at the prompt or in the {env} environment variable (never as an "
            "argument).",
        },
        "cli.prompt_password": {"ja": "パスワード:", "en": "Password:"},
        "cli.prompt_new_password": {"ja": "新しいパスワード:", "en": "New password:"},
        "cli.prompt_confirm": {"ja": "もう一度:", "en": "Again:"},
        "cli.prompt_recovery": {"ja": "復旧シートのコード:", "en": "Recovery secret:"},
        "cli.passwords_differ": {
            "ja": "2回の入力が一致しません。",
            "en": "The two entries differ.",
        },
        "cli.failed_attempts": {
            "ja": "注意：前回のサインイン以降、{count} 回サインインに失敗しています。",
            "en": "Note: {count} failed sign-in(s) since your last sign-in.",
        },
        "cli.recovery_sheet": {
            "ja": "==== privacydesk 復旧シート（印刷して金庫に保管してください） ====\n"
            "データベース: {path}\nデータベース ID: {database_id}\n作成日: {created}\n"
            "復旧コード:\n  {secret}\n"
            "すべてのパスワードを失ったとき、このコードで管理者が新しいパスワードを設定でき、"
            "バックアップも開けます。この画面は二度と表示されません。\n"
            "================================================================",
            "en": "==== privacydesk recovery sheet (print it and keep it in the office safe) ====\n"
            "Database: {path}\nDatabase id: {database_id}\nCreated: {created}\n"
            "Recovery secret:\n  {secret}\n"
            "If every password is lost, a manager sets a new one with this secret; it also "
            "opens every backup. It is shown only this once.\n"
            "==============================================================================",
        },
        "cli.must_change_password": {
            "ja": "管理者がパスワードを再設定しました。passwd コマンドで自分のパスワードに変更してください。",
            "en": "A manager reset your password. Please choose your own with the passwd command.",
        },
        "cli.password_changed": {"ja": "パスワードを変更しました。", "en": "Password changed."},
        "cli.recovered": {
            "ja": "管理者の新しいパスワードを設定しました。",
            "en": "The manager's new password is set.",
        },
        "cli.user_added": {
            "ja": "アカウントを追加しました（ID {id}、役割 {role}）。",
            "en": "Account added (id {id}, role {role}).",
        },
        "cli.user_disabled": {
            "ja": "アカウント {id} を無効にしました。鍵スロットは削除されました。",
            "en": "Account {id} disabled; its key slot is removed.",
        },
        "cli.user_reset": {
            "ja": "アカウント {id} のパスワードを再設定しました。次回サインイン時に変更を求めます。",
            "en": "Account {id}'s password was reset; they will be asked to change it.",
        },
        "cli.active": {"ja": "有効", "en": "active"},
        "cli.disabled": {"ja": "無効", "en": "disabled"},
        "cli.ok": {"ja": "正常", "en": "ok"},
        "cli.not_ok": {"ja": "異常", "en": "NOT OK"},
        "check.cipher": {
            "ja": "暗号（SQLCipher {version}）のページ検査: {state}",
            "en": "Cipher page check (SQLCipher {version}): {state}",
        },
        "check.integrity": {"ja": "SQLite 整合性検査: {state}", "en": "SQLite integrity: {state}"},
        "check.schema": {
            "ja": "スキーマの版: {revision}（このアプリ: {head}）",
            "en": "Schema version: {revision} (this app: {head})",
        },
        "check.chain": {
            "ja": "監査ログ: {count} 件、先頭ハッシュ {head}…: {state}",
            "en": "Audit log: {count} entries, head {head}…: {state}",
        },
        "check.anchor.none": {
            "ja": "アンカー: まだありません（サインアウト時に記録されます）",
            "en": "Anchor: none yet (written at sign-out)",
        },
        "check.anchor.ok": {"ja": "アンカー: 一致", "en": "Anchor: matches"},
        "check.anchor.truncated": {
            "ja": "アンカー: 最新の記録が削られています",
            "en": "Anchor: the newest entries were cut off",
        },
        "check.anchor.rewritten": {
            "ja": "アンカー: 記録が書き換えられています",
            "en": "Anchor: entries were rewritten",
        },
        "check.anchor.invalid": {
            "ja": "アンカー: 鍵ファイル内のアンカーが改ざんされています",
            "en": "Anchor: the anchor in the key file was altered",
        },
        "check.break.edited": {
            "ja": "記録 {seq} が書き換えられています",
            "en": "Entry {seq} was edited",
        },
        "check.break.missing": {"ja": "記録 {seq} が欠けています", "en": "Entry {seq} is missing"},
        "check.break.out_of_order": {
            "ja": "記録 {seq} の順序またはつながりが違います",
            "en": "Entry {seq} is out of order",
        },
        "check.break.truncated": {
            "ja": "記録 {seq} 以降が削られています",
            "en": "Entries from {seq} on were cut off",
        },
        "check.break.anchor_mismatch": {
            "ja": "記録 {seq} がアンカーと一致しません",
            "en": "Entry {seq} does not match the anchor",
        },
        "check.break.anchor_invalid": {
            "ja": "アンカーの署名が正しくありません",
            "en": "The anchor's MAC is not valid",
        },
        "check.acknowledged": {
            "ja": "記録 {seq} で管理者が、記録 {first} からの破損を確認済み",
            "en": "Entry {seq}: a manager acknowledged the break from entry {first}",
        },
        "check.first_break": {
            "ja": "監査ログは記録 {seq} で壊れています。",
            "en": "The audit chain is broken at entry {seq}.",
        },
        "cli.break_acknowledged": {
            "ja": "破損を確認しました（記録 {seq}）。監査ログは新しい区切りとして続きます。",
            "en": "Break acknowledged (entry {seq}); the audit log goes on as a new segment.",
        },
        "cli.backup_made": {
            "ja": "バックアップを作成し、検証しました: {folder}（監査ログ {count} 件）",
            "en": "Backup made and verified: {folder} ({count} audit entries)",
        },
        "cli.restored": {
            "ja": "{path} に復元しました。元のデータベースはそのままです。",
            "en": "Restored to {path}; the original database is untouched.",
        },
        "cli.keys_rebuilt": {
            "ja": "鍵ファイルをバックアップ {folder} から作り直しました。",
            "en": "The key file was rebuilt from the backup {folder}.",
        },
        "cli.demo_filled": {
            "ja": "デモデータを追加しました（規模 {scale}：本人 {subjects} 人、同意 {consents} 件、第三者提供の記録 {provisions} 件、台帳 {entries} 件、アカウント {accounts} 件）。",
            "en": "Demo data added (scale {scale}: {subjects} persons, {consents} consents, {provisions} provision records, {entries} register entries, {accounts} accounts).",
        },
        "cli.demo_ready": {
            "ja": "デモ用データベースを作成しました: {path}\nユーザー名: {user}\nパスワード: {password}\n"
            "（画面は次の版で加わります。今はコマンドで操作できます。）",
            "en": "Demo database created: {path}\nUser: {user}\nPassword: {password}\n"
            "(The window arrives in the next version; use the commands for now.)",
        },
        "cli.profile_saved": {
            "ja": "組織情報を保存しました（{count} 項目を変更）。",
            "en": "Profile saved ({count} field(s) changed).",
        },
        "cli.help.db": {"ja": "データベースファイルのパス", "en": "path of the database file"},
        "cli.help.user": {
            "ja": "ユーザー名（または PRIVACYDESK_USER）",
            "en": "user name (or PRIVACYDESK_USER)",
        },
        "cli.help.lang": {"ja": "表示言語", "en": "language"},
        "cli.help.allow_shared": {
            "ja": "ネットワークや同期フォルダー上のデータベースを一人ずつ使うことを認める",
            "en": "allow a database on a network or synced folder (one person at a time)",
        },
        "cli.help.take_over": {
            "ja": "応答のない他のパソコンのロックを引き継ぐ（警告のうえ監査ログに記録）",
            "en": "take over a stale lock from another computer (recorded in the audit log)",
        },
        "cli.help.demo": {
            "ja": "デモ用の新しいデータベース（架空のデータ）で起動する",
            "en": "start on a fresh demo database with synthetic data",
        },
        "cli.help.init": {
            "ja": "新しいデータベースと管理者アカウントを作り、復旧シートを表示する",
            "en": "create a new database and its manager account; prints the recovery sheet",
        },
        "cli.help.passwd": {"ja": "自分のパスワードを変更する", "en": "change your own password"},
        "cli.help.recover": {
            "ja": "復旧シートのコードで管理者の新しいパスワードを設定する",
            "en": "set a manager's new password with the recovery secret",
        },
        "cli.help.user_cmd": {"ja": "職員アカウントの管理", "en": "manage staff accounts"},
        "cli.help.user_add": {"ja": "アカウントを追加する", "en": "add an account"},
        "cli.help.user_disable": {"ja": "アカウントを無効にする", "en": "disable an account"},
        "cli.help.user_reset": {"ja": "パスワードを再設定する", "en": "reset a password"},
        "cli.help.user_list": {"ja": "アカウントの一覧", "en": "list accounts"},
        "cli.help.check": {
            "ja": "暗号・整合性・スキーマ・監査ログの連鎖とアンカーを検査する",
            "en": "check cipher and SQLite integrity, schema, the audit chain and its anchor",
        },
        "cli.help.acknowledge-break": {
            "ja": "監査ログの破損を管理者として確認する",
            "en": "acknowledge an audit chain break (managers)",
        },
        "cli.help.backup": {"ja": "暗号化バックアップを作る", "en": "make an encrypted backup"},
        "cli.help.backup_dir": {
            "ja": "バックアップを置くフォルダー",
            "en": "folder for the backup",
        },
        "cli.help.restore": {
            "ja": "バックアップを新しいファイルに復元する",
            "en": "restore a backup into a new file",
        },
        "cli.help.restore_to": {"ja": "復元先の新しいファイル", "en": "the new database file"},
        "cli.help.rebuild-keys": {
            "ja": "なくなった鍵ファイルを最新のバックアップから作り直す",
            "en": "rebuild a missing key file from the newest backup",
        },
        "cli.help.backups_root": {"ja": "バックアップのフォルダー", "en": "the backups folder"},
        "cli.help.demo-data": {
            "ja": "架空のデモデータを追加する",
            "en": "add synthetic demo data",
        },
        "cli.help.profile_show": {
            "ja": "組織情報を JSON で表示する",
            "en": "print the organisation profile as JSON",
        },
        "cli.help.profile_set": {
            "ja": "組織情報の項目を1つ設定する（例: name、postal_code、fee_yen）",
            "en": "set one profile field (such as name, postal_code, fee_yen)",
        },
        "cli.help.profile": {
            "ja": "組織情報の表示と設定",
            "en": "show or set the organisation profile",
        },
    }
)

# Key file, account key slots and the recovery sheet (storage/keys.py, storage/recovery_code.py).
MESSAGES.update(
    {
        "keyfile.missing": {
            "ja": "データベースの隣にあるはずの鍵ファイル（{path}）が見つかりません。"
            "鍵ファイルがないとデータベースを開けません。"
            "最新のバックアップに入っている鍵ファイルを元の場所に戻すか、"
            "復旧シートの復旧コードを使って作り直してください。",
            "en": "The key file that belongs next to the database ({path}) is missing, so the "
            "database cannot be opened. Put back the key file from the newest backup, or "
            "rebuild it with the recovery code on the printed recovery sheet.",
        },
        "keyfile.damaged": {
            "ja": "鍵ファイル（{path}）が壊れていて読めません。"
            "データベース本体は無事な可能性があります。"
            "最新のバックアップに入っている鍵ファイルを戻すか、"
            "復旧シートの復旧コードを使って作り直してください。",
            "en": "The key file ({path}) is damaged and cannot be read. The database itself "
            "is probably fine. Put back the key file from the newest backup, or rebuild it "
            "with the recovery code on the recovery sheet.",
        },
        "keyfile.foreign": {
            "ja": "鍵ファイル（{path}）は別のデータベースのものです。"
            "ファイルを取り違えたか、別の場所からコピーした可能性があります。"
            "このデータベースと同じバックアップに入っている鍵ファイルを使うか、"
            "このデータベースの復旧シートで作り直してください。",
            "en": "The key file ({path}) belongs to a different database; the files may "
            "have been mixed up or copied from somewhere else. Use the key file from the same "
            "backup as this database, or rebuild it with this database's recovery sheet.",
        },
        "keyfile.too_new": {
            "ja": "鍵ファイル（{path}）はこのアプリより新しい版で作られています。"
            "アプリを最新版に更新してから開いてください。鍵ファイルは変更していません。",
            "en": "The key file ({path}) was made by a newer version of privacydesk. Update "
            "the app to the newest version, then open it again. The key file was not changed.",
        },
        "keyfile.recovery_damaged": {
            "ja": "鍵ファイルの復旧用の部分が壊れているため、復旧コードでは開けません。"
            "最新のバックアップに入っている鍵ファイルを戻してから、もう一度試してください。",
            "en": "The recovery part of the key file is damaged, so the recovery code cannot "
            "open the database. Put back the key file from the newest backup and try again.",
        },
        "keys.username_taken": {
            "ja": "このユーザー名はすでに別のアカウントで使われています。"
            "別のユーザー名にしてください。",
            "en": "This user name is already used by another account. Choose another one.",
        },
        "keys.username_empty": {
            "ja": "ユーザー名が空です。ユーザー名を入力してください。",
            "en": "The user name is empty. Please enter a user name.",
        },
        "keys.password_empty": {
            "ja": "パスワードが空です。パスワードを入力してください。",
            "en": "The password is empty. Please enter a password.",
        },
        "recovery.malformed": {
            "ja": "入力された文字は復旧コードの形になっていません。"
            "復旧シートに印刷された「PD1-」で始まるコードを、"
            "5文字ずつ13のまとまりすべて入力してください。",
            "en": "This does not look like a recovery code. Type the whole code from the "
            "recovery sheet: it starts with “PD1-” and has 13 groups of 5 characters.",
        },
        "recovery.typo": {
            "ja": "復旧コードの{group}番目のまとまり（5文字）に入力の誤りがあるようです。"
            "復旧シートと見比べて確かめてください"
            "（大文字と小文字、0 と O、1 と I・L は同じ扱いです）。",
            "en": "Group {group} of the recovery code (5 characters) seems to contain a typing "
            "mistake. Compare it with the recovery sheet (upper and lower case, 0 and O, "
            "and 1, I and L count as the same).",
        },
        "recovery.wrong_secret": {
            "ja": "この復旧コードはこのデータベースのものではありません。"
            "このデータベースを作ったときに印刷した復旧シートか確かめてください。",
            "en": "This recovery code does not belong to this database. Check that the "
            "recovery sheet is the one printed when this database was created.",
        },
        "env.write_failed": {
            "ja": "ファイル（{path}）を保存できませんでした。"
            "ディスクの空きが足りないか、保存先が読み取り専用か、書き込む権限がありません。"
            "空き容量と保存先を確かめるか、パソコンの管理者に相談してください。",
            "en": "The file ({path}) could not be saved: the disk may be full, the file or "
            "folder may be read-only, or this user may not be allowed to write there. Check "
            "the free space and the folder, or ask whoever looks after this computer.",
        },
        "env.read_failed": {
            "ja": "ファイル（{path}）を読み込めませんでした。"
            "読む権限がないか、ディスクに問題があります。パソコンの管理者に相談してください。",
            "en": "The file ({path}) could not be read: this user may not be allowed to read "
            "it, or the disk has a problem. Ask whoever looks after this computer.",
        },
    }
)

# Audit actions in words, for the audit log page (unknown actions show their code).
MESSAGES.update(
    {
        "audit_action.database.created": {"ja": "データベース作成", "en": "Database created"},
        "audit_action.account.created": {"ja": "アカウント追加", "en": "Account added"},
        "audit_action.account.disabled": {"ja": "アカウント無効化", "en": "Account disabled"},
        "audit_action.account.password_reset": {"ja": "パスワード再設定", "en": "Password reset"},
        "audit_action.account.password_changed": {"ja": "パスワード変更", "en": "Password changed"},
        "audit_action.account.role_changed": {"ja": "役割の変更", "en": "Role changed"},
        "audit_action.auth.sign_in": {"ja": "サインイン", "en": "Signed in"},
        "audit_action.auth.sign_out": {"ja": "サインアウト", "en": "Signed out"},
        "audit_action.auth.lock": {"ja": "ロック", "en": "Locked"},
        "audit_action.auth.recovered": {
            "ja": "復旧シートで再設定",
            "en": "Recovered with the sheet",
        },
        "audit_action.auth.failed_attempts": {
            "ja": "サインイン失敗の記録",
            "en": "Failed sign-ins recorded",
        },
        "audit_action.backup.made": {"ja": "バックアップ作成", "en": "Backup made"},
        "audit_action.backup.restored": {
            "ja": "バックアップから復元",
            "en": "Restored from a backup",
        },
        "audit_action.backup.restored_elsewhere": {
            "ja": "バックアップを別ファイルへ復元",
            "en": "Backup restored to a new file",
        },
        "audit_action.profile.saved": {"ja": "組織情報の保存", "en": "Organisation details saved"},
        "audit_action.settings.changed": {"ja": "設定の変更", "en": "Setting changed"},
        "audit_action.audit.break_acknowledged": {
            "ja": "監査ログ破損の確認",
            "en": "Audit break acknowledged",
        },
        "audit_action.lock.stale_cleared": {"ja": "古いロックの解除", "en": "Stale lock cleared"},
        "audit_action.demo.profile": {"ja": "デモデータ", "en": "Demo data"},
    }
)

MESSAGES.update(
    {
        "audit_action.data.left": {"ja": "データの持ち出し", "en": "Data left the database"},
        "dashboard.synced_folder": {
            "ja": "このデータベースは同期フォルダー（{service}）にあります。同期サービスが古い版のコピーを残すことがあります。ほかの人が同時に開くことはできません。",
            "en": "This database is in a synced folder ({service}). The sync service may keep old copies; only one person can open it at a time.",
        },
    }
)

# Dates: 和暦 and the office and government calendars.
MESSAGES.update(
    {
        "date.empty": {
            "ja": "日付を入力してください（例: 2026-11-23 または 令和8年11月23日）。",
            "en": "Please enter a date (for example 2026-11-23 or 令和8年11月23日).",
        },
        "date.unreadable": {
            "ja": "「{text}」は日付として読めません。2026-11-23、2026/11/23、令和8年11月23日、R8.11.23 のように入力してください。",
            "en": "'{text}' cannot be read as a date. Type it like 2026-11-23, 2026/11/23, 令和8年11月23日 or R8.11.23.",
        },
        "date.ambiguous": {
            "ja": "「{text}」は年・月・日の順が分かりません（日が先か月が先か、どの年か）。推測はしないので、2026-11-23 や 令和8年11月23日 のように年から入力してください。",
            "en": "In '{text}' it is unclear which number is the year, the month and the day (day first or month first, which year). Nothing is guessed: type the year first, like 2026-11-23 or 令和8年11月23日.",
        },
        "date.impossible": {
            "ja": "「{text}」という日付は存在しません（月や日を確かめてください）。",
            "en": "The date '{text}' does not exist (check the month and the day).",
        },
        "date.outside_era": {
            "ja": "「{text}」は{era}の期間（{span}）の外です。元号と年を確かめてください（例: 平成31年5月1日は令和元年5月1日です）。",
            "en": "'{text}' is outside the {era} era ({span}). Check the era and the year (for example, 平成31年5月1日 is 令和元年5月1日).",
        },
        "wareki.out_of_range": {
            "ja": "{date} は和暦で表せません。和暦は大正元年（{first}）以降の日付にだけ対応しています。西暦で入力してください。",
            "en": "{date} cannot be written in the Japanese era calendar here: only dates from the Taishō era ({first}) on are supported. Use the Western year.",
        },
        "calendar.saturday": {"ja": "土曜日", "en": "Saturday"},
        "calendar.sunday": {"ja": "日曜日", "en": "Sunday"},
        "calendar.holiday": {"ja": "祝日（{name}）", "en": "public holiday ({name})"},
        "calendar.year_end": {
            "ja": "年末年始の休み（12月29日〜1月3日）",
            "en": "year-end closure (29 December to 3 January)",
        },
        "calendar.office_closed": {
            "ja": "事務所の休業日（設定による）",
            "en": "office closed day (from the settings)",
        },
        "calendar.out_of_range": {
            "ja": "{year}年の祝日は分かりません。期限の計算は{first}年から{last}年までの日付に対応しています。",
            "en": "The public holidays of {year} are not known; deadlines can be worked out for dates from {first} to {last}.",
        },
        "calendar.bad_closed_day": {
            "ja": "休業日「{value}」は「月-日」の形（例: 12-29）の、実在する日付にしてください。",
            "en": "The closed day '{value}' must be a real day written as month-day, like 12-29.",
        },
    }
)

# The glyph check before a letter or form is printed (documents/fonts.py). The field is the
# problem's first element; the renderer shows it.
MESSAGES.update(
    {
        "glyph.problems": {
            "ja": "{count}文字が正しく印刷できません。",
            "en": "{count} characters cannot be printed correctly.",
        },
        "glyph.undrawable": {
            "ja": "「{char}」（{codepoint}、{position}文字目）は印刷用の書体にないため印刷できません。別の表記を本人に確認してください。",
            "en": "“{char}” ({codepoint}, character {position}) is not in the fonts letters are printed with, so it cannot be printed. Ask the person which other spelling to use.",
        },
        "glyph.outside_bmp": {
            "ja": "「{char}」（{codepoint}、{position}文字目）は別の字として印刷されてしまうため印刷できません。通常の字体で印刷してよいか本人に確認してください。",
            "en": "“{char}” ({codepoint}, character {position}) would print as a different character, so it cannot be printed. Ask the person whether the conventional form of the character may be printed instead.",
        },
        "glyph.private_use": {
            "ja": "「{char}」（{codepoint}、{position}文字目）は外字（私用領域の文字）のため、正しく印刷できません。別の表記を本人に確認してください。",
            "en": "“{char}” ({codepoint}, character {position}) is a private-use character (gaiji), so it cannot be printed correctly. Ask the person which other spelling to use.",
        },
        "glyph.control": {
            "ja": "{position}文字目に目に見えない制御文字（{codepoint}）があります。削除してから印刷してください。",
            "en": "Character {position} is an invisible control character ({codepoint}). Delete it before printing.",
        },
        "glyph.unassigned": {
            "ja": "{position}文字目の {codepoint} は Unicode で定義されていない文字のため印刷できません。入力を確認してください。",
            "en": "Character {position} ({codepoint}) is not a defined Unicode character, so it cannot be printed. Check what was typed.",
        },
        "glyph.empty_glyph": {
            "ja": "「{char}」（{codepoint}、{position}文字目）は書体に字形がなく、空白で印刷されてしまいます。別の表記を本人に確認してください。",
            "en": "“{char}” ({codepoint}, character {position}) has no shape in the fonts and would print as a blank. Ask the person which other spelling to use.",
        },
        "glyph.unjoined_mark": {
            "ja": "{position}文字目の結合記号（{codepoint}）は前の文字と一つの字にできないため、正しい位置に印刷できません。記号付きの文字を一文字で入力するか、別の表記を本人に確認してください。",
            "en": "The combining mark at character {position} ({codepoint}) cannot be joined with the letter before it, so it would not print in the right place. Type the accented letter as one character, or ask the person which other spelling to use.",
        },
        "glyph.needs_shaping": {
            "ja": "「{char}」（{codepoint}、{position}文字目）は右から左に書く文字や字形の組み合わせが必要な文字のため、正しく印刷できません。ローマ字などの表記を本人に確認してください。",
            "en": "“{char}” ({codepoint}, character {position}) belongs to a script written right to left or needing joined shapes, which letters cannot print correctly. Ask the person for a spelling in Latin letters.",
        },
    }
)

# Documents: templates, letters, forms.
MESSAGES.update(
    {
        "cli.help.form": {
            "ja": "白紙の様式を PDF で出力する（request：開示等請求書、power-of-attorney：委任状、envelope-test：窓付き封筒の位置確認）",
            "en": "write a blank form as PDF (request, power-of-attorney, envelope-test)",
        },
        "cli.help.pdf_out": {"ja": "出力する PDF ファイル", "en": "the PDF file to write"},
        "cli.form_written": {"ja": "{path} に出力しました。", "en": "Written to {path}."},
        "documents.unknown_form": {
            "ja": "様式「{kind}」はありません（request, power-of-attorney, envelope-test）。",
            "en": "There is no form '{kind}' (request, power-of-attorney, envelope-test).",
        },
        "documents.bad_prefix": {
            "ja": "文書番号の接頭語は 1〜20 文字にしてください。",
            "en": "The document number prefix must have 1 to 20 characters.",
        },
        "template.unknown_kind": {
            "ja": "文書の種類「{kind}」はありません。",
            "en": "There is no document kind '{kind}'.",
        },
        "template.unknown_section": {
            "ja": "テンプレートの {line} 行目：区切り [{section}] は使えません（[body] [ki] [contact] [note]）。",
            "en": "Template line {line}: the section [{section}] is unknown (use [body], [ki], [contact], [note]).",
        },
        "template.bad_header": {
            "ja": "テンプレートの {line} 行目：最初の部分には style = … subject = … title = … required = … だけを書けます。",
            "en": "Template line {line}: the header may only set style, subject, title and required.",
        },
        "template.bad_style": {
            "ja": "文書の形式「{style}」はありません（letter, reply, notice, form）。",
            "en": "There is no style '{style}' (letter, reply, notice, form).",
        },
        "template.unknown_placeholder": {
            "ja": "差し込み項目 {{{name}}} はこの文書では使えません（{count} 件）。",
            "en": "The placeholder {{{name}}} is not available for this document ({count} in all).",
        },
        "template.missing_value": {
            "ja": "差し込み項目 {{{name}}} の値がありません。記録か組織情報を確認してください。",
            "en": "The placeholder {{{name}}} has no value. Check the record or the organisation profile.",
        },
        "template.stray_brace": {
            "ja": "テンプレートに、差し込み項目ではない {{ または }} があります。",
            "en": "The template has a {{ or }} that is not part of a placeholder.",
        },
        "template.list_in_text": {
            "ja": "一覧の項目 {{*{name}}} は、行に単独で書いてください。",
            "en": "The list placeholder {{*{name}}} must stand alone on its line.",
        },
        "letter.address_does_not_fit": {
            "ja": "あて名（{lines} 行）が封筒の窓に収まりません。住所を短く書くか、窓の設定を確認してください。文字を切って印刷することはしません。",
            "en": "The address ({lines} lines) does not fit the envelope window. Shorten it or check the window settings; it is never clipped.",
        },
        "envelope.safe_area_too_small": {
            "ja": "窓の設定では、あて名を印刷できる範囲が小さすぎます。",
            "en": "With these window settings the area for the address is too small.",
        },
        "envelope.window_outside_panel": {
            "ja": "窓の位置が、三つ折りの一番上の面からはみ出しています。",
            "en": "The window lies outside the top panel of the folded sheet.",
        },
        "envelope.negative": {
            "ja": "窓の位置や大きさに負の値は使えません。",
            "en": "Window values cannot be negative.",
        },
        "audit_action.document.issued": {"ja": "文書の発行", "en": "Document issued"},
        "audit_action.template.saved": {"ja": "テンプレートの保存", "en": "Template saved"},
        "audit_action.template.restored_default": {
            "ja": "テンプレートを既定に戻す",
            "en": "Template reset to the default",
        },
    }
)

# Data subjects (本人) and search.
MESSAGES.update(
    {
        "subjects.name_required": {
            "ja": "氏名を入力してください。",
            "en": "Enter the person's legal name.",
        },
        "subjects.bad_postal": {
            "ja": "郵便番号は 123-4567 の形（7 桁）で入力してください。",
            "en": "Enter the postal code as 123-4567 (7 digits).",
        },
        "subjects.bad_postal_abroad": {
            "ja": "海外の郵便番号は英数字・空白・ハイフンで 2～12 文字にしてください。",
            "en": "A postal code abroad has 2 to 12 letters, digits, spaces or hyphens.",
        },
        "subjects.bad_phone": {
            "ja": "電話番号は数字（5～15 桁）と + ( ) - だけで入力してください。",
            "en": "Enter the phone number with 5 to 15 digits and only + ( ) - besides.",
        },
        "subjects.bad_email": {
            "ja": "メールアドレスの形が正しくありません。",
            "en": "The email address is not well formed.",
        },
        "subjects.bad_language": {
            "ja": "連絡に使う言語を一覧から選んでください。",
            "en": "Choose the language for letters from the list.",
        },
        "subjects.bad_birth_date": {
            "ja": "生年月日は日付で入力してください。",
            "en": "Enter the date of birth as a date.",
        },
        "subjects.birth_in_future": {
            "ja": "生年月日が未来の日付です。",
            "en": "The date of birth is in the future.",
        },
        "subjects.birth_too_early": {
            "ja": "生年月日が {year} 年より前です。入力を確認してください。",
            "en": "The date of birth is before {year}. Check the entry.",
        },
        "subjects.minor_needs_representative": {
            "ja": "{age} 歳未満の方には法定代理人の氏名が必要です。",
            "en": "A person under {age} needs the name of a legal representative.",
        },
        "subjects.likely_duplicate": {
            "ja": "同じ氏名と生年月日、または同じ会員番号の本人がすでに登録されています（ID {existing_id}）。その方を開くか、別人として登録してください。",
            "en": "A person with the same name and date of birth, or the same member number, is already registered (ID {existing_id}). Open that person, or register this one as a different person.",
        },
        "subjects.not_found": {
            "ja": "本人（ID {id}）が見つかりません。",
            "en": "Person {id} was not found.",
        },
        "subjects.deidentified": {
            "ja": "本人（ID {id}）は個人を識別できない形に加工済みのため、編集できません。",
            "en": "Person {id} has been processed so they can no longer be identified, and cannot be edited.",
        },
        "subjects.entry_not_found": {
            "ja": "台帳の項目（ID {id}）が見つかりません。",
            "en": "Register entry {id} was not found.",
        },
        "subjects.bad_sensitive_kind": {
            "ja": "要配慮個人情報の種類を一覧から選んでください。",
            "en": "Choose the kind of sensitive information from the list.",
        },
        "subjects.bad_sensitive_exception": {
            "ja": "同意によらない取得の根拠（法第20条第2項各号）を一覧から選んでください。",
            "en": "Choose the exception (APPI Article 20(2)) from the list.",
        },
        "subjects.bad_sensitive_consent": {
            "ja": "指定の同意は、この本人の要配慮個人情報の取得についての同意ではありません。",
            "en": "That consent is not this person's consent to acquiring sensitive information.",
        },
        "subjects.sensitive_not_found": {
            "ja": "要配慮個人情報の記録（ID {id}）が見つかりません。",
            "en": "Sensitive information record {id} was not found.",
        },
        "search.bad_query": {
            "ja": "検索語に使えない文字が含まれています（{max} 文字まで）。",
            "en": "The search text contains characters that cannot be searched (at most {max} characters).",
        },
        "search.bad_window": {
            "ja": "一度に取得できる件数は {max} 件までです。",
            "en": "At most {max} rows can be fetched at once.",
        },
        "search.bad_sort": {
            "ja": "並べ替えの列「{column}」はありません。",
            "en": "There is no sort column '{column}'.",
        },
        "sensitive_kind.race": {"ja": "人種", "en": "Race"},
        "sensitive_kind.creed": {"ja": "信条", "en": "Creed"},
        "sensitive_kind.social_status": {"ja": "社会的身分", "en": "Social status"},
        "sensitive_kind.medical_history": {"ja": "病歴", "en": "Medical history"},
        "sensitive_kind.criminal_record": {"ja": "犯罪の経歴", "en": "Criminal record"},
        "sensitive_kind.crime_victim": {
            "ja": "犯罪により害を被った事実",
            "en": "Having been harmed by a crime",
        },
        "sensitive_kind.disability": {
            "ja": "心身の機能の障害",
            "en": "Physical, intellectual or mental disability",
        },
        "sensitive_kind.health_check": {
            "ja": "健康診断等の結果",
            "en": "Results of health checks",
        },
        "sensitive_kind.guidance": {
            "ja": "保健指導・診療・調剤",
            "en": "Health guidance, medical care or dispensing",
        },
        "sensitive_kind.criminal_procedure": {
            "ja": "刑事事件に関する手続",
            "en": "Criminal proceedings",
        },
        "sensitive_kind.juvenile_procedure": {
            "ja": "少年の保護事件に関する手続",
            "en": "Juvenile protection proceedings",
        },
        "sensitive_exception.law": {
            "ja": "法令に基づく場合（第20条第2項第1号）",
            "en": "Required by law (Article 20(2)(i))",
        },
        "sensitive_exception.life_body_property": {
            "ja": "人の生命・身体・財産の保護に必要で、本人の同意を得ることが困難な場合（第2号）",
            "en": "Needed to protect life, body or property, and consent is hard to obtain (ii)",
        },
        "sensitive_exception.public_health_children": {
            "ja": "公衆衛生の向上・児童の健全な育成に特に必要で、本人の同意を得ることが困難な場合（第3号）",
            "en": "Especially needed for public health or children's welfare, and consent is hard to obtain (iii)",
        },
        "sensitive_exception.state_cooperation": {
            "ja": "国の機関・地方公共団体等の事務への協力が必要な場合（第4号）",
            "en": "Cooperating with a state body or local government in its duties (iv)",
        },
        "sensitive_exception.academic_research": {
            "ja": "学術研究機関等が学術研究目的で取り扱う必要がある場合（第5号）",
            "en": "An academic research body needs it for academic research (v)",
        },
        "sensitive_exception.academic_joint_research": {
            "ja": "学術研究機関等から共同研究のために取得する場合（第6号）",
            "en": "Acquired from an academic research body for joint research (vi)",
        },
        "sensitive_exception.published": {
            "ja": "本人・国の機関・報道機関等により公開されている場合（第7号）",
            "en": "Made public by the person, a state body, the press or others (vii)",
        },
        "sensitive_exception.appearance": {
            "ja": "本人を目視・撮影して外形上明らかな場合（第8号、政令第9条第1号）",
            "en": "Evident from the person's appearance when seen or filmed (viii; Cabinet Order Art. 9(i))",
        },
        "sensitive_exception.entrusted": {
            "ja": "委託・事業承継・共同利用により提供を受ける場合（第8号、政令第9条第2号）",
            "en": "Received through outsourcing, business succession or joint use (viii; Cabinet Order Art. 9(ii))",
        },
        "audit_action.subject.created": {"ja": "本人の登録", "en": "Person registered"},
        "audit_action.subject.updated": {"ja": "本人の変更", "en": "Person changed"},
        "audit_action.subject.sensitive_viewed": {
            "ja": "要配慮個人情報の閲覧",
            "en": "Sensitive information viewed",
        },
        "audit_action.subject.sensitive_added": {
            "ja": "要配慮個人情報の記録",
            "en": "Sensitive information recorded",
        },
        "audit_action.subject.sensitive_removed": {
            "ja": "要配慮個人情報の削除",
            "en": "Sensitive information removed",
        },
        "audit_action.subject.entry_linked": {
            "ja": "本人と台帳の関連付け",
            "en": "Person linked to a register entry",
        },
        "audit_action.subject.entry_unlinked": {
            "ja": "本人と台帳の関連付けの解除",
            "en": "Person unlinked from a register entry",
        },
    }
)

# The register (個人情報取扱台帳), purposes of use and privacy notice versions.
MESSAGES.update(
    {
        "register.required": {"ja": "入力してください。", "en": "Please fill this in."},
        "register.negative": {
            "ja": "0 以上の数を入力してください。",
            "en": "Enter zero or a positive number.",
        },
        "register.too_large": {
            "ja": "{max} 以下の数を入力してください。",
            "en": "Enter a number no larger than {max}.",
        },
        "register.too_many": {
            "ja": "{max} 件までにしてください。",
            "en": "At most {max} of these.",
        },
        "register.bad_medium": {
            "ja": "媒体は紙・電子・両方から選んでください。",
            "en": "Choose paper, electronic or both as the medium.",
        },
        "register.bad_sensitive_kind": {
            "ja": "要配慮個人情報の種類を一覧から選んでください（人種、信条、社会的身分、病歴など）。",
            "en": "Choose the kind of sensitive data from the list (race, creed, social status, medical history …).",
        },
        "register.kind_not_sensitive": {
            "ja": "{row} 行目：種類を選んだ項目は「要配慮」にしてください（または種類を空にしてください）。",
            "en": "Row {row}: an item with a sensitive kind must be marked sensitive (or leave the kind empty).",
        },
        "register.duplicate_item": {
            "ja": "{row} 行目：同じ項目名がすでにあります。",
            "en": "Row {row}: this item is already listed.",
        },
        "register.sensitive_without_purpose": {
            "ja": "要配慮個人情報を含む台帳には、利用目的を一つ以上選んでください。",
            "en": "An entry with sensitive data needs at least one purpose of use.",
        },
        "register.abroad_without_country": {
            "ja": "外国にある第三者への提供には、提供先の国名を入力してください（法28条）。",
            "en": "A transfer abroad needs the recipient's country (Article 28).",
        },
        "register.bad_basis": {
            "ja": "{row} 行目：提供の根拠を、同意・法令に基づく例外・委託・共同利用・事業承継・オプトアウトから選んでください。",
            "en": "Row {row}: choose the basis: consent, legal exception, outsourcing, joint use, business succession or opt-out.",
        },
        "register.opt_out_sensitive": {
            "ja": "{row} 行目：要配慮個人情報はオプトアウトによって第三者に提供できません（法27条2項）。要配慮個人情報を含まない項目だけを別の台帳にしてください。",
            "en": "Row {row}: sensitive data may never be provided by opt-out (Article 27(2)). Record the non-sensitive items as an entry of their own.",
        },
        "register.opt_out_without_filing": {
            "ja": "オプトアウトによる提供には、個人情報保護委員会への届出（届出日・番号など）を記録してください。",
            "en": "Opt-out provision needs the filing with the Commission recorded (its date and number).",
        },
        "register.joint_use_without_notice": {
            "ja": "共同利用には、共同利用する項目・共同利用者の範囲・利用目的・責任者を本人にどのように知らせたか（法27条5項3号）を記録してください。",
            "en": "Joint use needs a record of how the items, the users, the purpose and the responsible party were made known (Article 27(5)(iii)).",
        },
        "register.unknown_purpose": {
            "ja": "利用目的（番号 {id}）が見つかりません。",
            "en": "The purpose of use (id {id}) was not found.",
        },
        "register.purpose_not_in_use": {
            "ja": "利用目的（番号 {id}）は廃止されています。新たに結び付けることはできません。",
            "en": "The purpose of use (id {id}) is retired and cannot be newly linked.",
        },
        "register.provision_in_use": {
            "ja": "削除しようとした提供先のうち、{count} 件の同意の記録がその提供先を指しています。先に同意の記録を確認してください。",
            "en": "{count} consent record(s) name a provision you tried to remove. Check those consents first.",
        },
        "register.provision_not_of_entry": {
            "ja": "この台帳のものではない提供先が含まれています。画面を開き直してください。",
            "en": "A provision does not belong to this entry. Please reopen the entry.",
        },
        "register.entry_not_found": {
            "ja": "台帳（番号 {id}）が見つかりません。",
            "en": "Register entry {id} was not found.",
        },
        "register.app_entry_protected": {
            "ja": "privacydesk 自身の台帳（番号 {id}）は廃止・削除できません。内容を補って使ってください。",
            "en": "privacydesk's own register entry ({id}) cannot be retired or deleted; complete it instead.",
        },
        "register.bad_sort": {
            "ja": "並べ替えの項目（{sort}）が正しくありません。",
            "en": "Cannot sort by {sort}.",
        },
        "register.review_not_found": {
            "ja": "点検の記録（番号 {id}）が見つかりません。",
            "en": "Review {id} was not found.",
        },
        "register.review_already_signed": {
            "ja": "点検の記録（番号 {id}）はすでに承認されています。",
            "en": "Review {id} has already been signed off.",
        },
        "purposes.not_found": {
            "ja": "利用目的（番号 {id}）が見つかりません。",
            "en": "Purpose of use {id} was not found.",
        },
        "purposes.retired": {
            "ja": "利用目的（番号 {id}）は廃止されているため、文言を変更できません。",
            "en": "Purpose of use {id} is retired; its wording cannot be changed.",
        },
        "purposes.bad_group": {
            "ja": "対象者の区分を一覧から選んでください。",
            "en": "Choose the group of persons from the list.",
        },
        "purposes.wording_unchanged": {
            "ja": "新しい文言が今の文言と同じです。",
            "en": "The new wording is the same as the current one.",
        },
        "notices.not_found": {
            "ja": "プライバシーポリシーの版（番号 {id}）が見つかりません。",
            "en": "Privacy notice version {id} was not found.",
        },
        # Flags on an entry (shown in the register table and the detail panel).
        "entry.sensitive_without_basis": {
            "ja": "要配慮個人情報を扱っていますが、同意によらない取得の根拠（法20条2項の例外）が記録されていません。例外に当たらなければ、本人ごとに事前の同意が必要です。同意の有無は本人のページで確認します。",
            "en": "Holds sensitive data, and no exception allowing acquisition without consent (Article 20(2)) is recorded. Unless one applies, each person's prior consent is needed; consents are checked on each person's page.",
        },
        "entry.not_reviewed": {
            "ja": "{months} か月以上、点検（管理者の承認）が行われていません。",
            "en": "Not reviewed (signed off by a manager) for {months} months or more.",
        },
        "entry.abroad_without_info": {
            "ja": "外国にある第三者への提供がありますが、本人に提供した情報（国名、その国の制度、提供先の措置：規則17条）が記録されていません。",
            "en": "Data goes to a recipient abroad, but the information given to persons (the country, its system, the recipient's measures: Rules Article 17) is not recorded.",
        },
        "entry.tracking_without_opt_out": {
            "ja": "ウェブサイトの外部送信（解析・広告ツール）について、停止（オプトアウト）の方法が記録されていません（電気通信事業法の外部送信規律）。",
            "en": "The website's tracking tool has no opt-out recorded (external-transmission rules of the Telecommunications Business Act).",
        },
        "entry.no_purpose": {
            "ja": "利用目的が結び付けられていません。",
            "en": "No purpose of use is linked.",
        },
        # Labels for codes the register shows.
        "register.group.members": {"ja": "会員", "en": "Members"},
        "register.group.consultees": {"ja": "相談者", "en": "Consultees"},
        "register.group.event_applicants": {"ja": "イベント申込者", "en": "Event applicants"},
        "register.group.donors": {"ja": "寄付者", "en": "Donors"},
        "register.group.staff": {"ja": "職員・ボランティア", "en": "Staff and volunteers"},
        "register.group.website_visitors": {
            "ja": "ウェブサイト閲覧者",
            "en": "Website visitors",
        },
        "register.group.other": {"ja": "その他", "en": "Other"},
        "register.basis.consent": {"ja": "本人の同意", "en": "Consent"},
        "register.basis.legal_exception": {
            "ja": "法令に基づく場合等（法27条1項各号）",
            "en": "Legal exception (Article 27(1))",
        },
        "register.basis.outsourcing": {
            "ja": "委託（法27条5項1号）",
            "en": "Outsourcing (27(5)(i))",
        },
        "register.basis.business_succession": {
            "ja": "事業の承継（法27条5項2号）",
            "en": "Business succession (27(5)(ii))",
        },
        "register.basis.joint_use": {
            "ja": "共同利用（法27条5項3号）",
            "en": "Joint use (27(5)(iii))",
        },
        "register.basis.opt_out": {"ja": "オプトアウト（法27条2項）", "en": "Opt-out (27(2))"},
        "register.medium.paper": {"ja": "紙", "en": "Paper"},
        "register.medium.electronic": {"ja": "電子", "en": "Electronic"},
        "register.medium.both": {"ja": "紙と電子", "en": "Paper and electronic"},
        # Audit log labels.
        "audit_action.register.entry_created": {"ja": "台帳の登録", "en": "Register entry created"},
        "audit_action.register.entry_updated": {"ja": "台帳の変更", "en": "Register entry changed"},
        "audit_action.register.entry_retired": {"ja": "台帳の廃止", "en": "Register entry retired"},
        "audit_action.register.entry_reactivated": {
            "ja": "台帳の再開",
            "en": "Register entry back in use",
        },
        "audit_action.register.review_recorded": {
            "ja": "台帳の点検の記録",
            "en": "Register review recorded",
        },
        "audit_action.register.review_signed_off": {
            "ja": "台帳の点検の承認",
            "en": "Register review signed off",
        },
        "audit_action.register.purpose_created": {
            "ja": "利用目的の登録",
            "en": "Purpose of use created",
        },
        "audit_action.register.purpose_changed": {
            "ja": "利用目的の変更",
            "en": "Purpose of use changed",
        },
        "audit_action.register.purpose_retired": {
            "ja": "利用目的の廃止",
            "en": "Purpose of use retired",
        },
        "audit_action.register.notice_created": {
            "ja": "プライバシーポリシーの版の登録",
            "en": "Privacy notice version added",
        },
    }
)

# Consents, records of provision and receipt, holds, retention and disposal.
MESSAGES.update(
    {
        "consent.date_required": {
            "ja": "日付を入力してください。",
            "en": "Enter a date.",
        },
        "consent.future_date": {
            "ja": "{date} は未来の日付です。同意や撤回は、あった日を入力してください。",
            "en": "{date} is in the future. Enter the day the consent or withdrawal was given.",
        },
        "consent.date_too_early": {
            "ja": "{date} は 1900 年より前の日付です。入力を確認してください。",
            "en": "{date} is before 1900. Check the entry.",
        },
        "consent.unknown_subject": {
            "ja": "本人（ID {id}）が見つかりません。",
            "en": "Person {id} was not found.",
        },
        "consent.unknown_scope": {
            "ja": "同意の対象「{scope}」はありません（利用目的、第三者提供、外国にある第三者への提供、要配慮個人情報の取得）。",
            "en": "There is no consent scope '{scope}' (purpose, third party, abroad, sensitive).",
        },
        "consent.unknown_method": {
            "ja": "方法「{method}」はありません（書面、Web、口頭、メール）。",
            "en": "There is no method '{method}' (paper, web, oral, email).",
        },
        "consent.unknown_given_by": {
            "ja": "同意した人を「本人」か「法定代理人」から選んでください。",
            "en": "Choose who gave the consent: the person or a legal representative.",
        },
        "consent.unknown_purpose": {
            "ja": "利用目的（ID {id}）が見つかりません。",
            "en": "Purpose {id} was not found.",
        },
        "consent.unknown_provision": {
            "ja": "台帳の第三者提供（ID {id}）が見つかりません。",
            "en": "The register's provision {id} was not found.",
        },
        "consent.unknown_notice": {
            "ja": "プライバシーポリシーの版（ID {id}）が見つかりません。",
            "en": "Privacy notice version {id} was not found.",
        },
        "consent.purpose_required": {
            "ja": "どの利用目的への同意かを選んでください。",
            "en": "Choose the purpose the consent is for.",
        },
        "consent.recipient_required": {
            "ja": "第三者提供への同意には、提供先（または台帳の第三者提供）を指定してください。",
            "en": "A consent to provision to a third party needs the recipient (or the register's provision).",
        },
        "consent.country_required": {
            "ja": "外国にある第三者への提供には、提供先の国名を入力してください。",
            "en": "A transfer abroad needs the recipient's country.",
        },
        "consent.representative_name_required": {
            "ja": "法定代理人が同意した場合は、その氏名を入力してください。",
            "en": "When a legal representative gave the consent, enter their name.",
        },
        "consent.before_birth": {
            "ja": "同意の日が本人の生年月日より前です。日付を確認してください。",
            "en": "The consent date is before the person's date of birth. Check the dates.",
        },
        "consent.minor_needs_representative": {
            "ja": "同意の日に本人は {age} 歳未満でした。法定代理人による同意として、その氏名を記録してください。",
            "en": "The person was under {age} on the day of the consent. Record it as given by a legal representative, with their name.",
        },
        "consent.unknown": {
            "ja": "同意の記録（ID {id}）が見つかりません。",
            "en": "Consent record {id} was not found.",
        },
        "consent.already_withdrawn": {
            "ja": "この同意は {date} に撤回済みです。",
            "en": "This consent was already withdrawn on {date}.",
        },
        "consent.withdrawal_before_consent": {
            "ja": "撤回の日が同意の日（{given_on}）より前です。",
            "en": "The withdrawal date is before the consent date ({given_on}).",
        },
        "consent.unknown_status": {
            "ja": "状態「{status}」はありません（有効、撤回済み、要再同意）。",
            "en": "There is no status '{status}' (active, withdrawn, renewal needed).",
        },
        "consent.bad_period": {
            "ja": "期間の終わりが始まりより前です。",
            "en": "The end of the period is before its start.",
        },
        "consent.form_empty": {
            "ja": "同意書に載せる利用目的、提供先または提供先の国を一つ以上指定してください。",
            "en": "Choose at least one purpose, a recipient or a country for the consent form.",
        },
        "consent.form_country_system_required": {
            "ja": "外国にある第三者への提供の同意書には、その国の個人情報の保護に関する制度についての情報が必要です（規則第17条第2項第2号）。制度を特定できない場合は、その旨と理由を書いてください。",
            "en": "A consent form for a transfer abroad needs information on that country's system for protecting personal information (Enforcement Rules Art. 17(2)(ii)). If it cannot be identified, say so and why.",
        },
        "consent.form_measures_required": {
            "ja": "外国にある第三者への提供の同意書には、提供先が講ずる個人情報の保護のための措置についての情報が必要です（規則第17条第2項第3号）。",
            "en": "A consent form for a transfer abroad needs information on the measures the recipient takes to protect personal information (Enforcement Rules Art. 17(2)(iii)).",
        },
        "consent.status.active": {"ja": "有効", "en": "Active"},
        "consent.status.withdrawn": {"ja": "撤回済み", "en": "Withdrawn"},
        "consent.status.renewal_needed": {"ja": "要再同意", "en": "Renewal needed"},
        "consent.scope.purpose": {"ja": "利用目的", "en": "Purpose of use"},
        "consent.scope.third_party": {"ja": "第三者提供", "en": "Provision to a third party"},
        "consent.scope.abroad": {"ja": "外国にある第三者への提供", "en": "Transfer abroad"},
        "consent.scope.sensitive": {
            "ja": "要配慮個人情報の取得",
            "en": "Acquiring sensitive information",
        },
        "consent.method.paper": {"ja": "書面", "en": "Paper"},
        "consent.method.web": {"ja": "Web", "en": "Web"},
        "consent.method.oral": {"ja": "口頭", "en": "Oral"},
        "consent.method.email": {"ja": "メール", "en": "Email"},
        # Records of provision and receipt.
        "provision.unknown_basis": {
            "ja": "提供の根拠「{basis}」はありません（本人の同意、法令に基づく場合等、委託、事業の承継、共同利用、オプトアウト）。",
            "en": "There is no basis '{basis}' (consent, legal exception, outsourcing, business succession, joint use, opt-out).",
        },
        "provision.unknown_direction": {
            "ja": "記録の種類は「提供」か「受領」から選んでください。",
            "en": "Choose whether the record is of provision or of receipt.",
        },
        "provision.unknown_form": {
            "ja": "記録の形は「個別」「一括」「契約書等による代替」から選んでください。",
            "en": "Choose the form of the record: single, batch, or a contract serving as the record.",
        },
        "provision.no_record_legal_exception": {
            "ja": "記録は不要です：法第27条第1項各号（法令に基づく場合、人の生命・身体・財産の保護、公衆衛生・児童の健全育成、国の機関等への協力など）に該当する提供・受領には、記録の義務がありません。任意に残す場合は「任意の記録」を選んでください。",
            "en": "No record is needed: provision or receipt under an exception of Article 27(1) (required by law, protecting life, body or property, public health or children, cooperating with state bodies …) need not be recorded. To keep one anyway, choose 'voluntary record'.",
        },
        "provision.no_record_outsourcing": {
            "ja": "記録は不要です：委託に伴う提供・受領（法第27条第5項第1号）は第三者提供に当たらず、記録の義務がありません。ただし、外国にある委託先への提供（法第28条第1項）では記録が必要です。任意に残す場合は「任意の記録」を選んでください。",
            "en": "No record is needed: provision to or from a contractor (Article 27(5)(i)) is not provision to a third party. Provision to a contractor abroad under Article 28(1) does need one. To keep one anyway, choose 'voluntary record'.",
        },
        "provision.no_record_business_succession": {
            "ja": "記録は不要です：合併その他の事由による事業の承継に伴う提供・受領（法第27条第5項第2号）には、記録の義務がありません。任意に残す場合は「任意の記録」を選んでください。",
            "en": "No record is needed: provision or receipt with a business succession (merger and the like, Article 27(5)(ii)) need not be recorded. To keep one anyway, choose 'voluntary record'.",
        },
        "provision.no_record_joint_use": {
            "ja": "記録は不要です：共同利用（法第27条第5項第3号）には記録の義務がありません（共同利用する項目・利用者の範囲・目的・責任者をあらかじめ本人に通知または公表していることが前提です）。ただし、外国にある者との共同利用（法第28条第1項）では記録が必要です。",
            "en": "No record is needed: joint use (Article 27(5)(iii)) need not be recorded, provided the items, the users, the purpose and the responsible party were made known to the person beforehand. Joint use with a party abroad under Article 28(1) does need one.",
        },
        "provision.record_abroad": {
            "ja": "記録が必要です：外国にある第三者への提供（法第28条第1項）では、委託や共同利用であっても記録が必要です（記録が不要なのは法第27条第1項各号の場合だけです）。",
            "en": "A record is needed: provision to a third party abroad under Article 28(1) must be recorded even for outsourcing or joint use (only the exceptions of Article 27(1) need none).",
        },
        "provision.record_consent": {
            "ja": "記録が必要です：本人の同意に基づく第三者提供（法第29条）。",
            "en": "A record is needed: provision to a third party with the person's consent (Article 29).",
        },
        "provision.record_opt_out": {
            "ja": "記録が必要です：オプトアウトによる第三者提供（法第27条第2項、第29条）。",
            "en": "A record is needed: provision by opt-out (Articles 27(2) and 29).",
        },
        "provision.record_received": {
            "ja": "記録が必要です：第三者からの個人データの受領（法第30条）。提供者の氏名・住所・代表者と、提供者がそのデータを取得した経緯を確認して記録します。",
            "en": "A record is needed: receipt of personal data from a third party (Article 30). Confirm and record the provider's name, address and representative, and how the provider acquired the data.",
        },
        "provision.future_date": {
            "ja": "{date} は未来の日付です。提供・受領のあった日を入力してください。",
            "en": "{date} is in the future. Enter the day of the provision or receipt.",
        },
        "provision.last_only_for_batch": {
            "ja": "最後の提供日は、一括または契約書等による記録にだけ入力します。",
            "en": "A last provision date belongs to batch and contract records only.",
        },
        "provision.last_before_first": {
            "ja": "最後の提供日が、それまでの提供日より前です。",
            "en": "The last provision date is before the earlier provision date.",
        },
        "provision.counterparty_required": {
            "ja": "提供先（受領の場合は提供者）の氏名または名称を入力してください。",
            "en": "Enter the name of the recipient (for a receipt, the provider).",
        },
        "provision.items_required": {
            "ja": "個人データの項目を入力してください。",
            "en": "Enter the data items.",
        },
        "provision.country_required": {
            "ja": "外国にある第三者との提供・受領では、国名を入力してください。",
            "en": "For a party abroad, enter the country.",
        },
        "provision.unknown_entry": {
            "ja": "台帳の項目（ID {id}）が見つかりません。",
            "en": "Register entry {id} was not found.",
        },
        "provision.provider_address_required": {
            "ja": "受領の記録には、提供者の住所が必要です（法第30条第1項第1号）。",
            "en": "A record of receipt needs the provider's address (Article 30(1)(i)).",
        },
        "provision.provider_representative_required": {
            "ja": "提供者が法人の場合は、代表者の氏名が必要です（法第30条第1項第1号）。提供者が個人の場合は「個人」を選んでください。",
            "en": "For a provider that is a body, the name of its representative is needed (Article 30(1)(i)). If the provider is an individual, say so.",
        },
        "provision.how_acquired_required": {
            "ja": "受領の記録には、提供者がその個人データを取得した経緯が必要です（法第30条第1項第2号）。",
            "en": "A record of receipt needs how the provider acquired the data (Article 30(1)(ii)).",
        },
        "provision.consent_note_required": {
            "ja": "本人の同意を得ている旨（いつ、どのように）を記録してください。",
            "en": "Record that the person's consent was obtained (when and how).",
        },
        "provision.opt_out_abroad": {
            "ja": "外国にある第三者への提供（法第28条第1項）は、オプトアウトではできません。本人の同意を得て「本人の同意」として記録するか、十分性認定国・基準適合体制のある提供先であれば「外国への提供」を外してください。",
            "en": "Provision to a third party abroad under Article 28(1) cannot rely on opt-out. Obtain consent and record it as such, or, for a designated country or a recipient with a qualifying system, untick 'abroad'.",
        },
        "provision.opt_out_needs_filing": {
            "ja": "オプトアウトによる提供には、個人情報保護委員会への届出（届出日・番号など）の記録が必要です（法第27条第2項）。",
            "en": "Provision by opt-out needs the filing with the Personal Information Protection Commission recorded (date, number; Article 27(2)).",
        },
        "provision.opt_out_sensitive": {
            "ja": "この台帳の項目には要配慮個人情報（{count} 件）が含まれるため、オプトアウトによる提供はできません（法第27条第2項ただし書）。",
            "en": "This register entry holds sensitive information ({count} item(s)), which may never be provided by opt-out (Article 27(2), proviso).",
        },
        "provision.unknown": {
            "ja": "提供・受領の記録（ID {id}）が見つかりません。",
            "en": "Record of provision or receipt {id} was not found.",
        },
        "provision.single_record_once": {
            "ja": "個別の記録は一回の提供についての記録です。継続的な提供は、一括の記録として作成してください。",
            "en": "A single record covers one provision. Make a batch record for continuous provision.",
        },
        "provision.unknown_subject": {
            "ja": "本人（ID {id} ほか、計 {count} 件）が見つかりません。",
            "en": "Person {id} was not found ({count} in all).",
        },
        "provision.basis.consent": {"ja": "本人の同意", "en": "Consent"},
        "provision.basis.legal_exception": {
            "ja": "法令に基づく場合等（法第27条第1項）",
            "en": "Legal exception (Art. 27(1))",
        },
        "provision.basis.outsourcing": {"ja": "委託", "en": "Outsourcing"},
        "provision.basis.business_succession": {"ja": "事業の承継", "en": "Business succession"},
        "provision.basis.joint_use": {"ja": "共同利用", "en": "Joint use"},
        "provision.basis.opt_out": {"ja": "オプトアウト", "en": "Opt-out"},
        "provision.form.single": {"ja": "個別の記録", "en": "Single record"},
        "provision.form.batch": {"ja": "一括の記録", "en": "Batch record"},
        "provision.form.contract": {"ja": "契約書等による代替", "en": "Contract as the record"},
        "provision.keep_rule": {
            "ja": "保存期間：個別の記録は作成日から3年、一括の記録は最後の提供日から3年、契約書等による代替は最後の提供日から1年（規則第21条）。初日は算入せず、期間の末日まで保存し、その翌日から廃棄できます。",
            "en": "Kept: a single record 3 years from the day it was made, a batch record 3 years from the last provision, a contract serving as the record 1 year from the last provision (Enforcement Rules Art. 21). The first day is not counted; the record is kept through the last day and may be disposed of from the next day.",
        },
        # Holds.
        "hold.unknown_target_type": {
            "ja": "保留の対象は「本人」か「台帳の項目」から選んでください。",
            "en": "A hold is set on a person or a register entry.",
        },
        "hold.unknown_target": {
            "ja": "保留の対象（{type} {id}）が見つかりません。",
            "en": "The hold's target ({type} {id}) was not found.",
        },
        "hold.unknown_source": {
            "ja": "保留の種類は「手動」「請求対応」「苦情対応」から選んでください。",
            "en": "A hold's source is manual, a request or a complaint.",
        },
        "hold.reason_required": {
            "ja": "保留の理由を入力してください。",
            "en": "Enter the reason for the hold.",
        },
        "hold.unknown": {
            "ja": "保留（ID {id}）が見つかりません。",
            "en": "Hold {id} was not found.",
        },
        "hold.already_released": {
            "ja": "保留 #{id} はすでに解除されています。",
            "en": "Hold #{id} has already been released.",
        },
        # Retention and disposal.
        "retention.subject_held": {
            "ja": "本人（ID {id}）には保留 #{hold} が設定されているため、廃棄できません。理由は保留の一覧で確認し、解除してから廃棄してください。",
            "en": "Person {id} is under hold #{hold} and cannot be disposed of. See the reason in the list of holds; release it first.",
        },
        "retention.subject_entry_held": {
            "ja": "本人（ID {id}）が含まれる台帳の項目（ID {entry}）に保留 #{hold} が設定されているため、廃棄できません。",
            "en": "Person {id} is in register entry {entry}, which is under hold #{hold}, and cannot be disposed of.",
        },
        "retention.subject_in_kept_record": {
            "ja": "本人（ID {id}）は、{until} まで保存が必要な提供・受領の記録（ID {record}）に記載されているため、廃棄できません（法第29条・第30条）。",
            "en": "Person {id} is named in record of provision {record}, which must be kept until {until} (Articles 29 and 30), and cannot be disposed of.",
        },
        "retention.record_subject_held": {
            "ja": "提供・受領の記録（ID {id}）に記載された本人（ID {subject}）に保留 #{hold} が設定されているため、廃棄できません。",
            "en": "Record {id} names person {subject}, who is under hold #{hold}; it cannot be disposed of.",
        },
        "retention.record_entry_held": {
            "ja": "提供・受領の記録（ID {id}）の台帳の項目（ID {entry}）に保留 #{hold} が設定されているため、廃棄できません。",
            "en": "Record {id} belongs to register entry {entry}, which is under hold #{hold}; it cannot be disposed of.",
        },
        "retention.unknown_method": {
            "ja": "廃棄の方法は「削除」か「個人を識別できない形に加工」から選んでください。",
            "en": "Choose how to dispose: delete, or process so the person can no longer be identified.",
        },
        "retention.nothing_selected": {
            "ja": "廃棄する本人または記録を選んでください。",
            "en": "Choose the persons or records to dispose of.",
        },
        "retention.unknown_subject": {
            "ja": "本人（ID {id}）が見つかりません。",
            "en": "Person {id} was not found.",
        },
        "retention.already_deidentified": {
            "ja": "本人（ID {id}）はすでに個人を識別できない形に加工済みです。",
            "en": "Person {id} has already been processed so they can no longer be identified.",
        },
        "retention.not_past": {
            "ja": "本人（ID {id}）は、まだ保存期間を過ぎていません。",
            "en": "Person {id} is not yet past the retention period.",
        },
        "retention.record_still_kept": {
            "ja": "提供・受領の記録（ID {id}）は {until} まで保存が必要です（規則第21条）。",
            "en": "Record {id} must be kept until {until} (Enforcement Rules Art. 21).",
        },
        "retention.refused": {
            "ja": "廃棄できません（問題 {count} 件）。何も廃棄していません。",
            "en": "Disposal refused ({count} problem(s)). Nothing was disposed of.",
        },
        "retention.not_confirmed": {
            "ja": "廃棄は、対象と方法を確認してから実行してください。",
            "en": "Confirm the targets and the method before disposing.",
        },
        "retention.backups_still_hold": {
            "ja": "廃棄しました。ただし、バックアップには廃棄したデータが残っています。バックアップは保存世代数・期間の設定に従って古いものから削除されるまで、データを保持します。",
            "en": "Disposed of. Backups still hold the disposed data until they age out under the backup settings.",
        },
        "retention.method.delete": {"ja": "削除", "en": "Delete"},
        "retention.method.deidentify": {
            "ja": "個人を識別できない形に加工",
            "en": "Process so the person can no longer be identified",
        },
        "hold.source.manual": {"ja": "手動", "en": "Manual"},
        "hold.source.request": {"ja": "請求対応", "en": "Request"},
        "hold.source.complaint": {"ja": "苦情対応", "en": "Complaint"},
        "audit_action.consent.recorded": {"ja": "同意の記録", "en": "Consent recorded"},
        "audit_action.consent.withdrawn": {"ja": "同意の撤回", "en": "Consent withdrawn"},
        "audit_action.provision.recorded": {
            "ja": "提供・受領の記録の作成",
            "en": "Record of provision or receipt made",
        },
        "audit_action.provision.extended": {
            "ja": "提供・受領の記録への追加の提供",
            "en": "Further provision recorded",
        },
        "audit_action.provision.subjects_linked": {
            "ja": "提供・受領の記録に本人を追加",
            "en": "Persons linked to a record of provision",
        },
        "audit_action.provision.subjects_unlinked": {
            "ja": "提供・受領の記録から本人を削除",
            "en": "Persons unlinked from a record of provision",
        },
        "audit_action.hold.set": {"ja": "保留の設定", "en": "Hold set"},
        "audit_action.hold.released": {"ja": "保留の解除", "en": "Hold released"},
        "audit_action.retention.disposed": {
            "ja": "保存期間経過後の廃棄",
            "en": "Disposal after retention",
        },
    }
)

# Short forms of the register's flags, for the table's "needs attention" column.
MESSAGES.update(
    {
        "entry.sensitive_without_basis.short": {
            "ja": "要配慮：同意・例外なし",
            "en": "sensitive, no basis",
        },
        "entry.not_reviewed.short": {"ja": "点検なし", "en": "not reviewed"},
        "entry.abroad_without_info.short": {
            "ja": "外国移転：情報提供なし",
            "en": "abroad, no information",
        },
        "entry.tracking_without_opt_out.short": {"ja": "オプトアウトなし", "en": "no opt-out"},
        "entry.no_purpose.short": {"ja": "利用目的なし", "en": "no purpose"},
        "register.provision_line": {
            "ja": "第三者提供の {line} 行目は「提供先 / 項目 / 根拠」の形で書いてください（根拠：本人の同意、委託、共同利用など）。",
            "en": "Line {line} of the provisions must read 'recipient / items / basis' (basis: consent, outsourcing, joint use …).",
        },
    }
)

MESSAGES.update(
    {
        "audit_action.demo.filled": {"ja": "デモデータの作成", "en": "Demo data added"},
    }
)

MESSAGES.update(
    {
        "dashboard.entries_not_reviewed": {
            "ja": "台帳の {count} 件が12か月以上点検されていません（「台帳」で年次点検を記録してください）。",
            "en": "{count} register entries have not been reviewed for 12 months (record the yearly review on the Register page).",
        },
        "dashboard.past_retention": {
            "ja": "保存期間を過ぎた本人 {subjects} 人と第三者提供の記録 {records} 件があります。確認のうえ廃棄してください。",
            "en": "{subjects} persons and {records} provision records are past their retention. Review and dispose of them.",
        },
        "dashboard.holds": {
            "ja": "保留（廃棄の停止）が {holds} 件あり、保存期間を過ぎた {held} 件の廃棄を止めています。",
            "en": "{holds} holds are in place; they keep {held} items past retention from disposal.",
        },
    }
)

# Import and export (取り込み・書き出し): services/transfer.py, domain/importer.py, the CLI.
MESSAGES.update(
    {
        "cli.help.import": {
            "ja": "既存の Excel（.xlsx）や CSV から台帳・本人・同意を取り込む（全件か0件か）",
            "en": "import the register, persons or consents from an existing .xlsx or .csv (all or nothing)",
        },
        "cli.help.export": {
            "ja": "台帳・本人・同意・提供記録を CSV（UTF-8 BOM 付き）に書き出す",
            "en": "export the register, persons, consents or provision records as CSV (UTF-8 with BOM)",
        },
        "cli.help.search": {
            "ja": "本人を検索する（氏名・フリガナ・通称・住所・電話・メールの一部）",
            "en": "find persons by part of a name, reading, alias, address, phone or email",
        },
        "cli.help.import_file": {
            "ja": "取り込むファイル（.xlsx または .csv）",
            "en": "the file to import (.xlsx or .csv)",
        },
        "cli.help.mapping": {
            "ja": '列の対応付け（JSON：{{"列の見出し": "項目名"}}）',
            "en": 'column mapping (JSON: {{"column header": "field"}})',
        },
        "cli.help.dry_run": {
            "ja": "確認だけして保存しない",
            "en": "check everything, save nothing",
        },
        "cli.help.csv_out": {"ja": "書き出す CSV ファイル", "en": "the CSV file to write"},
        "cli.help.search_json": {"ja": "JSON（UTF-8）で出力する", "en": "print JSON (UTF-8)"},
        "cli.help.search_limit": {"ja": "表示する最大件数", "en": "at most this many persons"},
        "cli.imported": {
            "ja": "{kind}を {records} 件取り込みました（{rows} 行）。",
            "en": "Imported {records} {kind} record(s) ({rows} row(s)).",
        },
        "cli.import_checked": {
            "ja": "確認のみ：{kind}の {rows} 行を確認し、問題はありませんでした（取り込める件数 {records} 件）。何も保存していません。",
            "en": "Dry run: {rows} row(s) of {kind} checked without problems ({records} record(s) would be imported). Nothing was saved.",
        },
        "cli.exported": {
            "ja": "{count} 件を {path} に書き出しました。",
            "en": "Wrote {count} record(s) to {path}.",
        },
        "cli.search_count": {"ja": "{count} 人", "en": "{count} person(s)"},
        "audit_action.data.imported": {"ja": "データの取り込み", "en": "Data imported"},
        "import.kind.register": {"ja": "台帳", "en": "register entries"},
        "import.kind.subjects": {"ja": "本人", "en": "persons"},
        "import.kind.consents": {"ja": "同意", "en": "consents"},
        "import.kind.provisions": {
            "ja": "提供・受領の記録",
            "en": "records of provision and receipt",
        },
        "import.error": {"ja": "エラー", "en": "Error"},
        "import.warning": {"ja": "注意", "en": "Warning"},
        "import.info": {"ja": "情報", "en": "Info"},
        "import.at_cell": {
            "ja": "{row} 行目「{column}」：{text}",
            "en": "Row {row}, column '{column}': {text}",
        },
        "import.at_row": {"ja": "{row} 行目：{text}", "en": "Row {row}: {text}"},
        "import.at_column": {"ja": "列「{column}」：{text}", "en": "Column '{column}': {text}"},
        "import.column_letter": {"ja": "{letter} 列", "en": "column {letter}"},
        "import.failed": {
            "ja": "取り込めませんでした（問題 {count} 件）。何も保存していません。問題を直して、もう一度取り込んでください。",
            "en": "Import refused ({count} problem(s)). Nothing was saved. Correct the problems and import the file again.",
        },
        "import.unknown_kind": {
            "ja": "「{kind}」は取り込み・書き出しの種類ではありません（{kinds}）。",
            "en": "'{kind}' is not a kind of import or export ({kinds}).",
        },
        "import.unsupported_file": {
            "ja": "「{suffix}」のファイルは取り込めません。.xlsx（Excel）か .csv のファイルを選んでください。",
            "en": "Files ending in '{suffix}' cannot be imported. Choose an .xlsx (Excel) or .csv file.",
        },
        "import.file_not_found": {
            "ja": "ファイルが見つかりません：{path}",
            "en": "File not found: {path}",
        },
        "import.file_unreadable": {
            "ja": "Excel のファイルとして読めません（壊れているか、別の形式です）：{path}",
            "en": "This cannot be read as an Excel file (damaged, or another format): {path}",
        },
        "import.file_encrypted": {
            "ja": "パスワードで保護された Excel ファイルは読めません。Excel で保護を外して保存し直してください：{path}",
            "en": "A password-protected Excel file cannot be read. Remove the protection in Excel and save it again: {path}",
        },
        "import.undecodable": {
            "ja": "ファイルの文字コードが UTF-8 でも Shift_JIS（cp932）でもありません（{line} 行目、先頭から {offset} バイト目で読めなくなりました）。Excel で「CSV UTF-8（コンマ区切り）」として保存し直してください。",
            "en": "The file is neither UTF-8 nor Shift_JIS (cp932): reading stopped at line {line}, byte {offset}. Save it again in Excel as 'CSV UTF-8 (Comma delimited)'.",
        },
        "import.csv_broken": {
            "ja": 'CSV の形式が崩れています（{line} 行目付近。引用符 " の閉じ忘れなど）。',
            "en": "The CSV is malformed near line {line} (an unclosed quotation mark, for example).",
        },
        "import.no_header": {
            "ja": "見出しの行が見つかりません。最初の {max} 行のうちに、既知の見出し（氏名、生年月日、同意日、個人情報の名称など）が2つ以上ある行が必要です。",
            "en": "No header row was found: within the first {max} rows, one row needs at least two known headers (氏名, 生年月日, 同意日, 個人情報の名称 …).",
        },
        "import.no_rows": {
            "ja": "取り込む行がありません（見出しの下がすべて空です）。",
            "en": "There are no rows to import (everything under the header is empty).",
        },
        "import.missing_column": {
            "ja": "必要な列「{column}」がありません。見出しを確かめるか、列の対応付けで指定してください。",
            "en": "The required column '{column}' is missing. Check the headers, or assign it in the column mapping.",
        },
        "import.missing_person_columns": {
            "ja": "本人を特定する列がありません。「会員番号」、または「氏名」と「生年月日」の列が必要です。",
            "en": "No columns identify the person: a '会員番号' (member number) column, or '氏名' (name) and '生年月日' (date of birth), is needed.",
        },
        "import.unknown_column": {
            "ja": "この列は取り込みません（対応する項目がありません）。取り込むには、列の対応付けで項目を指定してください。",
            "en": "This column is not imported (no field matches it). To import it, assign a field in the column mapping.",
        },
        "import.ignored_column": {
            "ja": "列の対応付けにより、この列は取り込みません。",
            "en": "This column is left out, as the column mapping says.",
        },
        "import.row_number_column": {
            "ja": "行番号の列として読み飛ばします。",
            "en": "Read as a row-number column and skipped.",
        },
        "import.duplicate_column": {
            "ja": "列「{other}」と同じ項目に対応しています。どちらを使うか、列の対応付けで指定してください（使わない列は null）。",
            "en": "This column matches the same field as column '{other}'. Say which to use in the column mapping (null for the one to leave out).",
        },
        "import.mapping_unreadable": {
            "ja": '列の対応付けのファイルを読めません。JSON で {{"列の見出し": "項目名"}} の形にしてください：{path}',
            "en": 'The column mapping cannot be read. It must be JSON of the form {{"column header": "field"}}: {path}',
        },
        "import.mapping_unknown_field": {
            "ja": "列の対応付けの「{field}」という項目はありません。",
            "en": "The column mapping names a field '{field}' that does not exist.",
        },
        "import.mapping_unknown_header": {
            "ja": "列の対応付けにある見出しが、ファイルにありません。",
            "en": "A header in the column mapping is not in the file.",
        },
        "import.zero_restored": {
            "ja": "Excel が数値として保存したため消えていた先頭の 0 を補いました。",
            "en": "The leading 0 that Excel dropped (the value was stored as a number) was put back.",
        },
        "import.serial_read": {
            "ja": "Excel の日付のシリアル値として読みました。日付が正しいか確かめてください。",
            "en": "Read as an Excel date serial number. Check that the date is right.",
        },
        "import.serial_out_of_range": {
            "ja": "日付のシリアル値が範囲外です（{first}〜{last} の日付だけ読めます）。",
            "en": "The date serial number is out of range (only dates from {first} to {last} are read).",
        },
        "import.not_a_date": {
            "ja": "日付として読めない値です（時刻や真偽値など）。",
            "en": "This value cannot be read as a date (a time or a true/false value, for example).",
        },
        "import.not_a_number": {
            "ja": "数として読めません。",
            "en": "This cannot be read as a number.",
        },
        "import.not_a_bool": {
            "ja": "「はい」か「いいえ」（○ か ×）で入力してください。",
            "en": "Enter はい or いいえ (yes or no, ○ or ×).",
        },
        "import.unknown_choice": {
            "ja": "選べる値ではありません（{choices} のいずれか）。",
            "en": "This is not one of the values allowed ({choices}).",
        },
        "import.masked_value": {
            "ja": "伏せ字「＊＊＊」は取り込めません（所在秘匿の本人の情報を隠した書き出しです）。管理者が書き出したファイルを使ってください。",
            "en": "The mask '＊＊＊' cannot be imported (it hides a protected person's whereabouts in an export). Use a file a manager exported.",
        },
        "import.duplicate_in_file": {
            "ja": "{row} 行目と同じ本人と思われます（氏名と生年月日、または会員番号が同じ）。",
            "en": "This looks like the same person as row {row} (same name and date of birth, or same member number).",
        },
        "import.person_not_found_member": {
            "ja": "この会員番号の本人が登録されていません。",
            "en": "No person with this member number is registered.",
        },
        "import.person_not_found_name": {
            "ja": "この氏名と生年月日の本人が登録されていません（氏名は空白も含めて完全に一致する必要があります）。",
            "en": "No person with this exact name and date of birth is registered (the name must match exactly, spaces included).",
        },
        "import.person_ambiguous": {
            "ja": "該当する本人が {count} 人います（ID {ids}）。推測はしません。会員番号で特定してください。",
            "en": "{count} persons match (ids {ids}). Nothing is guessed: identify the person by member number.",
        },
        "import.person_needs_name": {
            "ja": "会員番号がないときは、氏名と生年月日で本人を特定します。氏名を入力してください。",
            "en": "Without a member number the person is found by name and date of birth: enter the name.",
        },
        "import.person_needs_birth_date": {
            "ja": "会員番号がないときは、氏名と生年月日で本人を特定します。生年月日を入力してください。",
            "en": "Without a member number the person is found by name and date of birth: enter the date of birth.",
        },
        "import.purpose_not_found": {
            "ja": "この文言（またはラベル）の利用目的が登録されていません。",
            "en": "No purpose of use with this wording (or label) is registered.",
        },
        "import.purpose_ambiguous": {
            "ja": "同じ文言の利用目的が {count} 件あります。推測はしません。",
            "en": "{count} purposes of use have this wording. Nothing is guessed.",
        },
        "import.purpose_created": {
            "ja": "この文言の利用目的はまだないため、新しく登録します（対象者の区分は「その他」）。",
            "en": "This purpose of use is not registered yet: it is added (group 'Other').",
        },
        "import.notice_not_found": {
            "ja": "この名前のプライバシーポリシーの版が登録されていません。",
            "en": "No privacy notice version with this title is registered.",
        },
        "import.notice_ambiguous": {
            "ja": "同じ名前のプライバシーポリシーの版が {count} 件あります。推測はしません。",
            "en": "{count} privacy notice versions have this title. Nothing is guessed.",
        },
        "import.renewal_before_consent": {
            "ja": "要再同意の日付が同意日より前です。",
            "en": "The renewal-needed date is before the consent date.",
        },
        "import.entry_exists": {
            "ja": "同じ名称と担当部署の台帳（ID {id}）がすでにあります。",
            "en": "A register entry with this name and department already exists (id {id}).",
        },
        "import.entry_duplicate_in_file": {
            "ja": "{row} 行目と同じ名称と担当部署です。",
            "en": "Same name and department as row {row}.",
        },
        "import.app_entry_kept": {
            "ja": "privacydesk 自身の台帳はすでにあるため、この行は取り込みません。",
            "en": "privacydesk's own register entry already exists: this row is not imported.",
        },
        "import.bad_provision": {
            "ja": "{line} 行目は「提供先 / 項目 / 根拠 / 国 / 届出・通知」の形で書いてください（後ろは省略可。根拠：本人の同意、委託、共同利用など）。",
            "en": "Line {line} must read 'recipient / items / basis / country / filing or notice' (later parts may be left out; basis: consent, outsourcing, joint use …).",
        },
    }
)

# -- data-subject requests (開示等の請求) -------------------------------------------------------
MESSAGES.update(
    {
        "requests.not_found": {
            "ja": "請求（ID {id}）が見つかりません。",
            "en": "Request {id} was not found.",
        },
        "requests.closed": {
            "ja": "請求（ID {id}）は終了しています。変更するには、先に再開してください。",
            "en": "Request {id} is closed. Reopen it before changing it.",
        },
        "requests.unknown_subject": {
            "ja": "本人を選んでください（新しい本人は先に登録します）。",
            "en": "Choose the person (register a new person first).",
        },
        "requests.unknown_entry": {
            "ja": "台帳（ID {id}）が見つかりません。",
            "en": "Register entry {id} was not found.",
        },
        "requests.future_date": {
            "ja": "未来の日付は入力できません（{date}）。",
            "en": "A date in the future cannot be entered ({date}).",
        },
        "requests.date_before_request": {
            "ja": "請求の受付日より前の日付です。",
            "en": "The date is before the request was received.",
        },
        "requests.before_sent": {
            "ja": "発送日より前の日付です。",
            "en": "The date is before the letter was sent.",
        },
        "requests.deadline_past": {
            "ja": "期限が過去の日付です（{date}）。今日以降の日付にしてください。",
            "en": "The deadline is in the past ({date}). Choose today or later.",
        },
        "requests.deadline_too_far": {
            "ja": "期限が1年以上先です（{date}）。日付を確かめてください。",
            "en": "The deadline is more than a year away ({date}). Check the date.",
        },
        "requests.agent_name_required": {
            "ja": "代理人の氏名（名称）を入力してください。",
            "en": "Enter the agent's name.",
        },
        "requests.type_required": {
            "ja": "請求の種類を1つ以上選んでください。",
            "en": "Choose at least one type of request.",
        },
        "requests.type_twice": {
            "ja": "同じ種類の請求が2回選ばれています。",
            "en": "The same type of request is chosen twice.",
        },
        "requests.type_not_asked": {
            "ja": "この請求には、その種類の請求が含まれていません。",
            "en": "This request does not include that type.",
        },
        "requests.my_number_refused": {
            "ja": "マイナンバー（個人番号）と思われる12桁の番号が含まれています。マイナンバーは記録しません。番号を削除してください。",
            "en": "This contains a 12-digit number that looks like a My Number (individual number). My Numbers are never recorded: remove it.",
        },
        "requests.fee_not_allowed": {
            "ja": "手数料は、利用目的の通知・開示・第三者提供記録の開示の請求にだけ求めることができます（法第38条）。訂正等・利用停止等には求められません。",
            "en": "A fee may be charged only for notification of purpose and disclosure (Article 38), never for correction, suspension or stopping provision.",
        },
        "requests.bad_amount": {
            "ja": "金額は0円以上の整数で入力してください。",
            "en": "Enter the amount as a whole number of yen, 0 or more.",
        },
        "requests.fee_short": {
            "ja": "手数料がまだ全額支払われていません。",
            "en": "The fee has not been paid in full yet.",
        },
        "requests.identity_not_confirmed": {
            "ja": "本人確認（代理人の場合は代理権の確認）が済んでいません。",
            "en": "Identity (and, for an agent, authority) has not been confirmed yet.",
        },
        "requests.identity_already_confirmed": {
            "ja": "本人確認は済んでいます。",
            "en": "Identity is already confirmed.",
        },
        "requests.confirmed_with_gaps": {
            "ja": "不足書類が選ばれたままです。確認済みにするなら、不足書類の選択を外してください。",
            "en": "Missing documents are still ticked. Untick them to record identity as confirmed.",
        },
        "requests.missing_required": {
            "ja": "何が不足しているかを選んでください（書類の依頼状に載ります）。",
            "en": "Choose what is missing (the identity-check letter lists it).",
        },
        "requests.deadline_not_passed": {
            "ja": "書類の提出期限がまだ過ぎていません。",
            "en": "The date for sending the documents has not passed yet.",
        },
        "requests.fee_deadline_not_passed": {
            "ja": "手数料の支払期限がまだ過ぎていないか、手数料は支払われています。",
            "en": "The date for paying the fee has not passed, or the fee is paid.",
        },
        "requests.reason_required": {
            "ja": "応じない、一部だけ応じる、または別の措置をとるときは、理由を書いてください（法第36条）。",
            "en": "When refusing, acting only in part or taking another measure, give the reason (Article 36).",
        },
        "requests.ground_required": {
            "ja": "開示しない根拠を選んでください（法第33条第2項各号、または手続上の理由）。",
            "en": "Choose the ground for not disclosing (Article 33(2) i–iii, or a procedural ground).",
        },
        "requests.method_reason_required": {
            "ja": "請求と異なる方法で開示するときは、その理由を書いてください（法第33条第1項ただし書）。",
            "en": "When disclosing by another method than the one asked, give the reason (Article 33(1) proviso).",
        },
        "requests.entry_without_content": {
            "ja": "開示する内容（抽出データまたは同封資料）がない台帳が {count} 件あります。全部開示にするには、すべての台帳に内容を付けてください。",
            "en": "{count} covered register entries have nothing attached (an extract or an enclosure). A full disclosure needs something for every entry.",
        },
        "requests.withheld_required": {
            "ja": "一部開示では、開示しない項目とその根拠を台帳ごとに記録してください。",
            "en": "For a partial disclosure, record each withheld item and its ground, entry by entry.",
        },
        "requests.changes_required": {
            "ja": "訂正した内容を書いてください。",
            "en": "Describe what was changed.",
        },
        "requests.measures_required": {
            "ja": "とった措置を書いてください。",
            "en": "Describe the measure taken.",
        },
        "requests.entry_not_covered": {
            "ja": "台帳（ID {id}）はこの請求の対象に入っていません。",
            "en": "Register entry {id} is not covered by this request.",
        },
        "requests.extract_empty": {
            "ja": "抽出データに見出しの行がありません。1行目に列の見出しを置いてください。",
            "en": "The extract has no header row. Put the column headers in the first row.",
        },
        "requests.extract_too_wide": {
            "ja": "抽出データの列が多すぎます（{max} 列まで）。",
            "en": "The extract has too many columns (at most {max}).",
        },
        "requests.extract_too_long": {
            "ja": "抽出データの行が多すぎます（{max} 行まで）。同封資料として扱ってください。",
            "en": "The extract has too many rows (at most {max}). List it as an enclosure instead.",
        },
        "requests.document_not_found": {
            "ja": "その書類はこの請求にありません。",
            "en": "That document is not part of this request.",
        },
        "requests.route_reason_required": {
            "ja": "決定通知の送付先を変えるときは、理由を記録してください。",
            "en": "Record the reason for sending decisions somewhere else.",
        },
        "requests.route_no_agent": {
            "ja": "本人からの請求なので、代理人宛てにはできません。",
            "en": "The person made this request: there is no agent to send to.",
        },
        "requests.address_required": {
            "ja": "送付先の住所を入力してください（窓口での受け渡しを除く）。",
            "en": "Enter the address to send to (except for collection at the desk).",
        },
        "requests.tracking_required": {
            "ja": "書留・特定記録・本人限定受取郵便は、追跡番号を入力してください。",
            "en": "Enter the tracking number for registered, recorded or restricted delivery.",
        },
        "requests.mailing_not_found": {
            "ja": "発送簿の記録が見つかりません。",
            "en": "The mailing log entry was not found.",
        },
        "requests.close_undecided": {
            "ja": "まだ決定していない請求の種類が {count} 件あります。",
            "en": "{count} types of the request are not decided yet.",
        },
        "requests.not_electronic": {
            "ja": "電磁的記録による開示が決定されていません。",
            "en": "No disclosure by electronic record has been decided.",
        },
        "requests.no_purposes": {
            "ja": "通知する利用目的がありません。対象の台帳に利用目的を登録してください。",
            "en": "There are no purposes to notify. Add purposes of use to the covered register entries.",
        },
        "requests.not_past_retention": {
            "ja": "保存期間がまだ過ぎていない請求が {count} 件含まれています。",
            "en": "{count} of these requests are still within their retention period.",
        },
        "requests.letter_unknown": {
            "ja": "その種類の文書はありません（{kind}）。",
            "en": "There is no letter of that kind ({kind}).",
        },
        "requests.letter_needs_approval": {
            "ja": "所在秘匿の本人に関する請求です。管理者の承認の前には、どの文書も送れません。",
            "en": "This request concerns a protected person: nothing can be sent before a manager approves.",
        },
        "requests.letter_needs_delivery": {
            "ja": "所在秘匿の本人への決定通知は、管理者が送付先と送付方法（窓口での受け渡し、本人限定受取郵便など）を決めてから印刷できます。",
            "en": "Decision letters for a protected person need a manager to choose where and how they go (collection at the desk, restricted delivery …).",
        },
        "requests.letter_closed": {"ja": "請求は終了しています。", "en": "The request is closed."},
        "requests.letter_not_withdrawn": {
            "ja": "請求は取下げとして終了していません。",
            "en": "The request has not been closed as withdrawn.",
        },
        "requests.letter_identity_not_missing": {
            "ja": "本人確認書類の不足が記録されていません。先に本人確認の結果を記録してください。",
            "en": "No missing identity documents are recorded. Record the identity check first.",
        },
        "requests.letter_needs_deadline": {
            "ja": "提出（支払）の期限を入力してください。文書に載ります。",
            "en": "Enter the date by which to send (or pay): the letter states it.",
        },
        "requests.letter_fee_paid": {
            "ja": "手数料は不足していません。",
            "en": "The fee is not short.",
        },
        "requests.letter_no_disclosure_decision": {
            "ja": "全部開示または一部開示の決定がありません。",
            "en": "There is no decision to disclose in whole or in part.",
        },
        "requests.letter_no_refusal": {
            "ja": "不開示（または該当データなし）の決定がありません。",
            "en": "There is no decision not to disclose (or that no such data exists).",
        },
        "requests.letter_not_decided": {
            "ja": "この文書に対応する決定がまだありません。",
            "en": "The decision this letter reports has not been made.",
        },
        "requests.letter_method_not_changed": {
            "ja": "請求と異なる開示方法は決定されていません。",
            "en": "No disclosure by another method than the one asked has been decided.",
        },
        "requests.letter_no_password": {
            "ja": "電磁的記録による開示のパスワードがありません（開示前か、請求が終了しています）。",
            "en": "There is no password for an electronic disclosure (none made yet, or the request is closed).",
        },
        "requests.letter_no_address": {
            "ja": "送付先の住所がありません。本人確認で確認した住所、または請求書の住所を入力してください。",
            "en": "There is no address to send to. Enter the address confirmed by the identity documents or the one on the request.",
        },
        "requests.next.approval": {
            "ja": "管理者の承認を待っています（所在秘匿）",
            "en": "Waiting for a manager's approval (protected person)",
        },
        "requests.next.check_identity": {
            "ja": "本人確認書類を確認する",
            "en": "Check the identity documents",
        },
        "requests.next.identity_letter": {
            "ja": "本人確認書類の依頼状を送る",
            "en": "Send the identity-check letter",
        },
        "requests.next.wait_identity": {
            "ja": "本人確認書類の到着を待つ",
            "en": "Wait for the identity documents",
        },
        "requests.next.fee_letter": {
            "ja": "手数料の不足を知らせる",
            "en": "Send the fee-shortfall notice",
        },
        "requests.next.wait_fee": {"ja": "手数料の支払いを待つ", "en": "Wait for the fee"},
        "requests.next.decide": {"ja": "内容を確認して決定する", "en": "Review and decide"},
        "requests.next.send_decision": {"ja": "決定通知を送る", "en": "Send the decision letter"},
        "requests.next.close": {"ja": "請求を終了する", "en": "Close the request"},
        "requests.next.none": {"ja": "なし", "en": "Nothing"},
        "requests.next.returned_mail": {
            "ja": "郵便が戻りました：住所を確かめて再送する",
            "en": "Mail came back: check the address and send again",
        },
        "letter.table_shape": {
            "ja": "別紙の表「{table}」の{row}行目のセルの数（{cells}）が列の数（{columns}）と合いません。",
            "en": "Row {row} of the attached table '{table}' has {cells} cells for {columns} columns.",
        },
        "letter.table_does_not_fit": {
            "ja": "別紙の表「{table}」は列が多すぎるか見出しが長すぎるため、用紙に収まりません（{columns} 列、{limit} 列まで）。",
            "en": "The attached table '{table}' does not fit the page: too many columns or too long a header ({columns}; at most {limit} columns).",
        },
        "audit_action.request.received": {"ja": "請求の受付", "en": "Request received"},
        "audit_action.request.entries_set": {
            "ja": "請求の対象台帳の変更",
            "en": "Request's entries changed",
        },
        "audit_action.request.document_added": {
            "ja": "本人確認書類の記録",
            "en": "Identity document recorded",
        },
        "audit_action.request.document_removed": {
            "ja": "本人確認書類の記録の削除",
            "en": "Identity document removed",
        },
        "audit_action.request.identity_checked": {
            "ja": "本人確認の結果の記録",
            "en": "Identity check recorded",
        },
        "audit_action.request.fee_recorded": {"ja": "手数料の受領の記録", "en": "Fee recorded"},
        "audit_action.request.fee_due_set": {"ja": "手数料の額の変更", "en": "Fee due changed"},
        "audit_action.request.decided": {"ja": "請求への決定", "en": "Request decided"},
        "audit_action.request.decision_cleared": {"ja": "決定の取消し", "en": "Decision cleared"},
        "audit_action.request.identity_lapsed": {
            "ja": "本人確認書類の期限切れによる決定",
            "en": "Decided: identity documents not received",
        },
        "audit_action.request.extract_imported": {
            "ja": "開示用データの取込み",
            "en": "Disclosure extract imported",
        },
        "audit_action.request.enclosure_set": {"ja": "同封資料の記録", "en": "Enclosure recorded"},
        "audit_action.request.withheld_set": {
            "ja": "不開示部分の記録",
            "en": "Withheld items recorded",
        },
        "audit_action.request.route_set": {
            "ja": "決定通知の送付先の変更",
            "en": "Decision recipient changed",
        },
        "audit_action.request.delivery_set": {
            "ja": "送付方法の指定（所在秘匿）",
            "en": "Delivery chosen (protected person)",
        },
        "audit_action.request.approved": {
            "ja": "管理者の承認（所在秘匿）",
            "en": "Manager approval (protected person)",
        },
        "audit_action.request.electronic_disclosure": {
            "ja": "電磁的記録による開示",
            "en": "Electronic disclosure made",
        },
        "audit_action.request.mailed": {"ja": "発送の記録", "en": "Mailing recorded"},
        "audit_action.request.mailing_marked": {
            "ja": "発送の結果の記録",
            "en": "Mailing outcome recorded",
        },
        "audit_action.request.withdrawn": {"ja": "請求の取下げ", "en": "Request withdrawn"},
        "audit_action.request.closed": {"ja": "請求の終了", "en": "Request closed"},
        "audit_action.request.disposed": {
            "ja": "保存期間を過ぎた請求の廃棄",
            "en": "Requests past retention disposed of",
        },
    }
)
MESSAGES.update(
    {
        "input.unknown_choice": {
            "ja": "選べる値ではありません（{value}）。",
            "en": "This is not one of the values allowed ({value}).",
        },
    }
)
MESSAGES.update(
    {
        "dashboard.requests_overdue": {
            "ja": "回答の目安を過ぎた開示等の請求が {count} 件あります（{first} ほか）。",
            "en": "{count} data-subject requests are past their target date ({first} and others).",
        },
        "dashboard.requests_due": {
            "ja": "3営業日以内に回答の目安が来る開示等の請求が {count} 件あります（{first}：{date}）。",
            "en": "{count} data-subject requests are due within 3 business days ({first}: {date}).",
        },
        "dashboard.requests_past_retention": {
            "ja": "保存期間を過ぎた開示等の請求の書類が {count} 件あります。廃棄を検討してください。",
            "en": "{count} closed requests are past their retention period: consider disposing of their documents.",
        },
    }
)
MESSAGES.update(
    {
        "cli.help.list": {
            "ja": "一覧を表示する（requests：開示等の請求）",
            "en": "list records (requests: data-subject requests)",
        },
        "cli.help.list_json": {"ja": "JSON（UTF-8）で出力する", "en": "print JSON (UTF-8)"},
        "cli.help.letter": {
            "ja": "開示等の請求の文書（受付通知、決定通知など）を発行して PDF に出力する",
            "en": "issue a letter for a data-subject request (acknowledgement, decision …) as a PDF",
        },
        "cli.help.letter_kind": {"ja": "文書の種類", "en": "the kind of letter"},
        "cli.help.request_id": {
            "ja": "請求の ID（list requests で表示される番号）",
            "en": "the request's id (as list requests shows it)",
        },
        "cli.help.disclose-electronic": {
            "ja": "電磁的記録による開示の PDF（パスワード付き、CSV 添付）を出力する",
            "en": "write the electronic disclosure: a password-protected PDF with CSV attachments",
        },
        "cli.requests_header": {
            "ja": "   ID  請求番号  受付日  種類  請求者  状態  回答の目安  停止",
            "en": "   ID  number  received  types  requester  state  due  stopped",
        },
        "cli.requests_count": {"ja": "{count} 件", "en": "{count} request(s)"},
        "cli.request_overdue": {"ja": "{date}（超過）", "en": "{date} (overdue)"},
        "cli.request_stopped": {
            "ja": "{date} から停止中（{reason}）",
            "en": "stopped since {date} ({reason})",
        },
        "cli.letter_written": {
            "ja": "文書 {number} を {path} に出力しました。",
            "en": "Letter {number} written to {path}.",
        },
        "cli.disclosure_written": {
            "ja": "電磁的記録による開示の PDF（パスワード付き）を {path} に出力しました。パスワードは別便で通知してください（privacydesk letter password-notice --request {id} -o 出力先.pdf）。",
            "en": "The password-protected disclosure PDF was written to {path}. Send the password separately (privacydesk letter password-notice --request {id} -o OUT.pdf).",
        },
        "requests.state.identity_pending": {"ja": "本人確認待ち", "en": "identity pending"},
        "requests.state.fee_pending": {"ja": "手数料待ち", "en": "fee pending"},
        "requests.state.in_review": {"ja": "検討中", "en": "in review"},
        "requests.state.decided": {"ja": "決定済み（未発送）", "en": "decided (not sent)"},
        "requests.state.sent": {"ja": "決定通知発送済み", "en": "decision sent"},
        "requests.state.closed": {"ja": "終了", "en": "closed"},
        "requests.state.withdrawn": {"ja": "取下げ", "en": "withdrawn"},
        "requests.type.purpose": {"ja": "利用目的の通知", "en": "purpose of use"},
        "requests.type.disclosure": {"ja": "開示", "en": "disclosure"},
        "requests.type.provision_records": {
            "ja": "第三者提供記録の開示",
            "en": "provision records",
        },
        "requests.type.correction": {"ja": "訂正等", "en": "correction"},
        "requests.type.suspension": {"ja": "利用停止等", "en": "suspension"},
        "requests.type.stop_provision": {"ja": "第三者提供の停止", "en": "stop provision"},
        "requests.requester.person": {"ja": "本人", "en": "the person"},
        "requests.requester.legal_rep": {"ja": "法定代理人", "en": "legal representative"},
        "requests.requester.appointed_agent": {"ja": "任意代理人", "en": "appointed agent"},
        "requests.stop.identity": {
            "ja": "本人確認書類待ち",
            "en": "waiting for identity documents",
        },
        "requests.stop.fee": {"ja": "手数料待ち", "en": "waiting for the fee"},
    }
)

# -- outsourcing contractors (委託先) --------------------------------------------------------------
MESSAGES.update(
    {
        "contractors.not_found": {
            "ja": "委託先（ID {id}）が見つかりません。",
            "en": "Contractor {id} was not found.",
        },
        "contractors.name_required": {
            "ja": "委託先の名称を入力してください。",
            "en": "Enter the contractor's name.",
        },
        "contractors.end_before_start": {
            "ja": "契約の終了日が開始日より前です。",
            "en": "The contract ends before it starts.",
        },
        "contractors.principal_cycle": {
            "ja": "再委託の関係が循環します（自分自身や自分の再委託先を委託元にはできません）。",
            "en": "That would make a subcontracting loop (a contractor cannot be its own principal, directly or through others).",
        },
        "contractors.country_required": {
            "ja": "外国にある委託先は、国名を入力してください。",
            "en": "Enter the country of a contractor abroad.",
        },
        "contractors.bad_interval": {
            "ja": "点検の間隔は1〜60か月で入力してください。",
            "en": "The review interval must be 1 to 60 months.",
        },
        "contractors.record_not_found": {
            "ja": "その記録はこの委託先にありません。",
            "en": "That record does not belong to this contractor.",
        },
        "contractors.covers_required": {
            "ja": "削除証明書が何を対象にしているかを入力してください。",
            "en": "Say what the deletion certificate covers.",
        },
        "contractors.review_not_found": {
            "ja": "点検の記録が見つかりません。",
            "en": "The review was not found.",
        },
        "contractors.review_finished": {
            "ja": "この点検は完了しています。完了した点検の回答は変更できません。",
            "en": "This review is finished: its answers can no longer change.",
        },
        "contractors.question_not_in_review": {
            "ja": "その質問はこの点検のチェックリストにありません。",
            "en": "That question is not in this review's checklist.",
        },
        "contractors.unanswered": {
            "ja": "未回答の項目が {count} 件あります。すべての項目に回答してください（該当しない項目は「該当なし」）。",
            "en": "{count} questions are unanswered. Answer every question (use 'not applicable' where it does not apply).",
        },
        "contractors.summary_required": {
            "ja": "「条件付き適」または「不適」のときは、その理由と条件を書いてください。",
            "en": "For 'fit with conditions' or 'unfit', write the reason and the conditions.",
        },
        "contractors.finished_before_start": {
            "ja": "完了日が点検の開始日より前です。",
            "en": "The finish date is before the review started.",
        },
        "contractors.action_required": {
            "ja": "対応の内容を入力してください。",
            "en": "Describe the follow-up action.",
        },
        "contractors.closing_note_required": {
            "ja": "完了の記録（何をしたか）を入力してください。",
            "en": "Write what was done to close it.",
        },
        "contractors.merge_same": {
            "ja": "同じ委託先どうしは統合できません。",
            "en": "A contractor cannot be merged with itself.",
        },
        "contractor.no_selection": {
            "ja": "選定時の評価がありません",
            "en": "No selection evaluation",
        },
        "contractor.contract_expired": {
            "ja": "契約期間が終了しています（{date}）",
            "en": "The contract expired ({date})",
        },
        "contractor.contract_ending": {
            "ja": "契約期間が60日以内に終了します（{date}）",
            "en": "The contract ends within 60 days ({date})",
        },
        "contractor.review_overdue": {
            "ja": "定期点検の期限を過ぎています（{date}）",
            "en": "The periodic review is overdue ({date})",
        },
        "contractor.followup_overdue": {
            "ja": "期限を過ぎた是正措置が {count} 件あります",
            "en": "{count} follow-ups are past due",
        },
        "contractor.cert_expiring": {
            "ja": "認証（{kind}）の有効期限が近いか過ぎています（{date}）",
            "en": "A certification ({kind}) expires soon or has expired ({date})",
        },
        "contractor.sensitive_without_clauses": {
            "ja": "要配慮個人情報を委託していますが、契約に必要な条項が {count} 件ありません",
            "en": "Sensitive data is entrusted but {count} required contract clauses are missing",
        },
        "contractor.subcontractor_unapproved": {
            "ja": "再委託の事前承認が記録されていません",
            "en": "No prior approval of this subcontracting is recorded",
        },
        "contractor.ended_without_certificate": {
            "ja": "契約終了後の削除証明書がありません",
            "en": "Ended without a deletion certificate",
        },
        "contractor.equivalence_overdue": {
            "ja": "外国の相当措置の定期確認（規則第18条）が1年以上行われていません",
            "en": "The yearly check of the foreign recipient's equivalent measures (Enforcement Rules Art. 18) is overdue",
        },
        "audit_action.contractor.created": {"ja": "委託先の登録", "en": "Contractor added"},
        "audit_action.contractor.updated": {"ja": "委託先の変更", "en": "Contractor changed"},
        "audit_action.contractor.entries_set": {
            "ja": "委託先の取扱台帳の変更",
            "en": "Contractor's register entries changed",
        },
        "audit_action.contractor.certification_added": {
            "ja": "認証の登録",
            "en": "Certification added",
        },
        "audit_action.contractor.certification_removed": {
            "ja": "認証の削除",
            "en": "Certification removed",
        },
        "audit_action.contractor.deletion_certificate": {
            "ja": "削除証明書の受領",
            "en": "Deletion certificate received",
        },
        "audit_action.contractor.ended": {"ja": "委託契約の終了", "en": "Contract ended"},
        "audit_action.contractor.review_started": {
            "ja": "委託先点検の開始",
            "en": "Contractor review started",
        },
        "audit_action.contractor.review_finished": {
            "ja": "委託先点検の完了",
            "en": "Contractor review finished",
        },
        "audit_action.contractor.review_deleted": {
            "ja": "未完了の点検の削除",
            "en": "Unfinished review deleted",
        },
        "audit_action.contractor.followup_added": {"ja": "是正措置の登録", "en": "Follow-up added"},
        "audit_action.contractor.followup_closed": {
            "ja": "是正措置の完了",
            "en": "Follow-up closed",
        },
        "audit_action.contractor.merged": {"ja": "委託先の統合", "en": "Contractors merged"},
        "audit_action.checklist.shipped": {
            "ja": "標準チェックリストの取込み",
            "en": "Shipped checklists added",
        },
        "audit_action.checklist.draft_saved": {
            "ja": "チェックリスト案の保存",
            "en": "Checklist draft saved",
        },
        "audit_action.checklist.published": {
            "ja": "チェックリストの公開",
            "en": "Checklist published",
        },
    }
)
MESSAGES.update(
    {
        "checklists.bad_shipped_file": {
            "ja": "アプリに付属するチェックリストのファイル {file} が読めないか、形式が正しくありません（{field}）。アプリを入れ直してください。",
            "en": "The checklist file {file} shipped with the app cannot be read or is malformed ({field}). Reinstall the app.",
        },
        "checklists.unknown_kind": {
            "ja": "チェックリストの種類が正しくありません（{kind}）。",
            "en": "Unknown kind of checklist ({kind}).",
        },
        "checklists.none_published": {
            "ja": "この種類のチェックリスト（{kind}）には使用中の版がありません。案を公開してください。",
            "en": "No version of this checklist ({kind}) is in use. Publish a draft first.",
        },
        "checklists.not_found": {
            "ja": "チェックリスト（ID {id}）が見つかりません。",
            "en": "Checklist {id} was not found.",
        },
        "checklists.not_a_draft": {
            "ja": "このチェックリスト（ID {id}）は案ではありません。公開や破棄ができるのは案だけで、使用中・使用済みの版は変更できません（編集すると新しい版の案になります）。",
            "en": "Checklist {id} is not a draft. Only a draft can be published or discarded; a version in use or retired never changes (an edit makes a new draft version).",
        },
        "checklists.title_required": {
            "ja": "チェックリストの名称を入力してください。",
            "en": "Enter the checklist's title.",
        },
        "checklists.no_questions": {
            "ja": "質問を1つ以上入力してください。",
            "en": "Add at least one question.",
        },
        "checklists.too_many_questions": {
            "ja": "質問は {max} 件までです。",
            "en": "At most {max} questions.",
        },
        "checklists.unknown_category": {
            "ja": "{row} 番目の質問の区分が正しくありません（基本方針、規律の整備、組織的・人的・物理的・技術的安全管理措置、外的環境の把握から選んでください）。",
            "en": "Question {row} has an unknown category (choose basic policy, handling rules, organisational, human, physical, technical, or foreign environment).",
        },
        "checklists.code_required": {
            "ja": "{row} 番目の質問の記号を入力してください。",
            "en": "Enter a code for question {row}.",
        },
        "checklists.duplicate_code": {
            "ja": "{row} 番目の質問の記号が、ほかの質問と重複しています。",
            "en": "Question {row} has the same code as another question.",
        },
        "checklists.text_required": {
            "ja": "{row} 番目の質問の文を入力してください。",
            "en": "Enter the text of question {row}.",
        },
    }
)
MESSAGES.update(
    {
        "dashboard.contractors_reviews_overdue": {
            "ja": "定期点検の期限を過ぎた委託先が {count} 件あります。",
            "en": "{count} contractors are past their periodic review.",
        },
        "dashboard.contractors_reviews_due": {
            "ja": "30日以内に定期点検の期限が来る委託先が {count} 件あります。",
            "en": "{count} contractors are due for review within 30 days.",
        },
        "dashboard.contractors_followups_overdue": {
            "ja": "期限を過ぎた是正措置のある委託先が {count} 件あります。",
            "en": "{count} contractors have follow-ups past due.",
        },
        "dashboard.contractors_ending": {
            "ja": "契約または認証の期限が近いか過ぎた委託先が {count} 件あります。",
            "en": "{count} contractors have a contract or certification ending or ended.",
        },
        "dashboard.contractors_no_deletion_certificate": {
            "ja": "契約終了後の削除証明書がない委託先が {count} 件あります。",
            "en": "{count} ended contractors have no deletion certificate.",
        },
    }
)

# -- contractors on the command line (list contractors, form contractor-checklist) ----------------
# cli.help.list and cli.help.form are given again here: they now name the contractors too.
MESSAGES.update(
    {
        "cli.help.list": {
            "ja": "一覧を表示する（requests：開示等の請求、contractors：委託先と要確認事項）",
            "en": "list records (requests: data-subject requests; contractors: contractors and "
            "what needs attention)",
        },
        "cli.help.form": {
            "ja": "様式を PDF で出力する（request：開示等請求書、power-of-attorney：委任状、"
            "envelope-test：窓付き封筒の位置確認、contractor-checklist：委託先に送るチェックリスト）",
            "en": "write a form as PDF (request, power-of-attorney, envelope-test, "
            "contractor-checklist: the checklist to send a contractor)",
        },
        "cli.help.contractor_id": {
            "ja": "委託先の ID（list contractors で表示される番号）",
            "en": "the contractor's id (as list contractors shows it)",
        },
        "cli.help.checklist_kind": {
            "ja": "チェックリストの種類（selection：選定、periodic：定期点検、"
            "equivalence：外国の相当措置の確認。既定は selection）",
            "en": "the kind of checklist (selection, periodic, equivalence; selection by default)",
        },
        "cli.form_contractor_needed": {
            "ja": "contractor-checklist には --contractor で委託先の ID を指定してください。",
            "en": "contractor-checklist needs the contractor's id: --contractor ID.",
        },
        "cli.form_contractor_only": {
            "ja": "--contractor と --kind は contractor-checklist でのみ指定できます。",
            "en": "--contractor and --kind go with contractor-checklist only.",
        },
        "cli.contractors_header": {
            "ja": "   ID  委託先  状態  契約期間の終了  次回点検の期限",
            "en": "   ID  contractor  status  contract ends  next review due",
        },
        "cli.contractors_count": {
            "ja": "{count} 件（要確認 {flagged} 件）",
            "en": "{count} contractor(s), {flagged} needing attention",
        },
        "cli.contractor_flag": {"ja": "要確認：{text}", "en": "attention: {text}"},
        "cli.contractor_status.selecting": {"ja": "選定中", "en": "being selected"},
        "cli.contractor_status.active": {"ja": "契約中", "en": "under contract"},
        "cli.contractor_status.ended": {"ja": "終了", "en": "ended"},
        "cli.cert_kind.pmark": {"ja": "プライバシーマーク", "en": "Privacy Mark"},
        "cli.cert_kind.isms": {"ja": "ISMS", "en": "ISMS"},
        "cli.cert_kind.other": {"ja": "その他の認証", "en": "other certification"},
    }
)

# -- complaints (苦情) and leak incidents (漏えい等事案) ---------------------------------------------
MESSAGES.update({
    "complaints.not_found": {"ja": "苦情（ID {id}）が見つかりません。", "en": "Complaint {id} was not found."},
    "complaints.content_required": {"ja": "苦情の内容を入力してください。", "en": "Enter what the complaint says."},
    "complaints.unknown_link": {"ja": "関連づける記録（ID {id}）が見つかりません。", "en": "The linked record ({id}) was not found."},
    "complaints.unknown_handler": {"ja": "担当者のアカウントが見つかりません。", "en": "The handler's account was not found."},
    "complaints.closed": {"ja": "この苦情は完了または取下げ済みです。変更できません。", "en": "This complaint is closed or withdrawn: it cannot be changed."},
    "complaints.not_editable": {"ja": "この項目はここでは変更できません（状態は「状態の変更」で変えます）。", "en": "This field cannot be changed here (the status changes through a status move)."},
    "complaints.bad_move": {"ja": "「{from}」から「{to}」へは変更できません。受付 → 調査中 → 回答済 → 完了 の順に進めます（取下げはいつでも）。", "en": "A complaint cannot go from '{from}' to '{to}'. It moves received → investigating → answered → closed (or withdrawn at any open step)."},
    "complaints.reply_required": {"ja": "回答の内容を入力してください。", "en": "Enter the reply given."},
    "complaints.summary_required": {"ja": "完了の要約を入力してください。", "en": "Enter a closing summary."},
    "complaints.action_required": {"ja": "対応の内容を入力してください。", "en": "Describe the action taken."},
    "complaints.still_open": {"ja": "対応中の苦情は廃棄できません。", "en": "Open complaints cannot be disposed of."},
    "incidents.not_found": {"ja": "事案（ID {id}）が見つかりません。", "en": "Incident {id} was not found."},
    "incidents.occurred_after_known": {"ja": "発生日が、把握した日より後になっています。", "en": "The incident happened after it became known: check the dates."},
    "incidents.told_before_known": {"ja": "事務局が報告を受けた日が、把握した日より前です。", "en": "The privacy office was told before anyone knew: check the dates."},
    "incidents.bad_persons": {"ja": "人数は0以上の整数で入力してください。", "en": "Enter the number of persons as a whole number, 0 or more."},
    "incidents.before_known": {"ja": "把握した日より前の日付です。", "en": "The date is before the incident became known."},
    "incidents.final_before_preliminary": {"ja": "確報の前に速報を記録してください。", "en": "Record the preliminary report before the final one."},
    "incidents.steps_open": {"ja": "まだ済んでいない報告・通知があります。完了にする前に記録してください。", "en": "Reports or notices are still owed: record them before closing."},
    "incident.reason_sensitive": {"ja": "要配慮個人情報を含む（規則第7条第1号）", "en": "Sensitive personal data (Enforcement Rules Art. 7(1))"},
    "incident.reason_financial": {"ja": "不正に利用されると財産的被害が生じるおそれがある（同条第2号）", "en": "Misuse could cause financial damage (Art. 7(2))"},
    "incident.reason_wrongful": {"ja": "不正の目的によるおそれがある（同条第3号、収集目的を含む）", "en": "Possibly a wrongful purpose, including data being collected (Art. 7(3))"},
    "incident.reason_many": {"ja": "本人の数が1,000人を超える（同条第4号）", "en": "More than 1,000 persons (Art. 7(4))"},
    "incident.exempt_encrypted": {"ja": "高度な暗号化等の措置が講じられているため、報告対象外", "en": "Not reportable: the data was protected by advanced encryption"},
    "incident.not_reportable": {"ja": "規則第7条のいずれにも当たらないため、報告対象外（本人対応と再発防止は行います）", "en": "Not reportable: none of the circumstances of Enforcement Rules Art. 7 applies (the persons and prevention are still seen to)"},
    "incident.rule_preliminary": {"ja": "速報：把握から速やかに（目安 {days} 日）", "en": "Preliminary report: promptly after knowing (target {days} days)"},
    "incident.rule_notice": {"ja": "本人への通知：速やかに（目安 {days} 日）", "en": "Notice to the persons: promptly (target {days} days)"},
    "incident.rule_final_day1": {"ja": "確報：把握した日を1日目として {days} 日以内（行政機関の休日に当たるときは翌開庁日）", "en": "Final report: within {days} days, the day of knowing as day 1 (moved to the next day government offices are open)"},
    "incident.rule_final_civil": {"ja": "確報：把握した日の翌日から起算して {days} 日以内（行政機関の休日に当たるときは翌開庁日）", "en": "Final report: within {days} days counted from the day after knowing (moved to the next day government offices are open)"},
    "dashboard.complaints_overdue": {"ja": "回答の目標日を過ぎた苦情が {count} 件あります。", "en": "{count} complaints are past their target reply date."},
    "dashboard.complaints_unassigned": {"ja": "担当者が決まっていない苦情が {count} 件あります。", "en": "{count} complaints have no handler."},
    "dashboard.incident_preliminary_due": {"ja": "漏えい等事案 {number}：個人情報保護委員会への速報の目安 {date}", "en": "Incident {number}: preliminary report to the Commission due {date}"},
    "dashboard.incident_final_due": {"ja": "漏えい等事案 {number}：個人情報保護委員会への確報の期限 {date}", "en": "Incident {number}: final report to the Commission due {date}"},
    "dashboard.incident_notice_due": {"ja": "漏えい等事案 {number}：本人への通知の目安 {date}", "en": "Incident {number}: notice to the persons due {date}"},
    "dashboard.incident_open": {"ja": "漏えい等事案 {number} が対応中です（報告対象外）。", "en": "Incident {number} is open (not reportable)."},
    "incident.step.preliminary": {"ja": "速報", "en": "preliminary report"},
    "incident.step.final": {"ja": "確報", "en": "final report"},
    "incident.step.notice": {"ja": "本人への通知", "en": "notice to the persons"},
    "audit_action.complaint.received": {"ja": "苦情の受付", "en": "Complaint received"},
    "audit_action.complaint.updated": {"ja": "苦情の変更", "en": "Complaint changed"},
    "audit_action.complaint.moved": {"ja": "苦情の状態の変更", "en": "Complaint status changed"},
    "audit_action.complaint.action_added": {"ja": "苦情への対応の記録", "en": "Complaint action recorded"},
    "audit_action.complaint.disposed": {"ja": "保存期間を過ぎた苦情の廃棄", "en": "Complaints past retention disposed of"},
    "audit_action.incident.recorded": {"ja": "漏えい等事案の記録", "en": "Incident recorded"},
    "audit_action.incident.updated": {"ja": "漏えい等事案の変更", "en": "Incident changed"},
    "audit_action.incident.step_done": {"ja": "報告・通知の記録", "en": "Report or notice recorded"},
    "audit_action.incident.closed": {"ja": "漏えい等事案の完了", "en": "Incident closed"},
    "audit_action.incident.reopened": {"ja": "漏えい等事案の再開", "en": "Incident reopened"},
})


# -- the incident documents (概要, お詫びとお知らせ) -------------------------------------------------
MESSAGES.update({
    "incidents.notice_protected": {"ja": "所在秘匿の本人（ID {id}）への通知は、管理者が送付先と送付方法を確認して発行します。", "en": "The notice to a protected person ({id}) is issued by a manager, who checks where and how it goes."},
    "incidents.notice_no_address": {"ja": "本人（ID {id}）の氏名または住所が登録されていないため、通知を発行できません。", "en": "Person {id} has no name or address on record: the notice cannot be issued."},
})

# -- complaints and incidents on the command line (list complaints, list incidents) -------------
# cli.help.list is given again here: it now names complaints and incidents too.
MESSAGES.update(
    {
        "cli.help.list": {
            "ja": "一覧を表示する（requests：開示等の請求、contractors：委託先と要確認事項、"
            "complaints：苦情、incidents：漏えい等事案と報告の期限）",
            "en": "list records (requests: data-subject requests; contractors: contractors and "
            "what needs attention; complaints: complaints; incidents: leak incidents and their "
            "reporting deadlines)",
        },
        "cli.complaints_header": {
            "ja": "   ID  苦情番号  受付日時  受付方法  分類  状態  担当者  回答の目標日",
            "en": "   ID  number  received  channel  category  status  handler  target date",
        },
        "cli.complaints_count": {
            "ja": "{count} 件（目標日超過 {overdue} 件）",
            "en": "{count} complaint(s), {overdue} past their target date",
        },
        "cli.complaint_overdue": {"ja": "{date}（超過）", "en": "{date} (overdue)"},
        "cli.complaint_unassigned": {"ja": "担当未定", "en": "unassigned"},
        "cli.complaint_status.received": {"ja": "受付", "en": "received"},
        "cli.complaint_status.investigating": {"ja": "調査中", "en": "investigating"},
        "cli.complaint_status.answered": {"ja": "回答済", "en": "answered"},
        "cli.complaint_status.closed": {"ja": "完了", "en": "closed"},
        "cli.complaint_status.withdrawn": {"ja": "取下げ", "en": "withdrawn"},
        "cli.complaint_channel.phone": {"ja": "電話", "en": "phone"},
        "cli.complaint_channel.post": {"ja": "郵便", "en": "post"},
        "cli.complaint_channel.fax": {"ja": "FAX", "en": "fax"},
        "cli.complaint_channel.email": {"ja": "電子メール", "en": "email"},
        "cli.complaint_channel.visit": {"ja": "来所", "en": "visit"},
        "cli.complaint_channel.other": {"ja": "その他", "en": "other"},
        "cli.complaint_category.handling": {"ja": "個人情報の取扱い", "en": "handling of data"},
        "cli.complaint_category.requests": {"ja": "開示等の請求", "en": "data-subject requests"},
        "cli.complaint_category.staff": {"ja": "職員の対応", "en": "staff conduct"},
        "cli.complaint_category.security": {"ja": "安全管理", "en": "security"},
        "cli.complaint_category.other": {"ja": "その他", "en": "other"},
        "cli.incidents_header": {
            "ja": "   ID  事案番号  種類  把握日  人数  報告  状態  次の期限",
            "en": "   ID  number  kind  known on  persons  report  status  next deadline",
        },
        "cli.incidents_count": {
            "ja": "{count} 件（対応中 {open} 件）",
            "en": "{count} incident(s), {open} open",
        },
        "cli.incident_kind.leak": {"ja": "漏えい", "en": "leak"},
        "cli.incident_kind.loss": {"ja": "滅失", "en": "loss"},
        "cli.incident_kind.damage": {"ja": "毀損", "en": "damage"},
        "cli.incident_possible": {"ja": "{kind}（おそれ）", "en": "{kind} (possible)"},
        "cli.incident_status.open": {"ja": "対応中", "en": "open"},
        "cli.incident_status.closed": {"ja": "完了", "en": "closed"},
        "cli.incident_persons": {"ja": "{count}人", "en": "{count} person(s)"},
        "cli.incident_persons_estimated": {"ja": "約{count}人", "en": "about {count} persons"},
        "cli.incident_reportable": {"ja": "報告対象", "en": "reportable"},
        "cli.incident_not_reportable": {"ja": "報告対象外", "en": "not reportable"},
        "cli.incident_next": {"ja": "{step}（{date}まで）", "en": "{step} by {date}"},
        "cli.incident_reason": {"ja": "理由：{text}", "en": "reason: {text}"},
        "cli.incident_deadline": {
            "ja": "{date}まで　{done}　{rule}",
            "en": "by {date} ({done}): {rule}",
        },
        "cli.incident_step_done": {"ja": "済（{date}）", "en": "done {date}"},
        "cli.incident_step_open": {"ja": "未了", "en": "not yet done"},
        "cli.incident_step_overdue": {"ja": "未了（期限超過）", "en": "not done, past due"},
    }
)
MESSAGES.update({
    "audit_action.checklist.draft_discarded": {"ja": "チェックリスト案の破棄", "en": "Checklist draft discarded"},
})
MESSAGES.update({
    "notice_check.passage_required": {"ja": "タグを付ける文を選んでください。", "en": "Choose the passage to tag."},
    "notice_check.passage_not_in_notice": {"ja": "その文はこの版のプライバシーポリシーにありません。本文からそのまま選んでください。", "en": "That passage is not in this version of the notice. Select it from the text as it stands."},
    "notice_check.passage_not_found": {"ja": "タグを付けた文が見つかりません。", "en": "The tagged passage was not found."},
    "notice_check.item_not_found": {"ja": "台帳の項目が見つかりません。", "en": "The register item was not found."},
    "notice_check.unreadable_text": {"ja": "テキストファイルを読めません（UTF-8 またはシフトJISで保存してください）。", "en": "The text file cannot be read (save it as UTF-8 or Shift_JIS)."},
    "notice_check.unreadable_docx": {"ja": "Word ファイル（.docx）を読めません。ファイルが壊れていないか確かめてください。", "en": "The Word file (.docx) cannot be read. Check that it is not damaged."},
    "notice_check.file_too_large": {"ja": "ファイルが大きすぎます（{max} バイトまで）。", "en": "The file is too large (at most {max} bytes)."},
    "audit_action.notice.passage_tagged": {"ja": "ポリシーの文へのタグ付け", "en": "Notice passage tagged"},
    "audit_action.notice.passage_untagged": {"ja": "ポリシーの文のタグの削除", "en": "Notice passage untagged"},
    "audit_action.notice.linked": {"ja": "台帳とポリシーの対応づけ", "en": "Register item linked to the notice"},
    "audit_action.notice.unlinked": {"ja": "台帳とポリシーの対応づけの解除", "en": "Register item unlinked from the notice"},
    "audit_action.notice.suggestions_accepted": {"ja": "対応づけの候補の一括承認", "en": "Suggested links accepted"},
})
# The organisation's own compliance: staff, pledges and training; the yearly self-check of the
# security measures (with the lighter measures of small organisations); internal audits and
# corrective actions.
MESSAGES.update({
    "staff.name_required": {"ja": "氏名を入力してください。", "en": "Enter the name."},
    "staff.end_before_start": {"ja": "終了日が開始日より前になっています。", "en": "The end date is before the start date."},
    "staff.account_not_found": {"ja": "アカウントが見つかりません（ID {id}）。", "en": "No such account (ID {id})."},
    "staff.account_linked": {"ja": "このアカウントは、すでに別の役職員等（ID {id}）に結び付けられています。", "en": "This account is already linked to another staff member (ID {id})."},
    "staff.not_found": {"ja": "役職員等が見つかりません（ID {id}）。", "en": "No such staff member (ID {id})."},
    "staff.has_records": {"ja": "誓約書又は研修の記録がある人は削除できません。退職・退任・活動終了のときは終了日を入力してください（誓約は終了後も続きます）。", "en": "Someone with a pledge or a training record cannot be deleted. When they leave, enter their end date (the pledge continues after leaving)."},
    "staff.pledge_not_found": {"ja": "誓約書の記録が見つかりません。", "en": "No such pledge."},
    "staff.topic_required": {"ja": "研修のテーマを入力してください。", "en": "Enter the training's topic."},
    "staff.training_not_found": {"ja": "研修が見つかりません（ID {id}）。", "en": "No such training (ID {id})."},
    "staff.training_not_held": {"ja": "実施日より前の研修には出席を記録できません。", "en": "Attendance can only be recorded once the training has been held."},
    "staff.no_pledge": {"ja": "誓約書がありません", "en": "No signed pledge"},
    "staff.training_overdue": {"ja": "過去12か月に研修を受講していません", "en": "No training attended in the past 12 months"},
    "staff.kind.employee": {"ja": "職員", "en": "Employee"},
    "staff.kind.volunteer": {"ja": "ボランティア", "en": "Volunteer"},
    "staff.kind.board": {"ja": "役員", "en": "Board member"},
    "staff.kind.other": {"ja": "その他", "en": "Other"},
    "self_check.not_found": {"ja": "自己点検が見つかりません（ID {id}）。", "en": "No such self-check (ID {id})."},
    "self_check.already_open": {"ja": "回答中の自己点検（ID {id}）があります。完了するか破棄してから始めてください。", "en": "A self-check is being answered (ID {id}). Finish or discard it first."},
    "self_check.already_finished": {"ja": "完了した自己点検は変更できません。", "en": "A finished self-check cannot be changed."},
    "self_check.question_not_in_check": {"ja": "この質問はこの自己点検のチェックリストにありません。", "en": "This question is not in this self-check's checklist."},
    "self_check.unanswered": {"ja": "未回答の項目が {count} 件あります。すべての項目に回答してください（該当しない項目は「該当なし」）。", "en": "{count} questions are unanswered. Answer every question (use 'not applicable' where it does not apply)."},
    "self_check.summary_required": {"ja": "結果が「適合」でないときは、不足している点と今後の対応を書いてください。", "en": "Unless the result is 'fit', write what is missing and what will be done."},
    "self_check.finished_before_start": {"ja": "完了日が開始日より1年以上前になっています。", "en": "The finish date is more than a year before the start."},
    "self_check.has_actions": {"ja": "是正措置が記録されている自己点検は破棄できません。", "en": "A self-check with corrective actions cannot be discarded."},
    "self_check.light_no_questions": {"ja": "使用中のチェックリストに、軽易な措置で点検する項目がありません。通常の自己点検を行ってください。", "en": "The checklist in use has none of the light-measures questions. Do the full self-check."},
    "self_check.light_staff_unknown": {"ja": "従業者数が入力されていません（設定の「従業者数」）。軽易な措置を選べるかどうかは従業者数（100人以下）で判断します。", "en": "The staff count is not entered (setting 'staff count'). Whether the lighter measures apply depends on it (100 or fewer)."},
    "self_check.light_too_many_staff": {"ja": "従業者数が100人を超えています。", "en": "The staff count is above 100."},
    "self_check.light_too_many_persons": {"ja": "取り扱う個人データが5,000人分を超えています（台帳の推定人数の合計又は登録された本人の数）。", "en": "Data of more than 5,000 persons is handled (the register's estimates added up, or the persons recorded)."},
    "self_check.light_processes_for_others": {"ja": "委託を受けて個人データを取り扱っています（設定の「委託を受けた取扱い」）。", "en": "Personal data is processed for others (setting 'processes for others')."},
    "self_check.never_done": {"ja": "安全管理措置の自己点検の記録がありません", "en": "No self-check of the security measures yet"},
    "self_check.overdue": {"ja": "自己点検（年1回）の期限を過ぎています（{date}）", "en": "The yearly self-check is overdue ({date})"},
    "self_check.action_overdue": {"ja": "自己点検の是正措置のうち、期限を過ぎたものが {count} 件あります", "en": "{count} corrective actions from self-checks are past due"},
    "self_check.result.fit": {"ja": "適合", "en": "Fit"},
    "self_check.result.conditional": {"ja": "一部不適合（改善予定）", "en": "Partly unfit (improvements planned)"},
    "self_check.result.unfit": {"ja": "不適合", "en": "Unfit"},
    "corrective_action.not_found": {"ja": "是正措置が見つかりません（ID {id}）。", "en": "No such corrective action (ID {id})."},
    "corrective_action.action_required": {"ja": "是正措置の内容を入力してください。", "en": "Describe the corrective action."},
    "corrective_action.owner_required": {"ja": "是正措置の担当者を入力してください。", "en": "Enter who is responsible for the corrective action."},
    "corrective_action.already_closed": {"ja": "この是正措置は完了しています。", "en": "This corrective action is already closed."},
    "corrective_action.closing_note_required": {"ja": "完了の記録（何をしたか）を入力してください。", "en": "Write what was done to close it."},
    "internal_audits.not_found": {"ja": "内部監査が見つかりません（ID {id}）。", "en": "No such internal audit (ID {id})."},
    "internal_audits.auditor_required": {"ja": "監査を行う人（部署）を入力してください。", "en": "Enter who audits (a person or a department)."},
    "internal_audits.scope_required": {"ja": "監査の対象（業務、台帳、委託先など）を入力してください。", "en": "Enter the audit's scope (areas, register entries, contractors)."},
    "internal_audits.summary_required": {"ja": "監査の結果の概要を入力してください。", "en": "Enter a summary of the audit's results."},
    "internal_audits.already_reported": {"ja": "理事会に報告済みの内部監査は変更できません（是正措置の記録と完了はできます）。", "en": "An audit reported to the board cannot be changed (its corrective actions can still be recorded and closed)."},
    "internal_audits.already_done": {"ja": "実施済みの内部監査は削除できません。", "en": "An audit that was carried out cannot be deleted."},
    "internal_audits.has_findings": {"ja": "指摘事項又は是正措置がある内部監査は削除できません。", "en": "An audit with findings or corrective actions cannot be deleted."},
    "internal_audits.not_done": {"ja": "実施の記録がない内部監査は報告できません。先に実施日と結果を入力してください。", "en": "An audit not yet carried out cannot be reported. Record its date and results first."},
    "internal_audits.report_before_done": {"ja": "報告日が実施日より前になっています。", "en": "The report date is before the audit's date."},
    "internal_audits.finding_required": {"ja": "指摘事項の内容を入力してください。", "en": "Describe the finding."},
    "internal_audits.finding_not_found": {"ja": "この内部監査の指摘事項が見つかりません。", "en": "No such finding in this audit."},
    "internal_audits.finding_has_actions": {"ja": "是正措置がある指摘事項は削除できません。", "en": "A finding with corrective actions cannot be removed."},
    "internal_audits.auditor_kind.other_department": {"ja": "他部門の職員", "en": "Staff of another department"},
    "internal_audits.auditor_kind.outside": {"ja": "外部監査人", "en": "Outside auditor"},
    "internal_audits.auditor_kind.statutory_auditor": {"ja": "監事", "en": "Statutory auditor (監事)"},
    "internal_audits.severity.major": {"ja": "重大な指摘", "en": "Major"},
    "internal_audits.severity.minor": {"ja": "軽微な指摘", "en": "Minor"},
    "internal_audits.severity.observation": {"ja": "所見", "en": "Observation"},
    "internal_audits.state.none": {"ja": "未計画", "en": "None yet"},
    "internal_audits.state.planned": {"ja": "計画", "en": "Planned"},
    "internal_audits.state.done": {"ja": "実施済", "en": "Done"},
    "internal_audits.state.reported": {"ja": "理事会報告済", "en": "Reported to the board"},
    "internal_audit.due": {"ja": "内部監査（年1回）の時期を過ぎています", "en": "The yearly internal audit is due"},
    "internal_audit.plan_passed": {"ja": "予定日（{date}）を過ぎても実施の記録がありません", "en": "Planned for {date}, not yet recorded as done"},
    "internal_audit.not_reported": {"ja": "理事会への報告がありません（{date} 実施）", "en": "Not yet reported to the board (done {date})"},
    "internal_audit.action_overdue": {"ja": "期限を過ぎた是正措置が {count} 件あります", "en": "{count} corrective actions are past due"},
    "audit_action.staff.created": {"ja": "役職員等の登録", "en": "Staff member added"},
    "audit_action.staff.updated": {"ja": "役職員等の変更", "en": "Staff member changed"},
    "audit_action.staff.deleted": {"ja": "役職員等の削除", "en": "Staff member deleted"},
    "audit_action.staff.pledge_added": {"ja": "誓約書の記録", "en": "Pledge recorded"},
    "audit_action.staff.pledge_removed": {"ja": "誓約書の記録の削除", "en": "Pledge removed"},
    "audit_action.staff.training_created": {"ja": "研修の登録", "en": "Training added"},
    "audit_action.staff.training_updated": {"ja": "研修の変更", "en": "Training changed"},
    "audit_action.staff.training_deleted": {"ja": "研修の削除", "en": "Training deleted"},
    "audit_action.staff.attendance_set": {"ja": "研修の出席の記録", "en": "Training attendance recorded"},
    "audit_action.self_check.started": {"ja": "自己点検の開始", "en": "Self-check started"},
    "audit_action.self_check.finished": {"ja": "自己点検の完了", "en": "Self-check finished"},
    "audit_action.self_check.discarded": {"ja": "自己点検の破棄", "en": "Self-check discarded"},
    "audit_action.self_check.action_added": {"ja": "自己点検の是正措置の登録", "en": "Self-check corrective action added"},
    "audit_action.self_check.action_closed": {"ja": "自己点検の是正措置の完了", "en": "Self-check corrective action closed"},
    "audit_action.internal_audit.planned": {"ja": "内部監査の計画", "en": "Internal audit planned"},
    "audit_action.internal_audit.updated": {"ja": "内部監査の計画の変更", "en": "Internal audit plan changed"},
    "audit_action.internal_audit.deleted": {"ja": "内部監査の計画の削除", "en": "Internal audit plan deleted"},
    "audit_action.internal_audit.done": {"ja": "内部監査の実施の記録", "en": "Internal audit recorded as done"},
    "audit_action.internal_audit.finding_added": {"ja": "内部監査の指摘事項の登録", "en": "Internal audit finding added"},
    "audit_action.internal_audit.finding_removed": {"ja": "内部監査の指摘事項の削除", "en": "Internal audit finding removed"},
    "audit_action.internal_audit.action_added": {"ja": "内部監査の是正措置の登録", "en": "Internal audit corrective action added"},
    "audit_action.internal_audit.action_closed": {"ja": "内部監査の是正措置の完了", "en": "Internal audit corrective action closed"},
    "audit_action.internal_audit.reported": {"ja": "内部監査の理事会への報告", "en": "Internal audit reported to the board"},
})
MESSAGES.update({
    "dashboard.notice_missing": {"ja": "プライバシーポリシーが登録されていません。現在の方針を登録して、台帳との対応を確認してください。", "en": "No privacy notice is registered. Add the current notice and check it against the register."},
    "dashboard.notice_gaps": {"ja": "プライバシーポリシーと台帳の食い違い：台帳にあってポリシーにない項目 {register} 件、ポリシーにあって台帳にない項目 {notice} 件。", "en": "The notice and the register disagree: {register} register items the notice does not mention, {notice} notice passages the register does not show."},
    "dashboard.staff_no_pledge": {"ja": "誓約書のない職員等が {count} 人います。", "en": "{count} staff members have no signed pledge."},
    "dashboard.staff_training_overdue": {"ja": "12か月以上研修を受けていない職員等が {count} 人います。", "en": "{count} staff members have had no training for 12 months."},
    "dashboard.self_check_due": {"ja": "安全管理措置の自己点検の時期です。", "en": "The self-check of security measures is due."},
    "dashboard.internal_audit_due": {"ja": "内部監査の時期です（または予定日を過ぎています）。", "en": "An internal audit is due (or its planned date has passed)."},
    "dashboard.internal_audit_not_reported": {"ja": "理事会に報告していない内部監査があります。", "en": "An internal audit has not been reported to the board."},
    "dashboard.corrective_actions_open": {"ja": "未完了の是正処置が {count} 件あります（うち期限超過 {overdue} 件）。", "en": "{count} corrective actions are open ({overdue} past due)."},
})

# -- the organisation's own compliance on the command line (check-notice, list staff, list audits)
# cli.help.list is given again here: it now names staff and audits too (a later update wins).
MESSAGES.update(
    {
        "cli.help.check-notice": {
            "ja": "現在のプライバシーポリシーと台帳・組織情報の食い違いを確認する"
            "（食い違いがあれば終了コード 12）",
            "en": "check the current privacy notice against the register and the profile "
            "(exit code 12 when they disagree)",
        },
        "cli.help.list": {
            "ja": "一覧を表示する（requests：開示等の請求、contractors：委託先と要確認事項、"
            "complaints：苦情、incidents：漏えい等事案と報告の期限、staff：役職員等と誓約書・研修、"
            "audits：内部監査と是正措置）",
            "en": "list records (requests: data-subject requests; contractors: contractors and "
            "what needs attention; complaints: complaints; incidents: leak incidents and their "
            "reporting deadlines; staff: staff members, their pledges and trainings; audits: "
            "internal audits and their corrective actions)",
        },
        "cli.notice_title": {"ja": "プライバシーポリシー：{title}", "en": "Privacy notice: {title}"},
        "cli.notice_missing": {
            "ja": "プライバシーポリシーが登録されていません。台帳と組織情報の {count} 項目と"
            "照らし合わせる版がありません。現在のプライバシーポリシーを登録してください。",
            "en": "No privacy notice is registered: there is nothing to check the {count} items "
            "of the register and profile against. Add the current notice.",
        },
        "cli.notice_register_only": {
            "ja": "台帳にあってポリシーにないもの（{count} 件）",
            "en": "In the register, not in the notice ({count})",
        },
        "cli.notice_notice_only": {
            "ja": "ポリシーにあって台帳にないもの（{count} 件）",
            "en": "In the notice, not in the register ({count})",
        },
        "cli.notice_item": {"ja": "{label}（{tag}／{source}）", "en": "{label} ({tag}; from {source})"},
        "cli.notice_passage": {"ja": "{tag}：{text}", "en": "{tag}: {text}"},
        "cli.notice_none": {"ja": "なし", "en": "none"},
        "cli.notice_linked": {
            "ja": "ポリシーと対応付けた項目：{count} 件",
            "en": "Items linked to the notice: {count}",
        },
        "cli.notice_consistent": {
            "ja": "プライバシーポリシーと台帳に食い違いはありません。",
            "en": "The notice and the register agree.",
        },
        "cli.notice_gaps": {"ja": "食い違いが {count} 件あります。", "en": "{count} gap(s) found."},
        "cli.notice_tag.org_name": {"ja": "名称", "en": "name"},
        "cli.notice_tag.address": {"ja": "住所", "en": "address"},
        "cli.notice_tag.representative": {"ja": "代表者", "en": "representative"},
        "cli.notice_tag.purpose": {"ja": "利用目的", "en": "purpose of use"},
        "cli.notice_tag.recipient": {"ja": "第三者提供の提供先", "en": "third-party recipient"},
        "cli.notice_tag.country": {"ja": "国・地域", "en": "country"},
        "cli.notice_tag.contractor": {"ja": "委託する業務", "en": "outsourced work"},
        "cli.notice_tag.security": {"ja": "安全管理措置", "en": "security measures"},
        "cli.notice_tag.request_procedure": {
            "ja": "開示等の請求の手続",
            "en": "procedure for requests",
        },
        "cli.notice_tag.fee": {"ja": "手数料", "en": "fee"},
        "cli.notice_tag.complaint_desk": {"ja": "苦情の窓口", "en": "complaints desk"},
        "cli.notice_tag.protection_body": {
            "ja": "認定個人情報保護団体",
            "en": "accredited protection organisation",
        },
        "cli.staff_header": {
            "ja": "   ID  氏名  区分  役割  開始日  終了日  最新の誓約書  最後の研修",
            "en": "   ID  name  kind  role  from  until  latest pledge  last training",
        },
        "cli.staff_flag": {"ja": "要確認：{text}", "en": "attention: {text}"},
        "cli.staff_count": {
            "ja": "{count} 人（要確認 {flagged} 人）",
            "en": "{count} people, {flagged} needing attention",
        },
        "cli.audits_header": {
            "ja": "   ID  予定日  実施日  監査人（区分）  状態  理事会への報告日  指摘  是正措置",
            "en": "   ID  planned  done  auditor (kind)  state  reported  findings  corrective actions",
        },
        "cli.audit_auditor": {"ja": "{name}（{kind}）", "en": "{name} ({kind})"},
        "cli.audit_findings": {"ja": "指摘 {count} 件", "en": "{count} finding(s)"},
        "cli.audit_actions": {
            "ja": "未完了の是正措置 {open} 件（期限超過 {overdue} 件）",
            "en": "{open} open corrective action(s), {overdue} past due",
        },
        "cli.audit_flag": {"ja": "要確認：{text}", "en": "attention: {text}"},
        "cli.audits_count": {
            "ja": "{count} 件（要確認 {flagged} 件）",
            "en": "{count} audit(s), {flagged} needing attention",
        },
    }
)
MESSAGES.update({
    "board.end_before_start": {"ja": "期間の終わりが始まりより前です。", "en": "The period ends before it starts."},
    "board.period_too_long": {"ja": "期間が長すぎます（10年まで）。", "en": "The period is too long (ten years at most)."},
    "board.period_required": {"ja": "年度、または期間の始まりと終わりを指定してください。", "en": "Give a fiscal year, or the start and end of a period."},
    "board.bad_year": {"ja": "年度は西暦4桁で指定してください（例：2026）。", "en": "Give the fiscal year as four digits (e.g. 2026)."},
    "board.password_required": {"ja": "個人データを含むブックには {min} 文字以上のパスワードが必要です（暗号化して書き出します）。", "en": "A workbook with personal data needs a password of at least {min} characters (it is written encrypted)."},
    "board.state.identity_pending": {"ja": "本人確認待ち", "en": "Awaiting identity"},
    "board.state.fee_pending": {"ja": "手数料待ち", "en": "Awaiting fee"},
    "board.state.in_review": {"ja": "検討中", "en": "In review"},
    "board.state.decided": {"ja": "決定済み", "en": "Decided"},
    "board.state.sent": {"ja": "送付済み", "en": "Sent"},
    "board.state.closed": {"ja": "完了", "en": "Closed"},
    "board.state.withdrawn": {"ja": "取下げ", "en": "Withdrawn"},
    "board.state.unknown": {"ja": "不明", "en": "Unknown"},
})
MESSAGES.update({
    "workbook.wrong_password": {"ja": "パスワードが違います。このブックを開けません。", "en": "Wrong password: the workbook cannot be opened."},
    "workbook.not_encrypted": {"ja": "このブックはパスワードで保護されていません。", "en": "This workbook is not password-protected."},
    "workbook.already_encrypted": {"ja": "このブックは既にパスワードで保護されています。", "en": "This workbook is already password-protected."},
    "workbook.unreadable": {"ja": "ブックを読めません。Excel ファイルではないか、壊れています。", "en": "The workbook cannot be read: it is not an Excel file, or it is damaged."},
})
# The board workbook and the CSV export of every table (cli.py export-board, services/transfer.py).
MESSAGES.update(
    {
        "cli.help.export-board": {
            "ja": "理事会向けのブック（.xlsx）を年度または期間で書き出す。環境変数 PRIVACYDESK_EXPORT_PASSWORD があればそのパスワードで暗号化（個人データを含めるのは管理者のみ、暗号化が必須）",
            "en": "export the board workbook (.xlsx) for a fiscal year or a period, encrypted with the password in PRIVACYDESK_EXPORT_PASSWORD when set (with personal data: managers only, and the password is required)",
        },
        "cli.help.fiscal_year": {
            "ja": "年度（西暦4桁、例：2026）",
            "en": "the fiscal year (four digits, e.g. 2026)",
        },
        "cli.help.date_from": {
            "ja": "期間の始まり（2026-04-01、令和8年4月1日、R8.4.1 など）",
            "en": "the first day of the period (2026-04-01, 令和8年4月1日, R8.4.1 …)",
        },
        "cli.help.date_to": {
            "ja": "期間の終わり（その日を含む。書き方は --from と同じ）",
            "en": "the last day of the period (included; written as for --from)",
        },
        "cli.help.xlsx_out": {
            "ja": "書き出す Excel ファイル（.xlsx）",
            "en": "the Excel file (.xlsx) to write",
        },
        "cli.help.with_personal_data": {
            "ja": "本人の氏名・住所のシートを加える（管理者のみ。環境変数 PRIVACYDESK_EXPORT_PASSWORD のパスワードで暗号化します）",
            "en": "add the sheets with data subjects' names and addresses (managers only; encrypted with the password in PRIVACYDESK_EXPORT_PASSWORD)",
        },
        "cli.help.export": {
            "ja": "台帳・本人・同意・提供記録・開示等の請求・苦情・漏えい等事案・委託先・役職員等・内部監査・発送簿を CSV（UTF-8 BOM 付き）に書き出す",
            "en": "export the register, persons, consents, provision records, requests, complaints, incidents, contractors, staff, internal audits or the mailing log as CSV (UTF-8 with BOM)",
        },
        "cli.board_period_needed": {
            "ja": "--fiscal-year か、--from と --to の両方のどちらかを指定してください。",
            "en": "Give either --fiscal-year, or both --from and --to.",
        },
        "cli.export_password_needed": {
            "ja": "個人データを含むブックは暗号化して書き出します。{min} 文字以上のパスワードを環境変数 {env} に設定してください。",
            "en": "A workbook with personal data is written encrypted: set a password of at least {min} characters in the environment variable {env}.",
        },
        "cli.board_written": {
            "ja": "{start}〜{end} の理事会向けブックを {path} に書き出しました。",
            "en": "Wrote the board workbook for {start} to {end} to {path}.",
        },
        "cli.board_encrypted": {
            "ja": "パスワードで暗号化しています（パスワードはファイルとは別の方法で伝えてください）。",
            "en": "It is encrypted with the password (pass the password on separately from the file).",
        },
        "cli.board_not_encrypted": {
            "ja": "暗号化していません（本人の氏名・住所は含みません）。",
            "en": "It is not encrypted (it holds no data subject's name or address).",
        },
        "export.kind.requests": {"ja": "開示等の請求", "en": "data-subject requests"},
        "export.kind.complaints": {"ja": "苦情", "en": "complaints"},
        "export.kind.incidents": {"ja": "漏えい等事案", "en": "leak incidents"},
        "export.kind.contractors": {"ja": "委託先", "en": "contractors"},
        "export.kind.staff": {"ja": "役職員等", "en": "staff"},
        "export.kind.audits": {"ja": "内部監査", "en": "internal audits"},
        "export.kind.mailings": {"ja": "発送簿", "en": "mailing log"},
    }
)


# The crash dialog (ui/crash.py): what failed and where, never the exception's own text.
MESSAGES.update(
    {
        "crash.title": {"ja": "予期しないエラー", "en": "Unexpected error"},
        "crash.body": {
            "ja": "予期しないエラーが発生しました（{where} で {what}）。\n\n"
            "それまでに保存したデータは安全です（保存のたびに確定しています）。"
            "いま入力中で保存していない内容は、もう一度入力してください。\n\n"
            "記録（個人のデータは含みません）: {log}\n"
            "解決しないときは、この画面と記録ファイルをシステム担当者に見せてください。",
            "en": "An unexpected error occurred ({what} in {where}).\n\n"
            "The data saved so far is safe (each save is committed on its own). "
            "Anything you were typing and had not saved yet needs to be entered again.\n\n"
            "Log (it holds no personal data): {log}\n"
            "If it happens again, show this message and the log file to whoever looks after "
            "your computers.",
        },
    }
)


# Key rotation and sign-in throttling (issue 11: services/rotation.py, services/auth.py).
MESSAGES.update(
    {
        "auth.throttled": {
            "ja": "サインインの失敗が続いたため、あと {seconds} 秒待ってからもう一度お試しください。"
            "データは安全です（この待ち時間は、パスワードの当て推量を防ぐためのものです）。",
            "en": "Too many failed sign-ins in a row: please wait {seconds} seconds before the "
            "next try. Your data is safe (the wait only slows down password guessing).",
        },
        "auth.wrong_credentials_wait": {
            "ja": "ユーザー名またはパスワードが違います。失敗が続いたため、次に試せるのは "
            "{seconds} 秒後です。データは安全です。",
            "en": "Wrong user name or password. After several failures in a row, the next try "
            "is possible in {seconds} seconds. Your data is safe.",
        },
        "auth.rekeyed": {
            "ja": "データベースの鍵が更新されました（管理者が鍵の更新を行いました）。"
            "もう一度サインインしてください。",
            "en": "The database was re-keyed (a manager renewed its key). Please sign in again.",
        },
        "rotation.running": {
            "ja": "鍵の更新が別の画面で実行中です。終わってからもう一度お試しください: {path}",
            "en": "A key renewal is running in another window. Try again when it has finished: "
            "{path}",
        },
        "rotation.unmigrated": {
            "ja": "{count} 件のアカウントは、このバージョンになってからまだサインインしていないため、"
            "新しい鍵に引き継げません。その人に一度サインインしてもらうか、"
            "引き継がずに更新して、あとでパスワードを再設定してください。",
            "en": "{count} account(s) have not signed in since this version, so their key slot "
            "cannot be carried to the new key. Ask them to sign in once, or renew without them "
            "and reset their passwords afterwards.",
        },
        "rotation.own_slot_missing": {
            "ja": "あなたの鍵スロットが見つかりません。一度サインインし直してから鍵を更新してください。",
            "en": "Your own key slot was not found. Sign in again, then renew the key.",
        },
        "rotation.unfinished": {
            "ja": "鍵の更新が途中で中断されています。管理者がパスワードでサインインすると完了します"
            "（復旧シートでも完了できます）: {path}",
            "en": "A key renewal was interrupted. It is completed when a manager signs in with "
            "their password (or with the recovery sheet): {path}",
        },
        "rotation.lock_lost": {
            "ja": "共有フォルダーの使用中の印（ロック）が失われたため、鍵を更新できません: {path}",
            "en": "The shared-folder lock is no longer held, so the key cannot be renewed: {path}",
        },
        "keyfile.pending_damaged": {
            "ja": "鍵の更新の途中経過を記録したファイルが壊れています: {path}",
            "en": "The file recording a key renewal in progress is damaged: {path}",
        },
        "audit_action.keys.rotated": {"ja": "データベースの鍵を更新", "en": "Database key renewed"},
        "cli.help.rotate-key": {
            "ja": "データベースの鍵を新しくする（無効にした人の鍵ファイルを使えなくする。管理者のみ）",
            "en": "renew the database key, so old copies of the key file no longer open it "
            "(managers only)",
        },
        "cli.help.reset_unmigrated": {
            "ja": "まだ新しい形式になっていないアカウントを引き継がずに更新する（あとでパスワードを再設定）",
            "en": "renew without the accounts not yet migrated (reset their passwords afterwards)",
        },
        "cli.key_rotated": {
            "ja": "データベースの鍵を更新しました（{accounts} 件のアカウントを引き継ぎ）。"
            "古い鍵ファイルの写しでは、今のデータベースも今後のバックアップも開けません。"
            "新しい鍵でバックアップを作成しました: {backup}",
            "en": "The database key was renewed ({accounts} account(s) carried over). Old copies "
            "of the key file open neither the live database nor any new backup. A backup was "
            "made with the new key: {backup}",
        },
        "cli.rotate_key_hint": {
            "ja": "その人が鍵ファイルの写しを持っているかもしれない場合は、"
            "privacydesk rotate-key でデータベースの鍵を更新してください。",
            "en": "If the person may have kept a copy of the key file, renew the database key "
            "with: privacydesk rotate-key",
        },
        "cli.key_rotated_dropped": {
            "ja": "次のアカウントは引き継がれませんでした。パスワードを再設定してください"
            "（user reset）: {names}",
            "en": "These accounts were not carried over; reset their passwords (user reset): "
            "{names}",
        },
    }
)

# The home page: complaints kept past the retention years (managers dispose of them on 苦情).
MESSAGES.update(
    {
        "dashboard.complaints_past_retention": {
            "ja": "保存期間を過ぎた苦情の記録が {count} 件あります。苦情の画面で廃棄を検討してください。",
            "en": "{count} closed complaints are past their retention period: consider disposing of them on the Complaints page.",
        },
    }
)


# A backup made before a key rotation (services/backup.restore_backup).
MESSAGES.update(
    {
        "backup.older_key": {
            "ja": "このバックアップは、データベースの鍵を更新する前に作られたものです。"
            "復旧シート、またはその当時のパスワードで復元してください: {path}",
            "en": "This backup was made before the database key was renewed. Restore it with "
            "the recovery sheet, or with a password that was valid then: {path}",
        },
    }
)

# --help lists the installation check that main.py runs before any command.
MESSAGES.update(
    {
        "cli.help.self_test": {
            "ja": "この環境の動作確認（一時フォルダーに試しのデータベースを作って全機能を試す。画面は不要）",
            "en": "check this installation (a throwaway database in a temporary folder; no display needed)",
        },
    }
)

# A number too large for the database (an id or count beyond 64-bit integers).
MESSAGES.update(
    {
        "input.number_too_large": {
            "ja": "数が大きすぎます。番号や件数を確かめてください。",
            "en": "The number is too large. Check the number or count.",
        },
    }
)

# The home page: a key renewal whose backup did not happen (interrupted, or the disk was full).
MESSAGES.update(
    {
        "dashboard.backup_after_key_change": {
            "ja": "データベースの鍵を更新した後のバックアップがまだありません。今すぐバックアップを作成してください（古いバックアップは古い鍵のままです）。",
            "en": "No backup has been made since the database key was renewed. Make a backup now (older backups keep the old key).",
        },
    }
)

# Changing what a complaint concerns after receipt.
MESSAGES.update(
    {
        "audit_action.complaint.links_changed": {
            "ja": "苦情に関係する記録の変更",
            "en": "What a complaint concerns changed",
        },
    }
)
