// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The hosts a sandbox may reach while packages install: `host`, `*.domain`
// (any name below the domain, not the domain itself), each with `:port` or
// without one (then 443 and 80). Names are compared lower-case, IP literals
// as written. Shared by the local sandbox's proxy and E2B's allowOut list.
class EgressAllowList final
{
public:
    struct Entry
    {
        QString host;     // lower-case; without the "*." of a wildcard
        bool wildcard = false;
        int port = 0;     // 0: 443 and 80
        bool isAddress = false;  // an IP literal, which an entry names on purpose
    };

    EgressAllowList() = default;
    // Entries that do not parse are skipped and named in `rejected`.
    static EgressAllowList parse(const QStringList &entries, QStringList *rejected = nullptr);

    bool isEmpty() const { return m_entries.isEmpty(); }
    const QList<Entry> &entries() const { return m_entries; }
    // The entry that allows host:port, or nullptr.
    const Entry *match(const QString &host, int port) const;
    // The host names and addresses, without ports, for E2B's allowOut.
    QStringList hostPatterns() const;

private:
    QList<Entry> m_entries;
};
