// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;

// A period of whole days: presets (this month, last month, the last 7, 30
// or 90 days, this year) or any first and last day. Emits rangeChanged()
// once per change, with first <= last.
class DateRangePicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateRangePicker)

public:
    explicit DateRangePicker(QWidget *parent = nullptr);
    ~DateRangePicker() override;

    QDate first() const;
    QDate last() const;
    void setRange(const QDate &first, const QDate &last);
    // "Today" for the presets (UTC; tests pin it).
    void setToday(const QDate &today);

signals:
    void rangeChanged(const QDate &first, const QDate &last);

private:
    void applyPreset(int index);
    void onEdited();

    QComboBox *m_presets;
    QDateEdit *m_first;
    QDateEdit *m_last;
    QDate m_today;
    bool m_updating = false;
};
