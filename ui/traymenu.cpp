// SPDX-License-Identifier: MIT
#include "traymenu.h"

#include "sandbox/sandbox.h"
#include "sessiontext.h"
#include "store/sessionstore.h"
#include "workflow/sessionmanager.h"
#include "workflow/sessionrunner.h"

#include <QMenu>
#include <QTimer>

#include <algorithm>
#include <optional>

TrayMenu::TrayMenu(SessionManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_menu(std::make_unique<QMenu>())
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    connect(m_menu.get(), &QMenu::aboutToShow, this, &TrayMenu::rebuild);
    connect(manager, &SessionManager::runnerStarted, this, [this](SessionRunner *runner) {
        // A status change renames the entry; only the running ones are listed.
        connect(runner, &SessionRunner::statusChanged, this, &TrayMenu::scheduleRebuild);
        scheduleRebuild();
    });
    connect(manager, &SessionManager::sessionEnded, this, &TrayMenu::scheduleRebuild);
    rebuild();
}

TrayMenu::~TrayMenu() = default;

void TrayMenu::setExtender(Extender extender)
{
    m_extender = std::move(extender);
    rebuild();
}

SpawnError TrayMenu::extend(const QString &sessionId)
{
    if (!m_extender)
        return SpawnError::user(tr("This sandbox cannot be extended here."));
    return m_extender(sessionId);
}

void TrayMenu::scheduleRebuild()
{
    // Several sessions may start or end in one turn of the event loop.
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, &TrayMenu::rebuild);
}

void TrayMenu::rebuild()
{
    m_rebuildPending = false;
    // clear() deletes the actions but not the submenus (child widgets);
    // they go too, so no ended session stays behind.
    m_menu->clear();
    qDeleteAll(m_menu->findChildren<QMenu *>(Qt::FindDirectChildrenOnly));
    int running = 0;
    for (SessionRunner *runner : m_manager->runners()) {
        if (!runner || runner->hasEnded())
            continue;
        addSession(runner);
        ++running;
    }
    if (running == 0) {
        QAction *none = m_menu->addAction(tr("No sandboxes running"));
        none->setObjectName(QStringLiteral("trayNoSessions"));
        none->setEnabled(false);
    }
    m_menu->addSeparator();
    QAction *show = m_menu->addAction(tr("Show SpawnAI"));
    show->setObjectName(QStringLiteral("trayShowWindow"));
    connect(show, &QAction::triggered, this, &TrayMenu::showWindowRequested);
    QAction *quit = m_menu->addAction(tr("Quit"));
    quit->setObjectName(QStringLiteral("trayQuit"));
    connect(quit, &QAction::triggered, this, &TrayMenu::quitRequested);
}

void TrayMenu::addSession(SessionRunner *runner)
{
    const QString id = runner->sessionId();
    const std::optional<Session> session = m_manager->store()->session(id);
    if (!session)
        return;
    QString title = SessionText::title(*session);
    if (title.size() > 40)
        title = title.left(39) + u'…';
    QStringList parts{title, SessionText::sandboxKind(session->sandboxKind)};
    if (runner->status() != SessionStatus::Ready)
        parts << SessionText::status(runner->status());
    const QDateTime expiresAt = runner->sandbox() ? runner->sandbox()->expiresAt() : session->expiresAt;
    if (const QString left = timeLeft(expiresAt); !left.isEmpty())
        parts << left;
    QMenu *entry = m_menu->addMenu(parts.join(QStringLiteral(" · ")));
    entry->setObjectName(u"traySession:" + id);

    QAction *stop = entry->addAction(tr("Stop"));
    stop->setObjectName(u"trayStop:" + id);
    connect(stop, &QAction::triggered, this, [this, id] {
        if (const SpawnError error = m_manager->stop(id, tr("stopped from the tray")); error.isError())
            emit errorOccurred(error.message);
    });
    QAction *extendAction = entry->addAction(tr("Extend"));
    extendAction->setObjectName(u"trayExtend:" + id);
    extendAction->setEnabled(canExtend() && runner->sandbox());
    connect(extendAction, &QAction::triggered, this, [this, id] {
        if (const SpawnError error = extend(id); error.isError())
            emit errorOccurred(error.message);
    });
}

QString TrayMenu::timeLeft(const QDateTime &expiresAt, const QDateTime &now)
{
    if (!expiresAt.isValid())
        return {};
    const qint64 minutes = std::max<qint64>(0, (now.secsTo(expiresAt) + 59) / 60);
    if (minutes < 60)
        return tr("%1 min left").arg(minutes);
    return tr("%1 h %2 min left").arg(minutes / 60).arg(minutes % 60);
}
