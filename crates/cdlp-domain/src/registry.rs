use std::fmt;

/// Number in the Répertoire national des associations: `W`, the declaring prefecture's
/// département (3 characters: `751`, or `2A1`/`2B1` in Corsica) and 6 digits.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Rna(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "numéro RNA invalide : il s'écrit W suivi de 9 chiffres, ou de 2A ou 2B et 7 chiffres en Corse"
)]
pub struct RnaError;

impl Rna {
    pub fn parse(raw: &str) -> Result<Self, RnaError> {
        let s: String = raw
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_uppercase();
        // The digits after W begin with the département: Corsica's is 2A or 2B.
        let rest = s.strip_prefix('W').unwrap_or("");
        let digits = rest
            .strip_prefix("2A")
            .or_else(|| rest.strip_prefix("2B"))
            .map_or(rest, |d| d);
        let ok = s.len() == 10
            && s.starts_with('W')
            && !digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit());
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
        // Corsica.
        assert_eq!(Rna::parse("w2a1234567").unwrap().as_str(), "W2A1234567");
        assert!(Rna::parse("W2B0012345").is_ok());
        for bad in [
            "",
            "W75123456",
            "W7512345678",
            "X751234567",
            "W75123456A",
            "W2C1234567",
            "W2A123456",
            "WA21234567",
        ] {
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
