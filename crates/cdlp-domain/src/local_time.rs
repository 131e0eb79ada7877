//! Times as the people of a département read them: in its legal time zone (Paris for
//! metropolitan France and Corsica, each overseas département its own), in French.

use chrono::{DateTime, Datelike, Timelike, Utc};
use chrono_tz::Tz;

use crate::DepartmentCode;

impl DepartmentCode {
    /// The département's legal time (décret 2017-292 lists the overseas ones).
    pub fn time_zone(&self) -> Tz {
        match self.as_str() {
            "971" => chrono_tz::America::Guadeloupe,
            "972" => chrono_tz::America::Martinique,
            "973" => chrono_tz::America::Cayenne,
            "974" => chrono_tz::Indian::Reunion,
            "976" => chrono_tz::Indian::Mayotte,
            _ => chrono_tz::Europe::Paris,
        }
    }
}

const DAYS: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];
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

/// « lundi 1er décembre 2026 à 14 h 30 », in the département's time (Paris when none).
pub fn french_datetime(at: DateTime<Utc>, department: Option<&DepartmentCode>) -> String {
    let tz = department.map_or(chrono_tz::Europe::Paris, DepartmentCode::time_zone);
    let local = at.with_timezone(&tz);
    let day = local.day();
    let day = if day == 1 {
        "1er".to_owned()
    } else {
        day.to_string()
    };
    let time = if local.minute() == 0 {
        format!("{} h", local.hour())
    } else {
        format!("{} h {:02}", local.hour(), local.minute())
    };
    format!(
        "{} {day} {} {} à {time}",
        DAYS[local.weekday().num_days_from_monday() as usize],
        MONTHS[local.month0() as usize],
        local.year(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().to_utc()
    }

    #[test]
    fn paris_time_follows_summer_and_winter() {
        let paris = DepartmentCode::parse("75").unwrap();
        assert_eq!(
            french_datetime(utc("2026-12-01T13:30:00Z"), Some(&paris)),
            "mardi 1er décembre 2026 à 14 h 30"
        );
        assert_eq!(
            french_datetime(utc("2026-07-14T08:00:00Z"), Some(&paris)),
            "mardi 14 juillet 2026 à 10 h"
        );
        assert_eq!(
            french_datetime(utc("2026-07-14T08:00:00Z"), None),
            "mardi 14 juillet 2026 à 10 h"
        );
    }

    #[test]
    fn overseas_departements_keep_their_own_time() {
        let reunion = DepartmentCode::parse("974").unwrap();
        let guyane = DepartmentCode::parse("973").unwrap();
        let corse = DepartmentCode::parse("2a").unwrap();
        let at = utc("2026-12-01T13:05:00Z");
        assert_eq!(
            french_datetime(at, Some(&reunion)),
            "mardi 1er décembre 2026 à 17 h 05"
        );
        assert_eq!(
            french_datetime(at, Some(&guyane)),
            "mardi 1er décembre 2026 à 10 h 05"
        );
        assert_eq!(
            french_datetime(at, Some(&corse)),
            "mardi 1er décembre 2026 à 14 h 05"
        );
    }
}
