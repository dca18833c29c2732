// SPDX-License-Identifier: MIT
#pragma once

#include "common/spawnerror.h"
#include "sandbox/sandboxledger.h"
#include "sandboxend.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>

class CloudSandboxStop;
class DetachedStops;
class E2bSandboxProvider;
class KeptRuns;
class PendingOperation;
class SandboxSweeper;
class SecretStore;
class SessionManager;
class SessionRunner;
class SessionStore;
class TrafficTokens;
struct E2bConfig;

// The cloud side of one SpawnAI process: the E2B provider (once a key is
// known, from E2B_API_KEY or the keychain), the ledger it journals into and
// the sweep that keeps the account free of orphans: at start, every few
// minutes and at quit. The app wires it; the GUI and the command line use it
// alike.
class CloudSandboxes final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudSandboxes)

public:
    // `ledger`, `manager` and `store` must outlive this object.
    CloudSandboxes(SandboxLedger *ledger, SessionManager *manager, SessionStore *store, QObject *parent = nullptr);
    ~CloudSandboxes() override;

    // Registers the E2B provider with the manager and sweeps once. A second
    // call gives the provider the new configuration for the sandboxes it
    // makes next (settings changed); with another key it replaces the
    // provider once nothing of the old key may still run or is under way
    // (oldKeyIsDone()): until then the old provider keeps its sandboxes,
    // which only it can see, kill and extend.
    void enableE2b(const E2bConfig &config);
    // Settings changed: the next sandbox is made with `config` (template,
    // private previews, plan), whichever key it goes with; the key in
    // `config` is not looked at. Nothing while E2B is off.
    void reconfigureE2b(const E2bConfig &config);
    bool isE2bEnabled() const { return m_e2b != nullptr; }
    E2bSandboxProvider *e2bProvider() const { return m_e2b.get(); }
    SandboxSweeper *sweeper() const { return m_sweeper.get(); }

    void setSweepInterval(std::chrono::milliseconds interval) { m_sweepInterval = interval; }
    // Where private previews' traffic tokens are kept while their sandbox
    // lives (the OS keychain in the app; TrafficTokens); set before
    // enableE2b(). Without one a private app kept running cannot be opened
    // after a restart.
    void setTokenStore(SecretStore *store);

    // SpawnAI quits: sessions stop (their cloud sandboxes are killed) unless
    // `keepRunning`, which keeps ready cloud apps up until their expiry; then
    // one more sweep. Finishes when all kills are confirmed or after
    // `limit`; the sweep of the next start picks up whatever is left.
    PendingOperation *shutdown(const QString &reason, bool keepRunning, std::chrono::milliseconds limit);

    // Whether a session left live in the history is still served by a
    // cloud sandbox that was kept running and has time left.
    bool isKeptRunning(const QString &sessionId) const;
    // Gives the kept cloud sandbox of `sessionId` more time (extendedEnd(),
    // from the sandbox's creation), through E2B by its id, and records the
    // new end in the ledger and the history (KeptExtension; `origin` words
    // the timeline's line). Fails without an E2B key. The one door for
    // `spawnai extend`, the window's Extend and holds (KeptEnd). Owned by
    // this object; the caller deleteLater()s it after finished().
    PendingOperation *extendKept(const QString &sessionId, std::chrono::seconds more,
                                 SandboxEnd::Origin origin = SandboxEnd::Origin::User);
    // The sessions the ledger holds a kept cloud sandbox with time left for;
    // start-up reconciliation leaves them live.
    // (`withTimeLeft` false: also those whose end has passed, which the
    // sweep has not closed yet.)
    static QSet<QString> keptSessions(const SandboxLedger &ledger, bool withTimeLeft = true);
    // Cloud sandboxes of `sessionId` (or of every session) that may still
    // run, and bill (SandboxLedger::mayStillRun).
    static QStringList sandboxesThatMayRun(const SandboxLedger &ledger, const QString &sessionId = {});
    // Ends the cloud sandboxes of `sessionId` that no runner holds and then
    // stops the session (CloudSandboxStop: a failed kill is tried again by
    // the sweeps until it works, with the next try in the session's
    // timeline). The stop already under way for it, if any. Null, with
    // `refusal` saying why, without E2B or when a sandbox of it was made
    // with another key, which alone can end it. Owned by this object and
    // deleted after finished().
    CloudSandboxStop *stopDetached(const QString &sessionId, const QString &reason, SpawnError *refusal = nullptr);
    // The stop under way for `sessionId`, or null.
    CloudSandboxStop *stopUnderWay(const QString &sessionId) const;

signals:
    // A sweep ended sandboxes nobody used (ids) — shown in the log.
    void orphansKilled(const QStringList &sandboxIds);

private:
    void onSwept(const QStringList &killed, const QStringList &closed);
    void endLeftBehind(const QString &sessionId, const SandboxLedger::Entry &ended, const QSet<QString> &stillKept,
                       bool killedHere);
    void refreshKept();
    void onKillFailed(const QString &sandboxId, const SpawnError &error);
    // The one schedule of kill retries: a sweep `m_retryDelay` from now,
    // doubling up to the sweep's interval while kills keep failing.
    void scheduleKillRetry();
    // Whether a runner here or another SpawnAI process meters that run.
    bool isMetered(const QString &sessionId, const QString &sandboxId) const;
    // Whether the provider's key made `entry` (or nobody knows which did).
    bool isOwn(const SandboxLedger::Entry &entry) const;
    // Nothing of the provider's key may still run or is under way: no
    // session runs on E2B, no kill or Stop is under way, no sandbox of it
    // may still run (kept, being killed).
    bool oldKeyIsDone() const;
    // A key that waits for the old one's sandboxes, once they are done.
    void switchKeyWhenIdle();
    void finishQuitIfDone();
    static SpawnError otherKeyRefusal(const QStringList &sandboxIds);
    // The preview's headers of a session no runner here serves: its open
    // sandbox's traffic token, read from the keychain when first asked.
    QList<std::pair<QByteArray, QByteArray>> previewHeaders(const QString &sessionId);
    void onTokenFound(const QString &sandboxId);
    QList<SessionRunner *> e2bRunners() const;
    void stopE2bRunners(const QString &reason);

    SandboxLedger *m_ledger;
    SessionManager *m_manager;
    SessionStore *m_store;
    std::unique_ptr<E2bSandboxProvider> m_e2b;
    std::unique_ptr<SandboxSweeper> m_sweeper;
    std::unique_ptr<TrafficTokens> m_tokens;
    // Kept apps' ends, for the window's countdown, Extend and holds.
    std::unique_ptr<KeptRuns> m_keptRuns;
    // Another key, waiting for the sessions on the old one to end.
    std::unique_ptr<E2bConfig> m_nextKey;
    std::chrono::milliseconds m_sweepInterval{std::chrono::minutes(5)};
    QSet<QString> m_kept;  // sessions served by a kept sandbox, as of the last sweep
    QSet<QString> m_everKept;  // and those whose kept sandbox the sweep has yet to close
    int m_keptSlots = 0;  // plan slots held for kept apps
    DetachedStops *m_stops;
    // A kill that failed is tried again by a sweep this much later (doubling
    // up to the sweep's interval while kills keep failing): the one schedule,
    // for a Stop's kill as for any other.
    static constexpr std::chrono::milliseconds FirstKillRetry{5000};
    std::chrono::milliseconds m_retryDelay{FirstKillRetry};
    QTimer m_retrySweep;
    // Quitting: done once the last sweep and the stops under way are.
    QPointer<PendingOperation> m_quit;
    bool m_quitSwept = false;
};
