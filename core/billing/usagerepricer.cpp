// SPDX-License-Identifier: MIT
#include "usagerepricer.h"

#include "pricetable.h"
#include "store/database.h"
#include "store/sqlsupport.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace {
Q_LOGGING_CATEGORY(lcReprice, "spawnai.billing.reprice", QtInfoMsg)

SpawnError failed(const QSqlError &error)
{
    return StoreSql::storeError(QCoreApplication::translate("UsageRepricer", "Could not price earlier model requests"),
                                error);
}

struct Row
{
    qint64 id;
    QString sessionId;
    QString model;
    TokenCounts tokens;
    double cost;
    PriceStatus status;
};
} // namespace

SpawnError UsageRepricer::reprice(Database &database, const PriceTable &prices, int *repriced, QStringList *sessions)
{
    if (repriced)
        *repriced = 0;
    if (sessions)
        sessions->clear();
    const QSqlDatabase db = database.connection();
    Transaction transaction(db);
    if (!transaction.begin())
        return failed(transaction.lastError());
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!StoreSql::prepare(select, QStringLiteral(
            "SELECT id, session_id, model, input_tokens, output_tokens, cache_write_tokens, cache_read_tokens, cost, "
            "price_status FROM llm_usage WHERE unpriced_at_request = 1"))
        || !StoreSql::exec(select))
        return failed(select.lastError());
    QList<Row> rows;
    while (select.next()) {
        rows.append({select.value(0).toLongLong(), select.value(1).toString(), select.value(2).toString(),
                     TokenCounts{select.value(3).toLongLong(), select.value(4).toLongLong(),
                                 select.value(5).toLongLong(), select.value(6).toLongLong()},
                     select.value(7).toDouble(), priceStatusFromString(select.value(8).toString())});
    }
    select.finish();

    QSqlQuery update(db);
    QSqlQuery session(db);
    if (!StoreSql::prepare(update, QStringLiteral(
            "UPDATE llm_usage SET cost = ?, uncached_cost = ?, price_status = ? WHERE id = ?"))
        || !StoreSql::prepare(session, QStringLiteral("UPDATE sessions SET actual_cost = actual_cost + ? WHERE id = ?")))
        return failed(update.lastError().isValid() ? update.lastError() : session.lastError());
    QHash<QString, double> added;
    int count = 0;
    for (const Row &row : std::as_const(rows)) {
        // Priced by today's table and overrides, whatever they said before:
        // a price the user corrects or removes is applied again.
        const PriceLookup lookup = prices.lookup(row.model);
        // Free because it ran on the user's own server (the address is not
        // stored): only a price can change that.
        if (lookup.isUnknown() && row.status == PriceStatus::Free)
            continue;
        const double cost = prices.cost(row.model, row.tokens);
        if (lookup.status == row.status && qFuzzyCompare(1.0 + cost, 1.0 + row.cost))
            continue;
        update.addBindValue(cost);
        update.addBindValue(prices.uncachedCost(row.model, row.tokens));
        update.addBindValue(priceStatusToString(lookup.status));
        update.addBindValue(row.id);
        if (!StoreSql::exec(update))
            return failed(update.lastError());
        added[row.sessionId] += cost - row.cost;
        ++count;
    }
    for (auto it = added.cbegin(); it != added.cend(); ++it) {
        session.addBindValue(it.value());
        session.addBindValue(it.key());
        if (!StoreSql::exec(session))
            return failed(session.lastError());
    }
    if (!transaction.commit())
        return failed(transaction.lastError());
    if (count > 0)
        qCInfo(lcReprice) << "priced again" << count << "request(s) made while their price was unknown";
    if (repriced)
        *repriced = count;
    if (sessions)
        *sessions = added.keys();
    return {};
}
