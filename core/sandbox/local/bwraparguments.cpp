// SPDX-License-Identifier: MIT
#include "bwraparguments.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {
struct EtcFile
{
    const char *name;
    const char *content;
};

// passwd and group are written per sandbox: the one user is "user", as in
// E2B's base template, with the uid the sandbox runs as.
constexpr EtcFile EtcFiles[] = {
    {"hosts", "127.0.0.1 localhost sandbox\n::1 localhost ip6-localhost ip6-loopback\n"},
    // slirp4netns's built-in resolver; unreachable when the sandbox has no network.
    {"resolv.conf", "nameserver 10.0.2.3\n"},
    {"nsswitch.conf", "passwd: files\ngroup: files\nhosts: files dns\n"},
    {"hostname", "sandbox\n"},
};

// Host files that are safe to show read-only: no secrets, no host identity.
constexpr const char *HostEtcPaths[] = {
    "/etc/ssl/certs",
    "/etc/ca-certificates.conf",
    "/etc/ssl/openssl.cnf",
    "/etc/alternatives",
    "/etc/ld.so.cache",
    "/etc/mime.types",
    "/etc/localtime",
};
} // namespace

QStringList BwrapArguments::build(const BwrapLayout &layout)
{
    const QString home = QString::fromLatin1(BwrapLayout::HomeDir);
    QStringList args{
        QStringLiteral("--unshare-all"),
        // --unshare-all only tries; we insist. (--disable-userns would nest
        // another namespace that slirp4netns cannot join.)
        QStringLiteral("--unshare-user"),
        QStringLiteral("--die-with-parent"),
        QStringLiteral("--new-session"),
        QStringLiteral("--uid"), QString::number(layout.uid),
        QStringLiteral("--gid"), QString::number(layout.uid),
        QStringLiteral("--hostname"), QStringLiteral("sandbox"),
        QStringLiteral("--ro-bind"), QStringLiteral("/usr"), QStringLiteral("/usr"),
        QStringLiteral("--symlink"), QStringLiteral("usr/bin"), QStringLiteral("/bin"),
        QStringLiteral("--symlink"), QStringLiteral("usr/sbin"), QStringLiteral("/sbin"),
        QStringLiteral("--symlink"), QStringLiteral("usr/lib"), QStringLiteral("/lib"),
    };
    if (QFileInfo::exists(QStringLiteral("/usr/lib64")))
        args << QStringLiteral("--symlink") << QStringLiteral("usr/lib64") << QStringLiteral("/lib64");
    args << QStringLiteral("--proc") << QStringLiteral("/proc")
         << QStringLiteral("--dev") << QStringLiteral("/dev")
         << QStringLiteral("--size") << QString::number(layout.tmpBytes)
         << QStringLiteral("--tmpfs") << QStringLiteral("/tmp")
         << QStringLiteral("--size") << QString::number(layout.workspaceBytes)
         << QStringLiteral("--tmpfs") << home
         << QStringLiteral("--dir") << home + u"/app"
         << QStringLiteral("--dir") << QStringLiteral("/etc");
    args << etcBinds(layout.etcDir);
    args << QStringLiteral("--ro-bind") << layout.agentBinary << QString::fromLatin1(BwrapLayout::AgentPath)
         << QStringLiteral("--bind") << layout.socketDir << QString::fromLatin1(BwrapLayout::SocketDir)
         << QStringLiteral("--chdir") << home
         << QStringLiteral("--remount-ro") << QStringLiteral("/")
         << QStringLiteral("--clearenv")
         << QStringLiteral("--setenv") << QStringLiteral("HOME") << home
         << QStringLiteral("--setenv") << QStringLiteral("USER") << QStringLiteral("user")
         << QStringLiteral("--setenv") << QStringLiteral("LOGNAME") << QStringLiteral("user")
         << QStringLiteral("--setenv") << QStringLiteral("PATH")
         << home + u"/.local/bin:/usr/local/bin:/usr/bin:/bin"
         << QStringLiteral("--setenv") << QStringLiteral("LANG") << QStringLiteral("C.UTF-8")
         << QStringLiteral("--setenv") << QStringLiteral("TMPDIR") << QStringLiteral("/tmp")
         << QStringLiteral("--setenv") << QStringLiteral("PYTHONUNBUFFERED") << QStringLiteral("1")
         << QStringLiteral("--setenv") << QStringLiteral("npm_config_update_notifier") << QStringLiteral("false")
         << QStringLiteral("--setenv") << QStringLiteral("npm_config_fund") << QStringLiteral("false")
         << QStringLiteral("--") << QString::fromLatin1(BwrapLayout::AgentPath);
    return args;
}

bool BwrapArguments::writeEtc(const QString &etcDir, uint uid, QString *error)
{
    if (!QDir().mkpath(etcDir)) {
        *error = QStringLiteral("cannot create %1").arg(etcDir);
        return false;
    }
    const QByteArray id = QByteArray::number(uid);
    QList<std::pair<QByteArray, QByteArray>> files{
        {"passwd", "user:x:" + id + ':' + id + ":SpawnAI app:/home/user:/bin/sh\n"
                   "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n"},
        {"group", "user:x:" + id + ":\nnogroup:x:65534:\n"},
    };
    for (const EtcFile &file : EtcFiles)
        files.append({QByteArray(file.name), QByteArray(file.content)});
    for (const auto &[name, content] : std::as_const(files)) {
        QFile out(etcDir + u'/' + QString::fromLatin1(name));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(content) < 0) {
            *error = QStringLiteral("cannot write %1: %2").arg(out.fileName(), out.errorString());
            return false;
        }
    }
    return true;
}

QStringList BwrapArguments::etcBinds(const QString &etcDir)
{
    QStringList args;
    QStringList names{QStringLiteral("passwd"), QStringLiteral("group")};
    for (const EtcFile &file : EtcFiles)
        names << QLatin1String(file.name);
    for (const QString &name : std::as_const(names))
        args << QStringLiteral("--ro-bind") << etcDir + u'/' + name << u"/etc/" + name;
    for (const char *path : HostEtcPaths) {
        const QString hostPath = QLatin1String(path);
        if (QFileInfo::exists(hostPath))
            args << QStringLiteral("--ro-bind") << hostPath << hostPath;
    }
    return args;
}
