//! Any bytes as a content file: decoding (BOM, CRLF, not UTF-8), splitting the front matter
//! and parsing it as a page and as a section index give a result or an error, never a panic.

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let file = Path::new("content/news/x.lv.md");
    let text = match herald::source::decode_utf8(data, file) {
        Ok(text) => text,
        Err(f) => {
            assert!(f.0[0].line.is_some());
            return;
        }
    };
    if let Ok((yaml, yaml_line, body, body_line)) = herald::content::split_front_matter(&text, file)
    {
        assert_eq!(yaml_line, 2);
        assert!(text[4..].starts_with(yaml));
        assert!(text.ends_with(body));
        assert_eq!(body_line, 3 + yaml.matches('\n').count());
    }
    for is_index in [false, true] {
        if let Err(f) = herald::content::parse_page(&text, file, "lv", is_index) {
            assert!(f.0.iter().all(|d| d.file.as_deref() == Some(file)));
        }
    }
});
