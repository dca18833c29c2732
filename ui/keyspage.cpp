// SPDX-License-Identifier: MIT
#include "keyspage.h"

#include "connectioncheck.h"
#include "llm/modelclients.h"
#include "sandbox/e2b/e2bapikey.h"
#include "sandbox/e2b/e2bcontrolplane.h"
#include "secrets/secretstore.h"
#include "settings/appsettings.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
enum RowIndex
{
    AnthropicRow,
    OpenAiRow,
    E2bRow,
};
}

KeysPage::KeysPage(SecretStore *secrets, AppSettings *settings, ModelClients *clients, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_clients(clients)
{
    setObjectName(QStringLiteral("keysPage"));
    auto *intro = new QLabel(tr("Keys are kept in your system keychain, never in SpawnAI's files."), this);
    intro->setObjectName(QStringLiteral("apiKeysIntro"));
    intro->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(addRow(QString::fromLatin1(SecretNames::Anthropic), tr("Claude"), QStringLiteral("anthropic"),
                             tr("Needed for Claude to write apps.")));
    QWidget *openAi = addRow(QString::fromLatin1(SecretNames::OpenAi), tr("OpenAI-compatible server"),
                             QStringLiteral("openai"), tr("Optional: local servers such as Ollama need none."));
    m_baseUrl = new QLineEdit(m_settings->openAiBaseUrl().toString(), openAi);
    m_baseUrl->setObjectName(QStringLiteral("openaiBaseUrlEdit"));
    m_baseUrl->setAccessibleName(tr("OpenAI-compatible server address"));
    m_baseUrl->setPlaceholderText(QStringLiteral("http://localhost:11434/v1"));
    auto *urlLabel = new QLabel(tr("&Address:"), openAi);
    urlLabel->setBuddy(m_baseUrl);
    auto *grid = static_cast<QGridLayout *>(openAi->layout());
    grid->addWidget(urlLabel, 2, 0);
    grid->addWidget(m_baseUrl, 2, 1, 1, 4);
    connect(m_baseUrl, &QLineEdit::editingFinished, this, &KeysPage::saveBaseUrl);
    layout->addWidget(openAi);
    QWidget *e2b = addRow(QString::fromLatin1(SecretNames::E2b), tr("E2B"), QStringLiteral("e2b"),
                          tr("For cloud sandboxes."));
    addEnvironmentKeyNote(e2b);
    layout->addWidget(e2b);
    layout->addStretch(1);
    reload();
}

KeysPage::~KeysPage() = default;

QWidget *KeysPage::addRow(const QString &name, const QString &title, const QString &objectStem, const QString &note)
{
    auto *box = new QGroupBox(title, this);
    box->setObjectName(objectStem + u"KeyGroup");
    Row row;
    row.name = name;
    row.title = title;
    row.edit = new QLineEdit(box);
    row.edit->setObjectName(objectStem + u"KeyEdit");
    row.edit->setAccessibleName(tr("%1 API key").arg(title));
    row.edit->setEchoMode(QLineEdit::Password);
    row.edit->setPlaceholderText(tr("not set"));
    row.save = new QPushButton(tr("Save"), box);
    row.save->setObjectName(objectStem + u"KeySave");
    row.save->setAccessibleName(tr("Save the %1 key").arg(title));
    row.remove = new QPushButton(tr("Remove"), box);
    row.remove->setObjectName(objectStem + u"KeyRemove");
    row.remove->setAccessibleName(tr("Remove the %1 key").arg(title));
    row.test = new QPushButton(tr("Test connection"), box);
    row.test->setObjectName(objectStem + u"Test");
    row.test->setAccessibleName(tr("Test the connection to %1").arg(title));
    for (QPushButton *button : {row.save, row.remove, row.test})
        button->setAutoDefault(false);
    row.status = new QLabel(note, box);
    row.status->setObjectName(objectStem + u"KeyStatus");
    row.status->setAccessibleName(tr("%1 key status").arg(title));
    row.status->setWordWrap(true);
    row.status->setTextFormat(Qt::PlainText);

    auto *label = new QLabel(tr("&Key:"), box);
    label->setBuddy(row.edit);
    auto *grid = new QGridLayout(box);
    grid->addWidget(label, 0, 0);
    grid->addWidget(row.edit, 0, 1);
    grid->addWidget(row.save, 0, 2);
    grid->addWidget(row.remove, 0, 3);
    grid->addWidget(row.test, 0, 4);
    grid->addWidget(row.status, 1, 1, 1, 4);
    grid->setColumnStretch(1, 1);

    const int index = int(m_rows.size());
    m_rows.append(row);
    connect(row.save, &QPushButton::clicked, this, [this, index] { save(index); });
    connect(row.remove, &QPushButton::clicked, this, [this, index] { remove(index); });
    connect(row.test, &QPushButton::clicked, this, [this, index] { test(index); });
    connect(row.edit, &QLineEdit::returnPressed, this, [this, index] { save(index); });
    // Every change is saved as it is made (docs/gui.md): leaving the field saves what was typed.
    connect(row.edit, &QLineEdit::editingFinished, this, [this, index] { saveIfChanged(index); });
    return box;
}

void KeysPage::addEnvironmentKeyNote(QWidget *e2bBox)
{
    // The window and the command line both take E2B_API_KEY first; without
    // this line a key saved here would look used while it is not.
    const QString environmentKey = qEnvironmentVariable("E2B_API_KEY").trimmed();
    if (environmentKey.isEmpty())
        return;
    auto *note = new QLabel(tr("E2B_API_KEY is set in SpawnAI's environment (%1): that key is in use. A key saved "
                               "here is used only when E2B_API_KEY is not set.")
                                .arg(E2bApiKey::masked(environmentKey)),
                            e2bBox);
    note->setObjectName(QStringLiteral("e2bEnvironmentKey"));
    note->setAccessibleName(tr("E2B key from the environment"));
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    static_cast<QGridLayout *>(e2bBox->layout())->addWidget(note, 2, 1, 1, 4);
}

void KeysPage::reload()
{
    m_baseUrl->setText(m_settings->openAiBaseUrl().toString());
    for (int i = 0; i < m_rows.size(); ++i)
        read(i);
}

void KeysPage::setRowBusy(int index, bool busy)
{
    const Row &row = m_rows.at(index);
    row.save->setEnabled(!busy && m_secrets);
    row.remove->setEnabled(!busy && m_secrets);
}

void KeysPage::read(int index)
{
    if (!m_secrets) {
        m_rows.at(index).status->setText(tr("There is no keychain to keep keys in."));
        setRowBusy(index, true);
        return;
    }
    setRowBusy(index, true);
    m_rows[index].reading = true;
    SecretReading *reading = m_secrets->read(m_rows.at(index).name);
    connect(reading, &AsyncOperation::finished, this, [this, reading, index] {
        reading->deleteLater();
        setRowBusy(index, false);
        Row &row = m_rows[index];
        row.reading = false;
        if (!reading->succeeded()) {
            row.status->setText(tr("The keychain could not be read: %1").arg(reading->error().message));
            return;
        }
        row.stored = reading->value();
        row.edit->setText(reading->value());
        row.status->setText(reading->found() ? tr("A key is saved.") : tr("No key is saved."));
    });
}

void KeysPage::save(int index)
{
    const Row &row = m_rows.at(index);
    const QString value = row.edit->text().trimmed();
    if (!m_secrets)
        return;
    if (value.isEmpty()) {
        row.status->setText(tr("Type or paste a key first, or use Remove."));
        return;
    }
    // The rule Test and every request to E2B follow (E2bApiKey).
    if (index == E2bRow) {
        if (const QString problem = E2bApiKey::problem(value); !problem.isEmpty()) {
            row.status->setText(problem);
            return;
        }
    }
    setRowBusy(index, true);
    if (value != row.testedKey)
        row.status->setText(tr("Saving…"));
    PendingOperation *operation = m_secrets->write(row.name, value);
    connect(operation, &AsyncOperation::finished, this, [this, operation, index, value] {
        operation->deleteLater();
        setRowBusy(index, false);
        Row &row = m_rows[index];
        if (!operation->succeeded()) {
            row.status->setText(tr("The keychain could not save the key: %1").arg(operation->error().message));
            return;
        }
        row.stored = value;
        row.status->setText(savedText(row));
        emit keyChanged(row.name);
    });
}

QString KeysPage::savedText(const Row &row) const
{
    return !row.testResult.isEmpty() && row.stored == row.testedKey
        ? tr("%1 Saved to the keychain.").arg(row.testResult)
        : tr("Saved to the keychain.");
}

void KeysPage::tested(int index, const QString &key, const QString &result)
{
    Row &row = m_rows[index];
    row.testedKey = key;
    row.testResult = result;
    // A key the service accepted is the one the user means to use.
    if (key == row.stored)
        row.status->setText(savedText(row));
    else if (key == row.edit->text().trimmed())
        saveIfChanged(index);
}

void KeysPage::saveIfChanged(int index)
{
    const Row &row = m_rows.at(index);
    // While the keychain is read (or written) the field may not show what is stored yet.
    if (!m_secrets || row.reading || !row.save->isEnabled())
        return;
    const QString value = row.edit->text().trimmed();
    if (value.isEmpty() || value == row.stored)
        return;
    save(index);
}

void KeysPage::saveTyped()
{
    for (int i = 0; i < m_rows.size(); ++i)
        saveIfChanged(i);
}

void KeysPage::remove(int index)
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
        Row &row = m_rows[index];
        if (!operation->succeeded()) {
            row.status->setText(tr("The keychain could not remove the key: %1").arg(operation->error().message));
            return;
        }
        row.edit->clear();
        row.stored.clear();
        // E2B stays on in this window with the key it was given.
        row.status->setText(index == E2bRow ? tr("Removed. The window keeps using the E2B key it has until SpawnAI "
                                                 "restarts.")
                                            : tr("Removed."));
        emit keyChanged(row.name);
    });
}

void KeysPage::saveBaseUrl()
{
    const QUrl url = QUrl::fromUserInput(m_baseUrl->text().trimmed());
    if (!m_settings->setOpenAiBaseUrl(url)) {
        m_rows.at(OpenAiRow).status->setText(tr("The address must be an http or https URL, such as "
                                                 "http://localhost:11434/v1."));
        return;
    }
    m_baseUrl->setText(m_settings->openAiBaseUrl().toString());
}

void KeysPage::testOpenAiServer(const QUrl &url)
{
    m_baseUrl->setText(url.toString());
    saveBaseUrl();
    test(OpenAiRow);
}

void KeysPage::test(int index)
{
    Row &row = m_rows[index];
    if (index == E2bRow) {
        testE2bKey(index);
        return;
    }
    if (row.check)
        row.check->cancel();
    const QString key = row.edit->text().trimmed();
    if (index == AnthropicRow && key.isEmpty()) {
        row.status->setText(tr("Type or paste a key to test it."));
        return;
    }
    LlmClient *client = index == AnthropicRow
        ? m_clients->client(QStringLiteral("anthropic"), {}, key)
        : m_clients->client(QStringLiteral("openai"), QUrl::fromUserInput(m_baseUrl->text().trimmed()), key);
    auto *check = new ConnectionCheck(client, this);
    row.check = check;
    row.test->setEnabled(false);
    row.status->setText(check->summary());
    connect(check, &AsyncOperation::finished, this, [this, check, index, key] {
        check->deleteLater();
        Row &row = m_rows[index];
        row.test->setEnabled(true);
        if (check->isCancelled())
            return;
        row.status->setText(check->summary());
        if (check->succeeded() && !key.isEmpty())
            tested(index, key, check->summary());
    });
}

void KeysPage::testE2bKey(int index)
{
    Row &row = m_rows[index];
    const QString key = E2bApiKey::normalized(row.edit->text());
    if (key.isEmpty()) {
        row.status->setText(tr("Type or paste a key to test it."));
        return;
    }
    if (const QString problem = E2bApiKey::problem(key); !problem.isEmpty()) {
        row.status->setText(problem);
        return;
    }
    E2bConfig config = E2bConfig::fromEnvironment(QProcessEnvironment::systemEnvironment());
    config.apiKey = key;
    config.retry.maxAttempts = 1;  // a test answers at once
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    // The control plane lives as long as its one call.
    auto *plane = new E2bControlPlane(config, m_network, this);
    E2bHttpCall *call = plane->listPage({}, {}, false, plane);
    row.test->setEnabled(false);
    row.status->setText(tr("Testing the connection…"));
    connect(call, &AsyncOperation::finished, this, [this, plane, call, index, key] {
        plane->deleteLater();
        const Row &row = m_rows.at(index);
        row.test->setEnabled(true);
        row.status->setText(call->succeeded() ? tr("Connected: E2B accepts the key.")
                                              : tr("The connection failed: %1").arg(call->error().message));
        if (call->succeeded())
            tested(index, key, row.status->text());
    });
}
