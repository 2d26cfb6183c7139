#!/usr/bin/env bash
# The Debian package (issue 17): builds the .deb from the build tree with cpack, unpacks it into
# a fresh root with dpkg-deb -x and runs the unpacked zhenxing-cli on the sample county; the
# package's metadata passes lintian (no errors), desktop-file-validate and appstreamcli.
#   package_test.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# 1. The package, made the way a release is: cpack -G DEB from the build folder.
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack -G DEB failed"; }
shopt -s nullglob
debs=("$work"/out/zhenxing_*.deb)
((${#debs[@]} == 1)) || fail "expected one zhenxing_*.deb, found: ${debs[*]:-none}"
deb=${debs[0]}
echo "package: $(basename "$deb")"
[[ $(basename "$deb") == zhenxing_${version}-1_*.deb ]] || fail "package not named after version $version"

# 2. Its declared dependencies: the fonts and the SQLite driver (not copied), the server's
#    driver recommended, libraries from dpkg-shlibdeps (Qt's core library among them).
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Depends: $depends"
echo "Recommends: $recommends"
for d in fonts-noto-cjk libqt6sql6-sqlite libqt6core6; do
    grep -Eq "(^|, )$d( |,|$)" <<<"$depends" || fail "Depends lacks $d"
done
grep -Eq "(^|, )libqt6sql6-psql( |,|$)" <<<"$recommends" || fail "Recommends lacks libqt6sql6-psql"

# 3. Unpacked into a fresh root: everything in its usual place.
root=$work/root
dpkg-deb -x "$deb" "$root"
for f in usr/bin/zhenxing usr/bin/zhenxing-cli \
         usr/share/applications/org.zhenxing.Zhenxing.desktop \
         usr/share/metainfo/org.zhenxing.Zhenxing.metainfo.xml \
         usr/share/mime/packages/org.zhenxing.Zhenxing.xml \
         usr/share/icons/hicolor/scalable/apps/org.zhenxing.Zhenxing.svg \
         usr/share/icons/hicolor/48x48/apps/org.zhenxing.Zhenxing.png \
         usr/share/icons/hicolor/64x64/apps/org.zhenxing.Zhenxing.png \
         usr/share/icons/hicolor/128x128/apps/org.zhenxing.Zhenxing.png \
         usr/share/icons/hicolor/256x256/apps/org.zhenxing.Zhenxing.png \
         usr/share/doc/zhenxing/copyright usr/share/doc/zhenxing/changelog.Debian.gz \
         usr/share/man/man1/zhenxing.1.gz usr/share/man/man1/zhenxing-cli.1.gz \
         usr/share/bash-completion/completions/zhenxing-cli; do
    [[ -s $root/$f ]] || fail "package lacks /$f"
done
[[ -x $root/usr/bin/zhenxing && -x $root/usr/bin/zhenxing-cli ]] || fail "programs not executable"

# 4. The unpacked zhenxing-cli makes the sample county (compiled in: no other files needed)
#    and sums it up. Oracle: the sample's returning entrepreneurs of 410104 in 2023, 479 of a
#    target of 350 people, are 479 / 350 = 136.857… % → 136.86.
cli=$root/usr/bin/zhenxing-cli
cd "$work"
ZHENXING_LANG=en "$cli" sample x.db >/dev/null
ZHENXING_LANG=en "$cli" summary x.db --region 410104 --year 2023 --json >summary.json
python3 - summary.json <<'PY'
import json, sys
rows = {r["code"]: r for r in json.load(open(sys.argv[1]))["indicators"]}
r = rows["returning_entrepreneurs"]
assert (r["actual"], r["target"]) == (479, 350), (r["actual"], r["target"])
expected = round(479 / 350 * 100, 2)
assert expected == 136.86 and r["completion_pct"] == expected, r["completion_pct"]
print("returning_entrepreneurs completion", r["completion_pct"], "%")
PY

# 5. --version on both programs: the CMake project version.
[[ $("$cli" --version) == "zhenxing-cli $version" ]] || fail "zhenxing-cli --version: $("$cli" --version)"
gui_version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/zhenxing" --version)
[[ $gui_version == "zhenxing $version" ]] || fail "zhenxing --version: $gui_version"
echo "versions: zhenxing-cli $version, $gui_version"

# 6. The package's metadata.
desktop-file-validate "$root/usr/share/applications/org.zhenxing.Zhenxing.desktop" ||
    fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.zhenxing.Zhenxing.metainfo.xml" ||
    fail "appstreamcli validate"
# The data file type: shared-mime-info reads the package's XML; *.zhenxing is a Zhenxing
# database (a kind of SQLite file), and the menu entry opens it and any SQLite .db.
mime=$work/mime
mkdir -p "$mime/packages"
cp "$root/usr/share/mime/packages/org.zhenxing.Zhenxing.xml" "$mime/packages/"
update-mime-database "$mime" 2>"$work/mime.log" || { cat "$work/mime.log"; fail "update-mime-database"; }
grep -qx '50:application/x-zhenxing-database:\*.zhenxing' "$mime/globs2" || fail "*.zhenxing glob not registered"
grep -qx 'application/x-zhenxing-database application/vnd.sqlite3' "$mime/subclasses" ||
    fail "application/x-zhenxing-database is not a kind of SQLite file"
grep -qx 'MimeType=application/x-zhenxing-database;application/vnd.sqlite3;' \
    "$root/usr/share/applications/org.zhenxing.Zhenxing.desktop" || fail "menu entry opens neither file type"
[[ $(head -c 15 x.db) == "SQLite format 3" ]] || fail "a .db from zhenxing-cli is not an SQLite file (application/vnd.sqlite3)"
echo "lintian:"
lintian --fail-on error --allow-root "$deb" || fail "lintian reports errors"
echo "package test passed"
