// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// The list of an app's environment variables with masked values, the name
// and password fields, Add, Remove and a status line. It keeps no values:
// its owner (the new-app form's dialog, a session's Environment tab) keeps
// them and says which names to list.
class EnvironmentEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentEditor)

public:
    explicit EnvironmentEditor(QWidget *parent = nullptr);
    ~EnvironmentEditor() override;

    // Lists `names`, keeping the one chosen if it is still there.
    void setNames(const QStringList &names);
    void setStatus(const QString &text);
    // After an add was taken, or for another session: the fields empty.
    void clearFields();
    // Ready for the next variable (the dialog, after an add).
    void focusName();
    // Whether anything can be changed (a session is shown, the keychain is there, no save is under way).
    void setEditable(bool editable);

signals:
    void addRequested(const QString &name, const QString &value);
    void removeRequested(const QString &name);

private:
    QString chosenName() const;
    void updateButtons();

    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_value;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_status;
    bool m_editable = true;
};
