// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QAction;
class QLabel;
class QToolButton;

// A non-modal strip for problems the user should read: the message in
// plain words, an optional action that may fix it (Redeploy) and a button
// that dismisses it. Hidden while there is nothing to say.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    explicit MessageBar(QWidget *parent = nullptr);
    ~MessageBar() override;

    // `fix` may be null; it is shown as a button while the message is.
    void showError(const QString &message, QAction *fix = nullptr);
    void dismiss();
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColors();

    QLabel *m_label;
    QToolButton *m_fixButton;
    QToolButton *m_dismissButton;
};
