//! French wording helpers: dates in words and plurals.

use chrono::{Datelike, NaiveDate};

const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// A date as French administrative documents write it: "12 mars 2026", "1er avril 2026".
pub fn french_date(date: NaiveDate) -> String {
    let month = MONTHS[date.month0() as usize];
    match date.day() {
        1 => format!("1er {month} {}", date.year()),
        day => format!("{day} {month} {}", date.year()),
    }
}

/// "1 abstention", "2 abstentions", "0 abstention": French puts 0 and 1 in the singular.
pub(crate) fn count(n: u32, singular: &str, plural: &str) -> String {
    if n <= 1 {
        format!("{n} {singular}")
    } else {
        format!("{n} {plural}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_are_written_in_french() {
        assert_eq!(french_date(d(2026, 3, 12)), "12 mars 2026");
        assert_eq!(french_date(d(2026, 4, 1)), "1er avril 2026");
        assert_eq!(french_date(d(2026, 2, 2)), "2 février 2026");
        assert_eq!(french_date(d(2026, 8, 31)), "31 août 2026");
        assert_eq!(french_date(d(2026, 12, 25)), "25 décembre 2026");
        assert_eq!(french_date(d(2027, 1, 10)), "10 janvier 2027");
    }

    #[test]
    fn zero_and_one_are_singular() {
        assert_eq!(count(0, "abstention", "abstentions"), "0 abstention");
        assert_eq!(count(1, "abstention", "abstentions"), "1 abstention");
        assert_eq!(count(3, "abstention", "abstentions"), "3 abstentions");
    }
}
