//! The frame every page shares: `<html lang="ar" dir="rtl">`, the stylesheet, the top bar with
//! the search box and the navigation.

use maud::{html, Markup, DOCTYPE};

/// Which navigation entry is the current page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Nav {
    /// The search page.
    Search,
    /// The relations page.
    Relations,
    /// The map page.
    Map,
    /// Any other page (article, entity, error).
    None,
}

/// A whole page: `title` in the tab, `query` in the top bar's search box, `body` in `<main>`.
pub(super) fn frame(title: &str, nav: Nav, query: &str, body: Markup) -> Markup {
    let entry = |href: &str, label: &str, this: Nav| {
        html! {
            @if nav == this {
                a.nav-item.current href=(href) aria-current="page" { (label) }
            } @else {
                a.nav-item href=(href) { (label) }
            }
        }
    };
    html! {
        (DOCTYPE)
        html lang="ar" dir="rtl" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                title { (title) " — رصد" }
                link rel="stylesheet" href="/assets/rasd.css";
                link rel="icon" href="/assets/favicon.svg" type="image/svg+xml";
            }
            body {
                header.topbar {
                    a.brand href="/" { span.brand-name { "رصد" } span.brand-sub { "مرصد الأخبار العربية" } }
                    nav.nav aria-label="الأقسام" {
                        (entry("/", "البحث", Nav::Search))
                        (entry("/relations", "العلاقات", Nav::Relations))
                        (entry("/map", "الخريطة", Nav::Map))
                    }
                    form.topsearch action="/" method="get" role="search" {
                        input type="search" name="q" value=(query) placeholder="ابحث في الأخبار…" aria-label="نص البحث";
                        button type="submit" { "بحث" }
                    }
                }
                main { (body) }
                footer.footer {
                    "رصد — يعمل على جهازك دون اتصال بالإنترنت. "
                    a href="/api/openapi.json" { "واجهة JSON البرمجية" }
                }
            }
        }
    }
}
