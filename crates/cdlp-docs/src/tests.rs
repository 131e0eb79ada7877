//! Whole-document tests. They read the generated files back with a small parser of their own:
//! the cross-reference table, the page content streams and the text they show.

use chrono::NaiveDate;

use crate::layout::{CONTENT_LEFT, CONTENT_RIGHT};
use crate::letter::APPEAL;
use crate::winansi::{Font, decode, encode};
use crate::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn item(n: usize) -> MinutesItem {
    MinutesItem {
        reference: format!("PSP-75-2026-{n:04}"),
        request_label: if n.is_multiple_of(3) {
            format!("Renouvellement n° {}", n % 4 + 1)
        } else {
            "Première demande".to_owned()
        },
        association: "Amicale du Nid — Paris".to_owned(),
        avis_label: ["Favorable", "Défavorable", "Ajourné"][n % 3].to_owned(),
        votes_for: 6,
        votes_against: u32::from(n.is_multiple_of(2)),
        abstentions: (n % 3) as u32,
        casting_vote_used: n.is_multiple_of(5),
        recused: if n.is_multiple_of(4) {
            vec!["Mme Élodie Lefèvre".to_owned()]
        } else {
            Vec::new()
        },
        remarks: (n % 2 == 1).then(|| {
            "La commission relève l’engagement de la personne dans sa formation «\u{A0}français \
             langue étrangère\u{A0}» et son accès à un hébergement stable (coût : 0 €)."
                .to_owned()
        }),
    }
}

fn minutes(items: usize) -> Minutes {
    Minutes {
        department_code: "75".to_owned(),
        department_name: "Paris".to_owned(),
        session_date: date(2026, 3, 12),
        place: "Salle Marianne, préfecture".to_owned(),
        second_convocation: false,
        quorum_reached: true,
        voting_members: 12,
        present_voting_members: 7,
        attendees: vec![
            Attendee {
                name: "M. Jérôme Dupré".to_owned(),
                seat_label: "Magistrat du parquet".to_owned(),
                present: true,
                voting: true,
            },
            Attendee {
                name: "Mme Élodie Lefèvre".to_owned(),
                seat_label: "Représentante d’une association agréée".to_owned(),
                present: true,
                voting: true,
            },
            Attendee {
                name: "Mme Françoise Nguyễn".to_owned(),
                seat_label: "Déléguée départementale aux droits des femmes et à l’égalité, \
                             secrétariat de la commission"
                    .to_owned(),
                present: false,
                voting: false,
            },
        ],
        items: (1..=items).map(item).collect(),
        closed_on: date(2026, 3, 14),
    }
}

fn letter(authorised: bool) -> DecisionLetter {
    DecisionLetter {
        department_name: "Paris".to_owned(),
        prefecture_name: "Préfecture de Paris".to_owned(),
        reference: "PSP-75-2026-0012".to_owned(),
        decided_on: date(2026, 3, 20),
        recipient_name: "Mme Aïcha Benali".to_owned(),
        association: "Amicale du Nid".to_owned(),
        dossier_reference: "D-75-2026-0042".to_owned(),
        authorised,
        period: authorised.then(|| (date(2026, 4, 1), date(2026, 9, 30))),
        request_label: "Première demande".to_owned(),
        reasons: if authorised {
            String::new()
        } else {
            "Le dossier ne comporte pas le document de suivi signé par la personne.".to_owned()
        },
        signatory: "Pour le préfet et par délégation,\nla directrice départementale de l’emploi, \
                    du travail et des solidarités"
            .to_owned(),
    }
}

// --- A small reader of the files this crate writes -------------------------------------------

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

fn ascii(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).expect("ASCII structure")
}

/// Checks the cross-reference table against the file and returns the object offsets.
fn check_xref(pdf: &[u8]) -> Vec<usize> {
    let start = rfind(pdf, b"startxref\n").expect("startxref");
    let rest = ascii(&pdf[start + 10..]);
    let xref: usize = rest.lines().next().unwrap().parse().unwrap();
    assert!(
        pdf[xref..].starts_with(b"xref\n0 "),
        "startxref points at xref"
    );
    let table = ascii(&pdf[xref..start]);
    let mut lines = table.lines().skip(1);
    let size: usize = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let entries_start = xref + find(&pdf[xref..], b"0000000000 65535 f \n").unwrap();
    let mut offsets = Vec::new();
    for n in 0..size {
        let entry = &pdf[entries_start + 20 * n..entries_start + 20 * (n + 1)];
        assert_eq!(entry.len(), 20);
        let entry = ascii(entry);
        if n == 0 {
            assert_eq!(entry, "0000000000 65535 f \n");
            continue;
        }
        assert!(entry.ends_with(" 00000 n \n"), "entry {n}: {entry:?}");
        let offset: usize = entry[..10].parse().unwrap();
        let header = format!("{n} 0 obj\n");
        assert!(
            pdf[offset..].starts_with(header.as_bytes()),
            "xref entry {n} points at {:?}",
            String::from_utf8_lossy(&pdf[offset..offset + 12])
        );
        offsets.push(offset);
    }
    assert!(pdf[entries_start + 20 * size..].starts_with(b"trailer\n"));
    let trailer = ascii(&pdf[entries_start + 20 * size..start]);
    assert!(trailer.contains(&format!("/Size {size} ")));
    assert!(trailer.contains("/Root 1 0 R") && trailer.contains("/Info 5 0 R"));
    offsets
}

/// The content streams, in page order, their /Length checked.
fn streams(pdf: &[u8]) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(i) = find(&pdf[at..], b"stream\n") {
        let begin = at + i + 7;
        if pdf[..at + i].ends_with(b"end") {
            at = begin;
            continue;
        }
        let dict_start = rfind(&pdf[..at + i], b"<< /Length ").unwrap();
        let length: usize = ascii(&pdf[dict_start + 11..at + i])
            .trim_end_matches(" >>\n")
            .parse()
            .unwrap();
        assert!(pdf[begin + length..].starts_with(b"\nendstream"));
        out.push(&pdf[begin..begin + length]);
        at = begin + length;
    }
    out
}

#[derive(Debug)]
struct Run {
    font: Font,
    size: f32,
    x: f32,
    y: f32,
    text: Vec<u8>,
}

/// The text shown by a content stream: Tf, Td and Tj inside BT … ET, strings unescaped.
fn runs(stream: &[u8]) -> Vec<Run> {
    let mut out = Vec::new();
    let mut operands: Vec<Vec<u8>> = Vec::new();
    let (mut font, mut size, mut x, mut y) = (Font::Regular, 0.0, 0.0, 0.0);
    let mut i = 0;
    while i < stream.len() {
        match stream[i] {
            b' ' | b'\n' => i += 1,
            b'(' => {
                let mut s = Vec::new();
                i += 1;
                while stream[i] != b')' {
                    if stream[i] == b'\\' {
                        i += 1;
                        s.push(match stream[i] {
                            b'n' => b'\n',
                            b'r' => b'\r',
                            other => other,
                        });
                    } else {
                        s.push(stream[i]);
                    }
                    i += 1;
                }
                i += 1;
                operands.push(s);
            }
            _ => {
                let end = stream[i..]
                    .iter()
                    .position(|&b| b == b' ' || b == b'\n')
                    .map_or(stream.len(), |p| i + p);
                let token = &stream[i..end];
                i = end;
                let number = |o: &[u8]| ascii(o).parse::<f32>().unwrap();
                match token {
                    b"Tf" => {
                        font = match &operands[0][..] {
                            b"/F1" => Font::Regular,
                            b"/F2" => Font::Bold,
                            other => panic!("unknown font {other:?}"),
                        };
                        size = number(&operands[1]);
                    }
                    b"Td" => {
                        x = number(&operands[0]);
                        y = number(&operands[1]);
                    }
                    b"Tj" => out.push(Run {
                        font,
                        size,
                        x,
                        y,
                        text: operands[0].clone(),
                    }),
                    t if t[0].is_ascii_digit() || t[0] == b'-' || t[0] == b'/' => {
                        operands.push(token.to_vec());
                        continue;
                    }
                    _ => {}
                }
                operands.clear();
            }
        }
    }
    out
}

/// The text of each page, line by line (runs joined with spaces).
fn page_texts(pdf: &[u8]) -> Vec<String> {
    streams(pdf)
        .iter()
        .map(|s| {
            runs(s)
                .iter()
                .map(|r| decode(&r.text))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

fn all_text(pdf: &[u8]) -> String {
    page_texts(pdf).join(" ")
}

fn page_count(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    let at = text.find("/Type /Pages").unwrap();
    let count = &text[at..];
    let count = &count[count.find("/Count ").unwrap() + 7..];
    count[..count.find(' ').unwrap()].parse().unwrap()
}

fn check_well_formed(pdf: &[u8]) {
    assert!(pdf.starts_with(b"%PDF-1.4\n%"));
    let comment = &pdf[9..pdf[9..].iter().position(|&b| b == b'\n').unwrap() + 9];
    assert!(
        comment[1..].iter().all(|&b| b >= 128),
        "binary comment line"
    );
    assert!(pdf.ends_with(b"%%EOF"));
    check_xref(pdf);
    assert_eq!(streams(pdf).len(), page_count(pdf));
}

/// Every piece of text lies between the margins, its width computed from the font metrics.
fn check_margins(pdf: &[u8]) {
    for (page, stream) in streams(pdf).iter().enumerate() {
        for run in runs(stream) {
            let width = run.font.width(&run.text, run.size);
            assert!(
                run.x >= CONTENT_LEFT - 0.01 && run.x + width <= CONTENT_RIGHT + 0.01,
                "page {}: {:?} at x = {} is {width} wide",
                page + 1,
                decode(&run.text),
                run.x
            );
            assert!(run.y > 30.0 && run.y < 800.0, "{run:?}");
        }
    }
}

// --- Tests -----------------------------------------------------------------------------------

#[test]
fn minutes_are_a_well_formed_pdf() {
    let pdf = minutes_pdf(&minutes(3));
    check_well_formed(&pdf);
    check_margins(&pdf);
    let text = String::from_utf8_lossy(&pdf);
    assert!(text.contains("/BaseFont /Helvetica /Encoding /WinAnsiEncoding"));
    assert!(text.contains("/BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding"));
    assert!(text.contains("/MediaBox [0 0 595 842]"));
    assert!(text.contains("/Producer (CDLP)"));
    assert!(text.contains("/CreationDate (D:20260314000000)"));
}

#[test]
fn letters_are_well_formed_pdfs() {
    for authorised in [true, false] {
        let pdf = decision_letter_pdf(&letter(authorised));
        check_well_formed(&pdf);
        check_margins(&pdf);
        assert!(String::from_utf8_lossy(&pdf).contains("/CreationDate (D:20260320000000)"));
    }
}

#[test]
fn output_is_deterministic() {
    assert_eq!(minutes_pdf(&minutes(12)), minutes_pdf(&minutes(12)));
    assert_eq!(
        decision_letter_pdf(&letter(true)),
        decision_letter_pdf(&letter(true))
    );
    let mut later = minutes(12);
    later.closed_on = date(2026, 3, 16);
    let pdf = minutes_pdf(&later);
    assert!(String::from_utf8_lossy(&pdf).contains("/CreationDate (D:20260316000000)"));
}

#[test]
fn title_is_stored_exactly_in_utf16() {
    let pdf = minutes_pdf(&minutes(1));
    let text = String::from_utf8_lossy(&pdf);
    let at = text.find("/Title <FEFF").unwrap() + 12;
    let hex = &text[at..at + text[at..].find('>').unwrap()];
    let units: Vec<u16> = (0..hex.len() / 4)
        .map(|i| u16::from_str_radix(&hex[4 * i..4 * i + 4], 16).unwrap())
        .collect();
    assert_eq!(
        String::from_utf16(&units).unwrap(),
        "Procès-verbal de la séance du 12 mars 2026 — CDLP Paris"
    );
}

#[test]
fn accented_text_is_written_in_cp1252() {
    let pdf = minutes_pdf(&minutes(1));
    let content = streams(&pdf).concat();
    // "Procès-verbal de la séance", "départementale", "d’exploitation", "0 €", "« … »", "—".
    for needle in [
        &b"Proc\xE8s-verbal de la s\xE9ance du 12 mars 2026"[..],
        b"d\xE9partementale",
        b"d\x92exploitation",
        b"0 \x80\\)",
        b"\xAB\xA0fran\xE7ais",
        b"sexuelle \x97 Paris",
        b"Dupr\xE9",
    ] {
        assert!(
            find(&content, needle).is_some(),
            "{}",
            String::from_utf8_lossy(needle)
        );
    }
    // A letter outside CP1252 (ễ) prints as '?'; the text never holds raw UTF-8.
    assert!(find(&content, b"Nguy?n").is_some());
    assert!(find(&content, "é".as_bytes()).is_none());
}

#[test]
fn parentheses_and_backslashes_are_escaped() {
    let mut m = minutes(1);
    m.place = r"Salle (B) \ 2".to_owned();
    let pdf = minutes_pdf(&m);
    assert!(find(&streams(&pdf).concat(), br"(Salle \(B\) \\ 2) Tj").is_some());
    check_xref(&pdf);
}

#[test]
fn minutes_content_in_french() {
    let pdf = minutes_pdf(&minutes(4));
    let text = all_text(&pdf);
    for expected in [
        "Commission départementale de lutte contre la prostitution, le proxénétisme et la traite \
         des êtres humains aux fins d’exploitation sexuelle — Paris",
        "Procès-verbal de la séance du 12 mars 2026",
        "Salle Marianne, préfecture",
        "Le quorum est atteint (7 membres votants présents sur 12).",
        "2 membres présents ; 1 membre absent ou excusé.",
        "1. Dossier PSP-75-2026-0001",
        "2. Dossier PSP-75-2026-0002",
        "Avis de la commission\u{A0}: Défavorable",
        "6 voix pour, 1 voix contre, 2 abstentions",
        "Mme Élodie Lefèvre (n’a pas pris part à la délibération ni au vote)",
        "Observations\u{A0}: La commission relève",
        "Procès-verbal clos le 14 mars 2026.",
        "Page 1 / ",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in {text}");
    }
}

#[test]
fn quorum_statements() {
    let mut m = minutes(0);
    m.second_convocation = true;
    m.quorum_reached = false;
    m.present_voting_members = 4;
    let text = all_text(&minutes_pdf(&m));
    assert!(
        text.contains("Seconde convocation : la commission délibère sans condition de quorum.")
    );
    assert!(text.contains("Aucun dossier n’a été examiné au cours de la séance."));

    m.second_convocation = false;
    m.present_voting_members = 1;
    m.items = vec![item(8)];
    m.items[0].recused.push("M. Jérôme Dupré".to_owned());
    let text = all_text(&minutes_pdf(&m));
    assert!(text.contains("Le quorum n’est pas atteint (1 membre votant présent sur 12)"));
    assert!(text.contains(
        "Mme Élodie Lefèvre, M. Jérôme Dupré (n’ont pas pris part à la délibération ni au vote)"
    ));
}

#[test]
fn empty_minutes_fit_on_one_page() {
    let mut m = minutes(0);
    m.attendees.clear();
    let pdf = minutes_pdf(&m);
    check_well_formed(&pdf);
    assert_eq!(page_count(&pdf), 1);
    assert!(all_text(&pdf).contains("Page 1 / 1"));
}

#[test]
fn long_minutes_span_several_pages_each_numbered() {
    let mut m = minutes(30);
    // Enough members for the attendance table to need its own page break too.
    let member = m.attendees[0].clone();
    m.attendees.extend(std::iter::repeat_n(member, 45));
    let pdf = minutes_pdf(&m);
    check_well_formed(&pdf);
    check_margins(&pdf);
    let pages = page_texts(&pdf);
    let n = pages.len();
    assert!(n >= 4, "{n} pages");
    assert_eq!(n, page_count(&pdf));
    for (i, page) in pages.iter().enumerate() {
        assert!(
            page.contains(&format!("Page {} / {n}", i + 1)),
            "page {}",
            i + 1
        );
        assert!(page.contains("CDLP 75 — procès-verbal de la séance du 12 mars 2026"));
    }
    // The table header is repeated on the page where the attendance list goes on.
    assert!(
        pages[1].starts_with("Membre Qualité Voix Présence"),
        "{}",
        pages[1]
    );
    let text = all_text(&pdf);
    for i in 1..=30 {
        assert!(
            text.contains(&format!("{i}. Dossier PSP-75-2026-{i:04}")),
            "item {i}"
        );
    }
    // No body line is written into the footer area.
    for stream in streams(&pdf) {
        for run in runs(stream) {
            assert!(run.y >= 72.0 || run.size == 8.0, "{run:?}");
        }
    }
}

#[test]
fn overlong_input_is_wrapped_or_cut_inside_the_margins() {
    let long_word = "Exceptionnellementinsécable".repeat(8);
    let mut m = minutes(3);
    m.place = format!("Salle {long_word} bâtiment Œ, 3e étage");
    m.department_name = "Territoire-de-Belfort".repeat(6);
    m.attendees[0].name = long_word.clone();
    m.attendees[0].seat_label = "Représentant ".repeat(20);
    m.items[0].reference = long_word.clone();
    m.items[0].association = format!("Association {long_word}");
    m.items[1].remarks = Some(format!(
        "{}\n\n{long_word}",
        "Remarque longue. ".repeat(200)
    ));
    m.items[2].recused = vec![long_word.clone(); 5];
    let pdf = minutes_pdf(&m);
    check_well_formed(&pdf);
    check_margins(&pdf);
    // Table cells are cut with "…" rather than wrapped.
    assert!(find(&streams(&pdf).concat(), b"\x85) Tj").is_some());

    let mut d = letter(false);
    d.reasons = format!("{} {long_word}", "Motif détaillé. ".repeat(150));
    d.association = long_word.clone();
    d.recipient_name = long_word;
    let pdf = decision_letter_pdf(&d);
    check_well_formed(&pdf);
    check_margins(&pdf);
    assert!(page_count(&pdf) >= 2);
    let pages = page_texts(&pdf);
    for (i, page) in pages.iter().enumerate() {
        assert!(page.contains(&format!("Page {} / {}", i + 1, pages.len())));
    }
}

#[test]
fn authorisation_letter() {
    let pdf = decision_letter_pdf(&letter(true));
    let text = all_text(&pdf);
    for expected in [
        "RÉPUBLIQUE FRANÇAISE",
        "Préfecture de Paris",
        "Mme Aïcha Benali",
        "Aux bons soins de l’association Amicale du Nid",
        "Le 20 mars 2026",
        "Référence\u{A0}: PSP-75-2026-0012",
        "Dossier\u{A0}: D-75-2026-0042",
        "Objet\u{A0}: parcours de sortie de la prostitution et d’insertion sociale et professionnelle",
        "pour la période du 1er avril 2026 au 30 septembre 2026.",
        "aide financière à l’insertion sociale et professionnelle (AFIS)",
        "autorisation provisoire de séjour",
        "Pour le préfet et par délégation,",
        "Page 1 / 1",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in {text}");
    }
    assert!(!text.contains("recours gracieux"));
}

#[test]
fn refusal_letter_gives_reasons_and_appeal_routes() {
    let pdf = decision_letter_pdf(&letter(false));
    let text = all_text(&pdf);
    for expected in [
        "je ne peux pas autoriser votre engagement dans ce parcours.",
        "Le dossier ne comporte pas le document de suivi signé par la personne.",
        "Voies et délais de recours",
        "recours gracieux auprès du préfet ou recours contentieux devant le tribunal \
         administratif dans un délai de deux mois",
        APPEAL,
    ] {
        assert!(text.contains(expected), "missing {expected:?} in {text}");
    }
    assert!(!text.contains("AFIS"));
    assert!(!text.contains("période du"));
}

#[test]
fn every_cp1252_character_round_trips_through_a_document() {
    let sample = "éèêëàâçîïôöùûüÿœŒæÆ«»’–—€ÉÈÊËÀÂÇÎÏÔÖÙÛÜŸ";
    let mut d = letter(false);
    d.reasons = sample.to_owned();
    let pdf = decision_letter_pdf(&d);
    assert!(find(&streams(&pdf).concat(), &encode(sample)).is_some());
    assert!(all_text(&pdf).contains(sample));
}
