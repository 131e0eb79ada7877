use std::fmt;

/// An e-mail address, trimmed and lower-cased so that one person has one account.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("adresse électronique invalide")]
pub struct EmailError;

impl Email {
    pub fn parse(raw: &str) -> Result<Self, EmailError> {
        let s = raw.trim().to_lowercase();
        let (local, domain) = s.split_once('@').ok_or(EmailError)?;
        let ok = !local.is_empty()
            && local.len() <= 64
            && s.len() <= 254
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
            && !s.chars().any(|c| c.is_whitespace() || c.is_control());
        if ok { Ok(Self(s)) } else { Err(EmailError) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

// An address is personal data: Debug never prints it, so it cannot reach a log by accident.
impl fmt::Debug for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Email(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_normalised() {
        assert_eq!(
            Email::parse("  Agent.X@Paris.Gouv.FR ").unwrap().as_str(),
            "agent.x@paris.gouv.fr"
        );
    }

    #[test]
    fn malformed_addresses_are_refused() {
        for bad in [
            "", "a", "a@", "@b.fr", "a@b", "a@.fr", "a b@c.fr", "a@b@c.fr", "a@b.fr.",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn debug_does_not_print_the_address() {
        let e = Email::parse("someone@example.fr").unwrap();
        assert!(!format!("{e:?}").contains("someone"));
    }
}
