//! `docs-bench`: times the documents of cdlp-docs as the service makes them — a decision letter
//! (every act, names in seven scripts) and the procès-verbal of a 30-dossier session — with the
//! fonts loaded once for the process, as the server does. Prints the median of each and the
//! goals (a letter under 50 ms, the minutes under 300 ms); exits non-zero when one is missed.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use cdlp_docs::{
    Act, Attendee, DecisionLetter, Fonts, Minutes, MinutesItem, Signatory, decision_letter_pdf,
    minutes_pdf,
};
use chrono::NaiveDate;
use clap::Parser;

/// Rendering benchmark of the letters and minutes.
#[derive(Debug, Parser)]
#[command(name = "docs-bench")]
struct Args {
    /// Timed runs of each document, after one warm-up (the median is reported).
    #[arg(long, default_value_t = 21, value_parser = clap::value_parser!(u32).range(1..=1000))]
    runs: u32,
    /// Dossiers examined in the session of the minutes.
    #[arg(long, default_value_t = 30)]
    dossiers: usize,
}

const NAMES: [&str; 7] = [
    "Ștefania Țurcanu",
    "Nguyễn Thị Ánh Tuyết",
    "Blessing Okonkwo-Adébáyọ̀",
    "Анастасия Кузнецова",
    "Ελένη Παπαδοπούλου",
    "王芳",
    "فاطمة الزهراء بن علي",
];

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn letter(act: Act, name: &str) -> DecisionLetter {
    DecisionLetter {
        department_name: "Paris".into(),
        prefecture_name: "Préfecture de Paris".into(),
        reference: "PSP-75-2026-0012".into(),
        decided_on: day(2026, 3, 20),
        recipient_name: name.into(),
        association: "Amicale du Nid".into(),
        dossier_reference: "D-75-2026-0042".into(),
        act,
        period: Some((day(2026, 4, 1), day(2026, 9, 30))),
        request_label: "Première demande".into(),
        avis: None,
        reasons: "Le dossier ne comporte pas le document de suivi signé par la personne.".into(),
        signatory: Signatory {
            first_name: "Hélène".into(),
            last_name: "Marchand".into(),
            quality: "La directrice départementale de l’emploi, du travail et des solidarités"
                .into(),
            delegation: "Pour le préfet et par délégation".into(),
        },
        tribunal: Some("tribunal administratif de Paris".into()),
    }
}

fn minutes(dossiers: usize) -> Minutes {
    let attendees = (0..14)
        .map(|i| Attendee {
            name: format!("{} ({})", NAMES[i % NAMES.len()], i + 1),
            seat_label: "Représentant(e) d’une association agréée".into(),
            present: i % 4 != 3,
            represented_by: (i % 4 == 3).then(|| "Mme Élodie Lefèvre".into()),
            voting: i % 5 != 4,
        })
        .collect();
    let items = (1..=dossiers)
        .map(|n| MinutesItem {
            reference: format!("PSP-75-2026-{n:04}"),
            request_label: "Première demande".into(),
            association: "Amicale du Nid — Paris".into(),
            avis_label: ["Favorable", "Défavorable", "Ajourné"][n % 3].into(),
            votes_for: 6,
            votes_against: (n % 2) as u32,
            abstentions: (n % 3) as u32,
            casting_vote_used: n % 7 == 0,
            recused: if n % 4 == 0 {
                vec![NAMES[n % NAMES.len()].into()]
            } else {
                Vec::new()
            },
            remarks: Some(
                "La commission relève l’engagement de la personne dans sa formation et son \
                 accès à un hébergement stable."
                    .into(),
            ),
        })
        .collect();
    Minutes {
        department_code: "75".into(),
        department_name: "Paris".into(),
        session_date: day(2026, 3, 12),
        place: "Salle Marianne, préfecture".into(),
        second_convocation: false,
        quorum_reached: true,
        voting_members: 12,
        present_voting_members: 9,
        attendees,
        items,
        closed_on: day(2026, 3, 14),
    }
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() -> ExitCode {
    let args = Args::parse();
    let start = Instant::now();
    if let Err(e) = Fonts::global() {
        eprintln!("docs-bench: {e}");
        return ExitCode::FAILURE;
    }
    println!(
        "fonts loaded once for the process: {:.1} ms",
        ms(start.elapsed())
    );

    let mut letters = Vec::new();
    let mut size = 0;
    for round in 0..=args.runs {
        for (i, act) in Act::ALL.into_iter().enumerate() {
            let d = letter(act, NAMES[(i + round as usize) % NAMES.len()]);
            let t = Instant::now();
            let pdf = decision_letter_pdf(&d).expect("letter renders");
            if round > 0 {
                letters.push(t.elapsed());
                size = pdf.len();
            }
        }
    }
    let m = minutes(args.dossiers);
    let mut sessions = Vec::new();
    let mut minutes_size = 0;
    for round in 0..=args.runs {
        let t = Instant::now();
        let pdf = minutes_pdf(&m).expect("minutes render");
        if round > 0 {
            sessions.push(t.elapsed());
            minutes_size = pdf.len();
        }
    }
    let letter_median = median(letters);
    let minutes_median = median(sessions);
    let ok_letter = letter_median < Duration::from_millis(50);
    let ok_minutes = minutes_median < Duration::from_millis(300);
    let verdict = |ok| if ok { "goal met" } else { "OVER GOAL" };
    println!(
        "decision letter (7 acts × 7 scripts, {} runs each): median {:.1} ms, {} kB — goal < 50 ms: {}",
        args.runs,
        ms(letter_median),
        size / 1024,
        verdict(ok_letter)
    );
    println!(
        "minutes of a {}-dossier session ({} runs): median {:.1} ms, {} kB — goal < 300 ms: {}",
        args.dossiers,
        args.runs,
        ms(minutes_median),
        minutes_size / 1024,
        verdict(ok_minutes)
    );
    if ok_letter && ok_minutes {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
