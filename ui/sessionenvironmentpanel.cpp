// SPDX-License-Identifier: MIT
#include "sessionenvironmentpanel.h"

#include "secrets/appenvironment.h"
#include "secrets/appenvironmentwrite.h"
#include "store/sessionstore.h"
#include "workflow/sessionmanager.h"

#include "environmenteditor.h"

#include <QLabel>
#include <QVBoxLayout>

SessionEnvironmentPanel::SessionEnvironmentPanel(SessionManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_editor(new EnvironmentEditor(this))
{
    setObjectName(QStringLiteral("sessionEnvironmentPanel"));
    auto *intro = new QLabel(tr("Variables the app's process gets, such as an API key it calls. The values stay in "
                                "the system keychain; the model that writes the app sees only the names. Changes "
                                "apply at the next start or redeploy."),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);

    connect(m_editor, &EnvironmentEditor::addRequested, this, &SessionEnvironmentPanel::add);
    connect(m_editor, &EnvironmentEditor::removeRequested, this,
            [this](const QString &name) { apply(name, {}, false); });
    if (m_manager) {
        connect(m_manager->store(), &SessionStore::sessionChanged, this, [this](const QString &id) {
            if (id == m_sessionId)
                refresh();
        });
    }
    refresh();
}

SessionEnvironmentPanel::~SessionEnvironmentPanel() = default;

void SessionEnvironmentPanel::setSessionId(const QString &sessionId)
{
    if (sessionId == m_sessionId)
        return;
    m_sessionId = sessionId;
    m_editor->clearFields();
    m_editor->setStatus({});
    refresh();
}

void SessionEnvironmentPanel::refresh()
{
    const std::optional<Session> session =
        m_manager && !m_sessionId.isEmpty() ? m_manager->store()->session(m_sessionId) : std::nullopt;
    m_names = session ? session->environmentNames : QStringList();
    m_editor->setNames(m_names);
    updateEditable();
}

void SessionEnvironmentPanel::updateEditable()
{
    const bool keychain = m_manager && m_manager->secretStore();
    m_editor->setEditable(!m_sessionId.isEmpty() && !m_pending && keychain);
    if (m_manager && !keychain)
        m_editor->setStatus(tr("The system keychain cannot be reached here, so no values can be kept."));
}

void SessionEnvironmentPanel::add(const QString &name, const QString &value)
{
    if (const SpawnError refused = AppEnvironment::check({{name, value}}); refused.isError()) {
        m_editor->setStatus(refused.message);
        return;
    }
    if (!m_names.contains(name) && m_names.size() >= AppEnvironment::MaxVariables) {
        m_editor->setStatus(tr("An app can have at most %1 environment variables").arg(AppEnvironment::MaxVariables));
        return;
    }
    apply(name, value, true);
}

void SessionEnvironmentPanel::apply(const QString &name, const QString &value, bool adding)
{
    if (m_pending || !m_manager)
        return;
    const QString sessionId = m_sessionId;
    auto *write = new AppEnvironmentWrite(m_manager->secretStore(), sessionId,
                                          adding ? AppEnvironment::Values{{name, value}} : AppEnvironment::Values(),
                                          adding ? QStringList() : QStringList{name}, this);
    m_pending = write;
    m_editor->setStatus(tr("Saving…"));
    updateEditable();
    connect(write, &AsyncOperation::finished, this, [this, write, name, adding, sessionId] {
        write->deleteLater();
        m_pending = nullptr;
        if (!write->succeeded()) {
            m_editor->setStatus(write->error().message);
            updateEditable();
            return;
        }
        if (!m_manager)
            return;
        const std::optional<Session> session = m_manager->store()->session(sessionId);
        QStringList names = session ? session->environmentNames : QStringList();
        names.removeAll(name);
        if (adding)
            names << name;
        if (const SpawnError error = m_manager->store()->setEnvironmentNames(sessionId, names); error.isError()) {
            m_editor->setStatus(error.message);
        } else {
            m_editor->setStatus(adding ? tr("%1 is saved; it applies at the next start or redeploy.").arg(name)
                                     : tr("%1 is removed; this applies at the next start or redeploy.").arg(name));
            if (adding && sessionId == m_sessionId)
                m_editor->clearFields();
        }
        refresh();
    });
    write->start();
}
