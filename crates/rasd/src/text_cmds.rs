//! `rasd normalize`, `rasd tokenize`, `rasd date`: the text toolkit on the command line.
//! TODO: being written (issue 2).
