// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

// Everything that shapes the filesystem and namespaces of one local sandbox.
struct BwrapLayout
{
    QString agentBinary;  // host path, bound read-only at AgentPath
    QString etcDir;       // host folder with the synthesized passwd, group, ...
    QString socketDir;    // host folder bound at SocketDir, for port relays
    qint64 workspaceBytes = 0;
    qint64 tmpBytes = 0;
    // The sandbox user keeps the host uid: slirp4netns can only join a
    // user namespace that maps its own uid, so root stays 0 inside (with
    // every capability dropped) and a desktop user keeps theirs.
    uint uid = 1000;

    static constexpr auto AgentPath = "/run/spawnai/agent";
    static constexpr auto SocketDir = "/run/spawnai/sock";
    static constexpr auto HomeDir = "/home/user";
};

// Builds the bubblewrap command line. Only /usr (read-only), a synthesized
// /etc and two tmpfs mounts are visible: no host home, no /root, no data
// directory, no D-Bus, X11 or Wayland sockets.
class BwrapArguments final
{
public:
    static QStringList build(const BwrapLayout &layout);
    // The files written into BwrapLayout::etcDir; false if a write failed.
    static bool writeEtc(const QString &etcDir, uint uid, QString *error);

private:
    static QStringList etcBinds(const QString &etcDir);
};
