// SPDX-License-Identifier: MIT
#pragma once

#include "billing/sessioncost.h"

#include <QLabel>
#include <QPointer>

class QTimer;
class SessionRunner;
class SessionStore;

// "Cost so far" in the session's header: what the store has counted for
// the session (the figures the spend meter adds up), and, while the model
// writes, the request in flight as far as it has come, priced the same way
// and said to be "so far", with its tokens. When the request ends its
// stored figure replaces the estimate. Redrawn at most every
// RedrawInterval, however often the stream reports progress.
class SessionCostLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionCostLabel)

public:
    static constexpr int RedrawIntervalMs = 100;

    explicit SessionCostLabel(QWidget *parent = nullptr);
    ~SessionCostLabel() override;

    // Shows what session `id` has cost by the store (and a request in
    // flight of the runner followed); returns the stored cost.
    SessionCost showStored(const SessionStore &store, const QString &id);
    // The run whose model requests count live; null for none.
    void follow(SessionRunner *runner);
    void clearCost();

private:
    void redraw();

    QPointer<SessionRunner> m_runner;
    QMetaObject::Connection m_progress;
    QTimer *m_redraw;
    SessionCost m_stored;
    QString m_storedText;
};
