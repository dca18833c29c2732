// SPDX-License-Identifier: MIT
#include "appenvironmentdialog.h"

#include "environmenteditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

AppEnvironmentDialog::AppEnvironmentDialog(const AppEnvironment::Values &values, QWidget *parent)
    : QDialog(parent)
    , m_values(values)
    , m_editor(new EnvironmentEditor(this))
{
    setObjectName(QStringLiteral("appEnvironmentDialog"));
    setWindowTitle(tr("App Environment"));
    auto *intro = new QLabel(tr("Variables the new app's process gets, such as an API key it calls. The values go "
                                "to the system keychain; the model that writes the app is told only the names."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);

    connect(m_editor, &EnvironmentEditor::addRequested, this, &AppEnvironmentDialog::add);
    connect(m_editor, &EnvironmentEditor::removeRequested, this, [this](const QString &name) {
        m_values.remove(name);
        m_editor->setNames(m_values.keys());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_editor->setNames(m_values.keys());
}

AppEnvironmentDialog::~AppEnvironmentDialog() = default;

void AppEnvironmentDialog::add(const QString &name, const QString &value)
{
    AppEnvironment::Values next = m_values;
    next.insert(name, value);
    if (const SpawnError refused = AppEnvironment::check(next); refused.isError()) {
        m_editor->setStatus(refused.message);
        return;
    }
    m_values = next;
    m_editor->setStatus({});
    m_editor->clearFields();
    m_editor->focusName();
    m_editor->setNames(m_values.keys());
}
