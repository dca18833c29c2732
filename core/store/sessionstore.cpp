// SPDX-License-Identifier: MIT
#include "sessionstore.h"

#include "appversiontable.h"
#include "changefeed.h"
#include "changetable.h"
#include "conversationtable.h"
#include "crashreconciler.h"
#include "database.h"
#include "eventtable.h"
#include "logchangebatcher.h"
#include "sessionfilter.h"
#include "promptimagestore.h"
#include "sessionpurge.h"
#include "session/sessionlog.h"
#include "sessionrow.h"
#include "secrets/appenvironment.h"
#include "sqlsupport.h"
#include "statusjournal.h"
#include "transaction.h"
#include "usagetable.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace {
Q_LOGGING_CATEGORY(lcStore, "spawnai.store.sessions")

// What `read` returns, or nothing while the file is closed.
template <typename Read>
auto whenOpen(const Database &database, Read read) -> decltype(read(database.connection()))
{
    return database.isOpen() ? read(database.connection()) : decltype(read(database.connection()))();
}

SpawnError unknownSession(const QString &id)
{
    return SpawnError::user(SessionStore::tr("There is no session %1 in the history.").arg(id));
}
} // namespace

SessionStore::SessionStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_logChanges(new LogChangeBatcher(database, this))
    , m_feed(new ChangeFeed(this, this))
{
    connect(m_logChanges, &LogChangeBatcher::written, this, &SessionStore::changesWritten);
}

// Output noted in the last interval still gets its change.
SessionStore::~SessionStore() { m_logChanges->flush(); }

SpawnError SessionStore::createSession(Session &session)
{
    if (!m_database.isOpen())
        return closedError();
    Session stored = session;
    if (stored.id.isEmpty())
        stored.id = Session::newId();
    if (!stored.createdAt.isValid())
        stored.createdAt = StoreSql::now();
    if (!stored.updatedAt.isValid())
        stored.updatedAt = stored.createdAt;

    const QSqlDatabase db = m_database.connection();
    const auto failed = [&](const QSqlError &error) {
        return StoreSql::storeError(tr("Could not save the new session"), error);
    };
    Transaction transaction(db);
    if (!transaction.begin())
        return failed(transaction.lastError());
    {
        QSqlQuery query(db);
        if (!StoreSql::prepare(query, SessionRow::insertSql()))
            return failed(query.lastError());
        SessionRow::bind(query, stored);
        if (!StoreSql::exec(query))
            return failed(query.lastError());
    }
    SessionEvent event{0, stored.id, StoreSql::now(), EventKind::Created,
                       std::nullopt, stored.status, {}};
    QSqlError error;
    if (!EventTable::insert(db, event, error) || !ChangeTable::appendCreated(db, stored, error))
        return failed(error);
    if (!transaction.commit())
        return failed(transaction.lastError());
    session = stored;
    announce({event});
    return {};
}

std::optional<Session> SessionStore::session(const QString &id) const
{
    if (!m_database.isOpen())
        return std::nullopt;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!StoreSql::prepare(query, u"SELECT " + SessionRow::columns() + u" FROM sessions WHERE id = ? AND purged_at IS NULL"))
        return std::nullopt;
    query.addBindValue(id);
    if (!StoreSql::exec(query) || !query.next())
        return std::nullopt;
    return SessionRow::read(query);
}

QList<Session> SessionStore::sessions(const SessionQuery &query) const
{
    QList<Session> result;
    if (!m_database.isOpen())
        return result;
    const SessionFilter filter(query);
    QSqlQuery sql(m_database.connection());
    sql.setForwardOnly(true);
    // rowid breaks ties of sessions touched in the same millisecond.
    if (!StoreSql::prepare(sql, u"SELECT " + SessionRow::columns() + u" FROM sessions" + filter.where()
                                    + (query.order == SessionQuery::Order::Created ? u" ORDER BY created_at DESC, rowid DESC" : u" ORDER BY updated_at DESC, rowid DESC")
                                    + u" LIMIT ? OFFSET ?"))
        return result;
    for (const QVariant &value : filter.values())
        sql.addBindValue(value);
    sql.addBindValue(query.limit > 0 ? query.limit : -1);
    sql.addBindValue(qMax(0, query.offset));
    if (!StoreSql::exec(sql))
        return result;
    while (sql.next())
        result.append(SessionRow::read(sql));
    return result;
}

int SessionStore::sessionCount(const SessionQuery &query) const
{
    if (!m_database.isOpen())
        return 0;
    const SessionFilter filter(query);
    QSqlQuery sql(m_database.connection());
    if (!StoreSql::prepare(sql, u"SELECT COUNT(*) FROM sessions" + filter.where()))
        return 0;
    for (const QVariant &value : filter.values())
        sql.addBindValue(value);
    if (!StoreSql::exec(sql) || !sql.next())
        return 0;
    return sql.value(0).toInt();
}

SpawnError SessionStore::purgeSession(const QString &id)
{
    if (!m_database.isOpen())
        return closedError();
    if (const SpawnError error = SessionPurge::run(m_database.connection(), id); error.isError())
        return error;
    QFile::remove(SessionLog::filePath(id));  // after the commit: at worst a log nothing names
    PromptImageStore::remove(id);
    qCInfo(lcStore) << "purged session" << id;
    emit changesWritten();
    emit sessionDeleted(id);
    return {};
}

SpawnError SessionStore::transition(const QString &id, SessionStatus to, const QString &detail)
{
    return move(id, to, detail, nullptr);
}

SpawnError SessionStore::fail(const QString &id, const SpawnError &error, const QString &detail)
{
    SpawnError stored = error;
    if (!stored.isError()) {
        qCWarning(lcStore) << "fail() without an error kind for" << id << "; storing it as system";
        stored.kind = ErrorKind::System;
    }
    if (stored.message.isEmpty())
        stored.message = detail;
    // The timeline keeps why it failed even after a redeploy clears the error.
    QString journaled = detail;
    if (journaled.isEmpty())
        journaled = stored.message;
    else if (stored.message != detail)
        journaled += u": " + stored.message;
    return move(id, SessionStatus::Failed, journaled, &stored);
}

SpawnError SessionStore::move(const QString &id, SessionStatus to, const QString &detail,
                              const SpawnError *error)
{
    if (!m_database.isOpen())
        return closedError();
    const QString what = tr("Could not record that session %1 is %2").arg(id, sessionStatusToString(to));
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.begin())
        return StoreSql::storeError(what, transaction.lastError());
    QSqlError sqlError;
    const std::optional<SessionStatus> from = StatusJournal::readStatus(db, id, sqlError);
    if (sqlError.isValid())
        return StoreSql::storeError(what, sqlError);
    if (!from)
        return unknownSession(id);
    if (!isTransitionAllowed(*from, to)) {
        const QString message = tr("Session %1 cannot move from %2 to %3; nothing was changed.")
                                    .arg(id, sessionStatusToString(*from), sessionStatusToString(to));
        qCCritical(lcStore).noquote() << message << "Detail:" << detail;
        return SpawnError::system(message);
    }
    SessionEvent event;
    // The output before a move is read before it.
    if (!m_logChanges->writePending(db, id, sqlError)
        || !StatusJournal::applyMove(db, id, *from, to, detail, error, event, sqlError)
        || !transaction.commit()) {
        return StoreSql::storeError(what, sqlError.isValid() ? sqlError : transaction.lastError());
    }
    qCDebug(lcStore).noquote() << "Session" << id << sessionStatusToString(*from) << "->"
                               << sessionStatusToString(to) << detail;
    announce({event});
    return {};
}

QStringList SessionStore::reconcileAfterCrash(const std::function<bool(const QString &)> &isStillRunning)
{
    if (!m_database.isOpen())
        return {};
    QList<SessionEvent> events;
    QSqlError sqlError;
    if (!CrashReconciler::stopSessionsLeftRunning(m_database.connection(), events, sqlError, isStillRunning)) {
        qCCritical(lcStore) << "Could not stop the sessions left running by the previous run:" << sqlError.text();
        return {};
    }
    QStringList ids;
    for (const SessionEvent &event : std::as_const(events))
        ids.append(event.sessionId);
    if (!ids.isEmpty())
        qCInfo(lcStore) << "Stopped sessions left running by the previous run:" << ids;
    announce(events);
    return ids;
}

SpawnError SessionStore::stopAfterSandboxEnded(const QString &id, bool killedBySpawnAi, const QDateTime &endedAt)
{
    const std::optional<Session> found = session(id);
    if (!found)
        return unknownSession(id);
    const QString why = CrashReconciler::sandboxEndedReason(id, found->sandboxKind, !appVersions(id).isEmpty(),
                                                            killedBySpawnAi, endedAt);
    const SpawnError failure = SpawnError::system(why, true);
    return move(id, SessionStatus::Stopped, why, &failure);
}

SpawnError SessionStore::setAppUrl(const QString &id, const QUrl &url)
{
    return updateColumn(id, QStringLiteral("app_url"),
                        StoreSql::optionalText(QString::fromUtf8(url.toEncoded())));
}

SpawnError SessionStore::setSandboxId(const QString &id, const QString &sandboxId)
{
    return updateColumn(id, QStringLiteral("sandbox_id"), StoreSql::optionalText(sandboxId));
}

SpawnError SessionStore::setExpiresAt(const QString &id, const QDateTime &expiresAt)
{
    return updateColumn(id, QStringLiteral("expires_at"), StoreSql::timeValue(expiresAt));
}

SpawnError SessionStore::setEstimatedCost(const QString &id, double cost)
{
    return updateColumn(id, QStringLiteral("estimated_cost"), cost);
}

SpawnError SessionStore::setEstimateBasis(const QString &id, int basis)
{
    return updateColumn(id, QStringLiteral("estimate_basis"), basis);
}

SpawnError SessionStore::setActualCost(const QString &id, double cost)
{
    return updateColumn(id, QStringLiteral("actual_cost"), cost);
}

SpawnError SessionStore::setEnvironmentNames(const QString &id, const QStringList &names)
{
    return updateColumn(id, QStringLiteral("env_names"), AppEnvironment::namesToJson(names));
}

SpawnError SessionStore::setApprovedScripts(const QString &id, const QStringList &names)
{
    return updateColumn(id, QStringLiteral("approved_scripts"), SessionRow::approvedToJson(names));
}

SpawnError SessionStore::updateColumn(const QString &id, const QString &column,
                                      const QVariant &value)
{
    if (!m_database.isOpen())
        return closedError();
    bool found = false;
    // `column` is one of the fixed names above, never caller data.
    const SpawnError error = write(tr("Could not save %1 of session %2").arg(column, id),
                                   [&](const QSqlDatabase &db, QSqlError &sqlError) {
        return SessionRow::update(db, id, column, value, found, sqlError);
    });
    if (error.isError())
        return error;
    if (!found)
        return unknownSession(id);
    emit sessionChanged(id);
    return {};
}

SpawnError SessionStore::appendEvent(const QString &id, EventKind kind, const QString &detail)
{
    if (!m_database.isOpen())
        return closedError();
    if (kind != EventKind::Step && kind != EventKind::Log) {
        const QString message = u"A " + eventKindToString(kind)
                                + u" event is written by the store itself, not appendEvent()";
        qCCritical(lcStore).noquote() << message << "for" << id;
        return SpawnError::system(message);
    }
    SessionEvent event{0, id, StoreSql::now(), kind, std::nullopt, std::nullopt, detail};
    bool found = false;
    const SpawnError error = write(tr("Could not add to the timeline of session %1").arg(id),
                                   [&](const QSqlDatabase &db, QSqlError &sqlError) {
        found = StatusJournal::readStatus(db, id, sqlError).has_value();
        return !sqlError.isValid()
            && (!found || (EventTable::insert(db, event, sqlError) && ChangeTable::appendStep(db, event, sqlError)));
    });
    if (error.isError())
        return error;
    if (!found)
        return unknownSession(id);
    emit eventAppended(id, event);
    return {};
}

QList<SessionEvent> SessionStore::events(const QString &id, qint64 afterId) const
{
    return whenOpen(m_database, [&](const QSqlDatabase &db) { return EventTable::list(db, id, afterId); });
}

int SessionStore::saveAppVersion(const QString &id, const QString &manifestJson,
                                 const QList<AppFile> &files, const QString &summary)
{
    if (!m_database.isOpen()) {
        qCCritical(lcStore) << "Cannot save an app version of" << id << "while the history is closed";
        return 0;
    }
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    QSqlError sqlError;
    const auto failed = [&](const QSqlError &error) {
        qCCritical(lcStore) << "Could not save an app version of" << id << ":" << error.text();
        return 0;
    };
    if (!transaction.begin())
        return failed(transaction.lastError());
    const std::optional<SessionStatus> status = StatusJournal::readStatus(db, id, sqlError);
    if (!status)
        return failed(sqlError.isValid() ? sqlError : QSqlError(QStringLiteral("no such session")));
    const QDateTime now = StoreSql::now();
    const int version = AppVersionTable::insert(db, id, now, manifestJson, files, summary, sqlError);
    if (version == 0)
        return failed(sqlError);
    if (!SessionRow::touch(db, id, now, sqlError))
        return failed(sqlError);
    QString detail = tr("Saved app version %1 (%n file(s))", nullptr, int(files.size())).arg(version);
    if (!summary.isEmpty())
        detail += u": " + summary;
    SessionEvent event{0, id, now, EventKind::Step, std::nullopt, std::nullopt, detail};
    if (!EventTable::insert(db, event, sqlError) || !ChangeTable::appendStep(db, event, sqlError)
        || !ChangeTable::appendFile(db, id, version, summary, files, sqlError))
        return failed(sqlError);
    if (!transaction.commit())
        return failed(transaction.lastError());
    announce({event});
    return version;
}

std::optional<AppVersion> SessionStore::latestAppVersion(const QString &id) const
{
    return whenOpen(m_database, [&](const QSqlDatabase &db) { return AppVersionTable::load(db, id, 0); });
}

std::optional<AppVersion> SessionStore::appVersion(const QString &id, int version) const
{
    if (!m_database.isOpen() || version <= 0)
        return std::nullopt;
    return AppVersionTable::load(m_database.connection(), id, version);
}

QList<AppVersion> SessionStore::appVersions(const QString &id) const
{
    return whenOpen(m_database, [&](const QSqlDatabase &db) { return AppVersionTable::list(db, id); });
}

SpawnError SessionStore::recordUsage(UsageRecord &record)
{
    if (!m_database.isOpen())
        return closedError();
    bool found = true;
    if (const SpawnError error = write(tr("Could not record the resource use of session %1").arg(record.sessionId),
                                       [&](const QSqlDatabase &db, QSqlError &sqlError) {
            return UsageTable::save(db, record, sqlError, &found)
                && (!found || ChangeTable::appendCost(db, record.sessionId, sqlError));
        }); error.isError()) {
        if (!session(record.sessionId))
            return unknownSession(record.sessionId);
        return error;
    }
    if (!found)
        return SpawnError::user(tr("There is no usage record %1 of session %2 in the history.")
                                    .arg(record.id)
                                    .arg(record.sessionId));
    emit sessionChanged(record.sessionId);
    emit costRecorded(record.sessionId);
    return {};
}

SpawnError SessionStore::recordSample(const UsageSample &sample)
{
    if (!m_database.isOpen())
        return closedError();
    QSqlError sqlError;
    if (!UsageTable::insertSample(m_database.connection(), sample, sqlError))
        return StoreSql::storeError(tr("Could not record the resource use of session %1").arg(sample.sessionId),
                                    sqlError);
    return {};
}

QList<UsageSample> SessionStore::samples(const QString &id) const
{
    return whenOpen(m_database, [&](const QSqlDatabase &db) { return UsageTable::listSamples(db, id); });
}

QList<UsageRecord> SessionStore::usage(const QString &id) const
{
    return whenOpen(m_database, [&](const QSqlDatabase &db) { return UsageTable::list(db, id); });
}

QList<UsageRecord> SessionStore::openCloudRuns() const
{
    return whenOpen(m_database, [&](const QSqlDatabase &db) { return UsageTable::listOpenCloudRuns(db); });
}

SpawnError SessionStore::recordLlmUsage(LlmUsageRecord &record)
{
    if (!m_database.isOpen())
        return closedError();
    if (const SpawnError error = write(tr("Could not record the model use of session %1").arg(record.sessionId),
                                       [&](const QSqlDatabase &db, QSqlError &sqlError) {
            return UsageTable::insertLlm(db, record, sqlError) && ChangeTable::appendCost(db, record.sessionId, sqlError);
        }); error.isError()) {
        if (!session(record.sessionId))
            return unknownSession(record.sessionId);
        return error;
    }
    emit sessionChanged(record.sessionId);
    emit costRecorded(record.sessionId);
    return {};
}

SpawnError SessionStore::appendMessage(ConversationMessage &message)
{
    if (!m_database.isOpen())
        return closedError();
    QSqlError sqlError;
    if (!ConversationTable::insert(m_database.connection(), message, sqlError)) {
        if (!session(message.sessionId))
            return unknownSession(message.sessionId);
        return StoreSql::storeError(tr("Could not store the conversation of session %1").arg(message.sessionId),
                                    sqlError);
    }
    return {};
}

QList<ConversationMessage> SessionStore::conversation(const QString &id) const
{
    return whenOpen(m_database, [&](const QSqlDatabase &db) { return ConversationTable::list(db, id); });
}

QList<LlmUsageRecord> SessionStore::llmUsage(const QString &id) const
{
    return whenOpen(m_database, [&](const QSqlDatabase &db) { return UsageTable::listLlm(db, id); });
}

SpawnError SessionStore::closedError() const
{
    qCCritical(lcStore) << "The session history" << m_database.filePath() << "is not open";
    return SpawnError::system(tr("The session history at %1 is not open.").arg(m_database.filePath()));
}

void SessionStore::announce(const QList<SessionEvent> &events)
{
    for (const SessionEvent &event : events) {
        emit eventAppended(event.sessionId, event);
        emit sessionChanged(event.sessionId);
    }
    if (!events.isEmpty())
        emit changesWritten();
}

SpawnError SessionStore::write(const QString &what,
                               const std::function<bool(const QSqlDatabase &, QSqlError &)> &work)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.begin())
        return StoreSql::storeError(what, transaction.lastError());
    QSqlError sqlError;
    if (!work(db, sqlError))
        return StoreSql::storeError(what, sqlError);
    if (!transaction.commit())
        return StoreSql::storeError(what, transaction.lastError());
    emit changesWritten();
    return {};
}

void SessionStore::announceCostsChanged(const QStringList &ids)
{
    if (const SpawnError error = write(tr("Could not record the new costs"), [&](const QSqlDatabase &db, QSqlError &sqlError) {
            return ChangeTable::appendCosts(db, ids, sqlError);
        }); error.isError())
        qCWarning(lcStore).noquote() << error.message;
    for (const QString &id : ids) {
        emit sessionChanged(id);
        emit costRecorded(id);
    }
}
