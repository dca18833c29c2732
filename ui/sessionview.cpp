// SPDX-License-Identifier: MIT
#include "sessionview.h"

#include "billing/sessioncost.h"
#include "session/sessionlog.h"

#include "elementpointing.h"
#include "erroradvice.h"
#include "followupbar.h"
#include "previewerrorsbar.h"
#include "scriptapprovalbar.h"
#include "previewpane.h"
#include "sessionactions.h"
#include "sessioncodeview.h"
#include "sessioncontrols.h"
#include "sessioncostlabel.h"
#include "sessionenvironmentpanel.h"
#include "sessionlogpane.h"
#include "sessionstepper.h"
#include "sessiontext.h"
#include "sessiontimeline.h"
#include "statusbadge.h"
#include "store/sessionstore.h"
#include "store/sessionwatcher.h"
#include "workflow/followup.h"
#include "workflow/sessionhold.h"
#include "workflow/sessionmanager.h"
#include "workflow/sessionrunner.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

SessionView::SessionView(SessionManager *manager, SessionActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_actions(actions)
    , m_title(new QLabel(this))
    , m_badge(new StatusBadge(this))
    , m_details(new QLabel(this))
    , m_url(new QLabel(this))
    , m_errorArea(new QWidget(this))
    , m_errorText(new QLabel(m_errorArea))
    , m_retryButton(makeButton(actions->redeployAction(), QStringLiteral("retryButton"), tr("Try again")))
    , m_stopButton(makeButton(actions->stopAction(), QStringLiteral("stopButton"), tr("Stop")))
    , m_redeployButton(makeButton(actions->redeployAction(), QStringLiteral("redeployButton"), tr("Redeploy")))
    , m_openButton(makeButton(actions->openInBrowserAction(), QStringLiteral("openInBrowserButton"),
                              tr("Open in browser")))
    , m_editKeyButton(new QPushButton(tr("Edit the &Key…"), m_errorArea))
    , m_raiseLimitButton(new QPushButton(tr("Raise the &Limit…"), m_errorArea))
    , m_setPlanButton(new QPushButton(m_errorArea))
    , m_tabs(new QTabWidget(this))
    , m_stepper(new SessionStepper(manager->store(), actions->watcher(), this))
    , m_timeline(new SessionTimeline(manager->store(), actions->watcher(), this))
    , m_log(new SessionLogPane(manager, actions->watcher(), m_tabs))
    , m_environment(new SessionEnvironmentPanel(manager, m_tabs))
    , m_preview(new PreviewPane(m_tabs))
    , m_previewErrors(new PreviewErrorsBar(this))
    , m_scriptApproval(new ScriptApprovalBar(manager, this))
    , m_code(new SessionCodeView(manager, actions->watcher(), m_tabs))
    , m_controls(new SessionControls(manager, actions->watcher(), this))
    , m_cost(new SessionCostLabel(this))
    , m_setPriceButton(new QPushButton(tr("Set &price…"), this))
    , m_followUp(new FollowUpBar(this))
    , m_pointing(new ElementPointing(manager, m_preview, m_followUp, this))
{
    setObjectName(QStringLiteral("sessionView"));

    m_title->setObjectName(QStringLiteral("sessionTitle"));
    m_title->setAccessibleName(tr("Session"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_badge->setObjectName(QStringLiteral("sessionStatus"));
    m_details->setObjectName(QStringLiteral("sessionDetails"));
    m_details->setAccessibleName(tr("App type and sandbox"));

    m_url->setObjectName(QStringLiteral("sessionUrl"));
    m_url->setAccessibleName(tr("App address"));
    m_url->setTextFormat(Qt::RichText);
    m_url->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    // Through Open in Browser, which explains instead for a private E2B app.
    connect(m_url, &QLabel::linkActivated, m_actions->openInBrowserAction(), &QAction::trigger);

    m_errorArea->setObjectName(QStringLiteral("sessionErrorArea"));
    m_errorText->setObjectName(QStringLiteral("sessionError"));
    m_errorText->setAccessibleName(tr("What went wrong"));
    m_errorText->setWordWrap(true);
    m_errorText->setTextFormat(Qt::PlainText);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retryButton->setParent(m_errorArea);
    auto *errorLayout = new QHBoxLayout(m_errorArea);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->addWidget(m_errorText, 1);
    errorLayout->addWidget(m_retryButton, 0, Qt::AlignTop);
    errorLayout->addWidget(m_editKeyButton, 0, Qt::AlignTop);
    errorLayout->addWidget(m_raiseLimitButton, 0, Qt::AlignTop);
    errorLayout->addWidget(m_setPlanButton, 0, Qt::AlignTop);
    m_editKeyButton->setObjectName(QStringLiteral("editKeyButton"));
    m_editKeyButton->setAccessibleName(tr("Edit the API key"));
    m_raiseLimitButton->setObjectName(QStringLiteral("raiseLimitButton"));
    m_raiseLimitButton->setAccessibleName(tr("Raise the limit"));
    connect(m_editKeyButton, &QPushButton::clicked, this, &SessionView::editKeyRequested);
    connect(m_raiseLimitButton, &QPushButton::clicked, this, &SessionView::raiseLimitRequested);
    m_setPlanButton->setObjectName(QStringLiteral("setPlanButton"));
    m_setPlanButton->setAccessibleName(tr("Set the plan your E2B account has"));
    connect(m_setPlanButton, &QPushButton::clicked, this, [this] {
        if (m_planToSet)
            emit planRequested(*m_planToSet);
    });

    auto *timelinePage = new QWidget(m_tabs);
    timelinePage->setObjectName(QStringLiteral("timelinePage"));
    m_stepper->setParent(timelinePage);
    m_timeline->setParent(timelinePage);
    auto *timelineLayout = new QVBoxLayout(timelinePage);
    timelineLayout->setContentsMargins(0, 4, 0, 0);
    timelineLayout->addWidget(m_stepper);
    timelineLayout->addWidget(m_timeline, 1);

    m_tabs->setObjectName(QStringLiteral("sessionTabs"));
    m_tabs->setAccessibleName(tr("Session details"));
    m_tabs->tabBar()->setAccessibleName(tr("Session pages"));
    m_tabs->addTab(timelinePage, tr("&Timeline"));
    m_tabs->addTab(m_log, tr("&Log"));
    m_tabs->addTab(m_preview, tr("&Preview"));
    m_tabs->addTab(m_code, tr("C&ode"));
    m_tabs->addTab(m_environment, tr("E&nvironment"));
    connect(m_code, &SessionCodeView::errorOccurred, this, &SessionView::reportError);
    connect(m_controls, &SessionControls::errorOccurred, this, &SessionView::reportError);
    connect(m_controls, &SessionControls::planMismatch, this, &SessionView::planMismatch);
    connect(m_preview, &PreviewPane::logLine, this, [this](const QString &line) {
        m_manager->appendToLog(m_sessionId, line.toUtf8() + '\n');
    });
    connect(m_preview, &PreviewPane::problemSeen, this, [this](const PreviewProblem &problem) {
        m_previewErrors->addProblem(problem, m_preview->shownVersion());
    });
    connect(m_preview, &PreviewPane::pageLoaded, this, [this] { m_previewErrors->pageLoaded(m_preview->shownVersion()); });
    connect(m_previewErrors, &PreviewErrorsBar::fixRequested, this, &SessionView::fixPreviewErrors);
    m_preview->setRedeployAction(actions->redeployAction());
    connect(manager->store(), &SessionStore::sessionDeleted, m_preview, &PreviewPane::forgetSession);

    m_setPriceButton->setObjectName(QStringLiteral("sessionSetPriceButton"));
    m_setPriceButton->setAccessibleName(tr("Set the price of the session's model"));
    m_setPriceButton->hide();
    connect(m_setPriceButton, &QPushButton::clicked, this, [this] { emit priceRequested(m_unpricedModel); });

    connect(m_pointing, &ElementPointing::errorOccurred, this, &SessionView::reportError);
    connect(m_followUp, &FollowUpBar::sendRequested, this, &SessionView::sendFollowUp);
    connect(m_followUp, &FollowUpBar::refused, this, &SessionView::reportError);
    connect(manager, &SessionManager::runnerStarted, this, [this](SessionRunner *runner) {
        if (runner && runner->sessionId() == m_sessionId)
            follow(runner);
    });
    // A kept private app's token, read from the keychain after a restart.
    connect(manager, &SessionManager::previewHeadersChanged, this, [this](const QString &sessionId) {
        if (sessionId == m_sessionId) {
            refresh();
            m_scriptApproval->refresh();
        }
    });

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_badge);
    statusRow->addWidget(m_details);
    statusRow->addWidget(m_cost);
    statusRow->addWidget(m_setPriceButton);
    statusRow->addWidget(m_url, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_stopButton);
    buttons->addWidget(m_redeployButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(makeButton(actions->deleteAction(), QStringLiteral("deleteButton"), tr("Delete")));
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(statusRow);
    layout->addWidget(m_errorArea);
    layout->addWidget(m_scriptApproval);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_previewErrors);
    layout->addWidget(m_followUp);
    layout->addWidget(m_controls);

    connect(actions->watcher(), &SessionWatcher::sessionChanged, this, [this](const QString &sessionId) {
        if (sessionId == m_sessionId)
            refresh();
    });
    refresh();
}

SessionView::~SessionView() = default;

void SessionView::setSessionId(const QString &sessionId)
{
    // Before the parts read the session: the watcher brings what comes after.
    m_actions->watcher()->setSessionId(sessionId);
    m_sessionId = sessionId;
    m_stepper->setSessionId(sessionId);
    m_timeline->setSessionId(sessionId);
    m_log->setSessionId(sessionId);
    m_code->setSessionId(sessionId);
    m_controls->setSessionId(sessionId);
    m_environment->setSessionId(sessionId);
    m_pointing->setSessionId(sessionId);
    m_scriptApproval->setSessionId(sessionId);
    m_followUp->clear();
    m_followUpTypable = false;
    m_wasReady.reset();
    follow(sessionId.isEmpty() ? nullptr : m_manager->runner(sessionId));
    refresh();
}

void SessionView::showPreview()
{
    m_tabs->setCurrentWidget(m_preview);
}

void SessionView::reloadPreview()
{
    m_preview->reload();
}

void SessionView::refresh()
{
    const std::optional<Session> session = m_sessionId.isEmpty()
        ? std::nullopt
        : m_manager->store()->session(m_sessionId);
    if (!session) {
        m_live = false;
        updateHold();
        m_title->setText(m_sessionId.isEmpty() ? QString() : tr("This session is no longer in the history."));
        m_badge->hide();
        m_details->clear();
        m_url->clear();
        m_errorArea->hide();
        m_preview->setUpdating(false);
        m_preview->setTarget({}, {});
        m_cost->clearCost();
        m_setPriceButton->hide();
        m_followUpPossible = false;
        m_followUpTypable = false;
        m_followUp->hide();
        return;
    }

    m_title->setText(SessionText::title(*session));
    // Nothing was ever stored to deploy: no Redeploy (Try again is next to the error).
    m_redeployButton->setVisible(m_actions->hasApp());
    m_badge->setStatus(session->status);
    m_badge->show();
    m_details->setText(SessionText::details(*session));

    const bool ready = session->status == SessionStatus::Ready && session->appUrl.isValid();
    if (ready) {
        const QString address = session->appUrl.toDisplayString().toHtmlEscaped();
        m_url->setText(u"<a href=\"" + session->appUrl.toString(QUrl::FullyEncoded).toHtmlEscaped() + u"\">"
                       + address + u"</a>");
        m_url->setToolTip(tr("Open %1 in your web browser").arg(session->appUrl.toDisplayString()));
    } else {
        m_url->clear();
        m_url->setToolTip({});
    }

    // The stored error in the user's words; retrying is offered where it can help.
    if (session->error.isError()) {
        const QString message = SessionText::withoutId(session->error.message, *session);
        m_errorText->setText(session->status == SessionStatus::Failed ? tr("It failed: %1").arg(message) : message);
        const ErrorAdvice::Action action = ErrorAdvice::actionFor(session->error);
        // With no app stored, trying again is asking the model again (once the key is fixed).
        const bool tryAgain = m_actions->tryAgainAction()->isEnabled();
        if (QAction *retry = tryAgain ? m_actions->tryAgainAction() : m_actions->redeployAction();
            m_retryButton->defaultAction() != retry)
            m_retryButton->setDefaultAction(retry);
        m_retryButton->setVisible(session->error.retryable || tryAgain);
        m_editKeyButton->setVisible(action == ErrorAdvice::Action::EditKey);
        m_raiseLimitButton->setVisible(action == ErrorAdvice::Action::RaiseLimit);
        m_planToSet = ErrorAdvice::planToSet(session->error);
        if (m_planToSet) {
            const QString plan = planDisplayName(*m_planToSet);
            m_setPlanButton->setText(tr("Set the pl&an to %1").arg(plan));
            m_setPlanButton->setAccessibleName(tr("Set the plan to %1").arg(plan));
        }
        m_setPlanButton->setVisible(m_planToSet.has_value());
        m_errorArea->show();
    } else {
        m_errorText->clear();
        m_errorArea->hide();
    }

    // An app that ended will not appear by waiting: the pane says so, with
    // Redeploy under it when there is an app to run again.
    const bool canRedeploy = isTerminal(session->status) && m_actions->hasApp();
    m_preview->setPlaceholderText(!isTerminal(session->status) ? tr("The app appears here once it is ready.")
                                      : !m_actions->hasApp()
                                      ? tr("There is no app: the model did not write one (%1).")
                                            .arg(SessionText::status(session->status))
                                      : session->status == SessionStatus::Stopped ? tr("The app was stopped.")
                                      : session->status == SessionStatus::Expired ? tr("The app's sandbox expired.")
                                      : tr("The app is not running (%1).").arg(SessionText::status(session->status)),
                                  canRedeploy);
    // A follow-up: the page of the running version stays until the new one is ready.
    m_preview->setUpdating(!ready && !isTerminal(session->status));
    // A follow-up redeploys into the same sandbox at the same address: the
    // page shows the new version once it is ready.
    if (session->status == SessionStatus::Ready)
        m_preview->showVersion(latestVersion());
    m_preview->setTarget(session->id, ready ? session->appUrl : QUrl(),
                         ready ? m_manager->previewRequestHeaders(session->id) : PreviewPane::Headers());
    // The preview comes to the front when the app it shows becomes ready,
    // and goes to the back for a newly shown session with nothing to show
    // yet, whose timeline says more.
    if (ready && m_wasReady == false)
        showPreview();
    else if (!ready && !m_wasReady && m_tabs->currentWidget() == m_preview)
        m_tabs->setCurrentIndex(0);
    m_wasReady = ready;

    // What the session cost stays shown after it ends; a template costs
    // nothing on its own but its cloud sandbox.
    showCost();
    // Only generated apps have a model to ask for changes.
    const bool generated = !session->provider.isEmpty();
    m_followUp->setVisible(generated);
    m_followUpPossible = generated && session->status == SessionStatus::Ready && m_runner && !m_runner->hasEnded();
    m_previewErrors->setSession(m_sessionId);
    m_previewErrors->setFixPossible(m_followUpPossible);
    // While a change is being made the line stays enabled, so the keyboard
    // focus stays in it (a disabled line hands it on to another control, the
    // sidebar's search or a button, where the next keys went) and the next
    // change can be typed; Send waits.
    m_followUpTypable = generated && m_runner && !m_runner->hasEnded() && !isTerminal(session->status)
        && (m_followUpTypable || session->status == SessionStatus::Ready);
    updateFollowUpEnabled();
    m_live = !isTerminal(session->status);
    updateHold();
}

void SessionView::updateHold()
{
    // The page on screen is the app in use: the window holds the session
    // (any tab; a minimized window or another page is not looking at it).
    const QWidget *top = window();
    const bool shown = m_live && isVisible() && !(top && top->isMinimized());
    if (!shown) {
        delete m_hold.data();
        return;
    }
    if (m_hold && m_hold->sessionId() == m_sessionId)
        return;
    delete m_hold.data();
    m_hold = m_manager->hold(m_sessionId, this);
}

void SessionView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (QWidget *top = window(); top != this && top != m_watchedWindow) {
        if (m_watchedWindow)
            m_watchedWindow->removeEventFilter(this);
        m_watchedWindow = top;
        top->installEventFilter(this);
    }
    updateHold();
}

void SessionView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateHold();
}

bool SessionView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watchedWindow && event->type() == QEvent::WindowStateChange)
        updateHold();
    return QWidget::eventFilter(watched, event);
}

void SessionView::follow(SessionRunner *runner)
{
    if (runner == m_runner && runner)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_runnerConnections))
        disconnect(connection);
    m_runnerConnections.clear();
    m_runner = runner;
    m_code->follow(runner);
    m_cost->follow(runner);
    if (!runner)
        return;
    m_runnerConnections << connect(runner, &SessionRunner::costUpdated, this, [this] { showCost(); });
    m_runnerConnections << connect(runner, &SessionRunner::followUpFailed, this, [this](const SpawnError &error) {
        reportError(tr("The change could not be made: %1").arg(error.message));
    });
    m_runnerConnections << connect(runner, &SessionRunner::ended, this, [this] { refresh(); });
    showCost();
}

void SessionView::showCost()
{
    SessionStore *store = m_manager->store();
    const SessionCost cost = m_cost->showStored(*store, m_sessionId);
    m_unpricedModel = cost.unpricedModels.value(0);
    m_setPriceButton->setVisible(!cost.isPriced());
}

void SessionView::updateFollowUpEnabled()
{
    m_followUp->setState(m_followUpPossible, m_followUpTypable);
}

void SessionView::sendFollowUp()
{
    const QString request = m_followUp->request();
    if (request.isEmpty() || !m_followUpPossible)
        return;
    FollowUp *change = askForChange(request, m_followUp->images());
    m_previewErrors->resetAutomaticCount();
    connect(change, &FollowUp::accepted, m_followUp, &FollowUpBar::clear);
}

FollowUp *SessionView::askForChange(const QString &request, const QList<PromptImage> &images)
{
    // A refusal is shown here; how a change taken ends, the runner says
    // (followUpFailed, the timeline) for every change, whoever asked it.
    FollowUp *change = m_manager->followUp(m_sessionId, request, images, this);
    connect(change, &AsyncOperation::finished, this, [this, change] {
        change->deleteLater();
        if (change->wasRefused())
            reportError(change->error().message);
    });
    return change;
}

void SessionView::setFixPreviewErrorsAutomatically(bool automatic)
{
    m_previewErrors->setAutomatic(automatic);
}

int SessionView::latestVersion() const
{
    const QList<AppVersion> versions =
        m_sessionId.isEmpty() ? QList<AppVersion>() : m_manager->store()->appVersions(m_sessionId);
    return versions.isEmpty() ? 0 : versions.constLast().version;
}

void SessionView::fixPreviewErrors(const QList<PreviewProblem> &problems, bool automatic)
{
    if (!m_followUpPossible)
        return;
    const std::optional<AppVersion> version = m_manager->store()->latestAppVersion(m_sessionId);
    const QString request = PreviewFixRequest::compose(problems, version ? version->files : QList<AppFile>(),
                                                       SessionLog::tail(m_sessionId, 16 * 1024));
    m_manager->appendToLog(m_sessionId, (automatic ? tr("[preview] asking the model to fix %n error(s) by itself",
                                                        nullptr, int(problems.size()))
                                                   : tr("[preview] asking the model to fix %n error(s)", nullptr,
                                                        int(problems.size())))
                                               .toUtf8()
                                            + '\n');
    askForChange(request);
}

void SessionView::reportError(const QString &message)
{
    const std::optional<Session> session = m_sessionId.isEmpty() ? std::nullopt : m_manager->store()->session(m_sessionId);
    emit errorOccurred(session ? SessionText::withoutId(message, *session) : message);
}

bool SessionView::focusFollowUp()
{
    return m_followUp->isVisibleTo(this) && m_followUp->focusLine();
}

QToolButton *SessionView::makeButton(QAction *action, const QString &objectName, const QString &accessibleName)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAccessibleName(accessibleName);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}
