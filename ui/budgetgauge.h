// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

// The month's spend against the monthly budget as a half-circle gauge that
// turns amber at 80 % and red at 100 %. Paints only the values it was
// given; without a budget it says so.
class BudgetGauge final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetGauge)

public:
    explicit BudgetGauge(QWidget *parent = nullptr);
    ~BudgetGauge() override;

    // `budget` 0: no monthly budget.
    void setValues(double spent, double budget);
    double spent() const { return m_spent; }
    double budget() const { return m_budget; }
    // The text the gauge shows under the arc ("$4.20 of $10.00 (42 %)").
    QString text() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_spent = 0.0;
    double m_budget = 0.0;
};
