// SPDX-License-Identifier: MIT
#include "firstframe.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <utility>

FirstFrame::FirstFrame(QWidget *window, QObject *context, std::function<void()> work)
    : QObject(window)
    , m_context(context)
    , m_work(std::move(work))
{
    window->installEventFilter(this);
    // A window that starts minimised or on another workspace may not paint
    // for a long time; the work does not wait for it forever.
    QTimer::singleShot(FallbackMs, this, [this] { run(); });
}

void FirstFrame::after(QWidget *window, QObject *context, std::function<void()> work)
{
    new FirstFrame(window, context, std::move(work));
}

bool FirstFrame::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // Queued: the paint finishes first.
        QTimer::singleShot(0, this, [this] { run(); });
    }
    return QObject::eventFilter(watched, event);
}

void FirstFrame::run()
{
    if (!m_work)
        return;
    if (m_context)
        std::exchange(m_work, nullptr)();
    deleteLater();
}
