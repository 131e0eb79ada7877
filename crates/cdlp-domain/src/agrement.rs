//! The agrément of an association in a département (CASF R.121-12-1 to R.121-12-3): who may
//! apply, the instruction's deadlines, tacit agrément, validity and the moves between states.

use chrono::{Days, Months, NaiveDate};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AgrementStatus {
    Requested,
    Incomplete,
    Complete,
    Granted,
    Tacit,
    Refused,
    Suspended,
    Withdrawn,
    Expired,
}

impl AgrementStatus {
    pub const ALL: [AgrementStatus; 9] = [
        Self::Requested,
        Self::Incomplete,
        Self::Complete,
        Self::Granted,
        Self::Tacit,
        Self::Refused,
        Self::Suspended,
        Self::Withdrawn,
        Self::Expired,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Requested => "REQUESTED",
            Self::Incomplete => "INCOMPLETE",
            Self::Complete => "COMPLETE",
            Self::Granted => "GRANTED",
            Self::Tacit => "TACIT",
            Self::Refused => "REFUSED",
            Self::Suspended => "SUSPENDED",
            Self::Withdrawn => "WITHDRAWN",
            Self::Expired => "EXPIRED",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Under instruction: no decision yet.
    pub fn is_open(self) -> bool {
        matches!(self, Self::Requested | Self::Incomplete | Self::Complete)
    }

    /// Granted, expressly or tacitly (its dates still decide whether it is in force).
    pub fn is_granted(self) -> bool {
        matches!(self, Self::Granted | Self::Tacit)
    }
}

/// What the prefecture, the association or the job does to an agrément.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgrementAction {
    RequestMissingPieces,
    MarkComplete,
    Grant,
    Refuse,
    ApplyTacit,
    Suspend,
    Withdraw,
    Renew,
    Expire,
    /// The suspension ends: the agrément is in force again (until its own end).
    LiftSuspension,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AgrementError {
    #[error("cette étape n'est pas possible dans l'état actuel de l'agrément")]
    NotAllowedInState,
    #[error(
        "le délai de deux mois pour réclamer des pièces est dépassé : le dossier est réputé complet"
    )]
    MissingPiecesTooLate,
    #[error("l'association doit être déclarée depuis au moins trois ans")]
    NotEligible,
}

/// An agrément lasts three years, renewable (R.121-12-3).
pub const VALIDITY_YEARS: u32 = 3;
/// Missing pieces must be notified within two months of the request.
pub const MISSING_PIECES_MONTHS: u32 = 2;
/// Four months of silence on a complete file is an agrément.
pub const TACIT_MONTHS: u32 = 4;
/// Reminder before expiry.
pub const EXPIRY_REMINDER_DAYS: u64 = 90;

/// Only an association declared at least three years before its request may apply.
pub fn eligible(declared_on: NaiveDate, requested_on: NaiveDate) -> bool {
    declared_on
        .checked_add_months(Months::new(12 * VALIDITY_YEARS))
        .is_some_and(|d| d <= requested_on)
}

pub fn missing_pieces_deadline(requested_on: NaiveDate) -> NaiveDate {
    requested_on
        .checked_add_months(Months::new(MISSING_PIECES_MONTHS))
        .unwrap_or(NaiveDate::MAX)
}

/// When the file counts as complete: the day it was marked so, or, with no missing pieces
/// notified within two months, the day it was received: CASF R.121-12-3 ("le dossier est
/// réputé complet si, dans le délai de deux mois à compter de sa réception, le préfet n'a pas
/// fait connaître [les pièces manquantes]") and CRPA L.114-5 (the delay of an implicit decision
/// runs from the reception of a complete file), so the four months of silence run from the
/// reception. None while pieces are missing.
pub fn complete_on(
    requested_on: NaiveDate,
    missing_pieces_notified: bool,
    marked_complete_on: Option<NaiveDate>,
) -> Option<NaiveDate> {
    match (marked_complete_on, missing_pieces_notified) {
        (Some(day), _) => Some(day),
        (None, false) => Some(requested_on),
        (None, true) => None,
    }
}

/// The day silence becomes a tacit agrément.
pub fn tacit_on(complete_on: NaiveDate) -> NaiveDate {
    complete_on
        .checked_add_months(Months::new(TACIT_MONTHS))
        .unwrap_or(NaiveDate::MAX)
}

/// First and last day of an agrément starting on `start`.
pub fn validity(start: NaiveDate) -> (NaiveDate, NaiveDate) {
    let end = start
        .checked_add_months(Months::new(12 * VALIDITY_YEARS))
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MAX);
    (start, end)
}

pub fn in_force(
    status: AgrementStatus,
    valid_from: Option<NaiveDate>,
    valid_until: Option<NaiveDate>,
    on: NaiveDate,
) -> bool {
    status.is_granted() && valid_from.is_none_or(|f| f <= on) && valid_until.is_none_or(|u| on <= u)
}

pub fn expiry_reminder_due(valid_until: NaiveDate, today: NaiveDate) -> bool {
    today <= valid_until && valid_until <= today + Days::new(EXPIRY_REMINDER_DAYS)
}

/// The state an action leads to, if it is allowed.
pub fn next_status(
    status: AgrementStatus,
    action: AgrementAction,
    requested_on: NaiveDate,
    today: NaiveDate,
) -> Result<AgrementStatus, AgrementError> {
    use AgrementAction as A;
    use AgrementStatus as S;
    match (status, action) {
        (S::Requested, A::RequestMissingPieces)
            if today > missing_pieces_deadline(requested_on) =>
        {
            Err(AgrementError::MissingPiecesTooLate)
        }
        (S::Requested, A::RequestMissingPieces) => Ok(S::Incomplete),
        (S::Requested | S::Incomplete, A::MarkComplete) => Ok(S::Complete),
        (S::Requested | S::Incomplete | S::Complete, A::Grant) => Ok(S::Granted),
        (S::Requested | S::Incomplete | S::Complete, A::Refuse) => Ok(S::Refused),
        (S::Requested | S::Complete, A::ApplyTacit) => Ok(S::Tacit),
        (S::Granted | S::Tacit, A::Suspend) => Ok(S::Suspended),
        (S::Granted | S::Tacit | S::Suspended, A::Withdraw) => Ok(S::Withdrawn),
        (S::Granted | S::Tacit, A::Renew) => Ok(status),
        (S::Granted | S::Tacit, A::Expire) => Ok(S::Expired),
        // Back to granted; the service keeps the tacit flag of the original grant.
        (S::Suspended, A::LiftSuspension) => Ok(S::Granted),
        _ => Err(AgrementError::NotAllowedInState),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn three_years_of_existence_are_required() {
        assert!(eligible(d("2020-01-10"), d("2023-01-10")));
        assert!(!eligible(d("2020-01-11"), d("2023-01-10")));
    }

    #[test]
    fn silence_on_a_complete_file_becomes_an_agrement_after_four_months() {
        // Marked complete: four months from then.
        assert_eq!(
            tacit_on(complete_on(d("2026-01-15"), true, Some(d("2026-02-01"))).unwrap()),
            d("2026-06-01")
        );
        // Nothing notified within two months: complete as received, so four months of
        // silence from the reception (not six).
        assert_eq!(
            complete_on(d("2026-01-15"), false, None),
            Some(d("2026-01-15"))
        );
        assert_eq!(tacit_on(d("2026-01-15")), d("2026-05-15"));
        // Pieces missing: the clock does not run.
        assert_eq!(complete_on(d("2026-01-15"), true, None), None);
    }

    #[test]
    fn missing_pieces_are_claimed_within_two_months_only() {
        let r = d("2026-01-15");
        assert_eq!(
            next_status(
                AgrementStatus::Requested,
                AgrementAction::RequestMissingPieces,
                r,
                d("2026-03-15")
            ),
            Ok(AgrementStatus::Incomplete)
        );
        assert_eq!(
            next_status(
                AgrementStatus::Requested,
                AgrementAction::RequestMissingPieces,
                r,
                d("2026-03-16")
            ),
            Err(AgrementError::MissingPiecesTooLate)
        );
    }

    #[test]
    fn a_suspension_is_lifted_only_from_suspended() {
        let r = d("2026-01-15");
        let today = d("2026-06-01");
        assert_eq!(
            next_status(
                AgrementStatus::Suspended,
                AgrementAction::LiftSuspension,
                r,
                today
            ),
            Ok(AgrementStatus::Granted)
        );
        for status in AgrementStatus::ALL {
            if status != AgrementStatus::Suspended {
                assert_eq!(
                    next_status(status, AgrementAction::LiftSuspension, r, today),
                    Err(AgrementError::NotAllowedInState)
                );
            }
        }
    }

    #[test]
    fn an_agrement_lasts_three_years() {
        assert_eq!(
            validity(d("2026-03-01")),
            (d("2026-03-01"), d("2029-02-28"))
        );
        assert!(in_force(
            AgrementStatus::Granted,
            Some(d("2026-03-01")),
            Some(d("2029-02-28")),
            d("2029-02-28")
        ));
        assert!(!in_force(
            AgrementStatus::Granted,
            Some(d("2026-03-01")),
            Some(d("2029-02-28")),
            d("2029-03-01")
        ));
        assert!(!in_force(
            AgrementStatus::Withdrawn,
            Some(d("2026-03-01")),
            Some(d("2029-02-28")),
            d("2027-01-01")
        ));
        assert!(expiry_reminder_due(d("2029-02-28"), d("2028-11-30")));
        assert!(!expiry_reminder_due(d("2029-02-28"), d("2028-11-29")));
    }

    #[test]
    fn every_status_and_action() {
        let r = d("2026-01-15");
        let today = d("2026-02-01");
        for status in AgrementStatus::ALL {
            assert_eq!(AgrementStatus::parse(status.as_str()), Some(status));
            for action in [
                AgrementAction::RequestMissingPieces,
                AgrementAction::MarkComplete,
                AgrementAction::Grant,
                AgrementAction::Refuse,
                AgrementAction::ApplyTacit,
                AgrementAction::Suspend,
                AgrementAction::Withdraw,
                AgrementAction::Renew,
                AgrementAction::Expire,
                AgrementAction::LiftSuspension,
            ] {
                let result = next_status(status, action, r, today);
                // Decided or closed files never go back under instruction.
                if !status.is_open() {
                    assert!(
                        !matches!(result, Ok(s) if s.is_open()),
                        "{status:?} {action:?}"
                    );
                }
                if matches!(
                    status,
                    AgrementStatus::Refused | AgrementStatus::Withdrawn | AgrementStatus::Expired
                ) {
                    assert!(result.is_err(), "{status:?} {action:?}");
                }
            }
        }
    }
}
