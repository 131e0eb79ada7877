use std::fmt;

/// Number in the Répertoire national des associations: `W` followed by 9 digits.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Rna(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("numéro RNA invalide : il s'écrit W suivi de 9 chiffres")]
pub struct RnaError;

impl Rna {
    pub fn parse(raw: &str) -> Result<Self, RnaError> {
        let s: String = raw
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_uppercase();
        let ok = s.len() == 10 && s.starts_with('W') && s[1..].bytes().all(|b| b.is_ascii_digit());
        if ok { Ok(Self(s)) } else { Err(RnaError) }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Rna {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// SIRET: 14 digits whose Luhn sum is a multiple of 10 (La Poste's establishments, SIREN
/// 356000000, use a sum of digits that is a multiple of 5 instead).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Siret(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("numéro SIRET invalide : 14 chiffres avec une clé de contrôle correcte")]
pub struct SiretError;

impl Siret {
    pub fn parse(raw: &str) -> Result<Self, SiretError> {
        let s: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
        if s.len() != 14 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(SiretError);
        }
        let digits: Vec<u32> = s.bytes().map(|b| u32::from(b - b'0')).collect();
        let valid = if s.starts_with("356000000") {
            digits.iter().sum::<u32>().is_multiple_of(5)
        } else {
            luhn(&digits)
        };
        if valid { Ok(Self(s)) } else { Err(SiretError) }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn luhn(digits: &[u32]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| {
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 { x - 9 } else { x }
            } else {
                *d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rna_format() {
        assert!(Rna::parse("W751234567").is_ok());
        assert_eq!(Rna::parse("w 751234567").unwrap().as_str(), "W751234567");
        for bad in ["", "W75123456", "W7512345678", "X751234567", "W75123456A"] {
            assert!(Rna::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn siret_check_digit() {
        // SIRET of the DINUM (public).
        assert!(Siret::parse("13002526500013").is_ok());
        assert!(Siret::parse("130 025 265 00013").is_ok());
        assert!(Siret::parse("13002526500014").is_err());
        assert!(Siret::parse("1300252650001").is_err());
        assert!(Siret::parse("35600000049837").is_ok(), "La Poste rule");
    }
}
