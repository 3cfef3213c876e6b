; Inno Setup script for Sciatica Companion (Windows). Not built in CI: see packaging/README.md.
;
; Build the one-folder bundle on Windows first (make bundle, or the pyinstaller line in
; packaging/README.md), then from the repository root:
;   iscc /DAppVersion=0.1.0 packaging\windows\companion.iss
; A branded build passes its names too (they must match the profile the bundle was built with):
;   iscc /DAppVersion=0.1.0 /DAppName="Riverside Back Care" /DPublisher="Riverside Physiotherapy" ^
;        /DBundle=sciatica-companion-example-clinic packaging\windows\companion.iss
; The installer lands in dist\ as <bundle>-<version>-setup.exe.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (it is companion.__version__)
#endif
#ifndef AppName
  #define AppName "Sciatica Companion"
#endif
#ifndef Publisher
  #define Publisher "Sciatica Companion"
#endif
#ifndef Bundle
  #define Bundle "sciatica-companion"
#endif

[Setup]
; One AppId per product: a branded build must use its own, or it would upgrade the plain app.
AppId={{6F0C8B52-3E1D-4C59-9C7B-5A1E2D3F4B60}_{#Bundle}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#Publisher}
AppCopyright=GPL-3.0-or-later
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install by default: no administrator needed; the user may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#Bundle}-{#AppVersion}-setup
SetupIconFile=..\icons\companion.ico
UninstallDisplayIcon={app}\companion.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The app keeps running in the tray: close it before replacing its files.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "startatlogin"; Description: "Start {#AppName} when I sign in (for reminders)"; GroupDescription: "Reminders:"

[Files]
Source: "..\..\dist\{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\companion.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\companion.exe"; Tasks: desktopicon

[Registry]
; The same Run key the app's own "start at login" setting writes, so the two agree.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "{#AppName}"; ValueData: """{app}\companion.exe"" --minimized"; Flags: uninsdeletevalue; Tasks: startatlogin
; Programme files from a physiotherapist open in the app.
Root: HKCU; Subkey: "Software\Classes\.scprog"; ValueType: string; ValueData: "SciaticaCompanion.Programme"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\SciaticaCompanion.Programme"; ValueType: string; ValueData: "Exercise programme"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\SciaticaCompanion.Programme\shell\open\command"; ValueType: string; ValueData: """{app}\companion.exe"" ""%1"""

[Run]
Filename: "{app}\companion.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The user's diary (in %APPDATA%\Sciatica Companion) is never removed by uninstalling.
