//! The site of a page: the host of its URL, the way rasd records it in `Article::site`.

/// The host of `url`, lowercased, without a scheme, user info, port, path or a leading `www.`;
/// `None` when there is no host with a dot in it (`"not a url"`, `"http:///x"`).
///
/// ```
/// use rasd_text::url::site_of;
/// assert_eq!(site_of("https://WWW.Okaz.com.sa:443/news/1?x=2").as_deref(), Some("okaz.com.sa"));
/// assert_eq!(site_of("localhost/x"), None);
/// ```
pub fn site_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (!host.is_empty() && host.contains('.')).then(|| host.to_owned())
}

#[cfg(test)]
mod tests {
    use super::site_of;

    #[test]
    fn the_site_is_the_bare_lowercase_host() {
        assert_eq!(
            site_of("https://www.example.com:8080/x?y").as_deref(),
            Some("example.com")
        );
        assert_eq!(
            site_of("http://user:pw@News.Example.org/a").as_deref(),
            Some("news.example.org")
        );
        assert_eq!(site_of("example.net/path").as_deref(), Some("example.net"));
        assert_eq!(
            site_of("https://x.example.com#top").as_deref(),
            Some("x.example.com")
        );
    }

    #[test]
    fn no_site_without_a_dotted_host() {
        assert_eq!(site_of("not a url"), None);
        assert_eq!(site_of(""), None);
        assert_eq!(site_of("http:///path"), None);
        assert_eq!(site_of("http://localhost:8080/"), None);
    }
}
