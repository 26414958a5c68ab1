# Installs herald on Windows from its GitHub release: downloads the .zip, checks its SHA-256
# checksum, puts herald.exe in a folder and that folder on the user's PATH. No Rust needed.
#
#   powershell -ExecutionPolicy Bypass -c "irm https://github.com/OWNER/herald/releases/latest/download/install.ps1 | iex"
#   .\install.ps1 -Version v0.2.0 -Dir C:\Tools\herald
#   .\install.ps1 -Archive .\herald-0.2.0-x86_64-pc-windows-msvc.zip   # a downloaded archive
[CmdletBinding()]
param(
    [string]$Version = $(if ($env:HERALD_VERSION) { $env:HERALD_VERSION } else { "latest" }),
    [string]$Dir = $(if ($env:HERALD_INSTALL_DIR) { $env:HERALD_INSTALL_DIR } else { Join-Path $env:LOCALAPPDATA "Programs\herald" }),
    [string]$Archive = "",
    [string]$Repo = $(if ($env:HERALD_REPO) { $env:HERALD_REPO } else { "OWNER/herald" })
)
$ErrorActionPreference = "Stop"
$ProgressPreference = "SilentlyContinue"

$arch = [System.Runtime.InteropServices.RuntimeInformation]::OSArchitecture
if ($arch -ne "X64" -and $arch -ne "Arm64") {
    throw "No herald release for a $arch processor; install with: cargo install --locked herald"
}
# Windows on Arm runs the x86_64 build.
$target = "x86_64-pc-windows-msvc"

$tmp = Join-Path ([System.IO.Path]::GetTempPath()) ("herald-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $tmp | Out-Null
try {
    if ($Archive) {
        $Archive = $Archive -replace '^file://', ''
        $name = Split-Path $Archive -Leaf
        Copy-Item $Archive (Join-Path $tmp $name)
        Copy-Item "$Archive.sha256" (Join-Path $tmp "$name.sha256")
    } else {
        if ($Version -eq "latest") {
            $base = "https://github.com/$Repo/releases/latest/download"
            $sums = (Invoke-WebRequest -UseBasicParsing "$base/SHA256SUMS").Content
            if ($sums -is [byte[]]) { $sums = [System.Text.Encoding]::UTF8.GetString($sums) }
            $m = [regex]::Match($sums, "herald-\S*-$target\.zip")
            if (-not $m.Success) { throw "The latest release has no archive for $target" }
            $name = $m.Value
        } else {
            $base = "https://github.com/$Repo/releases/download/$Version"
            $name = "herald-$($Version.TrimStart('v'))-$target.zip"
        }
        Write-Host "Downloading $base/$name"
        Invoke-WebRequest -UseBasicParsing "$base/$name" -OutFile (Join-Path $tmp $name)
        Invoke-WebRequest -UseBasicParsing "$base/$name.sha256" -OutFile (Join-Path $tmp "$name.sha256")
    }
    $expected = ((Get-Content (Join-Path $tmp "$name.sha256") -Raw).Trim() -split '\s+')[0].ToLower()
    $actual = (Get-FileHash -Algorithm SHA256 (Join-Path $tmp $name)).Hash.ToLower()
    if ($expected -ne $actual) {
        throw "Checksum mismatch for $name (expected $expected, got $actual): the download is damaged or not the published file; nothing was installed"
    }
    Expand-Archive -Path (Join-Path $tmp $name) -DestinationPath $tmp
    $exe = Join-Path (Join-Path $tmp ($name -replace '\.zip$', '')) "herald.exe"
    if (-not (Test-Path $exe)) { throw "$name holds no herald.exe" }
    New-Item -ItemType Directory -Force -Path $Dir | Out-Null
    Copy-Item $exe (Join-Path $Dir "herald.exe") -Force
} finally {
    Remove-Item -Recurse -Force $tmp -ErrorAction SilentlyContinue
}

$userPath = [Environment]::GetEnvironmentVariable("Path", "User")
if (-not (($userPath -split ';') -contains $Dir)) {
    [Environment]::SetEnvironmentVariable("Path", "$Dir;$userPath", "User")
    $env:Path = "$Dir;$env:Path"
    Write-Host "Added $Dir to your PATH (open a new terminal window to use it there)."
}
Write-Host "Installed $(& (Join-Path $Dir 'herald.exe') --version) into $Dir"
