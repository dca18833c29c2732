// SPDX-License-Identifier: MIT
#pragma once

#include "billing/costanalytics.h"
#include "billing/costtracker.h"

#include <QPointer>
#include <QWidget>

class ActivityCharts;
class BudgetGauge;
class CostSnapshotLoad;
struct CostSnapshot;
class CostSessionModel;
class DateRangePicker;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;
class SessionManager;
class SpendCharts;

// The spend meter: what models and sandboxes cost over a chosen period
// (charts by day, model and provider, tokens), the month's budget gauge,
// usage analytics, and a sortable per-session table that opens a session.
// Everything shown is loaded by SQL aggregates (CostSnapshotLoad, on a
// thread of its own) when the period changes or refresh() is called, never
// while painting and never blocking the GUI; the table and the daily series
// export as CSV.
class CostDashboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostDashboard)

public:
    // `manager` (its store's database and its budget) must outlive this.
    explicit CostDashboard(SessionManager *manager, QWidget *parent = nullptr);
    ~CostDashboard() override;

    // Loads again on the next turn of the event loop (once, however often called).
    void refresh();
    void setRange(const QDate &first, const QDate &last);
    CostPeriod period() const;

    // What was loaded last.
    const CostReport &report() const { return m_report; }
    const QList<CostGroup> &days() const { return m_days; }
    CostSessionModel *sessionModel() const { return m_sessions; }
    QTableView *sessionTable() const { return m_table; }
    // The exports, exactly as written to a file.
    QByteArray sessionsCsv() const;
    QByteArray dailyCsv() const;

signals:
    // The user opened a session from the table.
    void sessionOpened(const QString &sessionId);
    // A load finished (the widgets show its data).
    void loaded();
    // "Set prices…": requests to `model` have no price.
    void priceRequested(const QString &model);

protected:
    void showEvent(QShowEvent *event) override;
    // Esc and Ctrl+W that no child took close the window, also when the
    // window system has not made it the active one (its shortcuts then wait).
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *buildSessionsTab();
    void load();
    void apply(const CostSnapshot &snapshot);
    void fitColumns();
    void showUnpriced(const QList<UnpricedUsage> &unpriced);
    void showAccuracy(const QList<EstimateAccuracy> &accuracy);
    void exportCsv(const QString &title, const QString &fileName, const QByteArray &csv);
    void openRow(const QModelIndex &index);

    SessionManager *m_manager;
    DateRangePicker *m_range;
    BudgetGauge *m_gauge;
    QLabel *m_totals;
    QLabel *m_unpriced;
    QPushButton *m_setPrice;
    QLabel *m_accuracy;
    QTabWidget *m_tabs;
    SpendCharts *m_spend;
    ActivityCharts *m_activity;
    CostSessionModel *m_sessions;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    CostReport m_report;
    QList<CostGroup> m_days;
    QPointer<CostSnapshotLoad> m_loading;
    bool m_loadPending = false;
};
