// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class SecretStore;

// Settings ▸ API keys: the Claude key, an OpenAI-compatible server's key
// and the E2B key, each saved to or removed from the SecretStore (the OS
// keychain) and nowhere else. Non-modal; keys are shown masked.
class ApiKeysDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeysDialog)

public:
    explicit ApiKeysDialog(SecretStore *secrets, QWidget *parent = nullptr);
    ~ApiKeysDialog() override;

    // Reads the stored keys again (when the dialog is shown).
    void reload();

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
        QLabel *status = nullptr;
    };

    void addRow(const QString &name, const QString &title, const QString &objectStem, const QString &note);
    void save(int row);
    void remove(int row);
    void read(int row);
    void setRowBusy(int row, bool busy);

    QPointer<SecretStore> m_secrets;
    QList<Row> m_rows;
};
