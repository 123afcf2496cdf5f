; Inno Setup script: the Windows installer of the one-folder bundle.
;
;   python scripts/build_bundle.py --out dist
;   iscc packaging\windows\recovery-desk.iss   (defaults: ..\..\dist from this folder)
;   iscc /DAppVersion=0.1.0 /DSourceDir=C:\full\path\dist\recovery-desk /DOutputDir=C:\full\path\dist packaging\windows\recovery-desk.iss
;
; A per-user install without administrator rights (into %LOCALAPPDATA%\Programs), a
; Start-menu entry, an optional desktop icon, and an uninstaller (Settings > Apps). The
; user's data (%LOCALAPPDATA%\RecoveryDesk) is left in place on uninstall.
; Built by .github/workflows/bundle.yml on a Windows runner.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\recovery-desk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
AppId={{6C1E3B52-6F0A-4E55-9E1B-2D7C4A9F3E10}
AppName=Recovery Desk
AppVersion={#AppVersion}
AppPublisher=Recovery Desk
DefaultDirName={autopf}\Recovery Desk
DefaultGroupName=Recovery Desk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=RecoveryDesk-{#AppVersion}-setup
SetupIconFile={#SourceDir}\..\.build\recovery-desk.ico
UninstallDisplayIcon={app}\recovery-desk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "pt_BR"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"
Name: "pt_PT"; MessagesFile: "compiler:Languages\Portuguese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Recovery Desk"; Filename: "{app}\recovery-desk.exe"
Name: "{autodesktop}\Recovery Desk"; Filename: "{app}\recovery-desk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\recovery-desk.exe"; Description: "{cm:LaunchProgram,Recovery Desk}"; Flags: nowait postinstall skipifsilent
