//! Demo dossiers, made through the services as people would: in every state, in each of the
//! three demo départements, with a session, its avis and decisions.

use anyhow::Context as _;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use cdlp_api::services::{
    ActionInput, AgrementDecision, DecideInput, DossierContent, IdentityInput, NewDocumentInput,
    PieceInput, ScheduleInput, SetSignatory, StopInput,
};
use cdlp_api::{Principal, Services};
use cdlp_domain::parcours::{Decision, StopReason, Vote};
use chrono::{Datelike, Days, Duration, Months, NaiveDate, Utc};
use uuid::Uuid;

/// A one-page blank PDF, to stand for a scanned document.
const DEMO_PDF: &[u8] = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

const HORIZON: &str = "00000000-0000-4000-a000-000000000002";
const HORIZON_ADMIN: &str = "00000000-0000-4000-b000-000000000911";
const ASSOCIATION_ADMIN: &str = "00000000-0000-4000-b000-000000000901";

async fn principal(services: &Services, user: &str) -> anyhow::Result<Principal> {
    let id: Uuid = user.parse()?;
    let (token, _) = services
        .jwt
        .issue(id, Utc::now())
        .map_err(|e| anyhow::anyhow!("{}", e.message()))?;
    services
        .authenticate(&token)
        .await
        .map_err(|e| anyhow::anyhow!("{}", e.message()))
}

fn api<T>(r: Result<T, cdlp_api::ApiError>) -> anyhow::Result<T> {
    r.map_err(|e| anyhow::anyhow!("{}: {}", e.code(), e.message()))
}

const NAMES: [(&str, &str); 12] = [
    ("Amina", "Diallo"),
    ("Joy", "Okafor"),
    ("Elena", "Popescu"),
    ("Mariana", "Silva"),
    ("Blessing", "Eze"),
    ("Li", "Wei"),
    ("Fatou", "Ndiaye"),
    ("Irina", "Volkova"),
    ("Grace", "Mensah"),
    ("Ana", "Costa"),
    ("Precious", "Adeyemi"),
    ("Sofia", "Marin"),
];

/// Loads the demo dossiers; `today` is the demo's day.
pub async fn seed_dossiers(services: &Services) -> anyhow::Result<usize> {
    // The story runs on its own clock, so that each step happens on its day (filed 20 days
    // ago, decided 10 days ago…): the rules check the order of dates.
    let base = Utc::now();
    let filed = base - Duration::days(20) + Duration::hours(1);
    let mut story = services.clone();
    story.clock = cdlp_api::services::Clock::fixed(filed);
    let services = &story;
    let at = |days: i64| services.clock.set(base - Duration::days(days));
    let association = principal(services, ASSOCIATION_ADMIN).await?;
    let today = base.date_naive();
    let mut made = 0;
    for (code, admin, seed) in [
        ("75", "00000000-0000-4000-b000-000000000751", 0),
        ("13", "00000000-0000-4000-b000-000000000131", 4),
        ("69", "00000000-0000-4000-b000-000000000691", 8),
    ] {
        let prefecture = principal(services, admin).await?;
        // Who signs the decision letters (CRPA L.212-1).
        let (first_name, last_name, tribunal) = match code {
            "75" => ("Hélène", "Marchand", "tribunal administratif de Paris"),
            "13" => ("Karim", "Benyahia", "tribunal administratif de Marseille"),
            _ => ("Anne-Sophie", "Lefèbvre", "tribunal administratif de Lyon"),
        };
        api(services
            .set_decision_signatory(
                &prefecture,
                SetSignatory {
                    department_code: code.into(),
                    first_name: first_name.into(),
                    last_name: last_name.into(),
                    quality: "Directrice départementale de l’emploi, du travail et des solidarités"
                        .into(),
                    delegation: Some("Pour le préfet et par délégation".into()),
                    tribunal: Some(tribunal.into()),
                    expected_version: None,
                },
            )
            .await)?;
        let new = |first: &str, last: &str| {
            // Birth years spread over 1970–2004; the age band is the one the date gives.
            let birth_date =
                NaiveDate::from_ymd_opt(1970 + ((first.len() * 5 + last.len()) % 35) as i32, 3, 14);
            let content = DossierContent {
                sex: Some("F".into()),
                age_band: birth_date
                    .and_then(|b| cdlp_domain::age::age_band(b, today))
                    .map(Into::into),
                nationality_group: Some(if last.len().is_multiple_of(2) { "NON_EU" } else { "EU" }.into()),
                statistics_consent: Some(true),
                children: Some((first.len() % 3) as i16),
                commitments: Some("Cesser l'activité prostitutionnelle ; suivre les démarches d'insertion convenues.".into()),
                association_avis: Some("Avis favorable : engagement constant depuis six mois d'accompagnement.".into()),
            };
            let identity = IdentityInput {
                first_name: first.into(),
                last_name: last.into(),
                birth_date,
                nationality: Some("Nigériane".into()),
                contact: Some("Joignable par l'association".into()),
            };
            let actions = vec![
                ActionInput {
                    domain: "HOUSING".into(),
                    description: "Hébergement en résidence sociale".into(),
                    duration_months: Some(6),
                    expected_result: Some("Logement stable".into()),
                },
                ActionInput {
                    domain: "LANGUAGE_TRAINING".into(),
                    description: "Cours de français langue étrangère".into(),
                    duration_months: Some(6),
                    expected_result: Some("Niveau A2".into()),
                },
            ];
            (content, identity, actions)
        };

        // One session for the département, with everyone present.
        let session = api(services
            .schedule_session(
                &prefecture,
                code,
                ScheduleInput {
                    scheduled_at: Utc::now() - Duration::days(20),
                    place: "Salle du conseil, préfecture".into(),
                    visio: false,
                    // A past session, recorded after the fact for the demo.
                    urgency: Some("Séance antérieure reprise dans la démonstration".into()),
                },
            )
            .await)?;
        // And an upcoming one, whose agenda the commission's members can read.
        let upcoming = api(services
            .schedule_session(
                &prefecture,
                code,
                ScheduleInput {
                    scheduled_at: Utc::now() + Duration::days(12),
                    place: "Visioconférence de la préfecture".into(),
                    visio: true,
                    urgency: None,
                },
            )
            .await)?;
        let members = api(services
            .commission_members(&prefecture, code, Some(session.scheduled_at.date_naive()))
            .await)?;
        api(services
            .record_attendance(
                &prefecture,
                code,
                session.id,
                members
                    .iter()
                    .map(|m| cdlp_api::services::AttendanceEntry {
                        member_id: m.id,
                        attendance: cdlp_domain::parcours::Attendance::Present,
                    })
                    .collect(),
            )
            .await)?;
        let ballots = |dossier_association: Uuid| {
            members
                .iter()
                .filter(|m| m.voting && m.association_id != Some(dossier_association))
                .map(|m| cdlp_api::services::BallotInput {
                    member_id: m.id,
                    vote: Vote::For,
                })
                .collect::<Vec<_>>()
        };

        // Walk a fresh dossier to `stage` (0 draft … 11 not renewed).
        let mut first_draft = None;
        for stage in 0..12usize {
            services.clock.set(filed);
            let (first, last) = NAMES[(seed + stage) % NAMES.len()];
            let (content, identity, actions) = new(first, last);
            let mut d = api(services
                .create_dossier(&association, code, None, content, Some(identity), actions)
                .await)?;
            made += 1;
            if stage == 0 {
                first_draft = Some(d.row.id);
                continue; // DRAFT
            }
            d = api(services
                .submit_dossier(&association, code, d.row.id, d.row.version)
                .await)?;
            if stage == 1 {
                // Its sworn statement, as a (tiny) PDF.
                api(services
                    .attach_document(
                        &association,
                        code,
                        d.row.id,
                        d.row.version,
                        NewDocumentInput {
                            kind: "Déclaration sur l'honneur".into(),
                            filename: "declaration.pdf".into(),
                            content_type: "application/pdf".into(),
                            content_base64: STANDARD.encode(DEMO_PDF),
                        },
                    )
                    .await)?;
                continue; // SUBMITTED
            }
            if stage == 2 {
                api(services
                    .return_for_completion(
                        &prefecture,
                        code,
                        d.row.id,
                        d.row.version,
                        "Pièce d'identité illisible : merci de la joindre à nouveau.",
                    )
                    .await)?;
                continue; // RETURNED
            }
            if stage == 3 {
                api(services
                    .withdraw_dossier(
                        &association,
                        code,
                        d.row.id,
                        d.row.version,
                        Some("La personne a quitté le département.".into()),
                    )
                    .await)?;
                continue; // WITHDRAWN
            }
            if stage == 4 {
                api(services
                    .add_to_agenda(&prefecture, code, upcoming.id, d.row.id, d.row.version)
                    .await)?;
                continue; // ON_AGENDA
            }
            d = api(services
                .add_to_agenda(&prefecture, code, session.id, d.row.id, d.row.version)
                .await)?;
            let association_id = d.row.association_id;
            // Stage 6 is refused: the commission votes against (an avis is never without votes).
            let vote = if stage == 6 {
                ballots(association_id)
                    .into_iter()
                    .map(|b| cdlp_api::services::BallotInput {
                        vote: Vote::Against,
                        ..b
                    })
                    .collect()
            } else {
                ballots(association_id)
            };
            d = api(services
                .record_avis(
                    &prefecture,
                    code,
                    cdlp_api::services::AvisInput {
                        session_id: session.id,
                        dossier_id: d.row.id,
                        version: d.row.version,
                        ballots: vote,
                        adjourned: false,
                        remarks: None,
                    },
                )
                .await)?;
            if stage == 5 {
                continue; // AWAITING_DECISION
            }
            let reference = |k: &str| format!("PSP-{code}-{}-{k}{stage:02}", today.format("%Y"));
            at(10);
            if stage == 6 {
                api(services
                    .decide_dossier(
                        &prefecture,
                        code,
                        d.row.id,
                        d.row.version,
                        DecideInput {
                            outcome: Decision::Refused,
                            decided_on: today - Days::new(10),
                            reference: reference("R"),
                            reasons: "Engagements insuffisamment établis à ce stade.".into(),
                            period_start: None,
                        },
                    )
                    .await)?;
                continue; // REFUSED
            }
            // Authorised; the completed one started long enough ago for its period to be over.
            let start = if stage == 8 {
                today - Months::new(7)
            } else {
                today - Months::new(5)
            };
            d = api(services
                .decide_dossier(
                    &prefecture,
                    code,
                    d.row.id,
                    d.row.version,
                    DecideInput {
                        outcome: Decision::Authorised,
                        decided_on: today - Days::new(10),
                        reference: reference("A"),
                        reasons: "Projet d'insertion cohérent ; avis favorable de la commission."
                            .into(),
                        period_start: Some(start),
                    },
                )
                .await)?;
            match stage {
                7 | 8 => {} // IN_PROGRESS (8 is closed as COMPLETED by the job below)
                9 => {
                    api(services
                        .request_renewal(&association, code, d.row.id, d.row.version)
                        .await)?; // renewal DRAFT
                }
                10 => {
                    at(2);
                    api(services
                        .stop_parcours(&prefecture, code, d.row.id, d.row.version, StopInput {
                            reason: StopReason::PersonRequest,
                            decided_on: today - Days::new(2),
                            reference: reference("S"),
                            reasons: "À la demande de la personne, qui a trouvé un emploi dans une autre région.".into(),
                        })
                        .await)?;
                }
                _ => {
                    d = api(services
                        .request_renewal(&association, code, d.row.id, d.row.version)
                        .await)?;
                    d = api(services
                        .record_renewal_evaluation(
                            &association,
                            code,
                            d.row.id,
                            d.row.version,
                            [
                                Some(
                                    "Hébergement stable ; formation linguistique suivie à moitié."
                                        .into(),
                                ),
                                Some("Engagements partiellement tenus.".into()),
                                Some("Absences répétées aux rendez-vous.".into()),
                            ],
                        )
                        .await)?;
                    d = api(services
                        .submit_dossier(&association, code, d.row.id, d.row.version)
                        .await)?;
                    d = api(services
                        .add_to_agenda(&prefecture, code, session.id, d.row.id, d.row.version)
                        .await)?;
                    d = api(services
                        .record_avis(
                            &prefecture,
                            code,
                            cdlp_api::services::AvisInput {
                                session_id: session.id,
                                dossier_id: d.row.id,
                                version: d.row.version,
                                ballots: ballots(association_id)
                                    .into_iter()
                                    .map(|b| cdlp_api::services::BallotInput {
                                        vote: Vote::Against,
                                        ..b
                                    })
                                    .collect(),
                                adjourned: false,
                                remarks: Some("Engagements non tenus.".into()),
                            },
                        )
                        .await)?;
                    at(1);
                    api(services
                        .decide_dossier(
                            &prefecture,
                            code,
                            d.row.id,
                            d.row.version,
                            DecideInput {
                                outcome: Decision::Refused,
                                decided_on: today - Days::new(1),
                                reference: reference("N"),
                                reasons: "Renouvellement refusé : engagements non tenus.".into(),
                                period_start: None,
                            },
                        )
                        .await)?; // NOT_RENEWED
                }
            }
        }
        services.clock.set(base);
        // Horizon asks for its agrément in 75 and 13; the commission gives its avis, the prefect
        // grants it, and the prefecture proposes it a dossier.
        if code != "69" {
            let horizon = principal(services, HORIZON_ADMIN).await?;
            let pdf = STANDARD.encode(DEMO_PDF);
            let pieces = [
                "GA_DELIBERATION",
                "MEANS_AND_PARTNERS",
                "STAFF_TRAINING",
                "ASSOCIATION_IDENTITY",
            ]
            .map(|kind| PieceInput {
                kind: kind.into(),
                filename: format!("{}.pdf", kind.to_lowercase()),
                content_type: "application/pdf".into(),
                content_base64: pdf.clone(),
            })
            .into();
            let requests = api(services
                .request_agrement(&horizon, None, vec![code.into()], pieces)
                .await)?;
            let request = &requests[0];
            api(services
                .review_agrement(
                    &prefecture,
                    code,
                    request.id,
                    session.id,
                    "FAVOURABLE",
                    None,
                )
                .await)?;
            api(services
                .decide_agrement(
                    &prefecture,
                    code,
                    request.id,
                    request.version + 1,
                    AgrementDecision {
                        granted: true,
                        arrete_reference: Some(format!("Arrêté d'agrément n° {code}-HZ (démo)")),
                        start_date: None,
                        reasons: None,
                    },
                )
                .await)?;
            if let Some(dossier) = first_draft {
                api(services
                    .propose_transfer(&prefecture, code, dossier, HORIZON.parse()?)
                    .await)?;
            }
        }
        // What the prefecture declares for the rest of the commission's mission.
        let period = api(cdlp_api::services::ReportPeriod::new(
            today.year(),
            None,
            None,
        ))?;
        let declared = vec![
            ("PREVENTION_ACTIONS".to_owned(), 12 + seed as i64),
            ("CLIENTS_FINED".to_owned(), 40 + 10 * seed as i64),
            ("AWARENESS_COURSES_ORDERED".to_owned(), 5 + seed as i64),
        ];
        api(services
            .declare_indicators(
                &prefecture,
                code,
                period,
                declared,
                Some("Bilan annuel (démo)".into()),
            )
            .await)?;
        api(services.close_session(&prefecture, code, session.id).await)
            .context("closing the demo session")?;
    }
    api(services.run_jobs(today).await)?;
    Ok(made)
}
