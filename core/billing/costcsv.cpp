// SPDX-License-Identifier: MIT
#include "costcsv.h"

#include <QStringList>

namespace CostCsv {

namespace {
QByteArray lines(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows)
        text += row.join(u',') + u"\r\n";
    return text.toUtf8();
}
} // namespace

QString field(const QString &text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (const QChar c : text)
        quote = quote || special.contains(c);
    if (!quote)
        return text;
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString usd(double amount)
{
    return QString::number(amount, 'f', 6);
}

QByteArray daily(const QList<CostGroup> &days)
{
    QList<QStringList> rows{{QStringLiteral("day"), QStringLiteral("llm_usd"), QStringLiteral("sandbox_usd"),
                             QStringLiteral("total_usd"), QStringLiteral("input_tokens"),
                             QStringLiteral("output_tokens"), QStringLiteral("requests"),
                             QStringLiteral("sandbox_runs"), QStringLiteral("vcpu_seconds"),
                             QStringLiteral("memory_gb_seconds")}};
    for (const CostGroup &day : days) {
        const CostTotals &t = day.totals;
        rows.append({field(day.key), usd(t.llmCost), usd(t.sandboxCost), usd(t.total()),
                     QString::number(t.inputTokens), QString::number(t.outputTokens), QString::number(t.requests),
                     QString::number(t.sandboxRuns), QString::number(t.cpuSeconds, 'f', 3),
                     QString::number(t.memoryGbSeconds, 'f', 3)});
    }
    return lines(rows);
}

QByteArray sessions(const QList<SessionCostRow> &sessionRows)
{
    QList<QStringList> rows{{QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("prompt"),
                             QStringLiteral("provider"), QStringLiteral("model"), QStringLiteral("sandbox_kind"),
                             QStringLiteral("status"), QStringLiteral("llm_usd"), QStringLiteral("sandbox_usd"),
                             QStringLiteral("total_usd"), QStringLiteral("input_tokens"),
                             QStringLiteral("output_tokens"), QStringLiteral("repair_rounds")}};
    for (const SessionCostRow &row : sessionRows) {
        rows.append({field(row.id), row.createdAt.toUTC().toString(Qt::ISODateWithMs), field(row.prompt),
                     field(row.provider), field(row.model), field(row.sandboxKind), field(row.status),
                     usd(row.llmCost), usd(row.sandboxCost), usd(row.total()), QString::number(row.inputTokens),
                     QString::number(row.outputTokens), QString::number(row.repairRounds)});
    }
    return lines(rows);
}

} // namespace CostCsv
