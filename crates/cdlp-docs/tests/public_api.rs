//! The crate as the service layer sees it: only the public API.

use cdlp_docs::{
    Act, Attendee, CommissionAvis, DecisionLetter, Fonts, FontsError, Minutes, MinutesItem,
    Signatory, decision_letter_pdf, french_date, minutes_pdf,
};
use chrono::NaiveDate;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn both_documents_render_from_the_public_types() {
    let minutes = Minutes {
        department_code: "2A".to_owned(),
        department_name: "Corse-du-Sud".to_owned(),
        session_date: date(2026, 6, 1),
        place: "Visioconférence".to_owned(),
        second_convocation: true,
        quorum_reached: false,
        voting_members: 10,
        present_voting_members: 3,
        attendees: vec![Attendee {
            name: "Mme Lætitia Casanova".to_owned(),
            seat_label: "Direction départementale de l’emploi, du travail et des solidarités"
                .to_owned(),
            present: true,
            represented_by: None,
            voting: true,
        }],
        items: vec![MinutesItem {
            reference: "PSP-2A-2026-0001".to_owned(),
            request_label: "Renouvellement n° 2".to_owned(),
            association: "Association « Femmes en chemin »".to_owned(),
            avis_label: "Favorable".to_owned(),
            votes_for: 2,
            votes_against: 2,
            abstentions: 0,
            casting_vote_used: true,
            recused: vec!["M. A".to_owned(), "Mme B".to_owned()],
            remarks: None,
        }],
        closed_on: date(2026, 6, 3),
    };
    let pdf = minutes_pdf(&minutes).unwrap();
    assert!(pdf.starts_with(b"%PDF-1.7"));
    assert!(pdf.trim_ascii_end().ends_with(b"%%EOF"));
    assert_eq!(pdf, minutes_pdf(&minutes.clone()).unwrap());

    let letter = DecisionLetter {
        department_name: "Corse-du-Sud".to_owned(),
        prefecture_name: "Préfecture de la Corse-du-Sud".to_owned(),
        reference: "PSP-2A-2026-0001".to_owned(),
        decided_on: date(2026, 6, 10),
        recipient_name: "Mme Ioana Popescu".to_owned(),
        association: "Association « Femmes en chemin »".to_owned(),
        dossier_reference: "PSP-2A-2026-0001".to_owned(),
        act: Act::Renewal,
        period: Some((date(2026, 7, 1), date(2026, 12, 31))),
        request_label: "Renouvellement n° 2".to_owned(),
        avis: Some(CommissionAvis {
            given_on: date(2026, 6, 1),
            favourable: true,
        }),
        reasons: String::new(),
        signatory: Signatory {
            first_name: "Jean-Baptiste".to_owned(),
            last_name: "Santoni".to_owned(),
            quality: "Le secrétaire général".to_owned(),
            delegation: "Pour le préfet et par délégation".to_owned(),
        },
        tribunal: None,
    };
    let pdf = decision_letter_pdf(&letter).unwrap();
    assert!(pdf.starts_with(b"%PDF-1.7"));
    assert!(pdf.trim_ascii_end().ends_with(b"%%EOF"));
    assert_eq!(french_date(letter.decided_on), "10 juin 2026");
}

#[test]
fn a_folder_without_the_fonts_is_named_with_what_to_install() {
    let dir = std::env::temp_dir().join(format!("cdlp-no-fonts-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let err = Fonts::load(&dir).unwrap_err();
    assert!(matches!(err, FontsError::Missing { .. }));
    let message = err.to_string();
    assert!(message.contains("NotoSans-Regular.ttf"), "{message}");
    assert!(message.contains("NotoSansCJK-Regular.ttc"), "{message}");
    assert!(message.contains("fonts-noto-core"), "{message}");
    assert!(message.contains("CDLP_FONTS_DIR"), "{message}");
}
