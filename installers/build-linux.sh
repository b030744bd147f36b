#!/usr/bin/env bash
# Freezes the application with PyInstaller, checks the frozen programs, then packs them in a .deb.
#
#   installers/build-linux.sh                  bundle + self-test + .deb, all in dist/
#   installers/build-linux.sh --no-deb         bundle + self-test only
#   installers/build-linux.sh --install-check  also installs the .deb with apt-get, runs the
#                                              installed programs, then removes it (root only)
#
# Needs the project's environment with the build extra: .venv/bin/pip install -e ".[build]".
# Nothing here or in the package reaches a network: no maintainer script, no download at
# install time. Build on the oldest distribution you target (the bundle carries libraries of
# the build machine and needs its glibc or newer).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
python="${PYTHON:-$root/.venv/bin/python}"
make_deb=1
install_check=0
for arg in "$@"; do
    case "$arg" in
        --no-deb) make_deb=0 ;;
        --install-check) install_check=1 ;;
        *) echo "usage: $0 [--no-deb] [--install-check]" >&2; exit 2 ;;
    esac
done

app=dedans-dehors-desktop
bundle="$root/dist/$app"
version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' src/dedans_dehors_desktop/__init__.py)"

step() { printf '\n== %s\n' "$*"; }

if ! "$python" -m PyInstaller --version >/dev/null 2>&1; then
    step "installing the build extra (PyInstaller)"
    "$python" -m pip install --quiet -e ".[build]"
fi
if ! "$python" -m PyInstaller --version >/dev/null 2>&1; then
    echo "PyInstaller is missing: $python -m pip install -e \".[build]\"" >&2
    exit 1
fi

if [ -f scripts/build_translations.py ]; then
    step "translations (.ts -> .qm)"
    "$python" scripts/build_translations.py
fi

step "PyInstaller $("$python" -m PyInstaller --version)"
started=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$root/dist" --workpath "$root/build/pyinstaller" installers/dedans-dehors.spec
build_seconds=$(( $(date +%s) - started ))
echo "build: ${build_seconds} s, bundle: $(du -sh "$bundle" | cut -f1)"

step "self-test of the frozen programs (no display)"
# The self-test must not need a display: run it with none, as on a headless build machine.
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$bundle/$app" --self-test
"$bundle/dedans-dehors" --self-test >/dev/null
"$bundle/dedans-dehors" --help >/dev/null
echo "dedans-dehors --help: ok"

step "shared libraries"
# Qt, PySide6, ICU and Python must come from the bundle; anything else not found here is a
# system library that the package's Depends (below) must name.
missing_bundled=0
while IFS= read -r lib; do
    case "$lib" in
        libQt6*|libpyside6*|libshiboken6*|libicu*|libpython*)
            echo "MISSING FROM THE BUNDLE: $lib" >&2; missing_bundled=1 ;;
        *) echo "from the system: $lib" ;;
    esac
done < <(find "$bundle" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
         | xargs -0 env LD_LIBRARY_PATH="$bundle/_internal:$bundle/_internal/PySide6/Qt/lib" \
           ldd 2>/dev/null | awk '/not found/ {print $1}' | sort -u)
[ "$missing_bundled" -eq 0 ]

if [ "$make_deb" -eq 0 ]; then
    exit 0
fi

step "Debian package"
arch="$(dpkg --print-architecture)"
# The newest glibc symbol any bundled file asks for (the bundle carries the build machine's
# libstdc++, libexpat...): the package must not install where it cannot start.
glibc="$(find "$bundle" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
         | xargs -0 objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | cut -d_ -f2 \
         | sort -uV | tail -1 || true)"
[ -n "$glibc" ] || glibc="$(dpkg-query -W -f='${Version}' libc6 | cut -d- -f1)"
stage="$root/build/deb/$app"
deb="$root/dist/${app}_${version}_${arch}.deb"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
         "$stage/usr/share/doc/$app"
cp -a "$bundle" "$stage/opt/$app"
ln -s "/opt/$app/$app" "$stage/usr/bin/$app"
ln -s "/opt/$app/dedans-dehors" "$stage/usr/bin/dedans-dehors"
install -m 644 installers/linux/$app.desktop "$stage/usr/share/applications/$app.desktop"
for size in 16 24 32 48 64 128 256 512; do
    dir="$stage/usr/share/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    install -m 644 "resources/app-icon/dedans-dehors-$size.png" "$dir/$app.png"
done
mkdir -p "$stage/usr/share/icons/hicolor/scalable/apps"
install -m 644 resources/app-icon/dedans-dehors.svg \
    "$stage/usr/share/icons/hicolor/scalable/apps/$app.svg"
{
    echo "Dedans-Dehors Desktop $version"
    echo "Licence: EUPL-1.2 (text below)."
    echo "Fonts in /opt/$app/_internal/resources/fonts: SIL Open Font License 1.1 (OFL.txt)."
    echo "Bundled third-party libraries keep their own licences (Qt/PySide6: LGPL-3.0;"
    echo "SQLCipher: BSD-3-Clause; cryptography: Apache-2.0 or BSD-3-Clause; reportlab: BSD)."
    echo
    cat LICENSE
} > "$stage/usr/share/doc/$app/copyright"
chmod -R u+rwX,go+rX,go-w "$stage"
installed_kb="$(du -sk --exclude=DEBIAN "$stage" | cut -f1)"
# Depends: what the frozen Qt loads from the system and is deliberately not bundled (OpenGL/EGL
# drivers, libxcb, Wayland; printing, fonts and D-Bus, which must match the system's services),
# the xcb helpers Qt's platform plugin needs, and one font family for the interface's text.
cat > "$stage/DEBIAN/control" <<EOF
Package: $app
Version: $version
Architecture: $arch
Maintainer: Dedans-Dehors Desktop <dedans-dehors@invalid.example>
Installed-Size: $installed_kb
Section: misc
Priority: optional
Depends: libc6 (>= $glibc), libegl1, libgl1, libxcb1, libx11-6, libx11-xcb1, libxkbcommon0,
 libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0,
 libxcb-render-util0, libxcb-shape0, libxcb-randr0, libxcb-xfixes0, libxcb-xkb1,
 libwayland-client0, libwayland-cursor0, libwayland-egl1, libfontconfig1, libfreetype6,
 libdbus-1-3, libcups2, fonts-dejavu-core | fonts-noto-core
Description: dossiers chiffrés hors ligne des référents Justice des Missions Locales
 Dedans-Dehors Desktop suit les jeunes de 16 à 25 ans sous main de justice, de la
 détention à la sortie : permanences au parloir sans réseau, récapitulatif imprimé
 pour le jeune, échanges chiffrés et signés par clé USB avec le poste du bureau.
 .
 Les données sont chiffrées (SQLCipher). L'application n'ouvre aucune connexion
 réseau. Commandes : dedans-dehors-desktop (interface), dedans-dehors (ligne de
 commande) ; « dedans-dehors-desktop --self-test » vérifie l'installation.
EOF
started=$(date +%s)
# zstd packs in seconds where xz takes minutes, and every dpkg that can satisfy the glibc
# dependency above reads it (Debian 12, Ubuntu 21.10 and later). DEB_COMPRESS="-Zxz" otherwise.
# shellcheck disable=SC2086 # two words on purpose
dpkg-deb ${DEB_COMPRESS:--Zzstd -z9} --build --root-owner-group "$stage" "$deb" >/dev/null
echo "$deb: $(du -h "$deb" | cut -f1), packed in $(( $(date +%s) - started )) s"
dpkg-deb --info "$deb" | sed -n '1,12p'
echo "files: $(dpkg-deb --contents "$deb" | wc -l)"
if dpkg-deb --contents "$deb" | awk '{print $6}' | grep -qvE '^\./(opt|usr)(/|$)|^\./$'; then
    echo "unexpected paths in the package" >&2
    exit 1
fi

if [ "$install_check" -eq 1 ]; then
    step "install, run, remove"
    apt-get install -y -q "$deb"
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "/usr/bin/$app" --self-test
    dedans-dehors --help >/dev/null && echo "/usr/bin/dedans-dehors --help: ok"
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate "/usr/share/applications/$app.desktop" && echo ".desktop: ok"
    fi
    apt-get remove -y -q --purge "$app"
    [ ! -e "/opt/$app" ] && echo "removed: /opt/$app is gone"
fi
