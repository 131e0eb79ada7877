//! The procès-verbal of a commission session.

use crate::fonts::Fonts;
use crate::french::{count, french_date};
use crate::layout::{Align, Column, Info, Layout, Style};
use crate::{DocError, Minutes, MinutesItem};

pub(crate) const COMMISSION: &str = "Commission départementale de lutte contre la prostitution, \
     le proxénétisme et la traite des êtres humains aux fins d’exploitation sexuelle";

const HEADER_KEY: f32 = 150.0;
const ITEM_KEY: f32 = 140.0;

pub(crate) fn render(fonts: &Fonts, m: &Minutes) -> Result<Vec<u8>, DocError> {
    let session = french_date(m.session_date);
    let mut l = Layout::new(
        fonts,
        format!(
            "CDLP {} — procès-verbal de la séance du {session} — document confidentiel",
            m.department_code.trim()
        ),
    );

    l.paragraph(
        &format!(
            "République française — {} ({})",
            m.department_name.trim(),
            m.department_code.trim()
        ),
        Style::BODY
            .sized(9.0, 13.0)
            .aligned(Align::Center)
            .gray(0.35),
    );
    l.space(6.0);
    l.paragraph(
        &format!("{COMMISSION} — {}", m.department_name.trim()),
        Style::BODY.bold().sized(14.0, 18.2).aligned(Align::Center),
    );
    l.space(8.0);
    l.title(&format!("Procès-verbal de la séance du {session}"), 13.0);
    l.rule();
    l.space(4.0);

    l.key_value("Date de la séance", &session, HEADER_KEY);
    l.key_value("Lieu", &m.place, HEADER_KEY);
    let convocation = if m.second_convocation {
        "Seconde convocation"
    } else {
        "Première convocation"
    };
    l.key_value("Convocation", convocation, HEADER_KEY);
    l.key_value(
        "Membres votants présents",
        &format!("{} sur {}", m.present_voting_members, m.voting_members),
        HEADER_KEY,
    );

    l.heading("Quorum");
    l.paragraph(&quorum_statement(m), Style::BODY);

    attendance(&mut l, m);
    items(&mut l, m);

    l.space(18.0);
    l.paragraph(
        &format!("Procès-verbal clos le {}.", french_date(m.closed_on)),
        Style::BODY.bold(),
    );

    let title = format!(
        "Procès-verbal de la séance du {session} — CDLP {}",
        m.department_name.trim()
    );
    l.finish(&Info {
        title: &title,
        subject: COMMISSION,
        author: &format!("CDLP {}", m.department_name.trim()),
        date: m.closed_on,
    })
}

fn voting_presence(present: u32, total: u32) -> String {
    let members = count(present, "membre votant présent", "membres votants présents");
    format!("{members} sur {total}")
}

pub(crate) fn quorum_statement(m: &Minutes) -> String {
    let presence = voting_presence(m.present_voting_members, m.voting_members);
    if m.second_convocation {
        "Seconde convocation : la commission délibère sans condition de quorum.".to_owned()
    } else if m.quorum_reached {
        format!("Le quorum est atteint ({presence}).")
    } else {
        format!(
            "Le quorum n’est pas atteint ({presence}) : la commission ne peut valablement délibérer."
        )
    }
}

fn attendance(l: &mut Layout, m: &Minutes) {
    l.heading("Membres de la commission");
    if m.attendees.is_empty() {
        l.paragraph(
            "Aucun membre n’est inscrit sur la liste d’émargement.",
            Style::BODY,
        );
        return;
    }
    let present = m.attendees.iter().filter(|a| a.present).count() as u32;
    let represented = m
        .attendees
        .iter()
        .filter(|a| !a.present && a.represented_by.is_some())
        .count() as u32;
    let absent = m.attendees.len() as u32 - present - represented;
    l.paragraph(
        &format!(
            "{} ; {} ; {}.",
            count(present, "membre présent", "membres présents"),
            count(represented, "membre représenté", "membres représentés"),
            count(
                absent,
                "membre absent ou excusé",
                "membres absents ou excusés"
            ),
        ),
        Style::BODY,
    );
    l.space(4.0);
    let columns = [
        Column {
            header: "Membre",
            width: 140.0,
            align: Align::Left,
        },
        Column {
            header: "Qualité",
            width: 156.0,
            align: Align::Left,
        },
        Column {
            header: "Voix",
            width: 65.0,
            align: Align::Left,
        },
        Column {
            header: "Présence",
            width: 110.0,
            align: Align::Left,
        },
    ];
    let rows: Vec<Vec<String>> = m
        .attendees
        .iter()
        .map(|a| {
            vec![
                a.name.clone(),
                a.seat_label.clone(),
                if a.voting {
                    "Délibérative"
                } else {
                    "Consultative"
                }
                .to_owned(),
                match (&a.present, &a.represented_by) {
                    (true, _) => "Présent".to_owned(),
                    (false, Some(by)) => format!("Représenté par {}", by.trim()),
                    (false, None) => "Absent".to_owned(),
                },
            ]
        })
        .collect();
    l.table(&columns, &rows);
    l.space(4.0);
    for a in m.attendees.iter().filter(|a| !a.present) {
        if let Some(by) = &a.represented_by {
            l.paragraph(
                &format!("{} est représenté(e) par {}.", a.name.trim(), by.trim()),
                Style::BODY.sized(9.0, 12.0),
            );
        }
    }
    recusals(l, m);
}

/// Every member who did not take part in a dossier's deliberation, with the dossiers.
fn recusals(l: &mut Layout, m: &Minutes) {
    let mut by_member: Vec<(String, Vec<&str>)> = Vec::new();
    for item in &m.items {
        for name in item
            .recused
            .iter()
            .map(|n| n.trim())
            .filter(|n| !n.is_empty())
        {
            match by_member.iter_mut().find(|(n, _)| n == name) {
                Some((_, refs)) => refs.push(item.reference.trim()),
                None => by_member.push((name.to_owned(), vec![item.reference.trim()])),
            }
        }
    }
    l.heading("Déports");
    if by_member.is_empty() {
        l.paragraph(
            "Aucun membre ne s’est déporté au cours de la séance.",
            Style::BODY,
        );
        return;
    }
    for (name, refs) in by_member {
        l.paragraph(
            &format!(
                "{name} s’est déporté(e) et n’a pris part ni à la délibération ni au vote : {}.",
                refs.join(", ")
            ),
            Style::BODY,
        );
    }
}

fn items(l: &mut Layout, m: &Minutes) {
    l.heading("Dossiers examinés");
    if m.items.is_empty() {
        l.paragraph(
            "Aucun dossier n’a été examiné au cours de la séance.",
            Style::BODY,
        );
        return;
    }
    let n = m.items.len() as u32;
    l.paragraph(
        &format!(
            "La commission a examiné {} et rendu les avis suivants (votes : pour / contre / \
             abstentions). Les personnes concernées sont désignées par la référence de leur \
             dossier.",
            count(n, "dossier", "dossiers")
        ),
        Style::BODY,
    );
    l.space(4.0);
    let columns = [
        Column {
            header: "N°",
            width: 26.0,
            align: Align::Right,
        },
        Column {
            header: "Dossier",
            width: 95.0,
            align: Align::Left,
        },
        Column {
            header: "Demande",
            width: 100.0,
            align: Align::Left,
        },
        Column {
            header: "Association",
            width: 120.0,
            align: Align::Left,
        },
        Column {
            header: "Avis",
            width: 70.0,
            align: Align::Left,
        },
        Column {
            header: "Votes",
            width: 60.0,
            align: Align::Center,
        },
    ];
    let rows: Vec<Vec<String>> = m
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            vec![
                (i + 1).to_string(),
                item.reference.clone(),
                item.request_label.clone(),
                item.association.clone(),
                item.avis_label.clone(),
                format!(
                    "{} / {} / {}",
                    item.votes_for, item.votes_against, item.abstentions
                ),
            ]
        })
        .collect();
    l.table(&columns, &rows);

    for (i, item) in m.items.iter().enumerate() {
        item_section(l, i + 1, item);
    }
}

fn item_rows(item: &MinutesItem) -> Vec<(&'static str, String)> {
    let mut rows = vec![
        ("Demande", item.request_label.clone()),
        ("Association", item.association.clone()),
        ("Avis de la commission", item.avis_label.clone()),
        (
            "Vote",
            format!(
                "{} voix pour, {} voix contre, {}",
                item.votes_for,
                item.votes_against,
                count(item.abstentions, "abstention", "abstentions")
            ),
        ),
    ];
    if item.casting_vote_used {
        rows.push((
            "Partage des voix",
            "Partage égal des voix : la voix du président de séance a été prépondérante."
                .to_owned(),
        ));
    }
    let recused: Vec<&str> = item
        .recused
        .iter()
        .map(|name| name.trim())
        .filter(|name| !name.is_empty())
        .collect();
    let recusals = match recused.len() {
        0 => "Aucun".to_owned(),
        1 => format!(
            "{} (n’a pas pris part à la délibération ni au vote)",
            recused[0]
        ),
        _ => format!(
            "{} (n’ont pas pris part à la délibération ni au vote)",
            recused.join(", ")
        ),
    };
    rows.push(("Déports", recusals));
    if let Some(remarks) = item.remarks.as_deref().map(str::trim)
        && !remarks.is_empty()
    {
        rows.push(("Observations", remarks.to_owned()));
    }
    rows
}

fn item_section(l: &mut Layout, number: usize, item: &MinutesItem) {
    let title = format!("{number}. Dossier {}", item.reference.trim());
    let style = Style::BODY.bold().sized(11.0, 15.0);
    let rows = item_rows(item);
    let height = l.paragraph_height(&title, style)
        + 4.0
        + rows
            .iter()
            .map(|(k, v)| l.key_value_height(k, v, ITEM_KEY))
            .sum::<f32>();
    l.space(12.0);
    l.keep_together(height);
    l.subheading(3, &title, style);
    l.space(4.0);
    for (key, value) in &rows {
        l.key_value(key, value, ITEM_KEY);
    }
}
