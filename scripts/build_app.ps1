# Build the stand-alone GPAST Coordinator on Windows into dist\gpast\: gpast.exe (the command
# line) and gpast-gui.exe (the window, no console), with the program icon and version
# information. Needs Python 3.11+ from python.org (the `py` launcher) and, the first time,
# access to a package index (or a local mirror configured for pip).
#   powershell -ExecutionPolicy Bypass -File scripts\build_app.ps1
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

function Run($exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "failed ($LASTEXITCODE): $exe $arguments" }
}

if (-not (Test-Path .venv\Scripts\python.exe)) { Run py @("-3", "-m", "venv", ".venv") }
$python = ".venv\Scripts\python.exe"
Run $python @("-m", "pip", "install", "-q", "--upgrade", "pip")
Run $python @("-m", "pip", "install", "-q", "-c", "constraints.txt", "-e", ".[test,build]")
Run $python @("-m", "app.i18n", "build")
if (Test-Path build\pyinstaller) { Remove-Item -Recurse -Force build\pyinstaller }
if (Test-Path dist\gpast) { Remove-Item -Recurse -Force dist\gpast }
Run $python @("-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", "dist",
    "--workpath", "build\pyinstaller", "installer\gpast.spec")
$size = (Get-ChildItem -Recurse dist\gpast | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("Built dist\gpast\ ({0:N0} MB): dist\gpast\gpast.exe, dist\gpast\gpast-gui.exe" -f $size)
