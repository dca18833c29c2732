// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

// Runs work once a window has painted its first frame. Start-up work the
// first frame does not need (keychain reads, which load libsecret and ask
// D-Bus) waits for it, so the window appears as soon as it can.
class FirstFrame final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstFrame)

public:
    // `work` runs from the event loop after `window`'s first paint, unless
    // `context` is gone by then.
    static void after(QWidget *window, QObject *context, std::function<void()> work);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FirstFrame(QWidget *window, QObject *context, std::function<void()> work);
    void run();

    static constexpr int FallbackMs = 2000;
    QPointer<QObject> m_context;
    std::function<void()> m_work;
};
