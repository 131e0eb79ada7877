use chrono::{Months, NaiveDate};

/// A seat on the commission, as listed by CASF R.121-12-7 (and the décret of 30 Dec 2025
/// for the last two). The arrêté names the holder of each seat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CommissionSeat {
    /// The préfet or their representative (Paris and Bouches-du-Rhône: co-presided).
    President,
    /// A judicial magistrate designated by the chefs de cour d'appel.
    Magistrate,
    /// Social cohesion / employment, labour and solidarity service (DDCS, then DDETS).
    SocialCohesion,
    /// Public security (DDSP, then DIPN).
    PublicSecurity,
    /// Zonal or regional judicial police.
    JudicialPolice,
    /// Commander of the gendarmerie group.
    Gendarmerie,
    /// Head of the préfecture's foreigners department.
    ForeignersDepartment,
    /// Labour inspectorate unit (DIRECCTE UD, then DDETS).
    Labour,
    /// Academic director of national education (DASEN).
    Education,
    /// A doctor designated by the ordre des médecins.
    Doctor,
    /// Collectivités territoriales and EPCI.
    LocalAuthority,
    /// An association holding the agrément.
    ApprovedAssociation,
    /// Child-protection associations and bodies (décret of 30 Dec 2025).
    ChildProtection,
    /// Président du conseil départemental (décret of 30 Dec 2025).
    DepartmentalCouncil,
}

impl CommissionSeat {
    pub const ALL: [CommissionSeat; 14] = [
        Self::President,
        Self::Magistrate,
        Self::SocialCohesion,
        Self::PublicSecurity,
        Self::JudicialPolice,
        Self::Gendarmerie,
        Self::ForeignersDepartment,
        Self::Labour,
        Self::Education,
        Self::Doctor,
        Self::LocalAuthority,
        Self::ApprovedAssociation,
        Self::ChildProtection,
        Self::DepartmentalCouncil,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::President => "PRESIDENT",
            Self::Magistrate => "MAGISTRATE",
            Self::SocialCohesion => "SOCIAL_COHESION",
            Self::PublicSecurity => "PUBLIC_SECURITY",
            Self::JudicialPolice => "JUDICIAL_POLICE",
            Self::Gendarmerie => "GENDARMERIE",
            Self::ForeignersDepartment => "FOREIGNERS_DEPARTMENT",
            Self::Labour => "LABOUR",
            Self::Education => "EDUCATION",
            Self::Doctor => "DOCTOR",
            Self::LocalAuthority => "LOCAL_AUTHORITY",
            Self::ApprovedAssociation => "APPROVED_ASSOCIATION",
            Self::ChildProtection => "CHILD_PROTECTION",
            Self::DepartmentalCouncil => "DEPARTMENTAL_COUNCIL",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|seat| seat.as_str() == s)
    }

    /// Members added by the décret of 30 Dec 2025 do not sit when individual parcours de
    /// sortie files are reviewed.
    pub fn reviews_individual_files(self) -> bool {
        !matches!(self, Self::ChildProtection | Self::DepartmentalCouncil)
    }
}

/// A member's term: R.121-12-7 appoints members for three years, renewable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemberTerm {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TermError {
    #[error("la fin du mandat doit suivre son début")]
    EndsBeforeStart,
    #[error("un mandat dure au plus trois ans")]
    LongerThanThreeYears,
    #[error("la date de fin de mandat doit être comprise dans le mandat")]
    EndOutsideTerm,
}

impl MemberTerm {
    pub const YEARS: u32 = 3;

    pub fn new(start: NaiveDate, end: Option<NaiveDate>) -> Result<Self, TermError> {
        let longest = Self::default_end(start);
        let end = end.unwrap_or(longest);
        if end <= start {
            return Err(TermError::EndsBeforeStart);
        }
        if end > longest {
            return Err(TermError::LongerThanThreeYears);
        }
        Ok(Self { start, end })
    }

    /// Last day of a full three-year term.
    pub fn default_end(start: NaiveDate) -> NaiveDate {
        start
            .checked_add_months(Months::new(12 * Self::YEARS))
            .and_then(|d| d.pred_opt())
            .unwrap_or(NaiveDate::MAX)
    }

    /// Ending a term early, effective from `on` (the member no longer sits that day; today
    /// included): the date must fall within the term.
    pub fn end_early(&self, on: NaiveDate) -> Result<NaiveDate, TermError> {
        if on < self.start || on > self.end {
            Err(TermError::EndOutsideTerm)
        } else {
            Ok(on)
        }
    }

    /// Whether the member sits on `day`: within the term, and before the end's effective date.
    pub fn sits_on(&self, ended_from: Option<NaiveDate>, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end && ended_from.is_none_or(|e| day < e)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SeatError {
    #[error("un siège d'association agréée est attribué à une association")]
    AssociationMissing,
    #[error("cette association n'a pas d'agrément en vigueur dans le département")]
    NoAgrement,
    #[error(
        "la commission a déjà un président ; seul l'arrêté d'un département coprésidé (Paris, Bouches-du-Rhône) en nomme plusieurs"
    )]
    SecondPresident,
}

/// R.121-12-7 11°: the associations sitting are approved ones; their seat needs an agrément in
/// force (checked again on each session day: the seat ends with the agrément).
pub fn check_association_seat(
    seat: CommissionSeat,
    association: Option<uuid::Uuid>,
    agrement_in_force: bool,
) -> Result<(), SeatError> {
    if seat != CommissionSeat::ApprovedAssociation {
        return Ok(());
    }
    if association.is_none() {
        return Err(SeatError::AssociationMissing);
    }
    if !agrement_in_force {
        return Err(SeatError::NoAgrement);
    }
    Ok(())
}

/// R.121-12-7: the commission is presided by the préfet (or their representative); Paris and
/// Bouches-du-Rhône are co-presided, as the département's arrêté says (recorded at onboarding).
/// `other_presidents`: presidents whose term overlaps the new one.
pub fn check_presidency(
    seat: CommissionSeat,
    other_presidents: usize,
    co_presided: bool,
) -> Result<(), SeatError> {
    if seat == CommissionSeat::President && other_presidents > 0 && !co_presided {
        return Err(SeatError::SecondPresident);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_term_lasts_three_years_by_default() {
        let t = MemberTerm::new(d("2024-03-01"), None).unwrap();
        assert_eq!(t.end, d("2027-02-28"));
    }

    #[test]
    fn term_bounds_are_checked() {
        assert_eq!(
            MemberTerm::new(d("2024-03-01"), Some(d("2024-03-01"))),
            Err(TermError::EndsBeforeStart)
        );
        assert_eq!(
            MemberTerm::new(d("2024-03-01"), Some(d("2027-03-01"))),
            Err(TermError::LongerThanThreeYears)
        );
        let t = MemberTerm::new(d("2024-03-01"), Some(d("2025-01-01"))).unwrap();
        assert_eq!(t.end_early(d("2026-01-01")), Err(TermError::EndOutsideTerm));
        assert_eq!(t.end_early(d("2024-06-30")), Ok(d("2024-06-30")));
    }

    #[test]
    fn an_ended_member_no_longer_sits_from_the_end_date() {
        let t = MemberTerm::new(d("2024-03-01"), None).unwrap();
        assert!(t.sits_on(None, d("2025-01-01")));
        assert!(t.sits_on(Some(d("2025-01-02")), d("2025-01-01")));
        // Ended from today: not sitting today.
        assert!(!t.sits_on(Some(d("2025-01-01")), d("2025-01-01")));
        assert!(!t.sits_on(None, d("2024-02-29")));
        assert!(!t.sits_on(None, d("2027-03-01")));
    }

    #[test]
    fn an_association_seat_needs_an_association_with_an_agrement() {
        let a = Some(uuid::Uuid::from_u128(1));
        use CommissionSeat::*;
        assert_eq!(
            check_association_seat(ApprovedAssociation, None, true),
            Err(SeatError::AssociationMissing)
        );
        assert_eq!(
            check_association_seat(ApprovedAssociation, a, false),
            Err(SeatError::NoAgrement)
        );
        assert_eq!(check_association_seat(ApprovedAssociation, a, true), Ok(()));
        assert_eq!(check_association_seat(Doctor, None, false), Ok(()));
    }

    #[test]
    fn one_president_unless_co_presided() {
        use CommissionSeat::*;
        assert_eq!(check_presidency(President, 0, false), Ok(()));
        assert_eq!(
            check_presidency(President, 1, false),
            Err(SeatError::SecondPresident)
        );
        assert_eq!(check_presidency(President, 1, true), Ok(()));
        assert_eq!(check_presidency(Doctor, 3, false), Ok(()));
    }

    #[test]
    fn seat_names_round_trip() {
        for seat in CommissionSeat::ALL {
            assert_eq!(CommissionSeat::parse(seat.as_str()), Some(seat));
        }
        assert!(!CommissionSeat::ChildProtection.reviews_individual_files());
        assert!(CommissionSeat::ApprovedAssociation.reviews_individual_files());
    }
}
