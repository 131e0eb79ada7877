//! The statistical age band of a person, derived from the birth date (never typed apart from
//! it, so the two cannot contradict each other).

use chrono::{Datelike, NaiveDate};

/// The bands of the national statistics, as the API spells them.
pub const AGE_BANDS: [&str; 5] = ["18_24", "25_34", "35_44", "45_54", "55_PLUS"];

/// Age in whole years on `on` (the birthday counts from its day).
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> i32 {
    let mut age = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        age -= 1;
    }
    age
}

/// The band for a birth date on a day; `None` under 18 (no band: the parcours is for adults)
/// or for an impossible date (in the future, more than 130 years ago).
pub fn age_band(birth: NaiveDate, on: NaiveDate) -> Option<&'static str> {
    match age_on(birth, on) {
        18..=24 => Some("18_24"),
        25..=34 => Some("25_34"),
        35..=44 => Some("35_44"),
        45..=54 => Some("45_54"),
        55..=130 => Some("55_PLUS"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_band_follows_the_birthday() {
        let today = d(2026, 12, 5);
        assert_eq!(age_band(d(1993, 3, 14), today), Some("25_34"));
        assert_eq!(age_band(d(2001, 12, 5), today), Some("25_34"));
        assert_eq!(age_band(d(2001, 12, 6), today), Some("18_24"));
        assert_eq!(age_band(d(2008, 12, 5), today), Some("18_24"));
        assert_eq!(age_band(d(1991, 6, 1), today), Some("35_44"));
        assert_eq!(age_band(d(1981, 6, 1), today), Some("45_54"));
        assert_eq!(age_band(d(1971, 1, 1), today), Some("55_PLUS"));
        // Born on 29 February: 18 on 1 March of a common year.
        assert_eq!(age_band(d(2008, 2, 29), d(2026, 2, 28)), None);
        assert_eq!(age_band(d(2008, 2, 29), d(2026, 3, 1)), Some("18_24"));
    }

    #[test]
    fn no_band_for_minors_or_impossible_dates() {
        let today = d(2026, 12, 5);
        assert_eq!(age_band(d(2008, 12, 6), today), None);
        assert_eq!(age_band(d(2030, 1, 1), today), None);
        assert_eq!(age_band(d(1850, 1, 1), today), None);
    }
}
