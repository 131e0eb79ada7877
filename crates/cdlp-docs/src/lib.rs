//! The official documents of CDLP rendered as PDF, without I/O and without any PDF library:
//!
//! - [`minutes_pdf`]: the procès-verbal of a commission session;
//! - [`decision_letter_pdf`]: the préfet's decision on a parcours de sortie request.
//!
//! Output is deterministic (same input, same bytes; the only date written is the document's
//! own). Text is set in the standard fonts Helvetica and Helvetica-Bold with WinAnsiEncoding,
//! so French text renders; a character outside Windows-1252 prints as '?'.

mod french;
mod layout;
mod letter;
mod metrics;
mod minutes;
mod pdf;
mod winansi;

#[cfg(test)]
mod tests;

use chrono::NaiveDate;

pub use french::french_date;

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

/// The préfet's decision on a parcours de sortie request, as a letter to the person, sent
/// through their association.
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
    pub authorised: bool,
    /// First and last day of an authorisation.
    pub period: Option<(NaiveDate, NaiveDate)>,
    /// e.g. "Première demande", "Renouvellement n° 1".
    pub request_label: String,
    /// Grounds of the decision; required for a refusal.
    pub reasons: String,
    /// e.g. "Pour le préfet et par délégation, la directrice départementale …"; `\n` breaks lines.
    pub signatory: String,
}

/// The procès-verbal of a session, as the bytes of a PDF file.
pub fn minutes_pdf(m: &Minutes) -> Vec<u8> {
    minutes::render(m)
}

/// The préfet's decision letter, as the bytes of a PDF file.
pub fn decision_letter_pdf(d: &DecisionLetter) -> Vec<u8> {
    letter::render(d)
}
