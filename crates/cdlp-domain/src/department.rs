use std::fmt;

/// An INSEE département code: `01`..`19`, `2A`, `2B`, `21`..`95`, `971`..`974`, `976`.
/// Always a string: `01` is not `1`, and Corsica's codes are not numbers.
#[derive(Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct DepartmentCode(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("« {0} » n'est pas un code de département (01 à 95, 2A, 2B, 971 à 974, 976)")]
pub struct DepartmentCodeError(pub String);

impl DepartmentCode {
    pub fn parse(raw: &str) -> Result<Self, DepartmentCodeError> {
        let code = raw.trim().to_ascii_uppercase();
        let valid = match code.as_str() {
            "2A" | "2B" => true,
            c if c.len() == 2 && c.bytes().all(|b| b.is_ascii_digit()) => {
                matches!(c.parse::<u8>(), Ok(n) if (1..=95).contains(&n) && n != 20)
            }
            "971" | "972" | "973" | "974" | "976" => true,
            _ => false,
        };
        if valid {
            Ok(Self(code))
        } else {
            Err(DepartmentCodeError(raw.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// INSEE order: Corsica's `2A` and `2B` stand where `20` was, between `19` and `21`;
    /// overseas départements come last. Plain string order gets this wrong.
    pub fn sort_key(&self) -> i32 {
        match self.0.as_str() {
            "2A" => 201,
            "2B" => 202,
            c if c.len() == 2 => c.parse::<i32>().map(|n| n * 10).unwrap_or(i32::MAX),
            c => c.parse::<i32>().map(|n| n * 10).unwrap_or(i32::MAX),
        }
    }

    /// Mayotte has its own AFIS scale and its own history (a département since 2011).
    pub fn is_mayotte(&self) -> bool {
        self.0 == "976"
    }

    /// Every département, in INSEE order.
    pub fn all() -> Vec<DepartmentCode> {
        let mut codes: Vec<String> = (1..=95)
            .filter(|n| *n != 20)
            .map(|n| format!("{n:02}"))
            .collect();
        codes.extend(["2A", "2B", "971", "972", "973", "974", "976"].map(String::from));
        let mut all: Vec<_> = codes.into_iter().map(DepartmentCode).collect();
        all.sort_by_key(DepartmentCode::sort_key);
        all
    }
}

impl fmt::Display for DepartmentCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for DepartmentCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DepartmentCode({})", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn there_are_exactly_101_departements() {
        assert_eq!(DepartmentCode::all().len(), 101);
    }

    #[test]
    fn corsica_sorts_between_19_and_21() {
        let all: Vec<String> = DepartmentCode::all()
            .iter()
            .map(|c| c.to_string())
            .collect();
        let at = |c: &str| all.iter().position(|x| x == c).unwrap();
        assert_eq!(at("2A"), at("19") + 1);
        assert_eq!(at("2B"), at("2A") + 1);
        assert_eq!(at("21"), at("2B") + 1);
        assert_eq!(all.first().unwrap(), "01");
        assert_eq!(all.last().unwrap(), "976");
    }

    #[test]
    fn codes_that_are_not_departements_are_refused() {
        for bad in [
            "", "1", "00", "20", "96", "2C", "975", "977", "978", "988", "7 5", "750",
        ] {
            assert!(DepartmentCode::parse(bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn codes_are_normalised() {
        assert_eq!(DepartmentCode::parse(" 2a ").unwrap().as_str(), "2A");
        assert_eq!(DepartmentCode::parse("01").unwrap().as_str(), "01");
    }

    proptest! {
        #[test]
        fn parse_accepts_exactly_the_listed_codes(s in "[0-9AB]{1,3}") {
            let listed = DepartmentCode::all().iter().any(|c| c.as_str() == s);
            prop_assert_eq!(DepartmentCode::parse(&s).is_ok(), listed);
        }
    }
}
