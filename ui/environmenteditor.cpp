// SPDX-License-Identifier: MIT
#include "environmenteditor.h"

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

EnvironmentEditor::EnvironmentEditor(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_value(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("environmentEditor"));
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
    m_add->setAutoDefault(false);  // Return in a dialog stays with the value's field
    m_remove->setObjectName(QStringLiteral("environmentRemove"));
    m_remove->setAccessibleName(tr("Remove the chosen variable"));
    m_remove->setAutoDefault(false);
    m_status->setObjectName(QStringLiteral("environmentStatus"));
    m_status->setWordWrap(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_name, 1);
    row->addWidget(m_value, 2);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    layout->addWidget(m_status);

    const auto requestAdd = [this] { emit addRequested(m_name->text().trimmed(), m_value->text()); };
    connect(m_add, &QPushButton::clicked, this, requestAdd);
    connect(m_value, &QLineEdit::returnPressed, this, requestAdd);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const QString name = chosenName(); !name.isEmpty())
            emit removeRequested(name);
    });
    connect(m_name, &QLineEdit::textChanged, this, &EnvironmentEditor::updateButtons);
    connect(m_value, &QLineEdit::textChanged, this, &EnvironmentEditor::updateButtons);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &EnvironmentEditor::updateButtons);
    updateButtons();
}

EnvironmentEditor::~EnvironmentEditor() = default;

void EnvironmentEditor::setNames(const QStringList &names)
{
    const QString chosen = chosenName();
    m_list->clear();
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 = %2").arg(name, Masked), m_list);
        item->setData(Qt::UserRole, name);
        if (name == chosen)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

void EnvironmentEditor::setStatus(const QString &text)
{
    m_status->setText(text);
}

void EnvironmentEditor::clearFields()
{
    m_name->clear();
    m_value->clear();
}

void EnvironmentEditor::focusName()
{
    m_name->setFocus(Qt::OtherFocusReason);
}

void EnvironmentEditor::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
}

QString EnvironmentEditor::chosenName() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

void EnvironmentEditor::updateButtons()
{
    m_add->setEnabled(m_editable && !m_name->text().trimmed().isEmpty() && !m_value->text().isEmpty());
    m_remove->setEnabled(m_editable && m_list->currentItem() != nullptr);
    m_name->setEnabled(m_editable);
    m_value->setEnabled(m_editable);
}
