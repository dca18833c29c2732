// SPDX-License-Identifier: MIT
#include "costdashboard.h"

#include "activitycharts.h"
#include "billing/budget.h"
#include "billing/costcsv.h"
#include "billing/costsnapshotload.h"
#include "budgetgauge.h"
#include "costsessionmodel.h"
#include "daterangepicker.h"
#include "sessiontext.h"
#include "spendcharts.h"
#include "store/database.h"
#include "store/sessionstore.h"
#include "billing/budgetpolicy.h"
#include "workflow/sessionmanager.h"

#include <cmath>

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

CostDashboard::CostDashboard(SessionManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_range(new DateRangePicker(this))
    , m_gauge(new BudgetGauge(this))
    , m_totals(new QLabel(this))
    , m_unpriced(new QLabel(this))
    , m_setPrice(new QPushButton(tr("Set &prices…"), this))
    , m_accuracy(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_spend(new SpendCharts(m_tabs))
    , m_activity(new ActivityCharts(m_tabs))
    , m_sessions(new CostSessionModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("costDashboard"));
    setWindowTitle(tr("Costs"));
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshCosts"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_range);
    top->addStretch(1);
    top->addWidget(refreshButton);

    m_totals->setObjectName(QStringLiteral("costTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unpriced->setObjectName(QStringLiteral("unpricedCosts"));
    m_unpriced->setWordWrap(true);
    m_unpriced->hide();
    m_setPrice->setObjectName(QStringLiteral("dashboardSetPriceButton"));
    m_setPrice->setAccessibleName(tr("Set the prices of models without one"));
    m_setPrice->hide();
    connect(m_setPrice, &QPushButton::clicked, this, [this] {
        if (!m_report.unpriced.isEmpty())
            emit priceRequested(m_report.unpriced.constFirst().model);
    });
    m_accuracy->setObjectName(QStringLiteral("estimateAccuracy"));
    m_accuracy->setWordWrap(true);
    auto *unpricedRow = new QHBoxLayout;
    unpricedRow->addWidget(m_unpriced, 1);
    unpricedRow->addWidget(m_setPrice);
    auto *words = new QVBoxLayout;
    words->addWidget(m_totals);
    words->addLayout(unpricedRow);
    words->addWidget(m_accuracy);
    auto *summary = new QHBoxLayout;
    summary->addWidget(m_gauge);
    summary->addLayout(words, 1);

    m_tabs->setObjectName(QStringLiteral("costTabs"));
    m_tabs->addTab(m_spend, tr("Spend"));
    m_tabs->addTab(m_activity, tr("Activity"));
    m_tabs->addTab(buildSessionsTab(), tr("Sessions"));

    // A window of its own: Close, Esc and Ctrl+W close it as they close a dialog.
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("costButtons"));
    if (QPushButton *close = buttons->button(QDialogButtonBox::Close)) {
        close->setObjectName(QStringLiteral("costCloseButton"));
        close->setAccessibleName(tr("Close the costs"));
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    for (const QKeySequence &keys : {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::CTRL | Qt::Key_W)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, &QWidget::close);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(m_range, &DateRangePicker::rangeChanged, this, &CostDashboard::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &CostDashboard::refresh);
    resize(1000, 760);
}

CostDashboard::~CostDashboard()
{
    // A load still under way finishes (cancelled) when QWidget deletes it
    // with the children, after the labels it would write to are gone:
    // closing the window while it loads crashed.
    if (m_loading) {
        m_loading->disconnect(this);
        m_loading->cancel();
    }
}

QWidget *CostDashboard::buildSessionsTab()
{
    auto *tab = new QWidget(m_tabs);
    m_sorted->setSourceModel(m_sessions);
    m_sorted->setSortRole(CostSessionModel::SortRole);
    m_table->setParent(tab);
    m_table->setObjectName(QStringLiteral("costSessionTable"));
    m_table->setAccessibleName(tr("Sessions and what they cost"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CostSessionModel::Total, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Fixed row heights: 10,000 rows must not be measured one by one.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // The prompt and the model share what the figures leave, so the table
    // fits a 1,000-pixel window without scrolling sideways; the figures are
    // measured once per load (fitColumns), not on every paint of 10,000 rows.
    m_table->horizontalHeader()->setSectionResizeMode(CostSessionModel::Prompt, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CostSessionModel::Model, QHeaderView::Stretch);
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    connect(m_table, &QTableView::activated, this, &CostDashboard::openRow);

    auto *exportTable = new QPushButton(tr("Export table…"), tab);
    exportTable->setObjectName(QStringLiteral("exportSessions"));
    auto *exportDaily = new QPushButton(tr("Export daily series…"), tab);
    exportDaily->setObjectName(QStringLiteral("exportDaily"));
    connect(exportTable, &QPushButton::clicked, this, [this] {
        exportCsv(tr("Export the sessions"), QStringLiteral("spawnai-sessions.csv"), sessionsCsv());
    });
    connect(exportDaily, &QPushButton::clicked, this, [this] {
        exportCsv(tr("Export the daily series"), QStringLiteral("spawnai-daily.csv"), dailyCsv());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(exportTable);
    buttons->addWidget(exportDaily);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    return tab;
}

void CostDashboard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->keyCombination() == QKeyCombination(Qt::CTRL, Qt::Key_W)) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void CostDashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void CostDashboard::setRange(const QDate &first, const QDate &last)
{
    m_range->setRange(first, last);
}

CostPeriod CostDashboard::period() const
{
    return CostPeriod::days(m_range->first(), m_range->last());
}

void CostDashboard::refresh()
{
    if (m_loadPending)
        return;
    m_loadPending = true;
    QTimer::singleShot(0, this, &CostDashboard::load);
}

void CostDashboard::load()
{
    m_loadPending = false;
    if (m_loading) {
        m_loading->disconnect(this);
        m_loading->cancel();
        m_loading->deleteLater();
    }
    m_loading = new CostSnapshotLoad(m_manager->store()->database().filePath(), period(), this);
    connect(m_loading, &AsyncOperation::finished, this, [this, done = m_loading] {
        done->deleteLater();
        m_loading = nullptr;
        if (!done->succeeded()) {
            m_totals->setText(done->error().message);
            emit loaded();
            return;
        }
        apply(done->snapshot());
    });
    m_loading->start();
}

void CostDashboard::apply(const CostSnapshot &snapshot)
{
    const CostReport &report = snapshot.report;
    m_report = report;
    // Every day of the period, spent or not, so the charts' days line up.
    m_days.clear();
    QStringList dayKeys;
    qsizetype next = 0;
    const QDate last = snapshot.period.until.toUTC().date().addDays(-1);
    for (QDate day = snapshot.period.since.toUTC().date(); day <= last; day = day.addDays(1)) {
        const QString key = day.toString(Qt::ISODate);
        dayKeys << key;
        if (next < report.byDay.size() && report.byDay.at(next).key == key)
            m_days.append(report.byDay.at(next++));
        else
            m_days.append({key, {}});
    }
    m_spend->setReport(report, m_days);
    m_activity->setData(dayKeys, snapshot.activity, snapshot.steps, snapshot.repairs);
    m_sessions->setRows(snapshot.sessions);
    fitColumns();
    m_gauge->setValues(snapshot.monthSpent, m_manager->budgetPolicy()->budget().monthly);
    const CostTotals &t = report.overall;
    // Counts in the plural the language wants ("1 run", not "1 runs"), numbers as the locale writes them.
    const QLocale locale;
    m_totals->setText(tr("%1 in this period: models %2 (%3, %4 tokens in, %5 out), sandboxes %6 (%7, %8 allocated).")
                          .arg(Budget::formatUsd(t.total()), Budget::formatUsd(t.llmCost),
                               tr("%Ln request(s)", nullptr, int(t.requests)), locale.toString(t.inputTokens),
                               locale.toString(t.outputTokens), Budget::formatUsd(t.sandboxCost),
                               tr("%Ln run(s)", nullptr, int(t.sandboxRuns)),
                               tr("%Ln vCPU-second(s)", nullptr, int(std::llround(t.cpuSeconds)))));
    showUnpriced(report.unpriced);
    showAccuracy(snapshot.accuracy);
    emit loaded();
}

void CostDashboard::fitColumns()
{
    for (int column = 0; column < CostSessionModel::ColumnCount; ++column) {
        if (column != CostSessionModel::Prompt && column != CostSessionModel::Model)
            m_table->resizeColumnToContents(column);
    }
}

void CostDashboard::showUnpriced(const QList<UnpricedUsage> &unpriced)
{
    QStringList parts;
    qint64 requests = 0;
    for (const UnpricedUsage &usage : unpriced) {
        requests += usage.requests;
        parts << tr("%1 (%2 tokens in, %3 out)").arg(usage.model).arg(usage.inputTokens).arg(usage.outputTokens);
    }
    m_unpriced->setText(tr("Not in the total: %n request(s) at an unknown price to %1.", nullptr, int(requests))
                            .arg(parts.join(QStringLiteral(", "))));
    m_unpriced->setVisible(!unpriced.isEmpty());
    m_setPrice->setVisible(!unpriced.isEmpty());
}

void CostDashboard::showAccuracy(const QList<EstimateAccuracy> &accuracy)
{
    QStringList parts;
    for (const EstimateAccuracy &type : accuracy) {
        AppType appType = AppType::WebApp;
        const QString name = appTypeFromString(type.appType, &appType) ? SessionText::appType(appType) : type.appType;
        parts << tr("%1 %2× (%n session(s))", nullptr, type.sessions).arg(name, QLocale().toString(type.medianRatio, 'f', 2));
    }
    m_accuracy->setText(parts.isEmpty() ? tr("Estimates: no ended session with an estimate in this period.")
                                        : tr("What sessions cost against their estimate (median): %1.")
                                              .arg(parts.join(QStringLiteral(" · "))));
}

QByteArray CostDashboard::sessionsCsv() const
{
    // In the order the table shows.
    QList<SessionCostRow> ordered;
    ordered.reserve(m_sorted->rowCount());
    for (int row = 0; row < m_sorted->rowCount(); ++row)
        ordered.append(m_sessions->rows().at(m_sorted->mapToSource(m_sorted->index(row, 0)).row()));
    return CostCsv::sessions(ordered);
}

QByteArray CostDashboard::dailyCsv() const
{
    return CostCsv::daily(m_days);
}

void CostDashboard::exportCsv(const QString &title, const QString &fileName, const QByteArray &csv)
{
    auto *dialog = new QFileDialog(this, title, fileName, tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, csv](const QString &path) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
            m_totals->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
    });
    dialog->open();
}

void CostDashboard::openRow(const QModelIndex &index)
{
    if (index.isValid())
        emit sessionOpened(index.data(CostSessionModel::IdRole).toString());
}
