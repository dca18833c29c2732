// SPDX-License-Identifier: MIT
#include "e2bqueueslot.h"

#include "e2bcreationqueue.h"

E2bQueueSlot::E2bQueueSlot(E2bCreationQueue *queue)
    : m_queue(queue)
{
}

E2bQueueSlot::Handle E2bQueueSlot::hold(E2bCreationQueue *queue)
{
    return Handle(new E2bQueueSlot(queue));
}

E2bQueueSlot::~E2bQueueSlot()
{
    release();
}

void E2bQueueSlot::release()
{
    if (E2bCreationQueue *queue = std::exchange(m_queue, nullptr))
        queue->release();
}
