// SPDX-License-Identifier: MIT
// The spend meter on a large history: 100,000 sessions and 1,000,000 usage
// rows (half model requests, half sandbox runs) over 12 months. Times the
// month aggregation (every section of CostTracker::report, what the
// dashboard and `spawnai costs` show; target < 50 ms) and the history list's
// first page (SessionStore::sessions() default query; target < 20 ms): read
// from the per-day summaries (schema 5), from the usage rows through their
// covering indexes, and on a copy without the indexes (and not reading the
// summaries), for the ratios.
#include "benchsupport.h"

#include "billing/costtracker.h"
#include "common/paths.h"
#include "store/database.h"
#include "store/sessionstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <functional>
#include <utility>

using namespace Bench;

namespace {
constexpr int Sessions = 100000;
constexpr int RowsPerSession = 5;  // of each kind: 10 usage rows a session, 1,000,000 in all
constexpr int Runs = 15;

QString iso(const QDateTime &time)
{
    return time.toString(Qt::ISODateWithMs);
}

bool exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    say(u"query failed: " + query.lastError().text());
    return false;
}

// Raw prepared INSERTs in one transaction: the store's one-transaction-a-
// write API would take minutes for a million rows, and only the data matters.
bool fill(Database &database, const QDateTime &end)
{
    QSqlDatabase db = database.connection();
    QRandomGenerator random(20261126);
    const QDateTime start = end.addMonths(-12);
    const qint64 spanMs = start.msecsTo(end);
    const QStringList models{QStringLiteral("claude-sonnet-4-5"), QStringLiteral("claude-haiku-4-5"),
                             QStringLiteral("claude-opus-4-1"), QStringLiteral("qwen2.5-coder")};
    if (!db.transaction())
        return false;
    QSqlQuery session(db);
    QSqlQuery llm(db);
    QSqlQuery run(db);
    session.prepare(QStringLiteral(
        "INSERT INTO sessions (id, prompt, app_type, provider, model, sandbox_kind, status, created_at, updated_at, "
        "actual_cost) VALUES (?, ?, 'webapp', ?, ?, ?, 'stopped', ?, ?, ?)"));
    llm.prepare(QStringLiteral(
        "INSERT INTO llm_usage (session_id, time, provider, model, input_tokens, output_tokens, cost) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    run.prepare(QStringLiteral(
        "INSERT INTO usage_metrics (session_id, start_time, end_time, cpu_seconds, memory_gb_seconds, actual_cost) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < Sessions; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QDateTime created = start.addMSecs(random.bounded(spanMs));
        const QString &model = models.at(random.bounded(int(models.size())));
        const QString provider = model.startsWith(u"claude") ? QStringLiteral("anthropic") : QStringLiteral("openai");
        const bool e2b = random.bounded(4) == 0;
        // The session row first (foreign keys), so its rows are drawn before.
        struct Row
        {
            QDateTime at;
            qint64 in = 0;
            qint64 out = 0;
            double cost = 0.0;
            double cpu = 0.0;
            double runCost = 0.0;
        };
        Row rows[RowsPerSession];
        double total = 0.0;
        QDateTime at = created;
        for (Row &row : rows) {
            at = at.addMSecs(random.bounded(600000));
            row.at = at;
            row.in = 2000 + random.bounded(20000);
            row.out = 500 + random.bounded(8000);
            row.cost = provider == u"openai" ? 0.0 : (row.in * 3.0 + row.out * 15.0) / 1e6;
            row.cpu = random.bounded(300.0);
            row.runCost = e2b ? row.cpu * 0.000014 : 0.0;
            total += row.cost + row.runCost;
        }
        session.addBindValue(id);
        session.addBindValue(QStringLiteral("a pomodoro timer with a history of the day's sessions, number %1").arg(i));
        session.addBindValue(provider);
        session.addBindValue(model);
        session.addBindValue(e2b ? QStringLiteral("e2b") : QStringLiteral("local"));
        session.addBindValue(iso(created));
        session.addBindValue(iso(at.addSecs(600)));
        session.addBindValue(total);
        if (!exec(session))
            return false;
        for (const Row &row : rows) {
            llm.addBindValue(id);
            llm.addBindValue(iso(row.at));
            llm.addBindValue(provider);
            llm.addBindValue(model);
            llm.addBindValue(row.in);
            llm.addBindValue(row.out);
            llm.addBindValue(row.cost);
            if (!exec(llm))
                return false;
            run.addBindValue(id);
            run.addBindValue(iso(row.at.addMSecs(500)));
            run.addBindValue(iso(row.at.addSecs(600)));
            run.addBindValue(row.cpu);
            run.addBindValue(row.cpu * 0.5);
            run.addBindValue(row.runCost);
            if (!exec(run))
                return false;
        }
    }
    return db.commit();
}

struct Timings
{
    Summary month;
    Summary page;
    int sessionsOnPage = 0;
    double monthTotal = 0.0;
};

Timings measure(Database &database, const QDate &month, CostTracker::Source source)
{
    const CostTracker tracker(database, source);
    const SessionStore store(database);
    QList<double> monthMs;
    QList<double> pageMs;
    Timings timings;
    for (int i = 0; i < Runs + 2; ++i) {
        QElapsedTimer clock;
        clock.start();
        CostReport report;
        if (const SpawnError error = tracker.report(CostPeriod::month(month), 10, &report); error.isError())
            say(u"report failed: " + error.message);
        const double reportMs = clock.nsecsElapsed() / 1e6;
        clock.restart();
        const QList<Session> page = store.sessions();
        const double listMs = clock.nsecsElapsed() / 1e6;
        if (i < 2)
            continue;  // the first runs warm the page cache
        monthMs << reportMs;
        pageMs << listMs;
        timings.sessionsOnPage = int(page.size());
        timings.monthTotal = report.overall.total();
    }
    timings.month = summarize(monthMs);
    timings.page = summarize(pageMs);
    return timings;
}

// Each section alone, once warm: where the month's time goes.
void sections(Database &database, const QDate &month, CostTracker::Source source)
{
    const CostTracker tracker(database, source);
    const CostPeriod period = CostPeriod::month(month);
    QList<CostGroup> groups;
    const QList<std::pair<QString, std::function<void()>>> calls{
        {QStringLiteral("byDay"), [&] { tracker.byDay(period, &groups); }},
        {QStringLiteral("byModel"), [&] { tracker.byModel(period, &groups); }},
        {QStringLiteral("byProvider"), [&] { tracker.byProvider(period, &groups); }},
        {QStringLiteral("bySandboxKind"), [&] { tracker.bySandboxKind(period, &groups); }},
        {QStringLiteral("topSessions(10)"), [&] { tracker.topSessions(period, 10, &groups); }}};
    for (const auto &[name, call] : calls) {
        QList<double> ms;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer clock;
            clock.start();
            call();
            ms << clock.nsecsElapsed() / 1e6;
        }
        say(u"  section " + name.leftJustified(16) + u' ' + describe(summarize(ms), QStringLiteral("ms"), 1));
    }
}

void queryPlans(Database &database)
{
    QSqlQuery query(database.connection());
    const QStringList statements{
        QStringLiteral("SELECT model, SUM(cost) FROM llm_usage WHERE time >= '2026' AND time < '2027' GROUP BY model"),
        QStringLiteral("SELECT substr(start_time, 1, 10), SUM(actual_cost) FROM usage_metrics "
                       "WHERE start_time >= '2026' AND start_time < '2027' GROUP BY 1"),
        QStringLiteral("SELECT id FROM sessions ORDER BY updated_at DESC, rowid DESC LIMIT 50")};
    for (const QString &sql : statements) {
        if (!query.exec(u"EXPLAIN QUERY PLAN " + sql))
            continue;
        QStringList steps;
        while (query.next())
            steps << query.value(3).toString();
        say(u"  plan: " + steps.join(QStringLiteral("; ")));
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    say(machineLine());
    QTemporaryDir dir;
    Paths::setDataDirOverride(dir.path());
    Database database;
    if (const SpawnError error = database.open(); error.isError()) {
        say(error.message);
        return 1;
    }
    const QDateTime end = QDateTime::currentDateTimeUtc();
    QElapsedTimer clock;
    clock.start();
    if (!fill(database, end))
        return 1;
    say(QStringLiteral("built %1 sessions, %2 llm_usage + %2 usage_metrics rows over 12 months in %3 s, %4 MiB")
            .arg(Sessions).arg(Sessions * RowsPerSession).arg(number(clock.elapsed() / 1000.0, 1))
            .arg(number(QFileInfo(database.filePath()).size() / 1048576.0, 0)));
    // A full month in the middle of the range: about 1/12 of the rows.
    const QDate month = end.date().addMonths(-6);
    say(QStringLiteral("month: %1").arg(month.toString(QStringLiteral("yyyy-MM"))));

    // The copy without the indexes, made before the indexed runs so both
    // start from files of the same shape.
    const QString copyPath = dir.filePath(QStringLiteral("unindexed.db"));
    {
        QSqlQuery query(database.connection());
        if (!query.exec(u"VACUUM INTO '" + copyPath + u"'")) {
            say(u"copy failed: " + query.lastError().text());
            return 1;
        }
    }
    Database unindexed(copyPath, builtinMigrations());
    if (unindexed.open().isError())
        return 1;
    {
        QSqlQuery query(unindexed.connection());
        for (const char *index : {"idx_llm_usage_time_totals", "idx_llm_usage_time", "idx_usage_metrics_start_totals",
                                  "idx_usage_metrics_start_time", "idx_sessions_updated_at"}) {
            if (!query.exec(u"DROP INDEX " + QLatin1String(index)))
                say(u"drop failed: " + query.lastError().text());
        }
    }

    say(QStringLiteral("from the per-day summaries:"));
    sections(database, month, CostTracker::Source::Summary);
    const Timings summary = measure(database, month, CostTracker::Source::Summary);
    say(QStringLiteral("from the rows, with the indexes:"));
    queryPlans(database);
    sections(database, month, CostTracker::Source::Rows);
    const Timings with = measure(database, month, CostTracker::Source::Rows);
    say(QStringLiteral("from the rows, without the indexes:"));
    queryPlans(unindexed);
    sections(unindexed, month, CostTracker::Source::Rows);
    const Timings without = measure(unindexed, month, CostTracker::Source::Rows);
    if (qAbs(summary.monthTotal - without.monthTotal) > 1e-6 || qAbs(with.monthTotal - without.monthTotal) > 1e-6
        || with.sessionsOnPage != without.sessionsOnPage)
        say(QStringLiteral("MISMATCH between the answers"));
    say(QStringLiteral("month total: $%1").arg(number(summary.monthTotal, 2)));

    say(QStringLiteral("RESULT month aggregation (all sections), summaries:    %1  target < 50 ms: %2")
            .arg(describe(summary.month, QStringLiteral("ms"), 1),
                 summary.month.median < 50 ? QStringLiteral("met") : QStringLiteral("MISSED")));
    say(QStringLiteral("RESULT month aggregation (all sections), rows indexed: %1")
            .arg(describe(with.month, QStringLiteral("ms"), 1)));
    say(QStringLiteral("RESULT month aggregation (all sections), no indexes:   %1")
            .arg(describe(without.month, QStringLiteral("ms"), 1)));
    say(QStringLiteral("RESULT history first page (%1 rows), indexed:          %2  target < 20 ms: %3")
            .arg(with.sessionsOnPage).arg(describe(with.page, QStringLiteral("ms"), 2),
                 with.page.median < 20 ? QStringLiteral("met") : QStringLiteral("MISSED")));
    say(QStringLiteral("RESULT history first page, no indexes:                 %1").arg(describe(without.page, QStringLiteral("ms"), 2)));
    say(QStringLiteral("RATIO month aggregation: no indexes or summaries / summaries = %1x")
            .arg(number(without.month.median / summary.month.median, 1)));
    say(QStringLiteral("RATIO month aggregation: rows indexed / summaries = %1x")
            .arg(number(with.month.median / summary.month.median, 1)));
    say(QStringLiteral("RATIO history first page: no indexes / indexed = %1x").arg(number(without.page.median / with.page.median, 1)));
    return 0;
}
