# Shared by scripts/test and scripts/run: installs the Debian 12 packages Longhand needs.
# Sourced, not executed.

LONGHAND_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-svg-dev libqt6sql6-sqlite libsqlite3-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    libcmark-dev cmark
    libhunspell-dev hunspell-en-us hunspell-de-de
    xvfb xdotool xauth bc
    fonts-dejavu-core
    # A private WordPress for the integration tests and the sandbox (tests/integration/wordpress/wp-fixture).
    # The wordpress package also pulls in apache2; nothing here starts or uses it, nor the system MariaDB.
    wordpress wordpress-theme-twentytwentythree php-cli php-mysql php-gd php-xml mariadb-server curl
    # Secret storage (keychain over D-Bus), Git, YAML and HTML parsing for the application.
    qtkeychain-qt6-dev gnome-keyring dbus libgit2-dev libyaml-cpp-dev libgumbo-dev
    # Packaging: cpack -G DEB computes Depends with dpkg-shlibdeps; appstreamcli validates the metainfo.
    dpkg-dev appstream
)

longhand_install_deps() {
    local missing=()
    for package in "${LONGHAND_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
