// SPDX-License-Identifier: MIT
#pragma once

#include <QToolButton>

class QAction;
struct SessionQuery;

// The sidebar's filter: a tool button whose menu holds checkable choices in
// three groups (status, app type, sandbox) and "Clear filters". Within a
// group the checked choices combine with OR, the groups with AND; a group
// with nothing checked does not filter. The button's text counts the
// choices in force, so an active filter shows even with the menu closed.
class SessionFilterButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionFilterButton)

public:
    explicit SessionFilterButton(QWidget *parent = nullptr);
    ~SessionFilterButton() override;

    bool isActive() const;
    // Sets the query's status, app type and sandbox filters.
    void applyTo(SessionQuery *query) const;
    // The checked choices in words: "Failed, API".
    QString summary() const;
    QAction *clearAction() const { return m_clear; }
    // Checks the choice of that object name ("filterFailed") alone.
    void setOnly(const QString &choiceName);
    void clear();

signals:
    void filterChanged();

private:
    QAction *addChoice(QMenu *menu, const QString &text, const QString &name, const QVariant &value);
    QList<QAction *> checked(const QList<QAction *> &group) const;
    void onChoiceToggled();

    QList<QAction *> m_statusChoices;
    QList<QAction *> m_typeChoices;
    QList<QAction *> m_sandboxChoices;
    QAction *m_clear;
    // Unchecking many choices at once announces one change, not many.
    bool m_updating = false;
};
