// SPDX-License-Identifier: MIT
#include "changefeed.h"

#include "database.h"
#include "sessionstore.h"
#include "sqlsupport.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLoggingCategory>
#include <QMetaMethod>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <iterator>

namespace {
Q_LOGGING_CATEGORY(lcFeed, "spawnai.store.feed")
} // namespace

ChangeFeed::ChangeFeed(SessionStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_timer(new QTimer(this))
    , m_recheck(new QTimer(this))
{
    m_recheck->setSingleShot(true);
    connect(m_recheck, &QTimer::timeout, this, &ChangeFeed::onFileChanged);
    connect(m_timer, &QTimer::timeout, this, &ChangeFeed::onTick);
    connect(m_store, &SessionStore::changesWritten, this, &ChangeFeed::poll);
}

ChangeFeed::~ChangeFeed() = default;

ChangePage ChangeFeed::changes(ChangeQuery query) const
{
    const Database &database = m_store->database();
    if (!database.isOpen())
        return {};
    if (m_listening && m_position >= 0 && (query.untilId < 0 || query.untilId > m_position))
        query.untilId = m_position;
    return ChangeTable::list(database.connection(), query);
}

void ChangeFeed::setPollInterval(std::chrono::milliseconds interval, bool watchFile)
{
    m_pollInterval = interval;
    m_watchFile = watchFile;
    if (!watchFile) {
        delete m_fileWatch;
        m_fileWatch = nullptr;
    }
    m_timer->setInterval(isWatchingFile() ? WatchedPollInterval : m_pollInterval);
}

bool ChangeFeed::isWatchingFile() const
{
    return m_fileWatch && !m_fileWatch->files().isEmpty();
}

void ChangeFeed::watchFile()
{
    if (m_watchFile && m_store->database().isOpen()) {
        if (!m_fileWatch) {
            m_fileWatch = new QFileSystemWatcher(this);
            connect(m_fileWatch, &QFileSystemWatcher::fileChanged, this, [this] {
                // A WAL removed and made again (the last other connection
                // closed) loses the watch: take it up again.
                watchFile();
                m_rechecks = 0;
                onFileChanged();
            });
        }
        // Every commit in WAL mode writes the -wal file, whichever process made it.
        const QString wal = m_store->database().filePath() + u"-wal";
        if (!m_fileWatch->files().contains(wal) && QFileInfo::exists(wal))
            m_fileWatch->addPath(wal);
    }
    m_timer->setInterval(isWatchingFile() ? WatchedPollInterval : m_pollInterval);
}

void ChangeFeed::poll()
{
    if (m_listening)
        read();
}

int ChangeFeed::prune(const ChangeTable::Retention &rule)
{
    const Database &database = m_store->database();
    if (!database.isOpen())
        return -1;
    const int removed = ChangeTable::prune(database.connection(), StoreSql::now(), rule);
    if (removed > 0)
        qCInfo(lcFeed) << "Removed" << removed << "old changes";
    return removed;
}

void ChangeFeed::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&ChangeFeed::changed))
        updateListening();
}

void ChangeFeed::disconnectNotify(const QMetaMethod &signal)
{
    // Settled on the loop's next turn: when a receiver is destroyed, Qt
    // calls this with the receiver's signal-slot mutex held, and
    // isSignalConnected() takes the feed's, which can be the same one of
    // Qt's mutex pool (a window hung closing a session view). An invalid
    // method: every connection went at once (disconnect() of all).
    if (!signal.isValid() || signal == QMetaMethod::fromSignal(&ChangeFeed::changed))
        QMetaObject::invokeMethod(this, &ChangeFeed::updateListening, Qt::QueuedConnection);
}

void ChangeFeed::updateListening()
{
    // Connections made from another thread are settled in this one.
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(this, &ChangeFeed::updateListening, Qt::QueuedConnection);
        return;
    }
    const bool listening = isSignalConnected(QMetaMethod::fromSignal(&ChangeFeed::changed));
    if (listening == m_listening)
        return;
    m_listening = listening;
    if (!listening) {
        m_timer->stop();
        m_recheck->stop();
        delete m_fileWatch;
        m_fileWatch = nullptr;
        m_position = -1;
        m_dataVersion = -1;
        return;
    }
    // Live starts after what the file holds now; older changes are catch-up.
    const Database &database = m_store->database();
    if (database.isOpen()) {
        m_dataVersion = dataVersion();
        m_position = ChangeTable::lastId(database.connection());
    }
    watchFile();
    m_timer->start();
}

void ChangeFeed::onFileChanged()
{
    // The writer appends to the WAL before it publishes the commit in the
    // shared-memory index (which inotify cannot see): a wake-up that finds
    // nothing yet looks again shortly, a few times, instead of waiting for
    // the fallback tick. This process's own commits end here too, cheaply.
    static constexpr int RecheckMs[] = {2, 10, 50, 250};
    if (!m_listening || !m_store->database().isOpen() || readIfChanged())
        return;
    if (m_rechecks < int(std::size(RecheckMs)))
        m_recheck->start(RecheckMs[m_rechecks++]);
}

void ChangeFeed::onTick()
{
    // A receiver that is destroyed does not call disconnectNotify(): the
    // timer notices it went at its next tick.
    if (!isSignalConnected(QMetaMethod::fromSignal(&ChangeFeed::changed))) {
        updateListening();
        return;
    }
    if (!m_store->database().isOpen())
        return;
    if (m_watchFile && !isWatchingFile())
        watchFile();
    readIfChanged();
}

bool ChangeFeed::readIfChanged()
{
    // Another connection's commit moves data_version; looking at it costs
    // far less than a query of the table, and idle ticks do nothing else.
    const qint64 version = dataVersion();
    if (version == m_dataVersion && m_position >= 0)
        return false;
    m_dataVersion = version;
    read();
    return true;
}

void ChangeFeed::read()
{
    const Database &database = m_store->database();
    if (!database.isOpen())
        return;
    // A receiver that writes gets its change after the ones being emitted.
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    if (m_position < 0) {
        m_position = ChangeTable::lastId(database.connection());
        return;
    }
    m_reading = true;
    do {
        m_readAgain = false;
        ChangePage page;
        do {
            ChangeQuery query;
            query.afterId = m_position;
            query.limit = BatchSize;
            page = ChangeTable::list(database.connection(), query);
            for (const SessionChange &change : std::as_const(page.changes)) {
                m_position = change.id;
                emit changed(change);
                if (!m_listening)
                    break;
            }
        } while (page.more && m_listening);
    } while (m_readAgain && m_listening);
    m_reading = false;
}

qint64 ChangeFeed::dataVersion() const
{
    QSqlQuery query(m_store->database().connection());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next()) {
        qCWarning(lcFeed) << "Could not read the file's data version";
        return -1;
    }
    return query.value(0).toLongLong();
}
