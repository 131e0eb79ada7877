//! The official documents of CDLP rendered as PDF, without I/O once the fonts are loaded:
//!
//! - [`minutes_pdf`]: the procès-verbal of a commission session;
//! - [`decision_letter_pdf`]: the préfet's decision on a parcours de sortie request, one
//!   letter per act ([`Act`]).
//!
//! PDF is written by krilla: fonts embedded and subset, text shaped (Arabic joined and set right
//! to left, marks placed), tagged for assistive technology, and validated as PDF/A-2a and
//! PDF/UA-1 on every export. Text is set in the Noto fallback chain of [`Fonts`], so every name
//! prints as it is written. Output is deterministic (same input, same bytes; the only date
//! written is the document's own).

mod fonts;
mod french;
mod layout;
mod letter;
mod minutes;
mod text;

#[cfg(test)]
mod tests;

use chrono::NaiveDate;

pub use fonts::{DEFAULT_FONTS_DIR, Fonts, FontsError};
pub use french::french_date;

/// Why a document could not be made.
#[derive(Debug, Clone, thiserror::Error)]
pub enum DocError {
    #[error(transparent)]
    Fonts(#[from] FontsError),
    /// The PDF engine refused the document: it would not conform to PDF/A-2a or PDF/UA-1.
    #[error("PDF export failed: {0}")]
    Pdf(String),
}

/// The procès-verbal of one commission session. People in dossiers appear only under the
/// pseudonymous reference of their dossier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Minutes {
    /// INSEE code of the département, e.g. "75", "2A".
    pub department_code: String,
    pub department_name: String,
    pub session_date: NaiveDate,
    /// "Salle X, préfecture" or "Visioconférence".
    pub place: String,
    pub second_convocation: bool,
    pub quorum_reached: bool,
    pub voting_members: u32,
    pub present_voting_members: u32,
    pub attendees: Vec<Attendee>,
    pub items: Vec<MinutesItem>,
    /// Date the procès-verbal was closed; also its PDF creation date.
    pub closed_on: NaiveDate,
}

/// A commission member on the attendance list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attendee {
    pub name: String,
    /// The seat the member holds, e.g. "Magistrat du parquet", "Association agréée".
    pub seat_label: String,
    pub present: bool,
    /// Who sat for an absent member (their substitute or proxy), if anyone.
    pub represented_by: Option<String>,
    /// Deliberative vote (true) or consultative only (false).
    pub voting: bool,
}

/// One dossier examined during the session, with the commission's avis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MinutesItem {
    /// The dossier's pseudonymous reference, never a name.
    pub reference: String,
    /// e.g. "Première demande", "Renouvellement n° 2".
    pub request_label: String,
    pub association: String,
    /// "Favorable", "Défavorable", "Ajourné".
    pub avis_label: String,
    pub votes_for: u32,
    pub votes_against: u32,
    pub abstentions: u32,
    /// The president's casting vote settled a tie.
    pub casting_vote_used: bool,
    /// Names of the members who did not vote on this dossier (recusal).
    pub recused: Vec<String>,
    pub remarks: Option<String>,
}

/// The act a decision letter notifies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Act {
    /// First authorisation to enter the parcours (opens AFIS and the residence permit).
    FirstAuthorisation,
    /// Renewal of the authorisation for a further period.
    Renewal,
    /// Refusal of a first request.
    Refusal,
    /// Refusal to renew: the parcours ends with the current period.
    NonRenewal,
    /// The parcours is stopped before the end of its period.
    Stop(StopGround),
}

impl Act {
    pub const ALL: [Act; 7] = [
        Act::FirstAuthorisation,
        Act::Renewal,
        Act::Refusal,
        Act::NonRenewal,
        Act::Stop(StopGround::CommitmentsNotKept),
        Act::Stop(StopGround::PersonRequest),
        Act::Stop(StopGround::ConditionsNoLongerMet),
    ];

    /// Whether the act is unfavourable, hence must state its grounds (CRPA L.211-2).
    pub fn must_be_motivated(self) -> bool {
        !matches!(self, Act::FirstAuthorisation | Act::Renewal)
    }
}

/// Why a parcours is stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StopGround {
    /// The commitments of the document de suivi were not kept.
    CommitmentsNotKept,
    /// The person asked to end it.
    PersonRequest,
    /// The conditions of the parcours are no longer met.
    ConditionsNoLongerMet,
}

/// The commission's avis a decision follows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommissionAvis {
    /// The day the commission gave it.
    pub given_on: NaiveDate,
    /// Whether it was favourable.
    pub favourable: bool,
}

/// Who signs the prefecture's decisions (CRPA L.212-1: first name, name and quality).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signatory {
    pub first_name: String,
    pub last_name: String,
    /// e.g. "La directrice départementale de l’emploi, du travail et des solidarités".
    pub quality: String,
    /// e.g. "Pour le préfet et par délégation"; empty when the préfet signs.
    pub delegation: String,
}

/// The préfet's decision on a parcours de sortie request, as a letter to the person, sent
/// through their association. Only the addressee block names the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecisionLetter {
    pub department_name: String,
    /// e.g. "Préfecture de Paris".
    pub prefecture_name: String,
    /// Decision reference, e.g. "PSP-75-2026-0012".
    pub reference: String,
    /// Date of the decision; also the PDF creation date.
    pub decided_on: NaiveDate,
    pub recipient_name: String,
    pub association: String,
    pub dossier_reference: String,
    pub act: Act,
    /// First and last day of the period an authorisation opens, or that a non-renewal ends.
    pub period: Option<(NaiveDate, NaiveDate)>,
    /// e.g. "Première demande", "Renouvellement n° 1".
    pub request_label: String,
    /// The commission's avis on this request, when it gave one (a stop needs none).
    pub avis: Option<CommissionAvis>,
    /// The facts the decision rests on; required for a refusal, a non-renewal or a stop.
    pub reasons: String,
    pub signatory: Signatory,
    /// The competent administrative court, e.g. "tribunal administratif de Paris"; when
    /// unknown the letter says "le tribunal administratif territorialement compétent".
    pub tribunal: Option<String>,
}

/// The procès-verbal of a session, as the bytes of a PDF file.
pub fn minutes_pdf(m: &Minutes) -> Result<Vec<u8>, DocError> {
    minutes::render(Fonts::global()?, m)
}

/// The préfet's decision letter, as the bytes of a PDF file.
pub fn decision_letter_pdf(d: &DecisionLetter) -> Result<Vec<u8>, DocError> {
    letter::render(Fonts::global()?, d)
}
