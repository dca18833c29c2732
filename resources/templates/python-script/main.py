#!/usr/bin/env python3
"""SpawnAI starter script: simulate a small bakery's sales and print a report.

Standard library only. The data is generated from a fixed seed, so every run
prints the same report (set the SEED environment variable to get another one).
The output is plain ASCII so it reads well in any log or terminal.
"""

import os
import random
import statistics
import sys
from collections import defaultdict
from datetime import date, timedelta

WIDTH = 72
BAR_WIDTH = 36
WEEKS = 8
START = date(2024, 3, 4)  # a Monday

# name: (price in EUR, average units per day)
PRODUCTS = {
    "Croissant": (1.80, 42),
    "Sourdough loaf": (5.50, 18),
    "Cinnamon roll": (2.90, 25),
    "Baguette": (1.60, 35),
    "Lemon tart": (3.80, 9),
}
# How busy each weekday is compared with an average day (Mon..Sun).
WEEKDAY_FACTOR = [0.80, 0.85, 0.90, 0.95, 1.15, 1.45, 1.25]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def generate_sales(seed):
    """Return a list of (day, product, units) rows, deterministic for a seed."""
    rng = random.Random(seed)
    rows = []
    for offset in range(WEEKS * 7):
        day = START + timedelta(days=offset)
        trend = 1.0 + 0.01 * offset / 7  # slow growth, about 1% a week
        weather = rng.uniform(0.85, 1.15)  # one shared "weather" factor per day
        for product, (_, per_day) in PRODUCTS.items():
            expected = per_day * WEEKDAY_FACTOR[day.weekday()] * trend * weather
            units = max(0, round(rng.gauss(expected, expected * 0.15)))
            rows.append((day, product, units))
    return rows


def bar(value, largest, width=BAR_WIDTH):
    """An ASCII bar scaled so that `largest` fills `width` characters."""
    if largest <= 0:
        return ""
    filled = value / largest * width
    full = int(filled)
    return "#" * full + ("+" if filled - full >= 0.5 else "")


def rule(char="-"):
    return char * WIDTH


def title(text):
    return f"\n{text}\n{rule()}"


def euros(amount):
    return f"EUR {amount:,.2f}"


def report(rows, seed):
    revenue_by_product = defaultdict(float)
    units_by_product = defaultdict(list)
    revenue_by_day = defaultdict(float)
    revenue_by_weekday = defaultdict(list)

    for day, product, units in rows:
        price = PRODUCTS[product][0]
        revenue_by_product[product] += units * price
        units_by_product[product].append(units)
        revenue_by_day[day] += units * price

    for day, revenue in revenue_by_day.items():
        revenue_by_weekday[day.weekday()].append(revenue)

    daily = list(revenue_by_day.values())
    total = sum(daily)
    best_day = max(revenue_by_day, key=revenue_by_day.get)
    worst_day = min(revenue_by_day, key=revenue_by_day.get)
    end = START + timedelta(days=WEEKS * 7 - 1)

    lines = [
        rule("="),
        "SpawnAI starter report: The Little Bakery".center(WIDTH),
        f"{START:%d %b %Y} - {end:%d %b %Y}  |  {WEEKS} weeks  |  seed {seed}".center(WIDTH),
        rule("="),
        title("Summary"),
        f"  Total revenue        {euros(total):>16}",
        f"  Average per day      {euros(statistics.mean(daily)):>16}",
        f"  Median per day       {euros(statistics.median(daily)):>16}",
        f"  Std. deviation       {euros(statistics.stdev(daily)):>16}",
        f"  Best day             {euros(revenue_by_day[best_day]):>16}  ({best_day:%a %d %b})",
        f"  Slowest day          {euros(revenue_by_day[worst_day]):>16}  ({worst_day:%a %d %b})",
        f"  Items sold           {sum(u for _, _, u in rows):>16,}",
    ]

    lines.append(title("Revenue by product"))
    largest = max(revenue_by_product.values())
    ranked = sorted(revenue_by_product.items(), key=lambda item: item[1], reverse=True)
    for product, revenue in ranked:
        share = revenue / total * 100
        lines.append(f"  {product:<15} {bar(revenue, largest):<{BAR_WIDTH + 1}} {share:4.1f}%")

    lines.append(title("Units per day by product"))
    lines.append(f"  {'Product':<15} {'mean':>7} {'median':>7} {'stdev':>7} {'min':>5} {'max':>5}")
    for product, units in units_by_product.items():
        lines.append(
            f"  {product:<15} {statistics.mean(units):7.1f} {statistics.median(units):7.1f}"
            f" {statistics.stdev(units):7.1f} {min(units):5d} {max(units):5d}"
        )

    lines.append(title("Average revenue by weekday"))
    averages = {wd: statistics.mean(values) for wd, values in revenue_by_weekday.items()}
    largest = max(averages.values())
    for wd in range(7):
        amount = averages[wd]
        lines.append(f"  {WEEKDAYS[wd]}  {bar(amount, largest, BAR_WIDTH + 10):<{BAR_WIDTH + 11}} {amount:7.0f}")

    lines.append(title("Weekly revenue"))
    weekly = [sum(daily[w * 7:(w + 1) * 7]) for w in range(WEEKS)]
    largest = max(weekly)
    for week, amount in enumerate(weekly, start=1):
        lines.append(f"  Week {week}  {bar(amount, largest, BAR_WIDTH + 6):<{BAR_WIDTH + 7}} {amount:9,.0f}")
    growth = (weekly[-1] / weekly[0] - 1) * 100
    lines.append(f"\n  Week {WEEKS} vs week 1: {growth:+.1f}%")

    lines += ["", rule("="), "Edit main.py and redeploy to change this report.".center(WIDTH), rule("=")]
    return "\n".join(line.rstrip() for line in lines)


def main():
    try:
        seed = int(os.environ.get("SEED", "42"))
    except ValueError:
        print("SEED must be an integer; using 42.", file=sys.stderr)
        seed = 42
    print(report(generate_sales(seed), seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
