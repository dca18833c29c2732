// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class AppSettings;
class ConnectionCheck;
class ModelClients;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class SecretStore;

// Settings ▸ Keys and connections: the Claude key, an OpenAI-compatible
// server's address and key, and the E2B key. Keys are saved to or removed
// from the SecretStore (the OS keychain) and nowhere else; the address is a
// setting. "Test connection" asks the service for its models (E2B: for its
// list of sandboxes) with what is typed, saved or not. E2B is reached as
// the E2B client reaches it: E2B_API_URL / E2B_DOMAIN apply.
class KeysPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeysPage)

public:
    KeysPage(SecretStore *secrets, AppSettings *settings, ModelClients *clients, QWidget *parent = nullptr);
    ~KeysPage() override;

    // Reads the stored keys again (when the dialog is shown).
    void reload();
    // Saves every key typed and not saved yet (the dialog closes): a key
    // that was typed, or tested, is not lost because Save was not pressed.
    void saveTyped();
    // Tests the OpenAI-compatible server at `url` (first run: a local Ollama).
    void testOpenAiServer(const QUrl &url);

signals:
    // A key was saved or removed; `name` is one of SecretNames.
    void keyChanged(const QString &name);

private:
    struct Row
    {
        QString name;
        QString title;
        QLineEdit *edit = nullptr;
        QPushButton *save = nullptr;
        QPushButton *remove = nullptr;
        QPushButton *test = nullptr;
        QLabel *status = nullptr;
        QPointer<ConnectionCheck> check;
        QString stored;  // what the keychain holds, as last read or written
        QString testedKey;   // the last key a test accepted
        QString testResult;  // and what the test said
        bool reading = false;
    };

    QWidget *addRow(const QString &name, const QString &title, const QString &objectStem, const QString &note);
    // With E2B_API_KEY set: which key is in use, masked, and which one wins.
    void addEnvironmentKeyNote(QWidget *e2bBox);
    void save(int row);
    // Saves the row's key when it is typed and differs from the stored one.
    void saveIfChanged(int row);
    // A test accepted `key`: the status keeps saying so, saved or not yet.
    void tested(int row, const QString &key, const QString &result);
    // "Saved to the keychain.", after the test's result when the saved key is the one tested.
    QString savedText(const Row &row) const;
    void remove(int row);
    void read(int row);
    void test(int row);
    void testE2bKey(int index);
    void saveBaseUrl();
    void setRowBusy(int row, bool busy);

    QPointer<SecretStore> m_secrets;
    AppSettings *m_settings;
    ModelClients *m_clients;
    QNetworkAccessManager *m_network = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QList<Row> m_rows;
};
