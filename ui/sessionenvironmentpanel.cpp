// SPDX-License-Identifier: MIT
#include "sessionenvironmentpanel.h"

#include "secrets/appenvironment.h"
#include "secrets/appenvironmentwrite.h"
#include "store/sessionstore.h"
#include "workflow/sessionmanager.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
// Never the value's length either.
const QString Masked = QStringLiteral("••••••••");
} // namespace

SessionEnvironmentPanel::SessionEnvironmentPanel(SessionManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_value(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("sessionEnvironmentPanel"));
    auto *intro = new QLabel(tr("Variables the app's process gets, such as an API key it calls. The values stay in "
                                "the system keychain; the model that writes the app sees only the names. Changes "
                                "apply at the next start or redeploy."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("environmentList"));
    m_list->setAccessibleName(tr("Environment variables"));
    m_name->setObjectName(QStringLiteral("environmentName"));
    m_name->setPlaceholderText(tr("NAME"));
    m_name->setAccessibleName(tr("Variable name"));
    m_value->setObjectName(QStringLiteral("environmentValue"));
    m_value->setEchoMode(QLineEdit::Password);
    m_value->setPlaceholderText(tr("Value"));
    m_value->setAccessibleName(tr("Variable value"));
    m_add->setObjectName(QStringLiteral("environmentAdd"));
    m_add->setAccessibleName(tr("Add the variable"));
    m_remove->setObjectName(QStringLiteral("environmentRemove"));
    m_remove->setAccessibleName(tr("Remove the chosen variable"));
    m_status->setObjectName(QStringLiteral("environmentStatus"));
    m_status->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_name, 1);
    row->addWidget(m_value, 2);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &SessionEnvironmentPanel::add);
    connect(m_value, &QLineEdit::returnPressed, this, &SessionEnvironmentPanel::add);
    connect(m_remove, &QPushButton::clicked, this, &SessionEnvironmentPanel::removeSelected);
    connect(m_name, &QLineEdit::textChanged, this, &SessionEnvironmentPanel::updateButtons);
    connect(m_value, &QLineEdit::textChanged, this, &SessionEnvironmentPanel::updateButtons);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &SessionEnvironmentPanel::updateButtons);
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
    m_value->clear();
    m_status->clear();
    refresh();
}

void SessionEnvironmentPanel::refresh()
{
    const std::optional<Session> session =
        m_manager && !m_sessionId.isEmpty() ? m_manager->store()->session(m_sessionId) : std::nullopt;
    m_names = session ? session->environmentNames : QStringList();
    const QString selected = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_list->clear();
    for (const QString &name : std::as_const(m_names)) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 = %2").arg(name, Masked), m_list);
        item->setData(Qt::UserRole, name);
        if (name == selected)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

void SessionEnvironmentPanel::updateButtons()
{
    const bool usable = !m_sessionId.isEmpty() && !m_pending && m_manager && m_manager->secretStore();
    m_add->setEnabled(usable && !m_name->text().trimmed().isEmpty() && !m_value->text().isEmpty());
    m_remove->setEnabled(usable && m_list->currentItem() != nullptr);
    m_name->setEnabled(usable);
    m_value->setEnabled(usable);
    if (m_manager && !m_manager->secretStore())
        m_status->setText(tr("The system keychain cannot be reached here, so no values can be kept."));
}

void SessionEnvironmentPanel::add()
{
    const QString name = m_name->text().trimmed();
    const QString value = m_value->text();
    if (const SpawnError refused = AppEnvironment::check({{name, value}}); refused.isError()) {
        m_status->setText(refused.message);
        return;
    }
    if (!m_names.contains(name) && m_names.size() >= AppEnvironment::MaxVariables) {
        m_status->setText(tr("An app can have at most %1 environment variables").arg(AppEnvironment::MaxVariables));
        return;
    }
    apply(name, value, true);
}

void SessionEnvironmentPanel::removeSelected()
{
    if (QListWidgetItem *item = m_list->currentItem())
        apply(item->data(Qt::UserRole).toString(), {}, false);
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
    m_status->setText(tr("Saving…"));
    updateButtons();
    connect(write, &AsyncOperation::finished, this, [this, write, name, adding, sessionId] {
        write->deleteLater();
        m_pending = nullptr;
        if (!write->succeeded()) {
            m_status->setText(write->error().message);
            updateButtons();
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
            m_status->setText(error.message);
        } else {
            m_status->setText(adding ? tr("%1 is saved; it applies at the next start or redeploy.").arg(name)
                                     : tr("%1 is removed; this applies at the next start or redeploy.").arg(name));
            if (adding && sessionId == m_sessionId) {
                m_name->clear();
                m_value->clear();
            }
        }
        refresh();
    });
    write->start();
}
