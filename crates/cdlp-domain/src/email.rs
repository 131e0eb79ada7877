use std::fmt;

/// An e-mail address, trimmed and lower-cased so that one person has one account.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("adresse électronique invalide")]
pub struct EmailError;

impl Email {
    /// The dot-atom form of RFC 5322 that mail relays accept everywhere: letters, digits and
    /// `!#$%&'*+-/=?^_`{|}~` in the local part, dots between (never doubled or at an end); a
    /// domain of letters (IDN included), digits and hyphens, with at least two labels. A quoted
    /// local part, a comment or a display name is refused: it would fail at sending time, months
    /// after the address was typed.
    pub fn parse(raw: &str) -> Result<Self, EmailError> {
        let s = raw.trim().to_lowercase();
        let (local, domain) = s.split_once('@').ok_or(EmailError)?;
        let atext = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~".contains(c);
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && local
                .split('.')
                .all(|atom| !atom.is_empty() && atom.chars().all(atext));
        let labels: Vec<&str> = domain.split('.').collect();
        let domain_ok = labels.len() >= 2
            && labels.iter().all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label.chars().all(|c| c.is_alphanumeric() || c == '-')
            })
            && labels.last().is_some_and(|tld| tld.chars().count() >= 2);
        if local_ok && domain_ok && s.len() <= 254 {
            Ok(Self(s))
        } else {
            Err(EmailError)
        }
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
            "",
            "a",
            "a@",
            "@b.fr",
            "a@b",
            "a@.fr",
            "a b@c.fr",
            "a@b@c.fr",
            "a@b.fr.",
            "a..b@c.fr",
            ".a@c.fr",
            "a.@c.fr",
            "\"a\"@c.fr",
            "a<b>@c.fr",
            "a,b@c.fr",
            "a@b.fr\r\nbcc: c@d.fr",
            "a@-b.fr",
            "a@b.f",
            "a@b_c.fr",
            "a(x)@b.fr",
            "a@b..fr",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn ordinary_and_international_addresses_are_kept() {
        for good in [
            "prenom.nom@interieur.gouv.fr",
            "o'brien+cdlp@association-xyz.org",
            "agent@préfecture.fr",
            "a_b-c@sub.domain.example.com",
        ] {
            assert!(Email::parse(good).is_ok(), "{good} refused");
        }
    }

    #[test]
    fn debug_does_not_print_the_address() {
        let e = Email::parse("someone@example.fr").unwrap();
        assert!(!format!("{e:?}").contains("someone"));
    }
}
