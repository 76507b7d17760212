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
            "ja": "デモデータを追加しました（アカウント {accounts} 件、規模 {scale}）。",
            "en": "Demo data added ({accounts} accounts, scale {scale}).",
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
