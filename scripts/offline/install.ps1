# Install or upgrade DocInspect from this folder, without the internet (Windows).
#
#   powershell -ExecutionPolicy Bypass -File install.ps1
#
# $env:DOCINSPECT_PREFIX chooses where the program goes (default %LOCALAPPDATA%\DocInspect-app);
# $env:PYTHON chooses the interpreter (default: the "py -3" launcher, 3.11 or newer). Your data
# folder (results, settings, packs) is never touched: DocInspect migrates its database at start.
$ErrorActionPreference = "Stop"
$here = Split-Path -Parent $MyInvocation.MyCommand.Path
$prefix = if ($env:DOCINSPECT_PREFIX) { $env:DOCINSPECT_PREFIX } else { Join-Path $env:LOCALAPPDATA "DocInspect-app" }
$new = (Get-Content (Join-Path $here "VERSION")).Trim()

function Find-Python {
    if ($env:PYTHON) { return @($env:PYTHON) }
    if (Get-Command py -ErrorAction SilentlyContinue) { return @("py", "-3") }
    if (Get-Command python -ErrorAction SilentlyContinue) { return @("python") }
    Write-Error "Python not found: install Python 3.11 or newer first (see README.txt)"
    exit 2
}
$py = Find-Python
& $py[0] $py[1..9] -c "import sys; sys.exit(sys.version_info < (3, 11))"
if ($LASTEXITCODE -ne 0) { Write-Error "DocInspect needs Python 3.11 or newer"; exit 2 }

# Check the download against SHA256SUMS.
foreach ($line in Get-Content (Join-Path $here "SHA256SUMS")) {
    $hash, $name = $line -split "  ", 2
    if ($name -eq "SHA256SUMS") { continue }
    $actual = (Get-FileHash -Algorithm SHA256 (Join-Path $here $name)).Hash.ToLower()
    if ($actual -ne $hash) { Write-Error "the bundle is damaged ($name does not match SHA256SUMS); copy it again"; exit 2 }
}

$venvPython = Join-Path $prefix "venv\Scripts\python.exe"
$old = ""
if (Test-Path $venvPython) {
    $old = (& $venvPython -I -c "from importlib.metadata import version; print(version('docinspect'))" 2>$null)
}
if ($old) {
    $o = [version]($old -replace '[^0-9.]', ''); $n = [version]($new -replace '[^0-9.]', '')
    if ($n -lt $o) {
        Write-Error "DocInspect $old is installed; this bundle is the older $new. Refused: a downgrade could leave results the older version cannot read."
        exit 2
    }
}
if (-not (Test-Path $venvPython)) { & $py[0] $py[1..9] -m venv (Join-Path $prefix "venv") }
$env:PIP_NO_INDEX = "1"
& $venvPython -m pip install --quiet --disable-pip-version-check --no-index --find-links (Join-Path $here "wheels") --upgrade docinspect
if ($LASTEXITCODE -ne 0) { Write-Error "pip could not install DocInspect from wheels\"; exit 2 }

# Start-menu and desktop shortcuts.
$exe = Join-Path $prefix "venv\Scripts\docinspect.exe"
$shell = New-Object -ComObject WScript.Shell
foreach ($dir in @([Environment]::GetFolderPath("Programs"), [Environment]::GetFolderPath("Desktop"))) {
    $link = $shell.CreateShortcut((Join-Path $dir "DocInspect.lnk"))
    $link.TargetPath = $exe
    $link.Description = "Trainer: genuine and forged travel documents"
    $link.Save()
}
if (-not $old) { "installed DocInspect $new in $prefix" }
elseif ($old -eq $new) { "DocInspect $new was installed already; reinstalled it in $prefix" }
else { "upgraded DocInspect $old -> $new in $prefix; your results and packs are kept, and the results database is brought up to date when DocInspect next starts" }
& $exe --version
