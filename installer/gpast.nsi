; The Windows installer of GPAST Coordinator (NSIS 3, Unicode). It installs the stand-alone
; folder built by scripts\build_app.ps1 for the current user only (no administrator rights),
; adds Start-menu and desktop shortcuts to gpast-gui.exe, registers an uninstaller, and shows
; the licenses: MIT for the program, Qt's LGPL and the PT Sans OFL for what it ships.
; The uninstaller removes the program only: the user's data folder
; (%LOCALAPPDATA%\GPAST\GPAST Coordinator: the database, its backups, the log) is kept.
;
; Built by scripts/build_installer.sh (Linux or Git Bash) or by hand, passing:
;   makensis /DVERSION=0.1.0 /DSOURCE_DIR=dist/gpast /DOUTFILE=dist/gpast-coordinator-0.1.0-setup.exe
; Compile-time paths use "/" (makensis accepts it on Windows and needs it on Linux) and are
; relative to this folder (makensis works from here); pass SOURCE_DIR and OUTFILE absolute.

Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !error "pass /DVERSION=x.y.z (app/__init__.py's __version__)"
!endif
!ifndef SOURCE_DIR
  !error "pass /DSOURCE_DIR=the folder built by scripts/build_app (dist\gpast)"
!endif
!ifndef OUTFILE
  !define OUTFILE "gpast-coordinator-${VERSION}-setup.exe"
!endif

!define APP_NAME "GPAST Coordinator"
!define PUBLISHER "GPAST"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\GPAST Coordinator"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
!ifdef CHECK_ONLY  ; CI on Linux: prove the script valid, quickly (no compression)
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "MIT License"

!define MUI_ICON "../resources/icons/gpast.ico"
!define MUI_UNICON "../resources/icons/gpast.ico"
!define MUI_ABORTWARNING

!insertmacro MUI_PAGE_WELCOME
!define MUI_LICENSEPAGE_TEXT_TOP "GPAST Coordinator: MIT License"
!insertmacro MUI_PAGE_LICENSE "../LICENSE"
!define MUI_LICENSEPAGE_TEXT_TOP "Qt 6 and PySide6, shipped with the program: GNU LGPL version 3"
!insertmacro MUI_PAGE_LICENSE "licenses/LGPL-3.txt"
!define MUI_LICENSEPAGE_TEXT_TOP "PT Sans, the font of the PDF documents: SIL Open Font License 1.1"
!insertmacro MUI_PAGE_LICENSE "licenses/OFL-PT-Sans.txt"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\gpast-gui.exe"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Russian"

Section "GPAST Coordinator" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; a new version replaces the old program files; the data folder is elsewhere
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE_DIR}/*"
  File "../LICENSE"
  SetOutPath "$INSTDIR\licenses"
  File "licenses/*.txt"
  SetOutPath "$INSTDIR"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\gpast-gui.exe" "" "$INSTDIR\gpast-gui.exe" 0
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\gpast-gui.exe" "" "$INSTDIR\gpast-gui.exe" 0

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\gpast-gui.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  ; the program's own files only, never the user's data folder (see the top of this file)
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  RMDir /r "$INSTDIR\licenses"
  Delete "$INSTDIR\LICENSE"
  Delete "$INSTDIR\gpast.exe"
  Delete "$INSTDIR\gpast-gui.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only when empty: anything a user put there stays
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
