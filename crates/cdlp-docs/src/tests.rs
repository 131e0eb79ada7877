//! Whole-document tests. The files are read back with poppler (`pdftotext`, `pdffonts`,
//! `pdfinfo`, `pdftoppm`, Debian's poppler-utils, which tests/run installs): what a reader's
//! tools get from them, not what this crate meant to write.

use std::path::PathBuf;
use std::process::Command;

use chrono::NaiveDate;
use unicode_normalization::UnicodeNormalization;

use crate::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Names as the people concerned write them, one per script the service must print.
const NAMES: [(&str, &str); 7] = [
    ("romanian", "Ștefania Țurcanu"),
    ("vietnamese", "Nguyễn Thị Ánh Tuyết"),
    ("yoruba", "Blessing Okonkwo-Adébáyọ̀"),
    ("russian", "Анастасия Кузнецова"),
    ("greek", "Ελένη Παπαδοπούλου"),
    ("chinese", "王芳"),
    ("arabic", "فاطمة الزهراء بن علي"),
];

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

fn attendee(name: &str, seat: &str, present: bool, voting: bool) -> Attendee {
    Attendee {
        name: name.to_owned(),
        seat_label: seat.to_owned(),
        present,
        represented_by: None,
        voting,
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
            attendee("M. Jérôme Dupré", "Magistrat du parquet", true, true),
            attendee(
                "Mme Élodie Lefèvre",
                "Représentante d’une association agréée",
                true,
                true,
            ),
            attendee(
                "Mme Françoise Nguyễn",
                "Déléguée départementale aux droits des femmes et à l’égalité, secrétariat de \
                 la commission",
                false,
                false,
            ),
        ],
        items: (1..=items).map(item).collect(),
        closed_on: date(2026, 3, 14),
    }
}

fn letter(act: Act) -> DecisionLetter {
    DecisionLetter {
        department_name: "Paris".to_owned(),
        prefecture_name: "Préfecture de Paris".to_owned(),
        reference: "PSP-75-2026-0012".to_owned(),
        decided_on: date(2026, 3, 20),
        recipient_name: "Mme Aïcha Benali".to_owned(),
        association: "Amicale du Nid".to_owned(),
        dossier_reference: "D-75-2026-0042".to_owned(),
        act,
        period: match act {
            Act::FirstAuthorisation => Some((date(2026, 4, 1), date(2026, 9, 30))),
            Act::Renewal => Some((date(2026, 10, 1), date(2027, 3, 31))),
            Act::NonRenewal => Some((date(2026, 4, 1), date(2026, 9, 30))),
            _ => None,
        },
        request_label: match act {
            Act::Renewal | Act::NonRenewal => "Renouvellement n° 1".to_owned(),
            _ => "Première demande".to_owned(),
        },
        avis: match act {
            Act::Stop(_) => None,
            _ => Some(CommissionAvis {
                given_on: date(2026, 3, 12),
                favourable: matches!(act, Act::FirstAuthorisation | Act::Renewal),
            }),
        },
        reasons: match act {
            Act::FirstAuthorisation | Act::Renewal => String::new(),
            Act::Refusal => {
                "Le dossier ne comporte pas le document de suivi signé par la personne.".to_owned()
            }
            Act::NonRenewal => "Les actions d’insertion prévues au document de suivi n’ont pas \
                                été engagées au cours de la période écoulée."
                .to_owned(),
            Act::Stop(StopGround::CommitmentsNotKept) => "Vous ne vous êtes présentée à aucun \
                 des rendez-vous fixés par l’association depuis le 15 janvier 2026."
                .to_owned(),
            Act::Stop(StopGround::PersonRequest) => "Par un courrier du 2 mars 2026 transmis \
                 par l’association, vous avez demandé qu’il soit mis fin au parcours."
                .to_owned(),
            Act::Stop(StopGround::ConditionsNoLongerMet) => "Vous résidez désormais hors du \
                 département et n’êtes plus accompagnée par une association agréée."
                .to_owned(),
        },
        signatory: Signatory {
            first_name: "Hélène".to_owned(),
            last_name: "Marchand-Ødegård".to_owned(),
            quality: "La directrice départementale de l’emploi, du travail et des solidarités"
                .to_owned(),
            delegation: "Pour le préfet et par délégation".to_owned(),
        },
        tribunal: Some("tribunal administratif de Paris".to_owned()),
    }
}

fn act_slug(act: Act) -> &'static str {
    match act {
        Act::FirstAuthorisation => "first_authorisation",
        Act::Renewal => "renewal",
        Act::Refusal => "refusal",
        Act::NonRenewal => "non_renewal",
        Act::Stop(StopGround::CommitmentsNotKept) => "stop_commitments_not_kept",
        Act::Stop(StopGround::PersonRequest) => "stop_person_request",
        Act::Stop(StopGround::ConditionsNoLongerMet) => "stop_conditions_no_longer_met",
    }
}

// --- poppler -------------------------------------------------------------------------------

fn scratch(name: &str, pdf: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cdlp-docs-tests-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // Tests run in parallel and some render the same act: each file its own name.
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = dir.join(format!("{n}-{name}"));
    std::fs::write(&path, pdf).unwrap();
    path
}

fn poppler(tool: &str, args: &[&str], pdf: &[u8], name: &str) -> String {
    let path = scratch(&format!("{name}.pdf"), pdf);
    let out = Command::new(tool)
        .args(args)
        .arg(&path)
        .args(if tool == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .unwrap_or_else(|e| {
            panic!("{tool} (Debian poppler-utils; bash tests/run installs it): {e}")
        });
    assert!(
        out.status.success(),
        "{tool}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let _ = std::fs::remove_file(&path);
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The text a reader copies out of the file (in its physical layout, so that a key stays
/// beside its value), every run of spaces, no-break spaces and line breaks made one space.
/// Page footers are left out, so that a sentence across a page break reads whole.
fn text_of(pdf: &[u8], name: &str) -> String {
    let raw = poppler("pdftotext", &["-layout", "-enc", "UTF-8"], pdf, name);
    raw.lines()
        .filter(|line| !is_footer(line))
        .flat_map(str::split_whitespace)
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_footer(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let n = words.len();
    n >= 4
        && words[n - 4] == "Page"
        && words[n - 2] == "/"
        && words[n - 3].parse::<u32>().is_ok()
        && words[n - 1].parse::<u32>().is_ok()
}

/// Each page's text, pages split at form feeds.
fn pages_of(pdf: &[u8], name: &str) -> Vec<String> {
    let raw = poppler("pdftotext", &["-layout", "-enc", "UTF-8"], pdf, name);
    let mut pages: Vec<String> = raw
        .split('\u{C}')
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    if pages.last().is_some_and(String::is_empty) {
        pages.pop();
    }
    pages
}

/// Every font pdffonts lists is embedded (and subset).
fn assert_fonts_embedded(pdf: &[u8], name: &str) {
    let listing = poppler("pdffonts", &[], pdf, name);
    let rows: Vec<&str> = listing.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{listing}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name type [encoding] emb sub uni object ID
        let n = cols.len();
        assert!(n >= 7, "{row}");
        assert_eq!(cols[n - 5], "yes", "not embedded: {row}");
        assert_eq!(cols[n - 4], "yes", "not subset: {row}");
        assert_eq!(cols[n - 3], "yes", "no ToUnicode: {row}");
    }
}

/// The XMP metadata declares PDF/A-2a and PDF/UA-1 (krilla writes them only when its
/// validators passed; an export that breaks either fails with the reasons).
fn assert_conformance(pdf: &[u8]) {
    let raw = String::from_utf8_lossy(pdf);
    assert!(raw.contains("<pdfaid:part>2</pdfaid:part>"), "PDF/A part");
    assert!(
        raw.contains("<pdfaid:conformance>A</pdfaid:conformance>"),
        "PDF/A level"
    );
    assert!(raw.contains("<pdfuaid:part>1</pdfuaid:part>"), "PDF/UA");
    assert!(raw.contains("/Lang(fr-FR)"), "language");
    assert!(raw.contains("/StructTreeRoot"), "tagged");
    assert!(raw.contains("/DisplayDocTitle true"), "title shown");
}

fn render_png(pdf: &[u8], name: &str) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/letters");
    std::fs::create_dir_all(&dir).unwrap();
    let path = scratch(&format!("{name}.pdf"), pdf);
    let status = Command::new("pdftoppm")
        .args([
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            "-scale-to-x",
            "1280",
            "-scale-to-y",
            "-1",
        ])
        .arg(&path)
        .arg(dir.join(name))
        .status()
        .expect("pdftoppm");
    let _ = std::fs::remove_file(&path);
    assert!(status.success());
    std::fs::write(dir.join(format!("{name}.pdf")), pdf).unwrap();
}

fn nfc(s: &str) -> String {
    s.nfc().collect()
}

// --- letters ----------------------------------------------------------------------------------

#[test]
fn every_act_prints_every_name_exactly_once_in_embedded_fonts() {
    for act in Act::ALL {
        for (script, name) in NAMES {
            let mut d = letter(act);
            d.recipient_name = name.to_owned();
            let pdf = decision_letter_pdf(&d).unwrap();
            let file = format!("{}-{script}", act_slug(act));
            let text = text_of(&pdf, &file);
            let expected = nfc(name);
            assert_eq!(
                text.matches(&expected).count(),
                1,
                "{file}: {expected:?} not printed once in {text}"
            );
            assert_fonts_embedded(&pdf, &file);
            assert_conformance(&pdf);
            // Pseudonymous everywhere but the addressee block: not in the metadata.
            let info = poppler("pdfinfo", &["-enc", "UTF-8"], &pdf, &file);
            assert!(
                !info.contains(&expected),
                "{file}: name in metadata: {info}"
            );
            if matches!(script, "arabic" | "chinese" | "romanian" | "yoruba") {
                render_png(&pdf, &file);
            }
        }
        render_png(&decision_letter_pdf(&letter(act)).unwrap(), act_slug(act));
    }
}

#[test]
fn each_act_reads_as_reviewed() {
    for act in Act::ALL {
        let pdf = decision_letter_pdf(&letter(act)).unwrap();
        let text = poppler(
            "pdftotext",
            &["-layout", "-enc", "UTF-8"],
            &pdf,
            act_slug(act),
        );
        // Trailing spaces are layout noise.
        let text: String = text
            .lines()
            .map(|l| format!("{}\n", l.trim_end()))
            .collect();
        insta::assert_snapshot!(act_slug(act), text);
    }
}

#[test]
fn unfavourable_acts_state_law_and_facts() {
    for act in Act::ALL {
        let d = letter(act);
        let text = text_of(&decision_letter_pdf(&d).unwrap(), act_slug(act));
        for always in [
            "RÉPUBLIQUE FRANÇAISE",
            "Préfecture de Paris",
            "Le 20 mars 2026",
            "Référence : PSP-75-2026-0012",
            "L. 121-9 et R. 121-12-1 à R. 121-12-12",
            "Pour le préfet et par délégation,",
            "La directrice départementale de l’emploi, du travail et des solidarités",
            "Hélène Marchand-Ødegård",
            "Voies et délais de recours",
            "recours gracieux auprès du préfet",
            "recours hiérarchique auprès du ministre",
            "devant le tribunal administratif de Paris",
            "deux mois",
            "Télérecours citoyens",
        ] {
            assert!(
                text.contains(always),
                "{act:?}: missing {always:?} in {text}"
            );
        }
        let motivated = [
            "L. 211-2 et L. 211-5",
            "En droit :",
            "En fait :",
            &d.reasons,
        ];
        for m in motivated.into_iter().filter(|m| !m.is_empty()) {
            assert_eq!(
                text.contains(m),
                act.must_be_motivated(),
                "{act:?}: {m:?} in {text}"
            );
        }
    }
}

#[test]
fn each_act_says_what_it_decides() {
    let says = |act: Act| text_of(&decision_letter_pdf(&letter(act)).unwrap(), act_slug(act));
    let first = says(Act::FirstAuthorisation);
    assert!(first.contains("Vu l’avis favorable rendu le 12 mars 2026 par la commission"));
    assert!(says(Act::Refusal).contains("Vu l’avis défavorable rendu le 12 mars 2026"));
    let mut no_avis = letter(Act::Refusal);
    no_avis.avis = None;
    let text = text_of(&decision_letter_pdf(&no_avis).unwrap(), "no-avis");
    assert!(
        text.contains("Vu l’avis de la commission départementale"),
        "{text}"
    );
    assert!(first.contains("j’autorise votre engagement"));
    assert!(first.contains("pour la période du 1er avril 2026 au 30 septembre 2026."));
    assert!(first.contains("(AFIS)") && first.contains("autorisation provisoire de séjour"));
    assert!(first.contains("L. 425-4"));

    let renewal = says(Act::Renewal);
    assert!(renewal.contains("je renouvelle l’autorisation"));
    assert!(renewal.contains("du 1er octobre 2026 au 31 mars 2027"));

    let refusal = says(Act::Refusal);
    assert!(refusal.contains("je ne peux pas autoriser votre engagement"));
    assert!(!refusal.contains("période du"));

    let non_renewal = says(Act::NonRenewal);
    assert!(non_renewal.contains("je ne renouvelle pas l’autorisation"));
    assert!(non_renewal.contains("le 30 septembre 2026"));

    assert!(!says(Act::Stop(StopGround::PersonRequest)).contains("Vu l’avis"));
    for (ground, why) in [
        (
            StopGround::CommitmentsNotKept,
            "engagements pris dans le document de suivi",
        ),
        (StopGround::PersonRequest, "je mets fin, à votre demande,"),
        (StopGround::ConditionsNoLongerMet, "ne sont plus remplies"),
    ] {
        let stop = says(Act::Stop(ground));
        assert!(stop.contains("je mets fin"), "{stop}");
        assert!(stop.contains(why), "{ground:?}: {stop}");
        assert!(stop.contains("à compter du 20 mars 2026"));
        // Not the refusal letter.
        assert!(!stop.contains("je ne peux pas autoriser"));
        assert!(!stop.contains("Première demande") || stop.contains("Demande"));
    }
}

#[test]
fn a_character_no_font_has_is_named() {
    let fonts = Fonts::global().unwrap();
    // An Egyptian hieroglyph: in no font of the chain.
    assert_eq!(fonts.missing_glyph("Ahmose 𓀀"), Some('𓀀'));
    for (_, name) in NAMES {
        assert_eq!(fonts.missing_glyph(name), None, "{name}");
        assert_eq!(fonts.missing_glyph(&name.nfd().collect::<String>()), None);
    }
    assert_eq!(fonts.missing_glyph("A\u{200D}B\u{FE0F} \n"), None);
}

#[test]
fn free_text_no_font_has_shows_a_replacement_character_instead_of_failing() {
    // Names are refused when saved; a remark or a reason typed with an emoji or a control
    // character must not make a session impossible to close.
    let mut m = minutes(1);
    m.items[0].remarks = Some("Très bien 👍\u{7} 𓀀 fin".to_owned());
    let pdf = minutes_pdf(&m).unwrap();
    assert_conformance(&pdf);
    assert!(text_of(&pdf, "emoji").contains("Très bien \u{FFFD} \u{FFFD} fin"));
    let mut d = letter(Act::Refusal);
    d.reasons = "Motif 🙂".to_owned();
    assert!(text_of(&decision_letter_pdf(&d).unwrap(), "emoji-letter").contains("Motif \u{FFFD}"));
}

#[test]
fn decomposed_names_print_composed() {
    let mut d = letter(Act::FirstAuthorisation);
    d.recipient_name = "S\u{326}tefania T\u{327}urcanu".nfd().collect();
    let text = text_of(&decision_letter_pdf(&d).unwrap(), "nfd");
    assert!(text.contains("Ștefania"), "{text}");
}

#[test]
fn output_is_deterministic() {
    assert_eq!(
        minutes_pdf(&minutes(12)).unwrap(),
        minutes_pdf(&minutes(12)).unwrap()
    );
    let d = letter(Act::FirstAuthorisation);
    assert_eq!(
        decision_letter_pdf(&d).unwrap(),
        decision_letter_pdf(&d).unwrap()
    );
    let info = poppler(
        "pdfinfo",
        &["-enc", "UTF-8"],
        &decision_letter_pdf(&d).unwrap(),
        "det",
    );
    assert!(
        info.contains("Décision n° PSP-75-2026-0012 — Autorisation d’engagement"),
        "{info}"
    );
    assert!(info.contains("2026"), "{info}");
}

#[test]
fn no_heading_is_left_alone_at_the_foot_of_a_page() {
    // Reasons of growing length move the headings down the first page and onto the next.
    for act in Act::ALL {
        for n in [0, 2, 5, 8, 12] {
            let mut d = letter(act);
            d.reasons = format!("{}{}", d.reasons, " Un motif de plus.".repeat(n * 6));
            let pdf = decision_letter_pdf(&d).unwrap();
            let raw = poppler("pdftotext", &["-layout", "-enc", "UTF-8"], &pdf, "orphans");
            for page in raw.split('\u{C}') {
                let last = page
                    .lines()
                    .rev()
                    .find(|l| !l.trim().is_empty() && !is_footer(l))
                    .unwrap_or_default();
                for heading in ["Voies et délais de recours", "Motifs de la décision"] {
                    assert!(
                        !last.trim().ends_with(heading),
                        "{act:?}, {n}: « {heading} » ends a page:\n{page}"
                    );
                }
            }
        }
    }
}

#[test]
fn overlong_letters_continue_on_numbered_pages() {
    let long_word = "Exceptionnellementinsécable".repeat(8);
    let mut d = letter(Act::Refusal);
    d.reasons = format!("{} {long_word}", "Motif détaillé. ".repeat(150));
    d.association = long_word.clone();
    d.recipient_name = long_word;
    let pdf = decision_letter_pdf(&d).unwrap();
    let pages = pages_of(&pdf, "overlong-letter");
    assert!(pages.len() >= 2);
    for (i, page) in pages.iter().enumerate() {
        assert!(
            page.contains(&format!("Page {} / {}", i + 1, pages.len())),
            "{page}"
        );
    }
}

// --- minutes ----------------------------------------------------------------------------------

#[test]
fn minutes_print_every_name_and_the_attendance() {
    let mut m = minutes(4);
    for (i, (_, name)) in NAMES.iter().enumerate() {
        let mut a = attendee(
            name,
            "Représentant(e) d’une association agréée",
            i % 3 != 0,
            true,
        );
        if i == 3 {
            a.represented_by = Some("Mme Ирина Петрова".to_owned());
        }
        m.attendees.push(a);
    }
    m.items[0].recused = vec![NAMES[0].1.to_owned(), NAMES[6].1.to_owned()];
    m.items[1].recused = vec![NAMES[5].1.to_owned()];
    let pdf = minutes_pdf(&m).unwrap();
    assert_fonts_embedded(&pdf, "minutes-names");
    assert_conformance(&pdf);
    let text = text_of(&pdf, "minutes-names");
    for (_, name) in NAMES {
        assert!(text.contains(&nfc(name)), "{name} in {text}");
    }
    for expected in [
        "6 membres présents ; 1 membre représenté ; 3 membres absents ou excusés.",
        "Анастасия Кузнецова est représenté(e) par Mme Ирина Петрова.",
        "Représenté par",
        "Absent",
        "Déports",
        "Ștefania Țurcanu s’est déporté(e) et n’a pris part ni à la délibération ni au vote : \
         PSP-75-2026-0001.",
        "王芳 s’est déporté(e)",
        "Le quorum est atteint (7 membres votants présents sur 12).",
        "Avis de la commission : Défavorable",
        "6 voix pour, 1 voix contre, 2 abstentions",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in {text}");
    }
    render_png(&pdf, "minutes");
}

#[test]
fn minutes_content_in_french() {
    let pdf = minutes_pdf(&minutes(4)).unwrap();
    let text = text_of(&pdf, "minutes-fr");
    for expected in [
        "Commission départementale de lutte contre la prostitution, le proxénétisme et la traite \
         des êtres humains aux fins d’exploitation sexuelle — Paris",
        "Procès-verbal de la séance du 12 mars 2026",
        "Salle Marianne, préfecture",
        "2 membres présents ; 0 membre représenté ; 1 membre absent ou excusé.",
        "1. Dossier PSP-75-2026-0001",
        "2. Dossier PSP-75-2026-0002",
        "Mme Élodie Lefèvre (n’a pas pris part à la délibération ni au vote)",
        "Observations : La commission relève",
        "(coût : 0 €)",
        "Procès-verbal clos le 14 mars 2026.",
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
    let text = text_of(&minutes_pdf(&m).unwrap(), "quorum-1");
    assert!(
        text.contains("Seconde convocation : la commission délibère sans condition de quorum.")
    );
    assert!(text.contains("Aucun dossier n’a été examiné au cours de la séance."));
    assert!(text.contains("Aucun membre ne s’est déporté au cours de la séance."));

    m.second_convocation = false;
    m.present_voting_members = 1;
    m.items = vec![item(8)];
    m.items[0].recused.push("M. Jérôme Dupré".to_owned());
    let text = text_of(&minutes_pdf(&m).unwrap(), "quorum-2");
    assert!(text.contains("Le quorum n’est pas atteint (1 membre votant présent sur 12)"));
    assert!(text.contains(
        "Mme Élodie Lefèvre, M. Jérôme Dupré (n’ont pas pris part à la délibération ni au vote)"
    ));
}

#[test]
fn empty_minutes_fit_on_one_page() {
    let mut m = minutes(0);
    m.attendees.clear();
    let pdf = minutes_pdf(&m).unwrap();
    let pages = pages_of(&pdf, "empty-minutes");
    assert_eq!(pages.len(), 1);
    assert!(pages[0].contains("Page 1 / 1"));
}

#[test]
fn long_minutes_span_several_pages_each_numbered() {
    let mut m = minutes(30);
    let member = m.attendees[0].clone();
    m.attendees.extend(std::iter::repeat_n(member, 45));
    let pdf = minutes_pdf(&m).unwrap();
    assert_conformance(&pdf);
    let pages = pages_of(&pdf, "long-minutes");
    let n = pages.len();
    assert!(n >= 4, "{n} pages");
    for (i, page) in pages.iter().enumerate() {
        assert!(
            page.contains(&format!("Page {} / {n}", i + 1)),
            "page {}",
            i + 1
        );
        assert!(page.contains("CDLP 75 — procès-verbal de la séance du 12 mars 2026"));
    }
    // The attendance table goes on with its header on the next page.
    assert!(
        pages[1].starts_with("Membre Qualité Voix Présence"),
        "{}",
        pages[1]
    );
    let text = pages.join(" ");
    for i in 1..=30 {
        assert!(
            text.contains(&format!("{i}. Dossier PSP-75-2026-{i:04}")),
            "item {i}"
        );
    }
}

#[test]
fn overlong_cells_are_cut_with_an_ellipsis() {
    let long_word = "Exceptionnellementinsécable".repeat(8);
    let mut m = minutes(3);
    m.attendees[0].name = long_word.clone();
    m.items[0].association = format!("Association {long_word}");
    m.items[1].remarks = Some(format!(
        "{}\n\n{long_word}",
        "Remarque longue. ".repeat(200)
    ));
    let pdf = minutes_pdf(&m).unwrap();
    let text = text_of(&pdf, "overlong-minutes");
    assert!(
        text.contains("Exceptionnellementinsécable…") || text.contains("…"),
        "{text}"
    );
    assert_conformance(&pdf);
}
