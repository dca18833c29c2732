// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QAction;
class QLabel;
class QToolButton;

// A non-modal strip for what the user should read: the message in plain
// words, an optional action that may fix it (Redeploy) and a button that
// dismisses it. A problem is tinted red; information (a budget threshold,
// an app that became ready) is tinted with the palette's highlight colour.
// Hidden while there is nothing to say.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    enum class Kind
    {
        Error,
        Info,
    };

    explicit MessageBar(QWidget *parent = nullptr);
    ~MessageBar() override;

    // `fix` may be null; it is shown as a button while the message is.
    void showError(const QString &message, QAction *fix = nullptr);
    void showInfo(const QString &message, QAction *action = nullptr);
    void dismiss();
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showMessage(Kind kind, const QString &message, QAction *action);
    void updateColors();

    QLabel *m_label;
    QToolButton *m_fixButton;
    QToolButton *m_dismissButton;
    Kind m_kind = Kind::Error;
};
