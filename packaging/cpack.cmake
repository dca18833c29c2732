# The Debian package, through CPack's DEB generator: the version is the
# project's, the dependencies on libraries come from the binaries
# (dpkg-shlibdeps); those below are what SpawnAI loads or runs itself.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME spawnai)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_CONTACT "The SpawnAI authors <maintainers@spawnai.io>")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${SPAWNAI_HOMEPAGE})
# Loaded as Qt plugins, so dpkg-shlibdeps cannot see them: the window's
# platform plugins, SQLite for the history, SVG for the icon; bubblewrap and
# slirp4netns run the default (local) sandbox.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6, bubblewrap, slirp4netns")
# Apps that the models write run on these; Qt's own texts in German.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "python3, nodejs, npm, ca-certificates, qt6-translations-l10n")
# The OS keychain for API keys (any Secret Service will do).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "describe an app, watch it run")
# CPack puts the summary first and indents these lines itself; an empty
# line becomes Debian's " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "SpawnAI has a model write the app you describe in a sentence, deploys it into
a sandbox, starts it and shows it live beside its code and its log. Change it
by asking for more, edit the code yourself, or start from a template.

Apps run in a free, isolated local sandbox (bubblewrap and slirp4netns) or in
E2B's cloud. Claude or any OpenAI-compatible server (Ollama, llama.cpp,
LM Studio) writes them. Every session, its code, its logs and what it cost
stay in a local history, under a monthly budget.

Besides the desktop app, the spawnai command runs everything from a terminal,
and spawnai serve (also as a systemd user service) hosts a local API for
scripts and AI agents.")
# Directories the package creates are 0755 whatever the builder's umask.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
