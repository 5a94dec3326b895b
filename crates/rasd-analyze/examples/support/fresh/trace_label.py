"""Patches an old engine.rs so that each event's label carries its trigger:
`label<U+0001>trigger start<U+0001>trigger is a noun<U+0001>source named in the sentence`.
Used by make_dumps.sh; read back by `learned::Sample::from_traced_labels`."""
import sys

path = sys.argv[1]
src = open(path, encoding="utf-8").read()
old = """        self.events.push(Event {
            code: cc.code.to_string(),
            label: cc.label.to_string(),"""
if src.count(old) != 1:
    sys.exit(f"{path}: expected one event push with its label, found {src.count(old)}")
new = """        self.events.push(Event {
            code: cc.code.to_string(),
            label: format!("{}\\u{1}{}\\u{1}{}\\u{1}{}", cc.label, self.para.tokens.get(i).map_or(0, |t| t.start),
                self.para.hits.get(i).copied().flatten().is_some_and(|e| e.pos == Pos::Noun), source.explicit),"""
open(path, "w", encoding="utf-8").write(src.replace(old, new))
