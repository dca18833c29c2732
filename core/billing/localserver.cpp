// SPDX-License-Identifier: MIT
#include "localserver.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace {
bool isPrivateHost(const QHostAddress &address)
{
    if (address.isLoopback() || address.isLinkLocal() || address.isUniqueLocalUnicast())
        return true;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (!isV4)
        return false;
    const auto in = [v4](quint32 network, int bits) { return (v4 >> (32 - bits)) == (network >> (32 - bits)); };
    return in(0x0A000000, 8)        // 10.0.0.0/8
        || in(0xAC100000, 12)       // 172.16.0.0/12
        || in(0xC0A80000, 16)       // 192.168.0.0/16
        || in(0x64400000, 10);      // 100.64.0.0/10, where Tailscale puts a tailnet
}
} // namespace

bool LocalServer::isPrivateAddress(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host.isEmpty())
        return false;
    QHostAddress address;
    if (address.setAddress(host))
        return isPrivateHost(address);
    if (host == u"localhost" || !host.contains(u'.'))
        return true;
    for (const char *suffix : {".localhost", ".local", ".lan", ".internal", ".home.arpa"}) {
        if (host.endsWith(QLatin1String(suffix)))
            return true;
    }
    return false;
}

bool LocalServer::looksHosted(const QString &model)
{
    static const QRegularExpression hosted(
        QStringLiteral("^(?:.*/)?(?:claude|gpt|chatgpt|o1|o3|o4|gemini|grok)(?:[-.:]|$)"),
        QRegularExpression::CaseInsensitiveOption);
    // OpenAI's open-weight models run on the user's own server like any other.
    static const QRegularExpression openWeight(QStringLiteral("(?:^|/)gpt-oss"), QRegularExpression::CaseInsensitiveOption);
    return hosted.match(model.trimmed()).hasMatch() && !openWeight.match(model).hasMatch();
}

bool LocalServer::isFreeServerModel(const QUrl &baseUrl, const QString &model)
{
    return !model.trimmed().isEmpty() && isPrivateAddress(baseUrl) && !looksHosted(model);
}
