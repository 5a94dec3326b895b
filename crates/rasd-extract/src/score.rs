//! TODO: the ScrapingHub shingle F1 metric (issue 3), being written.
