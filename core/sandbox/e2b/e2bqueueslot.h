// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>

#include <memory>

class E2bCreationQueue;

// One admitted creation's place in the E2bCreationQueue, from the create
// request until the sandbox ends or the creation fails. The place is given
// back when the last handle goes, on whichever path that is; release()
// gives it back earlier (the sandbox ended while it still exists).
class E2bQueueSlot final
{
    Q_DISABLE_COPY_MOVE(E2bQueueSlot)

public:
    // Shared, so that a handle can ride in the lambdas of a connect().
    using Handle = std::shared_ptr<E2bQueueSlot>;

    // The slot `queue` has just admitted.
    static Handle hold(E2bCreationQueue *queue);
    ~E2bQueueSlot();

    // Gives the place back now; only the first call counts.
    void release();

private:
    explicit E2bQueueSlot(E2bCreationQueue *queue);

    QPointer<E2bCreationQueue> m_queue;
};
