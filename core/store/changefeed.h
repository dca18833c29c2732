// SPDX-License-Identifier: MIT
#pragma once

#include "changetable.h"
#include "sessionchange.h"

#include <QObject>

#include <chrono>

class QFileSystemWatcher;
class QTimer;
class SessionStore;

// The one change feed of a data folder (docs/architecture.md, The change
// feed): every change of every session, in the order SQLite committed it,
// whichever process wrote it. The window's list, SessionWatcher and the
// API's WebSocket rooms (EventHub) read it; MCP is meant to.
//
// Live: changed() is emitted for each change with an id above position(),
// in id order. A write of this process (SessionStore::changesWritten) is
// read at once, before the writing call returns. Writes of other processes
// are found while changed() has a receiver: the file's WAL is watched
// (inotify), so their commit wakes the feed at once, and a slow tick stays
// as the fallback for a watch the system cannot give or loses; both read
// nothing but PRAGMA data_version until another connection committed.
//
// Catch-up: changes() reads the store, for a client that comes back with
// the last id (or a session's last seq) it saw. While changed() has a
// receiver the read stops at position(), so catch-up and what changed()
// emits afterwards neither overlap nor leave a gap.
class ChangeFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeFeed)

public:
    // The tick while the WAL is watched, and while it cannot be.
    static constexpr std::chrono::milliseconds WatchedPollInterval{1000};
    static constexpr std::chrono::milliseconds DefaultPollInterval{50};
    // How many changes one read takes from the file at a time.
    static constexpr int BatchSize = 500;

    // `store` must outlive the feed (SessionStore owns the one it gives out).
    explicit ChangeFeed(SessionStore *store, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // The id of the newest change emitted (or, before the first, the newest
    // in the file when changed() got its first receiver); -1 while nobody
    // listens (noticed at the next tick after the last receiver was destroyed).
    qint64 position() const { return m_position; }
    bool isListening() const { return m_listening; }

    // Catch-up read, oldest first (see the class comment for the bound).
    ChangePage changes(ChangeQuery query) const;

    // How often other processes' writes are looked for without a watch of
    // the WAL (DefaultPollInterval); with `watchFile` false, the feed never
    // watches it (tests of the fallback).
    void setPollInterval(std::chrono::milliseconds interval, bool watchFile = true);
    // Whether other processes' commits wake the feed through the WAL's watch.
    bool isWatchingFile() const;
    // Reads what is new now and emits it (the timer and in-process writes call it).
    void poll();
    // Applies the retention rule (docs/store.md); how many rows went, -1 on failure.
    int prune(const ChangeTable::Retention &rule = {});

signals:
    void changed(const SessionChange &change);

protected:
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    void updateListening();
    void watchFile();
    void onFileChanged();
    void onTick();
    // Whether data_version moved (then it reads) since the last look.
    bool readIfChanged();
    void read();
    qint64 dataVersion() const;

    SessionStore *m_store;
    QTimer *m_timer;
    QFileSystemWatcher *m_fileWatch = nullptr;
    QTimer *m_recheck;
    int m_rechecks = 0;
    std::chrono::milliseconds m_pollInterval = DefaultPollInterval;
    bool m_watchFile = true;
    qint64 m_position = -1;
    qint64 m_dataVersion = -1;
    bool m_listening = false;
    bool m_reading = false;
    bool m_readAgain = false;
};
