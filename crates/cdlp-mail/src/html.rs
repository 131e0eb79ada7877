//! The HTML part of a message, derived from its plain text: paragraphs, line breaks and links.
//! Everything is escaped first, so a value written by a user cannot become markup.

/// A small HTML document in French with the text's paragraphs; `http(s)://` URLs become links.
pub fn text_to_html(title: &str, text: &str) -> String {
    let body = text_to_html_fragment(text);
    format!(
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head><meta charset=\"utf-8\"><title>{}</title></head>\n\
         <body style=\"font-family: Marianne, Arial, sans-serif; line-height: 1.5; color: #161616\">\n{body}</body>\n</html>\n",
        escape(title)
    )
}

/// The text's paragraphs as HTML (`<p>` with `<br>` and links), escaped.
pub fn text_to_html_fragment(text: &str) -> String {
    let mut body = String::new();
    for paragraph in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        body.push_str("<p>");
        let lines: Vec<String> = paragraph.lines().map(linkify).collect();
        body.push_str(&lines.join("<br>\n"));
        body.push_str("</p>\n");
    }
    body
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes a line and turns each URL in it into a link (a URL ends at white space).
fn linkify(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while let Some(start) = ["https://", "http://"]
        .iter()
        .filter_map(|p| rest.find(p))
        .min()
    {
        out.push_str(&escape(&rest[..start]));
        let tail = &rest[start..];
        let end = tail.find(char::is_whitespace).unwrap_or(tail.len());
        // Trailing punctuation belongs to the sentence, not the link.
        let url = tail[..end].trim_end_matches(['.', ',', ';', ':', ')']);
        let url_html = escape(url);
        out.push_str(&format!("<a href=\"{url_html}\">{url_html}</a>"));
        rest = &tail[url.len()..];
    }
    out.push_str(&escape(rest));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_links_and_escaping() {
        let html = text_to_html(
            "Invitation <b>",
            "Bonjour,\n\nOuvrez https://cdlp.fr/invitation/a?b=1&c=2.\nMerci <script>\n",
        );
        assert!(html.contains("<title>Invitation &lt;b&gt;</title>"));
        assert!(html.contains("<p>Bonjour,</p>"));
        assert!(html.contains(
            "Ouvrez <a href=\"https://cdlp.fr/invitation/a?b=1&amp;c=2\">https://cdlp.fr/invitation/a?b=1&amp;c=2</a>.<br>"
        ));
        assert!(html.contains("Merci &lt;script&gt;"));
        assert!(!html.contains("<script>"));
    }

    #[test]
    fn a_quote_in_a_url_cannot_leave_the_attribute() {
        let html = text_to_html("x", "https://a.fr/\"onmouseover=x y");
        assert!(html.contains("href=\"https://a.fr/&quot;onmouseover=x\""));
    }
}
