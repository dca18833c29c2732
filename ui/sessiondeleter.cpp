// SPDX-License-Identifier: MIT
#include "sessiondeleter.h"

#include "sessiontext.h"
#include "store/sessionstore.h"
#include "workflow/sessiondelete.h"
#include "workflow/sessionmanager.h"

#include <QFontMetrics>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>

namespace {
Q_LOGGING_CATEGORY(lcDeleter, "spawnai.ui.deleter", QtInfoMsg)
constexpr int PromptShownPx = 360;
} // namespace

SessionDeleter::SessionDeleter(SessionManager *manager, QWidget *window)
    : QObject(window)
    , m_manager(manager)
    , m_window(window)
{
}

SessionDeleter::~SessionDeleter()
{
    // A delete under way stops with the window; its Stop goes on in the manager.
    for (const QPointer<SessionDelete> &running : std::as_const(m_running)) {
        if (running)
            running->cancel();
    }
}

void SessionDeleter::request(const QString &sessionId)
{
    const std::optional<Session> session = m_manager->store()->session(sessionId);
    if (!session || m_running.contains(sessionId) || m_confirmation)
        return;
    // The title the list and the notifications use, cut to a line's width.
    const QString prompt = m_window->fontMetrics().elidedText(SessionText::title(*session), Qt::ElideRight,
                                                              PromptShownPx);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Session"),
                                tr("Delete “%1”?").arg(prompt), QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("deleteSessionConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    const bool live = !isTerminal(session->status);
    box->setInformativeText(
        (live ? tr("The app stops first. ") : QString())
        + tr("Its prompt, files, versions, conversation with the model, timeline and log are erased for good. "
             "What it cost stays counted in this month's spend and the budget."));
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelDeleteButton"));
    // Enter alone must not erase anything.
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    m_confirmation = box;
    connect(box, &QMessageBox::finished, this, [this, box, remove, sessionId] {
        if (box->clickedButton() == remove)
            run(sessionId);
    });
    box->open();
}

void SessionDeleter::run(const QString &sessionId)
{
    SessionDelete *operation = m_manager->deleteSession(sessionId, true, this);
    m_running.insert(sessionId, operation);
    connect(operation, &AsyncOperation::finished, this, [this, operation, sessionId] {
        m_running.remove(sessionId);
        operation->deleteLater();
        if (operation->isCancelled())
            return;
        if (!operation->succeeded()) {
            qCInfo(lcDeleter) << "the delete of" << sessionId << "failed:" << operation->error().message;
            emit errorOccurred(tr("The session could not be deleted: %1").arg(operation->error().message));
            return;
        }
        emit deleted(sessionId);
    });
    operation->start();
}
