; Inno Setup 6 script: installs the PyInstaller folder dist\dedans-dehors-desktop for all users.
; Build steps and caveats: BUILD.md beside this file. It has NOT been built yet: the project's
; machines run Linux and Inno Setup runs on Windows only.
;
;   iscc installers\windows\dedans-dehors.iss                      (version read from the .exe)
;   iscc /DAppVersion=0.1.0 installers\windows\dedans-dehors.iss   (or given explicitly)
;
; Relative paths below are relative to this file's folder.

#define AppName "Dedans-Dehors Desktop"
#define AppExe "dedans-dehors-desktop.exe"
#define CliExe "dedans-dehors.exe"
#define Bundle "..\..\dist\dedans-dehors-desktop"

#ifndef AppVersion
  ; The spec writes the version into the executable's version resource.
  #define AppVersion GetVersionNumbersString(AddBackslash(SourcePath) + Bundle + "\" + AppExe)
#endif

[Setup]
; Never change AppId once released: Windows finds the previous installation with it.
AppId={{5C1B7C0E-6A43-4D0B-9E0B-3F0D2E7A9D11}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Dedans-Dehors Desktop
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-machine: the program goes under Program Files; each user's encrypted data stays in their
; own profile (%LOCALAPPDATA%\dedans-dehors), which the uninstaller never touches.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\resources\app-icon\dedans-dehors.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=dedans-dehors-desktop-{#AppVersion}-installation
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.SelfTestFailed=Le contrôle de l'installation a échoué (code %1). Ouvrez une invite de commandes et lancez :%n%n"%2" --self-test%n%npour voir le détail, puis réinstallez l'application. Ne l'utilisez pas tant que ce contrôle échoue.
english.SelfTestFailed=The installation check failed (code %1). Open a command prompt and run:%n%n"%2" --self-test%n%nto see the details, then reinstall the application. Do not use it while this check fails.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion

[InstallDelete]
; A previous version's libraries must not linger beside the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The same check the Linux build runs: the console program answers --self-test (the windowed
  one has no console) and exits non-zero when a protection the app relies on is missing. }
procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
  Cli: String;
begin
  if CurStep = ssPostInstall then
  begin
    Cli := ExpandConstant('{app}\{#CliExe}');
    if not Exec(Cli, '--self-test', '', SW_HIDE, ewWaitUntilTerminated, ResultCode) then
      ResultCode := -1;
    if ResultCode <> 0 then
      SuppressibleMsgBox(FmtMessage(CustomMessage('SelfTestFailed'), [IntToStr(ResultCode), Cli]),
        mbError, MB_OK, IDOK);
  end;
end;
