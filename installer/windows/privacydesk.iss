; Inno Setup 6 script: the per-user installer for Windows (no administrator needed).
; Build the bundle first (python installer\build.py), then:
;   iscc /DAppVersion=0.1.0 installer\windows\privacydesk.iss
; It writes dist\privacydesk-<version>-setup.exe. Signing: installer\README.md.
; Saved as UTF-8 with a byte order mark, which Inno Setup 6 needs for the Japanese text.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "privacydesk"
#define AppNameJa "個人情報管理"
#define Bundle "..\..\dist\privacydesk"

[Setup]
; The AppId ties upgrades and the uninstaller to this app: never change it.
AppId={{7C1F0E2A-4B8D-4E7A-9C55-2D6A1B3F8E41}
AppName={#AppName}
AppVerName={#AppNameJa} (privacydesk) {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=privacydesk
VersionInfoVersion={#AppVersion}
; Per user: installs under %LOCALAPPDATA%\Programs, no UAC prompt, no administrator.
PrivilegesRequired=lowest
DefaultDirName={autopf}\privacydesk
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=privacydesk-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\privacydesk.ico
UninstallDisplayIcon={app}\privacydesk.exe
UninstallDisplayName={#AppNameJa} (privacydesk)
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Ask to close a running privacydesk before its files are replaced.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
#ifdef SignTool
; Signing (installer\README.md): iscc /Ssigntool="signtool.exe sign ... $f" /DSignTool=signtool
; signs setup.exe and the uninstaller it writes.
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "ja"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
ja.KeepData=privacydesk を削除しました。%n%nデータベース、鍵ファイル、バックアップは削除していません。次のフォルダーに残っています:%n%1%n%n不要になったときは、必要なバックアップを保管したうえで、このフォルダーを手作業で削除してください（復旧シートも合わせて処分を判断してください）。
en.KeepData=privacydesk has been removed.%n%nYour database, its key file and the backups have NOT been removed. They are still in:%n%1%n%nWhen you no longer need them, keep any backup you must keep, then delete this folder yourself (and decide what to do with the recovery sheet).
ja.DesktopIcon=デスクトップにアイコンを作る
en.DesktopIcon=Create a desktop icon

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
; The whole one-folder bundle: privacydesk.exe (window), privacydesk-cli.exe (commands,
; --self-test) and _internal\ (Python, Qt, SQLCipher, fonts, letters, translations).
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppNameJa} (privacydesk)"; Filename: "{app}\privacydesk.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppNameJa} (privacydesk)"; Filename: "{app}\privacydesk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\privacydesk.exe"; Description: "{cm:LaunchProgram,{#AppNameJa}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only what it installed. The database lives in
; the user's data folder (%LOCALAPPDATA%\privacydesk, see src/privacydesk/paths.py), never
; under {app}, so it stays.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('KeepData'), [ExpandConstant('{localappdata}\privacydesk')]),
      mbInformation, MB_OK);
end;
