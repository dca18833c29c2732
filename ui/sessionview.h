// SPDX-License-Identifier: MIT
#pragma once

#include "common/promptimage.h"
#include "generation/previewfixrequest.h"
#include "session/plan.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class ElementPointing;
class FollowUp;
class FollowUpBar;
class PreviewErrorsBar;
class ScriptApprovalBar;
class PreviewPane;
class QLabel;
class QPushButton;
class QTabWidget;
class QToolButton;
class SessionActions;
class SessionCodeView;
class SessionControls;
class SessionCostLabel;
class SessionEnvironmentPanel;
class SessionHold;
class SessionLogPane;
class SessionManager;
class SessionRunner;
class SessionStepper;
class SessionTimeline;
class StatusBadge;

// The main area for one session: its title, status, URL and what to do
// about it (Stop, Redeploy, Open in browser), the stored error in plain
// words with the action that helps, the model's cost so far, and tabs: the
// timeline (a stepper over the journal), the log, a live preview and the
// code. Under the tabs, a ready generated app takes a follow-up (with the
// element pointed at in the preview, ElementPointing), and
// SessionControls offers the versions, export, and the time left. While
// its page is on screen (not another page, not minimized or in the tray),
// it holds the session it shows, so that the sandbox is extended by itself
// before its end (SessionManager::hold()).
class SessionView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionView)

public:
    SessionView(SessionManager *manager, SessionActions *actions, QWidget *parent = nullptr);
    ~SessionView() override;
    // "Fix preview errors automatically" (Settings > Defaults).
    void setFixPreviewErrorsAutomatically(bool automatic);
    PreviewErrorsBar *previewErrors() const { return m_previewErrors; }

    void setSessionId(const QString &sessionId);
    const QString &sessionId() const { return m_sessionId; }

    void showPreview();
    void reloadPreview();
    PreviewPane *preview() const { return m_preview; }
    SessionCodeView *code() const { return m_code; }
    SessionControls *controls() const { return m_controls; }
    SessionStepper *stepper() const { return m_stepper; }
    SessionLogPane *logPane() const { return m_log; }
    SessionEnvironmentPanel *environment() const { return m_environment; }

    // Sends the follow-up line to the model (what Send does).
    void sendFollowUp();
    void fixPreviewErrors(const QList<PreviewProblem> &problems, bool automatic);
    // Starts a follow-up, with pictures; a refusal goes to the message bar.
    FollowUp *askForChange(const QString &request, const QList<PromptImage> &images = {});
    // The newest stored version: what the preview shows once it is deployed.
    int latestVersion() const;
    // Puts the cursor in the follow-up line; false when the session takes
    // no follow-up (a template, a run that ended).
    bool focusFollowUp();

signals:
    // Something the user should read in the message bar.
    void errorOccurred(const QString &message);
    // The buttons next to a stored error: the key was refused, or a limit
    // (the plan's, the budget's, the sandbox's) was reached.
    void editKeyRequested();
    void raiseLimitRequested();
    // The E2B account allows less than the plan chosen (E2bErrors::accountAllows):
    // the button next to it, or the message of a failed extension, sets `plan`.
    void planRequested(Plan plan);
    void planMismatch(const QString &message, Plan plan);
    // "Set price…" next to the cost: a model of the session has no price.
    void priceRequested(const QString &model);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    // Takes or drops the hold on the shown session as it is on screen or not.
    void updateHold();
    void follow(SessionRunner *runner);
    // The session's cost from the store: models and sandboxes, what the
    // prompt cache saved, and requests whose price is unknown.
    void showCost();
    void updateFollowUpEnabled();
    // errorOccurred(), naming the session by its title, never by its id.
    void reportError(const QString &message);
    QToolButton *makeButton(QAction *action, const QString &objectName, const QString &accessibleName);

    SessionManager *m_manager;
    SessionActions *m_actions;
    QString m_sessionId;
    QLabel *m_title;
    StatusBadge *m_badge;
    QLabel *m_details;
    QLabel *m_url;
    QWidget *m_errorArea;
    QLabel *m_errorText;
    QToolButton *m_retryButton;
    QToolButton *m_stopButton;
    QToolButton *m_redeployButton;
    QToolButton *m_openButton;
    QPushButton *m_editKeyButton;
    QPushButton *m_raiseLimitButton;
    QPushButton *m_setPlanButton;
    std::optional<Plan> m_planToSet;
    QTabWidget *m_tabs;
    SessionStepper *m_stepper;
    SessionTimeline *m_timeline;
    SessionLogPane *m_log;
    SessionEnvironmentPanel *m_environment;
    PreviewPane *m_preview;
    PreviewErrorsBar *m_previewErrors;
    ScriptApprovalBar *m_scriptApproval;
    SessionCodeView *m_code;
    SessionControls *m_controls;
    SessionCostLabel *m_cost;
    QPushButton *m_setPriceButton;
    QString m_unpricedModel;
    FollowUpBar *m_followUp;
    ElementPointing *m_pointing;
    QPointer<SessionRunner> m_runner;
    QList<QMetaObject::Connection> m_runnerConnections;
    bool m_followUpPossible = false;
    bool m_followUpTypable = false;  // the run goes on: the next change can be typed
    bool m_live = false;  // the shown session has not ended
    QPointer<SessionHold> m_hold;
    QPointer<QWidget> m_watchedWindow;
    // Whether the shown session was ready at the last refresh, unknown
    // right after another session is shown: it becoming ready while
    // watched brings its preview to the front.
    std::optional<bool> m_wasReady;
};
