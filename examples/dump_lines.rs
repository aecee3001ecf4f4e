//! Prints each normalised line of a file with its classification: a
//! tool for working on the parser's rules (`cargo run --example
//! dump_lines -- FILE`).

fn main() {
    let path = std::env::args().nth(1).expect("usage: dump_lines FILE");
    let text = std::fs::read_to_string(&path).expect("a readable UTF-8 file");
    for l in minutes::normalize::lines(&text) {
        let c = minutes::classify::classify(l);
        println!(
            "{:>4} {:?} {:?} | {}",
            c.line.no,
            c.kind,
            c.marker,
            &c.line.text[..c.line.text.len().min(150)]
        );
    }
}
