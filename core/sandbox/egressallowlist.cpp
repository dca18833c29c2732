// SPDX-License-Identifier: MIT
#include "egressallowlist.h"

#include <QHostAddress>
#include <QRegularExpression>

#include <optional>

namespace {
bool isHostName(const QString &host)
{
    // Letters, digits, hyphens and dots only: no userinfo, no paths, no
    // percent-escapes that a resolver might read differently than we do.
    static const QRegularExpression name(QStringLiteral("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"));
    return name.match(host).hasMatch();
}

std::optional<EgressAllowList::Entry> parseEntry(QString text)
{
    text = text.trimmed().toLower();
    EgressAllowList::Entry entry;
    QString host = text;
    if (host.startsWith(u'[')) {
        const qsizetype close = host.indexOf(u']');
        if (close < 0)
            return std::nullopt;
        const QString rest = host.mid(close + 1);
        host = host.mid(1, close - 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return std::nullopt;
            bool ok = false;
            entry.port = rest.mid(1).toInt(&ok);
            if (!ok || entry.port < 1 || entry.port > 65535)
                return std::nullopt;
        }
    } else if (const qsizetype colon = host.lastIndexOf(u':'); colon >= 0) {
        bool ok = false;
        entry.port = host.mid(colon + 1).toInt(&ok);
        if (!ok || entry.port < 1 || entry.port > 65535)
            return std::nullopt;
        host = host.left(colon);
    }
    if (host.startsWith(u"*.")) {
        entry.wildcard = true;
        host = host.mid(2);
    }
    QHostAddress address;
    if (!entry.wildcard && address.setAddress(host)) {
        entry.isAddress = true;
        entry.host = address.toString();
        return entry;
    }
    if (!isHostName(host) || !host.contains(u'.'))
        return std::nullopt;  // a bare label like "localhost" is refused too
    entry.host = host;
    return entry;
}
} // namespace

EgressAllowList EgressAllowList::parse(const QStringList &entries, QStringList *rejected)
{
    EgressAllowList list;
    for (const QString &text : entries) {
        if (text.trimmed().isEmpty())
            continue;
        if (const auto entry = parseEntry(text))
            list.m_entries << *entry;
        else if (rejected)
            *rejected << text;
    }
    return list;
}

const EgressAllowList::Entry *EgressAllowList::match(const QString &rawHost, int port) const
{
    QString host = rawHost.toLower();
    QHostAddress address;
    const bool isAddress = address.setAddress(host);
    if (isAddress)
        host = address.toString();
    for (const Entry &entry : m_entries) {
        const bool portOk = entry.port == 0 ? (port == 443 || port == 80) : port == entry.port;
        if (!portOk || entry.isAddress != isAddress)
            continue;
        if (entry.wildcard ? host.endsWith(u'.' + entry.host) : host == entry.host)
            return &entry;
    }
    return nullptr;
}

QStringList EgressAllowList::hostPatterns() const
{
    QStringList patterns;
    for (const Entry &entry : m_entries) {
        const QString pattern = entry.wildcard ? QStringLiteral("*.") + entry.host : entry.host;
        if (!patterns.contains(pattern))
            patterns << pattern;
    }
    return patterns;
}
