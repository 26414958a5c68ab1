#!/bin/sh
# Installs herald from its GitHub release: picks the archive for this machine, checks its
# SHA-256 checksum, unpacks herald into a folder on the PATH. No Rust toolchain needed.
#
#   curl -fsSL https://github.com/OWNER/herald/releases/latest/download/install.sh | sh
#   sh install.sh --version v0.2.0 --dir ~/bin
#
# Options (or the environment variables in brackets):
#   --version V    the release tag, e.g. v0.2.0 [HERALD_VERSION]; default: the latest release
#   --dir DIR      where herald goes [HERALD_INSTALL_DIR]; default: ~/.local/bin
#   --archive A    install this archive (a path or a file:// address) instead of downloading;
#                  its .sha256 file must lie beside it
set -eu

repo=${HERALD_REPO:-OWNER/herald}
version=${HERALD_VERSION:-latest}
dir=${HERALD_INSTALL_DIR:-$HOME/.local/bin}
archive=

fail() {
  echo "herald install: $*" >&2
  exit 1
}

while [ $# -gt 0 ]; do
  case "$1" in
  --version) version=${2:?--version needs a tag}; shift 2 ;;
  --dir) dir=${2:?--dir needs a folder}; shift 2 ;;
  --archive) archive=${2:?--archive needs a file}; shift 2 ;;
  -h | --help) sed -n '2,14p' "$0"; exit 0 ;;
  *) fail "unknown option $1 (see --help)" ;;
  esac
done

target() {
  case "$(uname -m)" in
  x86_64 | amd64) arch=x86_64 ;;
  aarch64 | arm64) arch=aarch64 ;;
  *) fail "no herald release for the processor $(uname -m); install with: cargo install --locked herald" ;;
  esac
  case "$(uname -s)" in
  Linux) echo "$arch-unknown-linux-musl" ;;
  Darwin) echo "$arch-apple-darwin" ;;
  *) fail "no herald release for $(uname -s); on Windows run install.ps1 in PowerShell" ;;
  esac
}

download() { # URL FILE
  if command -v curl >/dev/null 2>&1; then
    curl --proto '=https' --tlsv1.2 -fsSL "$1" -o "$2"
  elif command -v wget >/dev/null 2>&1; then
    wget -q "$1" -O "$2"
  else
    fail "neither curl nor wget is installed"
  fi
}

sha256() { # FILE
  if command -v sha256sum >/dev/null 2>&1; then
    sha256sum "$1" | cut -d ' ' -f 1
  elif command -v shasum >/dev/null 2>&1; then
    shasum -a 256 "$1" | cut -d ' ' -f 1
  else
    fail "neither sha256sum nor shasum is installed: cannot check the download"
  fi
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

if [ -n "$archive" ]; then
  archive=${archive#file://}
  [ -f "$archive" ] || fail "$archive does not exist"
  name=$(basename "$archive")
  cp "$archive" "$tmp/$name"
  [ -f "$archive.sha256" ] || fail "$archive.sha256 does not exist: the archive cannot be checked"
  cp "$archive.sha256" "$tmp/$name.sha256"
else
  t=$(target)
  if [ "$version" = latest ]; then
    base="https://github.com/$repo/releases/latest/download"
    # The archive's name holds the version: read it from the latest release's checksums.
    download "$base/SHA256SUMS" "$tmp/SHA256SUMS"
    name=$(grep -o "herald-[^ ]*-$t\.tar\.xz" "$tmp/SHA256SUMS" | head -n 1)
    [ -n "$name" ] || fail "the latest release has no archive for $t"
  else
    base="https://github.com/$repo/releases/download/$version"
    name="herald-${version#v}-$t.tar.xz"
  fi
  echo "Downloading $base/$name"
  download "$base/$name" "$tmp/$name"
  download "$base/$name.sha256" "$tmp/$name.sha256"
fi

expected=$(cut -d ' ' -f 1 <"$tmp/$name.sha256")
actual=$(sha256 "$tmp/$name")
[ "$expected" = "$actual" ] || fail "checksum mismatch for $name (expected $expected, got $actual): the download is damaged or not the published file; nothing was installed"

(cd "$tmp" && tar -xJf "$name") || fail "cannot unpack $name (is xz installed?)"
folder="$tmp/${name%.tar.xz}"
[ -x "$folder/herald" ] || fail "$name holds no herald program"
mkdir -p "$dir"
# Replaced in one step: a herald that is running keeps working.
cp "$folder/herald" "$dir/.herald.new"
mv -f "$dir/.herald.new" "$dir/herald"
echo "Installed $("$dir/herald" --version) into $dir"

case ":$PATH:" in
*":$dir:"*) ;;
*) echo "Add $dir to your PATH, e.g. in ~/.profile: export PATH=\"$dir:\$PATH\"" ;;
esac
