// SPDX-License-Identifier: MIT
#include "apikeysdialog.h"

#include "secrets/secretstore.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ApiKeysDialog::ApiKeysDialog(SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("apiKeysDialog"));
    setWindowTitle(tr("API keys"));
    setModal(false);

    auto *intro = new QLabel(tr("Keys are kept in your system keychain, never in SpawnAI's files."), this);
    intro->setObjectName(QStringLiteral("apiKeysIntro"));
    intro->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    auto *grid = new QGridLayout;
    layout->addLayout(grid);

    addRow(QString::fromLatin1(SecretNames::Anthropic), tr("Claude"), QStringLiteral("anthropic"),
           tr("Needed for Claude to write apps."));
    addRow(QString::fromLatin1(SecretNames::OpenAi), tr("OpenAI-compatible server"), QStringLiteral("openai"),
           tr("Optional: local servers such as Ollama need none."));
    addRow(QString::fromLatin1(SecretNames::E2b), tr("E2B"), QStringLiteral("e2b"),
           tr("Stored for cloud sandboxes; not used yet."));

    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        auto *label = new QLabel(row.title + u':', this);
        label->setBuddy(row.edit);
        grid->addWidget(label, i * 2, 0);
        grid->addWidget(row.edit, i * 2, 1);
        grid->addWidget(row.save, i * 2, 2);
        grid->addWidget(row.remove, i * 2, 3);
        grid->addWidget(row.status, i * 2 + 1, 1, 1, 3);
    }
    grid->setColumnStretch(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("apiKeysButtons"));
    if (QPushButton *close = buttons->button(QDialogButtonBox::Close)) {
        close->setObjectName(QStringLiteral("apiKeysCloseButton"));
        close->setAccessibleName(tr("Close"));
        close->setAutoDefault(false);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    reload();
}

ApiKeysDialog::~ApiKeysDialog() = default;

void ApiKeysDialog::addRow(const QString &name, const QString &title, const QString &objectStem, const QString &note)
{
    Row row;
    row.name = name;
    row.title = title;
    row.edit = new QLineEdit(this);
    row.edit->setObjectName(objectStem + u"KeyEdit");
    row.edit->setAccessibleName(tr("%1 API key").arg(title));
    row.edit->setEchoMode(QLineEdit::Password);
    row.edit->setPlaceholderText(tr("not set"));
    row.save = new QPushButton(tr("Save"), this);
    row.save->setObjectName(objectStem + u"KeySave");
    row.save->setAccessibleName(tr("Save the %1 key").arg(title));
    row.save->setAutoDefault(false);
    row.remove = new QPushButton(tr("Remove"), this);
    row.remove->setObjectName(objectStem + u"KeyRemove");
    row.remove->setAccessibleName(tr("Remove the %1 key").arg(title));
    row.remove->setAutoDefault(false);
    row.status = new QLabel(note, this);
    row.status->setObjectName(objectStem + u"KeyStatus");
    row.status->setAccessibleName(tr("%1 key status").arg(title));
    row.status->setWordWrap(true);
    row.status->setTextFormat(Qt::PlainText);
    const int index = int(m_rows.size());
    m_rows.append(row);
    connect(row.save, &QPushButton::clicked, this, [this, index] { save(index); });
    connect(row.remove, &QPushButton::clicked, this, [this, index] { remove(index); });
    connect(row.edit, &QLineEdit::returnPressed, this, [this, index] { save(index); });
}

void ApiKeysDialog::reload()
{
    for (int i = 0; i < m_rows.size(); ++i)
        read(i);
}

void ApiKeysDialog::setRowBusy(int index, bool busy)
{
    const Row &row = m_rows.at(index);
    row.save->setEnabled(!busy && m_secrets);
    row.remove->setEnabled(!busy && m_secrets);
}

void ApiKeysDialog::read(int index)
{
    if (!m_secrets) {
        m_rows.at(index).status->setText(tr("There is no keychain to keep keys in."));
        setRowBusy(index, true);
        return;
    }
    setRowBusy(index, true);
    SecretReading *reading = m_secrets->read(m_rows.at(index).name);
    connect(reading, &AsyncOperation::finished, this, [this, reading, index] {
        reading->deleteLater();
        setRowBusy(index, false);
        const Row &row = m_rows.at(index);
        if (!reading->succeeded()) {
            row.status->setText(tr("The keychain could not be read: %1").arg(reading->error().message));
            return;
        }
        row.edit->setText(reading->value());
        row.status->setText(reading->found() ? tr("A key is saved.") : tr("No key is saved."));
    });
}

void ApiKeysDialog::save(int index)
{
    const Row &row = m_rows.at(index);
    const QString value = row.edit->text().trimmed();
    if (!m_secrets)
        return;
    if (value.isEmpty()) {
        row.status->setText(tr("Type or paste a key first, or use Remove."));
        return;
    }
    setRowBusy(index, true);
    row.status->setText(tr("Saving…"));
    PendingOperation *operation = m_secrets->write(row.name, value);
    connect(operation, &AsyncOperation::finished, this, [this, operation, index] {
        operation->deleteLater();
        setRowBusy(index, false);
        const Row &row = m_rows.at(index);
        if (!operation->succeeded()) {
            row.status->setText(tr("The keychain could not save the key: %1").arg(operation->error().message));
            return;
        }
        row.status->setText(tr("Saved to the keychain."));
        emit keyChanged(row.name);
    });
}

void ApiKeysDialog::remove(int index)
{
    if (!m_secrets)
        return;
    const Row &row = m_rows.at(index);
    setRowBusy(index, true);
    row.status->setText(tr("Removing…"));
    PendingOperation *operation = m_secrets->remove(row.name);
    connect(operation, &AsyncOperation::finished, this, [this, operation, index] {
        operation->deleteLater();
        setRowBusy(index, false);
        const Row &row = m_rows.at(index);
        if (!operation->succeeded()) {
            row.status->setText(tr("The keychain could not remove the key: %1").arg(operation->error().message));
            return;
        }
        row.edit->clear();
        row.status->setText(tr("Removed."));
        emit keyChanged(row.name);
    });
}
