//! Integration tests of rasd-extract: the seed page, our own plain-text pages in the layouts of
//! different sites, bad input, and plain-text quality on the ScrapingHub set.

#[path = "suite/bad_input.rs"]
mod bad_input;
#[path = "suite/common.rs"]
mod common;
#[path = "suite/pages.rs"]
mod pages;
#[path = "suite/scrapinghub_text.rs"]
mod scrapinghub_text;
#[path = "suite/seed.rs"]
mod seed;
