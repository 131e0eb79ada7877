//! AFIS (aide financière à l'insertion sociale et professionnelle) monthly amounts. Scales are
//! dated so that a new décret only adds a row to [`AFIS_SCALES`].

use chrono::NaiveDate;

use crate::DepartmentCode;

/// Mayotte has its own scale; every other département uses the standard one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Territory {
    Standard,
    Mayotte,
}

impl Territory {
    pub const ALL: [Territory; 2] = [Self::Standard, Self::Mayotte];

    pub fn of(department: &DepartmentCode) -> Self {
        if department.is_mayotte() {
            Self::Mayotte
        } else {
            Self::Standard
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Standard => "STANDARD",
            Self::Mayotte => "MAYOTTE",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// A scale in force from `valid_from` until the next one for the same territory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AfisScale {
    pub valid_from: NaiveDate,
    pub territory: Territory,
    /// For a single person.
    pub base_cents: u32,
    /// For each of the first three children.
    pub per_child_cents: u32,
    /// For each child beyond the third.
    pub per_child_beyond_three_cents: u32,
}

/// Evaluated at compile time: an invalid date fails the build, never at run time.
const fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(d) => d,
        None => panic!("date de barème AFIS invalide"),
    }
}

pub const AFIS_SCALES: &[AfisScale] = &[
    // Décret 2017-542 of 13 April 2017.
    AfisScale {
        valid_from: date(2017, 5, 1),
        territory: Territory::Standard,
        base_cents: 33_000,
        per_child_cents: 10_200,
        per_child_beyond_three_cents: 10_200,
    },
    AfisScale {
        valid_from: date(2017, 5, 1),
        territory: Territory::Mayotte,
        base_cents: 16_500,
        per_child_cents: 5_100,
        per_child_beyond_three_cents: 3_200,
    },
    // Décret of 19 October 2022: +4 % from 1 July 2022.
    AfisScale {
        valid_from: date(2022, 7, 1),
        territory: Territory::Standard,
        base_cents: 34_320,
        per_child_cents: 10_608,
        per_child_beyond_three_cents: 10_608,
    },
    // DERIVED, NOT VERIFIED: the 2017 Mayotte scale + 4 %, assuming the décret of 19 Oct 2022
    // raised it like the standard one. Check on Légifrance before relying on it.
    AfisScale {
        valid_from: date(2022, 7, 1),
        territory: Territory::Mayotte,
        base_cents: 17_160,
        per_child_cents: 5_304,
        per_child_beyond_three_cents: 3_328,
    },
];

impl AfisScale {
    pub fn monthly_cents(&self, children: u8) -> u32 {
        let children = u32::from(children);
        let first_three = children.min(3);
        self.base_cents
            + first_three * self.per_child_cents
            + (children - first_three) * self.per_child_beyond_three_cents
    }
}

/// The scale in force on `on` for `territory`; `None` before the first one.
pub fn afis_scale(on: NaiveDate, territory: Territory) -> Option<&'static AfisScale> {
    AFIS_SCALES
        .iter()
        .filter(|s| s.territory == territory && s.valid_from <= on)
        .max_by_key(|s| s.valid_from)
}

/// Monthly AFIS amount in euro cents; `None` before the first scale.
pub fn afis_monthly_cents(on: NaiveDate, territory: Territory, children: u8) -> Option<u32> {
    afis_scale(on, territory).map(|s| s.monthly_cents(children))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Territory::{Mayotte, Standard};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn amounts(on: &str, territory: Territory) -> Vec<u32> {
        (0..=5)
            .map(|c| afis_monthly_cents(d(on), territory, c).unwrap())
            .collect()
    }

    #[test]
    fn standard_2017_scale() {
        assert_eq!(
            amounts("2017-05-01", Standard),
            [33_000, 43_200, 53_400, 63_600, 73_800, 84_000]
        );
    }

    #[test]
    fn mayotte_2017_scale() {
        assert_eq!(
            amounts("2017-05-01", Mayotte),
            [16_500, 21_600, 26_700, 31_800, 35_000, 38_200]
        );
    }

    #[test]
    fn standard_2022_scale() {
        assert_eq!(
            amounts("2022-07-01", Standard),
            [34_320, 44_928, 55_536, 66_144, 76_752, 87_360]
        );
    }

    #[test]
    fn mayotte_2022_scale() {
        assert_eq!(
            amounts("2022-07-01", Mayotte),
            [17_160, 22_464, 27_768, 33_072, 36_400, 39_728]
        );
    }

    #[test]
    fn scale_boundaries() {
        for t in Territory::ALL {
            assert_eq!(afis_monthly_cents(d("2017-04-30"), t, 0), None);
        }
        assert_eq!(
            afis_monthly_cents(d("2022-06-30"), Standard, 0),
            Some(33_000)
        );
        assert_eq!(
            afis_monthly_cents(d("2022-07-01"), Standard, 0),
            Some(34_320)
        );
        assert_eq!(
            afis_monthly_cents(d("2022-06-30"), Mayotte, 0),
            Some(16_500)
        );
        assert_eq!(
            afis_monthly_cents(d("2022-07-01"), Mayotte, 0),
            Some(17_160)
        );
        assert_eq!(
            afis_monthly_cents(d("2030-01-01"), Standard, 1),
            Some(44_928)
        );
    }

    #[test]
    fn the_2022_scale_is_the_2017_one_plus_four_percent() {
        for t in Territory::ALL {
            let old = afis_scale(d("2022-06-30"), t).unwrap();
            let new = afis_scale(d("2022-07-01"), t).unwrap();
            for (o, n) in [
                (old.base_cents, new.base_cents),
                (old.per_child_cents, new.per_child_cents),
                (
                    old.per_child_beyond_three_cents,
                    new.per_child_beyond_three_cents,
                ),
            ] {
                assert_eq!(o * 104, n * 100);
            }
        }
    }

    #[test]
    fn many_children_do_not_overflow() {
        assert_eq!(
            afis_monthly_cents(d("2024-01-01"), Standard, u8::MAX),
            Some(34_320 + 255 * 10_608)
        );
    }

    #[test]
    fn territory_of_a_departement() {
        let code = |c| DepartmentCode::parse(c).unwrap();
        assert_eq!(Territory::of(&code("976")), Mayotte);
        assert_eq!(Territory::of(&code("974")), Standard);
        assert_eq!(Territory::of(&code("75")), Standard);
        for t in Territory::ALL {
            assert_eq!(Territory::parse(t.as_str()), Some(t));
        }
    }
}
