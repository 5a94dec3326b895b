//! `rasd serve` through the binary: its options, and a store served with one read handle.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

fn rasd() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_rasd"));
    cmd.env_remove("RASD_LOG").env("NO_COLOR", "1");
    cmd
}

/// Stops the server when the test ends, passed or not.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// One HTTP/1.0 GET; the whole answer (status line, headers, body).
fn get(addr: &str, path: &str) -> String {
    let mut stream = TcpStream::connect(addr).expect("the server accepts connections");
    write!(stream, "GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n").expect("request written");
    let mut answer = String::new();
    stream
        .read_to_string(&mut answer)
        .expect("answer read to the end");
    answer
}

#[test]
fn readers_out_of_range_are_refused_with_the_option_named() {
    let data = tempfile::tempdir().expect("temp dir");
    for bad in ["0", "-1", "many", "100000"] {
        let out = rasd()
            .args([
                "serve",
                "--addr",
                "127.0.0.1:0",
                &format!("--readers={bad}"),
                "--data",
            ])
            .arg(data.path())
            .output()
            .expect("the rasd binary runs");
        assert!(!out.status.success(), "--readers {bad} was accepted");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("--readers"), "--readers {bad}: {err}");
    }
}

#[test]
fn query_timeouts_out_of_range_are_refused_with_the_option_named() {
    let data = tempfile::tempdir().expect("temp dir");
    for bad in ["0", "-3", "NaN", "inf", "1e300", "86401"] {
        let out = rasd()
            .args([
                "serve",
                "--addr",
                "127.0.0.1:0",
                &format!("--query-timeout={bad}"),
                "--data",
            ])
            .arg(data.path())
            .output()
            .expect("the rasd binary runs");
        assert!(!out.status.success(), "--query-timeout {bad} was accepted");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("--query-timeout"),
            "--query-timeout {bad}: {err}"
        );
    }
}

#[test]
fn one_reader_answers_searches_one_after_another() {
    let data = tempfile::tempdir().expect("temp dir");
    let mut child = rasd()
        .args(["serve", "--addr", "127.0.0.1:0", "--readers", "1", "--data"])
        .arg(data.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("rasd serve starts");
    let stdout = child.stdout.take().expect("stdout piped");
    let server = Server(child);
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("the address line");
    let addr = line
        .trim()
        .strip_prefix("http://")
        .and_then(|a| a.strip_suffix('/'))
        .unwrap_or_else(|| panic!("no address printed: {line:?}"))
        .to_owned();
    // Several clients at once share the one handle: each gets its answer.
    let answers: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|_| s.spawn(|| get(&addr, "/api/search?q=%D9%85%D8%A7%D9%84%D9%8A")))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("client thread"))
            .collect()
    });
    for answer in answers {
        assert!(answer.starts_with("HTTP/1.0 200"), "{answer}");
        assert!(answer.contains("\"total\":0"), "{answer}");
    }
    drop(server);
}
