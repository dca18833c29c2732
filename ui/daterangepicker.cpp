// SPDX-License-Identifier: MIT
#include "daterangepicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

#include <algorithm>

namespace {
enum Preset { ThisMonth, LastMonth, Last7, Last30, Last90, ThisYear, Custom };
}

DateRangePicker::DateRangePicker(QWidget *parent)
    : QWidget(parent)
    , m_presets(new QComboBox(this))
    , m_first(new QDateEdit(this))
    , m_last(new QDateEdit(this))
    , m_today(QDateTime::currentDateTimeUtc().date())
{
    setObjectName(QStringLiteral("dateRangePicker"));
    m_presets->setObjectName(QStringLiteral("rangePresets"));
    m_presets->setAccessibleName(tr("Period"));
    m_presets->addItems({tr("This month"), tr("Last month"), tr("Last 7 days"), tr("Last 30 days"),
                         tr("Last 90 days"), tr("This year"), tr("Custom")});
    // The days as the language writes them ("07.12.2026"), with the whole
    // year: a typed "26" must not mean 1926.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    for (QDateEdit *edit : {m_first, m_last}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(format);
    }
    m_first->setObjectName(QStringLiteral("rangeFirst"));
    m_first->setAccessibleName(tr("First day"));
    m_last->setObjectName(QStringLiteral("rangeLast"));
    m_last->setAccessibleName(tr("Last day"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_presets);
    layout->addWidget(m_first);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_last);
    applyPreset(ThisMonth);
    connect(m_presets, &QComboBox::activated, this, &DateRangePicker::applyPreset);
    connect(m_first, &QDateEdit::dateChanged, this, &DateRangePicker::onEdited);
    connect(m_last, &QDateEdit::dateChanged, this, &DateRangePicker::onEdited);
}

DateRangePicker::~DateRangePicker() = default;

QDate DateRangePicker::first() const
{
    return m_first->date();
}

QDate DateRangePicker::last() const
{
    return m_last->date();
}

void DateRangePicker::setToday(const QDate &today)
{
    m_today = today;
}

void DateRangePicker::setRange(const QDate &first, const QDate &last)
{
    m_updating = true;
    m_first->setDate(std::min(first, last));
    m_last->setDate(std::max(first, last));
    m_updating = false;
    emit rangeChanged(this->first(), this->last());
}

void DateRangePicker::applyPreset(int index)
{
    const QDate monthStart(m_today.year(), m_today.month(), 1);
    switch (index) {
    case ThisMonth:
        setRange(monthStart, monthStart.addMonths(1).addDays(-1));
        break;
    case LastMonth:
        setRange(monthStart.addMonths(-1), monthStart.addDays(-1));
        break;
    case Last7:
        setRange(m_today.addDays(-6), m_today);
        break;
    case Last30:
        setRange(m_today.addDays(-29), m_today);
        break;
    case Last90:
        setRange(m_today.addDays(-89), m_today);
        break;
    case ThisYear:
        setRange(QDate(m_today.year(), 1, 1), QDate(m_today.year(), 12, 31));
        break;
    default:
        break;
    }
    m_presets->setCurrentIndex(index);
}

void DateRangePicker::onEdited()
{
    if (m_updating)
        return;
    m_presets->setCurrentIndex(Custom);
    if (m_first->date() > m_last->date()) {
        // Keeps first <= last by moving the other end.
        const bool firstMoved = sender() == m_first;
        setRange(firstMoved ? m_first->date() : m_last->date(), firstMoved ? m_first->date() : m_last->date());
        return;
    }
    emit rangeChanged(first(), last());
}
