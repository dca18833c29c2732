// SPDX-License-Identifier: MIT
#pragma once

#include "billing/costanalytics.h"

#include <QAbstractTableModel>

// The dashboard's per-session table: one row per SessionCostRow, already
// loaded (no query runs while the view paints). Display values are
// formatted; SortRole gives the raw value so a proxy sorts numbers as
// numbers; IdRole gives the session id.
class CostSessionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostSessionModel)

public:
    enum Column { Created, Prompt, Model, Sandbox, Status, LlmCost, SandboxCost, Total, TokensIn, TokensOut, Repairs,
                  ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole };

    explicit CostSessionModel(QObject *parent = nullptr);
    ~CostSessionModel() override;

    void setRows(QList<SessionCostRow> rows);
    const QList<SessionCostRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant sortValue(const SessionCostRow &row, int column) const;
    // What the sidebar calls the session.
    static QString title(const SessionCostRow &row);

    QList<SessionCostRow> m_rows;
};
