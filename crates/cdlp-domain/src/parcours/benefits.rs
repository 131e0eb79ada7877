//! What the person receives during a period, recorded as patches: a field left out is left as
//! it is. Who records what follows who acts: the préfet grants the AFIS (CASF D.121-12-13 ff.,
//! instructed and paid by the MSA on the préfet's decision) and issues the residence permit
//! (CESEDA L.425-4); the association that supports the person records the housing it found
//! (R.121-12-11) and the requests it helped file.

use chrono::NaiveDate;

use super::state::Actor;

/// A change to one field: left as it is, cleared, or set.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Patch<T> {
    #[default]
    Keep,
    Clear,
    Set(T),
}

impl<T: Clone> Patch<T> {
    pub fn apply(&self, current: Option<T>) -> Option<T> {
        match self {
            Self::Keep => current,
            Self::Clear => None,
            Self::Set(v) => Some(v.clone()),
        }
    }

    pub fn is_keep(&self) -> bool {
        matches!(self, Self::Keep)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BenefitField {
    AfisRequestedOn,
    AfisGrantedOn,
    ApsRequestedOn,
    ApsIssuedOn,
    HousingSupport,
}

impl BenefitField {
    pub const ALL: [BenefitField; 5] = [
        Self::AfisRequestedOn,
        Self::AfisGrantedOn,
        Self::ApsRequestedOn,
        Self::ApsIssuedOn,
        Self::HousingSupport,
    ];

    /// Who records this field (the only place this is decided).
    pub fn recorded_by(self) -> Actor {
        match self {
            Self::AfisGrantedOn | Self::ApsIssuedOn => Actor::Prefecture,
            Self::AfisRequestedOn | Self::ApsRequestedOn | Self::HousingSupport => {
                Actor::Association
            }
        }
    }

    /// The field's name in the API.
    pub fn name(self) -> &'static str {
        match self {
            Self::AfisRequestedOn => "afisRequestedOn",
            Self::AfisGrantedOn => "afisGrantedOn",
            Self::ApsRequestedOn => "apsRequestedOn",
            Self::ApsIssuedOn => "apsIssuedOn",
            Self::HousingSupport => "housingSupport",
        }
    }

    /// Why another actor may not set it, in French.
    pub fn refusal(self) -> &'static str {
        match self {
            Self::AfisGrantedOn => "l'AFIS est accordée par la préfecture",
            Self::ApsIssuedOn => "le titre de séjour est délivré par la préfecture",
            Self::AfisRequestedOn => "la demande d'AFIS est consignée par l'association",
            Self::ApsRequestedOn => "la demande de titre de séjour est consignée par l'association",
            Self::HousingSupport => "l'hébergement est consigné par l'association",
        }
    }
}

/// The dates of a period's benefits, after a patch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BenefitDates {
    pub afis_requested_on: Option<NaiveDate>,
    pub afis_granted_on: Option<NaiveDate>,
    pub aps_requested_on: Option<NaiveDate>,
    pub aps_issued_on: Option<NaiveDate>,
}

/// Dates are facts: none in the future, nothing granted before it was requested.
pub fn check_dates(d: &BenefitDates, today: NaiveDate) -> Result<(), (BenefitField, &'static str)> {
    let dated = [
        (BenefitField::AfisRequestedOn, d.afis_requested_on),
        (BenefitField::AfisGrantedOn, d.afis_granted_on),
        (BenefitField::ApsRequestedOn, d.aps_requested_on),
        (BenefitField::ApsIssuedOn, d.aps_issued_on),
    ];
    for (field, day) in dated {
        if day.is_some_and(|day| day > today) {
            return Err((field, "cette date est dans le futur"));
        }
    }
    match (d.afis_requested_on, d.afis_granted_on) {
        (None, Some(_)) => {
            return Err((
                BenefitField::AfisGrantedOn,
                "l'AFIS ne peut être accordée avant d'avoir été demandée",
            ));
        }
        (Some(asked), Some(granted)) if granted < asked => {
            return Err((
                BenefitField::AfisGrantedOn,
                "l'AFIS ne peut être accordée avant d'avoir été demandée",
            ));
        }
        _ => {}
    }
    if let (Some(asked), Some(issued)) = (d.aps_requested_on, d.aps_issued_on)
        && issued < asked
    {
        return Err((
            BenefitField::ApsIssuedOn,
            "le titre de séjour ne peut être délivré avant d'avoir été demandé",
        ));
    }
    Ok(())
}

/// The counted events a period's benefits have reached and that were not counted yet: each is
/// counted once, on its day, whatever the number of edits (a date cleared and set again, or
/// corrected, is not counted twice).
pub fn newly_counted(d: &BenefitDates, counted: &[String]) -> Vec<(NaiveDate, &'static str)> {
    [
        (d.afis_granted_on, "AFIS_GRANTED"),
        (d.aps_issued_on, "APS_ISSUED"),
    ]
    .into_iter()
    .filter_map(|(day, metric)| day.map(|day| (day, metric)))
    .filter(|(_, metric)| !counted.iter().any(|c| c == metric))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_left_out_field_is_unchanged() {
        let p: Patch<NaiveDate> = Patch::Keep;
        assert_eq!(p.apply(Some(d("2026-01-02"))), Some(d("2026-01-02")));
        assert_eq!(Patch::<NaiveDate>::Clear.apply(Some(d("2026-01-02"))), None);
        assert_eq!(
            Patch::Set(d("2026-02-01")).apply(None),
            Some(d("2026-02-01"))
        );
    }

    #[test]
    fn the_prefecture_grants_and_issues_the_association_records_requests_and_housing() {
        use BenefitField::*;
        assert_eq!(AfisGrantedOn.recorded_by(), Actor::Prefecture);
        assert_eq!(ApsIssuedOn.recorded_by(), Actor::Prefecture);
        for f in [AfisRequestedOn, ApsRequestedOn, HousingSupport] {
            assert_eq!(f.recorded_by(), Actor::Association);
        }
        // Nobody else, and every field has one.
        for f in BenefitField::ALL {
            assert_ne!(f.recorded_by(), Actor::System);
            assert!(!f.refusal().is_empty());
        }
    }

    #[test]
    fn nothing_is_granted_before_it_is_requested_nor_in_the_future() {
        let today = d("2026-06-30");
        let ok = BenefitDates {
            afis_requested_on: Some(d("2026-03-01")),
            afis_granted_on: Some(d("2026-03-01")),
            aps_requested_on: Some(d("2026-02-01")),
            aps_issued_on: Some(d("2026-04-01")),
        };
        assert_eq!(check_dates(&ok, today), Ok(()));
        let early = BenefitDates {
            afis_granted_on: Some(d("2026-02-28")),
            ..ok
        };
        assert_eq!(
            check_dates(&early, today).unwrap_err().0,
            BenefitField::AfisGrantedOn
        );
        let unasked = BenefitDates {
            afis_requested_on: None,
            ..ok
        };
        assert_eq!(
            check_dates(&unasked, today).unwrap_err().0,
            BenefitField::AfisGrantedOn
        );
        let aps = BenefitDates {
            aps_issued_on: Some(d("2026-01-31")),
            ..ok
        };
        assert_eq!(
            check_dates(&aps, today).unwrap_err().0,
            BenefitField::ApsIssuedOn
        );
        let future = BenefitDates {
            aps_requested_on: Some(d("2026-07-01")),
            aps_issued_on: None,
            ..ok
        };
        assert_eq!(
            check_dates(&future, today).unwrap_err().0,
            BenefitField::ApsRequestedOn
        );
    }

    #[test]
    fn each_event_is_counted_once() {
        let dates = BenefitDates {
            afis_requested_on: Some(d("2026-03-01")),
            afis_granted_on: Some(d("2026-03-10")),
            aps_requested_on: None,
            aps_issued_on: Some(d("2026-04-01")),
        };
        assert_eq!(
            newly_counted(&dates, &[]),
            vec![
                (d("2026-03-10"), "AFIS_GRANTED"),
                (d("2026-04-01"), "APS_ISSUED")
            ]
        );
        assert_eq!(
            newly_counted(&dates, &["AFIS_GRANTED".into()]),
            vec![(d("2026-04-01"), "APS_ISSUED")]
        );
        assert!(newly_counted(&dates, &["AFIS_GRANTED".into(), "APS_ISSUED".into()]).is_empty());
        assert!(newly_counted(&BenefitDates::default(), &[]).is_empty());
    }
}
