//! The préfet's decision letter on a parcours de sortie request.

use crate::french::french_date;
use crate::layout::{Align, Layout, Style};
use crate::minutes::COMMISSION;
use crate::{DecisionLetter, pdf};

pub(crate) const OBJECT: &str =
    "parcours de sortie de la prostitution et d’insertion sociale et professionnelle";

pub(crate) const APPEAL: &str = "Cette décision peut faire l’objet d’un recours gracieux auprès \
     du préfet ou recours contentieux devant le tribunal administratif dans un délai de deux mois \
     à compter de sa notification. Le tribunal administratif peut être saisi par l’application \
     «\u{A0}Télérecours citoyens\u{A0}» accessible sur le site www.telerecours.fr.";

const KEY: f32 = 80.0;
/// Left edge of the addressee and signature blocks, from the content margin.
const RIGHT_BLOCK: f32 = 250.0;

pub(crate) fn render(d: &DecisionLetter) -> Vec<u8> {
    let mut l = Layout::new(format!(
        "{} — décision n° {}",
        d.prefecture_name.trim(),
        d.reference.trim()
    ));
    let body = Style::BODY.sized(10.0, 14.5);

    // Sender.
    l.paragraph("RÉPUBLIQUE FRANÇAISE", Style::BODY.bold().sized(9.0, 12.0));
    l.paragraph(
        d.prefecture_name.trim(),
        Style::BODY.bold().sized(11.0, 15.0),
    );
    l.paragraph(
        &format!("Département : {}", d.department_name.trim()),
        Style::BODY.sized(9.0, 12.0).gray(0.35),
    );

    // Addressee, through the association.
    l.space(24.0);
    let block = body.indented(RIGHT_BLOCK);
    l.paragraph(d.recipient_name.trim(), block.bold());
    l.paragraph(
        &format!("Aux bons soins de {}", the_association(&d.association)),
        block,
    );

    l.space(24.0);
    l.paragraph(
        &format!("Le {}", french_date(d.decided_on)),
        body.aligned(Align::Right),
    );
    l.space(14.0);
    l.key_value("Référence", &d.reference, KEY);
    l.key_value("Dossier", &d.dossier_reference, KEY);
    l.key_value("Demande", &d.request_label, KEY);
    l.key_value("Objet", OBJECT, KEY);

    l.space(18.0);
    l.paragraph("Madame, Monsieur,", body);
    l.space(8.0);
    for paragraph in body_paragraphs(d) {
        match paragraph {
            Part::Text(text) => l.paragraph(&text, body),
            Part::Quote(text) => l.paragraph(&text, body.indented(18.0)),
            Part::Title(text) => l.paragraph(&text, body.bold()),
        }
        l.space(7.0);
    }
    l.paragraph(
        "Je vous prie d’agréer, Madame, Monsieur, l’assurance de ma considération distinguée.",
        body,
    );

    l.space(26.0);
    l.keep_together(3.0 * body.leading);
    l.paragraph(d.signatory.trim(), block);

    l.space(30.0);
    l.paragraph(
        &format!("Copie : {}.", the_association(&d.association)),
        Style::BODY.sized(9.0, 12.0).gray(0.35),
    );

    let title = format!("Décision n° {} — {OBJECT}", d.reference.trim());
    pdf::write(
        &l.finish(),
        &pdf::Info {
            title: &title,
            subject: &format!("{} — {}", d.prefecture_name.trim(), d.request_label.trim()),
            date: d.decided_on,
        },
    )
}

pub(crate) enum Part {
    Text(String),
    Quote(String),
    Title(String),
}

pub(crate) fn body_paragraphs(d: &DecisionLetter) -> Vec<Part> {
    let association = upper_first(&the_association(&d.association));
    let mut parts = vec![Part::Text(format!(
        "{association}, qui vous accompagne, a présenté pour vous une demande \
             relative au {OBJECT} ({}), enregistrée sous la référence {}.",
        d.request_label.trim(),
        d.dossier_reference.trim()
    ))];
    let consulted = format!(
        "Après avis de la {}, et en application de l’article L. 121-9 du code de l’action \
         sociale et des familles,",
        lowercase_first(COMMISSION)
    );
    let reasons = d.reasons.trim();
    if d.authorised {
        let period = match d.period {
            Some((from, to)) => format!(
                " pour la période du {} au {}",
                french_date(from),
                french_date(to)
            ),
            None => String::new(),
        };
        parts.push(Part::Text(format!(
            "{consulted} j’ai l’honneur de vous informer que j’autorise votre engagement dans ce \
             parcours{period}."
        )));
        if !reasons.is_empty() {
            parts.push(Part::Text(
                "Cette décision est fondée sur les motifs suivants :".to_owned(),
            ));
            parts.push(Part::Quote(reasons.to_owned()));
        }
        parts.push(Part::Text(
            "Cette décision vous ouvre le droit à l’aide financière à l’insertion sociale et \
             professionnelle (AFIS), si vous en remplissez les conditions, notamment de \
             ressources. Si vous êtes de nationalité étrangère, elle vous ouvre également le \
             droit de solliciter une autorisation provisoire de séjour (article L. 425-4 du code \
             de l’entrée et du séjour des étrangers et du droit d’asile)."
                .to_owned(),
        ));
        parts.push(Part::Text(format!(
            "{association} assure votre accompagnement selon le document de suivi \
             que vous avez signé. Le respect des engagements qui y figurent, notamment l’arrêt de \
             l’activité prostitutionnelle, conditionne la poursuite du parcours. Son \
             renouvellement pourra être demandé par l’intermédiaire de l’association avant le \
             terme de cette période, dans la limite d’une durée totale de vingt-quatre mois."
        )));
    } else {
        parts.push(Part::Text(format!(
            "{consulted} j’ai le regret de vous informer que je ne peux pas autoriser votre \
             engagement dans ce parcours."
        )));
        parts.push(Part::Text(
            "Cette décision est fondée sur les motifs suivants :".to_owned(),
        ));
        parts.push(Part::Quote(if reasons.is_empty() {
            "(motifs non renseignés)".to_owned()
        } else {
            reasons.to_owned()
        }));
        parts.push(Part::Text(format!(
            "{association} reste à votre disposition pour vous accompagner."
        )));
        parts.push(Part::Title("Voies et délais de recours".to_owned()));
        parts.push(Part::Text(APPEAL.to_owned()));
    }
    parts
}

/// "l’association Amicale du Nid"; a name that already starts with "Association" is not
/// prefixed twice: "l’association « Les Œillets »".
pub(crate) fn the_association(name: &str) -> String {
    let name = name.trim();
    match name.get(..12) {
        Some(head) if head.eq_ignore_ascii_case("association ") => {
            format!("l’association {}", name[12..].trim_start())
        }
        _ => format!("l’association {name}"),
    }
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn associations_are_named_once() {
        assert_eq!(
            the_association("Amicale du Nid"),
            "l’association Amicale du Nid"
        );
        assert_eq!(
            the_association(" Association « Les Œillets »"),
            "l’association « Les Œillets »"
        );
        assert_eq!(the_association("ASSOCIATION X"), "l’association X");
        assert_eq!(the_association("Assoc"), "l’association Assoc");
        assert_eq!(upper_first("l’association X"), "L’association X");
    }
}
