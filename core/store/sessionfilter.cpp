// SPDX-License-Identifier: MIT
#include "sessionfilter.h"

#include "sessionquery.h"

#include <QStringList>

SessionFilter::SessionFilter(const SessionQuery &query)
{
    // A purged session is gone for every reader; only its costs stay.
    QStringList clauses{QStringLiteral("purged_at IS NULL")};
    QStringList statuses;
    for (SessionStatus status : query.statuses)
        statuses.append(sessionStatusToString(status));
    addAnyOf(QStringLiteral("status"), statuses, &clauses);
    QStringList appTypes;
    for (AppType type : query.appTypes)
        appTypes.append(appTypeToString(type));
    addAnyOf(QStringLiteral("app_type"), appTypes, &clauses);
    if (query.sandboxKind) {
        clauses.append(QStringLiteral("sandbox_kind = ?"));
        m_values.append(sandboxKindToString(*query.sandboxKind));
    }
    if (!query.promptSearch.isEmpty()) {
        // LIKE's wildcards in the user's text are escaped so they match themselves.
        QString literal = query.promptSearch;
        literal.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        clauses.append(QStringLiteral("prompt LIKE ? ESCAPE '\\'"));
        m_values.append(QString(u'%' + literal + u'%'));
    }
    m_where = u" WHERE " + clauses.join(QStringLiteral(" AND "));
}

void SessionFilter::addAnyOf(const QString &column, const QStringList &values, QStringList *clauses)
{
    if (values.isEmpty())
        return;
    QStringList marks;
    for (const QString &value : values) {
        marks.append(QStringLiteral("?"));
        m_values.append(value);
    }
    clauses->append(column + u" IN (" + marks.join(QStringLiteral(", ")) + u")");
}
