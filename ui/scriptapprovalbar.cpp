// SPDX-License-Identifier: MIT
#include "scriptapprovalbar.h"

#include "deploy/manifest.h"
#include "store/sessionstore.h"
#include "workflow/approvalredeploy.h"
#include "workflow/scriptapproval.h"
#include "workflow/sessionmanager.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>

namespace {
Q_LOGGING_CATEGORY(lc, "spawnai.ui.scriptapprovalbar")
} // namespace

ScriptApprovalBar::ScriptApprovalBar(SessionManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_text(new QLabel(this))
    , m_allowButton(new QPushButton(tr("&Allow and redeploy"), this))
    , m_notNowButton(new QPushButton(tr("Not &now"), this))
{
    setObjectName(QStringLiteral("scriptApprovalBar"));
    m_text->setObjectName(QStringLiteral("scriptApprovalText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_allowButton->setObjectName(QStringLiteral("allowScriptsButton"));
    m_allowButton->setToolTip(tr("Runs these packages' install scripts in the sandbox from now on, for this session "
                                 "and its follow-ups"));
    m_allowButton->setAccessibleName(tr("Allow the install scripts and redeploy"));
    m_notNowButton->setObjectName(QStringLiteral("notNowScriptsButton"));
    m_notNowButton->setAccessibleName(tr("Not now: keep installing without these scripts"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_allowButton);
    layout->addWidget(m_notNowButton);
    connect(m_allowButton, &QPushButton::clicked, this, &ScriptApprovalBar::allow);
    connect(m_notNowButton, &QPushButton::clicked, this, [this] {
        m_notNow.insert(m_sessionId, m_pending);
        update();
    });
    update();
}

ScriptApprovalBar::~ScriptApprovalBar() = default;

void ScriptApprovalBar::setSessionId(const QString &sessionId)
{
    if (sessionId == m_sessionId)
        return;
    m_sessionId = sessionId;
    m_version = 0;
    m_asked.clear();
    refresh();
}

void ScriptApprovalBar::refresh()
{
    m_pending.clear();
    SessionStore *store = m_manager->store();
    const std::optional<Session> session = m_sessionId.isEmpty() ? std::nullopt : store->session(m_sessionId);
    if (!session) {
        update();
        return;
    }
    // The files are read only when there is a new version, not at every
    // change of the session (a cost, a status).
    const QList<AppVersion> versions = store->appVersions(m_sessionId);
    const int latest = versions.isEmpty() ? 0 : versions.constLast().version;
    if (latest != m_version) {
        m_version = latest;
        m_asked.clear();
        const std::optional<AppVersion> version = latest > 0 ? store->latestAppVersion(m_sessionId) : std::nullopt;
        if (const std::optional<Manifest> manifest
            = version ? Manifest::fromJson(version->manifestJson.toUtf8(), nullptr) : std::nullopt) {
            m_asked = manifest->scriptPackages();
        }
    }
    m_pending = ScriptApproval::pending(*session, m_asked);
    update();
}

void ScriptApprovalBar::allow()
{
    if (m_redeploy || m_pending.isEmpty())
        return;
    qCInfo(lc) << "the user approved the install scripts of" << m_pending << "for" << m_sessionId;
    auto *redeploy = new ApprovalRedeploy(m_manager, m_sessionId, m_pending, this);
    m_redeploy = redeploy;
    connect(redeploy, &AsyncOperation::finished, this, [this, redeploy] {
        redeploy->deleteLater();
        m_redeploy = nullptr;
        // The approval is stored either way; the session's own error (a
        // spent budget, the plan's limit) says why it did not start.
        if (!redeploy->succeeded())
            qCWarning(lc).noquote() << "could not redeploy" << m_sessionId << ":" << redeploy->error().message;
        refresh();
    });
    redeploy->start();
    refresh();
}

void ScriptApprovalBar::update()
{
    const bool dismissed = m_notNow.value(m_sessionId) == m_pending;
    setVisible(!m_pending.isEmpty() && !dismissed);
    m_text->setText(tr("This app asks to run the install scripts of: %1.").arg(m_pending.join(QLatin1String(", "))));
    m_allowButton->setEnabled(!m_redeploy);
}
