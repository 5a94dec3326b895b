//! Charts as inline SVG, drawn by the server (no script): a histogram of counts over time and
//! the Goldstein cooperation–conflict chart of the events between two actors. Time runs left to
//! right, as on the axes of Arabic news graphics; every bar and point is a link.

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate};
use maud::{html, Markup};

use super::text::{date_ar, day_month_ar, goldstein_class};

/// Width of a chart's view box.
const W: f64 = 800.0;
/// Margin left of the plot (y labels).
const LEFT: f64 = 44.0;
/// Margin right of the plot.
const RIGHT: f64 = 16.0;
/// Room under the plot (x labels).
const BOTTOM: f64 = 30.0;
/// Room above the plot.
const TOP: f64 = 12.0;

/// How days are grouped into bars.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Bin {
    /// One bar per day.
    Day,
    /// One bar per ISO week (Monday first).
    Week,
    /// One bar per calendar month.
    Month,
}

impl Bin {
    /// The bin that keeps a span of `days` days readable (at most ~100 bars).
    fn for_span(days: i64) -> Bin {
        if days <= 100 {
            Bin::Day
        } else if days <= 700 {
            Bin::Week
        } else {
            Bin::Month
        }
    }

    /// The first day of the bin holding `d`.
    fn start(self, d: NaiveDate) -> NaiveDate {
        match self {
            Bin::Day => d,
            Bin::Week => d - Duration::days(i64::from(d.weekday().num_days_from_monday())),
            Bin::Month => d.with_day(1).unwrap_or(d),
        }
    }

    /// The first day of the next bin, after the bin starting at `start`.
    fn next(self, start: NaiveDate) -> NaiveDate {
        match self {
            Bin::Day => start + Duration::days(1),
            Bin::Week => start + Duration::days(7),
            Bin::Month => {
                let (y, m) = if start.month() == 12 {
                    (start.year() + 1, 1)
                } else {
                    (start.year(), start.month() + 1)
                };
                NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(start + Duration::days(31))
            }
        }
    }

    /// What one bar counts, for tooltips.
    fn label(self, start: NaiveDate) -> String {
        match self {
            Bin::Day => date_ar(start),
            Bin::Week => format!("أسبوع {}", date_ar(start)),
            Bin::Month => format!("شهر {}", date_ar(start).split_once(' ').map_or("", |x| x.1)),
        }
    }
}

/// One bar of a histogram.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Bar {
    /// First day of the bar.
    pub(super) start: NaiveDate,
    /// Last day of the bar.
    pub(super) end: NaiveDate,
    /// Its count.
    pub(super) count: u64,
}

/// Groups counts per day (`YYYY-MM-DD`; other values are left out) into consecutive bars,
/// empty bars included, with a bin chosen for the span.
pub(super) fn bars(per_day: &[(String, u64)]) -> (Bin, Vec<Bar>) {
    let days: Vec<(NaiveDate, u64)> = per_day
        .iter()
        .filter_map(|(d, n)| Some((NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()?, *n)))
        .collect();
    let (Some(first), Some(last)) = (
        days.iter().map(|d| d.0).min(),
        days.iter().map(|d| d.0).max(),
    ) else {
        return (Bin::Day, Vec::new());
    };
    let bin = Bin::for_span((last - first).num_days() + 1);
    let mut counts: BTreeMap<NaiveDate, u64> = BTreeMap::new();
    for (d, n) in &days {
        *counts.entry(bin.start(*d)).or_insert(0) += n;
    }
    let mut out = Vec::new();
    let mut at = bin.start(first);
    while at <= last {
        let next = bin.next(at);
        out.push(Bar {
            start: at,
            end: next - Duration::days(1),
            count: counts.get(&at).copied().unwrap_or(0),
        });
        at = next;
    }
    (bin, out)
}

/// A histogram of counts per day as an SVG; each bar links to `href(first day, last day)`.
pub(super) fn histogram(
    per_day: &[(String, u64)],
    height: f64,
    caption: &str,
    href: impl Fn(NaiveDate, NaiveDate) -> String,
) -> Markup {
    let (bin, bars) = bars(per_day);
    if bars.is_empty() {
        return html! { p.muted { "لا توجد تواريخ لرسمها." } };
    }
    let max = bars.iter().map(|b| b.count).max().unwrap_or(0).max(1);
    let plot_w = W - LEFT - RIGHT;
    let plot_h = height - TOP - BOTTOM;
    let step = plot_w / bars.len() as f64;
    let gap = if step > 6.0 { step * 0.18 } else { 0.0 };
    let y = |n: u64| TOP + plot_h - plot_h * (n as f64) / (max as f64);
    let ticks = tick_indexes(bars.len(), 6);
    html! {
        figure.chart {
            svg.histogram viewBox=(format!("0 0 {W} {height}")) direction="ltr" role="img" aria-label=(caption) {
                line.axis x1=(LEFT) x2=(W - RIGHT) y1=(y(0)) y2=(y(0)) {}
                line.grid x1=(LEFT) x2=(W - RIGHT) y1=(y(max)) y2=(y(max)) {}
                text.tick x=(LEFT - 6.0) y=(y(max) + 4.0) text-anchor="end" { (max) }
                text.tick x=(LEFT - 6.0) y=(y(0) + 4.0) text-anchor="end" { "0" }
                @for (i, bar) in bars.iter().enumerate() {
                    @let x = LEFT + step * i as f64 + gap / 2.0;
                    @let label = format!("{}: {}", bin.label(bar.start), bar.count);
                    @if bar.count > 0 {
                        a href=(href(bar.start, bar.end)) {
                            rect.bar x=(fmt(x)) y=(fmt(y(bar.count))) width=(fmt(step - gap))
                                height=(fmt(y(0) - y(bar.count))) {
                                title { (label) }
                            }
                        }
                    }
                }
                @for i in ticks {
                    @if let Some(bar) = bars.get(i) {
                        text.tick x=(fmt(LEFT + step * (i as f64 + 0.5))) y=(height - 10.0)
                            text-anchor=(anchor(i, bars.len())) {
                            (day_month_ar(bar.start))
                        }
                    }
                }
            }
            figcaption { (caption) }
        }
    }
}

/// At most `n` evenly spaced indexes of `len` items, first and last included.
fn tick_indexes(len: usize, n: usize) -> Vec<usize> {
    if len == 0 {
        return Vec::new();
    }
    if len <= n {
        return (0..len).collect();
    }
    let mut out: Vec<usize> = (0..n)
        .map(|k| (k * (len - 1) + (n - 1) / 2) / (n - 1))
        .collect();
    out.dedup();
    out
}

/// The anchor of the `i`th of `n` x-axis labels: the end ones stay inside the chart.
fn anchor(i: usize, n: usize) -> &'static str {
    if n > 1 && i == 0 {
        "start"
    } else if n > 1 && i + 1 == n {
        "end"
    } else {
        "middle"
    }
}

/// A number for an SVG attribute, with one decimal.
fn fmt(v: f64) -> String {
    format!("{v:.1}")
}

/// One event on the Goldstein chart.
#[derive(Debug, Clone)]
pub(super) struct Point {
    /// Day of the event.
    pub(super) day: NaiveDate,
    /// Its Goldstein score (−10 conflict … +10 cooperation).
    pub(super) goldstein: f64,
    /// Reported as not having happened.
    pub(super) negated: bool,
    /// The article behind it.
    pub(super) href: String,
    /// Tooltip: the event and its article.
    pub(super) title: String,
}

/// The days a set of Goldstein charts share, padded so that points never sit on the edges.
pub(super) fn day_domain<'a>(
    days: impl Iterator<Item = &'a NaiveDate>,
) -> Option<(NaiveDate, NaiveDate)> {
    let mut min: Option<NaiveDate> = None;
    let mut max: Option<NaiveDate> = None;
    for d in days {
        min = Some(min.map_or(*d, |m| m.min(*d)));
        max = Some(max.map_or(*d, |m| m.max(*d)));
    }
    let (min, max) = (min?, max?);
    let pad = Duration::days(((max - min).num_days() / 20).max(3));
    Some((min - pad, max + pad))
}

/// Events between two actors over time, on a −10…+10 Goldstein scale, each point a link to its
/// article. `domain` is shared by the charts shown side by side.
pub(super) fn goldstein(points: &[Point], domain: (NaiveDate, NaiveDate), caption: &str) -> Markup {
    let height = 250.0;
    let plot_w = W - LEFT - RIGHT;
    let plot_h = height - TOP - BOTTOM;
    let (first, last) = domain;
    let span = (last - first).num_days().max(1) as f64;
    let x = |d: NaiveDate| LEFT + plot_w * ((d - first).num_days() as f64) / span;
    let y = |g: f64| TOP + plot_h * (10.0 - g.clamp(-10.0, 10.0)) / 20.0;
    // Points on the same day and score are spread sideways so that each stays clickable.
    let mut seen: BTreeMap<(NaiveDate, i64), usize> = BTreeMap::new();
    let placed: Vec<(f64, f64, &Point)> = points
        .iter()
        .map(|p| {
            let k = seen
                .entry((p.day, (p.goldstein * 10.0).round() as i64))
                .or_insert(0);
            let shift = match *k {
                0 => 0.0,
                n if n % 2 == 1 => 9.0 * n.div_ceil(2) as f64,
                n => -9.0 * (n / 2) as f64,
            };
            *k += 1;
            (x(p.day) + shift, y(p.goldstein), p)
        })
        .collect();
    let ticks: Vec<NaiveDate> = {
        let n = 6;
        let mut out: Vec<NaiveDate> = (0..n)
            .map(|k| first + Duration::days(((last - first).num_days() * k) / (n - 1)))
            .collect();
        out.dedup();
        out
    };
    html! {
        figure.chart.goldstein-chart {
            svg.goldstein viewBox=(format!("0 0 {W} {height}")) direction="ltr" role="img" aria-label=(caption) {
                rect.coop-zone x=(LEFT) y=(y(10.0)) width=(plot_w) height=(y(0.0) - y(10.0)) {}
                rect.conf-zone x=(LEFT) y=(y(0.0)) width=(plot_w) height=(y(-10.0) - y(0.0)) {}
                @for g in [-10, -5, 5, 10] {
                    line.grid x1=(LEFT) x2=(W - RIGHT) y1=(y(f64::from(g))) y2=(y(f64::from(g))) {}
                    text.tick x=(LEFT - 6.0) y=(y(f64::from(g)) + 4.0) text-anchor="end" { (format!("{g:+}")) }
                }
                line.axis x1=(LEFT) x2=(W - RIGHT) y1=(y(0.0)) y2=(y(0.0)) {}
                text.tick x=(LEFT - 6.0) y=(y(0.0) + 4.0) text-anchor="end" { "0" }
                text.zone-label x=(W - RIGHT - 6.0) y=(y(10.0) + 16.0) text-anchor="end" { "تعاون" }
                text.zone-label x=(W - RIGHT - 6.0) y=(y(-10.0) - 8.0) text-anchor="end" { "نزاع" }
                @for (i, d) in ticks.iter().enumerate() {
                    line.tick-mark x1=(fmt(x(*d))) x2=(fmt(x(*d))) y1=(y(-10.0)) y2=(y(-10.0) + 5.0) {}
                    text.tick x=(fmt(x(*d))) y=(height - 10.0) text-anchor=(anchor(i, ticks.len())) { (day_month_ar(*d)) }
                }
                @for (px, py, p) in &placed {
                    a.point-link href=(p.href) {
                        circle class=(format!("point {}{}", goldstein_class(p.goldstein), if p.negated { " negated" } else { "" }))
                            cx=(fmt(*px)) cy=(fmt(*py)) r="7" {
                            title { (p.title) }
                        }
                    }
                }
            }
            figcaption { (caption) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn bars_fill_empty_days_and_skip_bad_dates() {
        let per_day = vec![
            ("2025-06-03".to_owned(), 2),
            ("2025-06-06".to_owned(), 1),
            ("not a day".to_owned(), 9),
        ];
        let (bin, bars) = bars(&per_day);
        assert_eq!(bin, Bin::Day);
        let counts: Vec<u64> = bars.iter().map(|b| b.count).collect();
        assert_eq!(counts, vec![2, 0, 0, 1]);
        assert_eq!(bars[0].start, d("2025-06-03"));
    }

    #[test]
    fn long_spans_are_grouped_by_week_then_month() {
        let (bin, weeks) = bars(&[("2025-01-01".into(), 1), ("2025-12-31".into(), 3)]);
        assert_eq!(bin, Bin::Week);
        assert_eq!(weeks.iter().map(|b| b.count).sum::<u64>(), 4);
        assert_eq!(weeks[0].start, d("2024-12-30"), "weeks start on Monday");
        let (bin, months) = bars(&[("2020-01-15".into(), 1), ("2025-12-31".into(), 3)]);
        assert_eq!(bin, Bin::Month);
        assert_eq!(months.len(), 72);
        assert_eq!(months[0].start, d("2020-01-01"));
        assert_eq!(months[0].end, d("2020-01-31"));
    }

    #[test]
    fn histogram_links_each_nonempty_bar() {
        let per_day = vec![("2025-06-03".to_owned(), 2), ("2025-06-05".to_owned(), 1)];
        let svg = histogram(&per_day, 160.0, "عدد المقالات", |a, b| {
            format!("/?from={a}&to={b}")
        })
        .into_string();
        assert_eq!(svg.matches("<rect class=\"bar\"").count(), 2);
        assert!(svg.contains("/?from=2025-06-03&amp;to=2025-06-03"));
        assert!(!svg.contains("style="));
    }

    #[test]
    fn goldstein_points_are_links_and_spread_when_equal() {
        let p = |day: &str, g: f64| Point {
            day: d(day),
            goldstein: g,
            negated: false,
            href: "/article/a".into(),
            title: "<b>زيارة</b>".into(),
        };
        let points = vec![
            p("2025-06-03", 1.9),
            p("2025-06-03", 1.9),
            p("2025-07-09", -4.4),
        ];
        let domain = day_domain(points.iter().map(|p| &p.day)).unwrap();
        let svg = goldstein(&points, domain, "الولايات المتحدة — مالي").into_string();
        assert_eq!(svg.matches("<circle").count(), 3);
        assert!(svg.contains("point conf"));
        assert!(
            svg.contains("&lt;b&gt;زيارة&lt;/b&gt;"),
            "titles are escaped"
        );
        let xs: Vec<&str> = svg
            .match_indices("cx=\"")
            .map(|(i, _)| &svg[i + 4..i + 10])
            .collect();
        assert_ne!(xs[0], xs[1], "equal points are spread");
    }

    #[test]
    fn ticks_are_spread_and_bounded() {
        assert_eq!(tick_indexes(3, 6), vec![0, 1, 2]);
        let t = tick_indexes(100, 6);
        assert_eq!(t.first(), Some(&0));
        assert_eq!(t.last(), Some(&99));
        assert_eq!(t.len(), 6);
    }
}
