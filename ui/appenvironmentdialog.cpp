// SPDX-License-Identifier: MIT
#include "appenvironmentdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

AppEnvironmentDialog::AppEnvironmentDialog(const AppEnvironment::Values &values, QWidget *parent)
    : QDialog(parent)
    , m_values(values)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_value(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("appEnvironmentDialog"));
    setWindowTitle(tr("App Environment"));
    auto *intro = new QLabel(tr("Variables the new app's process gets, such as an API key it calls. The values go "
                                "to the system keychain; the model that writes the app is told only the names."),
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
    m_status->setObjectName(QStringLiteral("environmentStatus"));
    m_status->setWordWrap(true);
    auto *addButton = new QPushButton(tr("&Add"), this);
    addButton->setObjectName(QStringLiteral("environmentAdd"));
    addButton->setAccessibleName(tr("Add the variable"));
    addButton->setAutoDefault(false);
    auto *removeButton = new QPushButton(tr("&Remove"), this);
    removeButton->setObjectName(QStringLiteral("environmentRemove"));
    removeButton->setAccessibleName(tr("Remove the chosen variable"));
    removeButton->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *row = new QHBoxLayout;
    row->addWidget(m_name, 1);
    row->addWidget(m_value, 2);
    row->addWidget(addButton);
    row->addWidget(removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(addButton, &QPushButton::clicked, this, &AppEnvironmentDialog::add);
    connect(m_value, &QLineEdit::returnPressed, this, &AppEnvironmentDialog::add);
    connect(removeButton, &QPushButton::clicked, this, &AppEnvironmentDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

AppEnvironmentDialog::~AppEnvironmentDialog() = default;

void AppEnvironmentDialog::add()
{
    AppEnvironment::Values next = m_values;
    next.insert(m_name->text().trimmed(), m_value->text());
    if (const SpawnError refused = AppEnvironment::check(next); refused.isError()) {
        m_status->setText(refused.message);
        return;
    }
    m_values = next;
    m_name->clear();
    m_value->clear();
    m_status->clear();
    m_name->setFocus();
    refresh();
}

void AppEnvironmentDialog::removeSelected()
{
    if (QListWidgetItem *item = m_list->currentItem()) {
        m_values.remove(item->data(Qt::UserRole).toString());
        refresh();
    }
}

void AppEnvironmentDialog::refresh()
{
    m_list->clear();
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 = ••••••••").arg(it.key()), m_list);
        item->setData(Qt::UserRole, it.key());
    }
}
