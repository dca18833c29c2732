// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVariantList>

struct SessionQuery;

// The WHERE clause of a history query, built from fixed fragments only,
// and the values to bind to its placeholders, in order. The user's text
// never becomes SQL.
class SessionFilter final
{
public:
    explicit SessionFilter(const SessionQuery &query);

    // " WHERE …", to append to "… FROM sessions"; never names a purged session.
    const QString &where() const { return m_where; }
    const QVariantList &values() const { return m_values; }

private:
    // "column IN (?, ?)" for any of `values`; nothing for none.
    void addAnyOf(const QString &column, const QStringList &values, QStringList *clauses);

    QString m_where;
    QVariantList m_values;
};
