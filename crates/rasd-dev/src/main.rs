//! rasd-dev: generators for the data rasd ships. TODO: being written.

fn main() {}
