#!/usr/bin/env bash
# The Debian package, tested as IT staff would use it: build it with CPack, install it
# with apt into a clean Debian 12 root (debootstrap --variant=minbase, no container),
# then start the service exactly as its systemd unit does, as its own user, and query it.
#
#   tests/package/test_deb.sh <build dir>
#
# Exit 0: passed; 1: failed; 77: skipped (not root, or no debootstrap/network), loudly.
set -euo pipefail
build="$(cd "$1" && pwd)"
skip() { echo "*** SKIPPED: Debian package test: $* ***"; exit 77; }
[ "$(id -u)" -eq 0 ] || skip "needs root for debootstrap and chroot"
command -v debootstrap >/dev/null || skip "debootstrap is not installed (tools/run.sh test installs it)"
command -v python3 >/dev/null || skip "python3 is not installed"

work="$(mktemp -d /tmp/lessenbank-deb.XXXXXX)"
root="$work/root"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  mountpoint -q "$root/proc" && umount -l "$root/proc" || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "== building the package"
(cd "$build" && cpack -G DEB -B "$work/pkg" >/dev/null)
deb="$(ls "$work"/pkg/lessenbank_*_amd64.deb)"
echo "   $(basename "$deb"): $(du -k "$deb" | cut -f1) KB"
dpkg-deb --info "$deb" | grep -E 'Depends|Version' | sed 's/^/   /'

echo "== a clean Debian 12 root"
cache=/var/cache/lessenbank-test/bookworm-minbase.tar
if [ -f "$cache" ]; then
  mkdir -p "$root" && tar -xf "$cache" -C "$root"
else
  debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >"$work/debootstrap.log" 2>&1 \
    || { tail -5 "$work/debootstrap.log"; skip "debootstrap could not reach the Debian mirror"; }
  mkdir -p "$(dirname "$cache")" && tar -cf "$cache" -C "$root" .
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
cp "$deb" "$root/tmp/"

echo "== apt install ./$(basename "$deb")"
chroot "$root" apt-get update -qq
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "/tmp/$(basename "$deb")" >"$work/apt.log" 2>&1 \
  || { tail -20 "$work/apt.log"; echo "FAIL: apt install"; exit 1; }
grep -i 'lessenbank' "$work/apt.log" | tail -3 | sed 's/^/   /'

fail() { echo "FAIL: $*"; exit 1; }
check() { "$@" || fail "$*"; }
echo "== what the package installed"
check chroot "$root" getent passwd lessenbank >/dev/null
check test -x "$root/usr/lib/lessenbank/lessenbank"
check test -L "$root/usr/bin/lessenbank"
check test -f "$root/usr/lib/lessenbank/plugins/lessenbank-dso.so"
check test -f "$root/etc/lessenbank/lessenbank.xml"
check grep -qx /etc/lessenbank/lessenbank.xml "$root/var/lib/dpkg/info/lessenbank.conffiles"
check test -f "$root/lib/systemd/system/lessenbank.service"
check test -f "$root/var/lib/lessenbank/corpus/thesaurus.xml"
check test -d "$root/var/lib/lessenbank/index/xapian"
[ "$(chroot "$root" stat -c %U /var/lib/lessenbank/corpus)" = lessenbank ] || fail "corpus not owned by lessenbank"
echo "   user, binary, plugins, conffile, unit, corpus and a first index: present"

echo "== the service, started as its unit starts it"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
sed -i "s/port=\"8080\"/port=\"$port\"/" "$root/etc/lessenbank/lessenbank.xml"
exec_start="$(sed -n 's/^ExecStart=//p' "$root/lib/systemd/system/lessenbank.service")"
user="$(sed -n 's/^User=//p' "$root/lib/systemd/system/lessenbank.service")"
workdir="$(sed -n 's/^WorkingDirectory=//p' "$root/lib/systemd/system/lessenbank.service")"
chroot --userspec="$user:$user" "$root" sh -c "cd $workdir && exec $exec_start" >"$work/serve.log" 2>&1 &
server_pid=$!
python3 - "$port" <<'PY' || { cat "$work/serve.log"; fail "the service did not answer a search"; }
import json, sys, time, urllib.request
url = f"http://127.0.0.1:{sys.argv[1]}/api/search?q=participatie"
for _ in range(100):
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            data = json.load(r)
        break
    except OSError:
        time.sleep(0.2)
else:
    sys.exit("no answer")
total = data.get("total", 0)
print(f"   /api/search?q=participatie: {total} hits, first: {data['hits'][0]['title']}")
sys.exit(0 if total > 0 else "no hits")
PY

echo "== removal keeps the editors' corpus; purge removes it"
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq lessenbank >/dev/null 2>&1 || fail "apt remove"
check test -f "$root/var/lib/lessenbank/corpus/thesaurus.xml"
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq lessenbank >/dev/null 2>&1 || fail "apt purge"
[ ! -e "$root/var/lib/lessenbank" ] || fail "purge left /var/lib/lessenbank"
echo "PASS: lessenbank_*.deb installs on a clean Debian 12, serves its corpus as user lessenbank, removes cleanly"
