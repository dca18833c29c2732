// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QToolButton;

// What the Preview tab shows while there is no page: why, and for an app
// that ended but is stored, its Redeploy. The button is the session's own
// Redeploy action (SessionActions), so it does, and is enabled, exactly as
// the one next to Stop.
class PreviewPlaceholder final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPlaceholder)

public:
    explicit PreviewPlaceholder(QWidget *parent = nullptr);
    ~PreviewPlaceholder() override;

    void setRedeployAction(QAction *action);
    // `offerRedeploy`: the app ended and can be deployed again.
    void setText(const QString &text, bool offerRedeploy);
    QString text() const;
    QLabel *label() const { return m_label; }

private:
    QLabel *m_label;
    QToolButton *m_redeploy;
    bool m_offerRedeploy = false;
};
