//! The préfet's decision letters: one per act, each with the mentions the law requires — the
//! authority, date and reference; the legal basis (CASF L.121-9 and R.121-12-1 to R.121-12-12);
//! for an unfavourable act, the considerations of law and fact it rests on (CRPA L.211-2 and
//! L.211-5); the signatory's first name, name and quality (CRPA L.212-1); the voies et délais
//! de recours (CRPA L.411-2, CJA R.421-1 and R.414-6: Télérecours citoyens). The person is
//! named only in the addressee block.

use crate::fonts::Fonts;
use crate::french::french_date;
use crate::layout::{Align, Info, Layout, Style};
use crate::minutes::COMMISSION;
use crate::{Act, DecisionLetter, DocError, StopGround};

pub(crate) const OBJECT: &str =
    "parcours de sortie de la prostitution et d’insertion sociale et professionnelle";

const KEY: f32 = 80.0;
/// Left edge of the addressee and signature blocks, from the content margin.
const RIGHT_BLOCK: f32 = 250.0;

/// The act's title, in the "Objet" line and the document's metadata.
pub(crate) fn act_title(act: Act) -> &'static str {
    match act {
        Act::FirstAuthorisation => {
            "Autorisation d’engagement dans le parcours de sortie de la prostitution"
        }
        Act::Renewal => {
            "Renouvellement de l’autorisation d’engagement dans le parcours de sortie \
                         de la prostitution"
        }
        Act::Refusal => {
            "Refus d’autorisation d’engagement dans le parcours de sortie de la \
                         prostitution"
        }
        Act::NonRenewal => {
            "Refus de renouvellement de l’autorisation d’engagement dans le \
                            parcours de sortie de la prostitution"
        }
        Act::Stop(_) => "Décision mettant fin au parcours de sortie de la prostitution",
    }
}

pub(crate) fn render(fonts: &Fonts, d: &DecisionLetter) -> Result<Vec<u8>, DocError> {
    let mut l = Layout::new(
        fonts,
        format!(
            "{} — décision n° {}",
            d.prefecture_name.trim(),
            d.reference.trim()
        ),
    );
    let body = Style::BODY.sized(10.0, 14.5);

    // The authority.
    l.paragraph("RÉPUBLIQUE FRANÇAISE", Style::BODY.bold().sized(9.0, 12.0));
    l.paragraph(
        d.prefecture_name.trim(),
        Style::BODY.bold().sized(11.0, 15.0),
    );
    l.paragraph(
        &format!("Département : {}", d.department_name.trim()),
        Style::BODY.sized(9.0, 12.0).gray(0.35),
    );

    // The addressee, through the association: the only place the person is named.
    l.space(20.0);
    let block = body.indented(RIGHT_BLOCK);
    l.paragraph(d.recipient_name.trim(), block.bold());
    l.paragraph(
        &format!("Aux bons soins de {}", the_association(&d.association)),
        block,
    );

    l.space(20.0);
    l.paragraph(
        &format!("Le {}", french_date(d.decided_on)),
        body.aligned(Align::Right),
    );
    l.space(10.0);
    l.key_value("Référence", &d.reference, KEY);
    l.key_value("Dossier", &d.dossier_reference, KEY);
    l.key_value("Demande", &d.request_label, KEY);
    l.key_value("Objet", act_title(d.act), KEY);

    l.space(12.0);
    l.title(&format!("Décision n° {}", d.reference.trim()), 12.0);
    l.space(6.0);
    for paragraph in body_parts(d) {
        match paragraph {
            Part::Text(text) => l.paragraph(&text, body),
            Part::Quote(text) => l.paragraph(&text, body.indented(18.0)),
            Part::Heading(text) => {
                l.space(4.0);
                l.subheading(2, &text, body.bold());
            }
        }
        l.space(6.0);
    }
    l.paragraph(
        "Je vous prie d’agréer, Madame, Monsieur, l’assurance de ma considération distinguée.",
        body,
    );

    // The signatory (CRPA L.212-1).
    l.space(20.0);
    let s = &d.signatory;
    let mut signature = Vec::new();
    if !s.delegation.trim().is_empty() {
        signature.push(format!("{},", s.delegation.trim()));
    }
    signature.push(s.quality.trim().to_owned());
    signature.push(String::new());
    signature.push(format!("{} {}", s.first_name.trim(), s.last_name.trim()));
    let signature = signature.join("\n");
    let height = l.paragraph_height(&signature, block);
    l.keep_together(height);
    l.paragraph(&signature, block);

    l.space(24.0);
    l.paragraph(
        &format!("Copie : {}.", the_association(&d.association)),
        Style::BODY.sized(9.0, 12.0).gray(0.35),
    );

    let title = format!("Décision n° {} — {}", d.reference.trim(), act_title(d.act));
    l.finish(&Info {
        title: &title,
        subject: &format!("{} — {OBJECT}", d.prefecture_name.trim()),
        author: d.prefecture_name.trim(),
        date: d.decided_on,
    })
}

pub(crate) enum Part {
    Text(String),
    Quote(String),
    Heading(String),
}

fn period_words(period: Option<(chrono::NaiveDate, chrono::NaiveDate)>) -> String {
    match period {
        Some((from, to)) => format!(
            " pour la période du {} au {}",
            french_date(from),
            french_date(to)
        ),
        None => String::new(),
    }
}

pub(crate) fn body_parts(d: &DecisionLetter) -> Vec<Part> {
    let association = upper_first(&the_association(&d.association));
    let the_commission = lowercase_first(COMMISSION);
    let mut parts = Vec::new();

    // The legal basis.
    parts.push(Part::Text(
        "Vu le code de l’action sociale et des familles, notamment ses articles L.\u{A0}121-9 et \
         R.\u{A0}121-12-1 à R.\u{A0}121-12-12 ;"
            .to_owned(),
    ));
    if matches!(d.act, Act::FirstAuthorisation | Act::Renewal | Act::Stop(_)) {
        parts.push(Part::Text(
            "Vu le code de l’entrée et du séjour des étrangers et du droit d’asile, notamment \
             son article L.\u{A0}425-4 ;"
                .to_owned(),
        ));
    }
    if d.act.must_be_motivated() {
        parts.push(Part::Text(
            "Vu le code des relations entre le public et l’administration, notamment ses \
             articles L.\u{A0}211-2 et L.\u{A0}211-5 ;"
                .to_owned(),
        ));
    }
    parts.push(Part::Text(format!(
        "Vu la demande présentée pour vous par {} ({}, dossier {}) ;",
        the_association(&d.association),
        lowercase_first(d.request_label.trim()),
        d.dossier_reference.trim()
    )));
    match &d.avis {
        Some(avis) => parts.push(Part::Text(format!(
            "Vu l’avis {} rendu le {} par la {the_commission}, et celui de {} ;",
            if avis.favourable {
                "favorable"
            } else {
                "défavorable"
            },
            french_date(avis.given_on),
            the_association(&d.association)
        ))),
        None if !matches!(d.act, Act::Stop(_)) => parts.push(Part::Text(format!(
            "Vu l’avis de la {the_commission} et celui de {} ;",
            the_association(&d.association)
        ))),
        None => {}
    }
    parts.push(Part::Text("Madame, Monsieur,".to_owned()));

    let reasons = d.reasons.trim();
    let facts = if reasons.is_empty() {
        "(motifs non renseignés)".to_owned()
    } else {
        reasons.to_owned()
    };
    let motivation_intro = "Conformément aux articles L.\u{A0}211-2 et L.\u{A0}211-5 du code des relations \
                            entre le public et l’administration, cette décision est motivée par \
                            les considérations de droit et de fait suivantes.";
    match d.act {
        Act::FirstAuthorisation => {
            parts.push(Part::Text(format!(
                "J’ai l’honneur de vous informer que j’autorise votre engagement dans le {OBJECT}\
                 {}.",
                period_words(d.period)
            )));
            if !reasons.is_empty() {
                parts.push(Part::Text("Observations :".to_owned()));
                parts.push(Part::Quote(reasons.to_owned()));
            }
            parts.push(Part::Text(afis_opened().to_owned()));
            parts.push(Part::Text(residence_permit().to_owned()));
            parts.push(Part::Text(follow_up(&association)));
        }
        Act::Renewal => {
            parts.push(Part::Text(format!(
                "J’ai l’honneur de vous informer que je renouvelle l’autorisation de votre \
                 engagement dans le {OBJECT}{}.",
                period_words(d.period)
            )));
            if !reasons.is_empty() {
                parts.push(Part::Text("Observations :".to_owned()));
                parts.push(Part::Quote(reasons.to_owned()));
            }
            parts.push(Part::Text(
                "Le versement de l’aide financière à l’insertion sociale et professionnelle \
                 (AFIS) se poursuit pendant cette période, si vous en remplissez toujours les \
                 conditions. Si vous êtes de nationalité étrangère, vous pouvez demander le \
                 renouvellement de votre autorisation provisoire de séjour (article L.\u{A0}425-4 du \
                 code de l’entrée et du séjour des étrangers et du droit d’asile) en présentant \
                 cette décision en préfecture."
                    .to_owned(),
            ));
            parts.push(Part::Text(follow_up(&association)));
        }
        Act::Refusal => {
            parts.push(Part::Text(format!(
                "J’ai le regret de vous informer que je ne peux pas autoriser votre engagement \
                 dans le {OBJECT}."
            )));
            parts.push(Part::Heading("Motifs de la décision".to_owned()));
            parts.push(Part::Text(motivation_intro.to_owned()));
            parts.push(Part::Text(format!(
                "En droit : en application de l’article L.\u{A0}121-9 du code de l’action sociale et \
                 des familles, l’engagement dans le parcours est autorisé par le représentant de \
                 l’État dans le département, après avis de la {the_commission} et de \
                 l’association agréée qui accompagne la personne, au vu de la demande et du \
                 projet d’insertion sociale et professionnelle présentés dans les conditions des \
                 articles R.\u{A0}121-12-1 à R.\u{A0}121-12-12 du même code."
            )));
            parts.push(Part::Text("En fait :".to_owned()));
            parts.push(Part::Quote(facts));
            parts.push(Part::Text(format!(
                "{association} reste à votre disposition pour vous accompagner ; une nouvelle \
                 demande pourra être présentée si votre situation évolue."
            )));
        }
        Act::NonRenewal => {
            let end = match d.period {
                Some((_, to)) => format!(", le {}", french_date(to)),
                None => String::new(),
            };
            parts.push(Part::Text(format!(
                "J’ai le regret de vous informer que je ne renouvelle pas l’autorisation de \
                 votre engagement dans le {OBJECT}. Votre parcours prend fin au terme de la \
                 période en cours{end}, date à laquelle cesse le versement de l’aide financière \
                 à l’insertion sociale et professionnelle (AFIS)."
            )));
            parts.push(Part::Heading("Motifs de la décision".to_owned()));
            parts.push(Part::Text(motivation_intro.to_owned()));
            parts.push(Part::Text(format!(
                "En droit : en application de l’article L.\u{A0}121-9 du code de l’action sociale et \
                 des familles et des articles R.\u{A0}121-12-1 à R.\u{A0}121-12-12 du même code, \
                 l’autorisation est renouvelée après avis de la {the_commission}, au vu des \
                 actions réalisées, du respect des engagements pris dans le document de suivi et \
                 des difficultés rencontrées."
            )));
            parts.push(Part::Text("En fait :".to_owned()));
            parts.push(Part::Quote(facts));
            parts.push(Part::Text(format!(
                "{association} reste à votre disposition pour vous accompagner."
            )));
        }
        Act::Stop(ground) => {
            let (why, law) = match ground {
                StopGround::CommitmentsNotKept => (
                    "au motif que les engagements pris dans le document de suivi du parcours \
                     n’ont pas été respectés",
                    "la poursuite du parcours est subordonnée au respect des engagements que la \
                     personne a pris dans le document de suivi signé avec l’association",
                ),
                StopGround::PersonRequest => (
                    "à votre demande",
                    "il est mis fin au parcours lorsque la personne en fait la demande, \
                     l’engagement dans le parcours reposant sur son accord",
                ),
                StopGround::ConditionsNoLongerMet => (
                    "au motif que les conditions de l’engagement dans le parcours ne sont plus \
                     remplies",
                    "l’autorisation ne peut être maintenue lorsque les conditions auxquelles elle \
                     a été accordée ne sont plus remplies",
                ),
            };
            parts.push(Part::Text(format!(
                "Je vous informe que je mets fin, {why}, à votre engagement dans le {OBJECT}, à \
                 compter du {}.",
                french_date(d.decided_on)
            )));
            parts.push(Part::Text(
                "Le versement de l’aide financière à l’insertion sociale et professionnelle \
                 (AFIS) cesse à compter du mois qui suit la présente décision. Si vous êtes \
                 titulaire d’une autorisation provisoire de séjour délivrée au titre de \
                 l’article L.\u{A0}425-4 du code de l’entrée et du séjour des étrangers et du droit \
                 d’asile, cette décision peut avoir des conséquences sur votre droit au séjour."
                    .to_owned(),
            ));
            parts.push(Part::Heading("Motifs de la décision".to_owned()));
            parts.push(Part::Text(motivation_intro.to_owned()));
            parts.push(Part::Text(format!(
                "En droit : en application de l’article L.\u{A0}121-9 du code de l’action sociale et \
                 des familles et des articles R.\u{A0}121-12-1 à R.\u{A0}121-12-12 du même code, {law}."
            )));
            parts.push(Part::Text("En fait :".to_owned()));
            parts.push(Part::Quote(facts));
            parts.push(Part::Text(format!(
                "{association} reste à votre disposition pour vous accompagner."
            )));
        }
    }

    parts.push(Part::Heading("Voies et délais de recours".to_owned()));
    parts.push(Part::Text(appeal(d)));
    parts
}

fn afis_opened() -> &'static str {
    "Cette décision vous ouvre le droit à l’aide financière à l’insertion sociale et \
     professionnelle (AFIS), si vous en remplissez les conditions, notamment de ressources."
}

fn residence_permit() -> &'static str {
    "Si vous êtes de nationalité étrangère, elle vous ouvre également le droit de solliciter \
     une autorisation provisoire de séjour (article L.\u{A0}425-4 du code de l’entrée et du séjour \
     des étrangers et du droit d’asile), en présentant cette décision en préfecture."
}

fn follow_up(association: &str) -> String {
    format!(
        "{association} assure votre accompagnement selon le document de suivi que vous avez \
         signé. Le respect des engagements qui y figurent, notamment l’arrêt de l’activité \
         prostitutionnelle, conditionne la poursuite du parcours. Son renouvellement pourra être \
         demandé par l’intermédiaire de l’association avant le terme de cette période, dans la \
         limite d’une durée totale de vingt-quatre mois."
    )
}

/// The voies et délais de recours.
pub(crate) fn appeal(d: &DecisionLetter) -> String {
    let tribunal = match d.tribunal.as_deref().map(str::trim) {
        Some(t) if !t.is_empty() => format!("le {t}"),
        _ => "le tribunal administratif territorialement compétent".to_owned(),
    };
    format!(
        "Si vous entendez contester cette décision, vous pouvez, dans un délai de deux mois à \
         compter de sa notification, former un recours gracieux auprès du préfet \
         ({prefecture}), un recours hiérarchique auprès du ministre chargé des droits des \
         femmes, ou un recours contentieux devant {tribunal}. Le tribunal administratif peut \
         être saisi par l’application «\u{A0}Télérecours citoyens\u{A0}» accessible sur le site \
         www.telerecours.fr. Un recours gracieux ou hiérarchique formé dans ce délai le \
         prolonge : le recours contentieux peut alors être introduit dans les deux mois qui \
         suivent la réponse ; le silence gardé pendant deux mois vaut rejet.",
        prefecture = d.prefecture_name.trim()
    )
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
