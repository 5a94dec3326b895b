//! Our own plain-text pages, in the layouts of different news sites.
